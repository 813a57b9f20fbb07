"""Round 46, PHI001: a staff member named as the one who checked the reader in, with the reader inside the phrasal verb
("Morgan Reyes, who checked you in, ...") or as the Spanish pronoun before the verb ("que lo registró"), places the
reader at our desk: a dealing, like "you checked in". Our staff offered by their role still pass. The harness team
holds Dr. Ada Okafor and Morgan Reyes; every other word here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits, response

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Morgan Reyes, who checked you in, would welcome your call at +1 555 0100.",
        "We're sorry. The receptionist who signed you in that morning has asked to call you back.",
        "Morgan got you checked in as fast as she could, and we're sorry it still felt slow.",
        "Disculpe la espera. Morgan Reyes, la recepcionista que lo registró, le llamará hoy mismo.",
        "Lamentamos lo sucedido; la persona que la anotó en recepción ya habló con nosotros.",
    ],
)
def test_the_one_who_checked_the_reader_in_refuses(text):
    assert hits("PHI001", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry to read this. Morgan Reyes, our patient advocate, would welcome your call at +1 555 0100.",
        "Check-in takes about five minutes on our new tablets; we're sorry it felt long to anyone.",
        "Lamentamos leer esto. Morgan Reyes coordina la atención al paciente y con gusto habla con usted al +1 555 0100.",
        "Our front desk team loved reading this, thank you!",
    ],
)
def test_staff_offered_by_their_role_passes(text):
    assert hits("PHI001", response(text)) == []


@FUZZ
@given(
    st.sampled_from(["checked you in", "signed you in", "checked you out", "got you registered"]),
    st.sampled_from(["Morgan Reyes", "The receptionist", "Our scheduler"]),
)
def test_a_grid_of_check_ins_refuses(verb, who):
    assert hits("PHI001", response(f"{who}, who {verb}, would like to talk with you at +1 555 0100."))
