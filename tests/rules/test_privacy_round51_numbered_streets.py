"""Round 51, numbered streets: a house number after a mark on a numbered street, and a unit in lower case (PHI009).

New York, Bogotá and San Juan number their streets; the house number then follows a mark ("Calle 140 Este #512",
"Carrera 7 No. 45", "East 140th Street #512"), or comes first before the Spanish street word ("512 Calle 140 Este").
A unit is written "apto 4C", "apt 4C" as often as "Apt 4C". A venue, our own office or a street named without a
house number still passes. Addresses invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import addresses as module

from tests.rules.harness import hits, post, response
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Se quedó una bolsa con medicinas para la familia de Calle 131 Oeste #418, apto 2B. Pasen por ella.",
        "We dropped the nebulizer at 77 Calle 23 Norte for the grandmother.",
        "The family at West 171st Street #640 can pick up the car seat Friday.",
        "Le mandamos la factura a Carrera 9 No. 112-40.",
        "The walker goes to her place, apt 6D, on Monday.",
    ],
)
def test_a_home_on_a_numbered_street_refuses(text):
    assert hits("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Feria de salud en la Calle 8 este sábado, frente al parque.",
        "Join us at the East 116th Street festival this weekend!",
        "Nuestra nueva clínica abre en Calle 131 Oeste #418, segundo piso. ¡Los esperamos!",
        "Vaccines at P.S. 46 on West 171st Street, Saturday 10-2.",
        "What an apt description of summer!",
    ],
)
def test_a_venue_our_office_or_no_house_passes(text):
    assert hits("PHI009", post(text)) == []


def test_a_reply_refuses_a_numbered_street_whatever_it_says():
    assert hits("PHI009", response("We sent the paperwork to Calle 131 Oeste #418 as you asked."))


@FUZZ
@given(st.sampled_from(["Calle", "Avenida", "Carrera"]), st.integers(1, 199), st.sampled_from(["#", "No. "]), st.integers(10, 9999))
def test_a_grid_of_household_deliveries_refuses(street, number, mark, house):
    assert hits("PHI009", post(f"Le llevamos el oxígeno a la familia de {street} {number} {mark}{house}."))


@pytest.mark.parametrize("unit", ["Calle 1 #2 ", "East 3rd Street #4, apt 5 ", "# # No. Calle 12 "])
def test_the_reading_stays_linear(unit):
    assert grows_linearly(module, lambda count: hits("PHI009", post(unit * count)), package=True)
