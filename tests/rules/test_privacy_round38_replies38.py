"""Round 38, replies that tell the reader's care or visit without listed words (PHI001): the outcome of the reader's
care (outcomes.py: something working for the reader, no longer troubling them, clearing up) and the reader's kin at a
visit (kin_conduct.py: how they behaved on a day, the next time we see them). What passes, what stays an error, and
that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import kin_conduct, outcomes

from tests.rules.harness import hits
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "So glad the new night splint is really helping you, Corinne!",
        "Qué bueno que la pomada ya te está funcionando.",
        "Relieved to hear those headaches don't wake you up anymore.",
        "Teodoro behaved like a champion on Thursday; we'll see him again in October.",
        "Su hijo estuvo muy valiente el jueves, {{ reviewer }}.",
        "Nice that the wrist brace did the trick for you.",
        "Nos alegra que ya no le molesta la espalda.",
    ],
)
def test_reader_outcomes_and_kin_visits_are_flagged(text):
    assert hits("PHI001", text)


@pytest.mark.parametrize(
    "text",
    [
        "We are always working for you!",
        "Let us know if the new app is working for you.",
        "Esperamos que la información le ayude.",
        "Our team was amazing on Saturday at the block party.",
        "Hope to see them again at next year's festival.",
        "Si el portal no le funciona, llámenos al {{ contact.phone }}.",
    ],
)
def test_wishes_and_our_own_news_pass(text):
    assert hits("PHI001", text) == []


@FUZZ
@given(
    st.sampled_from(["the {c} is finally working for you", "the {c} has been helping you", "que {c} ya le está funcionando", "the {c} cleared things up"]),
    st.sampled_from(["eye drops", "inhaler", "crema", "physical therapy", "nuevo parche"]),
)
def test_any_care_word_working_for_the_reader_is_flagged(frame, care):
    assert hits("PHI001", "Thanks, {{ reviewer }}! Glad " + frame.format(c=care) + ".")


@FUZZ
@given(st.sampled_from(["Ximena", "Bartolo", "Su nieta", "Your son", "She"]), st.sampled_from(["on Monday", "el viernes", "yesterday", "this morning"]))
def test_kin_conduct_on_a_day_is_flagged(who, day):
    assert hits("PHI001", f"{who} was a little hero {day}!")


def _doubles(module, read, unit: str) -> None:
    small = steps(module, lambda: list(read(unit * 15)), package=False)
    large = steps(module, lambda: list(read(unit * 30)), package=False)
    assert large < 2.3 * small


def test_outcomes_stay_linear():
    _doubles(outcomes, outcomes.outcomes, "If the cream is working for you, tell us. Hope it is not bugging you anymore. Le funcionó? ")


def test_kin_conduct_stays_linear():
    _doubles(kin_conduct, kin_conduct.conduct, "Marta was a star. Our team was great on Monday. See her again soon, he did well. ")
