"""Word lists live in YAML data files (Vale's habit): one engine in code, the words in data."""

from __future__ import annotations

import functools
from pathlib import Path

from . import patternstore
from .yamlload import load_yaml

DATA = Path(__file__).parent / "rules" / "data"


@functools.cache
def wordlist(name: str) -> dict[str, tuple[str, ...]]:
    """rules/data/<name>.yml: a mapping of list names to phrases.

    Read with our YAML 1.2 loader, so a bare `- no` stays the word "no"; anything
    that is not text is a mistake in the data file and fails loudly.
    """
    return patternstore.remembered("wordlist", name, lambda: _read(name))  # the data files are in the engine's fingerprint


def _read(name: str) -> dict[str, tuple[str, ...]]:
    path = DATA / f"{name}.yml"
    data, error = load_yaml(path.read_text(encoding="utf-8"))
    if error:
        raise ValueError(f"{path}:{error.line}: {error.message}")
    result = {}
    for key, values in (data or {}).items():
        for value in values or ():
            if not isinstance(value, str):
                raise ValueError(f"{path}: list '{key}' holds {value!r}, not text; quote it")
        result[str(key)] = tuple(values or ())
    return result
