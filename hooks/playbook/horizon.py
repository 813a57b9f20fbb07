"""The planning horizon: the one range of dates, and of numbers, the engine agrees to work with.

Two bounds, so no input can overflow a date or make the build expand without end:

- absolute: every date the practice writes (publish, approvals, news, events,
  series, campaigns, authorizations, `as_of`, `--today`) lies in the years
  FIRST_YEAR..LAST_YEAR. Python dates stop at 9999; a post in 9999 with an
  offset overflows when converted to the practice timezone, so we refuse such
  dates long before that, where a typo is far likelier than a plan.
- relative: what the build expands (calendar months, open slots, the feeds)
  stays within WINDOW_YEARS of today, so a post dated centuries ahead cannot
  make thousands of empty month pages.

Numbers in plans files are bounded too, where they are read (`FieldReader.number`
in fields.py, thresholds in config.py, rrule parts in recurrence.py); NaN and
infinity are never numbers a practice means.
"""

from __future__ import annotations

import datetime as dt
import math

FIRST_YEAR = 2000
LAST_YEAR = 2100
EARLIEST = dt.date(FIRST_YEAR, 1, 1)
LATEST = dt.date(LAST_YEAR, 12, 31)
WINDOW_YEARS = 10

RANGE_TEXT = f"{EARLIEST.isoformat()} to {LATEST.isoformat()}"


def in_range(day: dt.date) -> bool:
    """True when `day` (or a datetime's date) lies in the absolute horizon."""
    if isinstance(day, dt.datetime):
        day = day.date()
    return EARLIEST <= day <= LATEST


def out_of_range(text: str) -> str:
    """The message for a date outside the absolute horizon."""
    return f"'{text}' is outside the planning horizon ({RANGE_TEXT}); check the year"


HINT = f"the playbook plans between {FIRST_YEAR} and {LAST_YEAR}: a year outside that is a typo"


def _years_from(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def window(today: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day the calendar, slots and feeds expand: today ± WINDOW_YEARS.

    `today` is bounded by the absolute horizon, so this never overflows.
    """
    return _years_from(today, -WINDOW_YEARS), _years_from(today, WINDOW_YEARS)


def clamp(day: dt.date, today: dt.date) -> dt.date:
    """`day` moved into the window around `today`."""
    first, last = window(today)
    return min(max(day, first), last)


def finite(value) -> bool:
    """A real, finite number (not a bool, NaN or infinity)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return math.isfinite(value)


def bounds_text(minimum, maximum, integer: bool) -> str:
    kind = "a whole number" if integer else "a number"
    return f"{kind} from {minimum:g} to {maximum:g}"
