"""People known by an epithet or a local title, a relative's care that finds them, and a hometown's own.

A town knows one rodeo queen, one tamale man on 18th Street, one "reina del tianguis": the title names
the person as surely as a name does, so PHI011 reads it like a role at a place (names.py). Their care
may be told through a relative ("after her grandson's checkup", "la vacuna de su nieto"): the relative
is a patient, found through them. And "Chicago's own <Name>" before what they achieved is a local athlete
in the news, no patient, for PHI003 (public.py), unless the text speaks of their health. One described and
then spoken to ("... the only feed store on Quarry Rd: your new brace suits you") is told of their care.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation, phrase_pattern, sentence_bounds
from ...wordlists import wordlist
from . import own_news
from .care import care_in
from .vocabulary import DESCRIBED, NAMES

EPITHETS = wordlist("privacy-epithets")
_TITLES = alternation(EPITHETS["titles"])
_PLAIN = alternation(EPITHETS["plain"])
_NOT_ABOUT = alternation(EPITHETS["not_about"])
_THING = rf"(?!(?i:{_NOT_ABOUT}|la|el|los|las)(?![\w'’-]))[A-Za-z][\w-]*"  # "rodeo", "salsa", "pickleball": not "the house", not staff
_MOD = r"(?i:very[ \t]+own|own|resident|local|beloved|favorite|favourite)"
_OWNER = r"(?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w-]*(?:['’]s|(?<=s)['’])"  # "Pike County's", "the Mud Hens'"

# "Pike County's fair queen", "our pickleball queen", "the bingo king", "our coffee guy"; "la reina del rodeo",
# "el rey del domino de la plaza", "nuestra consentida de la clase de los martes". A title is lowercase (not
# "Burger King", "Dairy Queen") and never a crowd ("our salsa queens").
_EPITHET = lazyre.compile(
    rf"(?<![\w'’-])(?:{_OWNER}|(?i:the|our|my))[ \t]+(?:{_MOD}[ \t]+)?(?:{_THING}[ \t]+){{1,2}}?(?:{_TITLES}|MVP)(?![\w'’-])"
    rf"|(?<![\w'’-])(?i:our|my)[ \t]+(?:{_MOD}[ \t]+)?(?:{_THING}[ \t]+){{1,2}}?(?:{_PLAIN})(?![\w'’-])"
    rf"|(?<![\w-])(?i:el|la|al|nuestr[oa])[ \t]+(?i:{_TITLES})[ \t]+(?i:de|del)[ \t]+(?:(?i:la|el|los|las)[ \t]+)?{_THING}"
)


def epithets(text: str) -> Iterator[re.Match]:
    """Every epithet of `text` but one that names care: "our knee guy", "the back-pain queen" are staff or a topic;
    nor a performer's stage nickname with news they made public ('la cantante <Name>, "La Reina del <Barrio>", conto ...')."""
    bounds: list[int] = []
    for match in _EPITHET.finditer(text):
        if not care_in(match.group(0)):
            bounds = bounds or list(sentence_bounds(text))
            if not own_news.figure_news(text, bounds, match.start()):
                yield match


# --- a relative's care -----------------------------------------------------------------------------------

_KIN = lazyre.compile(rf"(?<![\w-])(?i:her|his|su|sus)[ \t]+(?:[\w-]+[ \t]+)??(?i:{alternation(EPITHETS['kin'])})(?:['’]s?)?(?![\w-])")
_NOT_CARE = phrase_pattern((*DESCRIBED["topics"], *DESCRIBED["events"], *DESCRIBED["not_own_care"]))


def relative_cared_for(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells of the care of the described one's relative: "brought his grandson in for
    his first checkup", "tras la vacuna de su nieto"; not an event or a topic ("brought her kids to our
    back-to-school fair")."""
    for kin in _KIN.finditer(text, start, end):
        window = text[max(start, kin.start() - 30) : min(end, kin.end() + 40)]
        if care_in(window) and not _NOT_CARE.search(window):
            return True
    return False


# --- a hometown's own --------------------------------------------------------------------------------------

_PLACE = r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}"
_HOMETOWN_BEFORE = lazyre.compile(
    rf"(?<![\w-]){_PLACE}['’]s[ \t]+(?i:very[ \t]+)?(?i:own)[ \t]+$"  # "Chicago's own ", "Pike County's very own "
    rf"|(?<![\w-])(?i:hometown[ \t]+(?:hero|star|favorite|favourite))[ \t]+$"
    rf"|(?<![\w-])(?i:el|la)[ \t]+(?i:orgullo)[ \t]+(?i:de|del)[ \t]+{_PLACE}[ \t]*,?[ \t]*$"  # "el orgullo de Pilsen, "
)
_HOMETOWN_AFTER = lazyre.compile(rf"[ \t]*,[ \t]*(?i:orgullo)[ \t]+(?i:de|del)[ \t]+{_PLACE}")  # "..., orgullo de Pilsen,"
_ACHIEVED = phrase_pattern(EPITHETS["achievements"])


def hometown_athlete(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """A name text[start:end] introduced as a hometown's own, with what they achieved in its sentence and no
    word of care there: "Springfield's own Dana Whitlock won the state title", "el orgullo de Pilsen, ..., gano
    el maraton"; not "... won the state title months after her ACL repair"."""
    return hometown_own(text, start, end) and _ACHIEVED.search(text, *sentence) is not None and not care_in(text, *sentence)


def hometown_own(text: str, start: int, end: int) -> bool:
    """A name text[start:end] introduced as a hometown's own ("Hazard's own <Name>", "el orgullo de Pilsen, <Name>")."""
    return bool(_HOMETOWN_BEFORE.search(text, max(0, start - 40), start) or _HOMETOWN_AFTER.match(text, end))


# --- said to one described -------------------------------------------------------------------------------

# Said to the one described about what we hand them: "... on Route 9: that new brace suits you, neighbor!"
TO_YOU = lazyre.compile(r"(?<![\w-])(?i:you|your|te|le|usted|tu|tus)(?![\w-])")
THEIR_DEVICE = lazyre.compile(
    r"(?<![\w-])(?i:your|those|these|that|this|tu|tus|esos|esas|estos|estas|ese|esa|este|esta)[ \t]+(?:(?i:new|shiny|nuevos|nuevas|nuevo|nueva)[ \t]+)?"
    rf"(?:[\w-]+[ \t]+)?(?i:{alternation(NAMES['care_devices'])})(?![\w-])(?![ \t]+(?i:for|para|drive|donations?|donaciones|collection|colecta|to[ \t]+(?:our|the)|a[ \t]+(?:nuestr[oa]|la|el))(?![\w-]))"
)
