"""Round 49: an address with a suite or a venue beside it is still someone's when its sentence tells of a delivery or
names a person by title, a patient or a family (PHI009, addresses._home_or_place with moved_in.someone_in).

Round 49's own-premises reading found that a delivery to a suite passed as a venue; every address here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post


@pytest.mark.parametrize(
    "text",
    [
        "We dropped her oxygen at 4410 W. Larkspur Ave, Suite 12 this morning.",
        "Le llevamos su andadera a 4410 W. Larkspur Ave, Suite 12, al lado de la farmacia.",
        "Picked up Mr. Oyelaran's walker from 4410 W. Larkspur Ave, Suite 12.",
    ],
)
def test_a_delivery_or_a_titled_person_at_a_suite_refuses(text):
    assert hits("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Our new office: 4410 W. Larkspur Ave, Suite 12, across from the bakery.",
        "Join us at 4410 W. Larkspur Ave, Suite 12 for the open house!",
        "Drop off canned goods for families in need at 4410 W. Larkspur Ave, Suite 12.",
    ],
)
def test_our_premises_or_a_venue_passes(text):
    assert hits("PHI009", post(text)) == []
