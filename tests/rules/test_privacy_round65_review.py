"""Round 65's review: what a third reviewing helper found in rounds 64 and 65's readings, a row each.

- A costume is read only in an alt text that says costumes are shown, and the character runs to a comma, "and" or a place
  word: "as <Name> rings the bell" is a person acting while a member claps. The characters are blanked too ("Wonder Woman").
- A district's handle of two counties holds no given name first ("@<Given><County>HD" is a person's) and only a health
  district's letters.
- A staff member's years in a field of care are theirs only with no one else named between them and the years.
- Many before "who" are read by the head noun: "the drummer in the band who ..." is one.
- A pin's offer must be one ("free parking", "everyone say hi" are none), and a venue in the lines before is read with
  their care.
- A public figure's care cheered in the next sentence, four words after "his"/"her", or with "good luck with" is theirs;
  their public work ("her diabetes prevention bill", "her cancer story") and another one thanked after "and to" are not.
- A wound word that names supplies, a topic or a free service ("burn cream", "treat burns", "free cuts") is no one's wound.

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media

from tests.rules.harness import hits, post, with_staff

COSTUMES = with_staff("Dr. Abara", "Dr. Quintero", "Maya", "Lupe")


def _photo(alt: str):
    return post("Happy Halloween!", media=[Media("images/costumes.jpg", alt, True, "", None, 14)])


@pytest.mark.parametrize(
    "alt",
    [
        "Dr. Quintero claps along with Lupe as Marisol Tejeda rings the bell after her last chemo",
        "Lupe hugs Maya as Marisol Tejeda waves goodbye from her wheelchair",
        "Halloween! Lupe as Elsa with Marisol Tejeda after her last chemo",
    ],
)
def test_as_while_someone_acts_is_no_costume(alt):
    assert hits("PHI012", _photo(alt), plans=COSTUMES)


@pytest.mark.parametrize(
    "alt",
    [
        "Halloween at the clinic: Maya as Wonder Woman, Lupe as the Tooth Fairy and Dr. Abara as Captain America by the front desk",
        "Nuestro equipo disfrazado: Lupe como la Catrina y Maya como Frida",
    ],
)
def test_characters_of_a_costume_photo_are_no_one(alt):
    assert not hits("PHI012", _photo(alt), plans=COSTUMES)


@pytest.mark.parametrize("handle", ["@TravisJohnsonHD", "@RheaJohnsonHD", "@CarterLongEM"])
def test_a_given_name_and_a_county_surname_stay_a_person(handle):
    assert hits("PHI003", post(f"From {handle}: thanks for checking on my mom after her fall!"))


@pytest.mark.parametrize(
    "text",
    [
        "Un señor muy querido lleva 15 años en diálisis y nuestro enfermero Ramiro le hizo pastel. Ya saben quién es 🎶",
        "Nuestra enfermera favorita tiene una fan: una abuelita que tiene 8 años en quimioterapia. Ya saben quién es.",
    ],
)
def test_someone_elses_years_of_care_beside_our_nurse_refuse(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "The drummer in the band who came in Tuesday, March 4 with a burned hand is doing much better.",
        "The boss at Hernandez Brothers who came in Monday, June 2 with a sprained wrist is healing nicely.",
    ],
)
def test_one_by_the_head_noun_refuses(text):
    assert hits("PHI008", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Wound care at home today, then a free ride to the pharmacy.\n📍 19 Aspen Ct",
        "Hospice house call this afternoon. Free parking on the street.\n📍 19 Aspen Ct",
        "Dialysis at home this week for a very sweet grandpa. Everyone say hi!\n📍 19 Aspen Ct",
    ],
)
def test_no_offer_before_a_pin_refuses(text):
    assert hits("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Free sports physicals Saturday for kids and their parents.\n📍 455 Larch Ave",
        "Join our nurses and their families for a free back-to-school bash!\n📍 455 Larch Ave",
    ],
)
def test_an_offer_before_a_pin_passes(text):
    assert not hits("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Mayor Dan Ruiz for opening our health fair. Congrats on finishing his chemo last month, Mayor!",
        "Big thanks to Councilwoman Rhea Oduya for cutting the ribbon, and congrats on her last round of chemo!",
        "Thanks to Mayor Dan Ruiz for opening our fair, and good luck with his hip replacement next week!",
    ],
)
def test_a_figures_care_cheered_further_on_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Senator Ana Ruiz for touring our new wing this week and for her diabetes prevention bill.",
        "Thanks to author Mia Lund for reading at our open house and for sharing her breast cancer story so openly.",
        "Thanks to Mayor Dan Ruiz for opening our fair and to his wife for her blood pressure checks all morning!",
    ],
)
def test_a_figures_public_work_or_another_thanked_passes(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the barber who came in Monday, June 2 to give free cuts to our veterans!",
        "The firefighter who stopped by on 6/3 showed the kids how to treat burns.",
        "The courier who came in Monday, June 2 with our burn cream order was so fast.",
        "The pharmacist who came in Monday, June 2 to talk about her patients' insulin was great.",
    ],
)
def test_a_wound_word_of_supplies_or_a_topic_passes(text):
    assert not hits("PHI008", post(text))
