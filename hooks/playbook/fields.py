"""Read typed values out of a line-aware YAML mapping, reporting FM findings.

One reader per mapping: it knows the file, the allowed keys and where each key
sits, so every conversion problem comes out as `path:line: FMnnn message`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import sys
from collections.abc import Iterable, Iterator

from . import horizon
from .findings import Finding, Problem
from .text import clip
from .timezones import local_time, zone
from .yamlload import LineDict, LineList

_DATETIME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
SHOWN = 60  # characters of a refused value quoted back in a message


def shown(value) -> str:
    """A value as quoted back to the author: one line, cut short (a hostile value may be huge)."""
    if isinstance(value, (dict, list)) or value is None:
        return f"<{_kind(value)}>"
    return clip(str(value), SHOWN)


def finding(code: str, message: str, path: str, line: int, column: int = 0, hint: str = "") -> Finding:
    """A parser finding. The parser knows codes, not severities: `check.settle` gives each finding
    the severity its code is registered with (until then it counts as an error, the safe side)."""
    return Finding(path, line, code, message, column=column, hint=hint)


def suggest(word: str, choices: Iterable[str]) -> str:
    """A "did you mean" hint, or an empty string."""
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def _kind(value) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    return "text"


class FieldReader:
    """Typed access to one mapping; collects findings in `sink`."""

    def __init__(self, data: LineDict, path: str, known: Iterable[str], sink: list[Finding], label: str = ""):
        self.data = data
        self.path = path
        self.known = tuple(known)
        self.sink = sink
        self.label = label  # "news." for a nested mapping, so messages name the full field
        for key, line, first in data.duplicates:
            self.report("FM012", f"'{label}{key}' is written twice (also on line {first}); YAML keeps only the last", line)
        for key in data:
            if key not in self.known:
                hint = suggest(key, self.known)
                allowed = ", ".join(self.known)
                self.report("FM004", f"unknown field '{label}{key}'", data.line_of(key), hint or f"known fields: {allowed}")

    # -- reporting ---------------------------------------------------------------------------
    def report(self, code: str, message: str, line: int, hint: str = "") -> None:
        self.sink.append(finding(code, message, self.path, line or self.data.line, hint=hint))

    def line(self, name: str) -> int:
        return self.data.line_of(name)

    def has(self, name: str) -> bool:
        return self.data.get(name) is not None

    def _raw(self, name: str, required: bool):
        value = self.data.get(name)
        if value is None and required:
            if name in self.data:
                self.report("FM003", f"'{self.label}{name}' is empty; it needs a value", self.line(name))
            else:
                self.report("FM003", f"missing required field '{self.label}{name}'", self.data.line)
        return value

    def _wrong(self, name: str, value, wanted: str, hint: str = "") -> None:
        self.report("FM005", f"'{self.label}{name}' must be {wanted}, not {_kind(value)}", self.line(name), hint)

    # -- scalars -----------------------------------------------------------------------------
    def text(self, name: str, required: bool = False, default: str = "") -> str:
        value = self._raw(name, required)
        if value is None:
            return default
        if isinstance(value, (dict, list)) or isinstance(value, bool):
            self._wrong(name, value, "text")
            return default
        text = sys.intern(str(value).strip())  # an author, a status, a series: one string for every post that names it
        if required and not text:
            self.report("FM003", f"'{self.label}{name}' is empty; it needs a value", self.line(name))
        return text

    def boolean(self, name: str, default: bool = False) -> bool:
        value = self.data.get(name)
        if value is None:
            return default
        if not isinstance(value, bool):
            self._wrong(name, value, "true or false")
            return default
        return value

    def number(self, name: str, default: float = 0, minimum: float = 0, integer: bool = False, maximum: float = 10_000) -> float:
        """A number in [minimum, maximum]; NaN, infinity and anything out of range fall back to `default`."""
        value = self.data.get(name)
        if value is None:
            return default
        wanted = "a whole number" if integer else "a number"
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self._wrong(name, value, wanted)
            return default
        if not horizon.finite(value) or not minimum <= value <= maximum or (integer and not float(value).is_integer()):
            self.report("FM043", f"'{self.label}{name}' must be {horizon.bounds_text(minimum, maximum, integer)}, not {shown(str(value))}", self.line(name))
            return default
        return int(value) if integer else value

    def choice(self, name: str, choices: Iterable[str], required: bool = False, default: str = "") -> str:
        choices = tuple(choices)
        value = self.text(name, required, default)
        if value and value not in choices:
            hint = suggest(value, choices) or f"use one of: {', '.join(choices)}"
            self.report("FM042", f"'{self.label}{name}' is '{value}', which is not allowed", self.line(name), hint)
            return default
        return value

    def url(self, name: str, required: bool = False) -> str:
        value = self.text(name, required)
        if value and not is_url(value):
            self.report("FM046", f"'{self.label}{name}' must be a full https:// address, not '{value}'", self.line(name))
            return ""
        return value

    def date(self, name: str, required: bool = False) -> dt.date | None:
        value = self._raw(name, required)
        if value is None:
            return None
        parsed = parse_date(value)
        if isinstance(parsed, str):
            hint = getattr(parsed, "hint", "") or "write dates as YYYY-MM-DD"
            self.report(getattr(parsed, "code", "FM006"), f"'{self.label}{name}': {parsed}", self.line(name), hint)
            return None
        return parsed

    def datetime(self, name: str, tz, required: bool = False) -> dt.datetime | None:
        value = self._raw(name, required)
        if value is None:
            return None
        parsed = parse_datetime(value, tz)
        if isinstance(parsed, str):
            hint = getattr(parsed, "hint", "") or "write 'YYYY-MM-DD HH:MM' in the practice's timezone"
            self.report(getattr(parsed, "code", "FM006"), f"'{self.label}{name}': {parsed}", self.line(name), hint)
            return None
        return parsed

    def time(self, name: str, required: bool = False) -> dt.time | None:
        value = self.text(name, required)
        if not value:
            return None
        parsed = parse_time(value)
        if parsed is None:
            self.report("FM006", f"'{self.label}{name}': '{shown(value)}' is not a time", self.line(name), "write HH:MM, 24-hour")
        return parsed

    def timezone(self, name: str, required: bool = False, default: str = "UTC") -> str:
        value = self.text(name, required)
        if value and zone(value) is None:
            hint = suggest(value, _zone_names()) or "use an IANA name such as America/Chicago"
            self.report("FM007", f"'{self.label}{name}': unknown timezone '{value}'", self.line(name), hint)
            return default
        return value or default

    # -- containers --------------------------------------------------------------------------
    def text_list(self, name: str, required: bool = False, choices: Iterable[str] | None = None, unknown_code: str = "FM042") -> tuple[str, ...]:
        """A list of text; with `choices`, an entry outside them is reported as `unknown_code`
        (FM008 where the choices are references into the plans, such as channels)."""
        value = self._raw(name, required)
        if value is None:
            return ()
        if not isinstance(value, list):
            self._wrong(name, value, "a list", f"write {name}: [{value if isinstance(value, str) else '...'}]")
            return ()
        if required and not value:
            self.report("FM003", f"'{self.label}{name}' is an empty list; it needs at least one entry", self.line(name))
        result = []
        allowed = tuple(choices) if choices is not None else None
        for index, item in enumerate(value):
            line = value.line_of(index) if isinstance(value, LineList) else self.line(name)
            if isinstance(item, (dict, list)) or item is None or isinstance(item, bool):
                self.report("FM005", f"'{self.label}{name}' entries must be text, not {_kind(item)}", line)
                continue
            item = str(item).strip()
            if allowed is not None and item not in allowed:
                hint = suggest(item, allowed) or f"use one of: {', '.join(allowed)}"
                self.report(unknown_code, f"'{self.label}{name}': unknown value '{item}'", line, hint)
                continue
            result.append(sys.intern(item))  # channels, platforms, tags: the same few words in every file
        return tuple(result)

    def mapping(self, name: str, known: Iterable[str], required: bool = False) -> FieldReader | None:
        value = self._raw(name, required)
        if value is None:
            return None
        if not isinstance(value, LineDict):
            self._wrong(name, value, "a mapping of 'key: value' pairs")
            return None
        return FieldReader(value, self.path, known, self.sink, f"{self.label}{name}.")

    def mappings(self, name: str, known: Iterable[str]) -> Iterator[FieldReader]:
        """Each entry of a list of mappings, as its own reader."""
        value = self.data.get(name)
        if value is None:
            return
        if not isinstance(value, list):
            self._wrong(name, value, "a list")
            return
        for index, item in enumerate(value):
            if not isinstance(item, LineDict):
                self.report("FM005", f"'{self.label}{name}' entry {index + 1} must be a mapping, not {_kind(item)}", value.line_of(index))
                continue
            yield FieldReader(item, self.path, known, self.sink, f"{self.label}{name}[{index + 1}].")

    def string_map(self, name: str, keys: Iterable[str] | None = None) -> dict[str, str]:
        reader = self.mapping(name, keys if keys is not None else list(self.data.get(name) or {}))
        if reader is None:
            return {}
        return {key: reader.text(key) for key in reader.data if key in reader.known}


def is_url(value: str) -> bool:
    return bool(re.match(r"^https?://[^\s/]+\.[^\s/]+(/\S*)?$", value))


def _out_of_range(text: str) -> Problem:
    return Problem(horizon.out_of_range(text), "FM020", horizon.HINT)


def parse_date(value) -> dt.date | Problem:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value if horizon.in_range(value) else _out_of_range(value.isoformat())
    text = shown(value)
    match = _DATETIME.match(str(value).strip()) if isinstance(value, (str, int, float)) else None
    if not match or match.group(4) is not None:
        return Problem(f"'{text}' is not a date")
    try:
        day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError as exc:
        return Problem(f"'{text}' does not exist ({exc})")
    return day if horizon.in_range(day) else _out_of_range(text)


def parse_datetime(value, tz) -> dt.datetime | Problem:
    """A timezone-aware moment: with its own offset, else on the wall clock of `tz`.

    Dates outside the planning horizon are refused before any conversion (year
    9999 with an offset overflows), and so are wall-clock times that a
    daylight-saving change skips or repeats in `tz` (see timezones.local_time).
    """
    text = shown(value)
    match = _DATETIME.match(str(value).strip()) if isinstance(value, (str, int, float)) else None
    if not match:
        return Problem(f"'{text}' is not a date and time")
    year, month, day, hour, minute, second, offset = match.groups()
    if hour is None:
        return Problem(f"'{text}' has no time of day")
    try:
        stamp = dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError as exc:
        return Problem(f"'{text}' does not exist ({exc})")
    if not horizon.in_range(stamp):
        return _out_of_range(text)
    if offset:
        if offset == "Z":
            return stamp.replace(tzinfo=dt.UTC)
        sign = 1 if offset[0] == "+" else -1
        digits = offset[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:])
        if hours > 23 or minutes > 59:
            return Problem(f"'{text}' has an impossible UTC offset")
        return stamp.replace(tzinfo=dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes)))
    placed, problem = local_time(stamp, tz)
    if problem is not None:
        return Problem(problem[0], "FM021", problem[1])
    return placed


def parse_time(text: str) -> dt.time | None:
    match = _TIME.match(str(text).strip())
    if not match:
        return None
    try:
        return dt.time(int(match.group(1)), int(match.group(2)))
    except ValueError:
        return None


def _zone_names() -> list[str]:
    import zoneinfo

    return sorted(zoneinfo.available_timezones())
