"""Calendar events written straight to bytes, exactly as icalendar writes them, and remembered by what they say.

icalendar builds a component object per event, infers each property's type,
then escapes and folds every line one character at a time: at two thousand
posts the feeds took longer than rendering every post's page. An event here is
its spec, the `(name, value)` pairs handed to `Event.add` in order; `write`
turns a spec into the bytes `Event.to_ical()` gives, using icalendar's own
tables (property types, canonical order, time zone ids) and its rules for
escaping and folding. Anything outside the few shapes our feeds use goes to
icalendar itself, and the tests compare both writers event for event.

`EventBytes` remembers the bytes by spec, so `mkdocs serve` re-sends the events
of unchanged posts without writing them again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from icalendar import Calendar, Event
from icalendar.caselessdict import canonsort_keys
from icalendar.prop import vCategory, vDDDTypes, vInt, vText, vUri
from icalendar.timezone.tzid import tzid_from_tzinfo

Spec = tuple[tuple[str, object], ...]  # ("summary", "Walk — Facebook"), ("dtstart", datetime), ...

_TYPES: dict[str, type] = {}  # property name -> icalendar's type for it (Event.types_factory, asked once a name)
_ORDER: dict[tuple[str, ...], tuple[str, ...]] = {}  # the properties an event has -> the order icalendar writes them in
_DURATIONS: dict[dt.timedelta, str] = {}
_UTC_NAMES = ("dtstamp", "created", "last-modified")  # icalendar converts these to UTC itself
_END = b"END:VCALENDAR\r\n"


def ical_event(spec: Spec) -> Event:
    """The spec as an icalendar Event: the reference `write` matches, and what callers that want an object get."""
    event = Event()
    for name, value in spec:
        event.add(name, list(value) if isinstance(value, tuple) else value)
    return event


def write(spec: Spec) -> bytes:
    """`ical_event(spec).to_ical()`, without building the event."""
    lines: dict[str, str] = {}
    for name, value in spec:
        line = _line(name, value)
        if line is None or name.upper() in lines:  # a shape we do not write ourselves: icalendar does
            return ical_event(spec).to_ical()
        lines[name.upper()] = line
    keys = tuple(lines)
    order = _ORDER.get(keys) or _ORDER.setdefault(keys, tuple(canonsort_keys(keys, Event.canonical_order)))
    out = [b"BEGIN:VEVENT"]
    out += [_fold(lines[key].encode("utf-8")) for key in order]
    out.append(b"END:VEVENT\r\n")
    return b"\r\n".join(out)


def calendar_bytes(shell: Calendar, events: Iterable[bytes]) -> bytes:
    """The calendar's own lines (and its time zone) with the events' bytes where `Calendar.to_ical` puts them: last."""
    head = shell.to_ical()
    return head[: -len(_END)] + b"".join(events) + _END


class EventBytes:
    """Each event's bytes by its spec; `limit` bounds the memory a long `mkdocs serve` session holds."""

    def __init__(self, limit: int = 100_000):
        self.limit = limit
        self._known: dict[Spec, bytes] = {}
        self.texts: dict[str, str] = {}  # the caller's: text -> what it becomes in an event (feeds.FeedBuilder._inert)

    def __call__(self, spec: Spec) -> bytes:
        data = self._known.get(spec)
        if data is None:
            data = write(spec)
            if len(self._known) >= self.limit:
                self._known.clear()
                self.texts.clear()
            self._known[spec] = data
        return data


def _escape(text: str) -> str:
    """icalendar's TEXT escaping (parser.string._escape_char), in its order."""
    return text.replace(r"\N", "\n").replace("\\", "\\\\").replace(";", r"\;").replace(",", r"\,").replace("\r\n", r"\n").replace("\n", r"\n").replace("\r", r"\n")


def _line(name: str, value: object) -> str | None:
    """One unfolded content line, or None for a value icalendar should write."""
    kind = _TYPES.get(name) or _TYPES.setdefault(name, Event.types_factory.for_property(name))
    key = name.upper()
    if kind is vText and type(value) is str:
        return f"{key}:{_escape(value)}"
    if kind is vCategory and type(value) is tuple and all(type(v) is str for v in value):
        return f"{key}:{','.join(_escape(v) for v in value)}"
    if kind is vUri and type(value) is str and "\n" not in value and "\r" not in value:
        return f"{key}:{value}"
    if kind is vInt and type(value) is int:
        return f"{key}:{value}"
    if kind is vDDDTypes and type(value) is dt.timedelta and value > dt.timedelta(0):
        text = _DURATIONS.get(value) or _DURATIONS.setdefault(value, vDDDTypes(value).to_ical().decode("ascii"))
        return f"{key}:{text}"
    if kind is vDDDTypes and type(value) is dt.datetime and value.tzinfo is not None:
        zone = _zone(value.tzinfo)
        if zone is None or (name.lower() in _UTC_NAMES and value.tzinfo is not dt.UTC):
            return None
        params, suffix = zone
        stamp = f"{value.year:04}{value.month:02}{value.day:02}T{value.hour:02}{value.minute:02}{value.second:02}{suffix}"
        return f"{key}{params}:{stamp}"
    return None


_ZONES: dict[dt.tzinfo, tuple[str, str] | None] = {}


def _zone(tzinfo: dt.tzinfo) -> tuple[str, str] | None:
    """(';TZID=...' or '', 'Z' or '') as icalendar writes a time in this zone; None when that depends on the time."""
    if tzinfo not in _ZONES:
        if tzid_from_tzinfo(tzinfo) is None:  # icalendar would ask the time for its zone's name
            _ZONES[tzinfo] = None
        else:
            sample = vDDDTypes(dt.datetime(2027, 1, 1, tzinfo=tzinfo))
            params = sample.params.to_ical().decode("utf-8") if sample.params else ""
            _ZONES[tzinfo] = (f";{params}" if params else "", "Z" if sample.to_ical().endswith(b"Z") else "")
    return _ZONES[tzinfo]


def _fold(line: bytes) -> bytes:
    """icalendar's folding (parser.string._foldline) on UTF-8 bytes: 74 octets a piece, split between characters.

    Like icalendar, a piece never ends in the backslash or caret that starts
    an escape: that character moves on to the next piece.
    """
    if len(line) <= 74:
        return line
    pieces = []
    start, size = 0, len(line)
    while size - start > 74:
        end = start + 74
        while line[end] & 0xC0 == 0x80:  # inside a character: cut before it
            end -= 1
        if end - start > 1 and line[end - 1] in b"\\^":
            end -= 1
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return b"\r\n ".join(pieces)
