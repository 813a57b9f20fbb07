"""Placeholders in the playbook's own pages (home, guidelines, any page that is not a post or a reply).

The practice's name and contact route live only in plans/practice.yml; a page
says `{{ practice.name }}` and the build writes the name in. Text inside code
(`...` spans and fenced blocks) is left alone, so a page can show how a
placeholder is written. No template engine runs here: each placeholder is a
plain substitution, and a name outside PAGE_PLACEHOLDERS is reported (FM016),
never evaluated.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .model import Plans

PAGE_PLACEHOLDERS = {
    "practice.name": "the practice's name",
    "practice.website": "the practice's website",
    "contact.name": "the team that takes conversations offline",
    "contact.phone": "their phone number",
    "contact.email": "their email address",
}
_PLACEHOLDER = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_MARKDOWN = re.compile(r"([\\`*_\[\]|])")


@dataclass(frozen=True)
class PagePlaceholder:
    name: str
    line: int  # 1-based within the text given
    start: int  # offset in the text
    end: int


def values(plans: Plans) -> dict[str, str]:
    practice = plans.practice
    return {
        "practice.name": practice.name,
        "practice.website": practice.website,
        "contact.name": practice.contact.name,
        "contact.phone": practice.contact.phone,
        "contact.email": practice.contact.email,
    }


def find(text: str) -> Iterator[PagePlaceholder]:
    """Every `{{ ... }}` outside code, known or not."""
    offset, fence = 0, ""
    for number, line in enumerate(text.split("\n"), start=1):
        opening = _FENCE.match(line)
        if fence:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = ""
        elif opening:
            fence = opening.group(1)
        else:
            code = [m.span() for m in _CODE_SPAN.finditer(line)]
            for match in _PLACEHOLDER.finditer(line):
                if not any(a <= match.start() < b for a, b in code):
                    yield PagePlaceholder(match.group(1), number, offset + match.start(), offset + match.end())
        offset += len(line) + 1


def unknown(text: str) -> list[PagePlaceholder]:
    return [p for p in find(text) if p.name not in PAGE_PLACEHOLDERS]


def _fill(text: str, plans: Plans, escape) -> str:
    known = values(plans)
    parts, last = [], 0
    for placeholder in find(text):
        if placeholder.name in known:
            parts += [text[last : placeholder.start], escape(known[placeholder.name])]
            last = placeholder.end
    return "".join(parts) + text[last:]


def fill_page(markdown: str, plans: Plans) -> str:
    """The page's Markdown with known placeholders replaced by the plans' values, as literal text."""
    return _fill(markdown, plans, lambda value: _MARKDOWN.sub(r"\\\1", html.escape(value, quote=False)))


def fill_meta(meta: dict, plans: Plans) -> dict:
    """Front-matter strings (title, description) with placeholders filled; HTML escaping comes later."""
    return {key: _fill(value, plans, str) if isinstance(value, str) else value for key, value in meta.items()}
