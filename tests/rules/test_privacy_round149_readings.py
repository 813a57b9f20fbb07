"""Round 149: care of ours done to someone named, told by what we did (before the sets of round 149 were read).

Noticed in round 148 and mended here:
- A neighbour named with a job beside the name ("<Name>, a logger") is excused as a community role unless care of
  theirs is told; "we fitted a knee brace on <Name>" told none, since what we put on or gave to the one named was read
  only for one described by a role at a place. done_to.done_to_named reads it for a name too: a verb of care of ours
  before the name ("our team stitched up"), or one that gives ("fitted", "put", "pusimos") with care between it and an
  "on", "to" or "a" right before the name (not "we put on a screening day with <Name>"), and it keeps a public
  figure's reading from excusing the name too ("... a <Name>, la presidenta del club"; people.named). "bota
  ortopédica" joins the Spanish clinical words.
- A post that tells care of ours by its verb alone ("we stitched up <Name>", "we splinted <Name>'s wrist", "le cosimos
  la frente a <Name>") tied no one to care, so the name was only a warning: those verbs tie the names of their
  sentence now (care_tie._NEAR), and "stitched" with no "up" after it ("stitched the banner") does not.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, praise, with_staff

_CARE_DONE = [
    "Last week we fitted a knee brace on Dwayne Hollerith, a logger from up the valley.",
    "Our team stitched up Dwayne Hollerith after the sawmill accident on Friday.",
    "We splinted Ramona Quitzel's wrist on Saturday and she was back at the market by noon.",
    "Le cosimos la frente a Ramona Quitzel el viernes en la noche.",
    "We sutured Wendell Ostrakamp, our town's retired postmaster, after his fall on the ice.",
    "Le pusimos una bota ortopédica a Ramona Quitzel, la presidenta del club de jardinería.",
    "Last week we fitted a knee brace on Dwayne Hollerith, the fire chief.",
]


@pytest.mark.parametrize("text", _CARE_DONE)
def test_care_of_ours_done_to_someone_named_is_an_error(text):
    assert errors("PHI003", post(text))


_NO_CARE_DONE = [
    "We put on a screening day with Dwayne Hollerith, a logger from up the valley, who lent us the grange hall.",
    "We put a fresh coat of paint on the fence with Dwayne Hollerith, a logger who volunteers on Saturdays.",
    "We gave Dwayne Hollerith, the fire chief, a tour of the new wing.",
    "Ramona Quitzel stitched the banner that hangs over our booth at the county fair.",
    "Le pusimos una mesa de información a Ramona Quitzel, la presidenta del club, en la feria.",
]


@pytest.mark.parametrize("text", _NO_CARE_DONE)
def test_what_we_did_with_a_neighbour_is_no_care(text):
    assert not errors("PHI003", post(text))


# From the sets of round 149 (first sight with the readings above): Oregon and Montana (b), Idaho and Washington (a).
# Missed, and mended:
# - a reply glad that the reader's eye pressure is in hand with the drops, and reading again with new bifocals: eye
#   pressure and eye drops are clinical words now, in both languages, and bifocals, progressive lenses and drops things
#   of care a reply names only with the reader or an occasion (privacy-stance.yml care_things);
# - an intake form's file name filed last name first, the surname with its prefix run in ("DeLoach"): a link's words
#   split it at the capital ("De Loach"), so no surname was read. A surname's prefix (Mc, Mac, De, Di, La, Van ...)
#   now keeps the word whole (urlwords._CAMEL), and after a record's kind ("intake_", "referral_") a given name that is
#   also a word counts in the surname-first reading (surname_first).
# Clean texts read as leaks, mended:
# - a pool "del <Name> Rec Center" read as a team's center at a named place (local_roles._NO_CENTER);
# - a nurse's tally of the shots she has given, in the sentence that names her husband: her job, not his care
#   (everyday_senses.CAREER_TALLY, left out of the care read around a member's relative).


@pytest.mark.parametrize(
    "text",
    [
        "Thanks so much, Vern! Glad your eye pressure is holding steady these days.",
        "Thank you! Keep up with those eye drops, and see you at the next check.",
        "Thanks, Vern! So happy the new bifocals have you reading the paper again.",
        "¡Gracias, doña Chayo! Qué gusto que la presión del ojo ya bajó con el colirio.",
        "¡Gracias! Nos alegra que ya pueda leer sin batallar con sus bifocales nuevos.",
    ],
)
def test_a_reply_that_knows_the_readers_eyes_is_an_error(text):
    assert errors("PHI002", praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the kind words! Our optical shop is open Saturdays now.",
        "¡Gracias por su reseña! Cada gota de paciencia de nuestro equipo vale la pena.",
    ],
)
def test_a_reply_of_no_eyes_passes(text):
    assert not errors("PHI002", praise(text))


@pytest.mark.parametrize(
    "name",
    ["intake_DeLoach_Tanner_anxiety_screen", "referral_McKinney_Rose_asthma_plan", "intake_VanHorn_Dale_back_xray"],
)
def test_a_chart_file_filed_last_name_first_with_a_prefix_is_a_name(name):
    link = f"https://www.example-ortho.test/uploads/2027/01/{name}.pdf"
    assert errors("PHI003", post(f"Forms: {link}", sources=[link]))


@pytest.mark.parametrize("name", ["McKinney_Park_fun_run_map", "DeLaRosa_Hall_flu_clinic_flyer", "intake_Spring_Garden_open_house"])
def test_a_place_run_in_with_a_prefix_is_no_name(name):
    link = f"https://www.example-ortho.test/uploads/2027/01/{name}.pdf"
    assert not errors("PHI003", post(f"Forms: {link}", sources=[link]))


def test_a_pool_at_a_rec_center_is_no_team_center():
    text = "Ahora ofrecemos terapia acuática en la alberca del Cedar Hollow Rec Center, y punción seca con nuestra PT Ines Bravo."
    assert not errors("PHI011", post(text))


def test_a_team_center_at_a_named_school_still_counts():
    assert errors("PHI011", post("We fitted a brace on the Cedar Hollow High center after his sprain at practice."))


_NURSE = with_staff("Corinne Albers")


@pytest.mark.parametrize(
    "text",
    [
        "Twenty years for our nurse Corinne! She has probably given more flu shots than the rest of us put together, and her husband Abe still drops off donuts on Fridays.",
        "¡20 años de Corinne! Ha puesto más vacunas que nadie, y su esposo Abe nos sigue trayendo pan dulce los viernes.",
    ],
)
def test_a_members_tally_of_her_work_is_no_care_of_her_husband(text):
    assert not errors("PHI003", post(text), plans=_NURSE)


def test_her_husbands_own_shot_still_counts():
    text = "Twenty years for our nurse Corinne! She has probably given more flu shots than the rest of us put together, and her husband Abe got his flu shot from her today."
    assert errors("PHI003", post(text), plans=_NURSE)
