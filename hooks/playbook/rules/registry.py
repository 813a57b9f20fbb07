"""The rule registry: every rule is a function (or a declaration) with a docstring.

A rule's docstring is its documentation page (What it flags / Why / Examples),
so the site and `playbook rules` can never drift from the code. Adding a rule
is one decorated function in its family's module.

A rule has a life, as in ruff: it starts as `preview` (runs only where a practice opts in
with `rules: {preview: true}`), becomes `stable`, may be `deprecated` (still runs; naming it
in a waiver or in plans/checks.yml warns) and ends `removed` (never runs; its code stays
reserved, and naming it warns instead of failing). Its name is its alias: kebab-case,
unique, and accepted wherever a code is.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from .. import codes
from ..findings import Severity
from ..guidelines import GUIDELINES

# Families that serve every guideline rather than one of them.
CROSS_CUTTING = ("content-model", "privacy", "channels", "accessibility", "honest-marketing", "workflow", "security")

# "reply": a reply drafted against a review's text (`playbook review draft`), never part of `playbook check`.
SCOPES = ("parse", "post", "response", "document", "corpus", "reply")
SECTIONS = ("What it flags", "Why", "Examples")
STATUSES = ("stable", "preview", "deprecated", "removed")


@dataclass(frozen=True)
class Hit:
    """What a rule function yields; the engine turns it into a Finding."""

    message: str
    line: int = 0
    column: int = 0
    hint: str = ""
    path: str = ""  # corpus-wide rules name the file; per-file rules leave it empty
    # A hit milder than its rule (never harsher): PHI006 warns of a shortened link in a post that names no one,
    # and refuses it as an error elsewhere. None: the rule's own severity.
    severity: Severity | None = None

    def severity_under(self, rule: Rule) -> Severity:
        """The severity this hit is reported at under `rule`: its own when it sets one below the rule's, else the rule's."""
        return min(self.severity, rule.severity) if self.severity is not None else rule.severity


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
    status: str = "stable"  # one of STATUSES
    replaced_by: str = ""  # for a deprecated or removed rule: the code that takes over, if any

    @property
    def alias(self) -> str:
        """The readable name waivers and plans/checks.yml may use instead of the code."""
        return self.name

    @property
    def family(self) -> str:
        return codes.family(self.code)

    @property
    def retired(self) -> bool:
        """Deprecated or removed: naming it in a waiver or in plans/checks.yml is reported (FM050)."""
        return self.status in ("deprecated", "removed")

    def retirement(self) -> str:
        """How the rule's status reads in a message: 'was removed (FTC004 replaces it)'."""
        instead = f" ({self.replaced_by} replaces it)" if self.replaced_by else ""
        return f"was removed and no longer runs{instead}" if self.status == "removed" else f"is deprecated and will be removed{instead}"

    @property
    def summary(self) -> str:
        return self.doc.split("\n", 1)[0].strip()

    def sections(self) -> dict[str, str]:
        return doc_sections(self.doc)


REGISTRY: dict[str, Rule] = {}
# The family modules are imported on first need rather than all at once: a check whose every
# file is cached runs only the corpus rules, and need not compile every family's patterns.
# `get` imports them in order until the code it wants is registered; these come first, cheap
# modules that hold the codes the parser and check.py emit themselves (FM, WF, SEC).
FIRST = (".frontmatter", ".workflow", ".templates", ".security")
_imported: set[str] = set()
_origin: dict[str, str] = {}  # code -> the module that registered it (forget_families() drops its rules with it)


@functools.cache
def families() -> tuple[str, ...]:
    """Every module of playbook.rules but this one (a family added later is found too), FIRST first."""
    package = importlib.import_module(__package__)
    found = sorted(f".{module.name}" for module in pkgutil.iter_modules(package.__path__) if module.name != __name__.rsplit(".", 1)[-1])
    return (*[name for name in FIRST if name in found], *[name for name in found if name not in FIRST])


