"""Round 39, replies that tell the reader's own dealings with us (PHI001): a request of theirs we carried out, a stop at
our desk, our staff knowing them since a time (reader_dealings.py), and whatever healed "bien" in a Spanglish reply;
what passes: a clinician's own doing with the review, a review that means a lot to our staff. Cosmetic care words are
care in replies and posts. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import reader_dealings, stance

from tests.rules.harness import hits
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "We shifted your Wednesday slot to the afternoon as you asked.",
        "Ya la pasamos al grupo de los sábados, tal como lo solicitó.",
        "Thanks for swinging by the reception desk with those muffins!",
        "Gracias por pasar por la ventanilla a saludarnos.",
        "The aides who've known you since your first week all say hi.",
        "Te conocemos desde hace años y siempre nos alegras el día.",
        "Qué bueno que the blister healed bien after the visit!",
        "We checked in at 8:15 together and you were seen right away.",
    ],
)
def test_the_readers_own_dealings_are_flagged(text):
    assert hits("PHI001", text)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you, this will mean more to our hygienists than you can imagine.",
        "Kind words like yours mean the world to the whole front desk.",
        "If you ask at reception, anyone there can print the calendar.",
        "Como usted prefiera: puede escribirnos o llamarnos.",
        "We have known this neighborhood since 1994 and love it.",
        "Words like these are why we show up at 5:30 each morning.",
    ],
)
def test_courtesies_pass(text):
    assert hits("PHI001", text) == []


def test_a_clinician_doing_something_with_the_review_passes_unless_care_is_told():
    assert hits("PHI001", "A pun AND five stars? Dr. Quillon is pinning this one above the sink.") == []
    assert hits("PHI001", "Dr. Quillon is pinning this one up, and glad your wrist mended!")


@pytest.mark.parametrize("text", ["So glad your mommy makeover recovery is smooth!", "Qué bonita quedó su rinomodelación.", "Glad you love the lip fillers."])
def test_cosmetic_care_is_care_in_a_reply(text):
    assert hits("PHI002", text)


@FUZZ
@given(
    st.sampled_from(["We moved you to Tuesdays {a}.", "Lo cambiamos al turno de la tarde {a}.", "Your ride is booked for 8 now, {a}."]),
    st.sampled_from(["as you asked", "just like you requested", "per your request", "como nos pidió", "tal como lo solicitó"]),
)
def test_any_request_granted_is_flagged(frame, asked):
    assert hits("PHI001", frame.format(a=asked))


@FUZZ
@given(st.sampled_from(["Dr. Brannick", "Dr. Oyelaran", "Dra. Ibarrondo"]), st.sampled_from(["is framing this one", "says she is keeping this review forever", "va a enmarcar esta reseña"]))
def test_a_clinician_keeping_the_review_passes(name, deed):
    assert hits("PHI001", f"Thank you! {name} {deed}.") == []


def _doubles(module, read, unit: str) -> None:
    small = steps(module, lambda: list(read(unit * 15)), package=False)
    large = steps(module, lambda: list(read(unit * 30)), package=False)
    assert large < 2.3 * small


def test_dealings_stay_linear():
    _doubles(reader_dealings, reader_dealings.dealings, "As you asked, if you ask. Thanks for stopping by the office. Known you since May; como nos pidió. ")


def test_meant_to_staff_and_our_habit_stay_linear():
    _doubles(stance, stance.read_marks, "This means a lot to our nurses and you know it. It is why we come in at 6. ")
