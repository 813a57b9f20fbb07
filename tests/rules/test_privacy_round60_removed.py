"""Round 60 (probing the corpus's oldest misses): a thing taken out of a body part is a procedure told in the family's
words ("we got a bead out of Nora's ear", "le sacamos una semilla de la nariz a Mateo"). A child named with one is a
patient named with their care. A body part with no removal, a car pulling out of a lot and "le sacamos una foto" tell
no care. Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import injuries as module

from tests.rules.harness import hits, post
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "Photo of the bead we got out of Nathan's ear yesterday, shown next to a dime for scale.",
        "Le sacamos una semilla de la nariz a Mateo el jueves; ¡qué valiente!",
        "Nora was such a champ while we removed a splinter from her left thumb.",
    ],
)
def test_a_named_child_with_a_thing_taken_out_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "the bus pulled out of the parking lot just in time for the parade",
        "le sacamos una foto con la mascota de la escuela",
        "if a bead gets stuck in a child's ear, don't try to pull it out yourself",
        "we removed the old posters from the waiting room walls",
    ],
)
def test_no_removal_from_a_body_part_is_no_care(text):
    assert not module.injury_in(text)


def test_a_removal_from_a_body_part_is_care():
    assert module.injury_in("the bead we got out of his ear") and module.injury_in("le sacamos una semilla de la nariz")


@pytest.mark.parametrize("unit", ["pulled out of ", "we removed a bead ", "sacamos de la "])
def test_the_reading_stays_linear(unit):
    assert grows_linearly(module, lambda count: module.injury_in(unit * count + "nose"))
