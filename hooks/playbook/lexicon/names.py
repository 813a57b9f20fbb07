"""Is this word a person's first name or surname, and is it also an everyday word?

Sources (generated into data/ by scripts/build_lexicon.py): the US Census 1990 first
names and surnames (public domain, via the `names` package) and Faker's name lists for
the US, Spain, Mexico, Argentina, Chile, Colombia and Spanish-speaking Canada (MIT).

Many names are words too: Hope, Grace, Will, Mark, Rose in English; Paz, Luz, Rosa,
Dolores, Ángel, Jesús in Spanish. `also_word` says so, so a rule can ask for more
evidence (a capital letter mid-sentence, "Dr." or "Mrs." before it) before it calls
such a word a name, and can treat "John" or "Guadalupe" as a name on sight.
English: the word is in Webster's word list in lower case and is clearly more frequent
in English than in other European languages (a name is about equally frequent in all
of them). Spanish: a curated list of given names that are everyday Spanish words, and
the names far more frequent in Spanish than in languages that do not share its words
("Nada", "Ha", "Era"). A name that is a country or a US state first ("Kenya", "Florida"), or a
town's that only the SSA's baby names add ("Brooklyn", "Hudson"), is marked `place`: alone it is
the place, unless what surrounds it makes it someone.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from . import data_files
from .fold import fold


@dataclass(frozen=True, slots=True)
class NameInfo:
    """What the lists know about one word."""

    first: bool  # a first (given) name
    surname: bool
    also_word: bool  # also an everyday English or Spanish word
    english: bool  # used in the US
    spanish: bool  # used in Spain or Latin America
    place: bool = False  # a country's or a US state's name first ("Kenya", "Florida"), or a town's that only the SSA's list adds ("Hudson")


@dataclass(frozen=True, slots=True)
class _Names:
    first: dict[str, str]
    surnames: dict[str, str]


@functools.lru_cache(maxsize=1)
def _names() -> _Names:
    return _Names(data_files.read_table("first_names.tsv"), data_files.read_table("surnames.tsv"))


def name_info(word: str) -> NameInfo | None:
    """What the lists know about the word (any case, accents optional), or None if it is no name."""
    key = fold(word.strip())
    names = _names()
    first = names.first.get(key)
    last = names.surnames.get(key)
    if first is None and last is None:
        return None
    flags = (first or "") + (last or "")
    return NameInfo(
        first=first is not None,
        surname=last is not None,
        also_word="w" in flags,
        english="e" in flags,
        spanish="s" in flags,
        place="p" in flags,
    )


def is_first_name(word: str) -> bool:
    return fold(word.strip()) in _names().first


def is_surname(word: str) -> bool:
    return fold(word.strip()) in _names().surnames


def is_name(word: str) -> bool:
    return name_info(word) is not None


def is_place_name(word: str) -> bool:
    """A given name that is a country's, a US state's or a town's name first ("Kenya", "Florida", "Brooklyn"; not "Virginia")."""
    info = name_info(word)
    return info is not None and info.place


def is_name_and_word(word: str) -> bool:
    """A name that is also an everyday word (Hope, Will, Paz, Dolores): context decides."""
    info = name_info(word)
    return info is not None and info.also_word
