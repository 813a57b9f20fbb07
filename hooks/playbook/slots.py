"""Series slots: the dated openings that `plans/series.yml` promises, and which posts fill them.

A series ("Wellness Wednesday, Instagram, every Wednesday at 12:00") is a
recurrence rule. `expand` turns every series into concrete, timezone-aware
slots inside a window of dates; `open_slots` keeps the ones no post fills.
The consistency rules, the calendar feed and `playbook slots` share this
module, so they can never disagree about what "open" means.

Recurrences are expanded in the practice's local wall-clock time and only then
given the practice timezone, so a 12:00 slot stays at 12:00 across a
daylight-saving change.
"""

from __future__ import annotations

import datetime as dt
import shlex
from collections.abc import Iterable
from dataclasses import dataclass

from . import recurrence
from .model import Plans, Post, Series
from .statuses import NEVER_OUT

NOT_FILLING = NEVER_OUT


@dataclass(frozen=True)
class Slot:
    """One dated opening of a series."""

    series_id: str
    name: str
    start: dt.datetime  # timezone-aware, in the practice timezone
    channels: tuple[str, ...]
    guideline: str

    @property
    def date(self) -> dt.date:
        """The local calendar date of the slot."""
        return self.start.date()


def _occurrences(series: Series, first: dt.date, stop: dt.date) -> tuple[dt.datetime, ...]:
    """Naive local date-times of `series` whose date lies in [first, stop).

    plans.py reports a rule it cannot read; a broken series simply has no slots.
    """
    if not series.rrule or stop <= first:
        return ()
    last_day = stop - dt.timedelta(days=1)
    if series.until is not None and series.until < last_day:
        last_day = series.until
    first = max(first, series.start)
    return recurrence.occurrences(series.rrule, dt.datetime.combine(series.start, series.time), first, last_day)


def expand(plans: Plans, start: dt.date, end: dt.date) -> list[Slot]:
    """Every series slot whose local date lies in [start, end), ordered by time, then series id."""
    tz = plans.tz
    slots = [
        Slot(series.id, series.name or series.id, moment.replace(tzinfo=tz), tuple(series.channels), series.guideline)
        for series in plans.series.values()
        for moment in _occurrences(series, start, end)
    ]
    slots.sort(key=lambda slot: (slot.start, slot.series_id))
    return slots


def local_date(plans: Plans, post: Post) -> dt.date:
    """The calendar date a post goes out on, in the practice timezone."""
    return plans.local(post.publish).date()


def local_dates(plans: Plans, posts: Iterable[Post]) -> list[dt.date]:
    """`local_date` of each post, in one list (the callers sort and group them)."""
    local = plans.local
    return [local(post.publish).date() for post in posts]


def filled(plans: Plans, posts: Iterable[Post]) -> set[tuple[str, dt.date]]:
    """(series id, local date) of every post that fills a slot; built once, looked up per slot."""
    return {(post.series, local_date(plans, post)) for post in posts if post.series and post.status not in NOT_FILLING}


def open_slots(plans: Plans, posts: Iterable[Post], start: dt.date, end: dt.date) -> list[Slot]:
    """Slots in [start, end) that no post fills.

    A post fills a slot when its `series` is the slot's series, its local publish
    date is the slot's date and it is not cancelled. The time of day does not
    have to match: moving a Wednesday post from 12:00 to 15:00 still fills
    Wednesday.
    """
    taken = filled(plans, posts)
    return [slot for slot in expand(plans, start, end) if (slot.series_id, slot.date) not in taken]


def fill_command(series_id: str, name: str, day: dt.date) -> str:
    """The exact `playbook new post` command that fills a slot; every value is shell-quoted."""
    return f"playbook new post {shlex.quote(name)} --series {shlex.quote(series_id)} --date {day.isoformat()}"
