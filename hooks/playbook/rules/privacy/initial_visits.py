"""Initials with the day or the hour of their visit: a date of service tied to one person (PHI008).

Staff thank or tease a patient by initials, thinking that hides them: "Shoutout to <J.M.> for the coffee before his
9:40 visit on 6/2", "gracias a la Sra. <R.G.> por venir a su cita del martes a las 9", "<A.K.>'s follow-up
on 5/2". The office, the patient and anyone in the waiting room that morning know who is meant, and HIPAA counts
the dates of a visit tied to a person as an identifier. Read here: initials written with periods ("J.M.", "R. G.",
"A.K.'s") that are no time, degree, place or organisation (privacy-identifiers.yml `initials_not_people`), not
the start of a full name ("J.M. Ortiz": the name rules read it), nor a doctor's; in their sentence (read on past
the initials' own period), one visit ("appointment", "follow-up", "cita", a singular: "appointments at 8:15 on
Saturdays" is a timetable) and its day or hour: a date, a clock time, "a las 9", a weekday, "today", "ayer".
Every window is bounded: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...text import sentence_bounds, sentence_of
from ...wordlists import wordlist
from .greeted_words import plain_word
from .stance import POINT_SHAPES, POINT_WORDS

_NOT_PEOPLE = frozenset(w.lower() for w in wordlist("privacy-identifiers")["initials_not_people"])
_INITIALS = lazyre.compile(r"(?<![\w.])(?:[A-Z]\.[ \t]?){1,2}[A-Z]\.(?:['’]s)?(?![\w])")
NAME_AFTER = lazyre.compile(r"[ \t]+([A-Z][a-z][\w'’-]*)")
DOCTOR_BEFORE = lazyre.compile(r"(?<![\w-])(?i:dr|dra|doctor|doctora|dres)\.?[ \t]+$")
VISIT = lazyre.compile(
    r"(?<![\w-])(?i:appointment|appt|visit|follow[ -]?up|check[ -]?up|consult|consultation|exam|cleaning|"
    r"cita|consulta|visita|chequeo|revision|control|turno|seguimiento|limpieza)(?![\w-])"
)
_REACH = 160  # characters read either side of the initials, at most


def initials(body: str) -> Iterator[re.Match]:
    """Initials that may be a person's: no time, degree, place or organisation, no full name's start, no doctor's."""
    for match in _INITIALS.finditer(body):
        letters = re.sub(r"[^A-Za-z]", "", match.group(0).removesuffix("'s").removesuffix("’s")).lower()
        if letters in _NOT_PEOPLE or DOCTOR_BEFORE.search(body, max(0, match.start() - 12), match.start()):
            continue
        after = NAME_AFTER.match(body, match.end())
        if after and not plain_word(after.group(1)):
            continue  # "J.M. Ortiz": a full name, which the name rules read
        yield match


def initialled_visits(body: str) -> Iterator[tuple[re.Match, re.Match]]:
    """(initials, the day or hour of their visit) where the initials' sentence tells one visit and when it was."""
    bounds = None
    for match in initials(body):
        bounds = bounds or sentence_bounds(body)
        start, end = sentence_of(bounds, match.start())
        if end <= match.end() + 1 and end < len(body):  # the initials' own period closed the sentence: read on
            end = sentence_of(bounds, min(len(body) - 1, end + 1))[1]
        start, end = max(start, match.start() - _REACH), min(end, match.end() + _REACH)
        visit = VISIT.search(body, start, end)
        when = (POINT_SHAPES.search(body, start, end) or POINT_WORDS.search(body, start, end)) if visit else None
        if when:
            yield match, when
