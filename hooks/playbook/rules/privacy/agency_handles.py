"""Handles named by an agency's acronym or its field: "@NWSBrownsville", "@TexasDSHS", "@MassDPH", "@EcologyWA".

A public office tags itself with letters, not a name: the weather service's office by its town, a
state's health department by the state's short form and its initials. Such a handle names an
office, so it may be tagged as a source like "@CDCgov". Letters are read as written: "DOT" is a
department, "Dot" a woman. A person's initials stay a person's ("@JRBennett", "@TJRfitness": two
or three capitals no list knows; "@MLOPEZ": an initial and a surname), and so does a handle with a given name beside or inside the
letters ("@NWSMaria", "@GARYB"). An office also tags itself by its field and its state's or city's code
("@EcologyWA", "@TransportationTX", "@EmergenciasPR"): a field word beside a place, and nothing else, is an office.
Offices join their letters with an underscore ("@OSHA_DOL": the agency and its department): a part of three
capitals or more that spells no name, beside an agency's letters, is the office's too, three only as a department's "DO"
and its field ("@OSHA_ANA", "@NYPD_TAZ", "@USMC_VET", "@NYPD_DOC" stay a person's), and so does one so joined in a text that tells care.
A state's office also tags itself by its initials, which begin with the state's letter, beside the state's whole name ("@OHAOregon",
"@OregonOHA"): a person's initials beside a state ("@JRBTexas") begin with their own letter.
A county's office tags itself by its place and two letters ("@OsceolaEM", "@BentonFranklinHD": place_handles.py).
"""

from __future__ import annotations

import functools
import re

from ... import lazyre
from ...lexicon import names as lexicon_names
from .place_handles import city_state_handle, place_office_handle
from .places import is_town
from .vocabulary import NAMES, PLACE_AFTER, is_first_name, lowered, place_word

_ACRONYMS = frozenset(NAMES["handle_agency_acronyms"])
_STATES = lowered("us_states", "state_short_forms")
_FIELDS = lowered("handle_agency_fields")
_CAPS = lazyre.compile(r"[A-Z]{2,}")
_WORD = lazyre.compile(r"[A-Z]?[a-z]+")
_LONG = 4  # letters: initials of a person are two or three
_PART = 3  # letters of a department's initials standing alone between underscores ("DOL", "DHS")
_JOINS = "_."
# Two to five capitals beside a whole word or two: "@OHAOregon", "@OregonOHA", "@NMDOHNewMexico"
_STATE_SPLIT = lazyre.compile(r"(?:([A-Z]{2,5})((?:[A-Z][a-z]+){1,2})|((?:[A-Z][a-z]+){1,2})([A-Z]{2,5}))")


def _given(word: str) -> bool:
    """A given name in any case, one that is also a word included ("MIKE", "Rosie")."""
    info = lexicon_names.name_info(word.capitalize())
    return info is not None and info.first or is_first_name(word.capitalize())


def holds_name(run: str) -> bool:
    """The capitals are a name ("SMITH", "ROSIE"), or begin or end with a given name ("GARYB", "BIGMIKE")."""
    if lexicon_names.is_name(run.capitalize()) or _given(run):
        return True
    if any(lexicon_names.is_name(run[n:].capitalize()) for n in (1, 2) if len(run) - n >= 3):
        return True  # "MLOPEZ", "JGARCIA": one or two initials, then a surname
    return any(_given(run[:n]) for n in range(3, len(run))) or any(_given(run[-n:]) for n in range(4, len(run)))


def _listed(run: str) -> bool:
    """A listed acronym ("NWS", "DPH"), or one after a state's or a city's code ("NCDHHS", "TXDOT", "SFDPH") or before one ("NWSTX")."""
    return run in _ACRONYMS or any(run[cut:] in _ACRONYMS or run[: len(run) - cut] in _ACRONYMS for cut in range(1, min(4, len(run) - 2) + 1))


def _agency_letters(run: str, stem: str) -> bool:
    """An agency's letters: listed, or four letters or more that spell no name ("KYEEC", "CDPHE"). `stem` is the run
    without a last capital that starts the next word ("NWS" of "NWSTallahassee", "TJR" of "TJRBennett")."""
    if _listed(run) or _listed(stem):
        return True
    return len(stem) >= _LONG and not holds_name(run) and not holds_name(stem)


def _whole_part(handle: str, start: int, end: int) -> bool:
    """Whether handle[start:end] stands alone between joins ("DOL" of "OSHA_DOL"), three capitals or more spelling no name,
    and three of them read as a department's ("DO" and its field: "DOL", "DOJ"); other three ("@NYPD_TAZ", "@USMC_VET",
    "@FDNY_OKO") are a person's nickname or initials beside their service's letters."""
    alone = (start == 0 or handle[start - 1] in _JOINS) and (end == len(handle) or handle[end] in _JOINS)
    part = handle[start:end]
    if end - start == _PART and (not part.startswith("DO") or part == "DOC"):
        return False  # "DOC" is a doctor's word as much as a department's: "@NYPD_DOC" is a person's
    return alone and end - start >= _PART and not holds_name(part)


