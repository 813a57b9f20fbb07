"""Round 46, PHI011: a school's one staff post of its kind ("the defensive coordinator at <School>", "el director de la
banda de <School>") singles out one person next to their care; hospice care told as company to the end ("lo
acompañamos junto a sus hijos hasta el final", "we stayed with her through her final days") is our care of them; and one who
hosts or organises an event of ours ("the head coach at <School> is hosting free sports physicals with our team") is
not its patient. Everything here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import care

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "So proud of the defensive coordinator at Brookfield High, who wrapped up his last infusion with us today!",
        "Hoy despedimos al maestro de banda de la secundaria Anáhuac, a quien acompañamos con su familia hasta el final.",
        "Last week we said goodbye to the beloved choir director of St. Brendan's, whom our hospice nurses stayed with through her final days.",
        "La directora del coro de la parroquia Santa Cecilia ya terminó su quimio con nosotros. ¡A cantar!",
        "The athletic director at Brookfield High, who is hosting our blood drive, came in for his knee surgery last week.",
    ],
)
def test_a_school_post_with_their_care_refuses(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "The head coach at Brookfield High is hosting free sports physicals with our team on Saturday.",
        "The school nurse at Brookfield High is hosting free sports physicals with our team on Saturday.",
        "Our volunteers walked with them to the end of the 5K route, and the band director at Brookfield High led the cheering.",
        "Acompañamos a las familias hasta el final del recorrido de la Caminata por la Memoria.",
        "Hospice means we stay with patients and families through their final days, at home or wherever they call home.",
    ],
)
def test_a_host_an_event_or_a_general_word_passes(text):
    assert hits("PHI011", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["acompañamos", "cuidamos", "estuvimos con él"]),
    st.sampled_from(["en su casa", "con su familia", ""]),
    st.sampled_from(["hasta el final", "en sus últimos días", "hasta el último momento"]),
)
def test_a_grid_of_company_to_the_end_is_care(verb, where, end):
    from playbook.normalize import fold

    text = fold(f"Al maestro de la escuela Nogales, a quien {verb} {where} {end}.").text
    assert care.cared_by_us(text, 0, len(text))


def test_company_to_the_end_stays_linear():
    unit = "acompanamos a la familia en su casa y en la feria hasta el final del dia; "
    small = steps(care, lambda: care.cared_by_us(unit * 20, 0, len(unit) * 20), package=False)
    large = steps(care, lambda: care.cared_by_us(unit * 40, 0, len(unit) * 40), package=False)
    assert large < 2.3 * small
