"""The whole practice repository, parsed once: plans, posts, responses."""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .content import parse_post, parse_response
from .fields import finding
from .filenames import name_problem
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
from . import pages, uids

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


# Findings that keep a file out of the site: MkDocs would hang on a pipe or break on the name.
UNBUILDABLE = ("FM010", "FM031")


def _markdown_files(root: Path, walk: Walk, sink: list[Finding]) -> list[str]:
    """The Markdown files to parse (those the link walk allows); every file below content/ has its name and kind checked.

    rglob does not descend into linked folders, so a link loop cannot make this walk endless;
    files behind links are judged by the link walk (FM017) and named by their link.
    """
    folder = root / CONTENT_DIR
    refused = set()
    for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
        try:
            mode = path.stat().st_mode
        except OSError:
            continue
        if stat.S_ISDIR(mode):
            continue
        rel = path.relative_to(root).as_posix()
        message, hint = name_problem(rel)
        if message:
            sink.append(finding("FM031", message, rel, 1, hint=hint))
            refused.add(rel)
        kind = not_regular(mode)
        if kind:
            sink.append(finding("FM010", f"this is {kind}, not a regular file; the checks and the site read only ordinary files", rel, 0, hint="remove it, or replace it with an ordinary file"))
            refused.add(rel)
    return [rel for rel in walk.under(CONTENT_DIR, ".md") if rel not in refused]


def unbuildable(findings: Iterable[Finding], docs_prefix: str = CONTENT_DIR) -> set[str]:
    """Pages and files (as paths below the docs folder) that must never reach MkDocs."""
    prefix = docs_prefix.rstrip("/") + "/"
    return {f.path.removeprefix(prefix) for f in findings if f.code in UNBUILDABLE and f.path.startswith(prefix)}


def load_corpus(root: Path | str) -> Corpus:
    root = Path(root).resolve()
    walk = walk_repository(root)  # before anything is read: a link out of the repository is never opened
    plans, sink = load_plans(root)
    sink.extend(finding("FM017", refusal.message(), refusal.rel, 0) for refusal in walk.refused)
    posts: list[Post] = []
    responses: list[ResponseTemplate] = []
    for rel in _markdown_files(root, walk, sink):
        source = read_source(root / rel)
        if rel.startswith(POSTS_DIR + "/"):
            post = parse_post(source, rel, plans, sink)
            if post is not None:
                posts.append(post)
        elif rel.startswith(RESPONSES_DIR + "/"):
            template = parse_response(source, rel, plans, sink)
            if template is not None:
                responses.append(template)
        else:
            _check_page(source, rel, sink)
    _check_unique_uids(posts, responses, sink, plans.series)
    reviews = load_review_log(root, walk, plans, responses, sink)
    posts.sort(key=lambda p: (p.publish, p.path))
    return Corpus(root, plans, tuple(posts), tuple(responses), tuple(sink), walk, reviews)


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
    line = {item.path: item.line_of("uid") for item in (*posts, *responses)}
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
    for post in sorted(posts, key=lambda p: p.path):
        derived = uids.event_uid(post.uid) if post.uid and post.event else ""
        holder = owners.get(uids.key(derived)) if derived else None
        if holder is not None:
            sink.append(finding("FM009", f"uid '{holder[0]}' is the calendar id of the community event in {post.path} ('{derived}')", holder[1], line[holder[1]], hint=hint))
    for k, (uid, path) in owners.items():
        if slot.match(k):
            sink.append(finding("FM009", f"uid '{uid}' is the calendar id an open series slot takes (slot-<series>-<YYYYMMDD>)", path, line[path], hint=hint))
