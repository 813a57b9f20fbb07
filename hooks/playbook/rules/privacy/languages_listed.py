"""A given name in a list of languages: a language or a people ("Burmese, Karen and Spanish interpreters"), not a person.

Clinics announce the languages their interpreters, forms and staff speak; several languages are also given names
("Karen" of Burma's Karen people, "Mam"). When the word stands in a list whose other items hold a language
(lexicon/data/languages.txt, CLDR's names in English and Spanish, derived by scripts/build_lexicon.py) and the list
serves a language use (privacy-names.yml: language_use_after, "... interpreters"; language_use_before, "intérpretes
de ..."), it names a language. A lone name beside one language stays a name ("Karen and the Spanish interpreter
helped her"): the list needs the use right after it or right before it, or two other items that are all languages
("Information in Somali, Hmong, Karen and Spanish"), and no other given name among its items. Each reading looks a bounded window: linear.
"""

from __future__ import annotations

import functools

from ... import lazyre
from ...lexicon import data_files
from ...lexicon import names as lexicon_names
from ...lexicon.fold import fold
from ...text import alternation, sentence_bounds, sentence_of
from ...wordlists import wordlist

_NAMES = wordlist("privacy-names")
_ITEM = r"[A-ZÁÉÍÓÚÑa-záéíóúñ][\w'’ʼ-]*"
_JOIN = r"(?:[ \t]*,[ \t]*(?:(?:and|or|y|e|o)[ \t]+)?|[ \t]+(?:and|or|y|e|o|&)[ \t]+|[ \t]*/[ \t]*)"
_BEFORE = lazyre.compile(rf"(?:{_ITEM}{_JOIN}){{1,10}}$")
_AFTER = lazyre.compile(rf"(?:{_JOIN}{_ITEM}){{0,10}}")
_ITEMS = lazyre.compile(_ITEM)
_USE_AFTER = lazyre.compile(rf"[ \t]*:?[ \t]+(?i:{alternation(_NAMES['language_use_after'])})(?![\w-])")
_USE_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(_NAMES['language_use_before'])})[ \t]*:?[ \t]+$")
_CONNECTIVES = frozenset(("and", "or", "y", "e", "o"))
_WINDOW = 160


def _key(word: str) -> str:
    return fold(word).lower().replace("’", "'").replace("ʼ", "'")


@functools.lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    names = (*_NAMES["languages"], *_NAMES["languages_extra"], *data_files.read("languages.txt"))
    return frozenset(_key(w) for w in names)


def is_language(word: str) -> bool:
    """Whether `word` is a language CLDR or privacy-names.yml names (\"Burmese\", \"birmano\", \"Mam\")."""
    return _key(word) in _languages()


def list_around(text: str, start: int) -> tuple[str, list[str], int, int] | None:
    """The word at `start`, the other items of the list it stands in ("A, B and C"), and where that list starts and ends."""
    word = _ITEMS.match(text, start)
    if word is None:
        return None
    before = _BEFORE.search(text, max(0, start - _WINDOW), start)
    after = _AFTER.match(text, word.end())
    first = before.start() if before else start
    last = after.end() if after and after.end() <= word.end() + _WINDOW else word.end()
    items = [m.group(0) for m in _ITEMS.finditer(text, first, last) if m.group(0).lower() not in _CONNECTIVES]
    return word.group(0), [item for item in items if item != word.group(0)], first, last


def language_listed(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` is an item of a list of languages that serves a language use."""
    found = list_around(text, start)
    if found is None:
        return False
    _word, others, first, last = found
    if someone_cared(text, start):
        return False  # "Karen, Burmese interpreter in hand, finished her chemo": a woman and her care
    if not others or not any(is_language(item) for item in others):
        return False
    if any(not is_language(item) and _given(item) for item in others):
        return False  # "Thanks to Karen, Luis and Spanish interpreters": people among the items
    if len(others) >= 2 and all(is_language(item) for item in others):
        return True  # "in Somali, Hmong, Karen and Spanish": every other item of a list of three or more is a language
    return bool(_USE_AFTER.match(text, last) or _USE_BEFORE.search(fold(text[max(0, first - 40) : first])))


_SOMEONE = lazyre.compile(r"(?<![\w'’-])(?i:she|her|hers|he|his|him|ella|él|el[ \t]+mismo|ella[ \t]+misma)(?![\w'’-])")


def someone_cared(text: str, start: int) -> bool:
    """Whether the sentence around `start` tells someone's care, a "she" or "he" with a word of care: then a word that
    names a language may be a woman's name ("Karen, Burmese interpreter in hand, finished her chemo")."""
    from .care import care_in  # care.py reads the privacy vocabulary: asked only here

    first, last = sentence_of(list(sentence_bounds(text)), start)
    return _SOMEONE.search(text, first, last) is not None and care_in(text, first, last)


def _given(word: str) -> bool:
    info = lexicon_names.name_info(word)
    return info is not None and info.first