def load(*modules: str) -> None:
    """Import (and so register) these modules of playbook.rules (".consistency" ...)."""
    for module in modules:
        if module not in _imported:
            importlib.import_module(module, __package__)
            _imported.add(module)


def load_all() -> None:
    load(*families())


def forget_families() -> None:
    """Unregister every family imported so far and drop its modules, as if none had been imported: the next rule
    asked for imports its family afresh (release.py). What goes with a module is what it bound at import: its code,
    word lists and patterns. Anything that still holds one of its functions keeps it alive; rules registered by other
    modules stay."""
    prefix = f"{__package__}."
    kept = {__name__, f"{prefix}context"}  # what check.py and the families import from, not a family
    dropped = {name for name in sys.modules if name.startswith(prefix) and name not in kept}
    for code in [code for code, module in _origin.items() if module in dropped]:
        REGISTRY.pop(code, None)
        del _origin[code]
    package = sys.modules[__package__]
    for name in sorted(dropped):
        del sys.modules[name]
        top = name[len(prefix) :].split(".", 1)[0]
        _imported.discard(f".{top}")
        package.__dict__.pop(top, None)


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


def _register(code: str, name: str, serves: str, severity: Severity, scope: str, thresholds, func, threshold_checks=None, status="stable", replaced_by="") -> Rule:
    if code in REGISTRY:
        raise ValueError(f"rule code {code} is registered twice")
    if not codes.is_code(code):
        raise ValueError(f"{code}: a rule code is capital letters and three digits, such as PHI001")
    if not codes.is_alias(name):
        raise ValueError(f"{code}: its name '{name}' must be kebab-case (lower-case words joined by '-'), at most {codes.ALIAS_LENGTH} characters")
    if any(other.alias == name for other in REGISTRY.values()):
        raise ValueError(f"{code}: the alias '{name}' already names {next(r.code for r in REGISTRY.values() if r.alias == name)}")
    if scope not in SCOPES:
        raise ValueError(f"{code}: unknown scope {scope}")
    if serves not in GUIDELINES + CROSS_CUTTING:
        raise ValueError(f"{code}: serves unknown area {serves}")
    if status not in STATUSES:
        raise ValueError(f"{code}: unknown status {status}; one of {', '.join(STATUSES)}")
    if replaced_by and status not in ("deprecated", "removed"):
        raise ValueError(f"{code}: only a deprecated or removed rule is replaced")
    doc = inspect.cleandoc(func.__doc__ or "")
    check = None if scope == "parse" or status == "removed" else func
    rule = Rule(code, name, serves, severity, scope, doc, dict(thresholds or {}), check, dict(threshold_checks or {}), status, replaced_by)
    REGISTRY[code] = rule
    _origin[code] = func.__module__
    return rule


def rule(code: str, name: str, *, serves: str, severity: Severity, scope: str, thresholds=None, threshold_checks=None, status: str = "stable", replaced_by: str = ""):
    """Register a checking function; it yields Hit objects.

    `threshold_checks` validate a practice's threshold values (plans/checks.yml) beyond their type.
    A `removed` rule keeps its code and its page but never runs.
    """

    def decorate(func):
        _register(code, name, serves, severity, scope, thresholds, func, threshold_checks, status, replaced_by)
        return func

    return decorate


def declare(code: str, name: str, *, serves: str = "content-model", severity: Severity = Severity.ERROR, status: str = "stable", replaced_by: str = ""):
    """Register a rule whose findings the parser emits; the function only carries the docstring."""

    def decorate(func):
        _register(code, name, serves, severity, "parse", None, func, None, status, replaced_by)
        return func

    return decorate


def get(code: str) -> Rule:
    for family in families():
        if code in REGISTRY:
            break
        load(family)
    return REGISTRY[code]


def by_name() -> dict[str, Rule]:
    """Every rule under its code and under its alias: what a waiver or plans/checks.yml may write."""
    load_all()
    return {**{rule.alias: rule for rule in REGISTRY.values()}, **REGISTRY}


def all_rules() -> list[Rule]:
    load_all()
    return [REGISTRY[code] for code in sorted(REGISTRY, key=codes.order)]
