"""Round 34, part B: officials and fighters, their events and their care (PHI003, PHI011).

An official named with their office at an opening of ours is no patient: a new, renovated or expanded room's care words
name the room ("la nueva sala de cirugía de <kind>", "our expanded dialysis wing"), and care a town or everyone
deserves there is no one's (public.health_next_to, openings.no_patient). A work read or sung to an audience has its
title in quotes ('read aloud "<Title>" for the children'; in single quotes after a work's word too), no person's name
(work_titles.py). A name holding a nickname in quotes, or a stage name after a public role, names someone
(nicknamed.py): with care of ours it is an error, as is an office-holder "whom our team screened" (care.cared_by_us).
Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import care, work_titles
from playbook.rules.privacy.known import Known
from playbook.rules.privacy.nicknamed import nicknamed

from tests.rules.harness import PLANS, hits, post
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=30, deadline=None)

# The shape, in words sharing nothing with the round's cases (written before the code): five made up, then more.
CLEAN = [
    "Alderwoman Priya Halvorsen toured our expanded dialysis wing Tuesday and promised Elmhurst families kidney care nearby.",
    "El concejal Rogelio Ybarra visitó la nueva unidad de hemodiálisis y prometió atención renal para todo Salinas.",
    'Heavyweight legend Otis "Thunder" Beaumont read aloud "Tiny Tugboat" for the children at our pediatric open house.',
    "Damos las gracias a la Senadora Estatal, Hon. Lucía Barrenechea, que vino a la apertura de la nueva unidad de diálisis renal del hospital.",
    "La escritora Nayeli Orozco presentó su libro 'Las muelas de Rufino' en la biblioteca de Wapato.",
]
LEAKS = [
    'Middleweight prospect Dario "Quicksilver" Mendelev got his shoulder scoped here on Friday.',
    'El rapero "Tormenta Azul" se fracturó la muñeca y lo enyesamos en nuestra clínica.',
    "The Sheriff, whom our surgeons operated on in April, handed out badges at the parade.",
    "Alderwoman Priya Halvorsen toured our expanded dialysis wing, where she gets her own dialysis three times a week.",
    "La diputada Nayeli Orozco, a quien atendimos por un melanoma, inauguró la feria.",
]


def phi(text: str) -> list:
    return hits("PHI003", post(text)) + hits("PHI011", post(text))


@pytest.mark.parametrize("text", CLEAN)
def test_officials_at_our_events_pass(text):
    assert phi(text) == []


@pytest.mark.parametrize("text", LEAKS)
def test_officials_and_fighters_with_our_care_stay_errors(text):
    assert phi(text)


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("the Judge, whom our dermatology team screened last fall", True),
        ("la jueza, a quien nuestro equipo operó", True),
        ("el alcalde, a quien vacunamos en octubre", True),
        ("the Judge, whom we invited to speak", False),
        ("el alcalde, a quien conocimos en la feria", False),
    ],
)
def test_care_of_ours_in_a_clause_about_someone(text, ours):
    assert care.cared_by_us(text, 0, len(text)) is ours


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('She read "Moonlight Mango" to the second graders.', "Moonlight Mango"),
        ('Nos cantó "Cielito Lindo" a todos los abuelitos.', "Cielito Lindo"),
        ("Presentó su cuento 'El perro de Chucho' en la feria.", "El perro de Chucho"),
        ('The sign read "Go Tomasz" on the bed.', None),  # no audience: what a sign says, not a work
        ("The book's author, Maria Lopez, came by.", None),  # an apostrophe, no title
    ],
)
def test_a_work_performed_for_an_audience(text, title):
    found = [m.group(m.lastindex or 1) for m in work_titles._TITLE.finditer(text)]
    assert found == ([title] if title else [])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Boxer Tomasz "Iron Bell" Wierzbicki came in.', [("Tomasz", "Wierzbicki")]),
        ('La luchadora "Niebla Roja" se operó.', [("Niebla", "Roja")]),
        ('Read "Brave Hearts" Today at noon.', []),  # two dictionary words around the quotes: a heading
        ("No quotes at all, Tomasz Wierzbicki.", []),
    ],
)
def test_nicknamed_people_are_found(text, words):
    assert [p.words for p in nicknamed(text, Known.of(PLANS))] == words


@FUZZ
@given(
    st.sampled_from(["Mayor", "Councilmember", "Alderwoman", "State Senator", "Judge"]),
    st.sampled_from(["Ines Valcourt", "Boris Antal", "Fenna Oyelaran"]),
    st.sampled_from(["expanded dialysis wing", "new cardiac rehab unit", "renovated birthing center", "new wound care clinic"]),
)
def test_an_official_opens_a_room_named_by_care(office, name, room):
    text = f"{office} {name} opened our {room} on Monday and promised every family in Dunmore better care close by."
    assert hits("PHI003", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["Mayor", "Councilmember", "Alderwoman", "Judge"]),
    st.sampled_from(["Ines Valcourt", "Boris Antal", "Fenna Oyelaran"]),
    st.sampled_from(["where she finished her chemo", "after his knee replacement with us", "months after we treated her melanoma"]),
)
def test_an_official_with_care_at_the_opening_stays_named(office, name, cared):
    assert hits("PHI003", post(f"{office} {name} opened our new infusion center, {cared}."))


@FUZZ
@given(
    st.sampled_from(['Tomasz "Iron Bell" Wierzbicki', 'Lupita "La Centella" Arvizu', 'Kofi "Hurricane" Asante-Boateng']),
    st.sampled_from(["had his wrist pinned with us", "se operó la rodilla con nosotros", "got her ankle scoped here"]),
)
def test_a_nicknamed_name_with_our_care_is_an_error(name, cared):
    assert hits("PHI003", post(f"{name} {cared} last spring."))


def test_nicknamed_reading_is_linear():
    assert_linear("PHI003", 'Boxer Tomasz "Iron" Wierzbicki and "the" Read "It" Now; la luchadora "Niebla" vino. ')


def test_room_reading_is_linear():
    assert_linear("PHI003", "Mayor Ines Valcourt opened our new dialysis wing for kidney care de la nueva sala de partos. ")


def test_performed_title_reading_is_linear():
    assert_linear("PHI003", 'She read "Moonlight" to the kids; su libro \'Las Muelas\' y leyó "Uno" para todos. ')


def test_clause_of_our_care_reading_is_linear():
    assert_linear("PHI011", "The Sheriff, whom our team screened, and the Judge whom we a quien nuestro equipo vino. ")
