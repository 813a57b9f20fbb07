"""Round 158: two sets from Colorado and Wyoming (final158 a and b).

- A score routed by a command ("Tap 4 or 5 stars and ...") is read with an emoji before the command or between the
  stars and the "and" (FTC004): emoji are everywhere in these posts.
- A visit or a fee credited to the reader ("le acreditamos la próxima limpieza", "we'd credit your next cleaning") is
  a reward when it is offered for a review or for taking one down (FTC004); a payment credited is none.
- An initial, then a surname, then what a scan's label prints after a name ("J. QUINTANA 14w2d") is a record's label:
  a name in an alt text marked `people: false` (PHI012) and in a post (PHI003).
- A clinician who reads every concern that comes in, with the line to call in the sentence after, is everyone's
  contact (PHI001); one who also met the reader stays refused.
- A colleague's joy that the review named them ("she'll be tickled you mentioned her") is no dealing of the reader's.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, hits, photo, pictured, post, praise, response


@pytest.mark.parametrize(
    "text",
    [
        "Rate your visit! 🌻 Tap 4 or 5 stars and the form opens our Google page. Two stars or fewer? You land on a private form.",
        "How was it? Tap 4 or 5 stars 🌟 and we send you to our Google page. Three stars or fewer? You land on a private feedback form.",
    ],
)
def test_a_score_routed_by_a_command_is_read_past_an_emoji(text):
    assert errors("FTC004", post(text))


def test_a_rating_asked_of_everyone_with_an_emoji_is_no_gate():
    assert not errors("FTC004", post("Rate your visit! 🌻 Every answer, 1 to 5, goes to the same Google page, and we read them all."))


@pytest.mark.parametrize(
    "text",
    [
        "Sentimos mucho lo ocurrido. Si pudiera borrar esta reseña, con gusto le acreditamos la siguiente consulta.",
        "We're sorry about the mix-up. If you'd remove this review, we'd gladly credit your next exam to your account.",
    ],
)
def test_a_visit_credited_for_a_review_taken_down_is_a_reward(text):
    assert errors("FTC004", response(text))


def test_a_payment_credited_is_no_reward():
    assert not errors("FTC004", praise("¡Gracias por su reseña! Los pagos en línea se acreditan en dos días hábiles."))


def test_an_initial_and_a_surname_on_a_scan_label_is_a_person_shown():
    assert errors("PHI012", photo("Sonogram printout with J. QUINTANA 14w2d in the corner, beside a knitted cap", people=False))


def test_an_initial_and_a_surname_on_a_scan_label_is_named_in_a_post():
    assert errors("PHI003", post("Look at this sweet printout: M. Ocampo 20w1d, taped to our fridge!"))


def test_an_initial_and_a_word_in_capitals_with_no_datum_is_no_label():
    assert not hits("PHI012", photo("Poster reading U. S. ARMY beside the waiting room door", people=False))


def test_a_clinician_who_reads_every_concern_with_the_line_after_is_everyones_contact():
    text = "We're so sorry you felt let down, and thanks for letting us know. We can't talk specifics in public, but Dr. Okafor reads every concern personally. Please call 555-0142 and ask for her."
    assert not errors("PHI001", response(text))


def test_a_clinician_who_reads_every_concern_and_met_the_reader_stays_refused():
    text = "We're sorry this happened. Dr. Okafor reads every concern personally, and she remembers your visit. Please call 555-0142."
    assert errors("PHI001", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! Jordan has been running our front desk for twelve years and she'll be thrilled you noticed her.",
        "What a kind note. Sam has been fitting hearing aids for a decade and he'll be so happy you mentioned him.",
    ],
)
def test_a_colleagues_joy_at_being_named_is_no_dealing(text):
    assert not errors("PHI001", praise(text))


def test_the_readers_own_visit_beside_a_colleagues_joy_stays_refused():
    assert errors("PHI001", praise("Thank you! Jordan fit your new glasses last week and she'll be thrilled you mentioned her."))


# final158, held back (six settings in Colorado and Wyoming), after round 158's readings:
# - a family named, then a sentence that counts them by their kin ("Three brothers, three tetanus shots"), is tied to
#   that care; "two kids" is anyone;
# - a visit's or a home's words opening a file's name before a surname ("home_visit_<surname>_diabetic_foot",
#   "visita_rancho_<surname>_..."), with care after it, file the household visited; a diabetic foot is a condition;
# - a place a public figure toured ("toured the new hyperbaric unit with Dr. <Name>") is a visit, no one's care;
# - a shop's two goods joined by "&" after a name ("<Name> Tack & Feed") make it a shop's name;
# - fertility care counted ("3 retrievals", "dos transferencias de embriones") ties the names of its sentence.


def test_a_family_counted_by_its_kin_is_tied_to_the_care_after():
    assert errors("PHI003", post("Big wave to the Lindqvist girls up on the Sage Flat place! Two sisters, two MMR boosters, zero tears."))


def test_two_kids_in_the_waiting_room_are_anyone():
    assert not errors("PHI003", post("Thanks to the Lindqvist family for the cookies! Two kids in our waiting room got flu shots today."))


@pytest.mark.parametrize(
    "name",
    [
        "home_visit_hernandez_diabetic_foot.jpg",
        "visita_rancho_hernandez_abuelo_pie_diabetico.jpg",
        "house_call_martinez_wound_care.jpg",
    ],
)
def test_a_household_visited_is_filed_by_its_name(name):
    assert errors("PHI003", pictured(name))


@pytest.mark.parametrize("name", ["home_visit_program_wound_care_tips.jpg", "visita_a_la_feria_de_salud.jpg"])
def test_a_visit_program_names_no_household(name):
    assert not errors("PHI003", pictured(name))


def test_a_place_a_figure_toured_is_no_care_of_theirs():
    text = "Thanks to state senator Ines Marquardt for visiting today! She toured the new hyperbaric unit with Dr. Okafor and heard from our nurses."
    assert not errors("PHI003", post(text))
    assert not errors("PHI011", post(text))


def test_a_figure_whose_care_we_gave_where_they_toured_is_named():
    text = "Thanks to state senator Ines Marquardt for visiting today! She toured the wound unit, where Dr. Okafor treated her foot ulcer last spring."
    assert errors("PHI003", post(text))


def test_a_shop_by_its_two_goods_is_no_one():
    assert not errors("PHI003", post("Diabetic foot checks this Friday! Wool socks for everyone, courtesy of Jesse James Tack & Feed."))


@pytest.mark.parametrize(
    "text",
    [
        "Two years and 3 retrievals later, baby Wren came home to Talia and Marco this week! Our fertility team is thrilled.",
        "Después de dos transferencias de embriones, llegó la bebé Inés para Carla y Tomás. ¡Felicidades!",
    ],
)
def test_fertility_care_counted_ties_the_family_named(text):
    assert errors("PHI003", post(text))
