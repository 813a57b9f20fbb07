"""Round 45: a body part said to be someone's by a name after "de"/"of" with care in the clause (body_owners.py, PHI003),
and, in replies, calls the reader had to make said with the Spanish modal ("tuvo que llamar tres veces el viernes") as
dealings (PHI001, privacy-stance.yml). A city, a saint, a quoted title and a stock privacy notice pass. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.bilingual import fold
from playbook.rules.privacy import body_owners as module
from playbook.rules.privacy.body_owners import body_owners
from playbook.rules.privacy.known import Known

from tests.rules.harness import hits, post, response
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)
NOBODY = Known(team=(), org=frozenset(), handles=frozenset(), squashed_name="")


@pytest.mark.parametrize(
    "text",
    [
        "Así quedó la cadera operada de Yunieski a los tres meses de la cirugía.",
        "Mírenle la rodilla izquierda de Dailyn después de la terapia: ¡como nueva!",
        "The left shoulder of Tavaita after the repair, eight weeks on.",
    ],
)
def test_a_named_owner_of_a_body_part_in_care_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Veinte años cuidando la piel de Tucson: ¡gracias por confiar en nuestra clínica!",
        "La autora leyó 'Los ojos de Pirulo', su cuento sobre la primera visita al oculista.",
        "Charla sobre la salud del corazón de Jesús Obrero, la parroquia del barrio, este domingo.",
        "The heart of Omaha beats at our free blood pressure fair on Saturday.",
    ],
)
def test_a_city_a_title_or_a_parish_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gracias por escribir. Sentimos que haya tenido que llamar cuatro veces el martes.",
        "Lamentamos que tuvieron que llamar dos veces el lunes para la receta.",
    ],
)
def test_the_readers_calls_with_a_day_or_a_count_refuse(text):
    assert hits("PHI001", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Por privacidad no comentamos ningún caso en público; su mensaje lo recibe {{ contact.name }}.",
        "Any case stays private here, and {{ contact.name }} takes calls at {{ contact.phone }}.",
        "Si alguna vez tiene que llamar varias veces, pida hablar con {{ contact.name }}.",
    ],
)
def test_stock_privacy_notices_and_advice_pass(text):
    assert hits("PHI001", response(text)) == []


@FUZZ
@given(
    st.sampled_from(["la muñeca", "el tobillo derecho", "la mandíbula reconstruida", "la rodilla"]),
    st.sampled_from(["Yoandry", "Maylín", "Osvaldiño"]),
    st.sampled_from(["después de la cirugía", "tras la fractura", "una semana después de la operación"]),
)
def test_a_grid_of_owned_parts_in_care_is_read(part, name, care):
    assert [p.words for p in body_owners(fold(f"Foto de {part} de {name} {care}."), NOBODY)] == [(fold(name),)]


def test_the_reading_stays_linear():
    unit = "la rodilla de Yoandry tras la cirugía; 'los ojos de Pirulo'; la piel de Tucson. "
    small = steps(module, lambda: list(body_owners(unit * 20, NOBODY)), package=False)
    large = steps(module, lambda: list(body_owners(unit * 40, NOBODY)), package=False)
    assert large < 2.3 * small


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("PHI001", "¡Gracias por volver con nosotros, vecina! Aquí la esperamos."),
        ("PHI001", "Mil gracias por seguir viniendo, don Beto."),
        ("PHI002", "Ya le guardamos su turno de los jueves con la terapeuta."),
        ("PHI002", "Sabemos que su cita de los miércoles temprano es pesada."),
    ],
)
def test_a_return_or_a_standing_weekday_slot_of_the_reader_refuses(code, text):
    assert hits(code, response(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias! Abrimos los sábados de 9 a 1; si necesita una cita, llámenos.",
        "Las visitas de los martes son para vacunas; su pregunta la contesta {{ contact.name }}.",
        "Lamentamos la espera: ahora hay turnos los lunes y jueves por la tarde para su comodidad.",
    ],
)
def test_our_weekday_hours_pass(text):
    assert hits("PHI002", response(text)) == [] and hits("PHI001", response(text)) == []
