"""Round 83: what a set of Gulf Coast, Carolina and inland-Northwest posts showed.

- Given names popular since the 1990 Census that are also a town's name ("Hudson", "Brooklyn", "Easton", "Addison")
  were left out of the name lists, so a child so named passed in a file's name. The SSA's list now adds them as a place
  first, as "Kenya" is: alone the place, a person where a surname or care makes them one (build_lexicon.py).
- An office's handle with a city's name after its letters stays an office's where the city is such a name ("@NWSMemphis").
- A heritage ("Chinese-American", "mexico-americana") ends a run of name words and is never one ("the <Town>
  Chinese-American Neighbors Association").
- English gives a lone given name no article: "smoke from wildfires in the Sierra" names a range, "the <Shop> crew"
  a team; a clause after it still describes someone ("the Maria who brought her son in for stitches").

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, pictured, post


@pytest.mark.parametrize(
    "name",
    [
        "first-checkup_Hudson-Lyle_age4_sticker-chart.jpg",
        "easton_mcbride_cast_off_day.jpg",
        "addison-truett-6mo-checkup.png",
        "brooklyn_harrell_tubes_surgery_recovery.heic",
    ],
)
def test_a_child_with_a_towns_given_name_in_a_file_name_refuses(name):
    assert hits("PHI003", pictured(name))


@pytest.mark.parametrize(
    "text",
    [
        "Brooklyn kids get free flu shots at the library on Saturday.",
        "Our Hudson office closes early on Friday for the holiday.",
        "Heading to Memphis for the pediatric nursing conference next week!",
        "Flights to London and Phoenix are cheaper than ever, but pack your inhaler.",
    ],
)
def test_a_towns_given_name_alone_is_the_town(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hudson Pace was so brave at his first dental visit today!",
        "Congrats to Kennedy Larue on getting her braces off this morning.",
    ],
)
def test_a_towns_given_name_with_a_surname_and_care_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bitter cold on the way (@NWSMemphis): keep hearing aid batteries indoors.",
        "Flood watch tonight per @NWSBrooklyn, so check on older neighbors.",
    ],
)
def test_an_offices_handle_with_its_citys_name_passes(text):
    assert not hits("PHI003", post(text))


def test_a_given_name_in_an_offices_handle_still_refuses():
    assert hits("PHI003", post("Bitter cold on the way (@NWSMaria): keep hearing aid batteries indoors."))


@pytest.mark.parametrize(
    "text",
    [
        "Free mole checks this Saturday with the Brooklyn Chinese-American Neighbors Association.",
        "Blood pressure checks after Mass with the Hudson Mexican-American Parents Club.",
    ],
)
def test_a_heritage_after_a_towns_name_is_no_surname(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Wildfire smoke drifting over the Sierra this week: anyone with asthma or COPD should keep a rescue inhaler close.",
        "Your note made our Monday! Signed, the Magnolia crew, who check in every flu shot patient",
        "Hiking the Savannah river trail after your knee rehab? Bring water and go slow.",
    ],
)
def test_a_given_name_after_the_article_is_no_one(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Big thanks to the Sierra who brought her little brother in for his stitches on Friday.",
        "Shout-out to the Maria from the tortilleria, back on her feet after her hip surgery with us!",
    ],
)
def test_a_given_name_after_the_article_with_a_describing_clause_refuses(text):
    assert hits("PHI003", post(text))
