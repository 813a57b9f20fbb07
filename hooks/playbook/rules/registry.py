"""The rule registry: every rule is a function (or a declaration) with a docstring.

A rule's docstring is its documentation page (What it flags / Why / Examples),
so the site and `playbook rules` can never drift from the code. Adding a rule
is one decorated function in its family's module.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

from .. import codes
from ..findings import Severity
from ..guidelines import GUIDELINES
# Families that serve every guideline rather than one of them.
CROSS_CUTTING = ("content-model", "privacy", "channels", "accessibility", "honest-marketing", "workflow", "security")

# "reply": a reply drafted against a review's text (`playbook review draft`), never part of `playbook check`.
SCOPES = ("parse", "post", "response", "document", "corpus", "reply")
SECTIONS = ("What it flags", "Why", "Examples")


@dataclass(frozen=True)
class Hit:
    """What a rule function yields; the engine turns it into a Finding."""

    message: str
    line: int = 0
    column: int = 0
    hint: str = ""
    path: str = ""  # corpus-wide rules name the file; per-file rules leave it empty


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    serves: str  # a guideline id or a cross-cutting area
    severity: Severity
    scope: str
    doc: str
    thresholds: Mapping[str, object] = field(default_factory=dict)
    check: Callable[..., Iterable[Hit]] | None = None
    # threshold name -> function(value) giving '' for a usable value, else what is wrong with it
    threshold_checks: Mapping[str, Callable[[object], str]] = field(default_factory=dict)

    @property
    def family(self) -> str:
        return codes.family(self.code)

    @property
    def summary(self) -> str:
        return self.doc.split("\n", 1)[0].strip()

    def sections(self) -> dict[str, str]:
        return doc_sections(self.doc)


REGISTRY: dict[str, Rule] = {}


def doc_sections(doc: str) -> dict[str, str]:
    """Split a rule docstring into its summary and the three named sections."""
    parts: dict[str, list[str]] = {"summary": []}
    current = "summary"
    for line in doc.split("\n"):
        header = line.strip().rstrip(":")
        if header in SECTIONS and line.strip().endswith(":"):
            current = header
            parts[current] = []
            continue
        parts[current].append(line)
    return {key: inspect.cleandoc("\n".join(value)).strip() for key, value in parts.items()}


def _register(code: str, name: str, serves: str, severity: Severity, scope: str, thresholds, func, threshold_checks=None) -> Rule:
    if code in REGISTRY:
        raise ValueError(f"rule code {code} is registered twice")
    if scope not in SCOPES:
        raise ValueError(f"{code}: unknown scope {scope}")
    if serves not in GUIDELINES + CROSS_CUTTING:
        raise ValueError(f"{code}: serves unknown area {serves}")
    doc = inspect.cleandoc(func.__doc__ or "")
    rule = Rule(code, name, serves, severity, scope, doc, dict(thresholds or {}), None if scope == "parse" else func, dict(threshold_checks or {}))
    REGISTRY[code] = rule
    return rule


def rule(code: str, name: str, *, serves: str, severity: Severity, scope: str, thresholds=None, threshold_checks=None):
    """Register a checking function; it yields Hit objects.

    `threshold_checks` validate a practice's threshold values (plans/checks.yml) beyond their type.
    """

    def decorate(func):
        _register(code, name, serves, severity, scope, thresholds, func, threshold_checks)
        return func

    return decorate


def declare(code: str, name: str, *, serves: str = "content-model", severity: Severity = Severity.ERROR):
    """Register a rule whose findings the parser emits; the function only carries the docstring."""

    def decorate(func):
        _register(code, name, serves, severity, "parse", None, func)
        return func

    return decorate


def get(code: str) -> Rule:
    return REGISTRY[code]


def all_rules() -> list[Rule]:
    return [REGISTRY[code] for code in sorted(REGISTRY, key=codes.order)]

