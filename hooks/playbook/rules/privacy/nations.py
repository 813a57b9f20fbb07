"""A country where a name would be, or a neighbourhood named after a country or a city abroad: places, not people.

A community post greets a country on its national day ("¡Feliz Día de la Independencia, Guatemala!", "Happy
Independence Day, Honduras!") and a neighbourhood by the country or city its families came from ("Bonjou, Little
Haiti!", "the Little Saigon night market", "la Pequeña Habana"). The finders read a capitalised word greeted as a
name and "Little" as a child's word. The word is read by what it is: a country of the gazetteer
(lexicon/data/countries.txt, English and Spanish names, scripts/build_places.py) or, after Little/Lil/Pequeña/
Petite, a country or a city (cities.txt), never by the sentence around it. What says person stays a name: a country
a name list holds as a given name ("Kenya", "Jordan", "Georgia", "Little Jordan, 4"), a title before it ("Sra. Cuba"),
a country greeted, then spoken to about care ("¡Feliz cumpleaños, Jordania! Tu quimio ..."), and a country inside a longer name ("Ana Cuba"). One set lookup per name: linear.
"""

from __future__ import annotations

import functools

from ...lexicon import data_files
from ...lexicon.fold import fold
from .civic_places import is_city
from .known import Person
from .place_frames import _given

# A neighbourhood's first word before the country or city it is named after: "Little Haiti", "la Pequeña Habana".
_LITTLE = frozenset({"little", "lil", "pequena", "pequeno", "petite", "petit", "ti"})


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(data_files.read("countries.txt"))


def is_country(words: tuple[str, ...] | list[str]) -> bool:
    """Whether the words are a country's or a territory's name, English or Spanish ("Guatemala", "El Salvador", "Haití")."""
    return " ".join(fold(w).lower() for w in words) in _countries()


def _place(words: tuple[str, ...]) -> bool:
    return bool(words) and not _given(words[0]) and (is_country(words) or is_city(" ".join(w.lower() for w in words)))


def nation(text: str, person: Person) -> bool:
    """Whether `person` (in `text`) is a country no one is called, or Little then a country or a city, then maybe more
    words of a venue ("Little Haiti Cultural Complex")."""
    words = tuple(text[person.start : person.end].split())  # the words as written: a nickname's finder keeps "Little" out
    if person.title or person.how == "a social handle":
        return False
    if fold(words[0]).lower() in _LITTLE:
        return any(_place(words[1:end]) for end in range(2, min(len(words), 4) + 1))
    if _given(words[0]) or not is_country(words):
        return False
    from .greeted_words import spoken_to_about_care  # greeted_words reads vocabulary.py: asked only here

    return not spoken_to_about_care(text, person.end)  # "¡Feliz cumpleaños, Jordania! Tu quimio ...": a person greeted
