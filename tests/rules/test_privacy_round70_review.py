"""Round 70's review: ways through the round's new readings a reviewing helper found, each mended with its row.

- A line of years after a member is greeted is her tenure only when spent in a place or a role ("in the infusion
  room"), not on a course of care ("on dialysis", "de quimio"), and not when a patient is named in the greeting.
- A knack's "the only person who can ..." is praise; "the only patient who knows how to ..." is still one patient.
- Our new space or address takes only words of its newness or size between ("our new, bigger space"); "our local
  troop", "our patients new address" and "our friends new address" are not ours.
- "Little <plural>" is no one only after "joined", "at", "de" or with no care near; "little Buttons! Tonsils out" is a child.
- Two costumed members as a pair of characters only when each character is one name and the pair ends its clause.
- A bare "en la tele" or "on the news" makes no private person's care public; "salió en la tele" of an event does.
- Care credited to our team ("healed thanks to our team") keeps any figure named; "Gracias a nuestro equipo, la visita
  fue un éxito" credits an event.
- A talk with the reader excuses them only when offered ("con gusto platica con usted"), not when told of ("no
  alcanzó a platicar con usted el martes"); "gente como usted, que lucha contra ..." is the reader.
- A member's given name and initial beside a date is the member's; "park in the lower back lot" is a building's.
- A reward in the sentence after a review is asked for buys it ("Mind posting this on Google? We'll send you a gift card").

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media

from tests.rules.harness import hits, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Happy birthday to our nurse Shanice! 🎂 Nine years on dialysis, always with a smile.",
        "Feliz cumple a nuestra enfermera Shanice! 🎂 Cinco años de quimio y sigue con nosotros 💪",
        "Our nurse Shanice threw a party for a very special patient today! 12 years in our dialysis unit and never missed a session.",
    ],
)
def test_a_course_of_care_or_a_patient_greeted_is_no_tenure(text):
    assert hits("PHI013", post(text), plans=with_staff("Shanice"))


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout to the only patient who knows how to make Dr. Kim blush lol. See you at your 3pm!",
        "Nuestro único paciente que sabe hacer reír a la Dra. Vega 😂 te esperamos el martes!",
    ],
)
def test_the_only_patient_with_a_knack_is_one_patient(text):
    assert hits("PHI011", post(text), plans=with_staff("Dr. Kim", "Dra. Vega"))


@pytest.mark.parametrize(
    "text",
    [
        "Our local Boy Scout troop raked leaves at 812 Juniper Ln for a patient who just had back surgery 🍂",
        "Update our records: our patients new address is 812 Juniper Ln, she moved after her surgery",
        "Send cards to our friends new address: 812 Juniper Ln! She is home after her knee replacement 💐",
    ],
)
def test_someone_elses_address_beside_our_words_still_refuses(text):
    assert hits("PHI009", post(text))


def test_our_new_premises_in_spanish_are_ours():
    assert not hits("PHI009", post("Abrimos nuestro nuevo local en 300 Calle Hidalgo el lunes."))


@pytest.mark.parametrize(
    "text",
    [
        "Welcome home, little Buttons! Tonsils out and eating popsicles 🍦",
        "Big Shots is cancer free!! our favorite patient 💪",
    ],
)
def test_a_plural_nickname_with_care_is_a_child(text):
    assert hits("PHI003", post(text))


def _alt(alt: str):
    return post("Halloween!", media=[Media("images/x.jpg", alt, True, "", None, 14)])


@pytest.mark.parametrize(
    "alt",
    [
        "Jen and Maribel dressed up as pirates and Grandpa in the chair getting his cleaning.",
        "Jen y Maribel disfrazadas de piratas y Lucas, sentado en el sillón después de su limpieza.",
    ],
)
def test_someone_after_a_costume_is_no_character(alt):
    assert hits("PHI012", _alt(alt), plans=with_staff("Jen", "Maribel")) or hits("PHI003", _alt(alt), plans=with_staff("Jen", "Maribel"))


@pytest.mark.parametrize(
    "text",
    [
        "Marisol Quintero contó en la tele que su cirugía de rodilla salió muy bien 🙌",
        "Joy Whitfield contó en la tele que su cirugía de rodilla salió muy bien 🙌",
        "La astronauta Joy Whitfield contó que su rodilla ya sanó gracias a nuestro equipo",
        "The singer Marisol Quintero said her knee healed thanks to our team",
    ],
)
def test_a_bare_tv_mention_or_our_care_keeps_the_name(text):
    assert hits("PHI003", post(text))


def test_our_team_credited_with_an_event_leaves_the_mayor_public():
    text = "Gracias a nuestro equipo, la visita del alcalde Tomás Rincón fue un éxito. El alcalde contó en la radio que ya superó su cáncer."
    assert not hits("PHI011", post(text)) and not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sentimos mucho que la enfermera no alcanzó a platicar con usted el martes. Ya hablamos con ella.",
        "Qué pena que la doctora no pudo hablar con usted en persona esa tarde 😔 no volverá a pasar.",
    ],
)
def test_a_talk_told_of_is_the_readers_visit(text):
    assert hits("PHI001", response(text, scenario="negative-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Gente como usted, que lucha contra la diabetes cada día, nos inspira 🙏",
        "People like you, who show up to every chemo with a smile, are why we do this!",
    ],
)
def test_people_like_the_reader_with_a_clause_about_them_refuse(text):
    item = response(text, scenario="positive-review")
    assert hits("PHI001", item) or hits("PHI002", item)


@pytest.mark.parametrize(
    ("text", "staff"),
    [
        ("Tanya R. has 2 cleaning openings on 5/12 — call us to grab one! 🦷", "Tanya R."),
        ("Happy retirement to Linda K., who scheduled every appointment here since 3/1/1998 🎉", "Linda K."),
    ],
)
def test_a_members_given_name_and_initial_beside_a_date_passes(text, staff):
    assert not hits("PHI008", post(text), plans=with_staff(staff))


def test_a_buildings_lower_back_lot_is_no_ones_back():
    assert not hits("PHI002", response("Thank you so much! Next time park in the lower back lot, it's closer to the elevator 🚗", scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks! Mind posting this review on Google? We'll send you a $10 gift card 🎁",
        "¡Gracias! ¿Puede copiar su reseña en Google? Le mandamos una tarjeta de regalo de $10.",
    ],
)
def test_a_reward_in_the_sentence_after_the_ask_buys_the_review(text):
    assert hits("FTC004", response(text, scenario="positive-review"))


def test_something_sent_with_no_review_asked_passes():
    assert not hits("FTC004", response("Thank you! We'll send you a copy of our new hours by email.", scenario="positive-review"))
