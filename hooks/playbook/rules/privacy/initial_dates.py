"""Initials beside a date: one person's day of care, written on a tag or said in a cheer (PHI008).

Staff think initials hide a patient, and they add a date without a visit word: a tag on a brace left behind
('the tag says "<K.D.> 3/9 rehab wk 2"'), the cover of an appointment book ('dice "<A.P.G.> - prox. cita
14/05"'), a congratulation ("Congrats to <R.S.>, who had her baby Aug 3"), a programme's milestone ("Felicidades a
<M.L.>, que el 3 de marzo cumplio un ano en el programa"). The date is a person's once initials stand beside it,
and HIPAA counts every part of a date but the year as an identifier. initial_visits.py reads initials with a visit
word and its hour; here any date (dates.py's shapes: "7/22", "Aug 3", "el 12 de agosto", "3 de marzo") in the
initials' clause counts, the clause read on past an abbreviation's period ("prox. cita") up to a sentence's end.
Initials here are initial_visits.initials (no time, degree, place or organisation: "5 p.m.", "U.S.", "D.C.", "R.N.";
no full name's start, "J.R. <Surname>"; no doctor's), and on a label (a quote or a label word before them) bare
capitals before a dash and a date count too ("JR - 10/17"). Staff named as staff pass ("our nurse, K.T., starts
3/1", "K.T., our new hygienist"), and so do letters the clinical lexicon knows ("T.B.", "E.K.G."). Each initials'
clause is read once, a bounded window either side: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...text import alternation
from ...wordlists import wordlist
from .greeted_words import plain_word
from .initial_visits import DOCTOR_BEFORE, NAME_AFTER, VISIT, initials
from .vocabulary import NAMES, is_first_name

_NOT_PEOPLE = frozenset(w.lower() for w in wordlist("privacy-identifiers")["initials_not_people"])
_STAFF_WORDS = (
    *NAMES["staff_nouns_alt"], *wordlist("privacy-described")["staff_roles"], "team", "equipo", "staff", "front desk", "receptionist",
    "recepcionista", "coordinator", "coordinadora", "coordinador", "manager", "gerente", "assistant", "asistente", "PA", "NP", "MA",
    "RN", "LPN", "CNA", "DDS", "RDH", "MD", "DO", "PT", "OT", "provider", "proveedora", "colleague", "colega", "compañera", "companera",
)  # fmt: skip
_STAFF = alternation(_STAFF_WORDS)
# Staff named as staff: a staff word just before the initials ("our nurse, K.T.,", "la enfermera K.T.") or right
# after them in apposition ("K.T., our new hygienist", "K.T. (front desk)").
_STAFF_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{_STAFF})[ \t]*[,:(]?[ \t]*$")
_STAFF_AFTER = lazyre.compile(rf"[ \t]*[,(\u2013\u2014-][ \t]*(?:(?i:our|my|the|nuestr[oa]|la|el|su)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?)?(?i:{_STAFF})(?![\w-])")
# Where a clause stops: a line's end, "!" or "?", or a period closing a sentence (before a capital); an
# abbreviation's period ("prox. cita", "wk. 3") does not stop it.
_STOP = lazyre.compile(r"[!?\n]|\.(?=[\"”’')]*[ \t]+[\"“¡¿(]*[A-Z])")
# Bare capitals on a label: a quote or a label word before them, a dash and the date right after them.
_LABEL_BEFORE = lazyre.compile(
    r"(?:[\"“'‘]|(?<![\w-])(?i:tag|tags|label|labels|labeled|labelled|marked|reads|read|says|said|written|tagged|"
    r"etiqueta|dice|decia|marcad[oa]|escrito|cover|portada|tape|cinta)[ \t]*:?[ \t]*)$"
)
_BARE = lazyre.compile(r"(?<![\w.'’-])[A-Z]{2,3}(?=[ \t]*[\u2013\u2014-][ \t]*\d)")
_DASH = lazyre.compile(r"[ \t]*[\u2013\u2014-][ \t]*")
_BEFORE = 80  # characters read before the initials, at most
_AFTER = 200  # and after them (a Spanish clause runs long: "que nos contó cómo ha sido su camino, ... del jueves 9 de octubre")


def _letters(match: re.Match) -> str:
    return re.sub(r"[^A-Za-z]", "", match.group(0).removesuffix("'s").removesuffix("’s")).lower()


# Initials greeted, then a sentence that goes on about them with no subject or a pronoun and a verb of a visit:
# "Welcome aboard, <T.W.B.>! Came in 3/18 for his sports physical", "¡Felicidades, <J.L.>! Vino el 3 de mayo ..."
_GOES_ON = lazyre.compile(r"!+[^\w\n]{0,8}(?:(?i:he|she|they|el|ella)[ \t]+)?(?i:came|comes|stopped|dropped|was|got|had|passed|finished|completed|vino|paso|llego|tuvo|hizo|termino|completo)(?![\w-])")


def _clause(body: str, start: int, end: int) -> tuple[int, int]:
    """The stretch around body[start:end] up to the nearest stop either side, within the bounded reach; past a
    greeting's "!" when the next sentence goes on about them (_GOES_ON)."""
    left = max(0, start - _BEFORE)
    for stop in _STOP.finditer(body, left, start):
        left = stop.end()
    right = min(len(body), end + _AFTER)
    stop = _STOP.search(body, end, right)
    if stop and (on := _GOES_ON.match(body, stop.start())):
        stop = _STOP.search(body, on.end(), min(len(body), on.end() + _AFTER))
    return left, stop.start() if stop else right


