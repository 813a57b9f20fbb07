"""One way to cut text into words and compare them: Unicode-aware, case- and accent-insensitive.

The build script folds every list entry with these same functions, so a word in a
post and a word in a list meet in one form: "Operación", "operacion" and "OPERACIÓN"
all become "operacion", "ﬁbrosis" (a ligature) becomes "fibrosis", and a soft hyphen
or zero-width space inside a word ("bi\u00adopsy") does not split it. The one accent
kept is the tilde of ñ: "año" (year) must never read as "ano".
"""

from __future__ import annotations

import functools
import unicodedata
from typing import NamedTuple

import regex

# A word starts with a letter or digit and may carry combining marks and invisible
# format characters (soft hyphen, zero-width joiners) inside; apostrophes and hyphens
# end it, so "Crohn's" is "crohn" + "s" and "x-ray" is "x" + "ray" in text and in lists alike.
_WORD = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}\p{Cf}]*[\p{L}\p{N}\p{M}])?")

# What may stand between two words of one phrase: spaces, hyphens, apostrophes and
# at most one line break ("root\ncanal" is one phrase; "root.\n\nCanal" is not).
_JOIN = regex.compile(r"[ \t\u00a0\u2009\u202f\-\u2010\u2011'\u2019]*(?:\r?\n[ \t\u00a0]*)?")

_TILDE = "\u0303"


class Token(NamedTuple):
    start: int
    end: int
    raw: str
    folded: str


def fold(word: str) -> str:
    """Lower case, accents and compatibility forms removed, ñ kept."""
    if word.isascii():
        return word.lower()
    return _fold_cached(word, True) if len(word) <= _CACHED_LENGTH else _fold(word, True)


def fold_case(word: str) -> str:
    """Like fold() but keeps upper case: for acronyms that only count in capitals (ER, AIDS)."""
    if word.isascii():
        return word
    return _fold_cached(word, False) if len(word) <= _CACHED_LENGTH else _fold(word, False)


# Words repeat, so folding is cached; a hostile megabyte-long "word" is folded but not kept.
_CACHED_LENGTH = 64


@functools.lru_cache(maxsize=65536)
def _fold_cached(word: str, lower: bool) -> str:
    return _fold(word, lower)


def _fold(word: str, lower: bool) -> str:
    text = unicodedata.normalize("NFKD", word)
    if lower:
        text = text.casefold()
    kept = "".join(c for c in text if c == _TILDE or unicodedata.category(c) not in ("Mn", "Cf"))
    return unicodedata.normalize("NFC", kept)


def tokens(text: str) -> list[Token]:
    """Every word of the text with its offsets, in order."""
    return [Token(m.start(), m.end(), m.group(), fold(m.group())) for m in _WORD.finditer(text)]


def joinable(text: str, left: Token, right: Token) -> bool:
    """True when only spaces, hyphens, apostrophes or one line break separate the two words."""
    return _JOIN.fullmatch(text, left.end, right.start) is not None


def phrase_key(phrase: str) -> str:
    """The lookup form of a list entry: its folded words joined by single spaces."""
    return " ".join(fold(word) for word in _WORD.findall(phrase))
