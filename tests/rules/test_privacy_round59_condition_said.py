"""Round 59, PHI011: a condition said of the one a role at a named place singles out ("the first-grade teacher at
Lincoln Elementary has diabetes", "la cocinera de la primaria Benito Juárez tiene asma") ties it to them, as "with
diabetes" after the description already did.

Found while probing after final59, not in a writer's case: "with <condition>" right after the description was read,
the same condition as the predicate ("has", "had", "lives with", "tiene", "padece") was not. The condition must be the
whole object, its clause ending after it, so a thing for a condition passes ("has diabetes supplies for the class",
"has asthma inhalers for every classroom": the lexicon joins the inhalers to the asthma, and the last word alone is a
drug, no condition).
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import profiles as module

from tests.rules.harness import hits, post
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "The first-grade teacher at Lincoln Elementary has diabetes.",
        "The PE teacher at Central High had a torn ACL last season.",
        "La cocinera de la primaria Benito Juárez tiene asma, pero ya está controlada.",
        "El cartero de la colonia Las Flores tiene diabetes.",
    ],
)
def test_a_condition_said_of_one_described_refuses(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "The first-grade teacher at Lincoln Elementary has diabetes supplies for the whole class.",
        "The school nurse at Lincoln Elementary has asthma inhalers for every classroom.",
        "The school nurse at Lincoln Elementary has a great tip on asthma: keep inhalers handy.",
    ],
)
def test_a_thing_for_a_condition_passes(text):
    assert hits("PHI011", post(text)) == []


@pytest.mark.parametrize("unit", ["at Lincoln Elementary has diabetes ", "tiene asma, ", "has has has "])
def test_the_reading_stays_linear(unit):
    assert grows_linearly(module, lambda count: module.condition_after(unit * count, 0, len(unit) * count))
