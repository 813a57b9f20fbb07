"""Round 95: what a set of Tennessee, Carolina, Florida, Alabama, Mississippi, Arizona, Kansas and Oklahoma posts showed.

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
from playbook.rules.privacy.care import care_in
from playbook.text import sentence_bounds

from tests.rules.harness import errors, hits, photo, post, with_staff


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
