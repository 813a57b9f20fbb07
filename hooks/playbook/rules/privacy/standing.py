"""One member of a community singled out by the place they hold in it, with their care (PHI011).

favourites.py reads "our favorite <role>". A post points at one neighbour in other ways every reader can follow:
a rank only one holds ("our oldest Marshallese elder", "nuestra abuelita mas longeva"), a jersey number after a
school or team ("our favorite Ridgeway #12", "nuestro querido #9 de los Pumas"), a named team's position said as
theirs ("y a su arquera, la que ...", "and their goalie, who ..."), and kin of a community role ("hijo del pastor de
la iglesia de la calle ...", "the fire chief's daughter"). A named team's player is read without "our" too: a number after the team ("Falcons #7",
"Bombers 10U #12") or a position on it ("the bravest goalie on the Hilltop Hawks 10U", "la portera de las Aguilas
sub-12"), a word of care in that sentence enough; so is the one member alone of a kind in a group ("the only one in
the <Name> band who ...", "la unica chica del equipo de lucha"). With care of theirs in that sentence or the two after
(favourites.py's reading; a team's position only in its own sentence), or a care word in a later sentence about
"he" or "she", it is a patient singled out. With no care it passes: "our oldest volunteer led the parade", "their
goalie saved two penalties", "the oldest church in town" (no one), "congrats to the 10U Bombers on the title". Every pattern is bounded and each sentence is
read once: linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation, phrase_pattern, sentence_bounds
from ...wordlists import wordlist
from . import care, favourites, vocabulary
from .stance import bounded, words

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
_AGE = r"(?:\d{1,2}U|U-?\d{1,2}|(?i:sub)[ \t-]?\d{1,2})(?![\w'’-])"  # an age group: "10U", "U12", "sub-12"
_TEAM = rf"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,3}}(?:[ \t]+{_AGE})?"  # "Boyle Hills Bombers 10U", "Aguilas sub-12"
_PLAYER = lazyre.compile(
    # a number after a team: "Falcons #7", "Bombers 10U #12", "Pumas No. 9"
    rf"(?<![\w'’-])[A-Z][\w'’-]*s['’]?[ \t]+(?:{_AGE}[ \t]+)?{_NUMBER}"
    # a position on a named team: "the bravest goalie on the Hilltop Hawks", "la portera de las Aguilas sub-12"
    rf"|(?<![\w-])(?i:the|a|el|la)[ \t]+(?:[\w'’-]+[ \t]+)??(?i:{_POSITION})[ \t]+(?i:on|of|for|de|del|en)[ \t]+(?:(?i:the|los|las|el|la)[ \t]+)?{_TEAM}"
    # a youth team's position, the team first: "the Mill Creek Otters 11U catcher", "our Rosedale U10 keeper"
    rf"|(?<![\w-])(?i:the|our|that|this|a)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{1,4}}{_AGE}[ \t]+(?i:{_POSITION})(?![\w'’-])"
)
# one alone of a kind in a group: "the only one in the Deep Creek band", "the one girl on the wrestling team", "la unica del coro"
_SOLE = lazyre.compile(
    rf"(?<![\w-])(?:(?i:the)[ \t]+(?i:only|one)|(?i:only))[ \t]+(?:(?i:{alternation(_DESC['sole_people'])})[ \t]+)?(?i:in|on|of)[ \t]+(?i:the|our|their|this)[ \t]+"
    rf"(?:[\w'’-]+[ \t]+){{0,3}}?(?i:{alternation(_DESC['sole_groups'])})(?![\w'’-])"
    rf"|(?<![\w-])(?i:la|el)[ \t]+(?i:unica|unico)(?:[ \t]+(?i:{alternation(_DESC['sole_people'])}))?[ \t]+(?i:del|de[ \t]+la|de[ \t]+las|de[ \t]+los|en[ \t]+el|en[ \t]+la)[ \t]+"
    rf"(?:[\w'’-]+[ \t]+){{0,3}}?(?i:{alternation(_DESC['sole_groups'])})(?![\w'’-])"
)
# a named team's position said as theirs: "y a su arquera, la que ...", "and their goalie, who ..."
_THEIRS = lazyre.compile(rf"(?<![\w-])(?i:their|su)[ \t]+(?i:{_POSITION})(?![\w'’-])")
_TALK = phrase_pattern((*vocabulary.DESCRIBED["topics"], *vocabulary.DESCRIBED["events"]))  # "spoke at our concussion night"
_THEY = lazyre.compile(r"(?<![\w'’-])(?i:he|she|his|her|him)(?:['’](?i:s|d|ll))?(?![\w'’-])")  # a later sentence about the one singled out ("He's been ...")
_NEAR = 2  # the sentence of the standing and the two after it


# ... or one that tells them their dealings with us, as a reply may not: "Gracias por venir a tiempo, esa neumonía ...",
# "Thanks for coming in" (privacy-stance's confirms; round 107)
_THANKED_FOR_COMING = bounded(words("confirms"))


def about_them(body: str, start: int, end: int) -> bool:
    """A later sentence about him or her with a word of care: "Last spring she spent a week in the ICU after ...", or one
    that thanks them for coming with care: "Thanks for coming in on time, that pneumonia ..."."""
    return (_THEY.search(body, start, end) is not None or _THANKED_FOR_COMING.search(body, start, end) is not None) and care.care_in(body, start, end)


def _player_care(body: str, start: int, end: int) -> bool:
    """A word of care in a team player's sentence, not news the club gave ("informo el club") nor a talk or event of ours."""
    return care.care_in(body, start, end) and not _reported(body, start, end) and not _TALK.search(body, start, end)


_SAID_BY_THEM = lazyre.compile(r"(?i:who|que|he|she|el|ella)[ \t]+$")  # the player's own words: "who said his first sentence"


def _reported(body: str, start: int, end: int) -> bool:
    """A reported verb in text[start:end] not said by the player ("the club said", not "who said his first sentence")."""
    return any(not _SAID_BY_THEM.search(body, max(start, verb.start() - 8), verb.start()) for verb in care.REPORTED_VERB.finditer(body, start, end))


def singled_out(body: str) -> Iterator[re.Match]:
    """Each standing in a community with one person's care in its sentence or the two after it."""
    bounds: list[int] = []
    later: dict[int, bool] = {}  # each later sentence's care, read once

    for match in _THEIRS.finditer(body):
        bounds = bounds or list(sentence_bounds(body))
        at = bisect.bisect_right(bounds, match.start()) - 1
        if favourites.cared_of(body, match.end(), min(bounds[at + 1], match.end() + favourites.REACH)):
            yield match
    players = [(True, match) for match in _PLAYER.finditer(body)]  # a team's player: a word of care in its sentence is enough
    for player, match in (*players, *((False, match) for match in (*_STANDING.finditer(body), *_SOLE.finditer(body)))):
        bounds = bounds or list(sentence_bounds(body))
        at = bisect.bisect_right(bounds, match.start()) - 1
        end = min(bounds[at + 1], match.end() + favourites.REACH)
        if player and _reported(body, match.end(), end):
            continue  # "El delantero de los Tigres ya termino su rehabilitacion, informo el club": the club's news
        if (player and _player_care(body, match.end(), end)) or favourites.cared_of(body, match.end(), end) or about_them(body, match.end(), end):
            yield match
            continue
        for index in range(at + 1, min(at + _NEAR + 1, len(bounds) - 1)):
            if index not in later:
                start, end = bounds[index], bounds[index + 1]
                later[index] = favourites.cared_of(body, start, end) or about_them(body, start, end)
            if later[index]:
                yield match
                break
