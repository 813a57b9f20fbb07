"""Round 147: what two fresh sets from Idaho, New Mexico and Washington showed (first sight at 60a21e58).

Missed, and mended:
- a woman in her nineties named and her age said bare ("<Name> is 94 and still drives ..."): a capitalised name before
  "is", "was" or "turns" and an age of 90 or more, in a sentence about one person, is an age (ages._AGE_BARE); so is
  "tiene 94 y todavía ..." in Spanish;
- a packing house's foreman at a named place, with his stent: "mayordomo", "crew boss", a peak's "fire lookout" are
  roles a handful hold (privacy-described.yml roles);
- an animal's bite or sting is an injury, a word of care ("the rattlesnake bite is healing", "una picadura de
  alacrán"; privacy-names.yml care_words);
- a baby that "nació aquí en la clínica": a birth in our clinic is care (care._DELIVERED), a birthplace ("nació aquí en el
  barrio") is not.
Clean texts read as leaks, mended:
- "born in <Town>" or "born in 1991", a birthplace or a birth year, is a life told, no birth (everyday_senses);
- an Olympian's retold story, with "the people up here" after it: "up here", "out here", "down here" are local, no care
  placed here (public_story._HERE_OR_DONE).

Left: a described person's bite told by one of us in the next sentence with no pronoun opening it and no part of ours
(ties.told_next); a baby who came early in our clinic, her birth told as her arrival there; a reply in which
a named doctor and a member "le mandan muchos saludos" to the reader (a greeting from a clinician: kept refused).

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post


@pytest.mark.parametrize(
    "text",
    [
        "Marguerite is 96 and still walks to the post office every morning for her mail, then stops by for her shot.",
        "¡Don Elpidio tiene 93 y todavía arrea sus vacas él solito!",
    ],
)
def test_a_bare_age_after_a_name(text):
    assert errors("PHI010", post(text))


def test_a_hall_s_age_is_no_person_s():
    assert not errors("PHI010", post("The Grange Hall is 100 and still hosts the harvest dance every fall."))


@pytest.mark.parametrize(
    "text",
    [
        "Un abrazo al mayordomo de la huerta de Oroville, que por fin vino a revisarse la presión. Ya le ajustamos la pastilla.",
        "Get well soon to the fire lookout on Granite Butte, who broke his ankle on the tower stairs.",
        "Thinking of the Tamarack Ridge fire lookout tonight. He is healing from a rattlesnake bite, and we're proud of him.",
    ],
)
def test_a_foreman_or_a_lookout_at_a_named_place_with_an_injury(text):
    assert errors("PHI011", post(text))


def test_a_lookout_kept_for_snakes_is_no_one():
    assert not errors("PHI011", post("Keep a lookout for rattlesnakes on the Granite Butte trail; a snake bite needs the ER."))


def test_a_baby_born_here_ties_the_family_to_care():
    text = "¡Felicidades a la familia Arechiga! La niña nació aquí mismo en la clínica, a las 4 de la mañana."
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "El luchador Beto Ramírez nació en Chihuahua y hoy visitó nuestra carpa en el parque.",
        "Rodeo champ Dallas Keogh was born in 1991 in Wenatchee and signed hats at our booth today.",
    ],
)
def test_a_birthplace_or_a_birth_year_is_a_life_told(text):
    assert not errors("PHI003", post(text))


def test_the_people_up_here_are_no_care_placed_here():
    text = "Olympic snowboarder Kenna Lind spoke at our health fair. She told of a broken wrist and her comeback, as she does in her memoir, and of the neighbours up here who wrote to her."
    assert not errors("PHI003", post(text))
