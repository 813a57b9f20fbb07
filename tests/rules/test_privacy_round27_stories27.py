"""Round 27, one person's care milestone with us (PHI013, milestones.py): a count of a course of care, a recovery
token, an entry into our programme, a birth week, a rest at home with us, a last day of therapy, told of one person
however staff describe them. What passes (health education, staff anniversaries, a public figure's own news, programme
news), what stays an error, and that the reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import milestones
from playbook.rules.privacy.milestones import milestone_of_one

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)


def _found(text: str) -> bool:
    return milestone_of_one(fold(text).text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Big cheers for the fella who fixes bikes on Larch Lane: he just wrapped 8 years on peritoneal dialysis.",
        "Our Thursday 7am lady by the window finished 12 sessions of wound care this week.",
        "Yesterday that quiet goalie from the Pinecrest club got his 6-month coin. So proud!",
        "El señor de los tamales de la calle Olmo lleva 2 años en nuestro programa de diabetes.",
        "Nuestra vecina favorita de la panadería, desde que empezó en nuestro programa de presión, ya camina diario.",
        "Los cuates de la maestra Ofelia nacieron con 31 semanas y hoy ya corren.",
        "The twins of the coach at Birchwood were born at 30 weeks and now they are walking.",
        "El bombero retirado del barrio ya está descansando en casa con nosotros.",
        "A painted cast beside the poster 'Last day of physical therapy'.",
        "Después de 5 sesiones de láser, así quedó la mano de nuestra bailarina del grupo folklórico.",
    ],
)
def test_one_persons_milestone_is_found(text):
    assert _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "When a patient starts dialysis he may feel tired for a few weeks.",
        "Si usted lleva 6 meses en tratamiento, pregunte por su próxima cita.",
        "Our nurse Ana marked 10 years in our dialysis unit this spring!",
        "La Dra. Solís cumple 15 años de experiencia en diálisis.",
        "Our buprenorphine program now has evening hours on Thursdays.",
        "Adults of 45 years and older should ask about colon screening.",
        "The councilman spoke about his 12 years of sobriety at the town hall.",
        "Babies born at 28 weeks often need a longer stay; here is what to expect.",
        "Los chicos de 3 a 5 años requieren refuerzos antes del kínder.",
        "Mariela cumple 10 años con nosotros aquí en la recepción.",
    ],
)
def test_general_and_staff_texts_pass(text):
    assert not _found(text)


def test_a_milestone_post_is_a_story_without_authorization():
    text = "Shout-out to the gentleman who sells honey at the Sunday market: he marked 5 years on dialysis with us!"
    assert hits("PHI013", post(text))
    assert hits("PHI013", post(text, authorizations=["AUTH-2027-014"])) == []


@FUZZ
@given(
    st.sampled_from(
        [
            "the barber on {p}",
            "our favorite crossing guard near {p}",
            "la señora que vende flores en {p}",
            "el del puesto de elotes de {p}",
            "this sweet grandpa from {p}",
        ]
    ),
    st.sampled_from(["Quail Street", "Dogwood Park", "la Plaza Ceiba", "Ridgeview", "el mercado Tulipán"]),
    st.sampled_from(
        [
            "marked 3 years on hemodialysis",
            "picked up a 2-year chip",
            "cumplió 9 meses en nuestro programa de metadona",
            "terminó 10 sesiones de radioterapia",
        ]
    ),
)
def test_a_described_person_with_a_milestone_is_a_story(frame, place, milestone):
    text = "Hoy celebramos a " if "cumplió" in milestone or "terminó" in milestone else "Today we cheer "
    assert hits("PHI013", post(text + frame.format(p=place) + ", who " + milestone + "!"))


@FUZZ
@given(
    st.sampled_from(["Our hygienist Tova", "Nuestro enfermero Ramiro", "The team", "Dr. Lindqvist"]),
    st.sampled_from(["celebrates 10 years in our dialysis unit", "cumple 7 años de experiencia en quimioterapia", "marks 4 years of nursing in oncology"]),
)
def test_staff_anniversaries_pass(member, news):
    assert hits("PHI013", post(f"{member} {news}!")) == []


def test_milestone_reading_is_linear():
    """One scan of the shapes; each sentence's gates read once: doubling a text of near-misses about doubles the work."""
    unit = "He had 3 years on the the. Ella 4 sesiones de de. since she joined our. ultimo dia de la. nacio con 30 semanas y. "
    small = steps(milestones, lambda: milestone_of_one(unit * 15), package=False)
    large = steps(milestones, lambda: milestone_of_one(unit * 30), package=False)
    assert large < 2.3 * small
