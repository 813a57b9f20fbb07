"""Rounds 95-96: what sets of Tennessee, Carolina, Florida, Alabama, Mississippi, Arizona, Kansas and Oklahoma posts showed.

- A new mother congratulated by her initials after "mom" ("mom <K.L.B.>"), the year's first delivery told in the
  sentence before: initials after a patient's or a relative's word were no one (kin_initials.py), and the initials'
  own period ended the sentence even before a word in small letters (text.sentence_bounds).
- A member's daughter who "won state in shot put" in a staff post: "shot" read as a vaccine (everyday_senses).
- A state's Medicaid plan listed short ("los planes de <Plan> y Molina"), its first word a given name.
- "Sin tener que ir a <Town>": after a verb of going, Spanish "a" is the way there, not the personal "a".
- A staff list in a photo's alt text, "tech <Given> <Surname>, <Given>, ...", read as a surname and a given name filed
  as a record files them.
- A mayor who shared how caring for her own father shaped her work: the telling's topic was read as care.

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.bilingual import fold
from playbook.rules.privacy.care import care_in
from playbook.text import sentence_bounds

from tests.rules.harness import errors, hits, photo, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Welcome to the world, little one! Mom T.R.W. delivered here Saturday morning.",
        "Nuestro paciente J.A. terminó sus quimios hoy. ¡Qué orgullo!",
        "Big day in the birthing suite: congratulations to dad B.K. and mom S.K. on their twins!",
        "Welcome baby girl! Mom A.R. did amazing in labor.",
    ],
)
def test_initials_after_a_patients_or_a_relatives_word_are_someone(text):
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Our nurse K.T. starts Monday on the night shift.",
        "Dear mom, P.S. we saved you a seat at the prenatal class.",
        "Grandpa, U.S. veterans can get a flu shot at the VA.",
    ],
)
def test_initials_with_no_patients_word_before_them_name_no_one(text):
    assert not errors("PHI003", post(text))


def test_an_initials_period_before_a_small_letter_ends_no_sentence():
    text = "Mom A.R. did great. We moved to the U.S. Then we grew."
    bounds = sentence_bounds(text)
    assert [text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()] == ["Mom A.R. did great.", "We moved to the U.S.", "Then we grew."]


@pytest.mark.parametrize("text", ["a three-sport kid with a mean jump shot", "won the county title in shot put", "we gave it a shot", "a group shot of the crew"])
def test_a_shot_of_a_sport_a_camera_or_a_try_is_no_care(text):
    assert not care_in(text)


@pytest.mark.parametrize("text", ["got her flu shot at the fair", "his shots are up to date", "two shots of the vaccine"])
def test_a_shot_in_the_arm_stays_care(text):
    assert care_in(text)


def test_a_members_child_who_won_at_shot_put_is_her_family():
    text = "Five years with us! Rolanda, our billing lead, spends weekends at track meets, where her son Tavion just took second in shot put."
    assert not errors("PHI003", post(text), plans=with_staff("Rolanda Pike"))


def test_a_members_child_with_a_shot_of_ours_is_a_patient():
    text = "Five years with us! Rolanda, our billing lead, brought her son Tavion in for his flu shot today."
    assert errors("PHI003", post(text), plans=with_staff("Rolanda Pike"))


def test_a_medicaid_plan_listed_short_by_its_first_word_is_no_one():
    assert not hits("PHI003", post("Ya aceptamos Medicaid de Mississippi y los planes de Magnolia y Molina. Llame para su cita."))


def test_the_same_word_with_her_care_is_a_name():
    assert errors("PHI003", post("Magnolia came in Tuesday for her prenatal checkup and is doing great."))


@pytest.mark.parametrize(
    "text",
    [
        "Ahora hacemos resonancias aquí, sin tener que manejar hasta Tyler ni ir a Florence.",
        "Ya no tiene que viajar a Savannah para su mamografía: la hacemos aquí.",
    ],
)
def test_a_town_after_a_spanish_verb_of_going_is_a_place(text):
    assert not hits("PHI003", post(text))


def test_the_personal_a_before_a_name_with_her_care_still_names_her():
    assert errors("PHI003", post("Acompañamos a Savannah a su cita de vacunas esta mañana."))


def test_a_full_name_then_the_next_of_a_list_of_names_is_no_record():
    alt = "The imaging crew on the porch in matching scrubs: x-ray tech Dario Mendez, Yesenia, Kali and Brody with his dog."
    assert not hits("PHI003", photo(alt), plans=with_staff("Dario Mendez", "Yesenia Soto", "Kali Grant", "Brody Ray"))


def test_a_label_that_files_a_surname_and_a_given_name_still_names_someone():
    assert errors("PHI003", post("The chart label read Ruiz, Lupita 3/4/1990 and sat on the counter all morning."))


def test_a_figures_told_care_of_her_own_parent_is_her_story():
    text = "Thank you, Senator Alma Pruitt, for opening our new memory room! She shared how caring for her own mother through Parkinson's shaped her work."
    assert not errors("PHI003", post(text))


def test_a_figures_parent_treated_here_still_refuses():
    text = "Thank you, Senator Alma Pruitt, for opening our new memory room! She shared how her mother's Parkinson's is treated at our clinic."
    assert errors("PHI003", post(text))


# Round 96 (held back, read after the readings above): a saddle maker known by his work beside the feed store, his fall
# and his walk told in the next sentence; a member's surname that is a clinical word; an address line after the plans
# a practice takes; a reply signed by "everybody at" the practice.


@pytest.mark.parametrize(
    "text",
    [
        "Our nurse stopped by the man who repairs boots next to the hardware store on Depot Street. Since his fall he can barely walk.",
        "Visitamos al señor que repara bicicletas junto a la ferretería de la calle Ocho. Desde su caída ya casi no camina.",
    ],
)
def test_one_known_by_his_work_beside_a_shop_with_a_fall_is_singled_out(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "The man who repairs boots next to the hardware store gave a fine talk on leather at our fair.",
        "Since the fall we have added Saturday hours next to the hardware store.",
    ],
)
def test_a_craftsman_with_no_mishap_or_the_season_is_no_one(text):
    assert not hits("PHI011", post(text))


@pytest.mark.parametrize("text", ["since her fall last winter", "tuvo una caída en el hielo", "se cayó en la cocina", "ya no puede caminar sola"])
def test_a_fall_of_someones_or_a_walk_lost_is_care(text):
    assert care_in(fold(text))


@pytest.mark.parametrize("text", ["this fall we open a second clinic", "se cayó el sistema por la tormenta", "la caída de la bolsa", "you can't walk in without a mask"])
def test_the_season_a_system_down_or_a_walk_in_is_no_care(text):
    assert not care_in(fold(text))


def test_a_members_surname_that_is_a_clinical_word_is_her_name():
    text = "Sentimos mucho leer esto. Comuníquese con Lorna Bunion, nuestra gerente, al {{ contact.phone }}."
    assert not hits("PHI002", response(text), plans=with_staff("Lorna Bunion"))


def test_the_same_word_said_of_the_reader_still_refuses():
    text = "Sorry the bunion still hurts. Please call Lorna Bunion at {{ contact.phone }}."
    assert hits("PHI002", response(text), plans=with_staff("Lorna Bunion"))


def test_an_address_after_the_hours_and_the_plans_taken_is_the_practices():
    text = "Back-to-school hours: we're open 8 to 6 all week for sports physicals. We bill most plans and Medicare. 410 Cedar St, beside the library. Questions? Call us."
    assert not hits("PHI009", post(text)) and not hits("PHI007", post(text))


def test_an_address_after_someone_named_by_title_stays_theirs():
    assert hits("PHI009", post("Walk-ins welcome all week! Mrs. Tolliver moved last spring. 410 Cedar St."))


@pytest.mark.parametrize("closing", ["— everybody at Pine Bluff Lung & Sleep", "— The team at Ozark Pulmonary", "— Todos en Clínica Ozark"])
def test_a_reply_signed_by_all_at_the_practice_names_no_one(closing):
    assert not hits("PHI003", response(f"We loved reading this note about our therapists! {closing}"))
