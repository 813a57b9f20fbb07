"""Timezone lookup that never raises, for names typed by hand in plans files."""

from __future__ import annotations

import functools
import zoneinfo


@functools.lru_cache(maxsize=64)
def zone(name: str) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(str(name))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError, OSError):
        return None
