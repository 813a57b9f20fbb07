"""Round 51, counted families: "all three <Surname> siblings", "both <Surname> girls" name one family (PHI003).

A count before a surname and a plural of kin reads as "the" does (people.py's family_after_the); a town, a school or a
word before "kids" does not ("three <Town> kids won the fair"). Surnames invented or common; no real family.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import counted_families as module
from playbook.rules.privacy.known import Known

from tests.rules.harness import PLANS, hits, post
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "All three Okwuosa siblings finished our teen diabetes class together!",
        "Both Garcia girls got their braces off this week 😁",
        "All 4 Tanaka kids came in for flu shots on Saturday.",
        "Two Abernathy boys, one cast each. Summer is hard on wrists!",
    ],
)
def test_a_counted_family_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Three Millbrook kids won the county science fair!",
        "Two Smith kids' books are on our waiting-room shelf.",
        "All three Brown kids' drawings made our wall.",
        "All five kids on the team drank water at every break.",
    ],
)
def test_a_town_a_word_or_no_name_passes(text):
    assert list(module.counted_families(text, Known.of(PLANS))) == []


@FUZZ
@given(st.sampled_from(["All three", "Both", "Two", "All 4"]), st.sampled_from(["Okwuosa", "Nakashima", "Villaseñor"]), st.sampled_from(["siblings", "girls", "brothers", "kids"]))
def test_a_grid_of_counted_families_refuses(count, surname, kin):
    assert hits("PHI003", post(f"{count} {surname} {kin} finished their checkups today!"))


@pytest.mark.parametrize("unit", ["Both Okwuosa girls and ", "All three Smith kids, ", "both both two "])
def test_the_reading_stays_linear(unit):
    known = Known.of(PLANS)
    assert grows_linearly(module, lambda count: list(module.counted_families(unit * count, known)))
