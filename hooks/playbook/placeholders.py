"""Response templates are Jinja2 text with a fixed set of placeholders; render and inspect them.

One function, `render_template`, renders a reply the way the library shows it
and `playbook check` proves it renders: in the bounded sandbox (sandbox.py),
with StrictUndefined, so a template can only read the practice's contact
details and the reviewer's public name, and can neither hang nor flood the build.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from jinja2 import TemplateSyntaxError, nodes

from .model import NOTES, Plans
from .sandbox import BoundedSandbox, TemplateProblem, parse, render

REVIEWER_PLACEHOLDER = "[reviewer's public name]"
ALLOWED = {
    "reviewer": "the reviewer's public display name, as shown on the review",
    "practice.name": "the practice's name",
    "contact.name": "the team that takes conversations offline",
    "contact.phone": "their phone number",
    "contact.email": "their email address",
}


@dataclass(frozen=True)
class Placeholder:
    name: str  # dotted, e.g. "contact.phone"
    line: int  # 1-based within the template text


MAX_REPLY = 10_000  # characters: review sites take a few thousand at most; a reply is 40 to 110 words
WHAT = "a reply template"


@functools.lru_cache(maxsize=1)
def _environment() -> BoundedSandbox:
    """For parsing only; every rendering gets a fresh one (its budgets are per rendering)."""
    return BoundedSandbox()


def _dotted(node) -> str | None:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        base = _dotted(node.node)
        return f"{base}.{node.attr}" if base else None
    return None


def placeholders(text: str) -> list[Placeholder]:
    """Every variable the template reads (raises TemplateSyntaxError on broken syntax)."""
    try:
        tree = parse(_environment(), text)
    except TemplateProblem as problem:
        raise TemplateSyntaxError(problem.message.removeprefix("template syntax error: "), problem.line) from None
    found = []
    for node in tree.find_all((nodes.Name, nodes.Getattr)):
        if isinstance(node, nodes.Name) and node.ctx != "load":
            continue
        name = _dotted(node)
        if name is None:
            continue
        found.append(Placeholder(name, node.lineno))
    # Keep the longest name per position: `contact.phone`, not also `contact`.
    prefixes = {p.name.rsplit(".", depth)[0] for p in found for depth in range(1, p.name.count(".") + 1)}
    result = [p for p in found if p.name not in prefixes]
    return sorted(set(result), key=lambda p: (p.line, p.name))


def unknown_placeholders(text: str) -> list[Placeholder]:
    return [p for p in placeholders(text) if p.name not in ALLOWED]


@dataclass(frozen=True)
class Rendering:
    """A reply as the front desk pastes it, or why it cannot be rendered (line within the template, 0 = all of it)."""

    text: str | None
    problem: str = ""
    line: int = 0
    kind: str = ""  # syntax | refused | limit | error (see sandbox.TemplateProblem)
    hint: str = ""


def _without_notes(text: str) -> tuple[str, Callable[[int], int]]:
    """The text as it goes out (the team's notes removed), and a map from its lines back to `text`'s lines."""
    kept: list[tuple[int, int]] = []  # (offset in the result, offset in text) where each kept piece starts
    parts: list[str] = []
    last = size = 0
    for note in NOTES.finditer(text):
        kept.append((size, last))
        parts.append(text[last : note.start()])
        size += note.start() - last
        last = note.end()
    kept.append((size, last))
    parts.append(text[last:])
    source = "".join(parts)

    def original_line(line: int) -> int:
        if line <= 0:
            return line
        offset = 0
        for _ in range(line - 1):
            offset = source.find("\n", offset) + 1
        start, origin = max((piece for piece in kept if piece[0] <= offset), default=(0, 0))
        return text.count("\n", 0, origin + offset - start) + 1

    return source, original_line


def render_template(text: str, plans: Plans, reviewer: str = REVIEWER_PLACEHOLDER) -> Rendering:
    """The one rendering of a reply template, shared by `playbook check` (FM030) and the site's library."""
    contact = plans.practice.contact
    return _rendering(text, reviewer, plans.practice.name, contact.name, contact.phone, contact.email)


# Several rules read the same reply filled in (its privacy, its markup, its links): a template is parsed and
# rendered once per text and the values it may use, all of which are the key.
@functools.lru_cache(maxsize=512)
def _rendering(text: str, reviewer: str, name: str, contact_name: str, phone: str, email: str) -> Rendering:
    source, original_line = _without_notes(text)
    values = {"reviewer": reviewer, "practice": {"name": name}, "contact": {"name": contact_name, "phone": phone, "email": email}}
    try:
        out = render(source, values, what=WHAT, max_output=MAX_REPLY)
    except TemplateProblem as problem:
        return Rendering(None, problem.message, original_line(problem.line), problem.kind, problem.hint)
    return Rendering(out.strip())


def render_reply(text: str, plans: Plans, reviewer: str = REVIEWER_PLACEHOLDER) -> str | None:
    """The reply as the front desk pastes it (notes to the team removed), or None when it cannot render."""
    return render_template(text, plans, reviewer).text


__all__ = ["ALLOWED", "Placeholder", "Rendering", "TemplateSyntaxError", "placeholders", "render_reply", "render_template", "unknown_placeholders"]
