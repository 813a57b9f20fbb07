"""Round 59, FTC004: an unhappy reader told to pass the review site by ("anything under five stars? Skip Google and call
our director") is kept from posting as surely as one told "don't post" or "call us first". A fresh writer's post asked
for Google reviews and sent anything under five stars past Google to a director; "skip the review" was read,
"skip Google" was not. Without an unhappy condition, "skip Google" is advice to anyone ("skip Google and call our
nurse line about your symptoms": no review is kept from anyone) and passes. "Fewer than 5 stars" and "under five stars"
are an unhappy branch as "less than 5 stars" is. Everything here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.honesty import review_gating as module

from tests.rules.harness import hits, post
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Session felt great? Google reviews make our day! Anything under five stars? Skip Google and call our director.",
        "Not happy with your visit? Skip Yelp and email our office manager.",
        "¿Le dimos menos de 5 estrellas? Sáltese Google y llame a nuestra directora.",
        "Rough appointment? Please bypass Facebook reviews and text the front desk at 555-0142.",
        "Less than 5 stars? Skip Yelp, please.",
        "Happy? Review us on Google! Anything under five stars? Bypass Yelp, and not on Facebook either.",
        "Great visit? Google us! Anything else? Skip Google and tell us at the desk.",
    ],
)
def test_an_unhappy_reader_sent_past_the_site_refuses(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Feeling dizzy in the heat? Skip Google and call our nurse line first.",
        "Skip Google and ask us: our pharmacists answer medicine questions by phone all week.",
        "¿Dudas sobre su medicina? Sáltese Google y pregúntele a su farmacéutico.",
        "Good or bad, we read every Google review. Questions? Call the front desk.",
        "Had a rough visit? Please don't skip Google: post your honest review there, and call our manager as well.",
    ],
)
def test_skipping_a_site_without_an_unhappy_reader_passes(text):
    assert hits("FTC004", post(text)) == []


@FUZZ
@given(st.sampled_from(["Skip", "Bypass", "Sáltese"]), st.sampled_from(["Google", "Yelp", "Facebook", "the Google"]), st.sampled_from(["call our manager", "email us", "llame a la gerente"]))
def test_a_grid_of_sites_passed_by_refuses(verb, site, route):
    assert hits("FTC004", post(f"Anything less than five stars? {verb} {site} and {route}."))


@pytest.mark.parametrize("unit", ["skip google ", "less than 5 stars? skip yelp and call us. ", "saltese "])
def test_the_reading_stays_linear(unit):
    assert grows_linearly(module, lambda count: list(module.review_incentive_or_gating(post(unit * count), None)))


@pytest.mark.parametrize(
    "text",
    [
        "Fewer than 5 stars? Skip Yelp, please.",
        "Loved it? A Google review helps! Under five stars? Call our manager first.",
        "Fewer than five stars? Email us instead of posting.",
    ],
)
def test_fewer_or_under_five_stars_is_an_unhappy_branch(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "We want to hear from every patient, fewer than 5 stars or not. Review us anywhere!",
        "Our practice has fewer than 5 providers, so book your flu shot early!",
    ],
)
def test_fewer_than_five_said_of_anyone_or_anything_passes(text):
    assert hits("FTC004", post(text)) == []