def agency_handle(handle: str, text: str = "") -> bool:
    """Whether the handle is an office's: its capitals are an agency's letters and no other word of it is a given name.
    One excused by a part joined with "_" is a person's in a `text` that tells care ("@NYPD_DOL ... we set his wrist")."""
    if _state_office(handle) or place_office_handle(handle) or city_state_handle(handle) or text and _initials_before(handle, text):
        return True  # "@OHAOregon"; "@OsceolaEM", "@BentonFranklinHD": a place and its office's letters; "@ShreveportLA" (place_handles.py)
    letters = joined = False
    for match in _CAPS.finditer(handle):
        run = match.group(0)
        stem = run[:-1] if re.match(r"[a-z]", handle[match.end() : match.end() + 1]) else run  # "NWSTallahassee": NWS + Tallahassee
        if _agency_letters(run, stem):
            letters = True
        elif run.lower() not in _STATES and stem.lower() not in _STATES:
            if not _whole_part(handle, match.start(), match.end()):
                return False  # "@DJKhaled", "@JRBennett": initials beside the letters; "DOL" of "@OSHA_DOL" counts if an agency's stand beside
            joined = True
    if not letters or joined and text and _care_told(text):
        return False
    words = [w for w in _WORD.findall(re.sub(r"[A-Z]{2,}(?=[A-Z][a-z])|[A-Z]{2,}", " ", handle)) if len(w) > 2]
    if words and is_town(" ".join(words)):
        return True  # "@NWSCorpusChristi": a town, though "Christi" is a given name
    return not any(is_first_name(w.capitalize()) and not place_word(w.capitalize()) and w.lower() not in _STATES for w in words)  # not "@NWSMemphis"


def _state_office(handle: str) -> bool:
    """A state's whole name and initials that begin with its letter, and nothing else ("@OHAOregon", "@OregonOHA")."""
    split = _STATE_SPLIT.fullmatch(handle)
    if split is None:
        return False
    letters, state = (split.group(1), split.group(2)) if split.group(1) else (split.group(4), split.group(3))
    name = " ".join(re.findall(r"[A-Z][a-z]+", state)).lower()
    return len(name) > 2 and name in _STATES and letters[0] == state[0] and not holds_name(letters)


def _care_told(text: str) -> bool:
    from .community_roles import care_in_text  # community_roles reads known.py, which reads this module: asked only here

    return care_in_text(text)


def field_office(words: list[str]) -> bool:
    """Whether the handle's words (`words`, as written) are an office's field and a state's or a city's code or name
    ("Ecology WA", "Transportation TX"), and no other word ("Ana Energy TX" is a person's)."""
    lows = [w.lower() for w in words]
    if not any(w in _FIELDS for w in lows):
        return False
    placed = [w.lower() in _STATES and (len(w) > 2 or w.isupper()) or is_town(w.capitalize()) for w in words]
    # every other word is a field's ("@EcologyWA"); one more word may be a name no list knows ("@DashiellWaterWA")
    return any(placed) and all(place or low in _FIELDS for place, low in zip(placed, lows, strict=True))


# An office's long name, then its handle in brackets: "Division of Public and Behavioral Health (@dpbhnv)". The name's
# capitalised words before the bracket, small joining words skipped, are read back to their first letters.
_BRACKETED = lazyre.compile(r"\([ \t]*@([\w.]+)[ \t]*\)")
_SMALL = frozenset("of and for the on de del la el y para".split())
_NAME_RUN = lazyre.compile(rf"((?:[A-Z][\w'’&-]*[ \t]+|(?i:{'|'.join(sorted(_SMALL))})[ \t]+){{2,10}})$")
_TAILS = ("", "gov", "org", "us", "usa")


@functools.lru_cache(maxsize=8)
def _brackets(text: str) -> dict[str, int]:
    """Each handle written in brackets in the text, by where its bracket opens (the first time): one scan per text."""
    found: dict[str, int] = {}
    for match in _BRACKETED.finditer(text):
        found.setdefault(match.group(1), match.start())
    return found


def _initials_before(handle: str, text: str) -> bool:
    """Whether the handle spells the first letters of an office's name just before it in brackets (one of its words an
    organisation's), three or more, a state's short form or a web ending after them ("@dpbhnv" after "Division of Public
    and Behavioral Health")."""
    at = _brackets(text).get(handle)
    run = _NAME_RUN.search(text, max(0, at - 160), at) if at is not None else None
    if run is None:
        return False
    words = run.group(1).split()
    if not any(w.lower().strip("'’") in PLACE_AFTER for w in words):
        return False  # a person's initials after her name ("Rosa Lee Marsh (@rlm)") are hers: an office's name has its word
    low = handle.lower()
    for initials in ("".join(w[0] for w in words if w.lower() not in _SMALL).lower(), "".join(w[0] for w in words).lower()):  # "(@udoh)": "of" kept
        for size in range(len(initials), 2, -1):  # the name's last words: "Nevada's Division of ..." reads "Division ..." first
            tail = low.removeprefix(initials[-size:])
            if tail != low and (tail in _TAILS or tail in _STATES):
                return True
    return False
