"""`playbook export`: hand approved posts to a scheduler, or to a spreadsheet or a script.

Formats (one small function each):

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
from dataclasses import dataclass
from typing import Callable, Iterable

from .check import Report
from .model import Post
from .statuses import APPROVED_STATUSES, DONE_STATUSES, PENDING_STATUSES
from .text import urls

FORMATS = ("hootsuite", "sprout", "csv", "json")
NEEDS_CHANNEL = ("hootsuite", "sprout")
EXPORTED = tuple(s for s in APPROVED_STATUSES if s not in DONE_STATUSES)  # published posts already went out
DRAFTS = PENDING_STATUSES
MAX_ROWS = {"hootsuite": 350, "sprout": 350}
MIN_LEAD = {"hootsuite": dt.timedelta(minutes=10), "sprout": dt.timedelta(minutes=10)}
MINUTE_STEP = {"hootsuite": 5}
SPROUT_COLUMNS = ("date", "time_24hr", "message_text", "link_url", "image_url")
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
    fmt: str = "csv",
    now: dt.datetime | None = None,
) -> Selection:
    """The rows to export, and what was left out for a reason the user must fix."""
    plans = report.corpus.plans
    statuses = EXPORTED + (DRAFTS if include_drafts else ())
    errored = {f.path for f in report.errors}
    rows: list[Row] = []
    left: list[LeftOut] = []
    not_ready = 0
    step = MINUTE_STEP.get(fmt)
    lead = MIN_LEAD.get(fmt)
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
                LeftOut(post.path, f"goes out at {when:%H:%M}, but {fmt.title()} schedules only on minutes divisible by {step}; move `publish` to {lower:%H:%M} or {lower + dt.timedelta(minutes=step):%H:%M}")
            )
            continue
        if lead is not None and now is not None and when - now < lead:
            minutes = int(lead.total_seconds() // 60)
            if when <= now:
                why = f"goes out {when:%Y-%m-%d %H:%M}, which has passed at export time ({plans.local(now):%Y-%m-%d %H:%M})"
            else:
                why = f"goes out {when:%Y-%m-%d %H:%M}, less than {minutes} minutes after export time ({plans.local(now):%Y-%m-%d %H:%M})"
            left.append(LeftOut(post.path, f"{why}; {fmt.title()} needs at least {minutes} minutes' notice: post it by hand or move `publish` later"))
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
def hootsuite(rows: Iterable[Row]) -> str:
    return _csv([r.when.strftime("%m/%d/%Y %H:%M"), r.copy, first_link(r.copy)] for r in rows)


def sprout(rows: Iterable[Row]) -> str:
    body = ([r.when.strftime("%m/%d/%Y"), r.when.strftime("%H:%M"), r.copy, first_link(r.copy), _image_url(r.post)] for r in rows)
    return _csv(body, SPROUT_COLUMNS)


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
        "media": [
            {"file": m.file, "alt": m.alt, "people": m.people, "authorization": m.authorization, "captions": m.captions} for m in post.media
        ],
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


def as_csv(rows: Iterable[Row]) -> str:
    return _csv(([_flat(name, value) for name, value in record(r).items()] for r in rows), FIELDS)


def as_json(rows: Iterable[Row]) -> str:
    return json.dumps([record(r) for r in rows], indent=2, ensure_ascii=False) + "\n"


WRITERS: dict[str, Callable[[Iterable[Row]], str]] = {"hootsuite": hootsuite, "sprout": sprout, "csv": as_csv, "json": as_json}


def render(fmt: str, rows: Iterable[Row]) -> str:
    return WRITERS[fmt](rows)


def chunks(rows: tuple[Row, ...], fmt: str) -> list[tuple[Row, ...]]:
    """The rows split into uploads the scheduler accepts (one chunk when it has no limit)."""
    limit = MAX_ROWS.get(fmt)
    if not limit or len(rows) <= limit:
        return [rows]
    return [rows[i : i + limit] for i in range(0, len(rows), limit)]
