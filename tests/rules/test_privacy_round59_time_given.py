"""Round 59, PHI001: the reader's time given to writing the review ("thanks for taking a few minutes out of a hectic
week to post it") is a courtesy, no span of their dealings with us.

A fresh writer's reply to praise named the two staff the reviewer thanked and then thanked the reviewer for the minute
the review took to write. "A minute" was read as a span of the reader's dealings (as "it took 40 minutes to get you
checked in" is), so the reply no longer only thanked its reader and the clinician's name was refused. A span taken
(or spent, "tomarse", "dedicar") to write, share or leave the review, and thanked for, is the reader's courtesy; a span
of waiting or of care still counts, even with "to write" after it, and so does a clinician named beside anything the
reader did with us.
"""

from __future__ import annotations

import pytest
from playbook.normalize import fold
from playbook.rules.privacy import stance as module

from tests.rules.harness import hits, response
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "Best note of our week! Dr. Okafor and Jordan will be thrilled. Thanks for taking a few minutes out of a hectic week to post it.",
        "So kind, {{ reviewer }}. Thanks for spending a few minutes to leave such warm words; Dr. Okafor will love reading them.",
        "¡Qué detalle! Gracias por tomarse unos minutos para escribirnos. La Dra. Okafor va a sonreír todo el día cuando lo lea.",
    ],
)
def test_thanks_for_the_time_to_write_with_praised_staff_passes(text):
    assert hits("PHI001", response(text, scenario="positive-review")) == []


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry it took 40 minutes to get you checked in. Dr. Okafor will call you this week.",
        "Thanks for taking five minutes to post this! Dr. Okafor loved seeing you on Tuesday.",
        "So sorry the wait ran two hours and nobody came out to explain; we want to write you back personally.",
        "Sentimos que la espera tomó 45 minutos para escribirle una simple receta.",
        "Lamentamos que tardara 30 minutos en pasar con la Dra. Okafor.",
    ],
)
def test_a_span_of_the_readers_dealings_still_refuses(text):
    assert hits("PHI001", response(text))


def test_only_the_time_given_to_the_review_is_dropped():
    text = fold("Thanks for taking five minutes to post this. Sorry it took 40 minutes to get you in.").text
    assert [text[mark.start : mark.end] for mark in module.read_marks(text) if mark.kind == module.SPAN] == ["40 minutes"]


@pytest.mark.parametrize("unit", ["took a minute to share ", "took 5 minutes to ", "tomarse unos minutos para escribir "])
def test_the_reading_stays_linear(unit):
    assert grows_linearly(module, lambda count: module.read_marks(fold(unit * count).text))
