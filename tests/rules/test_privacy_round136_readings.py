"""Round 136: what a held-back set of Idaho and Carolina posts showed, and the emoji that ends a sentence.

Clean texts read as leaks:
- a member greeted by her given name and her job after "our", then her years with us opening the next sentence ("Meet
  <Member>, our lead tech! She has been here 11 years, ..."): her tenure, not a course of care;
- a city after "by way of" ("from Puerto Rico by way of <City>"): a route's stop, as after "via";
- a taquería named "El <Nickname>" among an event's sponsors: a capital "El" before a name is its article, not "él",
  so the fair's flu shots are no one's diagnosis and the committee's coordinator is named by her role.

An emoji after a word and before a capital now ends a sentence ("... the ribbon on our new wing ✂️ He reminded ..."):
session 56 measured it and left it for the three readings that needed to look across the emoji. Those now read their
own sentence, and each is its own mend here:
- a clock time no longer splits a reply's clause at its colon ("We saved the 8:15 for you" is a slot held for the reader),
  and "like always" after the reader is no "if you like";
- the reader's kin seen with a day before the seeing, in its clause ("the best part of our Friday, having both boys in");
- a champion hailed ("Shoutout al campeón de ... 🤠") and our care of him in the next sentence ("Le sacamos rayos X al
  hombro"): the one hailed is the one cared for, as one addressed is ("A la única ...");
- a staff post's count "of <Member>" ("10 YEARS of <Member>"), a member's months of training, and her years opening the
  line after her greeting in Spanish ("Lleva 18 años en ...") are no one's course of care.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Say hello to Odette, our lead optometric tech! 🌟 She's been with us 11 years, can do a visual field test half asleep, and just threw her son's graduation party.",
        "Les presentamos a Beto Ruelas, nuestro enfermero jefe 🩺 Lleva 14 años en hemodiálisis, cría gallos y toca la guitarra.",
        "10 YEARS of Odette 🎊 Our medical assistant has drawn more blood than anyone in the county, and she still hums while she works.",
        "🏃 ¡Este sábado la Dra. Odette Lam corre su primer medio maratón! 21 km, 5 meses de entrenamiento y un tobillo vendado 😅 Si la ven, ¡échenle porras!",
    ],
)
def test_a_members_years_and_training_are_hers(text):
    assert not errors("PHI013", post(text), plans=with_staff("Odette Lam", "Beto Ruelas"))


@pytest.mark.parametrize(
    "text",
    [
        "Meet Mr. Ames, one of our longtime patients! He's been with us 8 years for his dialysis.",
    ],
)
def test_a_patients_years_with_us_stay_his(text):
    assert errors("PHI013", post(text), plans=with_staff("Odette Lam"))


def test_a_city_after_by_way_of_is_a_place():
    text = "Two years with us today! Odette came to us from Guam by way of Savannah, and she makes the best empanadas at every potluck."
    assert not errors("PHI003", post(text), plans=with_staff("Odette Lam"))


def test_a_members_daughter_with_care_here_is_still_named():
    text = "Two years with us today! Odette came to us from Guam with her daughter Savannah, who had her tonsils out here last spring."
    assert errors("PHI003", post(text), plans=with_staff("Odette Lam"))


def test_a_taqueria_named_el_someone_is_no_he():
    text = "FERIA DE SALUD este domingo en el salón parroquial.\nPresión, azúcar y vacunas de la gripe\nTacos gratis cortesía de Taquería El Chato\nCoordina: Rocío Mena, del comité de la parroquia."
    assert not errors("PHI003", post(text))


def test_he_with_his_surgery_still_tells_care():
    text = "Coordina: Rocío Mena, del comité de la parroquia. El mes pasado ella tuvo su cirugía de rodilla con nosotros."
    assert errors("PHI003", post(text))


def test_an_event_date_after_an_emoji_is_no_figures_birth():
    text = (
        "La campeona de boxeo Maritza Vela, nacida en Fresno, contó en su Instagram que vive con colitis ulcerosa desde los 20 años 🥊 Este 14 de marzo firmará autógrafos en nuestra feria de salud."
    )
    assert not errors("PHI008", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks so much! We saved the 8:15 for you.",
        "Aww, thank you! Dana says y'all made her morning 🥰 We already blocked the 9:40 for y'all like always.",
        "Thank you!! The best part of our Thursday was having both boys AND their sister in the same hour 😂",
    ],
)
def test_a_slot_held_or_kin_seen_across_an_emoji_still_confirms(text):
    assert errors("PHI001", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks so much! Come by anytime you like, we're always glad to help.",
        "Thank you for the kind words! Our hours are 8:00 to 5:00 on weekdays.",
        "Thank you! Hours are 8:00 to 5:00 on weekdays and we're glad to help you.",  # the reader after a clock time, one clause now
    ],
)
def test_a_courtesy_or_opening_hours_confirm_nothing(text):
    assert not errors("PHI001", response(text, scenario="positive-review"))


def test_a_champion_hailed_then_cared_for_in_the_next_sentence_is_singled_out():
    text = "Shoutout al campeón de lazo del Rodeo de Jerome de este año 🤠 Le tomamos radiografías de la rodilla el lunes y todo bien."
    assert errors("PHI011", post(text))


def test_a_titleholder_hailed_beside_a_notice_is_no_patient():
    assert not errors("PHI011", post("Congrats to our homecoming queen! Flu shots are free at the front desk this week."))


def test_an_official_thanked_then_speaking_of_everyones_checkups_is_hailed_by_no_cheer():
    text = "¡Gracias a la alcaldesa Rita Solís por cortar el listón inaugural de nuestra nueva sala! La alcaldesa habló de que todas se hagan sus chequeos cada año."
    assert not errors("PHI011", post(text))
