"""Round 45, FTC004: the practice's own review page named as "our Google link/page" ("el enlace de Google") is a review
site, a happy state said as feeling good about it is a happy condition, and a text survey's question with its scale
("How did we do, 1-5?") makes the numbers after it scores. So a link sent only to those who feel good, and a "reply 5"
branch to the review page with "reply 1-4" to a manager, are gating. Everything here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits, post

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Heads up, team: we only text our Google page to clients who feel good about their results.",
        "Solo compartimos el enlace de Google con las familias que se sienten bien con el tratamiento.",
        "Quick poll after your cleaning: how did we do, 1-10? Answer 9 or 10 and we'll send our Google listing. Answer 1-8 and our manager will phone you.",
        "¿Cómo nos fue? Del 1 al 5: responda 5 y le mandamos el link de Google; responda 1-4 y le llama la gerente.",
    ],
)
def test_gating_by_feeling_or_by_a_text_score_refuses(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Our hours and directions are on our Google page. Happy holidays from all of us!",
        "Every patient gets our Google link in the after-visit text, whatever their visit was like. Good or bad, tell us.",
        "How did we do, 1-5? Every answer goes to our manager, and anyone may review us on our Google page.",
        "We hope you feel good about your new smile! Questions? Call us anytime.",
    ],
)
def test_asking_everyone_or_no_ask_passes(text):
    assert hits("FTC004", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["Google link", "Google page", "Google listing", "Google profile"]),
    st.sampled_from(["feel good about it", "are happy with us", "feel great about their care"]),
)
def test_a_grid_of_pages_sent_only_to_the_happy_refuses(page, state):
    assert hits("FTC004", post(f"We only send our {page} to patients who {state}."))
