"""A place after a preposition and "the" ("here in the Delta", "aquí en el Delta") is no one (article_places.py).
Every name is invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import article_places as module

from tests.rules.harness import hits, post
from tests.rules.work import grows_linearly

PLACES = [
    "Here in the Delta, one adult in three has high blood pressure. Get yours checked at the fair.",
    "Nos encanta servir a la comunidad aquí en el Delta: más de 2,000 vacunas este año.",
    "Flu season is arriving early across the Panhandle. Get your shot this week.",
]
PEOPLE = [
    "Get well soon, Delta! Your knee surgery went great.",
    "Donations go to the Georgia transplant fund; she gets her new kidney next month.",
    "El nieto del Chivo ya terminó su terapia física.",
]


@pytest.mark.parametrize("text", PLACES)
def test_a_word_after_in_the_is_a_place(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize("text", PEOPLE)
def test_a_name_greeted_or_owned_is_still_a_name(text):
    assert hits("PHI003", post(text))


@given(st.sampled_from(["Delta", "Valley", "Panhandle", "Bajío"]), st.sampled_from(["Here in the {}.", "Vivimos en el {}, ", "Across the {}!"]))
@settings(max_examples=20, deadline=None)
def test_a_grid_of_places_after_the(place, frame):
    assert hits("PHI003", post(frame.format(place) + " Free blood pressure checks on Friday.")) == []


def test_the_reading_stays_linear():
    assert grows_linearly(module, lambda n: hits("PHI003", post("We drove across the Delta, then in the Valley. " * n)))
