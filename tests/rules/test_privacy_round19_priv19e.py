"""Round 19, part E: a slug that introduces a child nobody listed with their first visit (PHI003, slug_stories.py); a
name written on a sign or a jersey beside crutches or a hospital bed (PHI003/PHI012, written_names.py); a text survey
that routes by the reply's score (FTC004, review_reading.py). What passes, what stays an error, and that each reading
stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.normalize import fold
from playbook.rules.honesty.review_reading import Reading
from playbook.rules.privacy import slug_stories, written_names
from playbook.rules.privacy.known import Known
from playbook.rules.privacy.unlisted import unlisted_name
from playbook.urlwords import words

from tests.rules.harness import PLANS, hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)
KNOWN = Known.of(PLANS)
# Given names no list holds, invented for these tests
UNLISTED = ["Yarielo", "Dashiro", "Kaemon", "Zuleidy", "Brixon", "Naomyr"]


def _slug(slug: str):
    return post("A visit.", path=f"content/posts/2027/02/{slug}.md")


def _alt(alt: str, people: bool = False):
    return post("Photo.", media=[Media("images/p.jpg", alt, people, "", None, 14)])


@pytest.mark.parametrize("word", UNLISTED)
def test_unlisted_names_are_no_words(word):
    assert unlisted_name(word)


@pytest.mark.parametrize("word", ["Sensory", "Invisalign", "Primera", "Visita", "Room", "Feliz", "Mami", "Georgia", "Bienvenidos", "Autism"])
def test_words_brands_and_places_are_no_unlisted_names(word):
    assert not unlisted_name(word)


# --- slugs ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "slug",
    [
        "2027-05-meet-dashiro-first-dental-checkup-in-our-quiet-room",
        "conozcan-a-zuleidy-su-primera-cita-con-frenos",
        "brixons-story-asthma-and-his-first-inhaler",
        "la-historia-de-naomyr-y-su-recuperacion",
        "meet-kaemon-his-tonsillectomy-recovery",
    ],
)
def test_a_slug_introducing_someone_with_their_visit_is_an_error(slug):
    assert hits("PHI003", _slug(slug))


@pytest.mark.parametrize(
    "slug",
    [
        "meet-dr-okafor-our-new-pediatric-dentist",
        "meet-our-new-sensory-room",
        "meet-kaemon-our-new-hygienist",
        "conoce-a-zuleidy-nuestra-nueva-recepcionista",
        "meet-dashiro-our-therapy-dog",
        "meet-brixon",
        "first-visit-tips-for-toddlers",
        "meet-the-team-before-your-first-visit",
        "meet-invisalign-what-to-expect-at-your-first-visit",
        "conoce-a-tu-dentista-antes-de-tu-primera-visita",
        "conozca-a-nuestros-doctores-primera-cita-sin-costo",
    ],
)
def test_staff_programmes_and_tips_in_a_slug_pass(slug):
    assert hits("PHI003", _slug(slug)) == []


def test_a_team_members_story_slug_passes():
    assert hits("PHI003", _slug("meet-jordan-our-scheduler-story")) == []


@FUZZ
@given(
    st.sampled_from(["meet-{n}-first-{v}", "conoce-a-{n}-primera-{v}", "{n}s-story-{v}-day", "the-story-of-{n}-and-a-{v}"]),
    st.sampled_from(UNLISTED),
    st.sampled_from(["visit", "cleaning", "checkup", "visita", "consulta"]),
)
def test_slug_frames_with_any_unlisted_name(frame, name, visit):
    assert hits("PHI003", _slug(frame.format(n=name.lower(), v=visit)))


@FUZZ
@given(
    st.sampled_from(["meet-{n}-our-new-{r}", "conoce-a-{n}-nuestra-{r}", "meet-{n}-{r}"]),
    st.sampled_from(UNLISTED),
    st.sampled_from(["hygienist", "receptionist", "rdh", "lcsw", "higienista", "enfermera"]),
)
def test_slug_staff_frames_pass_with_any_name(frame, name, role):
    assert hits("PHI003", _slug(frame.format(n=name.lower(), r=role))) == []


def test_slug_story_reading_is_linear():
    text = words("meet-kaemon-our-hygienist-first-visit-story-of-the-sensory-room-la-historia-de-nuestra-clinica-" * 30)
    double = words("meet-kaemon-our-hygienist-first-visit-story-of-the-sensory-room-la-historia-de-nuestra-clinica-" * 60)
    small = steps(slug_stories, lambda: list(slug_stories.story_slugs(text, KNOWN)))
    large = steps(slug_stories, lambda: list(slug_stories.story_slugs(double, KNOWN)))
    assert large < 2.3 * small


# --- names written on things ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "alt",
    [
        "Two crutches propped on the exam table, one taped with a paper sign that says 'Brixon #9'",
        "A hospital bed with a foam finger and a poster reading 'Go Naomyr!'",
        "Una camiseta con KAEMON 14 colgada en la silla de ruedas",
        'Yeso azul firmado por sus amigos: "Zuleidy Strong"',
        "Pancarta que dice 'Fuerza Dashiro' pegada en la camilla",
    ],
)
def test_a_name_written_beside_care_is_a_person_shown(alt):
    assert hits("PHI012", _alt(alt))
    assert hits("PHI003", _alt(alt, people=True))


@pytest.mark.parametrize(
    "alt",
    [
        "Our clinic's banner reading 'Go Riverbend!' at the 5K finish",
        "A sign reading 'Room 12' on the exam room door",
        "Cartel que dice 'Bienvenidos' junto a la silla de ruedas de préstamo",
        "A jersey with the number 23 hanging in the team office",
        "Crutches and a wheelchair for loan in the hallway",
    ],
)
def test_signs_without_a_patients_name_pass(alt):
    assert hits("PHI012", _alt(alt)) == []


def test_a_nickname_between_names_is_no_sign():
    text = 'Boxer Tavo "Relampago" Quiroga told reporters his cast comes off next month.'
    assert [p for p in written_names.written_names(fold(text).text, KNOWN)] == []


@FUZZ
@given(
    st.sampled_from(["a sign reading '{n} #{d}' taped to the {o}", "un letrero que dice 'Vamos {n}' junto a la {o}", "a jersey that says {N} {d} on the {o}"]),
    st.sampled_from(UNLISTED),
    st.integers(1, 99),
    st.sampled_from(["crutches", "hospital bed", "camilla", "wheelchair", "therapy table"]),
)
def test_written_names_grid(frame, name, number, thing):
    alt = frame.format(n=name, N=name.upper(), d=number, o=thing)
    assert hits("PHI012", _alt(alt))


def test_written_names_reading_is_linear():
    unit = "A sign reading 'Go Team!' by the crutches. Room 12 #4 on the door. 'Bienvenidos' said the card. "
    text, double = fold(unit * 30).text, fold(unit * 60).text
    small = steps(written_names, lambda: list(written_names.written_names(text, KNOWN)))
    large = steps(written_names, lambda: list(written_names.written_names(double, KNOWN)))
    assert large < 2.3 * small


# --- a text survey that routes by the reply -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Text poll after your cleaning: send back 1 through 5. Send back a 5 or a 4 to get our Facebook review link; reply 1 or 2 or 3 and the practice manager calls.",
        "Encuesta por texto: responda del 1 al 5. Responda 4 o 5 y le mandamos la liga de Google; 1 a 3 y la administradora le llama.",
    ],
)
def test_reply_scores_route_like_conditions(text):
    assert hits("FTC004", post(text))
    reading = Reading(text)
    assert reading.routed_high and reading.unhappy


@pytest.mark.parametrize(
    "text",
    [
        "Reply 1 to confirm your cleaning or 2 to reschedule, and our front desk will call you.",
        "Responda del 1 al 5 y a todos les mandamos la misma liga de Google.",
    ],
)
def test_reply_codes_and_one_link_for_all_pass(text):
    assert hits("FTC004", post(text)) == []


def test_reply_score_reading_is_linear():
    from playbook.rules.honesty import review_reading

    unit = "Reply with 1 to 5 now. Send 5 or 4 and thanks; 1-3 and hello. Responda 2 y 3. "
    small = steps(review_reading, lambda: Reading(unit * 30))
    large = steps(review_reading, lambda: Reading(unit * 60))
    assert large < 2.3 * small
