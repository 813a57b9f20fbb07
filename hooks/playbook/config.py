"""Per-practice rule configuration, read from the `rules:` block of plans/checks.yml.

    rules:
      select: [PHI, EXP, NEG]        # only these codes or families (default: all)
      ignore: [PER003]               # never these
      severity: {CON: info, PER002: error}
      thresholds: {PER002: {max_grade: 10}}

Privacy rules (PHI) can be made stricter but never switched off or softened
practice-wide: a false alarm is waived in its own file, with a reason.
Security rules (SEC) are protected the same way, and cannot be waived at all
(check.py): markup never belongs in content, so there is no false alarm to waive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import horizon
from .fields import FieldReader, finding, shown, suggest
from .findings import Finding, Severity
from .rules import all_rules
from .yamlload import LineDict

CONFIG_PATH = "plans/checks.yml"
PROTECTED_FAMILIES = ("PHI", "SEC")
FAMILY_WORDS = {"PHI": "privacy", "SEC": "security"}

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

    def enabled(self, code: str) -> bool:
        if self.select and not _matches(code, self.select):
            return False
        return not _matches(code, self.ignore)

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
    return " and ".join(word for family, word in FAMILY_WORDS.items() if family.startswith(prefix) or prefix.startswith(family))


def _instead(prefix: str) -> str:
    return "remove the markup from the file instead" if _protected_words(prefix) == "security" else "waive one file with a reason instead"


def _known_prefix(text: str, codes: list[str]) -> bool:
    return any(code.startswith(text) for code in codes)


def load_rule_config(data: LineDict) -> tuple[RuleConfig, list[Finding]]:
    sink: list[Finding] = []
    if not data:
        return RuleConfig(), sink
    rules = {rule.code: rule for rule in all_rules()}
    codes = list(rules)
    read = FieldReader(data, CONFIG_PATH, ("select", "ignore", "severity", "thresholds"), sink, "rules.")

    def prefixes(name: str) -> tuple[str, ...]:
        result = []
        values = data.get(name)
        for index, text in enumerate(read.text_list(name)):
            line = values.line_of(index) if hasattr(values, "line_of") else read.line(name)
            if not _known_prefix(text, codes):
                sink.append(finding("FM008", f"'rules.{name}' names no rule: '{text}'", CONFIG_PATH, line, hint=suggest(text, codes)))
            elif name == "ignore" and any(code.startswith(text) for code in codes if _matches(code, PROTECTED_FAMILIES)):
                sink.append(finding("FM047", f"{_protected_words(text)} rules cannot be ignored practice-wide ('{text}')", CONFIG_PATH, line, hint=_instead(text)))
            else:
                result.append(text)
        return tuple(result)

    select, ignore = prefixes("select"), prefixes("ignore")
    if select:
        select = tuple(dict.fromkeys(select + PROTECTED_FAMILIES))  # selecting a subset never drops privacy checks

    severity: dict[str, Severity] = {}
    sev_read = read.mapping("severity", list(data.get("severity") or {}) if isinstance(data.get("severity"), dict) else ())
    if sev_read is not None:
        for key in sev_read.data:
            line = sev_read.line(key)
            if not _known_prefix(str(key), codes):
                sink.append(finding("FM008", f"'rules.severity' names no rule: '{key}'", CONFIG_PATH, line, hint=suggest(str(key), codes)))
                continue
            try:
                level = Severity.parse(sev_read.data[key])
            except ValueError as exc:
                sink.append(finding("FM042", str(exc), CONFIG_PATH, line))
                continue
            if _matches(str(key), PROTECTED_FAMILIES) and any(
                level < rules[code].severity for code in codes if code.startswith(str(key))
            ):
                sink.append(finding("FM047", f"{_protected_words(str(key))} rules cannot be softened ('{key}: {level.label}')", CONFIG_PATH, line, hint=_instead(str(key))))
                continue
            severity[str(key)] = level

    thresholds: dict[str, dict[str, object]] = {}
    thr_read = read.mapping("thresholds", list(data.get("thresholds") or {}) if isinstance(data.get("thresholds"), dict) else ())
    if thr_read is not None:
        for code in thr_read.data:
            line = thr_read.line(code)
            rule = rules.get(str(code))
            if rule is None:
                sink.append(finding("FM008", f"'rules.thresholds' names no rule: '{code}'", CONFIG_PATH, line, hint=suggest(str(code), codes)))
                continue
            values = thr_read.mapping(code, tuple(rule.thresholds))
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
            thresholds[str(code)] = chosen
    return RuleConfig(select, ignore, severity, thresholds), sink
