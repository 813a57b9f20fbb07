"""PHI011: a worker of a boat named by its name is one person to a harbour town, as a crossing guard at a named school is.

A fishing port knows who crews which boat: "a deckhand off the F/V <Name>" with their injury singles one out. A boat
is written with its registry prefix (F/V, M/V, B/P) and reached "off", "aboard" or "a bordo del". Every name is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post

SINGLED_OUT = [
    "A deckhand off the F/V Marguerite Rose came in Tuesday with a crushed hand; surgery went well.",
    "Un pescador a bordo del B/P Estrella Marina se fracturó la mano y lo operamos anoche.",
    "The skipper of the F/V Silver Tern had surgery on his shoulder with us this week.",
]
NOT_SINGLED_OUT = [
    "Deckhands, cold water and crush injuries: three glove tips for the season.",
    "Free hand-safety booth at the harbor on Saturday, for every crew off every boat.",
    "Nuestros pescadores trabajan duro: cuiden sus manos con guantes y descanso.",
]


@pytest.mark.parametrize("text", SINGLED_OUT)
def test_a_boats_crew_member_with_care_is_singled_out(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize("text", NOT_SINGLED_OUT)
def test_boats_and_crews_in_general_single_out_no_one(text):
    assert hits("PHI011", post(text)) == []
