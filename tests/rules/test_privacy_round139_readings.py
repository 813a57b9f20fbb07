"""Round 139: names that are also words of care, left by round 138, and what the sets of round 139 showed.

Clean texts read as leaks:
- a neighbour whose given name is a word of pain ("Dolores"), thanked in a post that names the flu its shots are for:
  the word of her name tied her to care (care_names.as_names: Ties.near reads her sentences with her name as a name);
- a public figure whose surname is also a finger's infection, telling her injury as she tells it in her book: her
  surname read as care of ours in the sentence that names her (people.named reads it as a name too: care_names.py).

First sight of final139 (two sets nobody here wrote; Idaho, New Mexico, Washington), after the two mends above.
Missed, and mended:
- a fundraiser's link for one man and his accident, his given name also a word ("/help-<earl>-<surname>-recover-after-
  ..."): a given name that is also a word, before a surname no word shares, is a name beside care or a cause's word;
- a chart number on a slip, written short ("'<initials> exp. <digits>'"): "exp." and "exped." are the expediente, a
  label of weak kind (a year, a date or an expiry's month after it is no number).
Clean texts read as leaks, mended:
- a plan in a list written with its cover after it ("Medicaid and <Brand> plans welcome");
- an apology's courtesy "whichever you prefer" (the reader offered a choice, no dealing);
- an athlete telling her injury to the students at our event ("talked to the students about ...", "les contó a los
  alumnos cómo ..."), a former one introduced by her school ("la exluchadora de <School> <Name>");
- a mayor named after his office with an article and a courtesy title ("al alcalde de <Town>, el Sr. <Name>,").
Left: "your visit" in a reply's apology (a confirmation, by rows).

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias, Doña Dolores, por el café y las galletas! Vacunas contra la gripe sin cita este sábado.",
        "Flu shots Saturday at the clinic! Thanks to Dolores for the folding tables and the lemonade.",
    ],
)
def test_a_name_that_is_a_word_of_pain_ties_no_one_to_care(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias, Doña Dolores, por el café! Ya no tiene dolores de rodilla después de la terapia con nosotros.",
        "Thanks to Dolores for the coffee! Her knee surgery with us went great.",
    ],
)
def test_the_same_name_beside_her_care_is_still_named(text):
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "We got to hear Olympic kayaker Brenna Whitlow at the library. She spoke about her knee tear, a story she tells in her memoir.",
        "We hosted Olympic kayaker Brenna Whitlow at the middle school on Monday. Brenna talked about the knee tear that nearly ended her racing, "
        "a story she tells in her memoir, and the kids asked great questions.",
    ],
)
def test_a_figure_whose_surname_is_a_word_of_care_tells_her_own_story(text):
    assert not errors("PHI003", post(text))


def test_the_same_figure_with_care_of_ours_is_still_named():
    text = "We got to hear Olympic kayaker Brenna Whitlow at the library. She spoke about her knee tear, a story she tells in her memoir. Our surgeons repaired that knee in 2021."
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "url",
    [
        "https://chipin.example/c/help-earl-halvorsen-recover-after-tractor-rollover",
        "https://chipin.example/c/help-hope-ashworth-after-her-surgery",
    ],
)
def test_a_fundraiser_for_one_person_whose_given_name_is_a_word(url):
    assert errors("PHI006", post(f"Our neighbours are raising money: {url}"))


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/2027/ray-charles-tribute-night",
        "https://events.example/hope-lutheran-church-harvest-supper",
        "https://news.example/june-halvorsen-wins-county-spelling-bee",
    ],
)
def test_a_word_given_name_with_no_care_and_no_cause_is_no_ones_page(url):
    assert not errors("PHI006", post(f"Read more: {url}"))


@pytest.mark.parametrize(
    "text",
    [
        "¿De quién es esta chamarra? Se quedó en el cuarto 3 el jueves. En la bolsa trae una nota que dice 'T.A. exp. 6120'.",
        "Found in the lobby: a lunchbox with a sticker that reads 'J.P. exped. 80315'.",
    ],
)
def test_a_chart_number_written_short_is_an_identifier(text):
    assert errors("PHI007", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Cupón de limpieza dental válido hasta exp. 04/2028.",
        "Our new nurse brings 12 years of exp. in pediatrics.",
        "Coupon exp. 2028, one per family.",
    ],
)
def test_an_expiry_or_experience_after_exp_is_no_number(text):
    assert not errors("PHI007", post(text))


def test_a_plan_in_a_list_with_its_cover_after_it():
    text = "Mobile dental van stops Tuesday at the grange hall. Cleanings and sealants for kids; Medicaid and Delta plans accepted."
    assert not errors("PHI003", post(text))
    assert errors("PHI003", post("We take Aetna and Delta. Delta plans to come back Friday for her crown."))


def test_whichever_the_reader_prefers_is_a_courtesy():
    text = "We are sorry to read this. Please ask for Marisa Lund, our nurse manager, at 555-0100, English or Spanish, whichever you prefer."
    assert not errors("PHI001", response(text, scenario="negative-review"), plans=with_staff("Marisa Lund"))


@pytest.mark.parametrize(
    "text",
    [
        "Great morning at the middle school! Olympic biathlete Kaia Stromme talked to 200 kids about the back injury that cost her a season. Our staff handed out water bottles.",
        "La exluchadora de Salmon River High Yesenia Duarte cortó el listón con nosotros. Les contó a los alumnos cómo se lesionó el hombro y volvió a competir.",
        "Gracias al alcalde de Riverton, el Sr. Anselmo Baca, por venir a inaugurar el cuarto de vacunas que estrenamos.",
    ],
)
def test_a_public_figure_at_our_event_telling_their_own_story(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Olympic biathlete Kaia Stromme talked to our nurses about the back surgery she had with us.",
        "La exluchadora de Salmon River High Yesenia Duarte les contó a los alumnos cómo le operamos el hombro aquí.",
        "Gracias al alcalde de Riverton, el Sr. Anselmo Baca, por vacunarse con nosotros hoy.",
    ],
)
def test_the_same_figures_with_care_of_ours_are_still_named(text):
    assert errors("PHI003", post(text))


def test_an_eponyms_possessive_after_a_name_is_still_care():
    text = "Congrats to Walt Parkinson on finishing the river run! Walt told the crowd Parkinson's has not slowed him, and our neurology team is proud."
    assert errors("PHI003", post(text))
