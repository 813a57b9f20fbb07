"""Round 21, part D (PHI003): words and quotes read as names. A title that ends its sentence (readings.title_gap), a
thing given a name like a pet (named_places.py, things_named), a form's or a programme's title given in quotes
(quoted_titles.py) and an instructor named by first name with a Spanish feminine role (community_roles.py). What
passes, what stays an error, and that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import community_roles
from playbook.rules.privacy.known import Person
from playbook.rules.privacy.named_places import named_thing
from playbook.rules.privacy.quoted_titles import _title, quoted_title
from playbook.rules.privacy.readings import title_gap
from playbook.rules.privacy.vocabulary import HONORIFIC, NAMES

from tests.rules.harness import hits, response
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=40, deadline=None)
NAMES_ = ["Remedios", "Yesenia", "Thaddeus", "Maricruz", "Odalys", "Anselmo"]


# --- a title at a sentence's end --------------------------------------------------------------------------------


def _title_at(text: str, word: str) -> re.Match:
    return next(m for m in HONORIFIC.finditer(text) if m.group(0).rstrip(".").lower() == word.lower())


@pytest.mark.parametrize(
    ("text", "word", "joins"),
    [
        ("Dr. Quillfeather is in today.", "Dr", True),
        ("La Sra. Brightwater llega a las 3.", "Sra", True),
        ("Capt. Renwick cut the ribbon.", "Capt", True),
        ("Saluden a la abuelita. Vengan el lunes.", "abuelita", False),
        ("Pregunten por la tia. Llamenos hoy.", "tia", False),
        ("Say hi to Nana. Grab a cookie.", "Nana", False),
        ("Ask your doctor. Adults over 50 need it.", "doctor", False),
        ("La abuelita Remedios hizo tamales.", "abuelita", True),
    ],
)
def test_a_period_joins_a_name_only_after_an_abbreviation(text, word, joins):
    assert (title_gap(text, _title_at(text, word)) is not None) is joins


def test_abbreviations_are_titles():
    titles = {t.lower() for t in (*NAMES["titles"], *NAMES["titles_any_case"])} | {"dr", "mr", "mrs", "ms", "mx", "prof", "rev", "sgt"}
    assert {a.lower() for a in NAMES["title_abbreviations"]} <= titles


@FUZZ
@given(
    st.sampled_from(["la abuelita", "la tía", "el abuelo", "la madrina", "Grandma", "Nana", "Aunt"]),
    st.sampled_from(["Pásenle a saludar", "Vengan a verla", "Llámenos hoy", "Visit our booth", "Stop by Friday"]),
)
def test_a_title_ending_its_sentence_names_no_one(title, next_sentence):
    assert hits("PHI003", f"Bring your questions for {title}. {next_sentence} at the fair.") == []


@FUZZ
@given(st.sampled_from(["la abuelita", "la tía", "Grandma"]), st.sampled_from(NAMES_))
def test_the_next_sentence_s_name_with_care_stays_an_error(title, name):
    assert hits("PHI003", f"Saluden a {title}. {name} came in for her knee surgery with us.")


def test_a_kin_title_and_a_name_with_care_stays_an_error():
    assert hits("PHI003", "Su abuelita Remedios, after her surgery, is walking again.")
    assert hits("PHI003", "Grandma Odalys finished her radiation with us today.")


# --- a thing named ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        ("He bought a camper named Gertrudis.", "Gertrudis", True),
        ("Our van, which we call Rosalinda, brings shots to farms.", "Rosalinda", True),
        ("Estrenamos un carrito que se llama Lupita.", "Lupita", True),
        ("El programa se llama Amparo.", "Amparo", True),
        ("The form is called Clementine.", "Clementine", True),
        ("Una lancha bautizada como Marisela.", "Marisela", True),
        ("A camper named Gertrudis came in with a bee sting.", "Gertrudis", False),
        ("A little girl named Gertrudis drew us a card.", "Gertrudis", False),
        ("The bike was fixed by a man named Gertrudis.", "Gertrudis", False),
    ],
)
def test_named_thing_reads_a_thing_given_a_name(text, word, named):
    assert named_thing(text, text.index(word)) is named


@FUZZ
@given(
    st.sampled_from(["a camper named {n}", "our new van we call {n}", "una troca que se llama {n}", "a sailboat called {n}", "un robot llamado {n}", "a teaching skeleton named {n}"]),
    st.sampled_from(NAMES_),
)
def test_things_named_pass_in_a_staff_post(frame, name):
    assert hits("PHI003", "Dr. Okafor spent the summer with " + frame.format(n=name) + ".") == []


@FUZZ
@given(st.sampled_from(["a camper named {n}", "a little boy named {n}", "una niña llamada {n}"]), st.sampled_from(NAMES_))
def test_a_name_given_with_care_stays_an_error(frame, name):
    assert hits("PHI003", frame.format(n=name)[0].upper() + frame.format(n=name)[1:] + " came in for stitches this morning.")


# --- a title in quotes ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quoted", "title"),
    [
        ("Health Care Power of Attorney", True),
        ("Five Wishes", True),
        ("Head Start", True),
        ("Directiva Medica Anticipada", True),
        ("Ley de Cuidado de Salud Asequible", True),
        ("Sofia Marquez", False),
        ("Hope Castellanos", False),
        ("Big Earl", False),
        ("Miss Sunshine", False),
        ("El Tigre", False),
        ("Tiger", False),
    ],
)
def test_title_tells_a_title_from_a_name(quoted, title):
    assert _title(quoted) is title


def _person_in(text: str, words: str, how: str = "a name given", **flags) -> Person:
    start = text.index(words)
    return Person(start, start + len(words), tuple(words.split()), how, **flags)


def test_quoted_title_needs_the_words_that_give_a_name_and_no_care():
    text = 'The form is called "Ready Set Home" and it is free.'
    assert quoted_title(text, _person_in(text, "Ready Set Home"))
    text = 'A sign reading "Go Home Team" hung in the gym.'
    assert not quoted_title(text, _person_in(text, "Go Home Team"))
    text = 'A boxer called "Iron Gate Hands" came in with a broken wrist.'
    assert not quoted_title(text, _person_in(text, "Iron Gate Hands"))
    text = 'Our patient called "Sweet Pea Blossom" is home.'
    assert not quoted_title(text, _person_in(text, "Sweet Pea Blossom", excusable=False))


@FUZZ
@given(
    st.sampled_from(['se llama "{t}"', 'is called "{t}"', "is known as '{t}'", "el formulario llamado «{t}»", 'a workbook titled "{t}"']),
    st.sampled_from(["Advance Directive for Health Care", "Healthy Steps Program", "Voluntad Anticipada", "Living Will Basics", "Cuidado de Salud en Casa"]),
)
def test_quoted_titles_pass(frame, title):
    assert hits("PHI003", "En su estado, el documento " + frame.format(t=title) + ". Pregunte en recepción.") == []


@FUZZ
@given(st.sampled_from(['named "{n} {s}"', 'llamada "{n} {s}"', 'called "{n} {s}"']), st.sampled_from(NAMES_), st.sampled_from(["Quillfeather", "Brightwater", "Villaseñor"]))
def test_a_quoted_full_name_stays_an_error(frame, name, surname):
    assert hits("PHI003", "A teen " + frame.format(n=name, s=surname) + " had her cast taken off today.")


# --- an instructor by first name --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["instructora", "tutora", "veladora", "instructor", "payaso", "animadora"])
def test_spanish_feminine_roles_are_roles(role):
    assert role in community_roles._ROLE_WORDS


def test_a_feminine_form_of_a_word_that_is_no_role_stays_no_role():
    assert "operadora" not in community_roles._ROLE_WORDS  # "operador" is an everyday word, not a role before a name


@FUZZ
@given(
    st.sampled_from(["clases de zumba con la instructora {n}", "yoga with instructor {n}", "la maestra {n} leerá cuentos", "globos con el payaso {n}", "baile con la animadora {n}"]),
    st.sampled_from(NAMES_),
)
def test_instructors_by_first_name_pass(frame, name):
    assert hits("PHI003", "Feria de salud el sábado: " + frame.format(n=name) + " y aguas frescas.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hoy le quitamos la verruga a Yesenia, la instructora de zumba del parque. ¡Lista para bailar!",
        "Hoy le quitamos la verruga a Yesenia, la maestra de zumba del parque.",
        "La instructora Yesenia ya terminó su rehabilitación de rodilla con nosotros.",
        "Yoga instructor Anselmo came in for his shoulder surgery last week.",
    ],
)
def test_an_instructor_with_care_stays_an_error(text):
    assert hits("PHI003", text)


def test_a_reviewer_greeted_by_name_stays_an_error():
    assert hits("PHI003", response("Thanks so much, Maricruz! See you at the fall fair."))


# --- linear -----------------------------------------------------------------------------------------------------


def test_title_at_a_sentence_end_is_linear():
    assert_linear("PHI003", "Saluden a la abuelita. Vengan el lunes. Ask Nana. Visit us. Dr. Okafor is in. ")


def test_things_named_are_linear():
    assert_linear("PHI003", "a camper named Gertrudis. un carrito que se llama Lupita. a girl named Odalys. ")


def test_quoted_titles_are_linear():
    assert_linear("PHI003", 'se llama "Voluntad Anticipada". is called "Health Care Proxy". called "Sofia Brightwater" ')


def test_instructors_are_linear():
    assert_linear("PHI003", "con la instructora Yesenia. yoga with instructor Marisol. le quitamos la verruga a Remedios. ")
