"""Round 45, events45b: people and words named at a community event or in a notice that are no patient's
(PHI003). Coordinators named after an organising verb without a colon ("Coordina la hermana <Name>", "<Name> y
<Name> coordinan", event_parts.py), a county's emergency office by its handle ("@PinellasEM", "@ReadyTravis",
place_handles.py with lexicon/data/counties.txt), a plan's brand in a list of plans followed by what they are taken for
(payer_lists.py) and a town after a trip back from it ("acaban de volver de Tyler", places.py). Care told of such a
person keeps the name refused. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import event_parts
from playbook.rules.privacy.event_parts import named_with_part
from playbook.rules.privacy.known import Person
from playbook.rules.privacy.place_handles import place_office_handle

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


def _names(text: str) -> list:
    return hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        # coordinators of an event, no colon
        "Jornada de vacunas en la capilla del barrio. Coordina la hermana Rosalba Quintanilla. ¡Traigan a sus niños!",
        "Torneo de béisbol con chequeos gratis el domingo en el parque Riverside. Organiza el voluntario Ernesto Villalobos.",
        "Saturday: pancake breakfast and blood pressure checks at the Grange hall. Walter and Dolores Kimbrough are coordinating.",
        "Feria de salud en la escuela Lincoln este viernes. Ramiro y Teodora Sepúlveda coordinan la feria. ¡Los esperamos!",
        "Free bike helmet fitting at the fire hall Sunday, coordinated by scoutmaster Gideon Ashworth.",
        # a county's office by its handle
        "Flood warning tonight. Follow @PinellasEM and @ReadyTravis for shelter updates.",
        "Sigan a @ReadyFortBend y a @SarasotaEM para avisos de evacuación.",
        # a plan's brand, then what the plans are taken for
        "Good news: we now take Humana, Ambetter, Molina and Oscar for sports physicals and well visits.",
        # a town after a trip back from it
        "¡Bienvenido de nuevo al equipo! Acaban de regresar de Tyler de visitar a los abuelos.",
    ],
)
def test_event_and_notice_words_that_are_no_patient_pass(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Coordina la hermana Rosalba Quintanilla, que terminó su quimioterapia con nosotros en marzo.",
        "Walter and Dolores Kimbrough are coordinating. Dolores just finished her chemo with us last month.",
        "Coordinated by nurse Ellen Brody, who treated Mr. Haskins for his burns.",
        "Shout out to @ReadyMaria for coming in for her knee replacement follow-up!",
        "We accept Aetna, Humana and Oscar for his knee rehab, and Oscar says thanks!",
        "Santiago volvió de su cirugía de rodilla y ya camina sin muletas.",
    ],
)
def test_a_person_with_care_stays_refused(text):
    assert _names(text)


@pytest.mark.parametrize(
    ("handle", "office"),
    [("CollierEM", True), ("MiamiDadeEM", True), ("ReadyHarris", True), ("ReadyMaria", False), ("ReadyJohnSmith", False), ("MariaEM", False), ("TylerPD", False)],
)
def test_county_handles(handle, office):
    assert place_office_handle(handle) is office


@FUZZ
@given(
    st.sampled_from(["Coordina la hermana", "Organiza el voluntario", "Coordinated by", "Organiza la promotora"]),
    st.sampled_from(["Rosalba Quintanilla", "Ernesto Villalobos", "Gideon Ashworth", "Yadira Benavides"]),
)
def test_a_grid_of_organising_verbs_excuses(verb, name):
    text = f"Feria de salud el sábado. {verb} {name}. ¡Los esperamos!"
    start = text.index(name)
    person = Person(start, start + len(name), tuple(name.split()), "a full name")
    assert named_with_part(text, person)


@pytest.mark.parametrize("unit", ["Coordina la hermana Ana y Luis y Eva. Ana and Luis are coordinating. "])
def test_the_reading_stays_linear(unit):
    def run(text):
        return [named_with_part(text, Person(i, i + 4, ("Luis",), "a first name")) for i in range(0, len(text), 97)]

    small = steps(event_parts, lambda: run(unit * 20), package=False)
    large = steps(event_parts, lambda: run(unit * 40), package=False)
    assert large < 2.3 * small


@pytest.mark.parametrize(
    "text",
    [
        "At the fair, our nurses, led by Oriane Castellanos, handed out water.",
        "En la feria, nuestros médicos, organizados por Teodoro Villaseñor, tomaron la presión.",
    ],
)
def test_a_group_of_ours_led_by_someone_off_the_team_refuses(text):
    assert hits("PHI003", post(text))
