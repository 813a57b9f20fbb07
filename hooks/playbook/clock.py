"""The one place "today" comes from, so checks that depend on it can be pinned.

Precedence: an explicit value (the `--today` option), then the PLAYBOOK_TODAY
environment variable, then `as_of` in plans/checks.yml, then the real date.
"""

from __future__ import annotations

import datetime as dt
import os

ENV_VAR = "PLAYBOOK_TODAY"


def parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise ValueError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def resolve_today(explicit: str | dt.date | None = None, pinned: dt.date | None = None) -> dt.date:
    if isinstance(explicit, dt.date):
        return explicit
    if explicit:
        return parse_day(explicit)
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return parse_day(env)
    if pinned is not None:
        return pinned
    return dt.date.today()
