"""Round 44, events44a: people named at a community event by the part they play there (community_roles.py,
event_parts.py, PHI003): a volunteer lead or coordinator, a heading with a colon ("Coordina: <Name>", "Sign-ups:
<Name>"), a role in brackets after the name, an organising verb after it ("<Name> will run the sign-up table").
Care of theirs told in the text, a patient's word, or a bare title of care keep the name refused. Every name here is
invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import event_parts as module
from playbook.rules.privacy.event_parts import named_with_part
from playbook.rules.privacy.known import Person

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Pancake breakfast Sunday at the Elks Lodge. Volunteer lead Desmond Achterberg will greet everyone at the door.",
        "Kite day at Harbor Green! Volunteer coordinator Ana do Rosário Quaresma has the wristbands.",
        "Torneo de dominó el viernes en el salón de la Legión. Coordina: Fermín Zubizarreta. ¡Traigan sillas!",
        "Kermés del domingo en la plaza. Contacto: Rosalba Quintanilla y Teodoro Bañuelos.",
        "Bike rodeo this Saturday at Maple Yard. Sign-ups: Winifred Oyelaran.",
        "Chili cook-off on Friday at Pier 9. Tobias Lindqvist will run the check-in table.",
        "Carrera de costales en el parque Los Olivos. La voluntaria Maribel Echeverría coordina las inscripciones; habrá agua y fruta.",
        "Tianguis de trueque el sábado. Karina Lobos (voluntaria) se encarga de la rifa.",
    ],
)
def test_a_person_named_by_the_part_they_run_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bike rodeo Saturday. Volunteer Winifred Oyelaran, who finished chemo with us last spring, will run the sign-up table.",
        "Kermés el domingo. La voluntaria Rosalba Quintanilla, paciente nuestra, coordina las inscripciones.",
        "Torneo el viernes. Contacto: enfermera Rosalba Quintanilla.",
        "Kite day Saturday. Contact: Nurse Winifred Oyelaran.",
        "Chili cook-off Friday. Tobias Lindqvist will run the check-in table. He had his knee replaced here in May.",
        "Chili cook-off Friday. Our nurse Tobias Lindqvist will run the check-in table.",
    ],
)
def test_care_told_or_a_title_of_care_still_refuses(text):
    assert hits("PHI003", post(text))


@FUZZ
@given(
    st.sampled_from(["Desmond Achterberg", "Rosalba Quintanilla", "Teodoro Bañuelos", "Winifred Oyelaran"]),
    st.sampled_from(
        [
            "Domino night Friday. Sign-ups: {n}.",
            "Feria el sábado. Coordina: {n}. ¡Habrá elotes!",
            "Fun run Sunday. {n} will run the registration desk.",
            "Kermés el domingo. {n} coordina las inscripciones.",
            "Bake sale Saturday. Volunteer lead {n} has the flyers.",
        ]
    ),
)
def test_a_grid_of_organisers_passes(name, frame):
    assert hits("PHI003", post(frame.format(n=name))) == []


def _person(text: str, name: str) -> Person:
    start = text.rindex(name)
    return Person(start=start, end=start + len(name), words=tuple(name.split()), how="a full name")


def test_the_reading_stays_linear():
    unit = "Coordina: Ana Ruiz y Beto Lara, Sign-ups Zed will run the la la la "
    name = "Quintanilla Reyes"

    def read(n):
        text = unit * n + name + " will run the sign-up table."
        return lambda: named_with_part(text, _person(text, name))

    small = steps(module, read(20), package=False)
    large = steps(module, read(40), package=False)
    assert large < 2.3 * small
