"""Round 59, PHI011: a staff member's title that holds "patient" ("our first patient navigator") is a job, not a patient.

A fresh writer welcomed a new front-desk hire as "our first Marshallese-speaking patient coordinator"; PHI011 read
"our first ... patient" and stopped at it. A person noun followed by a job's head word (coordinator, navigator,
advocate, liaison, representative, care, ...) names a post on our team when no care is told around it; a first or
only patient still singles out one, and so does a patient advocate or ambassador whose own care the post tells.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import names as module

from tests.rules.harness import hits, post
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "Please welcome Rosalie, our first Marshallese-speaking patient coordinator, to the front desk!",
        "Meet Ana, our first bilingual patient navigator. She helps families with forms and rides.",
        "Our only patient care coordinator, Deb, retires Friday after 22 years with us. Cake at noon!",
        "We just hired our first patient advocate, and she starts Monday.",
    ],
)
def test_a_staff_title_with_patient_in_it_passes(text):
    assert hits("PHI011", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our first patient of the new year, baby Mia, arrived at 12:04 am with our midwives!",
        "Ana is our first Spanish-speaking patient to finish the cardiac rehab program.",
        "The only patient on our transplant list from Dalton got her new kidney this week.",
        "Our first patient advocate had her kidney transplant with us and now walks new families through theirs.",
        "Our very first patient ambassador beat leukemia on our floor at 13 and now welcomes kids in the lobby.",
        "Meet our first kid ambassador: after a year of chemo with our team, he rang the bell on Friday!",
    ],
)
def test_a_first_or_only_patient_still_refuses(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize("unit", ["our first patient navigator ", "our first patient patient ", "the only patient care "])
def test_the_reading_stays_linear(unit):
    assert grows_linearly(module, lambda count: hits("PHI011", post(unit * count)))
