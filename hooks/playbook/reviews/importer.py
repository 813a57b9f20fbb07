"""Import a review platform's CSV export into the log (`playbook review import FILE --platform google`).

Column mapping (header names are compared without case, spaces, '_' or '-'):

| log field | CSV columns read |
|---|---|
| `url` | url, link, review url, review link, permalink, review permalink |
| `received` | received, date, review date, created, created at, published, published at, time, timestamp, date time |
| `rating` | rating, stars, star rating, score, review rating |
| `scenario` | scenario (one of the library's scenarios) |
| `platform` | platform, source, site (only when --platform is not given) |
| `answered` | answered, reply date, replied at, response date, owner response date, responded at |

Columns that carry the reviewer's name or the review's words (reviewer, name,
author, user, text, review, comment, title, reply text, response, ...) are
dropped: their values are never read into the log, never written anywhere and
never quoted in a message. Any other column is listed as unknown and left out;
`--map 'Column=field'` says what it holds. Nothing is guessed:

- a time without an offset is practice time (`--utc` reads it as UTC);
- a slashed date (01/04/2027) needs `--date-order mdy` or `dmy` unless its
  first number is over 12;
- without a scenario column, the scenario comes from the rating (1-3:
  `negative-review`, 4-5: `positive-review`), and the command says so; a row
  with neither is reported, not imported;
- a reply date is imported only with `--template UID --by ID`, which say which
  approved template was used and who answered (else the reviews stay open).

Rows whose link is already logged are skipped (running an import twice adds
nothing); rows with a problem are listed by row number and left out. A
message quotes the cell it is about only when that says nothing a cell left
out of the log says (a name, a review's words, an unknown column, a cell past
the header): whatever such a cell holds, a date, a number or a word, the
message then names the column instead (`Withheld`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field

from ..content import PLATFORMS, SCENARIOS
from ..fields import is_url, parse_datetime
from ..horizon import RANGE_TEXT
from ..source import MAX_BYTES
from ..timezones import local_time

FIELDS = {
    "url": ("url", "link", "review url", "review link", "permalink", "review permalink"),
    "received": ("received", "date", "review date", "created", "created at", "published", "published at", "time", "timestamp", "date time", "review time"),
    "rating": ("rating", "stars", "star rating", "score", "review rating"),
    "scenario": ("scenario",),
    "platform": ("platform", "source", "site"),
    "answered": ("answered", "reply date", "replied at", "response date", "owner response date", "responded at", "reply time"),
}
PRIVATE = (
    "reviewer", "reviewer name", "name", "author", "author name", "user", "user name", "username", "display name", "profile",
    "profile url", "reviewer url", "avatar", "text", "review", "review text", "comment", "comments", "content", "body",
    "title", "review title", "reply", "reply text", "response", "response text", "owner response", "owner reply", "email",
    "phone", "location", "reviewer location",
)  # fmt: skip
DERIVED_SCENARIO = {1: "negative-review", 2: "negative-review", 3: "negative-review", 4: "positive-review", 5: "positive-review"}
DATE_ORDERS = ("mdy", "dmy")
MAX_ROWS = 5_000
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?)?$")
_ISO_T = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_RATING = re.compile(r"^([1-5])(?:\.0+)?(?:\s*(?:stars?|/\s*5|★))?$", re.IGNORECASE)


QUOTED = 60  # the longest text a message quotes from a cell


def _key(header: str) -> str:
    return re.sub(r"[\s_\-]+", " ", header.strip().lower()).strip()


ALIASES = {_key(alias): name for name, aliases in FIELDS.items() for alias in aliases}
PRIVATE_KEYS = frozenset(_key(h) for h in PRIVATE)


@dataclass(frozen=True)
class Row:
    number: int  # the file line the row starts on (the header is line 1)
    platform: str
    url: str
    received: dt.datetime
    rating: int | None
    scenario: str
    answered: dt.datetime | None = None


@dataclass
class Parsed:
    rows: list[Row] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (row number, message): no value of a private column
    mapping: dict[str, str] = field(default_factory=dict)  # log field -> CSV header
    dropped: list[str] = field(default_factory=list)  # private columns, never read
    unknown: list[str] = field(default_factory=list)
    derived_scenarios: int = 0
    unanswered_replies: int = 0  # rows with a reply date but no --template/--by


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


class Withheld:
    """Every cell the import leaves out of the log, so that no message repeats one.

    A message about a cell quotes it only when `repeats` says the quote holds
    no left-out cell's text (whatever it equals: a name, a date, '0000', one
    letter) and is no fragment of one; else the message names the column.
    Each check reads every left-out cell, so only the first QUOTES problems of a
    file may quote (a file with thousands of bad rows costs no more to read).
    """

    QUOTES = 100

    def __init__(self, values) -> None:
        folded = {_fold(v) for v in values} - {""}
        self.short = frozenset(v for v in folded if len(v) <= QUOTED)
        self.lengths = sorted({len(v) for v in self.short})
        self.joined = "\x00".join(sorted(folded))
        self.checks = 0

    def said(self, text: str) -> frozenset[str]:
        """The left-out cells' texts found in `text` (each at most QUOTED characters long)."""
        text = _fold(text)
        found = set()
        for size in self.lengths:
            found.update(part for start in range(len(text) - size + 1) if (part := text[start : start + size]) in self.short)
        return frozenset(found)

    def repeats(self, quoted: str, unquoted: str, cell: str) -> bool:
        """True when the message `quoted` says a left-out cell that `unquoted` (no cell in it) does not,
        or `cell` (as quoted) is part of a left-out cell."""
        if not self.joined:
            return False
        self.checks += 1
        if self.checks > self.QUOTES:
            return True
        shown = _fold(cell[:QUOTED])
        return bool(shown and shown in self.joined) or bool(self.said(quoted) - self.said(unquoted))


