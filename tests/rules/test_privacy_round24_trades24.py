"""Round 24, part L: one neighbour known by their trade, stand or shop, with their care (PHI011, trades.py).

"The lady from the taco truck", "el señor de la llantera de la 8va", "the tamale guy": a person known by what they sell
or fix, often with a corner, with one person's care near it is a patient singled out. Vendors in the plural, a
business thanked, an ad to a trade and a vendor with no care pass. An implanted stimulator switched on is care too.
Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import trades

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)

_CORNERS = ["Pecan y la 6ta", "Fresno Road and 12th", "Avenida Olmo y Calle 3", "Birch & 9th"]


def _flagged(text: str) -> bool:
    return bool(hits("PHI011", post(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Un abrazo para la señora del carrito de paletas de la Calle Olmo: terminó sus diez sesiones de terapia del hombro con nosotros.",
        "Big cheers for the guy from the tire shop on Birch and 9th! His knee replacement healed and he is back at work.",
        "Ya regresó el Chato de la barbería de la Pecan; su cirugía de la mano salió perfecta aquí en la clínica.",
        "The tamale lady by the church finished her chemo with our team today. We are so proud!",
        "Los nietos del señor de los raspados vinieron a su primera limpieza. Cero caries, puro campeón.",
        "Shout-out to Mr. Toño from the corner store on Olive: six months of dialysis with us and never late.",
        "Our favorite mail carrier on Quail Street is back on his route since his nerve stimulator was switched on here.",
    ],
)
def test_trade_with_care_is_an_error(text):
    assert _flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Gracias a los tacos Don Rufino por la comida en nuestra feria de salud.",
        "The flower vendors at the swap meet can get free blood-pressure checks this Saturday.",
        "¿Trabajas en una llantera? Protege tus oídos con tapones, el ruido daña poco a poco.",
        "The guy from the taco truck on Birch brought lunch for the whole staff. Thank you!",
        "El señor de los elotes estará en la feria; habrá pruebas de azúcar gratis para todos.",
        "La Feria de las Flores es el sábado: vengan por su vacuna contra la gripe.",
        "Do you work at a tire shop? Ask about hearing checks at your next visit.",
    ],
)
def test_clean_texts_pass(text):
    assert not _flagged(text), text


def test_the_match_is_the_person_and_trade():
    found = [m.group(0) for m in trades.singled_out(fold("La señora de las flores volvió. Su operación de cadera fue con nosotros.").text)]
    assert found == ["La senora de las flores"]


def test_a_nickname_that_is_a_fair_is_no_one():
    assert list(trades.singled_out(fold("El Mercado de las frutas abre hoy. Su cirugía salió bien con nosotros.").text)) == []


@FUZZ
@given(
    st.sampled_from(["la señora del puesto de tamales de {c}", "el Flaco de la llantera de {c}", "the lady from the fruit stand at {c}", "the taco truck guy on {c}"]),
    st.sampled_from(_CORNERS),
    st.sampled_from(["She finished physical therapy with us this week.", "Ya terminó su terapia con nosotros.", "His hernia surgery here went great."]),
)
def test_trade_grid(frame, corner, care):
    text = "Congrats to " + frame.format(c=corner) + "! " + care
    assert _flagged(text), text


@FUZZ
@given(
    st.sampled_from(["la señora del puesto de tamales de {c}", "the guy from the tire shop at {c}"]),
    st.sampled_from(_CORNERS),
    st.sampled_from(["She brought lunch for the team.", "Nos regaló el almuerzo a todos.", "Free flu shots for everyone on Friday."]),
)
def test_trade_without_care_grid(frame, corner, tail):
    text = "Thanks to " + frame.format(c=corner) + "! " + tail
    assert not _flagged(text), text


@pytest.mark.parametrize(
    "unit",
    [
        "La señora de los elotes saluda. Su terapia fue aquí. ",
        "The guy from the tire shop waved. The tamale lady smiled. ",
        "el Chato de la vulcanizadora de la 8va pasa. Free checks for everyone. ",
    ],
)
def test_work_grows_linearly(unit):
    small = steps(trades, lambda: list(trades.singled_out(fold(unit * 15).text)))
    large = steps(trades, lambda: list(trades.singled_out(fold(unit * 30).text)))
    assert large < 2.3 * small
