"""Pyphen's hyphenation points for en_US, without Pyphen's 0.4 s parse of its dictionary.

textstat counts a word the pronouncing dictionary lacks (a name, a Spanish word, a
typo) by Pyphen's hyphenation points plus one, so nearly every post asked Pyphen once,
and a one-file check paid its parse of 11,000 patterns with a regular expression each.
Here the patterns Pyphen parsed are kept as a plain table (lexicon/data/hyphenation_en_US.txt,
written by scripts/build_syllables.py from Pyphen's own parse), read with str.split, and
Liang's algorithm runs as HyphDict.positions runs it, so the points are the same
(tests/test_hyphenation.py compares them). The table names the .dic file it came from;
with another installed file, Pyphen itself answers. The patterns' copyright and licence
(BSD-style, from the plain TeX tables) travel with it: hyphenation_en_US.README.txt.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
from pathlib import Path

from . import patternstore

LANG = "en_US"
LEFT = RIGHT = 2  # Pyphen's defaults: no point closer than two letters to either end
TABLE = Path(__file__).parent / "lexicon" / "data" / "hyphenation_en_US.txt"
HEADER = "# hyphenation patterns Pyphen parses from hyph_en_US.dic"


def dictionary_path() -> Path | None:
    """The installed hyph_en_US.dic, found without importing Pyphen."""
    spec = importlib.util.find_spec("pyphen")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "dictionaries" / f"hyph_{LANG}.dic"


def fingerprint(data: bytes) -> str:
    return f"{len(data)} {hashlib.blake2b(data, digest_size=20).hexdigest()}"


def table_text(path: Path) -> str:
    """The table for the .dic at `path`: Pyphen's own parse of it, one "pattern start value..." line each."""
    from pyphen import HyphDict

    patterns = HyphDict(path).patterns
    if any(type(value) is not int for _, values in patterns.values() for value in values):
        raise ValueError(f"{path}: nonstandard hyphenation, which the table does not hold")
    lines = "".join(f"{key} {start} {' '.join(map(str, values))}\n" for key, (start, values) in sorted(patterns.items()))
    return f"{HEADER} {fingerprint(path.read_bytes())} (scripts/build_syllables.py)\n" + lines


@functools.cache
def _patterns() -> tuple[dict[str, tuple[int, tuple[int, ...]]], int] | None:
    """The table's patterns and their longest length, or None when it was made from another .dic than the installed one;
    kept with the engine's derived values for the installed .dic (reading the table was a thirtieth of a one-file check)."""
    path = dictionary_path()
    try:
        info = path.stat() if path is not None else None
    except OSError:
        info = None
    if info is None:
        return _read_patterns(path)
    key = f"{path}\0{info.st_size}\0{info.st_mtime_ns}"
    return patternstore.remembered_packed("hyphenation", key, lambda: _read_patterns(path), lambda v: v is None or isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], dict))


def _read_patterns(path: Path | None) -> tuple[dict[str, tuple[int, tuple[int, ...]]], int] | None:
    try:
        table = TABLE.read_text(encoding="utf-8")
        data = path.read_bytes() if path is not None else None
    except OSError:
        return None
    if data is None or not table.startswith(f"{HEADER} {fingerprint(data)} "):
        return None
    patterns = {}
    for line in table.splitlines()[1:]:
        key, start, *values = line.split(" ")
        patterns[key] = int(start), tuple(map(int, values))
    return patterns, max(map(len, patterns))


@functools.cache
def _pyphen():
    from pyphen import Pyphen

    return Pyphen(lang=LANG)


def points(word: str) -> int:
    """How many places Pyphen(lang="en_US").positions(word) would hyphenate the word at."""
    kept = _patterns()
    if kept is None:
        return len(_pyphen().positions(word))
    patterns, longest = kept
    dotted = f".{word.lower()}."
    references = [0] * (len(dotted) + 1)
    for i in range(len(dotted) - 1):  # HyphDict.positions: every substring up to the longest pattern
        for j in range(i + 1, min(i + longest, len(dotted)) + 1):
            found = patterns.get(dotted[i:j])
            if found is not None:
                offset, values = found
                for k, value in enumerate(values[: len(references) - i - offset], start=i + offset):  # a slice past the end is cut, as in Pyphen
                    references[k] = max(references[k], value)
    return sum(1 for i, value in enumerate(references) if value % 2 and LEFT <= i - 1 <= len(word) - RIGHT)
