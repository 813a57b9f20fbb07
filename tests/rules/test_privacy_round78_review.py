"""Round 78's review: a helper read the round's new readings and found ways through and false alarms; each has a row.

- The season's wishes to a town passed a patient wished them ("Happy holidays, <Name>! First Christmas home after ..."):
  after a season's wish, a word a name list holds as a given name, or care in the next sentence, is someone.
- "Sentimos de verdad que usted se sienta así" is no apology, as "sentimos que ..." was not; more Spanish apologies open.
- A clinician after a comma passed as offered to talk where the words before were the reader's ("The surgeon on your
  case, Dr. <Name>, ..."): only our role before the name and its comma.
- "is recommended" after a milestone is no advice ("10 years on dialysis, and cake is recommended"): advice comes before
  the count in its clause, says no one ("recommended she ...", "recommended to us by her sister" stay), and "we
  recommend", "is advised" count too.
- An age range skipped after an ID's label needs its age word before it ("member ID ... 04-17 33-82" stays a number).
- "Enséñela en recepción ... y llévense ..." pays for a review; "se llevan a cabo", "se llevan bien" pay for nothing.
- An initial glued to a surname before a capitalised care word ("JPrice_rehab_wk3"); "XRay", "ECard" are words.
- Runs of blanks read by the pet readings and after a town's name (possessive blanks now; measured by hand).

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, pictured, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Happy holidays, Mercedes! First Christmas at home since the liver transplant.",
        "¡Feliz Navidad, Soledad! Ya terminó su radioterapia y todo el equipo la festeja.",
    ],
)
def test_a_patient_wished_the_season_refuses(text):
    assert hits("PHI003", post(text))


def test_sorry_you_feel_that_way_with_an_adverb_is_no_apology():
    assert hits("NEG001", response("Sentimos de verdad que usted se sienta así. Llame a la oficina si gusta."))


@pytest.mark.parametrize("opening", ["Sentimos de veras lo ocurrido.", "Realmente sentimos su mala experiencia."])
def test_more_spanish_apologies_open_the_reply(opening):
    assert not hits("NEG001", response(f"{opening} Llame a la oficina para platicarlo."))


def test_a_clinician_on_the_readers_case_after_a_comma_still_refuses():
    text = "We are sorry. The surgeon on your case, Dr. Okafor, would like to talk with you, so expect our call."
    assert hits("PHI001", response(text), plans=with_staff("Dr. Okafor"))


def test_our_director_after_a_comma_is_offered():
    text = "We are sorry. Our medical director, Dr. Okafor, would like to talk with you; our front desk can set it up."
    assert not hits("PHI001", response(text), plans=with_staff("Dr. Okafor"))


@pytest.mark.parametrize(
    "text",
    [
        "Our Tuesday-morning dialysis regular just hit 10 years on dialysis, and cake is recommended!",
        "Our patient, recommended to us by her sister, is 28 weeks along and glowing.",
    ],
)
def test_a_milestone_said_beside_a_recommendation_still_refuses(text):
    assert hits("PHI013", post(text))


def test_we_recommend_a_test_at_a_week_is_advice():
    assert not hits("PHI013", post("We recommend glucose testing around 28 weeks of pregnancy; ask at your next visit."))


def test_an_id_written_as_short_ranges_is_still_a_number():
    assert hits("PHI007", post("Her member ID, per the card, is 04-17 33-82."))


def test_showing_the_review_for_a_basket_refuses():
    assert hits("FTC004", post("¿Ya escribió su reseña en Google? Enséñela al personal de recepción y llévense una canasta de regalo."))


@pytest.mark.parametrize(
    "text",
    [
        "Las clases de lactancia se llevan a cabo los martes; déjenos su reseña en Google si le gustaron.",
        "Los niños se llevan bien con nuestra higienista; ¡déjenos su reseña!",
    ],
)
def test_taking_place_and_getting_along_pay_for_nothing(text):
    assert not hits("FTC004", post(text))


@pytest.mark.parametrize("file", ["images/JPrice_rehab_wk3.jpg", "images/KMorrow_pool_therapy_wk8.jpg"])
def test_an_initial_and_a_surname_before_care_refuse(file):
    assert hits("PHI003", pictured(file))


@pytest.mark.parametrize("file", ["images/XRay_vs_MRI_explainer.png", "images/ECard_vaccine_reminder_template.png"])
def test_a_letter_word_before_care_is_no_initial(file):
    assert not hits("PHI003", pictured(file))
