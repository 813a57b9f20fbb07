"""Write review-log entries (`playbook review add|answer|follow-up|import`) without ever overwriting one.

New reviews are appended to their month's file; an answer or a follow-up adds
its lines to an entry that does not have them yet. Nothing already written is
changed: answering an answered review is refused, and so is logging a review
whose link is already in the log. Every file is composed in memory, read back
with the log's own loader (so a write can never leave a file the build cannot
read), and replaced atomically, only if nobody changed it meanwhile. The
comments and layout a person wrote stay as they were.

Pure Python; the CLI (command.py) turns `Refused` into a message.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..check import settle
from ..files import write_atomically
from ..findings import Finding, Severity
from ..source import read_source
from ..timezones import local_time, offset_text
from ..yamlload import LineDict, LineList, load_yaml
from .loader import read_log_text
from .model import LOG_DIR, Review

ID_FORMAT = "rv-{month}-{number:02d}"
_ID_NUMBER = re.compile(r"\brv-(\d{4}-\d{2})-(\d+)\b")
HEADER = (
    "# Review log, {month}: one entry per public review, in the order they came in.\n"
    "# Never the reviewer's name or what the review says: the link leads to the review itself.\n"
    "# `playbook review add` and `playbook review answer` write these entries; times are practice time.\n"
)


class Refused(ValueError):
    """What the user asked for cannot be written; nothing was written."""

    def __init__(self, message: str, option: str = ""):
        super().__init__(message)
        self.message = message
        self.option = option


@dataclass(frozen=True)
class NewReview:
    platform: str
    url: str
    received: dt.datetime  # timezone-aware
    rating: int | None
    scenario: str
    answered: dt.datetime | None = None  # with template and by: a reply already posted (an import's history)
    template: str = ""
    by: str = ""


@dataclass(frozen=True)
class Written:
    rel: str
    review_id: str
    created: bool = False  # a new month file


def scalar(text: str) -> str:
    """A YAML scalar that reads back as exactly `text`: plain where it does, else double-quoted."""
    for candidate in (text, json.dumps(text, ensure_ascii=False)):  # JSON strings are YAML 1.2 scalars
        data, error = load_yaml(f"v: {candidate}\n")
        if error is None and isinstance(data, dict) and data.get("v") == text and "\n" not in candidate:
            return candidate
    return _escaped(text)


def _escaped(text: str) -> str:
    """Double-quoted with every character outside printable ASCII escaped (YAML's \\x, \\u and \\U)."""
    out = []
    for char in text:
        code = ord(char)
        if 0x20 <= code < 0x7F and char not in '"\\':
            out.append(char)
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        elif code < 0x10000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return '"' + "".join(out) + '"'


def stamp(moment: dt.datetime, tz) -> str:
    """'YYYY-MM-DD HH:MM' on the practice's wall clock, with the offset where that clock is ambiguous."""
    local = moment.astimezone(tz).replace(second=0, microsecond=0)
    naive = local.replace(tzinfo=None)
    _, problem = local_time(naive, tz)
    text = f"{naive:%Y-%m-%d %H:%M}"
    return f"{text}{offset_text(local.utcoffset())}" if problem else text


def month_of(moment: dt.datetime, tz) -> str:
    return f"{moment.astimezone(tz):%Y-%m}"


def _month_words(month: str) -> str:
    return dt.date.fromisoformat(month + "-01").strftime("%B %Y")


# -- reading what is there -------------------------------------------------------------------------


def _current(root: Path, rel: str) -> str | None:
    path = root / rel
    if not path.exists():
        return None
    source = read_source(path)
    if source.text is None:
        raise Refused(f"{rel} cannot be read ({source.problem}); fix it first, nothing was written")
    return source.text


def _used_numbers(texts: Iterable[str], log_ids: Iterable[str], month: str) -> set[int]:
    found = set()
    for text in (*texts, " ".join(log_ids)):
        found.update(int(n) for m, n in _ID_NUMBER.findall(text) if m == month)
    return found


# -- checking what would be written ----------------------------------------------------------------


def _verify(text: str, rel: str, corpus, wanted: dict[str, dict]) -> None:
    """Read the composed text back; refuse when it would not hold exactly the wanted values."""
    sink: list[Finding] = []
    uids = {t.uid for t in corpus.responses if t.uid}
    reviews = {r.id: r for r in read_log_text(text, rel, corpus.plans, uids, sink)}
    broken = [f for f in sink if f.code == "FM001"]
    if broken:
        raise Refused(f"{rel} would not be valid YAML after this change ({broken[0].message}, line {broken[0].line}); fix the file first, nothing was written")
    for review_id, values in wanted.items():
        review = reviews.get(review_id)
        problems = [f for f in settle(sink) if f.severity is Severity.ERROR and review is not None and f.line >= review.line and f.line <= max(review.lines.values(), default=review.line)]
        if review is None or problems or any(getattr(review, key) != value for key, value in values.items()):
            detail = f": {problems[0].message}" if problems else ""
            raise Refused(f"the entry for {review_id} in {rel} would not read back as written{detail}; fix the file first, nothing was written")


def _write(root: Path, rel: str, before: str | None, text: str) -> None:
    """Replace the file atomically, unless someone changed it since it was read."""
    if _current(root, rel) != before:
        raise Refused(f"{rel} changed while this command ran; nothing was written, run it again")
    write_atomically(root / rel, text, exclusive=before is None)


# -- add -------------------------------------------------------------------------------------------


def entry_text(review_id: str, new: NewReview, tz) -> str:
    rating = "none" if new.rating is None else str(new.rating)
    text = f"- id: {review_id}\n  platform: {new.platform}\n  url: {scalar(new.url)}\n  received: {stamp(new.received, tz)}\n  rating: {rating}\n  scenario: {new.scenario}\n"
    if new.answered is not None:
        text += f"  answered: {stamp(new.answered, tz)}\n  template: {scalar(new.template)}\n  by: {scalar(new.by)}\n"
    return text


def add_reviews(root: Path, corpus, reviews: list[NewReview]) -> list[Written]:
    """Append new reviews to their month files (created when missing); all files are checked before any is written."""
    tz = corpus.plans.tz
    logged = {r.url: r.id for r in corpus.reviews.reviews}
    seen: set[str] = set()
    for new in reviews:
        if new.url in logged:
            raise Refused(f"this review is already logged as {logged[new.url]}; nothing was written", "url")
        if new.url in seen:
            raise Refused(f"the link {new.url} is given twice; nothing was written", "url")
        seen.add(new.url)
    by_month: dict[str, list[NewReview]] = {}
    for new in sorted(reviews, key=lambda r: r.received):
        by_month.setdefault(month_of(new.received, tz), []).append(new)
    plans_out = []
    for month, batch in sorted(by_month.items()):
        rel = f"{LOG_DIR}/{month}.yml"
        before = _current(root, rel)
        used = _used_numbers([before or ""], (r.id for r in corpus.reviews.reviews), month)
        number = max(used, default=0)
        blocks, wanted, ids = [], {}, []
        for new in batch:
            number += 1
            review_id = ID_FORMAT.format(month=month, number=number)
            blocks.append(entry_text(review_id, new, tz))
            wanted[review_id] = {"url": new.url, "platform": new.platform, "rating": new.rating, "scenario": new.scenario}
            ids.append(review_id)
        head = before.rstrip("\n") + "\n\n" if before and before.strip() else (before or HEADER.format(month=_month_words(month)) + "\n")
        text = head + "\n".join(blocks)
        _verify(text, rel, corpus, wanted)
        plans_out.append((rel, before, text, ids))
    written = []
    for rel, before, text, ids in plans_out:
        _write(root, rel, before, text)
        written += [Written(rel, review_id, before is None) for review_id in ids]
    return written


# -- answer and follow-up: lines added to one entry ------------------------------------------------


def _entry_span(text: str, review: Review) -> tuple[LineDict, int, int]:
    """(the entry's mapping, its first line, its last written line), 1-based, from the file as it is now."""
    data, error = load_yaml(text)
    if error is not None or not isinstance(data, LineList):
        raise Refused(f"{review.path} cannot be read as a review log now; fix it first, nothing was written")
    for index, item in enumerate(data):
        if isinstance(item, LineDict) and item.get("id") == review.id:
            first = data.line_of(index)
            following = data.line_of(index + 1) if index + 1 < len(data) else len(text.split("\n")) + 1
            lines = text.split("\n")
            last = following - 1
            keys_end = max([first, *item.key_lines.values()])
            while last > keys_end and (not lines[last - 1].strip() or lines[last - 1].lstrip().startswith("#")):
                last -= 1
            return item, first, last
    raise Refused(f"review {review.id} is no longer in {review.path}; nothing was written")


def _add_fields(root: Path, corpus, review: Review, fields: list[tuple[str, str]], wanted: dict) -> Written:
    rel = review.path
    before = _current(root, rel)
    if before is None:
        raise Refused(f"{rel} is gone; nothing was written")
    item, first, last = _entry_span(before, review)
    lines = before.split("\n")
    start = lines[first - 1]
    if "{" in start and item.key_lines and all(line == first for line in item.key_lines.values()):
        close = start.rfind("}")
        if close < 0:
            raise Refused(f"the entry for {review.id} ({rel}:{first}) spans several lines in {{...}} form; write it as '- id: ...' lines first, nothing was written")
        extra = "".join(f", {key}: {value}" for key, value in fields)
        lines[first - 1] = start[:close].rstrip() + extra + start[close:]
    else:
        indent = _indent(lines, item, first)
        lines[last:last] = [f"{indent}{key}: {value}" for key, value in fields]
    text = "\n".join(lines)
    _verify(text, rel, corpus, {review.id: wanted})
    _write(root, rel, before, text)
    return Written(rel, review.id)


def _indent(lines: list[str], item: LineDict, first: int) -> str:
    """The indentation of the entry's keys: that of a key on its own line, else the column after '- '."""
    for line_number in sorted(set(item.key_lines.values())):
        line = lines[line_number - 1]
        if line_number != first:
            return line[: len(line) - len(line.lstrip())]
    start = lines[first - 1]
    match = re.match(r"^(\s*-\s+)", start)
    return " " * (len(match.group(1)) if match else 2)


def answer_review(root: Path, corpus, review: Review, template: str, by: str, at: dt.datetime) -> Written:
    tz = corpus.plans.tz
    if review.answered is not None:
        raise Refused(
            f"{review.id} is already answered ({stamp(review.answered, tz)}, {review.template or 'no template'}, by {review.by or 'nobody named'}); "
            "the log never overwrites an entry, so nothing was written"
        )
    if at < review.received:
        raise Refused(f"the reply time {stamp(at, tz)} is before the review was received ({stamp(review.received, tz)}); nothing was written", "--at")
    fields = [("answered", stamp(at, tz)), ("template", scalar(template)), ("by", scalar(by))]
    return _add_fields(root, corpus, review, fields, {"template": template, "by": by})


def follow_up_review(root: Path, corpus, review: Review, on: dt.date) -> Written:
    tz = corpus.plans.tz
    if review.followed_up is not None:
        raise Refused(f"{review.id} already has a follow-up on {review.followed_up.isoformat()}; the log never overwrites an entry, so nothing was written")
    if on < review.received.astimezone(tz).date():
        raise Refused(f"{on.isoformat()} is before the review was received; nothing was written", "--on")
    return _add_fields(root, corpus, review, [("followed_up", on.isoformat())], {"followed_up": on})
