"""`playbook export`: hand approved posts to a scheduler, or to a spreadsheet or a script.

Formats (one `Format` record each, in FORMATS: its columns, whether they head
the file, how many rows one upload takes, the scheduler's time rules, and the
writer; adding a format is adding a record):

- ``hootsuite``: Hootsuite's bulk-composer CSV. No header row; column A the
  date and time as ``MM/DD/YYYY HH:MM`` (24-hour clock, practice timezone:
  set the Hootsuite account to the same timezone), column B the message,
  column C an optional link (the first link in the copy, or empty).
  Hootsuite takes at most 350 rows per upload, schedules only on minutes
  divisible by 5 and only at least 10 minutes after the upload.
- ``sprout``: Sprout Social's bulk-scheduling CSV. A header row with the
  columns ``date`` (MM/DD/YYYY), ``time_24hr`` (HH:MM), ``message_text``,
  ``link_url`` and ``image_url``. These names follow the template Sprout
  publishes in its help centre ("How do I use bulk scheduling?"), which also
  says headers are case-sensitive, that one import takes up to 350 messages
  and that each must be at least 10 minutes after the upload. Sprout changes
  its template from time to time: a practice should compare these columns
  with the template Sprout currently offers before the first upload.
  ``image_url`` stays empty unless a post's media `file` is already a public
  https:// address (the playbook does not host images).
- ``csv`` and ``json``: the playbook's own complete format, one row per post
  and channel with every field (see ``FIELDS``).

Which posts go out: those whose local publish date lies in the range, that
are scheduled on the channel, whose status is ``approved`` and that have no
error finding. ``published`` posts are never exported: that status means the
post already went out, and exporting it again would post it twice.
``--include-drafts`` adds ``idea``, ``draft`` and ``in-review`` (for a
preview in the scheduler); ``cancelled`` never goes out. The copy is the
channel's variant when there is one (``Post.copy_for``), with HTML comments
removed.

Nothing is shifted or shortened to fit a scheduler: a post that breaks one of
its rules (a time not on a 5-minute mark, less than 10 minutes ahead of
"now", an error finding, empty copy) is left out and reported as
``path: reason``; callers exit 1 when that happens.

CSV cells that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) get a leading apostrophe, as
the OWASP guidance on CSV injection recommends, and every cell is quoted.

Pure Python: no MkDocs, no click.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .check import Report
from .model import Post
from .statuses import APPROVED_STATUSES, DONE_STATUSES, PENDING_STATUSES
from .text import urls

EXPORTED = tuple(s for s in APPROVED_STATUSES if s not in DONE_STATUSES)  # published posts already went out
DRAFTS = PENDING_STATUSES
DEFAULT_DAYS = 30  # without --to: today and the next 30 days
FIELDS = (
    "uid", "path", "title", "publish", "channel", "guideline", "status", "author", "series", "campaign",
    "copy", "page", "approvals", "sources", "event", "media", "sponsored", "tags",
)  # fmt: skip
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Row:
    """One post on one channel."""

    post: Post
    channel: str
    when: dt.datetime  # in the practice timezone
    copy: str


@dataclass(frozen=True)
class LeftOut:
    path: str
    reason: str


@dataclass(frozen=True)
class Selection:
    rows: tuple[Row, ...]
    left_out: tuple[LeftOut, ...] = ()  # blocking: the caller exits 1
    not_ready: int = 0  # posts in range still idea/draft/in-review (informational)


# -- selection -----------------------------------------------------------------------------------
def clean_copy(text: str) -> str:
    """The copy as posted (notes already removed by Post.copy_for), blank runs squeezed.

    Trailing blanks go line by line: `[ \\t]+\\n` would rescan a long run of spaces from each of them.
    """
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def first_link(text: str) -> str:
    found = urls(text)
    if not found:
        return ""
    url = found[0][0]
    return url if re.match(r"^[a-z]+://", url, re.IGNORECASE) else "https://" + url


def select(
    report: Report,
    start: dt.date,
    end: dt.date,
    channel: str | None = None,
    include_drafts: bool = False,
    fmt: str | Format = "csv",
    now: dt.datetime | None = None,
) -> Selection:
    """The rows to export, and what was left out for a reason the user must fix."""
    fmt = as_format(fmt)
    plans = report.corpus.plans
    statuses = EXPORTED + (DRAFTS if include_drafts else ())
    errored = {f.path for f in report.errors}
    rows: list[Row] = []
    left: list[LeftOut] = []
    not_ready = 0
    step, lead = fmt.minute_step, fmt.min_lead
    for post in sorted(report.corpus.posts, key=lambda p: (p.publish, p.path)):
        when = plans.local(post.publish)
        if not start <= when.date() <= end:
            continue
        channels = [c for c in post.channels if channel is None or c == channel]
        if not channels or post.status not in statuses:
            if channels and post.status in DRAFTS:
                not_ready += 1
            continue
        if post.path in errored:
            left.append(LeftOut(post.path, "has error findings; run `playbook check` and fix them"))
            continue
        if step and (when.minute % step or when.second):
            lower = when.replace(minute=when.minute - when.minute % step, second=0)
            left.append(
                LeftOut(
                    post.path, f"goes out at {when:%H:%M}, but {fmt.title} schedules only on minutes divisible by {step}; move `publish` to {lower:%H:%M} or {lower + dt.timedelta(minutes=step):%H:%M}"
                )
            )
            continue
        if lead is not None and now is not None and when - now < lead:
            minutes = int(lead.total_seconds() // 60)
            if when <= now:
                why = f"goes out {when:%Y-%m-%d %H:%M}, which has passed at export time ({plans.local(now):%Y-%m-%d %H:%M})"
            else:
                why = f"goes out {when:%Y-%m-%d %H:%M}, less than {minutes} minutes after export time ({plans.local(now):%Y-%m-%d %H:%M})"
            left.append(LeftOut(post.path, f"{why}; {fmt.title} needs at least {minutes} minutes' notice: post it by hand or move `publish` later"))
            continue
        for name in sorted(channels):
            copy = clean_copy(post.copy_for(name))
            if not copy:
                left.append(LeftOut(post.path, f"has no copy for {name}; write the post before exporting it"))
                continue
            rows.append(Row(post, name, when, copy))
    rows.sort(key=lambda r: (r.when, r.post.path, r.channel))
    return Selection(tuple(rows), tuple(left), not_ready)


# -- cells ---------------------------------------------------------------------------------------
def neutralise(cell) -> str:
    """OWASP: a cell a spreadsheet could run as a formula gets a leading apostrophe."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv(rows: Iterable[Iterable], header: Iterable[str] | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    if header is not None:
        writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return out.getvalue()


