"""Read the lexicon's text files (data/): the generated lists and the curated ones.

Plain text, one entry a line, `#` comments: cheap to load (no YAML parser, no pickle),
easy to review in a diff. The curated files group entries under `[category]` headings;
the generated ones are `term` or `term<TAB>value` lines already folded by the build.
"""

from __future__ import annotations

from pathlib import Path

from .fold import fold_case, phrase_key

CATEGORIES = ("drug", "condition", "procedure", "body_part", "care_setting")
CURATED = ("clinical_en.txt", "clinical_es.txt")
DATA = Path(__file__).parent / "data"


def text(name: str) -> str:
    """The file's text as it is: for a generated list looked up in place (sortedlines.py)."""
    return (DATA / name).read_text(encoding="utf-8")


def read(name: str) -> list[str]:
    """The file's entries: its lines less comments (lines starting with #) and blanks."""
    return [line.strip() for line in text(name).splitlines() if line and not line.startswith("#") and not line.isspace()]


def read_pairs(name: str) -> list[tuple[str, str]]:
    """`key<TAB>value` lines; a line without a tab has the value ""."""
    return [(key, value) for key, _, value in (line.partition("\t") for line in read(name))]


def read_table(name: str) -> dict[str, str]:
    """A generated `key<TAB>value` file as a dict: the fast path for the big name lists."""
    return dict(line.split("\t", 1) for line in text(name).split("\n") if line and line[0] != "#")


def _sections(name: str) -> list[tuple[str, str]]:
    """(entry, category) from a curated file with [category] headings."""
    category = ""
    rows = []
    for line in read(name):
        if line.startswith("[") and line.endswith("]"):
            category = line[1:-1]
            if category not in CATEGORIES:
                raise ValueError(f"lexicon/data/{name}: unknown category [{category}]")
            continue
        if not category:
            raise ValueError(f"lexicon/data/{name}: '{line}' stands before any [category] heading")
        rows.append((line, category))
    return rows


def is_acronym(entry: str) -> bool:
    """A one-word entry with a capital letter only counts in that spelling ("IVF", "ER", "A1C")."""
    return " " not in entry and any(c.isupper() for c in entry)


def curated_entries() -> list[tuple[str, str, str]]:
    """(entry as written, lookup form, category) of the curated lists; acronyms keep their capitals."""
    rows = []
    for name in CURATED:
        for entry, category in _sections(name):
            key = fold_case(entry) if is_acronym(entry) else phrase_key(entry)
            rows.append((entry, key, category))
    return rows


def curated_terms() -> dict[str, str]:
    """Lookup form -> category of the curated lists."""
    return {key: category for _, key, category in curated_entries()}


def suffixes() -> list[tuple[str, str]]:
    """(ending, category) of the morphology, from suffixes.tsv."""
    return [(s, c) for s, c in read_pairs("suffixes.tsv") if c]


def curated_suffix_stop() -> list[str]:
    """Everyday words with a medical ending that wordfreq does not see often enough."""
    return [s for s, c in read_pairs("suffixes.tsv") if not c]
