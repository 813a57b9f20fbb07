"""The recurrence rules a series may use, and their bounded expansion.

A series is a social post on a date, at the series' `time`: at most one slot
a day. So an `rrule` may repeat daily, weekly, monthly or yearly and pick days
(BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS ...), but not hours, minutes or seconds
(FREQ=SECONDLY from years back would expand into hundreds of millions of
slots), and it may not carry its own DTSTART (that is the series' `from`).
Every number in it is bounded, and expansion never runs past the day the
caller asks for, so even a rule that matches no date ends quickly.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re

from dateutil import rrule as dateutil_rrule

from . import horizon
from .findings import Problem

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
PARTS = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "BYYEARDAY", "BYWEEKNO", "WKST")
TIME_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")
LIMITS = {"INTERVAL": (1, 1000), "COUNT": (1, 10_000)}
_UNTIL = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$", re.ASCII)
EXAMPLE = "FREQ=WEEKLY;BYDAY=WE"


def _parts(text: str) -> dict[str, str]:
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[len("RRULE:") :]
    parts: dict[str, str] = {}
    for item in body.split(";"):
        if item.strip():  # a trailing ';' is harmless
            name, _, value = item.partition("=")
            parts[name.strip().upper()] = value.strip().upper()
    return parts


def problem(text: str) -> str:
    """Why `text` is not a recurrence rule a series may use (a Problem: FM044, or FM020 for an
    UNTIL outside the planning horizon), or '' when it is."""
    if "\n" in text.strip() or "\r" in text:
        return "write one rule on one line, e.g. " + EXAMPLE + " (the series' `from` is its start)"
    parts = _parts(text)
    for name, value in parts.items():
        if name in TIME_PARTS:
            return f"{name} is not allowed: a series has one slot a day, at its `time`"
        if name not in PARTS:
            return f"'{name[:20]}' is not a part a series rule may use (use {', '.join(PARTS)})"
        if name in LIMITS:
            low, high = LIMITS[name]
            if not (value.isascii() and value.isdigit()) or len(value) > 9 or not low <= int(value) <= high:
                return f"{name} must be a whole number from {low} to {high}, not '{value[:20]}'"
    freq = parts.get("FREQ", "")
    if freq not in FREQUENCIES:
        return f"FREQ must be one of {', '.join(FREQUENCIES)} (a series posts at most once a day), not '{freq[:20]}'"
    if "UNTIL" in parts:
        match = _UNTIL.match(parts["UNTIL"])
        try:
            until = dt.date(*(int(g) for g in match.groups()[:3])) if match else None
        except ValueError:
            until = None
        if until is None:
            return f"UNTIL must be a date such as 20271231, not '{parts['UNTIL'][:20]}'"
        if not horizon.in_range(until):
            return Problem(horizon.out_of_range(parts["UNTIL"]), "FM020")
    try:
        dateutil_rrule.rrulestr(_text(parts), dtstart=dt.datetime(2027, 1, 1))
    except (ValueError, TypeError, OverflowError, IndexError, KeyError) as exc:
        return str(exc)[:120] or "not a recurrence rule"
    return ""


def _until(value: str) -> dt.datetime:
    match = _UNTIL.match(value)
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    return dt.datetime(year, month, day, hour, minute, second)


def _text(parts: dict[str, str]) -> str:
    """The rule written back, its UNTIL on the local wall clock like the series' start (a trailing
    Z would make dateutil demand a timezone-aware start; a series has none)."""
    if "UNTIL" in parts and _UNTIL.match(parts["UNTIL"]):
        parts = {**parts, "UNTIL": f"{_until(parts['UNTIL']):%Y%m%dT%H%M%S}"}
    return ";".join(f"{name}={value}" for name, value in parts.items())


# The Gregorian calendar repeats exactly every 400 years (146,097 days, a whole number of
# weeks): weekdays, leap days, week numbers all line up again.
CYCLE_YEARS = 400


def _moved(moment, cycles: int):
    return moment.replace(year=moment.year + CYCLE_YEARS * cycles)


@functools.lru_cache(maxsize=256)
def occurrences(text: str, start: dt.datetime, first: dt.date, last: dt.date) -> tuple[dt.datetime, ...]:
    """Naive date-times of the rule from `start` whose date lies in [first, last].

    dateutil only stops at a rule's UNTIL when it finds an occurrence, so a rule
    that matches no day at all (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31) would run on
    to the year 9999. We move the whole question forward by whole 400-year cycles
    until `last` lies in the last cycle before 9999: the answer is the same, and
    the search past `last` is at most one cycle long. The rule is cut at `last`
    (an UNTIL is added or moved earlier; a COUNT is applied by counting). A rule
    `problem` refuses gives no occurrences.
    """
    if last < first or problem(text):
        return ()
    cycles = (dt.MAXYEAR - last.year) // CYCLE_YEARS
    parts = _parts(text)
    count = parts.pop("COUNT", None)
    stop = dt.datetime.combine(last, dt.time(23, 59, 59))
    until = min(_until(parts["UNTIL"]), stop) if "UNTIL" in parts else stop
    parts["UNTIL"] = f"{_moved(until, cycles):%Y%m%dT%H%M%S}"
    try:
        rule = dateutil_rrule.rrulestr(_text(parts), dtstart=_moved(start, cycles))
        if count:
            found = list(itertools.islice(rule, int(count)))
        else:
            found = rule.between(_moved(dt.datetime.combine(first, dt.time.min), cycles), _moved(stop, cycles), inc=True)
    except (ValueError, TypeError, OverflowError, IndexError, KeyError):
        return ()
    moments = (_moved(moment, -cycles) for moment in found)
    return tuple(moment for moment in moments if first <= moment.date() <= last)
