"""What a rule may read besides the item it checks: the whole corpus, today, its thresholds.

It sits beside the registry, below `check` (which builds one per run), so every
rule's `ctx` parameter can be typed without a rule importing the engine that runs it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Mapping

from ..corpus import Corpus
from ..model import Plans


@dataclass(frozen=True)
class Context:
    """What a rule may read besides the item it checks."""

    corpus: Corpus
    today: dt.date
    thresholds: Mapping[str, Mapping[str, object]] = field(default_factory=dict)  # rule code -> name -> value

    @property
    def plans(self) -> Plans:
        return self.corpus.plans

    def limit(self, rule_code: str, name: str):
        """The practice's value of one threshold (its default merged in), None when the rule has none by that name."""
        return self.thresholds.get(rule_code, {}).get(name)