def _image_url(post: Post) -> str:
    for media in post.media:
        if re.match(r"^https://\S+$", media.file):
            return media.file
    return ""


# -- formats -------------------------------------------------------------------------------------
def _hootsuite(row: Row) -> list:
    return [row.when.strftime("%m/%d/%Y %H:%M"), row.copy, first_link(row.copy)]


def _sprout(row: Row) -> list:
    return [row.when.strftime("%m/%d/%Y"), row.when.strftime("%H:%M"), row.copy, first_link(row.copy), _image_url(row.post)]


def record(row: Row) -> dict:
    """Every field of one post on one channel, as plain JSON values."""
    post = row.post
    event = post.event
    return {
        "uid": post.uid,
        "path": post.path,
        "title": post.title,
        "publish": row.when.isoformat(),
        "channel": row.channel,
        "guideline": post.guideline,
        "status": post.status,
        "author": post.author,
        "series": post.series,
        "campaign": post.campaign,
        "copy": row.copy,
        "page": post.page_uri,
        "approvals": [{"by": a.by, "role": a.role, "on": a.on.isoformat()} for a in post.approvals],
        "sources": list(post.sources),
        "event": None
        if event is None
        else {
            "name": event.name,
            "start": event.start.isoformat(),
            "end": event.end.isoformat() if event.end else None,
            "location": event.location,
            "url": event.url,
        },
        "media": [{"file": m.file, "alt": m.alt, "people": m.people, "authorization": m.authorization, "captions": m.captions} for m in post.media],
        "sponsored": post.sponsored,
        "tags": list(post.tags),
    }


