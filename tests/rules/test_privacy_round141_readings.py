"""Round 141: what two sets of Idaho posts and replies showed (first sight at c8c14be).

Missed, and mended:
- a post that speaks to a visitor set apart by what they came to do and where from ("To the <visitor> from <Town> who
  ..."), with the wound we closed told in everyday words ("put 9 staples in your scalp"): a visitor by their pastime is
  a person a place narrows (privacy-described.yml people), and staples, stitches or glue in a body part, a wound closed
  on one or a cut on one are care (injuries._STITCHES, in English too);
- a family congratulated on a birth whose baby our doctor was "honored to deliver": a baby delivered is care
  (care._DELIVERED); a career's count of babies ("has delivered hundreds of babies") is none (care_tie._NEAR).
Clean texts read as leaks, mended:
- a health fair's bulleted list, its screenings one item each, then its coordinators named: an item opened by a bullet
  ("•", "▪", "►") is a sentence of its own, as a Markdown list's is (text._SENTENCE_END);
- a drive to a town for an x-ray ("driving to <Town> for an x-ray"); a member who "es de <Town>,";
- an agency's initials and its state in brackets after its name ("<Central District Health> (@CDHIdaho)");
- a grocery named "<Town> Family Foods" among exposure sites;
- a physician's daughter and her 4-H win, the physician's own career told after it;
- an Olympian's story told as in her documentary, then our team's gift to her ("Nuestro equipo le regaló ...").

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, with_staff

_STAFF = with_staff("Ada Okafor", "Wes Tolliver")


@pytest.mark.parametrize(
    "text",
    [
        "To the kayaker from Twin Falls who flipped at the rapids on Sunday: you were so brave while Wes put 6 staples in your scalp!",
        "Para el pescador de Burley que se cayó del muelle el sábado: fuiste muy valiente mientras Wes te ponía 5 puntos en la frente.",
        "Shoutout to the camper from Nampa who met a cast-iron skillet Friday night. Wes glued the cut on your forehead and you never flinched.",
    ],
)
def test_a_visitor_set_apart_with_the_wound_we_closed_is_one_patient(text):
    assert errors("PHI011", post(text), plans=_STAFF) or errors("PHI013", post(text), plans=_STAFF)


def test_a_baby_our_doctor_delivered_names_the_family():
    text = "Congratulations to the Lindqvist family on baby number four! Dr. Okafor was thrilled to deliver your little boy early this morning."
    assert errors("PHI003", post(text), plans=_STAFF)


@pytest.mark.parametrize(
    "text",
    [
        "Proud of Dr. Okafor's son Tobias, county spelling bee champ! Dr. Okafor says she was more nervous than on any night she has delivered babies.",
        "Thanks to Harlan Pruitt for lending his truck: we now deliver the baby boxes to the shelter on Thursdays.",
    ],
)
def test_a_career_of_deliveries_or_a_delivery_of_refills_ties_no_one(text):
    assert not errors("PHI003", post(text), plans=_STAFF)


def test_a_health_fairs_bullets_do_not_tie_its_coordinators():
    text = (
        "Feria de Salud del barrio, domingo de 10 a 2, junto a la capilla.\n"
        "• Vacunas contra la gripe\n• Presión y glucosa gratis\n• Tamales de las señoras del rosario\n"
        "Coordinan: Rosa Elvira Campos y el diácono Tadeo Villalba."
    )
    assert not errors("PHI003", post(text))


def test_a_coordinator_with_her_own_care_is_still_named():
    text = "Feria de Salud el domingo.\n• Vacunas contra la gripe\n• Presión gratis\nCoordina: Rosa Elvira Campos, que se vacunó aquí ayer después de su cirugía."
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Good news for ranch families: our new x-ray room means nobody has to keep driving to Emmett for an ankle picture.",
        "¡Bienvenida a la Dra. Ada Okafor! Ada es de Jerome, habla inglés e igbo, y ve desde bebés hasta abuelitos.",
        "Sharing from Southwest District Health (@SWDHIdaho): wildfire smoke is heavy today. Check the air at https://www.airnow.gov",
        "Possible measles exposure:\n• Melba Family Foods, Tue 5/14, 4-7 pm\n• the rec center pool, Wed 5/15\nUnvaccinated and there at those hours? Phone your doctor today.",
    ],
)
def test_a_town_an_office_or_a_grocery_is_no_one(text):
    assert not errors("PHI003", post(text), plans=_STAFF)


def test_a_gift_after_a_figures_own_story_is_no_care():
    text = (
        "La snowboarder olímpica Maren Solberg vino a platicar con el club de esquí. Les contó cómo se rompió la muñeca en 2022, "
        "tal como lo cuenta en su documental. Nuestras enfermeras le regalaron una gorra con el logo."
    )
    assert not errors("PHI003", post(text))
