"""Surnames on a day's list by appointment time ("Ramos 9:00, Tzul 9:20", "8:40 Okafor; 9:10 Lindqvist").

A whiteboard in the waiting room, a printed schedule or a sign-in sheet files each patient of the day by the time of
their visit. Read out in an alt text or a post, two or more entries of a surname beside a clock time name patients
and confirm their visit that day, whatever the text calls the list. Sibling of bed_boards.py (a board by bed or
room). A word every list holds passes ("Yoga 9:00, Pilates 10:00", "Lunch 12:00"), and so do a place ("Denver 9:00"),
a day or a month, a title's name ("Dr. Ramos 9:00", the clinician's hours) and a team member. record_names.py yields
these, so PHI003 reports them and PHI012 counts one in an alt text as a person shown.

One scan for clock times, a look at the word beside each: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import names as lexicon_names
from .known import Known, Person
from .unlisted import unlisted_name
from .vocabulary import CALENDAR, CITIES, NAMES, NOT_A_NAME

_TIME = r"\d{1,2}(?::\d{2}(?:[ \t]*+(?i:am|pm|a\.m\.|p\.m\.|h|hrs))?|[ \t]*+(?i:am|pm|a\.m\.|p\.m\.))"
_NAME = r"[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?"
# "Ramos 9:00", "Ramos - 9:00", "9:00 Ramos", "9:00: Ramos": a name and a time with nothing else between them (blanks
# possessive: a run of them is never split many ways).
_ENTRY = lazyre.compile(
    rf"(?<![\w'’.-])(?P<before>{_NAME})[ \t]*+[:\-–—=@]?[ \t]*+{_TIME}(?![\w:])"
    rf"|(?<![\w:.])(?:{_TIME})[ \t]*+[:\-–—=]?[ \t]*+(?P<after>{_NAME})(?![\w'’-])"
)
_TITLE_BEFORE = lazyre.compile(r"(?i:dr|dra|doctor|doctora|nurse|np|pa|rn|lic|enf)\.?[ \t]+$")
_TITLES = frozenset(w.lower() for w in (*NAMES["titles"], *NAMES["titles_any_case"]))


_LISTED, _UNLISTED = 2, 1
# Who a list of times is of: patients, visits, a sign-in ("lista de pacientes", "today's appointments", "turnos").
_OF_PATIENTS = lazyre.compile(r"(?<![\w-])(?i:patients?|pacientes?|appointments?|citas?|visits?|consultas?|turnos?|sign-?in|check-?in|roster)(?![\w-])")


def _surname(word: str, text: str, start: int, known: Known) -> int:
    """How surely a word beside a time on a list is a surname: _LISTED, one the lists know that is no ordinary word nor
    place; _UNLISTED, a word no list holds (a class's name too: "Zumba 9:00"); 0, none."""
    low = word.lower()
    if low in NOT_A_NAME or low in CALENDAR or low in CITIES or low in known.org or low in _TITLES or known.is_team((word.capitalize(),)):
        return 0
    if _TITLE_BEFORE.search(text, max(0, start - 12), start):
        return 0  # "Dr. Ramos 9:00": the clinician's hours
    info = lexicon_names.name_info(word.capitalize())
    if info is not None:
        return _LISTED if info.surname and not info.also_word and not info.place else 0
    return _UNLISTED if unlisted_name(word) else 0


def day_list_names(text: str, known: Known) -> Iterator[Person]:
    """Surnames beside clock times, when the text lists two or more such entries, one a surname the lists know or the list
    said to be of patients or visits (words no list holds alone are a timetable's classes: "Pilates 10:00, Zumba 11:00")."""
    entries = []
    for match in _ENTRY.finditer(text):
        group = "before" if match.group("before") else "after"
        kind = _surname(match.group(group), text, match.start(group), known)
        if kind:
            entries.append((match.start(group), match.end(group), match.group(group), kind))
    if len(entries) >= 2 and (any(kind == _LISTED for *_, kind in entries) or _OF_PATIENTS.search(text)):
        for start, end, word, _ in entries:
            yield Person(start, end, (word,), "a surname beside a time, as a day's list files patients", excusable=False, public=False)