def _flat(name: str, value) -> str:
    """One CSV cell: lists one entry per line, mappings as `key: value` pairs."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_flat(k, v)}" for k, v in value.items() if v not in (None, ""))
    if isinstance(value, list):
        return "\n".join(_flat(name, item) for item in value)
    return str(value)


def _fields(row: Row) -> list:
    return [_flat(name, value) for name, value in record(row).items()]


def write_csv(fmt: Format, rows: Iterable[Row]) -> str:
    return _csv((fmt.cells(r) for r in rows), fmt.columns if fmt.header else None)


def write_json(fmt: Format, rows: Iterable[Row]) -> str:
    return json.dumps([record(r) for r in rows], indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class Format:
    """One export format: what its file holds and what the scheduler reading it accepts."""

    name: str  # as typed: `playbook export hootsuite`
    title: str  # in messages: "Hootsuite takes at most 350 rows per upload"
    columns: tuple[str, ...]  # in file order; the header row when `header`
    cells: Callable[[Row], list]  # one row's values, in `columns` order
    header: bool = True
    writer: Callable[[Format, Iterable[Row]], str] = write_csv
    one_channel: bool = False  # a scheduler upload goes to one profile: --channel is required
    max_rows: int | None = None  # rows one upload takes; more are split into numbered files
    minute_step: int | None = None  # schedules only on minutes divisible by this
    min_lead: dt.timedelta | None = None  # schedules only this long after the upload

    def write(self, rows: Iterable[Row]) -> str:
        return self.writer(self, rows)


FORMATS: dict[str, Format] = {
    fmt.name: fmt
    for fmt in (
        Format("hootsuite", "Hootsuite", ("date_time", "message", "link"), _hootsuite, header=False, one_channel=True,
               max_rows=350, minute_step=5, min_lead=dt.timedelta(minutes=10)),
        Format("sprout", "Sprout", ("date", "time_24hr", "message_text", "link_url", "image_url"), _sprout, one_channel=True,
               max_rows=350, min_lead=dt.timedelta(minutes=10)),
        Format("csv", "CSV", FIELDS, _fields),
        Format("json", "JSON", FIELDS, _fields, writer=write_json),
    )
}  # fmt: skip


def as_format(fmt: str | Format) -> Format:
    return fmt if isinstance(fmt, Format) else FORMATS[fmt]


def render(fmt: str | Format, rows: Iterable[Row]) -> str:
    return as_format(fmt).write(rows)


def chunks(rows: tuple[Row, ...], fmt: str | Format) -> list[tuple[Row, ...]]:
    """The rows split into uploads the scheduler accepts (one chunk when it has no limit)."""
    limit = as_format(fmt).max_rows
    if not limit or len(rows) <= limit:
        return [rows]
    return [rows[i : i + limit] for i in range(0, len(rows), limit)]


# -- what the command says ------------------------------------------------------------------------
def channel_problem(fmt: str | Format, channel: str | None, channels: Iterable[str]) -> tuple[str, str]:
    """(kind, message) when --channel is missing ('usage') or not one of the practice's ('channel'); else ('', '')."""
    fmt, channels = as_format(fmt), tuple(channels)
    if channel is None and fmt.one_channel:
        return "usage", f"{fmt.name} takes one channel per file: add --channel (one of: {', '.join(channels)})"
    if channel is not None and channel not in channels:
        return "channel", f"unknown channel '{channel}'; choose one of: {', '.join(channels)}"
    return "", ""


@dataclass(frozen=True)
class Export:
    """One run of `playbook export`: the rows in their files, and what to tell the person running it."""

    selection: Selection
    fmt: Format
    channel: str | None
    start: dt.date
    end: dt.date

    @property
    def parts(self) -> list[tuple[Row, ...]]:
        return chunks(self.selection.rows, self.fmt)

    @property
    def failed(self) -> bool:
        """Something was left out that the user must fix: the command exits 1."""
        return bool(self.selection.left_out)

    def too_many_for_one_file(self) -> str:
        """Why the rows cannot go to standard output in one piece ('' when they can)."""
        if len(self.parts) <= 1:
            return ""
        return (
            f"{len(self.selection.rows)} rows, but {self.fmt.title} takes at most {self.fmt.max_rows} per upload: "
            "add --out FILE to write numbered files (FILE-1.csv, FILE-2.csv ...), or export a shorter --from/--to range"
        )

    def left_out(self) -> list[str]:
        """`path: reason` for each post left out: said first, whatever happens next."""
        return [f"{item.path}: {item.reason}" for item in self.selection.left_out]

    def notes(self) -> list[str]:
        """What the export holds, and what it does not: said before anything is written."""
        chosen = self.selection
        lines = []
        if not chosen.rows:
            lines.append(f"Nothing to export on {self.channel or 'any channel'} from {self.start.isoformat()} to {self.end.isoformat()}; nothing was written.")
        if chosen.not_ready:
            lines.append(f"{chosen.not_ready} post(s) in the range are not approved yet and were not exported; add --include-drafts to preview them.")
        unapproved = sum(1 for row in chosen.rows if row.post.status not in EXPORTED)
        if unapproved:
            lines.append(f"{unapproved} row(s) are not approved yet (--include-drafts): import them as drafts, never schedule them before approval.")
        return lines

    def closing(self, files: int) -> list[str]:
        """What to do next, once `files` files are written."""
        lines = []
        if files > 1:
            lines.append(f"{self.fmt.title} takes at most {self.fmt.max_rows} rows per upload: split {len(self.selection.rows)} rows into {files} files; upload them one at a time.")
        if self.failed:
            lines.append(f"Left out {len(self.selection.left_out)} post(s) listed above; fix them and export again.")
        return lines
