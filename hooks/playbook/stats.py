"""Numbers about the plan that the rules and the report share, so they can never disagree.

Which posts count ("planned": everything but cancelled ones), how many go out
per channel in each ISO week, how long each channel stays quiet between two
posts, and how each calendar month splits across the guidelines and how much
of it is promotional. The consistency, personality and community rules judge
these numbers against `plans/cadence.yml`; the site's report page draws them.

Dates are local dates in the practice timezone. Every function sorts once and
then scans (O(n log n) in the number of posts, plus the number of weeks a
channel spans). This module sits below the rules: it never imports them, and
what makes a post promotional (promotion.is_promotional) is passed in as a
predicate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .model import GUIDELINES, Plans, Post
from .slots import local_date, local_dates
from .statuses import NEVER_OUT

__all__ = [
    "NOT_PLANNED",
    "Gap",
    "Month",
    "Week",
    "by_channel",
    "gaps",
    "guidelines_in",
    "in_order",
    "local_date",
    "local_dates",
    "longest_gaps",
    "monday_of",
    "month_label",
    "months",
    "percent",
    "planned",
    "weekly_counts",
    "weeks",
]

NOT_PLANNED = NEVER_OUT
ONE_WEEK = dt.timedelta(days=7)


# --------------------------------------------------------------------------- which posts count


def planned(posts: Iterable[Post]) -> list[Post]:
    """Posts still on the calendar: everything except cancelled ones (input order kept)."""
    return [post for post in posts if post.status not in NOT_PLANNED]


def in_order(posts: Iterable[Post]) -> list[Post]:
    """Planned posts in publish order, ties broken by file path."""
    return list(_sorted(posts)[0])


def by_channel(posts: Iterable[Post], channels: Iterable[str] | None = None) -> dict[str, list[Post]]:
    """Planned posts per channel, each list in publish order; only `channels` when given.

    A post that names a channel twice counts once on it.
    """
    groups = _sorted(posts)[1]
    wanted = set(channels) if channels is not None else groups.keys()
    return {channel: list(items) for channel, items in groups.items() if channel in wanted}


_LAST: list = [None]  # (posts, (in order, per channel)) of the last tuple of posts asked about


def _sorted(posts: Iterable[Post]) -> tuple[tuple[Post, ...], dict[str, tuple[Post, ...]]]:
    """The planned posts in order, and per channel (every channel), worked out once per tuple of posts:
    the corpus rules and the report ask about the same corpus.posts many times. A tuple of frozen posts
    cannot change, and the one kept here is held, so `is` cannot match another tuple."""
    last = _LAST[0]
    if last is not None and last[0] is posts:
        return last[1]
    ordered = tuple(sorted(planned(posts), key=lambda p: (p.publish, p.path)))
    groups: dict[str, list[Post]] = {}
    for post in ordered:
        for channel in dict.fromkeys(post.channels):
            groups.setdefault(channel, []).append(post)
    result = (ordered, {channel: tuple(items) for channel, items in groups.items()})
    if isinstance(posts, tuple):
        _LAST[0] = (posts, result)
    return result


# --------------------------------------------------------------------------- weeks


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True)
class Week:
    """One ISO week (Monday to Sunday, practice timezone) and the posts that go out in it."""

    monday: dt.date
    posts: tuple[Post, ...] = ()

    @property
    def sunday(self) -> dt.date:
        return self.monday + dt.timedelta(days=6)

    @property
    def count(self) -> int:
        return len(self.posts)

    @property
    def label(self) -> str:
        """ISO week name, e.g. 2027-W03."""
        year, week, _ = self.monday.isocalendar()
        return f"{year}-W{week:02d}"


def weeks(plans: Plans, posts: Sequence[Post], first: dt.date | None = None, last: dt.date | None = None) -> list[Week]:
    """Every ISO week from the one holding `first` to the one holding `last`, empty weeks included.

    `posts` must be in publish order (as `by_channel` gives them); `first` and
    `last` default to the local dates of the first and the last post. Posts
    outside those weeks are left out.
    """
    days = local_dates(plans, posts)
    if first is None:
        if not days:
            return []
        first = days[0]
    if last is None:
        if not days:
            return []
        last = days[-1]
    start, stop = monday_of(first), monday_of(last)
    result: list[Week] = []
    index = 0
    while index < len(days) and days[index] < start:
        index += 1
    monday = start
    while monday <= stop:
        sunday = monday + dt.timedelta(days=6)
        begin = index
        while index < len(days) and days[index] <= sunday:
            index += 1
        result.append(Week(monday, tuple(posts[begin:index])))
        monday += ONE_WEEK
    return result


def weekly_counts(plans: Plans, posts: Iterable[Post], channels: Iterable[str] | None = None) -> dict[str, list[Week]]:
    """Per channel, every ISO week from the first to the last planned post on any of `channels`.

    All channels share the same span of weeks, so they can be compared side by
    side; a channel with no planned post gets a list of empty weeks. With
    `channels` left out, the channels that have planned posts are used.
    """
    groups = by_channel(posts, channels)
    names = list(dict.fromkeys(channels)) if channels is not None else sorted(groups)
    dated = [local_date(plans, items[i]) for items in groups.values() for i in (0, -1)]
    if not dated:
        return {name: [] for name in names}
    first, last = min(dated), max(dated)
    return {name: weeks(plans, groups.get(name, []), first, last) for name in names}


# --------------------------------------------------------------------------- gaps


@dataclass(frozen=True)
class Gap:
    """The quiet stretch on one channel between two consecutive planned posts."""

    channel: str
    before: Post
    after: Post
    start: dt.date  # local publish date of `before`
    end: dt.date  # local publish date of `after`

    @property
    def days(self) -> int:
        return (self.end - self.start).days


def gaps(plans: Plans, posts: Iterable[Post], channels: Iterable[str] | None = None) -> dict[str, list[Gap]]:
    """Per channel, the gap between each pair of consecutive planned posts, in publish order.

    A channel with fewer than two planned posts has no gaps (an empty list).
    """
    result: dict[str, list[Gap]] = {}
    for channel, items in by_channel(posts, channels).items():
        days = local_dates(plans, items)
        result[channel] = [Gap(channel, items[i], items[i + 1], days[i], days[i + 1]) for i in range(len(items) - 1)]
    return result


def longest_gaps(plans: Plans, posts: Iterable[Post], channels: Iterable[str] | None = None) -> dict[str, Gap]:
    """Per channel, its longest gap (the earliest one when several are as long).

    Channels with fewer than two planned posts are left out.
    """
    result: dict[str, Gap] = {}
    for channel, items in gaps(plans, posts, channels).items():
        best = None
        for gap in items:
            if best is None or gap.days > best.days:
                best = gap
        if best is not None:
            result[channel] = best
    return result


# --------------------------------------------------------------------------- months


@dataclass(frozen=True)
class Month:
    """One calendar month (practice timezone): its planned posts and how they split."""

    year: int
    month: int
    posts: tuple[Post, ...]  # in publish order
    counts: Mapping[str, int] = field(default_factory=dict)  # guideline -> planned posts
    promotional: tuple[Post, ...] = ()  # in publish order

    @property
    def key(self) -> tuple[int, int]:
        return (self.year, self.month)

    @property
    def total(self) -> int:
        return len(self.posts)

    @property
    def label(self) -> str:
        return month_label(self.key)

    def count(self, guideline: str) -> int:
        return self.counts.get(guideline, 0)

    def share(self, guideline: str) -> float:
        """The share of the month's planned posts that follow `guideline` (0 for an empty month)."""
        return self.count(guideline) / self.total if self.posts else 0.0

    @property
    def promotional_share(self) -> float:
        return len(self.promotional) / self.total if self.posts else 0.0


