"""Business days in the practice's own calendar: when a reply to a review is due.

A target of N business days means: by the end of the Nth business day after the
day the review came in (in the practice's timezone). A review that arrives on a
Saturday and one that arrives on Friday evening are both due by the end of
Tuesday with a two-day target; a closed day (a holiday) does not count. "Today"
is a day, not an hour (clock.py), so the day is the unit throughout: a reply is
late when it is written on a day after its due day, and an open review is past
its target once its due day has passed.
"""

from __future__ import annotations

import datetime as dt

from .model import ReviewSettings

ONE_DAY = dt.timedelta(days=1)


def is_business_day(day: dt.date, settings: ReviewSettings) -> bool:
    return day.weekday() in settings.open_days and day not in settings.closed


def due_day(received: dt.date, business_days: int, settings: ReviewSettings) -> dt.date:
    """The Nth business day after `received` (N = 0: that day, or the next business day if it is not one).

    Bounded: settings always keep at least one open weekday (settings.py), so each
    business day is found within a week plus the closed days.
    """
    if not settings.open_days:
        raise ValueError("no open weekday: business days cannot be counted")
    day = received
    limit = (business_days + 1) * 7 + len(settings.closed) + 7
    if business_days == 0:
        while not is_business_day(day, settings) and limit:
            day, limit = day + ONE_DAY, limit - 1
        return day
    counted = 0
    while counted < business_days and limit:
        day, limit = day + ONE_DAY, limit - 1
        if is_business_day(day, settings):
            counted += 1
    return day


def business_days_between(start: dt.date, end: dt.date, settings: ReviewSettings) -> int:
    """Business days after `start` up to and including `end` (negative when `end` is before `start`)."""
    if end < start:
        return -business_days_between(end, start, settings)
    weeks, rest = divmod((end - start).days, 7)
    count = weeks * len(settings.open_days)
    day = start + dt.timedelta(weeks=weeks)
    for _ in range(rest):
        day += ONE_DAY
        count += day.weekday() in settings.open_days
    count -= sum(1 for closed in settings.closed if start < closed <= end and closed.weekday() in settings.open_days)
    return count
