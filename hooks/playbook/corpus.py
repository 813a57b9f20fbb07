"""The whole practice repository, parsed once: plans, posts, responses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .content import parse_post, parse_response
from .fields import finding
from .findings import Finding
from .frontmatter import FrontMatterProblem, split_front_matter
from .markup import field_findings, name_findings
from .model import Plans, Post, ResponseTemplate
from .plans import load_plans
from .rules.security import page_findings
from .source import read_source

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


def _markdown_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.md") if p.is_file()) if folder.is_dir() else []


def load_corpus(root: Path | str) -> Corpus:
    root = Path(root).resolve()
    plans, sink = load_plans(root)
    posts: list[Post] = []
    responses: list[ResponseTemplate] = []
    for path in _markdown_files(root / CONTENT_DIR):
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
    """Other pages: unreadable bytes and broken front matter (MkDocs would hide both), and markup (SEC)."""
    sink.extend(name_findings(rel))
    if source.text is None:
        sink.append(finding("FM010", source.problem, rel, source.line))
        return
    parsed = split_front_matter(source.text) if source.text.startswith("---") else None
    if isinstance(parsed, FrontMatterProblem) and parsed.kind in ("yaml", "unclosed", "not-mapping"):
        code = "FM005" if parsed.kind == "not-mapping" else "FM001"
        sink.append(finding(code, parsed.message, rel, parsed.line, parsed.column))
    elif parsed is not None and not isinstance(parsed, FrontMatterProblem):
        sink.extend(field_findings(parsed.meta, rel))
        sink.extend(page_findings(parsed.body, parsed.body_line, rel))
    else:
        sink.extend(page_findings(source.text, 1, rel))


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
