"""FTC004 for funnels written as conditions, gifts for changed stars and cards kept for smiling patients, fuzzed.

The example tables live in test_honesty.py; here hypothesis writes a text survey's two branches as plain
conditions ("if you answer 4 or 5 ...; if you answer 1 to 3 ..."), a gift after a rating changed, and a
staff note that hands the review card only to some, and checks the same link for every score passes.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits, post
from tests.rules.test_honesty import _steps

FUZZ = settings(max_examples=50, deadline=None)
_HIGH_EN = st.sampled_from(["If you answer 4 or 5,", "If it's a 4 or 5,", "When you reply 5,", "If you give us 4-5,"])
_LOW_EN = st.sampled_from(["if you answer 1 to 3,", "if it's a 1, 2 or 3,", "if you reply 1-3,"])
_HIGH_ES = st.sampled_from(["Si es 4 o 5,", "Si nos da 4 o 5", "Si contesta 5,", "Si responde del 4 al 5,"])
_LOW_ES = st.sampled_from(["si es del 1 al 3,", "si contesta 1, 2 o 3,", "si nos da de 1 a 3"])
_PUBLIC_EN = st.sampled_from(["we text you our Google link", "here is our Yelp page", "we send the review link"])
_PUBLIC_ES = st.sampled_from(["le mandamos la liga de Google", "le llega el enlace de Yelp", "le enviamos el link para reseñar"])
_PRIVATE_EN = st.sampled_from(["the office manager calls you.", "reply here and we'll make it right.", "email us instead."])
_PRIVATE_ES = st.sampled_from(["le llamamos.", "escríbanos y lo resolvemos.", "responda aquí y la gerente le habla."])


@FUZZ
@given(high=_HIGH_EN, public=_PUBLIC_EN, low=_LOW_EN, private=_PRIVATE_EN)
def test_fuzz_a_score_funnel_written_as_conditions_is_gating(high, public, low, private):
    text = f"How was your visit? Rate us from 1 to 5. {high} {public}; {low} {private}"
    assert hits("FTC004", post(text)), text


@FUZZ
@given(high=_HIGH_ES, public=_PUBLIC_ES, low=_LOW_ES, private=_PRIVATE_ES)
def test_fuzz_a_spanish_score_funnel_written_as_conditions_is_gating(high, public, low, private):
    text = f"¿Cómo le fue? Califíquenos del 1 al 5. {high} {public}. Y {low} {private}"
    assert hits("FTC004", post(text)), text


@FUZZ
@given(
    scale=st.sampled_from(["Rate us from 1 to 5.", "Califíquenos del 1 al 10."]),
    same=st.sampled_from(["Whatever you answer, we send everyone the same Google link.", "Sea cual sea su respuesta, a todos les mandamos la misma liga de Google."]),
)
def test_fuzz_the_same_link_for_every_score_passes(scale, same):
    assert hits("FTC004", post(f"{scale} {same}")) == []


@FUZZ
@given(
    changed=st.sampled_from(["¿Ya le cambió las estrellas a su reseña?", "¿Le subió la estrellita a su reseña?", "Updated your review to 5 stars?", "Changed your rating?"]),
    gift=st.sampled_from(["Pase por su regalo.", "Su taza de regalo le espera en recepción.", "Grab your gift at the desk.", "Your free tote is waiting."]),
)
def test_fuzz_a_gift_for_a_changed_rating_is_an_incentive(changed, gift):
    text = f"{changed} {gift}"
    assert hits("FTC004", post(text)), text


@FUZZ
@given(
    note=st.sampled_from(
        [
            "Give the review card only to patients who leave smiling.",
            "Las tarjetas de reseñas solo se entregan a quienes salen sonriendo.",
            "If someone seems upset, don't hand them the review card.",
            "Si alguien se ve molesto, no le den la tarjeta de reseñas.",
            "Si un paciente se quejó, no le entreguen la tarjeta para reseñar en Google.",
        ]
    ),
)
def test_fuzz_cards_kept_for_smiling_patients_are_gating(note):
    assert hits("FTC004", post(f"Equipo / team: {note}")), note


def test_a_smile_that_is_no_condition_passes():
    for text in ("Every kid leaves smiling from our clinic! Leave us a review on Google.", "Pidan reseña en Google a todos los pacientes, salgan contentos o no."):
        assert hits("FTC004", post(text)) == [], text


def test_conditional_scores_grow_linearly():
    """Conditions are bounded word runs: doubling a text of near-misses at most doubles the work."""
    from playbook.rules.honesty import review_reading

    unit = "Rate us 1 to 5. If it's 15 minutes late, si es del 20 al 30, when you reply 4 or, si nos da 1 a 1 a 1 a. "
    small = _steps(review_reading, lambda: hits("FTC004", post(unit * 30)))
    large = _steps(review_reading, lambda: hits("FTC004", post(unit * 60)))
    assert large < 2.3 * small
