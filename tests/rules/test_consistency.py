"""CON: guideline 5, be consistent. Tables of calendars, then focused checks.

The harness practice: Facebook 3 a week, at most 4 days apart, quiet 21:00-07:00;
Instagram 2 a week, at most 5 days apart, quiet 21:00-07:00; no targets for X.
Wellness Wednesday runs on Instagram at 12:00 from 2027-01-06 until 2027-02-24.
Today is 2027-01-20 and the planning horizon is 28 days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tests.rules.harness import PLANS, TODAY, Cases, Example, hits, post

SNOW_DAY = "Snow day? Warm up for five minutes before you pick up the shovel. Bend your knees, lift with your legs, and take breaks. #WellnessWednesday"


def on(channel: str, *moments: str, **fields) -> list:
    """One post per moment ('2027-02-01' means 10:00) on `channel`."""
    items = []
    for moment in moments:
        publish = moment if " " in moment else f"{moment} 10:00"
        items.append(post(SNOW_DAY, channels=(channel,), publish=publish, title=f"{channel} {publish}", **fields))
    return items


def calendar(name: str, *groups, cancelled=()) -> Example:
    items = [item for group in groups for item in group]
    items += [replace(item, status="cancelled") for group in cancelled for item in group]
    return Example(name, items)


MWF_TWO_WEEKS = on("facebook", "2027-02-01", "2027-02-03", "2027-02-05", "2027-02-08", "2027-02-10", "2027-02-12")
WEDNESDAYS = ("2027-01-20", "2027-01-27", "2027-02-03", "2027-02-10")


def ww(*days: str, time: str = "12:00", channels=("instagram",), **fields) -> list:
    return [post(SNOW_DAY, channels=channels, series="wellness-wednesday", publish=f"{day} {time}", title=f"Wellness Wednesday {day}", **fields) for day in days]


CASES = {
    "CON001": Cases(
        trigger=[
            calendar("Facebook posts on Monday Feb 1 and Monday Feb 8 (7 days, the limit is 4).", on("facebook", "2027-02-01", "2027-02-08")),
            calendar("Instagram posts on Feb 1 and Feb 10 (9 days, the limit is 5).", on("instagram", "2027-02-01", "2027-02-10")),
            calendar("a 6-day Facebook gap whose middle post was cancelled.", on("facebook", "2027-02-01", "2027-02-07"), cancelled=[on("facebook", "2027-02-04")]),
            calendar("gap crossing today", on("facebook", "2027-01-14", "2027-01-21")),
            calendar("one gap among steady weeks", MWF_TWO_WEEKS, on("facebook", "2027-02-19")),
        ],
        clean=[
            calendar("Facebook posts on Monday, Wednesday and Friday every week.", MWF_TWO_WEEKS),
            calendar("a 10-day gap on a channel without a `max_gap_days` target.", on("x", "2027-02-01", "2027-02-11")),
            calendar("a single Facebook post (no gap to measure).", on("facebook", "2027-02-01")),
            calendar("exactly 4 days", on("facebook", "2027-02-01 09:00", "2027-02-05 20:00")),
            calendar("a gap that ended before today", on("facebook", "2027-01-02", "2027-01-10")),
            calendar("nothing after the last post", on("facebook", "2027-02-01")),
        ],
    ),
    "CON002": Cases(
        trigger=[
            calendar("a Facebook week (target 3) with posts only on Monday and Thursday.", on("facebook", "2027-02-01", "2027-02-04", "2027-02-08")),
            calendar("an Instagram week (target 2) with no post at all, between busy weeks.", on("instagram", "2027-02-01", "2027-02-04", "2027-02-15", "2027-02-18")),
            calendar("a Facebook week with three posts, one of them cancelled.", on("facebook", "2027-02-01", "2027-02-03", "2027-02-08"), cancelled=[on("facebook", "2027-02-05")]),
            calendar("the current week is still short", on("facebook", "2027-01-18", "2027-01-20", "2027-01-25")),
        ],
        clean=[
            calendar("Facebook posts on Monday, Wednesday and Friday every week.", MWF_TWO_WEEKS),
            calendar("a half week at the start of the calendar with one post.", on("facebook", "2027-02-04", "2027-02-08", "2027-02-10", "2027-02-12", "2027-02-15")),
            calendar("a channel without a `per_week` target.", on("x", "2027-02-01", "2027-02-08", "2027-02-15")),
            calendar("a thin week before today", on("facebook", "2027-01-04", "2027-01-11")),
            calendar("instagram twice a week", on("instagram", "2027-02-01", "2027-02-04", "2027-02-08", "2027-02-11", "2027-02-15")),
        ],
    ),
    "CON003": Cases(
        trigger=[
            calendar("Wellness Wednesday on 2027-01-27 with no post for it.", ww("2027-01-20", "2027-02-03", "2027-02-10")),
            calendar("a post for 2027-01-27 that is cancelled.", ww("2027-01-20", "2027-02-03", "2027-02-10"), cancelled=[ww("2027-01-27")]),
            calendar("a Wellness Wednesday post on Thursday 2027-01-28 instead of the Wednesday.", ww("2027-01-20", "2027-01-28", "2027-02-03", "2027-02-10")),
            calendar("nothing planned"),
            calendar("post without the series field", ww("2027-01-20", "2027-02-03", "2027-02-10"), on("instagram", "2027-01-27 12:00")),
        ],
        clean=[
            calendar("a post with `series: wellness-wednesday` on every Wednesday in the horizon (slots after the series' `until` date, or beyond the horizon, need none).", ww(*WEDNESDAYS)),
            calendar("a post at 15:00 instead of 12:00 on the slot's Wednesday.", ww("2027-01-20", "2027-02-03", "2027-02-10"), ww("2027-01-27", time="15:00")),
            calendar("a cancelled duplicate beside a real post", ww(*WEDNESDAYS), cancelled=[ww("2027-01-27")]),
            calendar("filled on another channel", ww(*WEDNESDAYS, channels=("facebook",))),
            calendar("every Wednesday and more", ww(*WEDNESDAYS), on("facebook", "2027-02-01")),
        ],
    ),
    "CON004": Cases(
        trigger=[
            calendar("two Facebook posts at 10:00 and 11:30 on the same day.", on("facebook", "2027-02-01 10:00", "2027-02-01 11:30")),
            calendar("two Instagram posts at exactly 12:00.", on("instagram", "2027-02-03 12:00", "2027-02-03 12:00")),
            calendar("a Facebook post at 22:30 and another at 00:30 the next day.", on("facebook", "2027-02-01 22:30", "2027-02-02 00:30")),
            calendar("multi-channel posts", [post(SNOW_DAY, channels=("facebook", "instagram"), publish="2027-02-01 10:00")], on("instagram", "2027-02-01 12:00")),
        ],
        clean=[
            calendar("Facebook at 09:00 and Instagram at 10:00 (different channels).", on("facebook", "2027-02-01 09:00"), on("instagram", "2027-02-01 10:00")),
            calendar("two Facebook posts at 09:00 and 15:00.", on("facebook", "2027-02-01 09:00", "2027-02-01 15:00")),
            calendar("a clash with a cancelled post.", on("facebook", "2027-02-01 10:00"), cancelled=[on("facebook", "2027-02-01 11:00")]),
            calendar("exactly three hours", on("facebook", "2027-02-01 09:00", "2027-02-01 12:00")),
            calendar("a clash before today", on("facebook", "2027-01-11 10:00", "2027-01-11 10:30")),
        ],
    ),
    "CON005": Cases(
        trigger=[
            post(SNOW_DAY, publish="2027-02-01 22:15"),
            post(SNOW_DAY, channels=("instagram",), publish="2027-02-01 06:30"),
            post(SNOW_DAY, publish="2027-02-01 21:00"),
            post(SNOW_DAY, channels=("x", "instagram"), publish="2027-02-02 02:00"),
        ],
        clean=[
            post(SNOW_DAY, publish="2027-02-01 07:00"),
            post(SNOW_DAY, publish="2027-02-01 20:59"),
            post(SNOW_DAY, channels=("x",), publish="2027-02-01 23:00"),
            post(SNOW_DAY, publish="2027-02-01 23:00", status="cancelled"),
            post(SNOW_DAY, publish="2027-01-10 23:00", status="published"),
            SNOW_DAY,
        ],
    ),
}


# --------------------------------------------------------------------------- focused checks


def test_gap_is_reported_on_the_post_that_ends_it():
    first, second = on("facebook", "2027-02-01", "2027-02-08", lines={"publish": 3})
    found = hits("CON001", [second, first])
    assert len(found) == 1
    assert found[0].path == second.path and found[0].line == 3
    assert "7 days" in found[0].message and "4 days" in found[0].message and "facebook" in found[0].message


def test_gap_uses_each_channels_own_limit():
    posts = [post(SNOW_DAY, channels=("facebook", "instagram"), publish="2027-02-01 10:00"), post(SNOW_DAY, channels=("facebook", "instagram"), publish="2027-02-06 10:00")]
    found = hits("CON001", posts)
    assert len(found) == 1 and found[0].message.startswith("facebook")


def test_weekly_count_names_the_week_and_the_target():
    example = on("instagram", "2027-02-01", "2027-02-04", "2027-02-15", "2027-02-18")
    found = hits("CON002", example)
    assert len(found) == 1
    assert "2027-02-08" in found[0].message and "2027-W06" in found[0].message and "0 posts" in found[0].message
    assert found[0].path == example[2].path  # the empty week's finding sits on the next post


def test_weekly_count_below_one_per_week_is_left_to_the_gap_rule():
    slow = replace(PLANS, cadence=replace(PLANS.cadence, channels={"facebook": replace(PLANS.cadence.channels["facebook"], per_week=0.5)}))
    assert not hits("CON002", on("facebook", "2027-02-01", "2027-02-15"), plans=slow)


def test_open_slot_points_at_the_series_in_plans():
    with_line = replace(PLANS, series={k: replace(s, line=8) for k, s in PLANS.series.items()})
    found = hits("CON003", ww("2027-01-20", "2027-02-03", "2027-02-10"), plans=with_line)
    assert len(found) == 1
    assert found[0].path == "plans/series.yml" and found[0].line == 8
    assert "Wellness Wednesday" in found[0].message and "2027-01-27" in found[0].message and "series: wellness-wednesday" in found[0].message


def test_open_slots_follow_today_and_the_horizon():
    assert len(hits("CON003", [])) == 4  # 20 and 27 January, 3 and 10 February
    assert len(hits("CON003", [], today=dt.date(2027, 2, 20))) == 1  # only 24 February is left before `until`
    assert not hits("CON003", [], today=dt.date(2027, 3, 1))
    longer = replace(PLANS, cadence=replace(PLANS.cadence, planning_horizon_days=7))
    assert len(hits("CON003", [], plans=longer)) == 1


def test_clash_names_channels_and_distance_on_the_later_post():
    early = post(SNOW_DAY, channels=("facebook", "instagram"), publish="2027-02-01 10:00", path="content/posts/2027/02/01-a.md")
    late = post(SNOW_DAY, channels=("facebook", "instagram"), publish="2027-02-01 11:30", path="content/posts/2027/02/01-b.md")
    found = hits("CON004", [late, early])
    assert len(found) == 1
    assert found[0].path == late.path
    assert "facebook, instagram" in found[0].message and "1 h 30 min" in found[0].message
    assert hits("CON004", on("facebook", "2027-02-01 09:00", "2027-02-01 15:00"), thresholds={"min_hours_apart": 8})


def test_quiet_hours_message_names_the_window():
    found = hits("CON005", post(SNOW_DAY, channels=("x", "instagram"), publish="2027-02-02 02:00", lines={"publish": 4}))
    assert len(found) == 1 and found[0].line == 4
    assert "02:00" in found[0].message and "instagram 21:00-07:00" in found[0].message and "x " not in found[0].message


def test_quiet_hours_that_do_not_wrap():
    lunch = replace(PLANS, cadence=replace(PLANS.cadence, channels={"facebook": replace(PLANS.cadence.channels["facebook"], quiet_hours=(dt.time(12), dt.time(13)))}))
    assert hits("CON005", post(SNOW_DAY, publish="2027-02-01 12:30"), plans=lunch)
    assert not hits("CON005", post(SNOW_DAY, publish="2027-02-01 22:30"), plans=lunch)


def test_today_is_the_harness_day():
    assert TODAY == dt.date(2027, 1, 20)
