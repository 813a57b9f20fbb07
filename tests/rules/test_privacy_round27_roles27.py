"""Round 27, people in public roles taken for patients (PHI003, PHI001): volunteers listed after a role and a dash,
a field studied or a topic talked about (subjects.py), an official named after her office, town and state, a work's
quoted title beside its author's own news, a clinician's own child in a post she signs, a reply signed on a hyphen's
line. What passes, what stays an error, and that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import subjects

from tests.rules.harness import hits, response
from tests.rules.test_privacy_people import assert_linear
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Thanks to the nursing students who ran the booth.", "who ran the booth"),
        ("Free CPR training on Monday.", "on Monday"),
        ("Los estudiantes de trabajo social de la UACJ ayudaron.", "de la UACJ ayudaron"),
        ("She spent an hour talking about asthma triggers. Then lunch.", "Then lunch"),
    ],
)
def test_subjects_blank_the_field_and_the_topic(text, kept):
    blanked = subjects.blank_subjects(text)
    assert len(blanked) == len(text)
    assert kept in blanked
    assert blanked != text


@pytest.mark.parametrize(
    "text",
    [
        "He kept talking about his knee surgery with us.",
        "Her physical therapy training after the fall went well.",
        "Estuvo hablando de su operación de cadera.",
    ],
)
def test_subjects_keep_ones_own_care(text):
    words = [w for w in ("surgery", "therapy", "operación") if w in text]
    assert all(w in subjects.blank_subjects(text) for w in words)


@FUZZ
@given(
    st.sampled_from(
        [
            "Big thanks to our volunteers from {school} — {a}, {b} and {c}.",
            "Our helpers for the day — {school} nursing students {a}, {b} and {c} — kept the line moving.",
            "Gracias a las voluntarias de {school} — {a}, {b} y {c}.",
            "En {school} nos ayudaron los estudiantes de enfermería {a}, {b} y {c}. ¡Gracias!",
        ]
    ),
    st.sampled_from(["Ridgeview High", "Colegio Altamira", "Pinecrest Academy"]),
    st.sampled_from([("Zuri Tallman", "Omar Pettigrew", "Lys Abernathy"), ("Nayeli Cortés", "Bram Osei", "Tamsin Kell")]),
)
def test_volunteers_listed_after_a_role_pass(frame, school, names):
    a, b, c = names
    assert hits("PHI003", frame.format(school=school, a=a, b=b, c=c)) == []


@FUZZ
@given(
    st.sampled_from(["Our volunteers from {school} — {a} and {b}. {a} had her gallbladder removed here last spring.", "Voluntarios de {school} — {a} y {b}. A {a} le operamos la rodilla aquí."]),
    st.sampled_from(["Ridgeview High", "Colegio Altamira"]),
    st.sampled_from([("Zuri Tallman", "Omar Pettigrew"), ("Nayeli Cortés", "Bram Osei")]),
)
def test_a_volunteer_with_our_care_stays_named(frame, school, names):
    a, b = names
    assert hits("PHI003", frame.format(school=school, a=a, b=b))


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Okafor visited Mr. Pettibone's 4th graders at Alder Creek School, talking about sunscreen and sunburn.",
        "Guest speakers: Pastor Elian Rook of Hope Chapel. Free naloxone training with our team after the vigil.",
        "Felicitamos a la alcaldesa de Tepic, Nayarit, Lic. Romina Ozuna Frías, quien contó en su transmisión que ya le retiraron los puntos.",
        'Comic Bastian Orr revealed on his show that he has gout, and now he is touring a set called "Pass the Cherries."',
    ],
)
def test_public_roles_pass(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pastor Elian Rook had his bypass with our cardiology team last week.",
        "Mr. Pettibone's knee replacement here went great, and his 4th graders sent a card.",
        'Our patient Bastian Orr, called "Pass the Cherries" by his pals, came in for his gout.',
    ],
)
def test_roles_with_our_care_stay_named(text):
    assert hits("PHI003", text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Diez años de pediatra y tres como mamá de Joaquín, que me enseñó más de fiebres que la residencia.\n— Dra. Ada Okafor", False),
        ("Ten years in family medicine, and four as a dad to Theo, my best teacher on ear infections.\n— Dr. Ada Okafor", False),
        ("Ten years here, and four as a dad to Theo, who had his tonsils out with us in May.\n— Dr. Ada Okafor", True),
        ("Diez años de pediatra y tres como mamá de Joaquín.", True),
    ],
)
def test_a_clinicians_own_child_in_a_post_she_signs(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


def test_a_reply_signed_on_a_hyphens_line_passes():
    body = "I am sorry to read this, and I would like to hear more. Please call our office manager.\n- Dr. Ada Okafor"
    assert hits("PHI001", response(body)) == []


def test_a_reply_signed_with_the_readers_care_stays_an_error():
    body = "So glad your new hip is doing well after the surgery!\n- Dr. Ada Okafor"
    assert hits("PHI001", response(body))


def test_subjects_reading_is_linear():
    unit = "Our nursing students talked about asthma and dust. Estudiantes de trabajo social hablaron de la diabetes. "
    small = steps(subjects, lambda: subjects.blank_subjects(unit * 20), package=False)
    large = steps(subjects, lambda: subjects.blank_subjects(unit * 40), package=False)
    assert large < 2.3 * small


def test_roles_and_signatures_stay_linear():
    assert_linear("PHI003", "Our volunteers from Ridgeview High — Zuri Tallman and Omar Pettigrew. Dos años como mamá de Joaquín. ")
    assert_linear("PHI003", 'A comedy tour called "Pass the Cherries" and a mayor of Tepic, Nayarit, Lic. Romina Ozuna. ')
