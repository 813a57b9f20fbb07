"""Round 50: an age over 89 of "one of our <people>" is a person's, whatever thing word names the group (PHI010).

"One of our dialysis unit patients turned 102": the unit names the group, the age is a patient's. A thing that is
one of many ("one of our clinics turned 100") keeps the thing's reading. Every text here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post


@pytest.mark.parametrize(
    "text",
    [
        "One of our dialysis unit patients turned 102 on Monday!",
        "Una de las abuelitas del centro de día cumplió 101 años.",
        "One of the rehab gym regulars' grandmas turned 96 — wait, one of our gym members turned 96 today!",
        "Uno de nuestros pacientes de la clínica de memoria cumplió 99 años.",
    ],
)
def test_one_of_a_group_of_people_refuses(text):
    assert hits("PHI010", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "One of our clinics turned 100 this year!",
        "One of the oldest buildings in town turned 120 this year.",
        "Uno de nuestros consultorios cumplió 100 años de historia.",
    ],
)
def test_one_of_a_group_of_things_passes(text):
    assert hits("PHI010", post(text)) == []
