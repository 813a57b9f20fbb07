"""Review of round 25's excusals: leaks that walked through a door round 25 opened, and the narrow conditions that shut
them. A weekday of our own meeting whose sentence speaks of the reader's own result (stance.py); a town in a served list
that goes on as a person's own clause, and a town-wide opening with care after its season word (places.py); an event
before a clause of a vendor's own care (trades.py). Every name here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response
from tests.rules.test_privacy_people import assert_linear
from tests.rules.work import steps


@pytest.mark.parametrize(
    "text",
    [
        "At our Monday huddle we celebrated your clean scan!",
        "At our Tuesday huddle the whole team cheered for your clean scan!",
    ],
)
def test_our_meeting_day_with_the_readers_own_result_is_an_error(text):
    assert hits("PHI001", response(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "At our Monday huddle we read your review and we are sorry.",
        "We read every review at our Monday huddle, and yours was no exception. Thank you.",
    ],
)
def test_our_meeting_day_with_only_the_review_still_passes(text):
    assert hits("PHI001", response(text)) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "We serve Beatrice, Lincoln and Omaha, and Beatrice got her first insulin pump here today.",
        "We now cover Marion, Eunice and Rayne, and Marion started her dialysis with us this week.",
        "Austin, flu season is here; hope the new hip is holding up after surgery.",
        "Austin, cold and flu season is here; so glad the new hip is holding up after surgery.",
    ],
)
def test_a_town_through_a_round25_door_with_care_is_an_error(text):
    assert hits("PHI003", post(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "We serve Beatrice, Lincoln and Omaha. Call us to book.",
        "Now serving Los Lunas, Belen and Bosque Farms!",
        "Houston, allergy season is here: stock up on tissues.",
        "Houston, pollen season is here and the air is thick.",
    ],
)
def test_towns_served_and_town_wide_openings_still_pass(text):
    assert hits("PHI003", post(text)) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "El señor de la llantera vino a la feria de salud y le diagnosticamos diabetes.",
        "La señora de los tamales vino a nuestra feria y le encontramos la presión muy alta.",
    ],
)
def test_an_event_before_a_vendors_own_care_is_an_error(text):
    assert hits("PHI011", post(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The tamale lady came to our health fair to share her tips on diabetes and heart health.",
        "La señora de los elotes vino a la feria de salud y nos dio sus consejos sobre la diabetes.",
    ],
)
def test_a_vendors_topic_at_an_event_still_passes(text):
    assert hits("PHI011", post(text)) == [], text


def test_the_new_readings_stay_linear():
    assert_linear("PHI003", "We serve Beatrice, Lincoln and Omaha, and Beatrice came by. ")
    assert_linear("PHI011", "The tamale lady came to our health fair and shared her tips on diabetes. ")
    from playbook.rules.privacy import stance

    unit = "At our Monday huddle we read your review, and your visit was Monday. "
    small = steps(stance, lambda: hits("PHI001", response(unit * 15)))
    large = steps(stance, lambda: hits("PHI001", response(unit * 30)))
    assert large < 2.3 * small