def months(
    plans: Plans,
    posts: Iterable[Post],
    *,
    since: dt.date | None = None,
    is_promotional: Callable[[Post], bool] | None = None,
) -> list[Month]:
    """Planned posts grouped by local calendar month, oldest first.

    With `since`, months before the month of `since` (history) are left out.
    `is_promotional` decides which posts count as promotional; without it no
    post does.
    """
    groups: dict[tuple[int, int], list[Post]] = {}
    ordered = _sorted(posts)[0]
    for post, day in zip(ordered, local_dates(plans, ordered)):
        groups.setdefault((day.year, day.month), []).append(post)
    current = (since.year, since.month) if since is not None else None
    result = []
    for key, items in sorted(groups.items()):
        if current is not None and key < current:
            continue
        counts: dict[str, int] = {}
        for post in items:
            counts[post.guideline] = counts.get(post.guideline, 0) + 1
        promos = tuple(post for post in items if is_promotional(post)) if is_promotional else ()
        result.append(Month(key[0], key[1], tuple(items), counts, promos))
    return result


def guidelines_in(found: Iterable[Month]) -> list[str]:
    """The five guidelines in their usual order, then any other guideline the months hold."""
    seen = {g for month in found for g in month.counts}
    return [*GUIDELINES, *sorted(seen - set(GUIDELINES))]


# --------------------------------------------------------------------------- words for the numbers


def month_label(month: tuple[int, int]) -> str:
    """(2027, 1) -> 'January 2027'."""
    return dt.date(month[0], month[1], 1).strftime("%B %Y")


def percent(share: float) -> str:
    """0.25 -> '25%'."""
    return f"{share * 100:.0f}%"
