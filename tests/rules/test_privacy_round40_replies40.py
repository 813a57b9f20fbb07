"""Round 40, replies in both directions (PHI001). Clean: an offer to take care of the reader ("quien con gusto le
atenderá"), a condition on a step the reader may take followed by what we would then do ("if you ask at the front
desk, we will ..."), an invitation said with "you're warmly invited". Leaks: a sending of ours done for the reader
("faxed over on your behalf", "ya le enviamos el papeleo"), the reader's papers said as ready ("sus documentos ya
quedaron listos"), things the reader brought in. A habit of our care stays a dealing. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import offers, reader_dealings

from tests.rules.harness import hits
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Llame a la oficina y pida a la encargada de ventanilla, quien con gusto le atenderá.",
        "Nuestra coordinadora de recepción le atenderá con mucho gusto por teléfono.",
        "Comuníquese con la jefa de la recepción, quien le explicará cada paso.",
        "Ask for the desk supervisor at the front office; she'll be glad to assist you.",
        "If you ask at the front desk, we will print the holiday hours for you.",
        "If you call the front office, someone will walk through the steps with you.",
        "Si pregunta en recepción, le daremos con gusto el folleto de horarios.",
        "Si llama a la recepción, alguien del equipo le indicará cómo hacerlo.",
        "You're warmly invited to the blood drive in the library lot next Saturday.",
        "Should you visit the billing window, the cashier would be glad to go over our price list.",
    ],
)
def test_offers_and_conditions_pass(text):
    assert hits("PHI001", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lo atendemos cada jueves y siempre es un gusto verlo.",
        "Con mucho gusto la atenderemos otra vez.",
        "If you ask at the front desk again like you did Monday, we will sort it.",
        "Those were faxed over to the camp on your behalf.",
        "We've already forwarded the whole bundle to your employer.",
        "Ya le enviamos el papeleo a su patrón.",
        "Sus documentos ya quedaron listos; puede pasar por ellos el viernes.",
        "Le dejamos su constancia en la ventanilla.",
        "The packet you brought in is signed and waiting at the desk.",
    ],
)
def test_dealings_done_for_the_reader_are_flagged(text):
    assert hits("PHI001", text)


@FUZZ
@given(
    st.sampled_from(["Pregunte por {n}, nuestra gerente, quien con gusto le atenderá.", "{n}, de nuestra recepción, le atenderá con gusto."]),
    st.sampled_from(["la señora de la ventanilla", "nuestra encargada", "la coordinadora del turno"]),
)
def test_any_offer_of_care_passes(frame, name):
    assert hits("PHI001", frame.format(n=name)) == []


@FUZZ
@given(
    st.sampled_from(["sent", "mailed", "forwarded", "faxed"]),
    st.sampled_from(["to your insurer", "to your employer", "over to the gym on your behalf", "to your new school"]),
)
def test_any_sending_for_the_reader_is_flagged(verb, where):
    assert hits("PHI001", f"We {verb} the papers {where}.")


def _doubles(module, read, unit: str) -> None:
    small = steps(module, lambda: list(read(unit * 15)), package=False)
    large = steps(module, lambda: list(read(unit * 30)), package=False)
    assert large < 2.3 * small


def test_offers_stay_linear():
    _doubles(offers, offers.offers, "Si pregunta en recepción, le daremos el folleto. Con gusto le atenderá la gerente. If you ask, we will. ")


def test_sendings_stay_linear():
    _doubles(reader_dealings, reader_dealings.dealings, "We faxed it over to the gym on your behalf; ya le enviamos todo. Enviamos los papeles a su escuela. ")
