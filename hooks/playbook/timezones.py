"""Timezone lookup that never raises, for names typed by hand in plans files, and wall-clock times
that a daylight-saving change skips or repeats."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo


@functools.lru_cache(maxsize=64)
def zone(name: str) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(str(name))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError, OSError):
        return None


def offset_text(delta: dt.timedelta) -> str:
    """A UTC offset as written after a time: -06:00, +05:30."""
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def _offset_at(instant: dt.datetime, tz) -> dt.timedelta:
    return instant.astimezone(tz).utcoffset()


def _jump(before_utc: dt.datetime, after_utc: dt.datetime, tz) -> dt.datetime:
    """The first minute (UTC) at which the offset of `after_utc` applies; the change lies between the two."""
    low, high = before_utc, after_utc
    first = _offset_at(low, tz)
    while high - low > dt.timedelta(minutes=1):
        middle = low + (high - low) / 2
        if _offset_at(middle, tz) == first:
            low = middle
        else:
            high = middle
    return high.replace(second=0, microsecond=0)


def local_time(naive: dt.datetime, tz) -> tuple[dt.datetime | None, tuple[str, str] | None]:
    """`naive` wall-clock time placed in `tz`, or (None, (message, hint)) when that is not one instant.

    Around a daylight-saving change a wall-clock time can be skipped (clocks jump
    forward over it) or happen twice (clocks go back). Python silently picks one
    reading (`fold=0`); a post would then go out an hour off. We refuse both and
    say which instants are possible, and how to write one with an offset. The
    caller has bounded the year, so these conversions never overflow.
    """
    first = naive.replace(tzinfo=tz, fold=0)
    second = naive.replace(tzinfo=tz, fold=1)
    before, after = first.utcoffset(), second.utcoffset()
    if before == after:
        return first, None
    stamp = naive.strftime("%Y-%m-%d %H:%M")
    name = getattr(tz, "key", None) or str(tz)
    if first.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None) == naive:
        return None, (
            f"'{stamp}' happens twice in {name}: the clocks go back that night, so it is first {naive:%H:%M} "
            f"{first.tzname()} (UTC{offset_text(before)}) and then {naive:%H:%M} {second.tzname()} (UTC{offset_text(after)})",
            f"write '{stamp}{offset_text(before)}' for the first or '{stamp}{offset_text(after)}' for the second",
        )
    # Skipped: fold=0 reads it with the offset from before the jump, fold=1 with the one after.
    early = (naive - after).replace(tzinfo=dt.UTC)
    late = (naive - before).replace(tzinfo=dt.UTC)
    change = _jump(min(early, late), max(early, late), tz)
    jump_from = (change + _offset_at(change - dt.timedelta(minutes=1), tz)).replace(tzinfo=None)
    jump_to = change.astimezone(tz)
    meant = first.astimezone(dt.UTC).astimezone(tz)
    return None, (
        f"'{stamp}' does not exist in {name}: the clocks jump from {jump_from:%H:%M} to {jump_to:%H:%M} that night",
        f"pick a time outside the jump, or write it with an offset: '{stamp}{offset_text(before)}' is {meant:%H:%M} {meant.tzname()}",
    )
