"""Run every registered rule over a corpus and return the findings, sorted.

Rules produce Hits; this module alone turns them into Findings, applies the
practice's configuration and the per-file waivers, so no rule has to know.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .clock import resolve_today
from .corpus import Corpus, load_corpus
from .findings import Finding, Severity, sort_key
from .rules import all_rules
from .rules.registry import Hit, Rule


@dataclass(frozen=True)
class Context:
    """What a rule may read besides the item it checks."""

    corpus: Corpus
    today: dt.date
    thresholds: dict = field(default_factory=dict)

    @property
    def plans(self):
        return self.corpus.plans

    def limit(self, rule_code: str, name: str):
        return self.thresholds.get(rule_code, {}).get(name)


@dataclass(frozen=True)
class Report:
    corpus: Corpus
    today: dt.date
    findings: tuple[Finding, ...]

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    def for_path(self, path: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.path == path)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)


def _finding(rule: Rule, hit: Hit, path: str) -> Finding:
    return Finding(hit.path or path, hit.line, rule.code, hit.message, rule.severity, hit.column, hit.hint)


def _run_rules(ctx: Context) -> Iterable[Finding]:
    corpus = ctx.corpus
    for rule in all_rules():
        if rule.check is None:
            continue
        if rule.scope in ("post", "document"):
            for post in corpus.posts:
                yield from (_finding(rule, hit, post.path) for hit in rule.check(post, ctx))
        if rule.scope in ("response", "document"):
            for template in corpus.responses:
                yield from (_finding(rule, hit, template.path) for hit in rule.check(template, ctx))
        if rule.scope == "corpus":
            yield from (_finding(rule, hit, hit.path) for hit in rule.check(corpus, ctx))


def check_corpus(corpus: Corpus, today: str | dt.date | None = None) -> Report:
    day = resolve_today(today, corpus.plans.as_of)
    thresholds = {rule.code: dict(rule.thresholds) for rule in all_rules()}
    ctx = Context(corpus, day, thresholds)
    findings = [*corpus.findings, *_run_rules(ctx)]
    return Report(corpus, day, tuple(sorted(set(findings), key=sort_key)))


def check_project(root: Path | str, today: str | dt.date | None = None) -> Report:
    return check_corpus(load_corpus(root), today)
