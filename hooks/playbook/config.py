"""Per-practice rule configuration, read from the `rules:` block of plans/checks.yml.

    rules:
      select: [PHI, EXP, NEG]        # only these codes or families (default: all; PHI, SEC and FM always)
      ignore: [PER003]               # never these
      severity: {CON: info, PER002: error}
      thresholds: {PER002: {max_grade: 10}}
      preview: true                  # also run the rules still in preview (or a list of them)

A rule may be named by its code or its alias (`reading-grade-too-high` for PER002).
Naming a deprecated or removed rule is a warning (FM050), never an error.

Privacy rules (PHI) can be made stricter but never switched off or softened
practice-wide: a false alarm is waived in its own file, with a reason.
Security rules (SEC) are protected the same way, and cannot be waived at all
(check.py): markup never belongs in content, so there is no false alarm to waive.
So are the parser's refusals (PARSE_FAILURES): a file the checks cannot read was
never checked. Whatever this block says, check.py keeps every FM finding on a
post or reply the parser refused an error, and the site never shows its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import horizon
from .fields import FieldReader, finding, shown, suggest
from .findings import Finding, Severity
from .rules import all_rules
from .rules.registry import Rule, by_name
from .yamlload import LineDict

CONFIG_PATH = "plans/checks.yml"
PARSE_FAILURES = ("FM001", "FM002", "FM010")  # invalid YAML, no front matter, unreadable bytes: the file is never checked
PROTECTED_FAMILIES = ("PHI", "SEC", *PARSE_FAILURES)
FAMILY_WORDS = {"PHI": "privacy", "SEC": "security", **{code: "parsing" for code in PARSE_FAILURES}}

# Sane bounds for numeric thresholds, by name (first match wins). A span of days stays within a
# year and hours within a week, so date arithmetic never overflows; -1 keeps "use the plans".
THRESHOLD_RANGES = (
    (re.compile(r"_days$"), -1, 366),
    (re.compile(r"_hours"), 0, 168),
    (re.compile(r"grade"), 0, 30),
    (re.compile(r""), 0, 100_000),  # counts and lengths: words, posts, characters, hashtags, links
)


def threshold_range(name: str) -> tuple[float, float]:
    return next((low, high) for pattern, low, high in THRESHOLD_RANGES if pattern.search(name))


def _out_of_bounds(name: str, default, value) -> str:
    """What a numeric threshold must be, when `value` is a number outside its range (or NaN/infinite); else ''."""
    numbers = (int, float)
    if not isinstance(default, numbers) or isinstance(default, bool) or not isinstance(value, numbers) or isinstance(value, bool):
        return ""
    low, high = threshold_range(name)
    if horizon.finite(value) and low <= value <= high:
        return ""
    return horizon.bounds_text(low, high, isinstance(default, int))


@dataclass(frozen=True)
class RuleConfig:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    thresholds: dict[str, dict[str, object]] = field(default_factory=dict)
    preview: bool | tuple[str, ...] = False  # True: every preview rule; a tuple: those codes or families

    def enabled(self, code: str) -> bool:
        if self.select and not _matches(code, self.select):
            return False
        return not _matches(code, self.ignore)

    def runs(self, rule: Rule) -> bool:
        """Whether the check runs: enabled, and a preview rule only where the practice opted in."""
        return rule.check is not None and self.runs_code(rule.code, rule.status)

    def runs_code(self, code: str, status: str) -> bool:
        """`runs` from a rule's code and status alone (check's listing: no family imported)."""
        if status == "removed" or not self.enabled(code):
            return False
        return status != "preview" or self.preview is True or bool(self.preview) and _matches(code, self.preview)

    def severity_for(self, code: str, default: Severity) -> Severity:
        # The most specific entry wins: PER002 over PER.
        for key in sorted(self.severity, key=len, reverse=True):
            if code.startswith(key):
                return self.severity[key]
        return default


def _matches(code: str, prefixes) -> bool:
    return any(code.startswith(prefix) for prefix in prefixes)


def _protected_words(prefix: str) -> str:
    """'privacy', 'security' or 'privacy and security': the protected families a code prefix reaches."""
    return " and ".join(dict.fromkeys(word for family, word in FAMILY_WORDS.items() if family.startswith(prefix) or prefix.startswith(family)))


def _instead(prefix: str) -> str:
    words = _protected_words(prefix)
    if words == "parsing":
        return "fix the file instead: a file the checks cannot read is never published"
    return "remove the markup from the file instead" if words == "security" else "waive one file with a reason instead"


def _protected_codes(prefix: str, codes) -> list[str]:
    """The protected codes an entry reaches: `P` and `PH` reach every PHI code, as `PHI` does."""
    return [code for code in codes if code.startswith(prefix) and _matches(code, PROTECTED_FAMILIES)]


def _known_prefix(text: str, codes: list[str]) -> bool:
    """Whether `text` begins some code; blank text names no rule (it would begin every one)."""
    return bool(text.strip()) and any(code.startswith(text) for code in codes)


def retired_finding(rule: Rule, where: str, path: str, line: int) -> Finding:
    """FM050: a waiver or plans/checks.yml names a deprecated or removed rule."""
    if rule.status == "removed":
        todo = f"remove it from {where}" + (f", or name {rule.replaced_by} instead" if rule.replaced_by else "")
    else:
        todo = f"it still works for now; {'name ' + rule.replaced_by + ' instead' if rule.replaced_by else 'plan to remove it'}"
    return finding("FM050", f"{where} names {rule.code} ({rule.alias}), which {rule.retirement()}", path, line, hint=todo)


def load_rule_config(data: LineDict) -> tuple[RuleConfig, list[Finding]]:
    sink: list[Finding] = []
    if not data:
        return RuleConfig(), sink
    rules = {rule.code: rule for rule in all_rules()}
    codes = list(rules)
    names = by_name()  # codes and aliases
    read = FieldReader(data, CONFIG_PATH, ("select", "ignore", "severity", "thresholds", "preview"), sink, "rules.")

    def resolve(text: str, where: str, line: int) -> str | None:
        """The code `text` names (a code, an alias or a family prefix); None when a removed rule makes the entry moot."""
        rule = names.get(text)
        if rule is None:
            return text
        if rule.retired:
            sink.append(retired_finding(rule, f"'{where}'", CONFIG_PATH, line))
        return None if rule.status == "removed" else rule.code

    def prefixes(name: str) -> tuple[str, ...]:
        result = []
        values = data.get(name)
        for index, text in enumerate(read.text_list(name)):
            line = values.line_of(index) if hasattr(values, "line_of") else read.line(name)
            if not _known_prefix(text, codes) and text not in names:
                sink.append(finding("FM008", f"'rules.{name}' names no rule: '{text}'", CONFIG_PATH, line, hint=suggest(text, [*codes, *names])))
                continue
            resolved = resolve(text, f"rules.{name}", line)
            if resolved is None:
                if name == "select":
                    result.append(names[text].code)  # it selects nothing, and still keeps the others out
                continue
            if name == "ignore" and _protected_codes(resolved, codes):
                sink.append(finding("FM047", f"{_protected_words(resolved)} rules cannot be ignored practice-wide ('{text}')", CONFIG_PATH, line, hint=_instead(resolved)))
            else:
                result.append(resolved)
        return tuple(result)

    select, ignore = prefixes("select"), prefixes("ignore")
    if select:  # selecting a subset never drops privacy checks, nor the parser's: a file it cannot read is never checked
        select = tuple(dict.fromkeys(select + PROTECTED_FAMILIES + ("FM",)))
    preview: bool | tuple[str, ...] = prefixes("preview") if isinstance(data.get("preview"), list) else read.boolean("preview")

    severity: dict[str, Severity] = {}
    sev_read = read.mapping("severity", list(data.get("severity") or {}) if isinstance(data.get("severity"), dict) else ())
    if sev_read is not None:
        for key in sev_read.data:
            line = sev_read.line(key)
            if not _known_prefix(str(key), codes) and str(key) not in names:
                sink.append(finding("FM008", f"'rules.severity' names no rule: '{key}'", CONFIG_PATH, line, hint=suggest(str(key), [*codes, *names])))
                continue
            try:
                level = Severity.parse(sev_read.data[key])
            except ValueError as exc:
                sink.append(finding("FM042", str(exc), CONFIG_PATH, line))
                continue
            prefix = resolve(str(key), "rules.severity", line)
            if prefix is None:
                continue
            if any(level < rules[code].severity for code in _protected_codes(prefix, codes)):
                sink.append(finding("FM047", f"{_protected_words(prefix)} rules cannot be softened ('{key}: {level.label}')", CONFIG_PATH, line, hint=_instead(prefix)))
                continue
            severity[prefix] = level

    thresholds: dict[str, dict[str, object]] = {}
    thr_read = read.mapping("thresholds", list(data.get("thresholds") or {}) if isinstance(data.get("thresholds"), dict) else ())
    if thr_read is not None:
        for key in thr_read.data:
            line = thr_read.line(key)
            rule = names.get(str(key))
            if rule is None:
                sink.append(finding("FM008", f"'rules.thresholds' names no rule: '{key}'", CONFIG_PATH, line, hint=suggest(str(key), [*codes, *names])))
                continue
            if resolve(str(key), "rules.thresholds", line) is None:
                continue
            code = rule.code
            values = thr_read.mapping(key, tuple(rule.thresholds))
            if values is None:
                continue
            chosen = {}
            for name in values.data:
                if name not in rule.thresholds:
                    continue  # FieldReader already reported the unknown name
                default = rule.thresholds[name]
                value = values.data[name]
                bounds = _out_of_bounds(str(name), default, value)
                if bounds:
                    sink.append(finding("FM048", f"threshold {code}.{name} must be {bounds}, not {shown(value)}", CONFIG_PATH, values.line(name), hint=f"the default is {default!r}"))
                    continue
                if type(default) is not type(value) and not (isinstance(default, float) and isinstance(value, int)):
                    sink.append(finding("FM048", f"threshold {code}.{name} must be like {default!r}", CONFIG_PATH, values.line(name)))
                    continue
                problem = rule.threshold_checks[name](value) if name in rule.threshold_checks else ""
                if problem:  # the default stays: a bad value never weakens a check (privacy above all)
                    sink.append(finding("FM048", f"threshold {code}.{name}: {problem}; {code} keeps {default!r}", CONFIG_PATH, values.line(name)))
                    continue
                chosen[name] = value
            thresholds[code] = chosen
    return RuleConfig(select, ignore, severity, thresholds, preview), sink
