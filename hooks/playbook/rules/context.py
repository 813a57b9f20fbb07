"""What a rule may read besides the item it checks: the whole corpus, today, its thresholds.

It sits beside the registry, below `check` (which builds one per run), so every
rule's `ctx` parameter can be typed without a rule importing the engine that runs it.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from ..cache import ResultCache
from ..corpus import Corpus
from ..model import Plans

T = TypeVar("T")
V = TypeVar("V")


@dataclass(frozen=True)
class Context:
    """What a rule may read besides the item it checks."""

    corpus: Corpus
    today: dt.date
    thresholds: Mapping[str, Mapping[str, object]] = field(default_factory=dict)  # rule code -> name -> value
    cache: ResultCache | None = None  # the run's result cache, for per_file()

    @property
    def plans(self) -> Plans:
        return self.corpus.plans

    def limit(self, rule_code: str, name: str):
        """The practice's value of one threshold (its default merged in), None when the rule has none by that name."""
        return self.thresholds.get(rule_code, {}).get(name)

    def per_file(self, compute: Callable[[T], V]) -> Callable[[T], V]:
        """`compute` (item -> value) kept in the result cache with the item's findings: for what a corpus
        rule asks of every file on every run. `compute` may read the item, the plans and the day, nothing else."""
        cache = self.cache
        if cache is None:
            return compute
        name = fact_name(compute)
        return lambda item: cache.fact(item.path, name, compute, item, self.today)


def fact_name(compute: Callable) -> str:
    """The name a per-file fact is kept under with its file (ResultCache.fact): the function's module and name,
    so the check that keeps it (Context.per_file) and the site that reads it back (Report.per_file) agree."""
    return sys.intern(f"{compute.__module__}.{compute.__qualname__}")  # one key string for ten thousand files' facts
