"""The review log's numbers: response rate and time to respond per platform and month, ratings per
month, and how often each template was used. The report and the library read them here, and the
due days come from queue.py, so a number on the site never disagrees with a finding.

Percentiles use the nearest-rank method (the smallest value with at least q of the values at or
below it): always one of the measured times, the same on every machine.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from .model import Review, ReviewLog
from .queue import deadlines

ALL = ""  # the platform of a month's total row


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(1, math.ceil(q * len(ordered))) - 1]


def hours_to_respond(review: Review) -> float | None:
    if review.answered is None:
        return None
    return (review.answered - review.received).total_seconds() / 3600


def month_of(review: Review, tz) -> str:
    return f"{review.received.astimezone(tz):%Y-%m}"


@dataclass(frozen=True)
class ResponseRow:
    month: str  # YYYY-MM, of the day received
    platform: str  # ALL for the month's total
    received: int
    answered: int
    median_hours: float | None
    p90_hours: float | None
    negative: int
    negative_in_time: int  # negative reviews answered on or before their due day

    @property
    def rate(self) -> float:
        return self.answered / self.received if self.received else 0.0


def response_rows(log: ReviewLog, tz) -> list[ResponseRow]:
    """One row per month and platform with reviews, then the month's total, months in order."""
    groups: dict[tuple[str, str], list[Review]] = {}
    for review in log.reviews:
        month = month_of(review, tz)
        groups.setdefault((month, review.platform), []).append(review)
        groups.setdefault((month, ALL), []).append(review)
    rows = []
    for (month, platform), reviews in sorted(groups.items(), key=lambda item: (item[0][0], item[0][1] == ALL, item[0][1])):
        times = [h for h in (hours_to_respond(r) for r in reviews) if h is not None]
        negative = [r for r in reviews if r.negative]
        in_time = sum(1 for r in negative if r.answered is not None and r.answered.astimezone(tz).date() <= deadlines(r, log.settings, tz).due)
        rows.append(ResponseRow(month, platform, len(reviews), len(times), percentile(times, 0.5), percentile(times, 0.9), len(negative), in_time))
    return rows


@dataclass(frozen=True)
class RatingMonth:
    month: str
    counts: tuple[int, int, int, int, int]  # reviews with 1..5 stars
    unrated: int

    @property
    def rated(self) -> int:
        return sum(self.counts)

    @property
    def average(self) -> float | None:
        return sum((stars + 1) * n for stars, n in enumerate(self.counts)) / self.rated if self.rated else None


def rating_months(log: ReviewLog, tz) -> list[RatingMonth]:
    """Every month from the first review to the last, empty months included (a gap is information too)."""
    if not log.reviews:
        return []
    by_month: dict[str, list[Review]] = {}
    for review in log.reviews:
        by_month.setdefault(month_of(review, tz), []).append(review)
    first, last = min(by_month), max(by_month)
    months, year, month = [], int(first[:4]), int(first[5:])
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        reviews = by_month.get(key, [])
        counts = tuple(sum(1 for r in reviews if r.rating == stars) for stars in range(1, 6))
        months.append(RatingMonth(key, counts, sum(1 for r in reviews if r.rating is None)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@dataclass(frozen=True)
class Usage:
    count: int
    last: dt.date | None


def template_usage(log: ReviewLog, tz) -> dict[str, Usage]:
    """How often each template (by uid) answered a review, and on which day last."""
    usage: dict[str, Usage] = {}
    for review in log.reviews:
        if review.answered is None or not review.template:
            continue
        day = review.answered.astimezone(tz).date()
        before = usage.get(review.template, Usage(0, None))
        usage[review.template] = Usage(before.count + 1, max(filter(None, (before.last, day))))
    return usage
