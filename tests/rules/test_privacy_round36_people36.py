"""Round 36 (people36): a full name whose surname is also a town's, a venue's or a given name, made a person's by care
we gave in that sentence (cared_pairs.py), and care said as a part of theirs we treated (parts_we_treated.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import cared_pairs, parts_we_treated
from playbook.rules.privacy.parts_we_treated import part_we_treated

from tests.rules.harness import hits
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


def _names(text: str) -> list[str]:
    return [hit.message for hit in hits("PHI003", text)]


# The five sentences of the shape, made up (share no content words with the round's cases).
@pytest.mark.parametrize(
    "text",
    [
        "Sunday at the Gilroy rodeo grounds was dusty! Orla Gilroy roped two calves on the ankle we pinned last spring.",
        "The Tahoe marina crowd cheered when Bryn Tahoe paddled out, on the wrist our surgeons rebuilt in March.",
        "En la kermés de Alamo había mucha gente. Nerea Alamo bailó con la cadera que le cambiamos en enero.",
        "Perla Chico volvió a la cancha de Chico con el hombro que le reconstruimos.",
        "Ivo Kenner had his elbow scoped with us and is back throwing darts at the Kenner lodge.",
    ],
)
def test_a_full_name_with_a_town_surname_and_our_care_is_named(text):
    assert _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gilroy Fairgrounds hosted our flu clinic and we gave 200 shots.",  # a place's run
        "Blue Cross members can book knee checks with us.",  # a dictionary word first
        "Nerea Alamo painted the mural in our lobby. Come see it!",  # no care of ours
        "How does the knee we examine in class bend? Come learn with us.",  # a lesson
    ],
)
def test_places_words_and_no_care_pass(text):
    assert not [message for message in _names(text) if "care we gave" in message]


@pytest.mark.parametrize(
    ("text", "treated"),
    [
        ("She showed us the hip we replaced.", True),
        ("Nos enseñó la rodilla que le operamos.", True),
        ("He waved the left hand our team set in June.", True),
        ("How does the hip we replace work?", False),
        ("She showed us the quilt we loved.", False),  # no body part
        ("Your knee we checked is fine.", False),  # said to the reader
    ],
)
def test_part_we_treated(text, treated):
    assert part_we_treated(text, 0, len(text)) is treated


@FUZZ
@given(
    st.sampled_from(
        [
            "Big day at the {place} county show. {given} {place} showed off the shoulder we repaired!",
            "{given} {place} climbed the {place} water tower stairs on the knee our surgeons rebuilt.",
            "Fiesta en {place}: {given} {place} bailó con la rodilla que le operamos.",
        ]
    ),
    st.sampled_from(["Ilka", "Tamsin", "Odile", "Yazmin"]),
    st.sampled_from(["Fonda", "Tulare", "Alden", "Weed", "Tracy"]),
)
def test_grid_of_town_surnames_with_our_care(frame, given_name, place):
    assert _names(frame.format(given=given_name, place=place))


def _work(text: str) -> int:
    return steps(cared_pairs, lambda: hits("PHI003", text))


def test_cared_pairs_reading_is_linear():
    unit = "Orla Gilroy roped calves. Bryn Tahoe paddled on the wrist we pinned and Ivo Kenner waved. "
    small, large = _work(unit * 10), _work(unit * 20)
    assert large < 2.3 * small


def test_parts_we_treated_reading_is_linear():
    unit = "the knee we scoped and the hip that we replaced and la rodilla que le operamos "
    small = steps(parts_we_treated, lambda: part_we_treated(unit * 20, 0, len(unit) * 20), package=False)
    large = steps(parts_we_treated, lambda: part_we_treated(unit * 40, 0, len(unit) * 40), package=False)
    assert large < 2.3 * small
