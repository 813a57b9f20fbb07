"""Handles built from a place and a local office's short letters: "@OsceolaEM", "@BentonFranklinHD", "@MaricopaPH".

A county's or a city's office tags itself by the place it serves and two letters of what it is: HD a health district,
EM emergency management, PD a police department, PH public health, FD a fire department, SO a sheriff's office. Such a
handle names an office, so it may be cited as a source like "@CDCgov". Every word before the letters must be a place a
list knows (a town, a state, a city) or a word that is no name at all ("Osceola", "Maricopa"); a given name or a surname
that is no town keeps the handle a person's ("@MariaEM", "@GarciaPD", "@JamesFranklinHD"), and so does a lone word
that is a given name even when a town bears it ("@TylerPD", "@BentonHD": a first name and initials). One look: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon import names as lexicon_names
from .places import is_state, is_town
from .vocabulary import CITIES, is_first_name

# One to three capitalised words, then the office's two letters and nothing else: "Benton" + "Franklin" + "HD".
_PLACE_OFFICE = lazyre.compile(r"((?:[A-Z][a-z]{2,}){1,3})(HD|EM|PD|PH|FD|SO)")
_WORD = lazyre.compile(r"[A-Z][a-z]+")


def _place_word(word: str) -> bool:
    """A town, a state or a city a list knows, or a word no list of names holds ("Osceola")."""
    if is_town(word) or is_state(word) or word.lower() in CITIES:
        return True
    return not is_first_name(word) and not lexicon_names.is_name(word)


def place_office_handle(handle: str) -> bool:
    """Whether `handle` (no "@") is a place's words and a local office's letters, and no word of it a person's name."""
    match = _PLACE_OFFICE.fullmatch(handle)
    if match is None:
        return False
    words = _WORD.findall(match.group(1))
    if len(words) == 1 and (is_first_name(words[0]) or getattr(lexicon_names.name_info(words[0]), "first", False)):
        return False  # "@TylerPD", "@KentEM": a given name and two initials read as a person's
    return all(_place_word(w) for w in words)
