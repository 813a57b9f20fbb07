"""Phrase matching that works the same in English and Spanish.

Staff type Spanish with and without its accents ("reseña", "resena"; "llámenos",
"llamenos") and English with straight or curly apostrophes. Rules match word lists
against a folded copy of the text that has exactly one character for each original
character, so an offset found in the folded copy points at the same place in the
original and a finding's line and quote stay right.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from . import lazyre
from .text import Gate, alternation, is_negated


def _fold_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):  # Latin-1 Supplement and Latin Extended-A/B
        base = unicodedata.normalize("NFD", chr(code))
        if len(base) > 1 and base[0].isascii() and all(unicodedata.combining(c) for c in base[1:]):
            table[code] = base[0]
    table.update({ord("’"): "'", ord("‘"): "'", ord("ʼ"): "'", ord("“"): '"', ord("”"): '"'})
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """`text` without accents and with straight quotes, one character for one: 'Llámenos' -> 'Llamenos'."""
    return text.translate(_FOLD)


def phrases(words: Iterable[str]) -> str:
    """A regex alternation of folded phrases (longest first; a space matches any whitespace)."""
    return alternation(fold(w) for w in words)


def gate(*lists: Iterable[str]) -> Gate:
    """A cheap pre-check (text.Gate) for folded phrases; open it with `tokens(fold(text))`."""
    return Gate(*([fold(w) for w in words] for words in lists))


def pattern(words: Iterable[str]) -> lazyre.LazyPattern:
    """Case-insensitive, word-bounded pattern for folded phrases; search it in `fold(text)`."""
    return lazyre.compile(rf"(?<![\w-])(?:{phrases(words)})(?![\w-])", re.IGNORECASE)  # compiled when read, through the pattern store


# Negation in both languages. "sin" (without) is left out: "sin costo" is an offer, not a denial.
NEGATIONS = frozenset("no not never nothing none nobody neither nor without cannot nunca jamas nada ni tampoco ningun ninguna ninguno".split())
# A new clause starts after these, so "We're not a big clinic, but we're sorry" still apologises
# and "No, it's your fault" still blames.
_CLAUSE_BREAK = re.compile(r"[.!?¿¡,;:—–(]|\s-\s|\b(?:but|however|yet|although|though|pero|sino|aunque|sin\s+embargo)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'-]+")


def negated(folded: str, start: int, window: int = 4, negations: frozenset[str] = NEGATIONS) -> bool:
    """True when one of the `window` words before `start`, in the same clause, denies what follows.

    `folded` is folded text (see `fold`), ideally one sentence: "we're not sorry",
    "no lo sentimos", "it wasn't your fault", "no es culpa suya".
    """
    return is_negated(folded, start, negations, window, clause_break=_CLAUSE_BREAK, reach=200)


_SPANISH = frozenset("el la los las que de del en por para con una un su sus le les nos usted ustedes muy es esta este gracias mucho".split())
_ENGLISH = frozenset("the a an and of to in for with your you we our is are this that thank thanks very".split())


def looks_spanish(text: str) -> bool:
    """True when `text` has more common Spanish words than English ones (picks the language of a hint)."""
    words = [w.lower() for w in _WORD.findall(fold(text))]
    return sum(w in _SPANISH for w in words) > sum(w in _ENGLISH for w in words)
