"""The whole practice repository, parsed once: plans, posts, responses."""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .content import parse_post, parse_response
from .fields import finding
from .filenames import name_problem
from .findings import Finding
from .frontmatter import FrontMatterProblem, split_front_matter
from .model import Plans, Post, ResponseTemplate
from .plans import load_plans
from .source import not_regular, read_source

CONTENT_DIR = "content"
POSTS_DIR = "content/posts"
RESPONSES_DIR = "content/responses"


@dataclass(frozen=True)
class Corpus:
    root: Path
    plans: Plans
    posts: tuple[Post, ...]
    responses: tuple[ResponseTemplate, ...]
    findings: tuple[Finding, ...]  # what parsing found; rules add theirs in check.py


# Findings that keep a file out of the site: MkDocs would hang on a pipe or break on the name.
UNBUILDABLE = ("FM010", "FM031")


def _markdown_files(root: Path, sink: list[Finding]) -> list[Path]:
    """The Markdown files to parse; every other file below content/ has its name and kind checked too."""
    folder = root / CONTENT_DIR
    found = []
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
        kind = not_regular(mode)
        if kind:
            sink.append(finding("FM010", f"this is {kind}, not a regular file; the checks and the site read only ordinary files", rel, 0, hint="remove it, or replace it with an ordinary file"))
        elif path.suffix == ".md":
            found.append(path)
    return found


def unbuildable(findings: Iterable[Finding], docs_prefix: str = CONTENT_DIR) -> set[str]:
    """Pages and files (as paths below the docs folder) that must never reach MkDocs."""
    prefix = docs_prefix.rstrip("/") + "/"
    return {f.path.removeprefix(prefix) for f in findings if f.code in UNBUILDABLE and f.path.startswith(prefix)}


def load_corpus(root: Path | str) -> Corpus:
    root = Path(root).resolve()
    plans, sink = load_plans(root)
    posts: list[Post] = []
    responses: list[ResponseTemplate] = []
    for path in _markdown_files(root, sink):
        rel = path.relative_to(root).as_posix()
        source = read_source(path)
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
    _check_unique_uids(posts, responses, sink)
    posts.sort(key=lambda p: (p.publish, p.path))
    return Corpus(root, plans, tuple(posts), tuple(responses), tuple(sink))


def _check_page(source, rel: str, sink: list[Finding]) -> None:
    """Other pages: only unreadable bytes and broken front matter (MkDocs would hide both)."""
    if source.text is None:
        sink.append(finding("FM010", source.problem, rel, source.line))
        return
    if not source.text.startswith("---"):
        return
    parsed = split_front_matter(source.text)
    if isinstance(parsed, FrontMatterProblem) and parsed.kind in ("yaml", "unclosed", "not-mapping"):
        code = "FM005" if parsed.kind == "not-mapping" else "FM001"
        sink.append(finding(code, parsed.message, rel, parsed.line, parsed.column))


def _check_unique_uids(posts, responses, sink: list[Finding]) -> None:
    seen: dict[str, str] = {}
    for item in sorted([*posts, *responses], key=lambda item: item.path):
        if not item.uid:
            continue
        if item.uid in seen:
            sink.append(
                finding("FM009", f"uid '{item.uid}' is already used by {seen[item.uid]}", item.path, item.line_of("uid"), hint="give this file a new uid; `playbook new` makes one")
            )
        else:
            seen[item.uid] = item.path
