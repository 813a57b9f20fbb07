"""One visitor told by the day or hour they came: a date of service tied to a described person (PHI008).

A friendly notice can still say who was in and when: "the family that came in Thursday, January 14 at 3:15 with
their daughter left a jacket", "la señora que vino el martes 3 de marzo a las 10 dejó su paraguas". Whoever was in
the waiting room then, and the office, know who is meant, and the notice confirms they were seen here; HIPAA counts
the day of a visit tied to a person as an identifier. Read here: one person or family (a singular noun of
privacy-identifiers.yml `visitor_nouns`, or "whoever"), then who/that/que and a past verb of coming, then in the
same sentence a date or a clock time. Opening hours and events pass (no one came), and so do crowds ("everyone
who came out on May 3", "families who visited"). One scan for the visitor, a bounded window after it: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation
from ...wordlists import wordlist
from .stance import POINT_SHAPES  # a clock time or a day, as initial_visits.py reads them

_IDS = wordlist("privacy-identifiers")
_VISITOR = lazyre.compile(
    rf"(?<![\w-])(?:(?i:{alternation(_IDS['visitor_nouns'])})(?:[ \t,]+[\w'’]+){{0,4}}?[ \t,]+(?i:who|that|que)|(?i:whoever|quienquiera[ \t]+que))[ \t]+"
    rf"(?:(?i:nos|us|here|aqui|in|just)[ \t]+)?(?i:{alternation(_IDS['visit_verbs'])})(?![\w-])"
)
_END = lazyre.compile(r"[!?\n]|\.(?=\s+[A-Z])")  # the sentence's end ("10 a.m. on Tuesday" reads on)
_REACH = 90  # characters after the visit's verb its day or hour is read in


def told_visits(body: str, date: re.Pattern) -> Iterator[tuple[re.Match, re.Match]]:
    """(visitor, when) for each person or family said with the date or the clock time they came."""
    for visitor in _VISITOR.finditer(body):
        end = _END.search(body, visitor.end(), visitor.end() + _REACH)
        stop = end.start() if end else min(len(body), visitor.end() + _REACH)
        when = date.search(body, visitor.end(), stop) or POINT_SHAPES.search(body, visitor.end(), stop)
        if when:
            yield visitor, when
