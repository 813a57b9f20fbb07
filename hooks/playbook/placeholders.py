"""Response templates are Jinja2 text with a fixed set of placeholders; render and inspect them.

A sandboxed environment with StrictUndefined: a template can only read the
practice's contact details and the reviewer's public name, never anything else.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, nodes
from jinja2.sandbox import SandboxedEnvironment

from .model import Plans, without_notes

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


@functools.lru_cache(maxsize=1)
def _environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)


def _dotted(node) -> str | None:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        base = _dotted(node.node)
        return f"{base}.{node.attr}" if base else None
    return None


def placeholders(text: str) -> list[Placeholder]:
    """Every variable the template reads (raises TemplateSyntaxError on broken syntax)."""
    tree = _environment().parse(text)
    found = []
    for node in tree.find_all((nodes.Name, nodes.Getattr)):
        if isinstance(node, nodes.Name) and node.ctx != "load":
            continue
        name = _dotted(node)
        if name is None:
            continue
        found.append(Placeholder(name, node.lineno))
    # Keep the longest name per position: `contact.phone`, not also `contact`.
    names = {p.name for p in found}
    result = [p for p in found if not any(other.startswith(p.name + ".") for other in names)]
    return sorted(set(result), key=lambda p: (p.line, p.name))


def unknown_placeholders(text: str) -> list[Placeholder]:
    return [p for p in placeholders(text) if p.name not in ALLOWED]


def context(plans: Plans, reviewer: str = REVIEWER_PLACEHOLDER) -> dict:
    practice = plans.practice
    return {
        "reviewer": reviewer,
        "practice": {"name": practice.name},
        "contact": {"name": practice.contact.name, "phone": practice.contact.phone, "email": practice.contact.email},
    }


def render_reply(text: str, plans: Plans, reviewer: str = REVIEWER_PLACEHOLDER) -> str | None:
    """The reply as the front desk pastes it (notes to the team removed), or None when it cannot render."""
    try:
        return _environment().from_string(without_notes(text)).render(context(plans, reviewer))
    except TemplateError:  # syntax, undefined names, sandbox refusals: FM016 reports them
        return None


__all__ = ["ALLOWED", "Placeholder", "TemplateSyntaxError", "placeholders", "render_reply", "unknown_placeholders"]
