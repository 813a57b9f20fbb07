"""Round 83: what a set of Gulf Coast, Carolina and inland-Northwest posts showed.

- Given names popular since the 1990 Census that are also a town's name ("Hudson", "Brooklyn", "Easton", "Addison")
  were left out of the name lists, so a child so named passed in a file's name. The SSA's list now adds them as a place
  first, as "Kenya" is: alone the place, a person where a surname or care makes them one (build_lexicon.py).
- An office's handle with a city's name after its letters stays an office's where the city is such a name ("@NWSMemphis").
- A heritage ("Chinese-American", "mexico-americana") ends a run of name words and is never one ("the <Town>
  Chinese-American Neighbors Association").

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, pictured, post


@pytest.mark.parametrize(
    "name",
    [
        "first-visit_Hudson-Pace_age3_brave-chair.jpg",
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
