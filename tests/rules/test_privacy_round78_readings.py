"""Round 78: readings fresh writers' cases showed missing, each written for its kind of text.

- A review shown at the front desk for a gift ("Enséñenos su reseña ... y se llevan una canasta de regalo"): "enseñar" is
  showing, "se llevan", "llévense", a gift basket are rewards.
- An initial glued to a surname that is also a word, then care, in a file's name ("KMorrow_ACL_wk8_...").
- False alarms read: the season's wishes to the town ("¡Felices fiestas, <Town>!"); an age range after a group ("Group
  for ages 13-17"); a director offered to talk after a comma ("nuestro director, el Dr. <Name>, quiere hablar con usted");
  a notice's recommendation "around 28 weeks".

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, pictured, post, response


@pytest.mark.parametrize(
    "text",
    [
        "¡Papás! Enséñenos en caja la reseña que nos dejaron con cinco estrellas y llévense un termo de regalo.",
        "Show us your five-star review at check-in and pick up a gift basket on your way out!",
    ],
)
def test_a_review_shown_for_a_gift_refuses(text):
    assert hits("FTC004", post(text))


def test_teaching_brushing_with_a_free_brush_passes():
    assert not hits("FTC004", post("Les enseñamos a cepillarse los dientes y se llevan un cepillo gratis."))


@pytest.mark.parametrize("file", ["images/TBarlow_meniscus_wk3_bike.jpg", "images/RMorrow_ACL_day10.jpg"])
def test_an_initial_glued_to_a_surname_with_care_refuses(file):
    assert hits("PHI003", pictured(file))


@pytest.mark.parametrize("file", ["images/BVitamins_for_energy.jpg", "images/KCups_recycling_day.jpg"])
def test_a_letter_and_a_thing_pass(file):
    assert not hits("PHI003", pictured(file))


def test_the_seasons_wishes_to_the_town_name_no_one():
    text = "Cerramos el 24 y el 25. Si tiene una crisis de salud mental, llame al 988 o vaya a urgencias. ¡Feliz Navidad, Hillsboro!"
    assert not hits("PHI003", post(text))


def test_an_age_range_after_a_group_is_no_code():
    assert not hits("PHI007", post("Our new Social Skills Group for ages 8-12 meets Thursdays at 4."))


def test_a_group_number_range_still_refuses():
    assert hits("PHI007", response("Your group number 1388-17 is on file with us."))


def test_a_director_offered_after_a_comma_passes():
    text = "Sentimos mucho su experiencia. Nuestra directora, la Dra. Okafor, quiere hablar con usted; llame a la oficina."
    assert not hits("PHI001", response(text))


def test_a_clinician_who_operated_still_refuses():
    assert hits("PHI001", response("Sentimos mucho su experiencia. La Dra. Okafor, que le operó la rodilla, quiere hablar con usted."))


def test_a_notices_recommended_week_is_no_ones_milestone():
    text = "From the state health department: screening for gestational diabetes is recommended around 26 weeks of pregnancy."
    assert not hits("PHI013", post(text))


@pytest.mark.parametrize("opening", ["Sentimos de verdad lo que vivió con nosotros.", "Sentimos de corazón que la espera fuera tan larga."])
def test_a_spanish_apology_with_an_adverb_opens_the_reply(opening):
    assert not hits("NEG001", response(f"{opening} Por favor llame a la oficina para platicarlo."))
