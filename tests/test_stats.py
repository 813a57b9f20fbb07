"""stats.py: the numbers the consistency, personality and community rules and the report share.

The harness practice is in America/Chicago; `post()` puts one Facebook post at
2027-02-01 10:00 unless told otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest
from playbook import stats
from playbook.promotion import is_promotional

from tests.rules.harness import PLANS, post

UTC = dt.UTC


def on(channels, *moments, **fields):
    """One post per moment ('2027-02-01' means 10:00 local) on `channels`."""
    channels = (channels,) if isinstance(channels, str) else tuple(channels)
    return [post(channels=channels, publish=m if " " in m else f"{m} 10:00", **fields) for m in moments]


def dates(items):
    return [stats.local_date(PLANS, p).isoformat() for p in items]


# --------------------------------------------------------------------------- planned, by_channel


@pytest.mark.parametrize("status, counts", [("draft", True), ("idea", True), ("in-review", True), ("approved", True), ("published", True), ("cancelled", False)])
def test_planned_keeps_everything_but_cancelled(status, counts):
    assert (stats.planned([post(status=status)]) != []) is counts


def test_by_channel_orders_by_time_then_path_and_counts_a_repeated_channel_once():
    late, early = on("facebook", "2027-02-03", "2027-02-01")
    both = post(channels=("facebook", "instagram", "facebook"), publish="2027-02-02 10:00")
    cancelled = post(channels=("instagram",), publish="2027-02-02 11:00", status="cancelled")
    groups = stats.by_channel([late, early, both, cancelled])
    assert groups == {"facebook": [early, both, late], "instagram": [both]}
    assert stats.by_channel([late, early, both], ["instagram", "x"]) == {"instagram": [both]}


def test_in_order_breaks_ties_by_path():
    a, b = on("facebook", "2027-02-01", "2027-02-01")
    assert stats.in_order([b, a]) == sorted([a, b], key=lambda p: p.path)


# --------------------------------------------------------------------------- weeks


def test_weeks_cover_every_iso_week_from_first_to_last_post_including_empty_ones():
    # Thu 4 Feb, Mon 8 Feb, Sun 14 Feb, then nothing until Tue 23 Feb.
    posts = on("facebook", "2027-02-04", "2027-02-08", "2027-02-14", "2027-02-23")
    weeks = stats.weeks(PLANS, posts)
    assert [(w.monday.isoformat(), w.count, w.label) for w in weeks] == [
        ("2027-02-01", 1, "2027-W05"),
        ("2027-02-08", 2, "2027-W06"),
        ("2027-02-15", 0, "2027-W07"),
        ("2027-02-22", 1, "2027-W08"),
    ]
    assert weeks[1].sunday == dt.date(2027, 2, 14)
    assert weeks[1].posts == tuple(posts[1:3])


def test_weeks_use_the_practice_timezone():
    # 05:30 UTC on Monday 8 Feb is 23:30 on Sunday 7 Feb in Chicago: week 5, not week 6.
    late_sunday = post(publish=dt.datetime(2027, 2, 8, 5, 30, tzinfo=UTC))
    (week,) = stats.weeks(PLANS, [late_sunday])
    assert week.monday == dt.date(2027, 2, 1)


def test_weeks_can_span_a_wider_range_and_no_posts_means_no_weeks():
    posts = on("facebook", "2027-02-10")
    weeks = stats.weeks(PLANS, posts, dt.date(2027, 2, 1), dt.date(2027, 2, 21))
    assert [w.count for w in weeks] == [0, 1, 0]
    assert stats.weeks(PLANS, []) == []


def test_weekly_counts_share_one_span_across_channels():
    posts = [*on("facebook", "2027-02-01", "2027-02-02"), *on("instagram", "2027-02-17")]
    counts = stats.weekly_counts(PLANS, posts, ["facebook", "instagram", "x"])
    assert {ch: [w.count for w in weeks] for ch, weeks in counts.items()} == {
        "facebook": [2, 0, 0],
        "instagram": [0, 0, 1],
        "x": [0, 0, 0],
    }
    assert [w.monday for w in counts["x"]] == [dt.date(2027, 2, 1), dt.date(2027, 2, 8), dt.date(2027, 2, 15)]
    assert stats.weekly_counts(PLANS, [], ["facebook"]) == {"facebook": []}


# --------------------------------------------------------------------------- gaps


def test_gaps_between_consecutive_planned_posts_in_local_days():
    posts = on("facebook", "2027-02-01", "2027-02-04", "2027-02-11")
    skipped = post(channels=("facebook",), publish="2027-02-07 10:00", status="cancelled")
    (gaps,) = stats.gaps(PLANS, [*posts, skipped]).values()
    assert [(g.start.isoformat(), g.end.isoformat(), g.days) for g in gaps] == [("2027-02-01", "2027-02-04", 3), ("2027-02-04", "2027-02-11", 7)]
    assert gaps[1].before is posts[1] and gaps[1].after is posts[2]


@pytest.mark.parametrize(
    "moments, expected",
    [
        (["2027-02-01"], None),  # one post: no gap
        (["2027-02-01", "2027-02-05", "2027-02-06", "2027-02-10"], ("2027-02-01", 4)),  # ties: the earliest
        (["2027-02-01", "2027-02-02", "2027-02-12"], ("2027-02-02", 10)),
        (["2027-02-01 23:30", "2027-02-02 00:30"], ("2027-02-01", 1)),  # an hour apart, but on two local dates
    ],
)
def test_longest_gap(moments, expected):
    longest = stats.longest_gaps(PLANS, on("facebook", *moments))
    if expected is None:
        assert longest == {}
    else:
        gap = longest["facebook"]
        assert (gap.start.isoformat(), gap.days) == expected


# --------------------------------------------------------------------------- months


def test_months_group_by_local_month_and_count_guidelines():
    posts = [
        post(guideline="expert", publish="2027-01-31 20:00"),
        post(guideline="expert", publish=dt.datetime(2027, 2, 1, 3, 0, tzinfo=UTC)),  # 21:00 on 31 Jan in Chicago
        post(guideline="community", publish="2027-02-01 10:00"),
        post(guideline="personality", publish="2027-02-02 10:00"),
        post(guideline="community", publish="2027-02-03 10:00", status="cancelled"),
    ]
    january, february = stats.months(PLANS, posts)
    assert (january.key, january.total, dict(january.counts)) == ((2027, 1), 2, {"expert": 2})
    assert (february.key, february.total, february.count("community"), february.count("expert")) == ((2027, 2), 2, 1, 0)
    assert february.share("community") == 0.5 and february.share("expert") == 0
    assert january.label == "January 2027"


def test_months_since_drops_earlier_months():
    posts = [post(publish="2027-01-10 10:00"), post(publish="2027-02-10 10:00")]
    assert [m.key for m in stats.months(PLANS, posts, since=dt.date(2027, 2, 28))] == [(2027, 2)]
    assert [m.key for m in stats.months(PLANS, posts, since=dt.date(2027, 1, 1))] == [(2027, 1), (2027, 2)]


def test_promotional_share_uses_the_predicate_it_is_given():
    posts = [
        post("Book now: 20% off sports massages this week!", publish="2027-02-01 10:00"),
        post("Warm up for five minutes before a winter run.", publish="2027-02-02 10:00", tags=("promotion",)),
        post("Warm up for five minutes before a winter run.", publish="2027-02-03 10:00"),
        post("Warm up for five minutes before a winter run.", publish="2027-02-04 10:00"),
    ]
    (month,) = stats.months(PLANS, posts, is_promotional=is_promotional)
    assert month.promotional == tuple(posts[:2])
    assert month.promotional_share == 0.5
    (plain,) = stats.months(PLANS, posts)
    assert plain.promotional == () and plain.promotional_share == 0


@pytest.mark.parametrize("share, text", [(0, "0%"), (0.25, "25%"), (1 / 3, "33%"), (0.126, "13%"), (1, "100%")])
def test_percent(share, text):
    assert stats.percent(share) == text


def test_guidelines_in_keeps_the_usual_order():
    (month,) = stats.months(PLANS, [post(guideline="community"), post(guideline="expert")])
    assert stats.guidelines_in([month]) == ["expert", "negatives", "personality", "community", "consistency"]


# --------------------------------------------------------------------------- one sort per tuple of posts


def test_a_tuple_of_posts_is_sorted_once_and_every_caller_gets_its_own_lists():
    """stats keeps the order of the last tuple of posts (the corpus rules ask about corpus.posts many
    times): what one caller does to its lists never reaches the next, and another tuple is sorted afresh."""
    late, early, other = *on("facebook", "2027-02-03", "2027-02-01"), *on("instagram", "2027-02-02")
    posts = (late, early, other)
    first = stats.by_channel(posts)
    first["facebook"].clear()
    ordered = stats.in_order(posts)
    ordered.reverse()
    assert stats.by_channel(posts) == {"facebook": [early, late], "instagram": [other]}
    assert stats.in_order(posts) == [early, other, late]
    assert stats.by_channel(posts, ["instagram"]) == {"instagram": [other]}
    assert stats.in_order((other, late)) == [other, late]  # a new tuple, not the remembered one
    as_list = [late, early]
    assert stats.in_order(as_list) == [early, late]
    as_list.append(other)  # a list may change between calls: never remembered
    assert stats.in_order(as_list) == [early, other, late]


def test_local_dates_are_local_date_of_each_post():
    posts = on("facebook", "2027-02-01 23:30", "2027-03-14 01:30", "2027-11-07 00:59")
    posts.append(post(publish=dt.datetime(2027, 3, 14, 8, 0, tzinfo=UTC)))  # an instant written in UTC
    assert stats.local_dates(PLANS, posts) == [stats.local_date(PLANS, p) for p in posts]
