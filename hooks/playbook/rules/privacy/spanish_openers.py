"""A frequent Spanish word that opens a sentence of a Spanish text is no name, nor a verb written with its accent.

"Miles de familias ...", "Van a necesitar ...", "Sean bienvenidos", "¡Hola! Si atendemos ...": the word is
an English given name, or greeted looks like one, but in Spanish it is a word. The list is derived from
wordfreq by scripts/build_es_openers.py (lexicon/data/es_openers.txt) and loaded on first use.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from ... import lazyre
from ...bilingual import looks_spanish
from ...lexicon import data_files

# A verb said by "we" in the present or the preterite, long enough to be no surname ("Ramos", "Lemos")
_BULLETS = frozenset("•◦‣⁃∙·*-–—")  # list markers (some are punctuation, not symbols)
_WE_VERB = lazyre.compile(r"(?i:[a-z]{3,}(?:amos|emos|imos))")


@cache
def _openers() -> frozenset[str]:
    return frozenset(data_files.read("es_openers.txt"))


def opener_word(word: str) -> bool:
    """Whether `word` (folded, lower case) is one of the frequent Spanish words that open sentences."""
    return word in _openers()


def spanish_opener(text: str, word: str, start: int | None = None) -> bool:
    """Whether `word`, opening a sentence of `text`, is a frequent Spanish word in a text that reads as Spanish.

    With `start`, the word must open a sentence there: after a stop, or after an emoji or a symbol, which ends a
    sentence in a post as a stop does ("... los martes 🙏 Miles de familias ...").
    """
    if word.lower() not in _openers() and not _WE_VERB.fullmatch(word):
        return False  # "Aprovechamos para recordarles ...", "Invitamos a ...": a verb of "we" ends no given name
    if start is not None:
        before = text[max(0, start - 8) : start].rstrip(" \t\"“'‘¡¿(\ufe0f\u200d")
        if before and before[-1] not in ".!?:\n" and not unicodedata.category(before[-1]).startswith("S") and not _bullet(before):
            return False
    return looks_spanish(text)


def after_symbol(text: str, start: int) -> bool:
    """Whether the word at `start` follows an emoji or a symbol that opens a post's line ("📚 Charla para padres",
    "🎉 Maria finished ..."): a sentence's start, where any word is capitalised, weighed like one after a stop."""
    before = text[max(0, start - 8) : start].rstrip(" \t\"“'‘¡¿(\ufe0f\u200d")
    return bool(before) and (unicodedata.category(before[-1]).startswith("S") or _bullet(before))


def _bullet(before: str) -> bool:
    """Whether `before` ends in a list's bullet that opens its line ("• Bebé menor de 3 meses ...", "- Kids under 6 ..."):
    an item of a list starts as a sentence does."""
    head = before[:-1].rstrip(" \t")
    return before[-1] in _BULLETS and (not head or head[-1] == "\n")


def accented_verb(written: str, words: tuple[str, ...]) -> bool:
    """Whether a single capitalised word, as the author wrote it, is a Spanish verb by its accented last vowel.

    "Nació y creció en La Villita", "Llegará el lunes": the preterite's "-ó" and the future's "-á" end no given
    name ("José", "Inés", "Ramón" end otherwise), though folded "Nacio" is one.
    """
    return len(words) == 1 and written[-1:] in ("ó", "á") and written.strip()[:1].isupper()
