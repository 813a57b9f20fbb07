"""Round 121: what sets of Iowa, Missouri, Kansas, Wyoming, Montana, Texas, Georgia, Florida and Oregon posts showed.

- A patient or a relative word, then a given name no list holds and a surname a town shares ("paciente <Given> Garcia"):
  a person, not a body named for its city as "Enlace <City>" is.
- A hyperbaric chamber's sessions ("chamber dives") are care.
- One known by looks who runs a programme ("the redhead who runs the <sport> program"), with their care.
Clean texts read as leaks: a county's health office tagged by its state's letters and the county joined with "_"
("@<State>DOH_<County>", the county a given name too); a newcomer born in a town who starts on a date ("nacida en
<Town>, atiende a partir del <date>").
From final122 (held back): a reply that counts the reader's sessions in the formal "sus" ("terminó sus 30 sesiones"); a
Spanish question of a top score with its subject first ("¿Su visita fue de cinco estrellas?") and a request to leave
it on the site ("déjala en Google"); a champion who told her relative's illness in her own book, the description
read as part of that story (public_story.retold_description: a story whose outlet is named within two sentences).

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media

from tests.rules.harness import errors, hits, post, praise, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Mi sobrino Yordanis Salinas ya salió del hospital después de la cirugía.",
        "Our patient Yordanis Medina rang the bell after his last round of radiation.",
    ],
)
def test_a_patient_or_relative_named_with_a_surname_a_town_shares_is_named(text):
    assert any("Yordanis" in hit.message for hit in errors("PHI003", post(text)))


def test_a_file_named_for_a_patient_with_a_surname_a_town_shares_names_them():
    item = post("A good week in the wound clinic.", media=(Media(file="paciente-yordanis-medina_curacion-semana3.jpg", alt="A healed shin"),))
    assert errors("PHI003", item)


@pytest.mark.parametrize("text", ["Thanks to Enlace Chicago for the translated flyers!", "Thanks to Safe Kids Houston for the car seat checks at our fair."])
def test_a_body_named_for_its_city_still_names_no_one(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize("text", ["Dana Whitfield finished her twentieth chamber dive this week!", "Dana Whitfield wrapped up her hyperbaric sessions today."])
def test_a_chambers_sessions_are_care_beside_a_full_name(text):
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Reposting @TXDSHS_Tyler: a measles case was confirmed at the regional airport. Check your shot records.",
        "Del aviso de @FLDOH_Marion: hay dengue en dos barrios del condado, así que use repelente.",
    ],
)
def test_a_county_office_joined_to_its_states_letters_is_no_one(text):
    assert not errors("PHI003", post(text))


def test_a_persons_handle_with_an_underscore_is_still_a_handle():
    assert errors("PHI003", post("Tag @lena_Marsh in your photos! She finished chemo on Friday."))


@pytest.mark.parametrize(
    "text",
    [
        "Welcome, Dr. Noor Haddad! Born in Amman, she joins our family medicine team starting October 4.",
        "¡Bienvenida, Dra. Noor Haddad! Médica nacida en Amán, Jordania, atiende en la clínica a partir del 4 de octubre.",
    ],
)
def test_a_newcomers_birthplace_does_not_tie_her_start_date(text):
    assert not errors("PHI008", post(text), plans=with_staff("Noor Haddad"))


def test_a_baby_born_in_a_town_on_a_date_is_still_tied():
    assert errors("PHI008", post("Nuestra bebé Abril, nacida en Cusco el 4 de octubre, ya pesa cinco kilos."))


def test_one_known_by_looks_who_runs_a_programme_with_their_care_is_singled_out():
    assert hits("PHI011", post("The tall blonde who runs the junior ski jumping program finished her skin cancer treatment with our team this fall."))


def test_one_who_runs_a_programme_with_no_care_of_theirs_is_no_one():
    assert not hits("PHI011", post("The woman who runs the youth wrestling program spoke at our diabetes breakfast."))


@pytest.mark.parametrize("text", ["¡Qué gusto! Todo el equipo aplaudió el día que completó sus 25 sesiones.", "We all cheered the day you wrapped up your 12 sessions."])
def test_a_reply_counting_the_readers_sessions_confirms_them(text):
    assert errors("PHI001", praise(text))


def test_a_reply_thanking_for_counted_stars_confirms_nothing():
    assert not errors("PHI001", praise("¡Gracias por sus 5 estrellas y sus palabras tan lindas!"))


@pytest.mark.parametrize(
    "text",
    [
        "¿Su consulta fue de cinco estrellas? Súbala a Google, por favor.",
        "¿Tu visita estuvo de 5 estrellas? ¡Déjala en Facebook!",
    ],
)
def test_a_spanish_top_score_question_with_its_subject_first_asks_only_the_happy(text):
    assert errors("FTC004", post(text))


def test_the_whole_scale_asked_in_spanish_asks_everyone():
    assert not errors("FTC004", post("Del 1 al 5, ¿qué nota le pone a la consulta? Déjela en Google, sea cual sea."))


def test_a_champion_retelling_a_relatives_illness_from_her_own_book_is_no_patient():
    text = (
        '¡Qué orgullo! La campeona de boxeo Marisela "La Centella" Ochoa, criada aquí en Minot, caminó con nosotros en la Caminata por el Corazón. '
        "She talked about her dad's fight con la diabetes, como ya lo escribió en su libro."
    )
    assert not hits("PHI011", post(text))


def test_a_champion_with_care_of_ours_beside_a_retold_story_is_still_singled_out():
    text = "The rodeo champion of Harney County finished his knee rehab with our team in May. He spoke about his father's stroke, as he did in his podcast."
    assert hits("PHI011", post(text))


def test_a_chambers_sessions_explained_to_all_name_no_one():
    assert not errors("PHI003", post("How does a chamber dive help a slow wound heal? Our hyperbaric nurses explain it in this video."))
