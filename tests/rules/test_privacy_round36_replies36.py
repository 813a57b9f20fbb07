"""Round 36 (replies36): a review asked only of those who give the top score of a 0-10 survey.

FTC004: "9 or 10", "9-10", "10" or "diez" inside the score's own condition ("if you'd score us a 9 or 10", "those who
answer 9-10", "si nos califica con 9 o 10", "si contestó 10") is a happy condition like "if you loved it", so a review
request after it gates reviews even when no low branch is written. A question whether the reader gave the top stars
("Gave us five stars on the survey?") is such a condition too. A clock ("9 to 10 am"), an age ("entre 9 y 10 años") or a
thanked score stays clean. Every sentence here is made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.honesty import review_gating

from tests.rules.harness import hits, post, response
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)

# Five made-up sentences of the shape, sharing no content words with the cases that prompted them.
TOP_SCORE_ASKS = [
    "Text back a number from zero to ten. Those who answer 9 or 10 will get our Yelp link.",
    "If you'd score your checkup a 9 or 10, we'd be grateful for a Google review!",
    "Si nos califica con 9 o 10, nos encantaría que lo compartiera en Google.",
    "¿Del 0 al 10 qué tal lo atendimos? Si contestó 10, aquí está la liga para su reseña en Facebook.",
    "Gave us five stars on the survey? Then please put that on Google for us.",
]
CLEAN = [
    "Flu clinic runs 9 to 10 am Saturday. Leave us a review if you like!",
    "Thanks for the 10/10, {{ reviewer }}! We read every review, good or bad.",
    "Si tiene entre 9 y 10 años, su vacuna de VPH ya le toca. Califique nuestro evento en Google si gusta.",
    "Whatever number you'd give us, from 0 to 10, we'd love a Google review.",
]


@pytest.mark.parametrize("text", TOP_SCORE_ASKS)
def test_a_review_asked_of_top_scorers_triggers(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize("text", CLEAN)
def test_clocks_ages_and_thanks_pass(text):
    assert hits("FTC004", response(text) if "reviewer" in text else post(text)) == []


@FUZZ
@given(
    st.sampled_from(["If you'd rate us {s}", "Those who score the visit {s}", "Si nos puntúa con {s}", "Quienes respondan {s}"]),
    st.sampled_from(["9 or 10", "9-10", "a 10", "9 o 10", "nueve o diez"]),
    st.sampled_from(["a Yelp review would make our day.", "a Google review helps a lot.", "déjenos una reseña en Facebook."]),
)
def test_any_top_score_condition_then_a_review_triggers(frame, score, ask):
    assert hits("FTC004", post(frame.format(s=score) + ", " + ask))


@FUZZ
@given(st.sampled_from(["9 to 10 am", "9 y 10 años", "9 or 10 minutes"]), st.sampled_from(["Leave us a review!", "Déjenos una reseña en Google."]))
def test_a_clock_or_age_is_no_score(span, ask):
    assert hits("FTC004", post(f"Our walk-in hours are {span} on weekdays. {ask}")) == []


def test_top_of_ten_reading_is_linear():
    unit = "Open 9 to 10 am. If you'd rate us a 9 or 10, a review on Yelp helps. Gave us five stars? Put that on Google. "
    small = steps(review_gating, lambda: hits("FTC004", post(unit * 15)))
    large = steps(review_gating, lambda: hits("FTC004", post(unit * 30)))
    assert large < 2.3 * small, (small, large)
