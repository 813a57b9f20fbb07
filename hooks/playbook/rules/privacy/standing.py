"""One member of a community singled out by the place they hold in it, with their care (PHI011).

favourites.py reads "our favorite <role>". A post points at one neighbour in other ways every reader can follow:
a rank only one holds ("our oldest Marshallese elder", "nuestra abuelita mas longeva"), a jersey number after a
school or team ("our favorite Ridgeway #12", "nuestro querido #9 de los Pumas"), a named team's position said as
theirs ("y a su arquera, la que ...", "and their goalie, who ..."), and kin of a community role ("hijo del pastor de
la iglesia de la calle ...", "the fire chief's daughter"). With care of theirs in that sentence or the two after
(favourites.py's reading; a team's position only in its own sentence), or a care word in a later sentence about
"he" or "she", it is a patient singled out. With no care it passes: "our oldest volunteer led the parade", "their
goalie saved two penalties", "the oldest church in town" (no one). Every pattern is bounded and each sentence is
read once: linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation, sentence_bounds
from ...wordlists import wordlist
from . import care, favourites, vocabulary

_DESC = wordlist("privacy-described")
_ROLES = tuple(r for r in (*vocabulary.NAMES["occupations"], *_DESC["roles"], *_DESC["team_positions"]) if r.lower() not in favourites.STAFF)
_ROLE = alternation(_ROLES)
_PERSON = alternation((*_ROLES, *_DESC["people"], *_DESC["ranked_people"]))
_POSITION = alternation(p for p in _DESC["team_positions"] if p.lower() not in set(_DESC["plain_positions"]))
_OWNER = r"(?i:our|my|nuestr[oa]|mi)"
_WORD = r"(?:[\w'’-]+[ \t]+)??"  # one word between: "our oldest Marshallese elder", "nuestra abuelita mas longeva"
_NAME = r"(?:[A-Z][\w'’-]*[ \t]+){1,3}"  # a school or team: "Kimball", "Lomas Altas"
_NUMBER = r"(?:\#|(?i:no\.|number|numero)[ \t]*)\d{1,2}(?!\d)"
_STANDING = lazyre.compile(
    # a rank: "our oldest Marshallese elder", "my youngest shortstop"
    rf"(?<![\w-]){_OWNER}[ \t]+(?i:{alternation(_DESC['ranks'])})[ \t]+{_WORD}(?i:{_PERSON})(?![\w'’-])"
    # "nuestra abuelita mas longeva", "nuestro socio mas antiguo"
    rf"|(?<![\w-]){_OWNER}[ \t]+{_WORD}(?i:{_PERSON})[ \t]+(?i:mas)[ \t]+(?i:{alternation(_DESC['ranks_es'])})(?![\w'’-])"
    # a jersey number after a school or team: "our favorite Kimball #54", "our Ridgeway No. 7"
    rf"|(?<![\w-]){_OWNER}[ \t]+(?:{favourites.DEAR}[ \t]+)?{_NAME}(?:['’]s[ \t]+)?{_NUMBER}"
    # "nuestro querido #9 de los Pumas", "el numero 10 de las Aguilas de <Town>"
    rf"|(?<![\w-])(?:{_OWNER}|(?i:el|la))[ \t]+(?:{favourites.DEAR_AFTER}[ \t]+|{favourites.DEAR}[ \t]+)?{_NUMBER}[ \t]+(?i:de)[ \t]+(?:(?i:los|las|la|el)[ \t]+)?[A-Z]"
    # kin of a community role: "hijo del pastor", "la nieta de la alcaldesa"
    rf"|(?<![\w-])(?i:{alternation(_DESC['kin_es'])})[ \t]+(?i:del|de[ \t]+la)[ \t]+(?i:{_ROLE})(?![\w'’-])"
    # "the fire chief's daughter", "the daughter of the pastor"
    rf"|(?<![\w-])(?i:the|our)[ \t]+(?i:{_ROLE})['’]s[ \t]+(?i:{alternation(_DESC['kin'])})(?![\w'’-])"
    rf"|(?<![\w-])(?i:{alternation(_DESC['kin'])})[ \t]+of[ \t]+(?i:the|our)[ \t]+(?i:{_ROLE})(?![\w'’-])"
)
# a named team's position said as theirs: "y a su arquera, la que ...", "and their goalie, who ..."
_THEIRS = lazyre.compile(rf"(?<![\w-])(?i:their|su)[ \t]+(?i:{_POSITION})(?![\w'’-])")
_THEY = lazyre.compile(r"(?<![\w'’-])(?i:he|she|his|her|him)(?![\w'’-])")  # a later sentence about the one singled out
_NEAR = 2  # the sentence of the standing and the two after it


def _about_them(body: str, start: int, end: int) -> bool:
    """A later sentence about him or her with a word of care: "Last spring she spent a week in the ICU after ..."."""
    return _THEY.search(body, start, end) is not None and care.care_in(body, start, end)


def singled_out(body: str) -> Iterator[re.Match]:
    """Each standing in a community with one person's care in its sentence or the two after it."""
    bounds: list[int] = []
    later: dict[int, bool] = {}  # each later sentence's care, read once

    for match in _THEIRS.finditer(body):
        bounds = bounds or list(sentence_bounds(body))
        at = bisect.bisect_right(bounds, match.start()) - 1
        if favourites.cared_of(body, match.end(), min(bounds[at + 1], match.end() + favourites.REACH)):
            yield match
    for match in _STANDING.finditer(body):
        bounds = bounds or list(sentence_bounds(body))
        at = bisect.bisect_right(bounds, match.start()) - 1
        end = min(bounds[at + 1], match.end() + favourites.REACH)
        if favourites.cared_of(body, match.end(), end) or _about_them(body, match.end(), end):
            yield match
            continue
        for index in range(at + 1, min(at + _NEAR + 1, len(bounds) - 1)):
            if index not in later:
                start, end = bounds[index], bounds[index + 1]
                later[index] = favourites.cared_of(body, start, end) or _about_them(body, start, end)
            if later[index]:
                yield match
                break
