"""COM: guideline 4, embrace the community. Tables of examples, then focused checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from playbook.model import Event, News

from tests.rules.harness import PLANS, Cases, Example, at, hits, named, post

SNOW_DAY = "Snow day? Warm up for five minutes before you pick up the shovel. Bend your knees, lift with your legs, and take breaks. #WellnessWednesday"

FIVE_K = Event("Riverbend Winter 5K", at("2027-02-13 08:00"), at("2027-02-13 11:00"), "Riverside Park, north pavilion", "https://riverbend5k.test/winter-5k")
MARKET = Event("Indoor Farmers Market", at("2027-03-20 08:00"), at("2027-03-20 12:00"), "Riverbend Fairgrounds, exhibit hall", "https://riverbendmarket.test/indoor")
WALK = Event("First Steps Walk", at("2027-02-07 09:00"), at("2027-02-07 10:30"), "Riverside Park", "https://riverbendparks.test/walk")
FAIR = Event("Riverbend Health Fair", at("2027-02-12 09:00"), at("2027-02-14 17:00"), "Riverbend Community Center", "https://riverbendparks.test/fair")

FIVE_K_COPY = "The Riverbend Winter 5K is on Saturday, February 13, at Riverside Park. Run it, walk it, or come cheer! Sign up: https://riverbend5k.test/winter-5k"
RECAP = "What a morning! Thank you to every runner, walker and volunteer at Saturday's Winter 5K. The cold didn't stop anyone."


def community(body: str, **fields):
    return post(body, guideline="community", **fields)


def event_post(event: Event, publish: str, body: str = FIVE_K_COPY, **fields):
    return community(body, event=event, publish=publish, **fields)


GAZETTE = "https://riverbend-gazette.test/2027/02/22/greenway-fitness-stations"


def month_of(name: str, guidelines: list[str], *, month: str = "2027-02", extra=()) -> Example:
    items = [post(SNOW_DAY, guideline=g, publish=f"{month}-{i + 1:02d} 10:00", title=f"{name} {i + 1}") for i, g in enumerate(guidelines)]
    return Example(name, [*items, *extra])


def mix(expert: int, community_: int, other: int) -> list[str]:
    return ["expert"] * expert + ["community"] * community_ + ["personality"] * other


CASES = {
    "COM001": Cases(
        trigger=[
            community("Join us for the Riverbend Fun Run this spring! Bring the whole family."),
            community("Sign up for the spring clean-up along the river on April 10."),
            community("Mark Saturday on the fridge! More soon.", tags=("event",)),
            event_post(replace(FIVE_K, location=""), "2027-02-01 10:00"),
            event_post(replace(FIVE_K, url=""), "2027-02-01 10:00"),
            event_post(replace(FIVE_K, end=None), "2027-02-01 10:00"),
            community(FIVE_K_COPY, lines={"event": 14}),  # an event: block whose start could not be read
        ],
        clean=[
            event_post(FIVE_K, "2027-02-01 10:00"),
            community(RECAP),
            SNOW_DAY,
            community("A big thank-you to the volunteer coaches of our youth winter leagues. You make Saturdays fun!"),
            community("Riverbend Parks will clear the river trail every morning through March (via Riverbend Gazette). See you on the trail!"),
            post("Training for a spring 5K? Sign up early and add distance slowly, about ten percent a week.", guideline="expert"),
        ],
    ),
    "COM002": Cases(
        trigger=[
            named("publish `2027-02-14 10:00` for a 5K on `2027-02-13 08:00`-`11:00`.", event_post(FIVE_K, "2027-02-14 10:00")),
            named("publish `2027-03-20 12:30` for a market on `2027-03-20 08:00`-`12:00`.", event_post(MARKET, "2027-03-20 12:30")),
            named("publish `2027-02-08 10:00` for a walk on `2027-02-07 09:00` with no end.", event_post(replace(WALK, end=None), "2027-02-08 10:00")),
            event_post(FIVE_K, "2027-02-13 11:00"),
        ],
        clean=[
            named("publish `2027-02-01 10:00` for a 5K on `2027-02-13 08:00`.", event_post(FIVE_K, "2027-02-01 10:00")),
            named("a cancelled post for an event that has passed.", event_post(FIVE_K, "2027-02-14 10:00", status="cancelled")),
            named("a recap post without an `event:` block.", community(RECAP, publish="2027-02-18 10:00")),
            event_post(FAIR, "2027-02-13 10:00"),  # the fair is still on: COM003's concern
            SNOW_DAY,
        ],
    ),
    "COM003": Cases(
        trigger=[
            Example("a post on `2027-02-11` for a 5K on `2027-02-13` and no earlier announcement.", [event_post(FIVE_K, "2027-02-11 10:00")]),
            Example("a post on the morning of a market that opened an hour earlier.", [event_post(MARKET, "2027-03-20 09:00")]),
            Example("a post on `2027-02-06` for a walk on `2027-02-07`.", [event_post(WALK, "2027-02-06 10:00")]),
            Example("the earlier post is also late", [event_post(FIVE_K, "2027-02-11 10:00"), event_post(FIVE_K, "2027-02-12 15:00")]),
            Example("same day", [event_post(FIVE_K, "2027-02-13 07:00")]),
        ],
        clean=[
            Example("a post on `2027-02-01` for a 5K on `2027-02-13`.", [event_post(FIVE_K, "2027-02-01 10:00")]),
            Example("a reminder on `2027-02-12` when a post on `2027-01-28` already announced the same 5K.", [event_post(FIVE_K, "2027-01-28 10:00"), event_post(FIVE_K, "2027-02-12 15:00")]),
            Example("a post exactly 3 days before the event.", [event_post(FIVE_K, "2027-02-10 10:00")]),
            Example("a cancelled late post", [event_post(FIVE_K, "2027-02-12 10:00", status="cancelled")]),
            Example("no event posts", [post(SNOW_DAY), community(RECAP)]),
        ],
    ),
    "COM004": Cases(
        trigger=[
            community("The Riverbend Gazette story is out: the river trail gets new lights this spring. https://riverbend-gazette.test/trail-lights"),
            community("New fitness stations are coming to the greenway! " + GAZETTE, news=News(GAZETTE, dt.date(2027, 1, 22))),
            community("According to a new report, the pool will reopen in May: https://riverbendparks.test/pool"),
            community("Fields open for spring soon! https://riverbend-gazette.test/fields", tags=("local-news",)),
            community(
                "Fields open for spring soon. Credit: Riverbend Gazette, https://riverbend-gazette.test/fields",
                news=News("https://riverbend-gazette.test/fields", dt.date(2027, 1, 28)),
                variants={"x": "Fields open for spring soon! Warm up before you play. #RiverbendStrong"},
            ),
            community("Big article in today's paper about our school crossing guards: riverbend-gazette.test/guards"),
        ],
        clean=[
            community("New lights for the river trail (via Riverbend Gazette): https://riverbend-gazette.test/trail-lights"),
            community("Good news! Sign up for the First Steps Walk: https://riverbendparks.test/walk"),
            SNOW_DAY,
            community("According to the Riverbend Gazette, the pool reopens in May: https://riverbendparks.test/pool"),
            community("News from our team: new evening hours start Monday. https://www.example-ortho.test/hours"),
            post("Frozen vegetable recall this week. https://riverbend-gazette.test/recall", guideline="expert", tags=("news",)),
            community(
                "Fields open for spring soon. Credit: Riverbend Gazette, https://riverbend-gazette.test/fields",
                news=News("https://riverbend-gazette.test/fields", dt.date(2027, 1, 28)),
                variants={"x": "Fields open for spring soon (h/t Riverbend Gazette). #RiverbendStrong"},
            ),
        ],
    ),
    "COM005": Cases(
        trigger=[
            named("a month of 10 posts with 1 community post (10% against `>=0.15`).", month_of("1 community of 10", mix(3, 1, 6))),
            named("a month of 8 posts with 1 expert post (12.5% against `>=0.25`).", month_of("1 expert of 8", mix(1, 2, 5))),
            named("a month of 10 posts with no community post at all.", month_of("no community at all", mix(4, 0, 6))),
            month_of("cancelled community posts do not count", mix(3, 1, 6), extra=[post(SNOW_DAY, guideline="community", status="cancelled", publish="2027-02-20 10:00")]),
        ],
        clean=[
            named("a month of 10 posts with 3 expert and 2 community posts.", month_of("3 expert and 2 community of 10", mix(3, 2, 5))),
            named("a month of 5 posts with no community post (too few to judge).", month_of("5 posts is too few to judge", mix(1, 0, 4))),
            named("a month before today with no community post (that month is history).", month_of("a month before today is history", mix(0, 0, 10), month="2026-12")),
            month_of("a cancelled post leaves the share on target", mix(3, 2, 5), extra=[post(SNOW_DAY, status="cancelled", publish="2027-02-20 10:00")]),
            Example("no posts", []),
        ],
    ),
}


# --------------------------------------------------------------------------- focused checks


def test_missing_event_details_are_named_at_the_event_key():
    found = hits("COM001", event_post(replace(FIVE_K, location="", url=""), "2027-02-01 10:00", lines={"event": 9}))
    assert len(found) == 1 and found[0].line == 9
    assert "location" in found[0].message and "url" in found[0].message and "end" not in found[0].message


def test_invitation_without_event_block_points_at_the_invitation():
    found = hits("COM001", community("Happy Monday!\nJoin us for the spring clean-up walk.", body_line=15))
    assert len(found) == 1 and found[0].line == 16
    assert "event:" in found[0].message


def test_event_over_is_an_error_with_both_times():
    found = hits("COM002", event_post(FIVE_K, "2027-02-14 10:00", lines={"publish": 4}))
    assert found[0].line == 4
    assert "2027-02-14 10:00" in found[0].message and "2027-02-13 11:00" in found[0].message
    from playbook.findings import Severity
    from playbook.rules import get

    assert get("COM002").severity is Severity.ERROR and get("COM003").severity is Severity.WARNING


def test_short_notice_message_threshold_and_path():
    late = event_post(FIVE_K, "2027-02-11 10:00")
    found = hits("COM003", [late])
    assert found[0].path == late.path and "2 days before" in found[0].message
    assert not hits("COM003", [late], thresholds={"min_lead_days": 2})
    assert hits("COM003", [event_post(FIVE_K, "2027-02-06 10:00")], thresholds={"min_lead_days": 10})


def test_ongoing_event_is_short_notice_not_over():
    ongoing = event_post(FAIR, "2027-02-13 10:00")
    assert not hits("COM002", ongoing)
    assert "already started" in hits("COM003", [ongoing])[0].message


def test_news_credit_is_checked_per_variant():
    found = hits("COM004", CASES["COM004"].trigger[4])
    assert len(found) == 1 and "x variant" in found[0].message


def test_mix_message_names_month_guideline_and_target():
    example = month_of("one community", mix(3, 1, 6))
    found = hits("COM005", example)
    assert len(found) == 1
    message = found[0].message
    assert "February 2027" in message and "community" in message and "1 of 10" in message and "15%" in message
    assert found[0].path == example[0].path


def test_mix_reports_every_guideline_below_target_and_upper_bounds():
    found = hits("COM005", month_of("neither", mix(0, 0, 10)))
    assert sorted(h.message.split(" follow the ")[1].split()[0] for h in found) == ["community", "expert"]
    capped = replace(PLANS, cadence=replace(PLANS.cadence, mix={"personality": ("<=", 0.5)}))
    assert hits("COM005", month_of("too much personality", mix(2, 2, 6)), plans=capped)
    assert not hits("COM005", month_of("half personality", mix(3, 2, 5)), plans=capped)
    assert not hits("COM005", month_of("few", mix(0, 0, 10)), thresholds={"min_posts": 11})
