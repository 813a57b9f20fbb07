"""PHI001: how the staff a review was passed to will take it, said with a reflexive verb ("que se van a alegrar mucho",
"se emocionó"), is the staff's gladness, not the reader's dealings (staff_joy.py). The reader's care beside it still
refuses. The names are the test practice's team."""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, response

GLAD = [
    "¡Muchas gracias por escribirnos! Ya le compartimos su mensaje a Sam y a la Dra. Okafor, que se van a alegrar muchísimo.",
    "¡Qué lindas palabras! Se las leímos a la Dra. Okafor y se emocionó un montón.",
]
STILL_REFUSED = [
    "¡Qué bonito! Se lo pasamos a la Dra. Okafor, que se alegró mucho de ver su rodilla tan bien.",
    "Gracias. La Dra. Okafor se va a alegrar de que ya terminó sus terapias con nosotros.",
]


@pytest.mark.parametrize("text", GLAD)
def test_the_staffs_gladness_confirms_nothing(text):
    assert hits("PHI001", response(text, scenario="positive-review")) == []


@pytest.mark.parametrize("text", STILL_REFUSED)
def test_the_readers_care_beside_it_still_refuses(text):
    assert hits("PHI001", response(text, scenario="positive-review")) or hits("PHI002", response(text, scenario="positive-review"))
