"""The `reviews:` block of plans/checks.yml: how fast negative reviews must be answered.

    reviews:
      target_business_days: 2                  # the default
      open_days: [mon, tue, wed, thu, fri]     # the default
      closed: [2026-12-25, 2027-01-01]         # holidays: not business days

A bad value is reported at its line and the default is kept, so a typo never
stretches the target (a practice cannot switch the review rules off here;
`rules: ignore` would, and says so in the file).
"""

from __future__ import annotations

import datetime as dt

from ..fields import FieldReader, parse_date
from ..findings import Finding
from ..yamlload import LineDict, LineList
from .model import WEEKDAYS, ReviewSettings

CONFIG_PATH = "plans/checks.yml"
KEYS = ("target_business_days", "open_days", "closed")
MAX_TARGET = 30  # business days: six weeks is no longer a target
MAX_CLOSED = 400  # closed days listed: years of holidays, never an endless list


def load_settings(block, sink: list[Finding]) -> ReviewSettings:
    """Typed settings from the raw block (a LineDict, or empty when absent)."""
    default = ReviewSettings()
    if not block:
        return default
    if not isinstance(block, LineDict):
        return default  # plans.py reported the wrong shape
    read = FieldReader(block, CONFIG_PATH, KEYS, sink, "reviews.")
    target = read.number("target_business_days", default.target_business_days, integer=True, maximum=MAX_TARGET)
    days = read.text_list("open_days", choices=WEEKDAYS)
    if read.has("open_days") and not days:
        read.report("FM003", "'reviews.open_days' needs at least one open weekday", read.line("open_days"), "e.g. open_days: [mon, tue, wed, thu, fri]")
    open_days = tuple(sorted({WEEKDAYS.index(day) for day in days})) or default.open_days
    return ReviewSettings(int(target), open_days, _closed(read, block.get("closed")))


def _closed(read: FieldReader, values) -> frozenset[dt.date]:
    if values is None:
        return frozenset()
    if not isinstance(values, LineList):
        read.report("FM005", "'reviews.closed' must be a list of dates", read.line("closed"), "e.g. closed: [2026-12-25, 2027-01-01]")
        return frozenset()
    days = set()
    for index, value in enumerate(values[:MAX_CLOSED]):
        parsed = parse_date(value)
        if isinstance(parsed, str):
            read.report(getattr(parsed, "code", "FM006"), f"'reviews.closed' entry {index + 1}: {parsed}", values.line_of(index), "write dates as YYYY-MM-DD")
            continue
        days.add(parsed)
    if len(values) > MAX_CLOSED:
        read.report("FM043", f"'reviews.closed' lists {len(values):,} days; keep at most {MAX_CLOSED} (drop past years)", values.line_of(MAX_CLOSED))
    return frozenset(days)
