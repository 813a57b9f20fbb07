"""Round 129: what sets of Kentucky, Tennessee, Louisiana and Texas posts and replies showed.

A leak read as clean:
- a thing worked or dug out of a body part whose owner is named after a word of what they do ("easing a hook out of
  rancher <Given> <Surname>'s palm"): the removal is their care, and a role word before the name excuses no one whose
  own body the sentence treats.

Clean texts read as leaks:
- a public figure's own story, "the same story she's told" in a newspaper or at the state capitol: a paper and a
  legislature are public outlets, as interviews are;
- plan letters in capitals after an article ("todas las HMO, PPO y ..."): a plural noun, no record's "<SURNAME>, <GIVEN>";
- anyone's repetition in a reply ("she lights up every time someone writes to her"): the staff member's habit, not the
  reader's visits.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, praise, with_staff

STAFF = with_staff("Dolores Vance", "Quentin Abara")


@pytest.mark.parametrize(
    "text",
    [
        "Quentin easing a bent hook out of rancher Wade Holloway's palm this morning.",
        "Our nurse dug a splinter out of little Mateo Villarreal's heel before his game.",
        "Dolores working a shard of glass out of welder Mark Kessler's left thumb, and he never flinched.",
    ],
)
def test_a_thing_worked_out_of_a_named_persons_body_part_names_them(text):
    assert errors("PHI003", post(text), plans=STAFF)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to rancher Wade Holloway's strong arms, the tent for our flu clinic went up in minutes.",
        "Welder Mark Kessler's hands built the benches in our new waiting room.",
        "We got the chairs out of rancher Wade Holloway's barn for the health fair.",
    ],
)
def test_a_named_persons_hands_with_no_care_stay_a_helpers(text):
    assert not errors("PHI003", post(text), plans=STAFF)


@pytest.mark.parametrize(
    "text",
    [
        "Col. Renata Okoye joined our family night and talked about her lumpectomy, the same story she has told in the Tribune, and urged every parent to get screened.",
        "State senator Lydia Marchetti spoke to our walkers about her colon cancer, as she has at the capitol, and asked everyone over 45 to book a colonoscopy.",
        "La coronela Renata Okoye habló de su mastectomía, la misma historia que ha contado en el periódico, y pidió a todas hacerse su mamografía.",
    ],
)
def test_a_story_told_in_a_paper_or_at_the_capitol_is_public(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Retired teacher Renata Okoye talked about her lumpectomy, the same story she has told our nurses at every visit.",
        "Renata Okoye shared her lumpectomy story, the same one she told her pastor last week.",
    ],
)
def test_a_story_told_to_us_or_kept_private_still_names_her(text):
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Trabajamos con todas las HMO, PPO y casi todos los seguros privados.",
        "We take all the HMO, CHIP and most private plans.",
    ],
)
def test_plan_letters_after_an_article_are_no_record(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize("text", ["La pulsera decía VILLANUEVA, ROSALBA, cama 4.", "The printout by the fax showed KESSLER, MARGARET in bold."])
def test_a_name_in_capitals_on_a_record_still_counts(text):
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias por escribir! Le pasamos su mensaje a Dolores, que sonríe cada vez que alguien le manda unas líneas así.",
        "Thank you! We'll pass this to Dolores, who lights up every time someone writes to her.",
    ],
)
def test_anyones_repetition_is_no_readers_visit(text):
    assert not errors("PHI001", praise(text), plans=STAFF)


@pytest.mark.parametrize("text", ["Qué gusto verle cada vez que viene a su cita.", "It's a joy to see you every time you come in."])
def test_the_readers_own_repetition_still_confirms(text):
    assert errors("PHI001", praise(text), plans=STAFF)
