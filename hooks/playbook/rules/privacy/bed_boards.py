"""Surnames on a board by bed, room or chair ("cama 2 Ochoa fiebre", "room 6 Lindqvist syncope", "silla 4 Batres").

A triage or census board, a whiteboard in a photo, a list of who sits in which infusion chair files each
patient by a surname beside a bed's, a room's or a chair's number, often with the reason for the visit.
Read out in an alt text or a post, every entry names a patient: a surname next to such a number counts
when a clinical word follows it in the same entry, or when the text lists two or more such entries
with surnames the lists know (a word no name list knows counts with care on a board of two or more). A status passes ("cama 2 libre", "room 4 closed"), and so does a team
member ("room 3 Patel" for Sam Patel). record_names.py yields these, so PHI003 reports them and PHI012
counts one in an alt text as a person shown.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...lexicon import names as lexicon_names
from ...text import alternation
from .known import Known, Person
from .vocabulary import CALENDAR, NAMES, NOT_A_NAME

# "cama 2 Ochoa", "Bed #4: Lindqvist", "silla 3 - Batres", "exam room 12 Okafor": a place a patient lies or sits, its number, a capitalised word.
_ENTRY = lazyre.compile(
    r"(?<![\w-])(?i:camas?|camillas?|beds?|rooms?|rm|cuartos?|habitacion(?:es)?|sillas?|sillones?|chairs?|bays?|cubiculos?|stretchers?|box)"
    r"[ \t]*(?:#|no\.?|num\.?)?[ \t]*\d{1,3}[a-zA-Z]?[ \t]*[:.\-–—=]?[ \t]*(?P<surname>[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?)(?![\w'’-])"
)
# An entry ends at a comma, a semicolon, a line, a sentence or the next entry; the care is read in it.
_ENTRY_END = lazyre.compile(r"[,;|/\n.!?]|(?<![\w-])(?i:camas?|beds?|rooms?|sillas?|chairs?|cuartos?|bays?)[ \t]*#?[ \t]*\d")
_CARE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['board_care'])})(?![\w-])")
# What a board says of an empty or closed place, or who works there: no surname.
_STATUS = frozenset(w.lower() for w in NAMES["board_status"])
_WINDOW = 60


_LISTED, _WORDLIKE, _UNKNOWN = 2, 1, 0


def _surname(word: str, known: Known) -> int | None:
    """How surely a board's word is a surname; None: it is none.

    _LISTED: the lists know it and it is no word; it counts with care in its entry or on a list of such
    entries. _WORDLIKE: also a word ("Ramos", "Paz"); it needs care in its entry. _UNKNOWN: no list knows
    it ("Tzul"); it needs care and a second entry on the board ("Room 4 Pressure ulcer kit" is a shelf).
    A given name, a place, a status, a word of the calendar and a team member are none.
    """
    low = word.lower()
    if low in _STATUS or low in CALENDAR or low in known.org or known.is_team((word.capitalize(),)):
        return None
    info = lexicon_names.name_info(word.capitalize())
    if info is not None:
        if not info.surname or info.place:
            return None  # "room 4 Rosa", "bed 2 Denver": a given name or a place
        return _WORDLIKE if info.also_word or low in NOT_A_NAME else _LISTED
    if low in NOT_A_NAME or lexicon_clinical.find(low):
        return None  # "bed 2 Dialysis"
    return _UNKNOWN


def board_names(text: str, known: Known) -> Iterator[Person]:
    """Surnames beside a bed's, a room's or a chair's number, with care in the entry or on a board of several."""
    entries = []
    for match in _ENTRY.finditer(text):
        kind = _surname(match.group("surname"), known)
        if kind is None:
            continue
        stop = _ENTRY_END.search(text, match.end(), match.end() + _WINDOW)
        end = stop.start() if stop else min(len(text), match.end() + _WINDOW)
        care = bool(lexicon_clinical.find(text[match.end() : end]) or _CARE.search(text, match.end(), end))
        entries.append((match, kind, care))
    listed = sum(1 for _, kind, _ in entries if kind == _LISTED) >= 2
    board = len(entries) >= 2
    for match, kind, care in entries:
        if (care and (kind != _UNKNOWN or board)) or (listed and kind == _LISTED):
            yield Person(match.start("surname"), match.end("surname"), (match.group("surname"),), "a surname by a bed, a room or a chair, as a board files patients", excusable=False, public=False)
