"""The one place "today" comes from, so checks that depend on it can be pinned.

Precedence: an explicit value (the `--today` option), then the PLAYBOOK_TODAY
environment variable, then `as_of` in plans/checks.yml, then the real date.
Every "today" lies in the planning horizon (horizon.py): a far-away day would
overflow the date arithmetic of the checks and the calendar. A bad
PLAYBOOK_TODAY is reported as a finding and the next source is used, so a
stray variable in a CI job never crashes a build.
"""

from __future__ import annotations

import datetime as dt
import os

from . import horizon
from .fields import finding
from .findings import Finding

ENV_VAR = "PLAYBOOK_TODAY"


class OutOfRange(ValueError):
    """A real date, but outside the planning horizon."""


def parse_day(text: str) -> dt.date:
    """YYYY-MM-DD inside the planning horizon; ValueError with a readable message otherwise."""
    try:
        day = dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise ValueError(f"not a date: {str(text)[:40]!r} (use YYYY-MM-DD)") from None
    if not horizon.in_range(day):
        raise OutOfRange(horizon.out_of_range(day.isoformat()))
    return day


def resolve_today(explicit: str | dt.date | None = None, pinned: dt.date | None = None, sink: list[Finding] | None = None) -> dt.date:
    """Today, from the first source that gives a usable day.

    An explicit value is checked at the edge (the CLI refuses a bad `--today`), so
    a bad one raises ValueError here. A bad PLAYBOOK_TODAY is appended to `sink` as
    a finding (located at the variable's name) and skipped.
    """
    if isinstance(explicit, dt.date):
        if not horizon.in_range(explicit):
            raise OutOfRange(horizon.out_of_range(explicit.isoformat()))
        return explicit
    if explicit:
        return parse_day(explicit)
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        try:
            return parse_day(env)
        except ValueError as exc:
            if sink is not None:
                code = "FM020" if isinstance(exc, OutOfRange) else "FM006"
                sink.append(finding(code, f"{ENV_VAR}: {exc}; it was ignored", f"${ENV_VAR}", 0, hint="unset it, or give a day such as 2027-01-20"))
    if pinned is not None:
        return pinned
    return dt.date.today()
