"""Word lists live in YAML data files (Vale's habit): one engine in code, the words in data."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "rules" / "data"


@functools.lru_cache(maxsize=None)
def wordlist(name: str) -> dict[str, tuple[str, ...]]:
    """rules/data/<name>.yml: a mapping of list names to phrases."""
    with (DATA / f"{name}.yml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    return {key: tuple(str(v) for v in values or ()) for key, values in data.items()}
