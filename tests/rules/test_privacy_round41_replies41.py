"""Round 41, replies41: a reply's reader as a Spanish object pronoun before a compound past ("la hicimos esperar",
"lo hayan tenido esperando": PHI001 through stance.py), and a clinician named as the practice's contact who wants to
hear the reader (contact_route.py). What passes, what stays an error, and that each reading stays linear. Every name
here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import stance

from tests.rules.harness import hits, response
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Tiene razón: el jueves la hicimos esperar más de una hora junto a la ventanilla.",
        "Qué pena que ayer los hayan tenido parados bajo la lluvia frente a la entrada por media hora.",
        "Lamentamos que el martes lo hubieran mandado de regreso a casa sin explicación.",
        "Sentimos que el domingo la hayan dejado sola en el pasillo casi 30 minutos.",
        "Entendemos su molestia: el viernes te tuvimos esperando dos horas en el carro.",
    ],
)
def test_a_compound_past_with_the_reader_as_pronoun_and_a_time_refuses(text):
    assert hits("PHI001", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lamentamos que esto le haya causado molestia. Llámenos al {{ contact.phone }}.",
        "Gracias por la reseña; nos la ha compartido con mucho cariño.",
        "Sentimos leer esto. Por favor escríbanos a {{ contact.email }}.",
    ],
)
def test_a_pronoun_without_dealings_or_a_thing_passes(text):
    assert hits("PHI001", response(text)) == []


def test_the_pronoun_reading_needs_a_compound_past():
    marks = [text for text in ("la hicimos esperar", "nos la haya mandado", "la casa") if list(stance._PRONOUN_AUX.finditer(text))]
    assert marks == ["la hicimos esperar"]


@pytest.mark.parametrize(
    "text",
    [
        "Lo sentimos mucho. Nuestra directora médica, la Dra. Ana Ruiz, quiere escucharle con calma. Llámenos al {{ contact.phone }}.",
        "We are sorry. Our medical director, Dr. Ana Ruiz, wants to hear from you: call {{ contact.phone }}.",
        "Nuestro director clínico, el Dr. Ana Ruiz, quisiera oírla en persona; llame al {{ contact.phone }}.",
    ],
)
def test_a_director_who_wants_to_hear_the_reader_passes(text):
    assert hits("PHI001", response(text)) == []


def test_a_director_who_treated_the_reader_still_refuses():
    assert hits("PHI001", response("Nuestra directora médica, la Dra. Ana Ruiz, que la atendió, quiere escucharle."))


@FUZZ
@given(
    frame=st.sampled_from(["Lamentamos que el {day} {pron} {aux} {verb} casi una hora.", "Tiene razón, el {day} {pron} {aux} {verb} en la fila."]),
    day=st.sampled_from(["lunes", "sábado", "miércoles pasado"]),
    pron=st.sampled_from(["lo", "la", "los", "las", "te"]),
    aux=st.sampled_from(["hayan", "hayamos", "hubieran", "tuvimos", "hicimos"]),
    verb=st.sampled_from(["tenido esperando", "dejado", "esperar", "parado"]),
)
def test_fuzz_compound_pasts_refuse(frame, day, pron, aux, verb):
    assert hits("PHI001", response(frame.format(day=day, pron=pron, aux=aux, verb=verb)))


def test_pronoun_reading_is_linear():
    unit = "El lunes la hicimos esperar y el martes lo hayan tenido parado. "
    small = steps(stance, lambda: list(stance.reader_marks(unit * 20)), package=False)
    large = steps(stance, lambda: list(stance.reader_marks(unit * 40)), package=False)
    assert 0 < small and large < 2.3 * small


def test_contact_hearing_is_linear():
    from playbook.rules.privacy import contact_route

    unit = "Nuestra directora médica, la Dra. Sol Vela, quiere escucharle. Llame. "
    small = steps(contact_route, lambda: hits("PHI001", response(unit * 15)))
    large = steps(contact_route, lambda: hits("PHI001", response(unit * 30)))
    assert 0 < small and large < 2.3 * small


@pytest.mark.parametrize(
    "text",
    [
        "Nos tocó caminar a su lado durante las doce sesiones.",
        "It was a privilege to walk beside you through every round of radiation.",
        "Qué bonito fue acompañarle durante toda su rehabilitación de cadera.",
        "We were so proud to stand by you during those long weeks.",
        "Gracias por dejarnos estar a tu lado en cada paso.",
    ],
)
def test_being_beside_the_reader_through_a_stretch_refuses(text):
    assert hits("PHI001", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "If you ever need us, we'll walk with you through each step. Call {{ contact.phone }}.",
        "Aquí estamos para acompañarle en lo que necesite. Llame al {{ contact.phone }}.",
    ],
)
def test_an_offer_to_be_beside_the_reader_passes(text):
    assert hits("PHI001", response(text)) == []


def test_beside_reading_is_linear():
    from playbook.rules.privacy import beside_reader

    unit = "Qué gusto caminar a su lado durante esto; we will walk with you through it. "
    small = steps(beside_reader, lambda: list(beside_reader.beside(unit * 20)), package=False)
    large = steps(beside_reader, lambda: list(beside_reader.beside(unit * 40)), package=False)
    assert 0 < small and large < 2.3 * small
