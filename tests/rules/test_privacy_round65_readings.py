"""Round 65: readings fresh writers' cases showed missing, each written for its kind of text.

- A negative reply that asks the reader to reach our director "directly" ("comunicarse directamente con nuestro director,
  el Dr. <Name>") names the practice's door, not the reader's clinician.
- A team photo of staff in costume names each member "as" a character ("Dr. <Name> as Woody"): the character is no one.
- A district's handle glued from two counties and its letters ("@<County><County>HD") is the district's office, a county's
  name being also a given name after the first.
- Our nurse's years in a field of care ("our head nurse ... has spent 20 years in dialysis") is his work, so a nod that
  readers know him tells no care.
- Joy at reading a review ("Lorena, que se va a poner feliz de leerlo") is the team's, no happy condition (FTC004).

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media

from tests.rules.harness import hits, post, response, with_staff

DIRECTOR = with_staff("Dra. Inés Ocampo")


@pytest.mark.parametrize(
    "text",
    [
        "Sentimos mucho lo ocurrido. Le pedimos comunicarse directamente con nuestra directora, la Dra. Inés Ocampo, al 555-0107.",
        "We're sorry. Please talk directly with our director, Dra. Inés Ocampo, at 555-0107.",
    ],
)
def test_our_director_reached_directly_is_the_practices_door(text):
    assert not hits("PHI001", response(text), plans=DIRECTOR)


def test_the_clinician_who_saw_the_reader_still_refuses():
    text = "La Dra. Inés Ocampo la atendió el martes; puede comunicarse directamente con nuestra directora, la Dra. Inés Ocampo."
    assert hits("PHI001", response(text), plans=DIRECTOR)


COSTUMES = with_staff("Dr. Abara", "Dr. Quintero", "Maya", "Lupe")


def _photo(alt: str):
    return post("Happy Halloween from all of us!", media=[Media("images/costumes.jpg", alt, True, "", None, 14)])


def test_staff_dressed_as_characters_need_no_patients_authorization():
    alt = "The whole team in costume: Dr. Abara as Woody, Dr. Quintero as Buzz, Maya as Jessie and Lupe as Bo Peep by the front desk"
    assert not hits("PHI012", _photo(alt), plans=COSTUMES)


@pytest.mark.parametrize(
    "alt",
    [
        "Dr. Abara as well as Marisol Tejeda by the front desk",
        "Maya with Marisol Tejeda as Jessie by the front desk",
    ],
)
def test_someone_else_beside_the_staff_still_needs_one(alt):
    assert hits("PHI012", _photo(alt), plans=COSTUMES)


@pytest.mark.parametrize("handle", ["@WeberMorganHD", "@BentonFranklinHD"])
def test_a_district_of_counties_glued_is_an_office(handle):
    assert not hits("PHI003", post(f"From {handle}: smoke from the ridge fire means poor air until Friday. Keep your rescue inhaler close."))


def test_a_person_and_letters_stay_a_person():
    assert hits("PHI003", post("From @JamesFranklinHD: thanks for checking on my mom after her fall!"))


def test_our_nurses_years_in_a_field_are_his_work():
    text = "Les presentamos a Ramiro, nuestro enfermero de guardia 💙 Tiene 15 años trabajando en diálisis y toca la guitarra los domingos. Si lo oyen cantando por el pasillo, ya saben quién es 🎶"
    assert not hits("PHI011", post(text), plans=with_staff("Ramiro"))


def test_a_patients_years_on_dialysis_with_a_nod_still_refuse():
    text = "Les presentamos a Rosa, paciente nuestra. Lleva 15 años en diálisis y nunca falta. Ya saben quién es 🎶"
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Qué lindo mensaje! Se lo pasamos a Lorena, que se va a poner feliz de leerlo. Comentarios así nos animan mucho.",
        "Thank you! Our front desk team will be so happy to read this. Reviews like yours keep us going.",
    ],
)
def test_the_teams_joy_at_reading_is_no_condition(text):
    assert not hits("FTC004", response(text, scenario="positive-review"))


def test_a_happy_condition_before_an_ask_still_refuses():
    assert hits("FTC004", response("Si quedó feliz con su consulta, déjenos una reseña en Google.", scenario="positive-review"))
