"""Series slots: expanding plans/series.yml into dated openings and matching posts to them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from playbook import slots
from playbook.model import Series

from tests.rules.harness import PLANS, TZ, post

D = dt.date.fromisoformat
WW = PLANS.series["wellness-wednesday"]  # Instagram, Wednesdays 12:00, 2027-01-06 .. 2027-02-24


def plans_with(*series: Series):
    return replace(PLANS, series={s.id: s for s in series})


def monday_clinic(**fields) -> Series:
    base = Series("move-better-monday", "Move Better Monday", ("facebook", "x"), "expert", "FREQ=WEEKLY;BYDAY=MO", dt.time(9, 0), D("2027-01-04"), D("2027-03-29"))
    return replace(base, **fields)


def ww_post(day: str, time: str = "12:00", **fields):
    return post("Snow day? Warm up for five minutes before you pick up the shovel. #WellnessWednesday", series="wellness-wednesday", channels=("instagram",), publish=f"{day} {time}", **fields)


def test_expand_gives_aware_slots_at_the_series_time():
    found = slots.expand(PLANS, D("2027-01-01"), D("2027-01-31"))
    assert [s.date for s in found] == [D("2027-01-06"), D("2027-01-13"), D("2027-01-20"), D("2027-01-27")]
    first = found[0]
    assert first.start == dt.datetime(2027, 1, 6, 12, 0, tzinfo=TZ)
    assert first.start.utcoffset() == dt.timedelta(hours=-6)
    assert (first.series_id, first.name, first.channels, first.guideline) == ("wellness-wednesday", "Wellness Wednesday", ("instagram",), "personality")


def test_window_end_is_exclusive_and_start_inclusive():
    found = slots.expand(PLANS, D("2027-01-13"), D("2027-01-27"))
    assert [s.date for s in found] == [D("2027-01-13"), D("2027-01-20")]


def test_until_is_honoured_and_inclusive():
    found = slots.expand(PLANS, D("2027-02-15"), D("2027-04-01"))
    assert [s.date for s in found] == [D("2027-02-17"), D("2027-02-24")]


def test_nothing_before_the_series_starts():
    assert slots.expand(PLANS, D("2026-12-01"), D("2027-01-06")) == []


def test_slots_keep_their_wall_clock_time_across_daylight_saving():
    found = slots.expand(plans_with(monday_clinic()), D("2027-03-08"), D("2027-03-16"))
    assert [s.start.strftime("%Y-%m-%d %H:%M") for s in found] == ["2027-03-08 09:00", "2027-03-15 09:00"]
    assert found[0].start.utcoffset() != found[1].start.utcoffset()  # US daylight saving starts 2027-03-14


def test_several_series_are_ordered_by_time_then_id():
    twin = replace(WW, id="another-wednesday", name="Another Wednesday")
    found = slots.expand(plans_with(WW, twin, monday_clinic()), D("2027-01-11"), D("2027-01-14"))
    assert [(s.series_id, s.date) for s in found] == [
        ("move-better-monday", D("2027-01-11")),
        ("another-wednesday", D("2027-01-13")),
        ("wellness-wednesday", D("2027-01-13")),
    ]


def test_rrule_count_and_interval_are_respected():
    fortnightly = monday_clinic(rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=3", until=None)
    found = slots.expand(plans_with(fortnightly), D("2027-01-01"), D("2027-12-31"))
    assert [s.date for s in found] == [D("2027-01-04"), D("2027-01-18"), D("2027-02-01")]


def test_a_broken_or_empty_rule_has_no_slots():
    assert slots.expand(plans_with(monday_clinic(rrule="FREQ=SOMETIMES")), D("2027-01-01"), D("2027-02-01")) == []
    assert slots.expand(plans_with(monday_clinic(rrule="")), D("2027-01-01"), D("2027-02-01")) == []


def test_open_slots_leave_out_filled_ones():
    posts = [ww_post("2027-01-06"), ww_post("2027-01-20", "15:30")]
    found = slots.open_slots(PLANS, posts, D("2027-01-01"), D("2027-01-31"))
    assert [s.date for s in found] == [D("2027-01-13"), D("2027-01-27")]


def test_cancelled_posts_and_other_dates_or_series_do_not_fill():
    posts = [
        ww_post("2027-01-06", status="cancelled"),
        ww_post("2027-01-14"),  # a day late
        post("Our hydration tip of the week. #WellnessWednesday", channels=("instagram",), publish="2027-01-20 12:00"),  # no series
    ]
    found = slots.open_slots(PLANS, posts, D("2027-01-01"), D("2027-01-21"))
    assert [s.date for s in found] == [D("2027-01-06"), D("2027-01-13"), D("2027-01-20")]


def test_the_local_date_decides_not_the_utc_date():
    late_evening = ww_post("2027-01-13", "20:30")  # 02:30 UTC on the 14th
    assert slots.open_slots(PLANS, [late_evening], D("2027-01-13"), D("2027-01-14")) == []


def test_expansion_is_deterministic():
    plans = plans_with(WW, monday_clinic())
    assert slots.expand(plans, D("2027-01-01"), D("2027-04-01")) == slots.expand(plans, D("2027-01-01"), D("2027-04-01"))
