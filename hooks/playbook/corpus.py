"""The whole practice repository, parsed once: plans, posts, responses."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import pages, uids
from .cache import ResultCache
from .content import parse_post, parse_response
from .fields import finding
from .filenames import kind_problem, name_problem
from .findings import Finding
from .frontmatter import FrontMatterProblem, split_front_matter
from .layout import CONTENT_DIR, POSTS_DIR, RESPONSES_DIR
from .links import Walk, walk_repository
from .markup import field_findings, name_findings, page_findings
from .model import Plans, Post, ResponseTemplate
from .plans import load_plans
from .reviews.loader import load_review_log
from .reviews.model import ReviewLog
from .source import not_regular, read_source

__all__ = ["CONTENT_DIR", "POSTS_DIR", "RESPONSES_DIR"]  # where they live: layout.py


@dataclass(frozen=True)
class Corpus:
    root: Path
    plans: Plans
    posts: tuple[Post, ...]
    responses: tuple[ResponseTemplate, ...]
    findings: tuple[Finding, ...]  # what parsing found; rules add theirs in check.py
    walk: Walk = field(default_factory=lambda: Walk(Path(".")))  # the files the build may read; refused links
    reviews: ReviewLog = field(default_factory=ReviewLog)  # plans/reviews/: the review log
    # Posts and replies the parser refused (their front matter or bytes): never checked, so never published.
    unparsed: frozenset[str] = frozenset()


# Findings that keep a file out of the site: MkDocs would hang on a pipe or break on the name.
UNBUILDABLE = ("FM010", "FM031", "FM051")


def _markdown_files(root: Path, walk: Walk, sink: list[Finding]) -> list[str]:
    """The Markdown files to parse (those the link walk allows); every file below content/ has its name and kind checked.

    This walk does not descend into linked folders, so a link loop cannot make it endless;
    files behind links are judged by the link walk (FM017) and named by their link.
    """
    refused, readable = set(), set(walk.files)
    found: list[tuple[list[str], list[Finding]]] = []  # (path parts, findings) of the files with a problem
    for rel, entry in _entries(root / CONTENT_DIR, CONTENT_DIR):
        problems = []
        message, hint = name_problem(rel)
        if message:
            problems.append(finding("FM031", message, rel, 1, hint=hint))
        unpublishable, why = kind_problem(rel)
        if unpublishable and not message and rel in readable:  # a file behind a refused link is FM017's
            problems.append(finding("FM051", unpublishable, rel, 0, hint=why))
        kind = _special(entry)
        if kind:
            problems.append(finding("FM010", f"this is {kind}, not a regular file; the checks and the site read only ordinary files", rel, 0, hint="remove it, or replace it with an ordinary file"))
        if problems:
            found.append((rel.split("/"), problems))
            refused.add(rel)
    for _, problems in sorted(found, key=lambda item: item[0]):  # in path order, as a sorted walk gives them
        sink.extend(problems)
    return [rel for rel in walk.under(CONTENT_DIR, ".md") if rel not in refused]


def _entries(folder: Path, rel: str) -> Iterator[tuple[str, os.DirEntry]]:
    """Every entry below `folder` but folders (a linked folder is listed, not entered), broken links skipped.

    os.scandir knows each entry's kind without a system call per file: a walk of ten thousand posts stays cheap.
    """
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        child = f"{rel}/{entry.name}"
        try:
            if entry.is_dir():  # follows a link
                if not entry.is_symlink():
                    yield from _entries(Path(entry.path), child)
                continue
            if entry.is_symlink() and not os.path.exists(entry.path):
                continue
        except OSError:
            continue
        yield child, entry


def _special(entry: os.DirEntry) -> str:
    """'' for a regular file, else what it is (a named pipe ...)."""
    try:
        return "" if entry.is_file() else not_regular(entry.stat().st_mode)
    except OSError:
        return ""


def unbuildable(findings: Iterable[Finding], docs_prefix: str = CONTENT_DIR) -> set[str]:
    """Pages and files (as paths below the docs folder) that must never reach MkDocs."""
    prefix = docs_prefix.rstrip("/") + "/"
    return {f.path.removeprefix(prefix) for f in findings if f.code in UNBUILDABLE and f.path.startswith(prefix)}


def load_corpus(root: Path | str, cache: ResultCache | None = None) -> Corpus:
    """Parse the repository; with a `cache`, files whose bytes it knows are not parsed again."""
    root = Path(root).resolve()
    walk = walk_repository(root)  # before anything is read: a link out of the repository is never opened
    plans, sink = load_plans(root)
    sink.extend(finding("FM017", refusal.message(), refusal.rel, 0) for refusal in walk.refused)
    posts: list[Post] = []
    responses: list[ResponseTemplate] = []
    unparsed: set[str] = set()
    for rel in _markdown_files(root, walk, sink):
        if cache is None:
            item, found = parse_file(read_source(root / rel), rel, plans)
        else:
            entry = cache.parsed(rel, lambda source: parse_file(source, rel, plans))
            item, found = entry.item, entry.parsed
        sink.extend(found)
        if isinstance(item, Post):
            posts.append(item)
        elif isinstance(item, ResponseTemplate):
            responses.append(item)
        elif rel.startswith((POSTS_DIR + "/", RESPONSES_DIR + "/")):
            unparsed.add(rel)
    _check_unique_uids(posts, responses, sink, plans.series)
    reviews = load_review_log(root, walk, plans, responses, sink, cache)
    posts.sort(key=lambda p: (p.publish, p.path))
    return Corpus(root, plans, tuple(posts), tuple(responses), tuple(sink), walk, reviews, frozenset(unparsed))


def parse_file(source, rel: str, plans: Plans) -> tuple[Post | ResponseTemplate | None, list[Finding]]:
    """What one file yields whatever else the repository holds (so the result cache may keep it)."""
    found: list[Finding] = []
    if rel.startswith(POSTS_DIR + "/"):
        return parse_post(source, rel, plans, found), found
    if rel.startswith(RESPONSES_DIR + "/"):
        return parse_response(source, rel, plans, found), found
    _check_page(source, rel, found)
    return None, found


def _check_page(source, rel: str, sink: list[Finding]) -> None:
    """Other pages: unreadable bytes and broken front matter (MkDocs would hide both), and markup (SEC)."""
    sink.extend(name_findings(rel))
    if source.text is None:
        sink.append(finding("FM010", source.problem, rel, source.line))
        return
    known = ", ".join("{{ " + name + " }}" for name in pages.PAGE_PLACEHOLDERS)
    for placeholder in pages.unknown(source.text):
        sink.append(finding("FM016", f"unknown placeholder '{{{{ {placeholder.name} }}}}'", rel, placeholder.line, hint=f"a page may use {known}"))
    parsed = split_front_matter(source.text) if source.text.startswith("---") else None
    if isinstance(parsed, FrontMatterProblem) and parsed.kind in ("yaml", "unclosed", "not-mapping"):
        code = "FM005" if parsed.kind == "not-mapping" else "FM001"
        sink.append(finding(code, parsed.message, rel, parsed.line, parsed.column))
    elif parsed is not None and not isinstance(parsed, FrontMatterProblem):
        sink.extend(field_findings(parsed.meta, rel))
        sink.extend(page_findings(parsed.body, parsed.body_line, rel))
    else:
        sink.extend(page_findings(source.text, 1, rel))


def _check_unique_uids(posts, responses, sink: list[Finding], series_ids=()) -> None:
    """One identity per uid, as uids.py defines it: no two files, and no file and another post's
    community event or an open series slot, may end up with the same calendar UID or DOM id."""
    hint = "give this file a new uid; `playbook new` makes one"
    by_path = {item.path: item for item in (*posts, *responses)}
    owners: dict[str, tuple[str, str]] = {}  # key -> (uid, path) of the first file (by path) that holds it
    for item in sorted([*posts, *responses], key=lambda item: item.path):
        if not item.uid:
            continue
        k = uids.key(item.uid)
        if k not in owners:
            owners[k] = (item.uid, item.path)
            continue
        uid, path = owners[k]
        same = f"is already used by {path}" if uid == item.uid else f"is the same calendar and page id as '{uid}' in {path} (uids that differ only in case or punctuation collide)"
        sink.append(finding("FM009", f"uid '{item.uid}' {same}", item.path, item.line_of("uid"), hint=hint))
    slot = uids.slot_pattern(series_ids)
    for post in sorted((p for p in posts if p.uid and p.event), key=lambda p: p.path):
        derived = uids.event_uid(post.uid)
        holder = owners.get(uids.key(derived)) if derived else None
        if holder is not None:
            sink.append(finding("FM009", f"uid '{holder[0]}' is the calendar id of the community event in {post.path} ('{derived}')", holder[1], by_path[holder[1]].line_of("uid"), hint=hint))
    for k, (uid, path) in owners.items():
        if slot.match(k):
            sink.append(finding("FM009", f"uid '{uid}' is the calendar id an open series slot takes (slot-<series>-<YYYYMMDD>)", path, by_path[path].line_of("uid"), hint=hint))
