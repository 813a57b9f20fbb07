"""Round 119: what sets of Wisconsin, Oklahoma, Nebraska, Utah and Wyoming posts and replies showed.

- A before-and-after photo's file name with the name as a chart keeps it, surname first ("..._<Surname>-<Given>_<date>.jpg").
- One who comes from the only farm of its kind in a named county ("a farmer from the only goat dairy in <County>").
- A crisis said in the words of the one who lived it ("didn't see the point anymore", "ya no le veía sentido a la vida"):
  a condition the lexicon holds, in a reply as in a post.
Clean texts read as leaks: a team's chant in a reply ("Go Pack Go"); a volunteer instructor at our free event, where
others will offer the screenings; from final120 (held back), a side of a state said in Spanish ("el noroeste de <State>")
and waterfalls by their name ("las cataratas de <Falls>").

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media

from tests.rules.harness import errors, hits, post, praise, response, with_staff


@pytest.mark.parametrize("file", ["IMG_before-after_eyelid_Herrera-Lupe_2026-03-01.jpg", "IMG_before-after_eyelid_Whitaker-Janet_2026-03-01.jpg"])
def test_a_before_and_after_file_name_with_the_surname_first_names_them(file):
    item = post("Results speak.", media=(Media(file=file, alt="An eyelid, before and after"),))
    surname, given = file.split("_")[3].split("-")
    assert any(f"'{surname} {given}'" in hit.message for hit in errors("PHI003", item))


def test_a_surname_and_a_place_word_in_a_file_name_name_no_one():
    item = post("Flu shots are in.", media=(Media(file="flu-shots_Garcia-Plaza_2026-10-01.jpg", alt="A table of flyers"),))
    assert not errors("PHI003", item)


def test_one_from_the_only_farm_of_its_kind_in_a_county_with_their_care_is_singled_out():
    assert hits("PHI011", post("A farmer from the only sheep dairy in Ozaukee County got his hernia fixed with us this spring."))


def test_one_from_the_only_farm_of_its_kind_with_no_care_is_no_one():
    assert not hits("PHI011", post("A farmer from the only sheep dairy in Ozaukee County brought samples to our health fair!"))


@pytest.mark.parametrize(
    "text",
    [
        "We're so glad you reached out back when you didn't see the point anymore. Keep calling us.",
        "Nos alegra mucho que nos haya llamado cuando ya no le veía sentido a la vida.",
    ],
)
def test_a_crisis_in_the_readers_own_words_is_clinical_in_a_reply(text):
    assert hits("PHI002", response(text))


def test_a_teams_chant_in_a_reply_greets_no_one():
    assert not hits("PHI003", praise("Our schedulers loved reading this, truly. Go Pack Go!"))


def test_a_chant_then_care_spoken_to_its_word_still_names():
    assert errors("PHI003", post("Go Jaxon Go! Cast off at last, buddy."))


def test_a_volunteer_instructor_while_others_offer_the_screenings_is_no_patient():
    text = "Salsa night at Riverside Park! Instructor Dana Whitfield is volunteering, and pharmacy students from the college will have blood pressure checks."
    assert not errors("PHI003", post(text))


def test_an_instructor_whose_own_surgery_follows_is_still_named():
    assert errors("PHI003", post("Salsa night with instructor Dana Whitfield, who will have her knee surgery with us next week."))


# final120 (held back: New York, Pennsylvania, Delaware, South Carolina, Mississippi, Georgia)
def test_a_side_of_a_state_in_spanish_is_a_place():
    text = "Aviso de calor intenso para el sureste de Virginia el jueves: beba agua y vigile si siente mareos o calambres."
    assert not errors("PHI003", post(text))


def test_one_named_who_came_from_a_side_of_a_state_for_care_is_still_named():
    assert errors("PHI003", post("Georgia vino del sur de Texas para su cirugía de rodilla con nosotros."))


def test_waterfalls_by_their_name_are_no_ones_cataracts():
    assert not errors("PHI003", post("Nuestro equipo de caminata frente a las cataratas de Kaaterskill, todos con gorras rojas."))


def test_cataracts_of_a_given_name_are_still_hers():
    assert errors("PHI003", post("Antes y después de las cataratas de Rosalba: ¡ya ve clarito!"))


# Found after the fold: final119's farm case, its crisis told to a member right after the description ("she wanted to ..." is no job ad)
def test_one_from_the_only_farm_who_told_a_member_of_a_crisis_is_singled_out():
    text = "In March a farmer from the only honey farm in Lafayette County rang our support line and told Ines she wanted to end it all."
    assert hits("PHI011", post(text), plans=with_staff("Ines"))


def test_one_from_the_only_farm_who_told_us_of_new_rules_is_no_one():
    assert not hits("PHI011", post("A farmer from the only honey farm in Lafayette County told us about the state's new hive rules."))
