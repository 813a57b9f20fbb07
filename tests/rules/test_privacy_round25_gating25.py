"""Round 25 (gating25): FTC004 reads review gating by a survey score asked first, and by how the visit felt.

A score funnel: the scale asked, then each answer routed ("si respondió 4 o 5, reseña; 1, 2 o 3, le llamamos"),
in any tense, with numbers as digits or words. A feeling funnel: well looked after -> the review site, anything
wrong -> a private message ("al privado, no en Google"). Both branches sent to the same site stay clean.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.bilingual import fold
from playbook.rules.honesty import review_gating, review_reading

from tests.rules.harness import hits, post
from tests.rules.test_honesty import _steps

FUZZ = settings(max_examples=40, deadline=None)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("if you replied four or five", "if you replied 4    or 5   "),
        ("si contestaste uno, dos o tres", "si contestaste 1  , 2   o 3   "),
        ("reply with five", "reply with 5   "),
        ("one of our nurses", "one of our nurses"),  # a lone word is no score
        ("someone will call", "someone will call"),
    ],
)
def test_number_words_read_as_digits_only_as_scores(text, digits):
    assert review_reading._digits(fold(text)) == digits


def test_the_scale_itself_is_no_low_branch():
    high, low = review_reading._routed_scores(fold("Conteste del 1 al 5, por favor. Si marcó 4 o 5, reseña aquí."))
    assert low == [] and len(high) == 1


@pytest.mark.parametrize(
    "text",
    [
        "How was today, 1 to 5? If you picked 4 or 5, the review link is below. If you picked 1, 2 or 3, our director rings you.",
        "On a one-to-five scale, how did we do? If you gave us four or five, please review us on Google. If you gave us one, two or three, Omar will call you personally.",
        "Del 1 al 5, ¿qué tal le fue? Si usted respondió 4 o 5, aquí está el enlace para su reseña. Si usted respondió 1, 2 o 3, la gerente le llamará.",
        "Del uno al cinco, ¿cómo te fue? Si nos diste cuatro o cinco, deja tu reseña en Google; si nos diste uno o dos, te marcamos.",
        "Si se sintió bien atendida, comparta su reseña en Yelp. Si algo no le agradó, envíenos un mensaje al privado y no en Yelp.",
        "Si te fue bien con nosotros, déjanos tus estrellitas en Facebook. Si no, escríbenos por DM.",
        "If you felt well cared for, leave a Google review. If anything felt off, message us privately, not on Google.",
    ],
)
def test_score_and_feeling_funnels_trigger(text):
    assert hits("FTC004", post(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "¿Le gustó su limpieza? Déjenos su reseña. ¿Algo que mejorar? Díganos también en Google.",
        "Enjoyed your visit? Post a review. Something we could improve? Tell us on Yelp as well.",
        "Si tiene una queja, llámenos y con gusto le atendemos.",
        "Rate us 1-5 in our survey so we can improve our waiting room.",
        "Responda del 1 al 5 la encuesta; el equipo lee cada respuesta.",
        "One of our hygienists will call you to confirm Tuesday.",
    ],
)
def test_inclusive_or_unrouted_texts_pass(text):
    assert not hits("FTC004", post(text)), text


def test_a_low_branch_told_not_to_post_stays_gating():
    """'Tell us, not on Google' is the private route, however near the site's name."""
    assert hits("FTC004", post("Si algo salió mal, escríbenos al privado, no en Google."))


HIGH = ["4 o 5", "cuatro o cinco", "4 or 5", "four or five", "5 o 4"]
LOW = ["1, 2 o 3", "uno, dos o tres", "1 to 3", "one, two or three", "1 al 3"]
VERBS = [("If you answered", "If you answered"), ("Si respondió", "Si respondió"), ("Si contestaste", "Si contestaste"), ("If you picked", "If you picked")]
CALLERS = ["Nadia Ferrer le llamará", "our manager will call you", "te marcamos", "Tomás Urbina calls you personally"]


@FUZZ
@given(st.sampled_from(HIGH), st.sampled_from(LOW), st.sampled_from(VERBS), st.sampled_from(CALLERS), st.sampled_from(["Google", "Yelp", "Facebook"]))
def test_score_funnel_grid(high, low, verb, caller, site):
    text = f"Reply 1 to 5: how did we do? {verb[0]} {high}, leave a review on {site}. {verb[1]} {low}, {caller}."
    assert hits("FTC004", post(text)), text


@FUZZ
@given(
    st.sampled_from(["Si te has sentido bien atendido", "Si se sintió bien atendida", "If you felt well cared for", "Si te fue bien"]),
    st.sampled_from(["al privado", "por DM", "por inbox", "mándanos un mensaje", "send us a DM"]),
    st.sampled_from(["Google", "Facebook", "Yelp"]),
)
def test_feeling_funnel_grid(happy, route, site):
    text = f"{happy}, déjanos tu reseña en {site}. Si algo no te gustó, escríbenos {route}, no en {site}."
    assert hits("FTC004", post(text)), text


def test_number_words_are_linear():
    unit = "if you replied four or five, uno, dos o tres, someone one of us, reply with five. "
    small = _steps(review_reading, lambda: review_reading._digits(unit * 30))
    large = _steps(review_reading, lambda: review_reading._digits(unit * 60))
    assert large < 2.3 * small


def test_funnel_reading_is_linear():
    unit = "Si marcó 4 o 5, reseña en Google. Si marcó 1, 2 o 3, le llamará. ¿Algo que mejorar? Díganos también en Google. Si te fue bien, reseña; si algo no, al privado, no en Google. "
    small = _steps(review_gating, lambda: hits("FTC004", post(unit * 15)))
    large = _steps(review_gating, lambda: hits("FTC004", post(unit * 30)))
    assert large < 2.3 * small