class NotImportable(ValueError):
    """The file as a whole cannot be imported (no header, wrong encoding, missing columns)."""


def decode(data: bytes) -> str:
    if len(data) > MAX_BYTES * 10:
        raise NotImportable(f"the file is {len(data):,} bytes; export one month at a time")
    if b"\x00" in data:
        raise NotImportable("the file contains NUL bytes: it looks like a spreadsheet, not CSV; save it as CSV (UTF-8)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise NotImportable(f"line {line} is not UTF-8; save the export as 'CSV UTF-8'") from None


def parse_csv(
    text: str,
    tz,
    *,
    platform: str | None = None,
    mapping: dict[str, str] | None = None,
    date_order: str | None = None,
    utc: bool = False,
    answered_with: bool = False,
    delimiter: str = ",",
) -> Parsed:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise NotImportable("the file is empty") from None
    except csv.Error as exc:
        raise NotImportable(f"the header cannot be read as CSV ({exc})") from None
    if len(header) == 1 and any(sep in header[0] for sep in ";\t|"):
        raise NotImportable("the header is one column holding ';', tabs or '|': give the separator with --delimiter")
    result = Parsed()
    columns: dict[str, int] = {}
    explicit = {_key(col): name for col, name in (mapping or {}).items()}
    for index, name in enumerate(header):
        key = _key(name)
        target = explicit.get(key) or (None if key in PRIVATE_KEYS else ALIASES.get(key))
        if target:
            if target in columns:
                raise NotImportable(f"both '{header[columns[target]]}' and '{name}' would be read as '{target}'; keep one with --map")
            columns[target] = index
            result.mapping[target] = name
        elif key in PRIVATE_KEYS:
            result.dropped.append(name)
        elif key:
            result.unknown.append(name)
    missing = [name for name in ("url", "received") if name not in columns]
    if missing:
        raise NotImportable(f"no column for {', '.join(missing)}; name it with --map 'Column name={missing[0]}'")
    if "platform" not in columns and not platform:
        raise NotImportable("say which platform the export comes from: --platform google (or a 'platform' column)")
    lines = _records(reader)
    read = set(columns.values())
    withheld = Withheld(cell for _, cells in lines for index, cell in enumerate(cells) if index not in read)
    for number, cells in lines:
        row, problem = _row(number, cells, columns, tz, platform, date_order, utc, answered_with, result, withheld)
        if problem:
            result.problems.append((number, problem))
        elif row is not None:
            result.rows.append(row)
    return result


def _records(reader) -> list[tuple[int, list[str]]]:
    """The rows after the header, each with the file line it starts on (a review's text may span lines)."""
    records, start, limit = [], reader.line_num + 1, csv.field_size_limit()
    csv.field_size_limit(MAX_BYTES * 10)  # a long review in a dropped column is no reason to refuse the file
    try:
        for count, cells in enumerate(reader, start=1):
            if count > MAX_ROWS:
                raise NotImportable(f"more than {MAX_ROWS:,} rows; export one month at a time")
            if any(cell.strip() for cell in cells):
                records.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise NotImportable(f"line {start} cannot be read as CSV ({exc})") from None
    finally:
        csv.field_size_limit(limit)
    return records


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _row(number, cells, columns, tz, platform, date_order, utc, answered_with, result: Parsed, withheld: Withheld) -> tuple[Row | None, str]:
    def cell_problem(name: str, quoted: str, unquoted) -> str:
        """`quoted` (the message quoting the cell of `name`), unless it would repeat a left-out cell:
        then `unquoted(subject)`, which names the cell by its column."""
        header = " ".join(result.mapping.get(name, name).split())[:QUOTED]
        plain = unquoted(f"the '{header}' cell")
        return plain if withheld.repeats(quoted, plain, _cell(cells, columns, name)) else quoted

    url = _cell(cells, columns, "url")
    if not url:
        return None, "the link is missing or not an https:// address"
    if not is_url(url):
        return None, cell_problem("url", f"'{url[:QUOTED]}' is not an https:// address", lambda it: f"url: {it} is not an https:// address")
    if _fold(url) in withheld.short:
        return None, "the link is also in a column left out of the log (a reviewer's profile?): say which column holds the review's own link with --map"
    where = (_cell(cells, columns, "platform") or platform or "").lower()
    if where not in PLATFORMS:
        return None, cell_problem("platform", f"platform '{where[:30]}' is not one of: {', '.join(PLATFORMS)}", lambda it: f"platform: {it} is not one of: {', '.join(PLATFORMS)}")
    received_text = _cell(cells, columns, "received")
    received = read_moment(received_text, tz, date_order, utc)
    if isinstance(received, str):
        return None, cell_problem("received", f"received: {received}", lambda it: f"received: {read_moment(received_text, tz, date_order, utc, it)}")
    rating_text = _cell(cells, columns, "rating")
    rating = None
    if rating_text and rating_text.lower() not in ("none", "n/a", "-"):
        match = _RATING.match(rating_text)
        if not match:
            return None, cell_problem("rating", f"rating '{rating_text[:20]}' is not 1 to 5", lambda it: f"rating: {it} is not 1 to 5")
        rating = int(match.group(1))
    scenario = _cell(cells, columns, "scenario")
    if scenario and scenario not in SCENARIOS:
        return None, cell_problem("scenario", f"scenario '{scenario[:40]}' is not one of the library's scenarios", lambda it: f"scenario: {it} is not one of the library's scenarios")
    if not scenario:
        if rating is None:
            return None, "no rating and no scenario: add a scenario column (e.g. general-complaint)"
        scenario = DERIVED_SCENARIO[rating]
        result.derived_scenarios += 1
    answered = None
    answered_text = _cell(cells, columns, "answered")
    if answered_text:
        moment = read_moment(answered_text, tz, date_order, utc)
        if isinstance(moment, str):
            return None, cell_problem("answered", f"answered: {moment}", lambda it: f"answered: {read_moment(answered_text, tz, date_order, utc, it)}")
        if moment < received:
            return None, "the reply date is before the review date"
        if answered_with:
            answered = moment
        else:
            result.unanswered_replies += 1
    return Row(number, where, url, received, rating, scenario, answered), ""


def read_moment(text: str, tz, date_order: str | None, utc: bool, shown: str | None = None) -> dt.datetime | str:
    """A CSV date-time as an aware moment, or what is wrong with it (never a guess).

    The message quotes `text`, or with `shown` names it so ("the 'Date' cell")
    and says nothing taken from it (no times read from it either)."""
    text = text.strip()
    if not text:
        return "missing"
    zone = dt.UTC if utc else tz
    iso = _ISO_T.match(text)
    if iso:
        text = f"{iso.group(1)} {iso.group(2)}{iso.group(3) or ''}"
    it = shown or f"'{text[:40]}'"
    shifted = f"{it} is a time the clocks skip or repeat in {getattr(zone, 'key', None) or zone} (a daylight-saving change): write it with its UTC offset"
    slashed = _SLASHED.match(text)
    if slashed:
        first, second, year, hour, minute, half = slashed.groups()
        a, b = int(first), int(second)
        order = date_order or ("dmy" if a > 12 else "mdy" if b > 12 else None)
        if order is None:
            return f"{it} could be day/month or month/day: add --date-order mdy or --date-order dmy"
        month, day = (a, b) if order == "mdy" else (b, a)
        year_number = int(year) + (2000 if len(year) == 2 else 0)
        hours = int(hour or 0)
        if half:
            if not 1 <= hours <= 12:
                return f"{it} has an impossible hour"
            hours = hours % 12 + (12 if half.lower() == "pm" else 0)
        try:
            naive = dt.datetime(year_number, month, day, hours, int(minute or 0))
        except ValueError as exc:
            return f"{it} does not exist ({exc})"
        if utc:
            return naive.replace(tzinfo=dt.UTC)
        placed, problem = local_time(naive, tz)
        return placed if placed is not None else shifted if shown else problem[0]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        text += " 00:00"  # a day without a time: its start, in the practice's (or UTC's) day
    parsed = parse_datetime(text, zone)
    if isinstance(parsed, dt.datetime):
        return parsed
    if not shown:
        return str(parsed)
    if parsed.code == "FM020":
        return f"{it} is outside the planning horizon ({RANGE_TEXT}); check the year"
    return shifted if parsed.code == "FM021" else f"{it} is not a date and time"