def _staff(body: str, match: re.Match) -> bool:
    """Initials that name one of our staff: "our nurse, K.T.,", "K.T., our new hygienist"."""
    return bool(_STAFF_BEFORE.search(body, max(0, match.start() - 40), match.start()) or _STAFF_AFTER.match(body, match.end(), min(len(body), match.end() + 48)))


# "A.M." or "P.M." read as a clock's, but after "de"/"of"/"to" and before a bracket or a comma they are someone's initials:
# "los tamales de la familia de P.M. (vista el 2/11)"
_CLOCK_LETTERS = lazyre.compile(r"(?<![\w-])(?i:de|of|to|para|for|a)[ \t]+([AP]\.M\.)(?=[ \t]*[(,])")
_LETTERS = lazyre.compile(r"[AP]\.M\.")


def _clock_letters(body: str) -> Iterator[re.Match]:
    for match in _CLOCK_LETTERS.finditer(body):
        yield _LETTERS.match(body, match.start(1))


def _bare(body: str) -> Iterator[re.Match]:
    """Capitals with no periods on a label, a dash and a date after them ('"JR - 10/17"'); no acronym or word."""
    for match in _BARE.finditer(body):
        letters = match.group(0).lower()
        if letters in _NOT_PEOPLE or plain_word(match.group(0)) or lexicon_clinical.find(letters):
            continue
        if _LABEL_BEFORE.search(body, max(0, match.start() - 16), match.start()):
            yield match


# A given name and a surname's initial ("<Given> B.", "<Given> L.'s"), as a pickup shelf or a shout-out shortens a
# patient's name; not the start of a full name ("<Given> B. <Surname>") nor a doctor's.
_GIVEN_INITIAL = lazyre.compile(r"(?<![\w.'’-])([A-Z][a-z]{2,})[ \t]+[A-Z]\.(?:['’]s)?(?![\w])")


def _given_initials(body: str, team) -> Iterator[re.Match]:
    for match in _GIVEN_INITIAL.finditer(body):
        if not is_first_name(match.group(1)) or DOCTOR_BEFORE.search(body, max(0, match.start() - 12), match.start()):
            continue
        if team((match.group(1), match.group(0).rstrip("'’s").split()[-1].rstrip("."))):
            continue  # "<Member> R. has two openings on 5/12": one of the team
        after = NAME_AFTER.match(body, match.end())
        if after is None or plain_word(after.group(1)):
            yield match  # not "<Given> B. <Surname>": a full name, which the name rules read (as initials() does)


def initialled_dates(body: str, dates: re.Pattern, valid, team=lambda words: False) -> Iterator[tuple[re.Match, re.Match]]:
    """(initials, a date in their clause) for initials of a person's (not staff's) beside a date (`dates`, checked by
    `valid`); `team` says whether a given name and an initial are a member's."""
    given = ((m, None) for m in _given_initials(body, team))  # a given name and an initial: only with a visit word in the clause
    for match, bare in (*((m, False) for m in initials(body)), *((m, False) for m in _clock_letters(body)), *((m, True) for m in _bare(body)), *given):
        if bare is not None and lexicon_clinical.find(_letters(match)) or _staff(body, match):
            continue
        start, end = _clause(body, match.start(), match.end())
        if bare is None and not VISIT.search(body, start, end):
            continue  # "<Given> B. joins us 3/1": a name and a date, no visit
        if bare:
            dash = _DASH.match(body, match.end())
            date = dates.match(body, dash.end()) if dash else None
            date = date if date and valid(date) else None
        else:  # a date after the initials first: "<A> B. (exam 11/4) or <C> L. (exam 11/6)"
            date = next((d for d in (*dates.finditer(body, match.end(), end), *dates.finditer(body, start, match.start())) if valid(d)), None)
        if date is not None:
            yield match, date
