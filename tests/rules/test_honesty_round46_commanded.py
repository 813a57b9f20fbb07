"""Round 46, FTC004: the top of a survey's scale after a scoring command ("Tap 5 and ...", "Elija 5 y ..."): the
"and" of a command is an "if", so a top mark routed to the review site with a lower one sent elsewhere is gating.
A count after the command ("pick 5 stickers and ..."), a whole scale and a request sent to everyone still pass.
Everything here is invented.
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
        "After your cleaning we'll text you a quick poll. Tap 5 and you'll land right on our Yelp page; tap anything lower and it goes to our office manager instead.",
        "Score the visit in our follow-up text: choose a 10 and the link to our Google reviews pops up, choose 0-8 and the director calls you.",
        "Encuesta rápida al salir: elija 5 y le mandamos nuestra página de Google; elija de 1 a 4 y le llama la gerente.",
        "Just pick 4 or 5 & we'll open our Healthgrades profile for you. Lower scores go to a private form.",
    ],
)
def test_a_top_mark_after_a_command_routed_to_reviews_refuses(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kids, pick 5 stickers and bring the chart back to the front desk!",
        "Rate us 1 to 5 in the text we send; every answer opens our Google page, whatever the score.",
        "Choose 10 minutes a day and walk: your heart will thank you.",
        "Marque 5 casillas y entregue la hoja en recepción.",
    ],
)
def test_a_count_a_whole_scale_or_no_branch_passes(text):
    assert hits("FTC004", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["Tap", "Pick", "Choose", "Select"]),
    st.sampled_from(["5", "4 or 5", "a 10", "9 or 10"]),
    st.sampled_from(["our Google page", "our Yelp reviews", "our Facebook review page"]),
)
def test_a_grid_of_commanded_top_marks_refuses(verb, mark, site):
    assert hits("FTC004", post(f"{verb} {mark} and we'll send you to {site}; anything lower goes to our manager."))


def test_the_reading_stays_linear():
    from playbook.rules.honesty import top_marks as module
    from playbook.text import sentence_bounds, sentence_of

    from tests.rules.work import steps

    def run(text):
        bounds = list(sentence_bounds(text))
        return module.top_marks(text, lambda offset: sentence_of(bounds, offset))

    unit = "Tap 5 and see our page; pick 4 or 5, y elija 10 & more. "
    small = steps(module, lambda: run(unit * 20), package=False)
    large = steps(module, lambda: run(unit * 40), package=False)
    assert large < 2.3 * small
