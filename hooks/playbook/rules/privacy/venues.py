"""A role word that is also a building's noun names a place, not a player: "our new hearing center on Isleta Blvd".

PHI011 reads "the center at Central High" as one player at a named school (a handful of people hold the position).
The same word after a field of care or a facility's kind ("hearing center", "rec center", "the dialysis center on
Elm"), after the practice's own "our"/"nuestro" ("our new center on Main St"), or capitalised in a place's name
("the Kroc Center at ...") is a building, and a building singles out no one. A player stays a player: "the
starting center at Central High", "the Lakeview High center", and any one whose care the rest of the sentence tells
("the senior center at Central High had his ACL repaired here", "This center at Lakeview High got cleared after knee
surgery": a building has no knee), and a role word "at" a place whose next sentence tells care ("... the senior center at
Central High. He had his ACL repaired here"). A building someone opened, founded, built or runs stays a building whatever
care the sentence tells ("Dr. Ruiz opened our Eastside dialysis center in 2015, and she is a survivor herself": her own story,
"la doctora fundo nuestro centro de ..."): no one opens a player.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...text import alternation, sentence_bounds, sentence_of
from ...wordlists import wordlist
from .care import care_in, own_care

_DESC = wordlist("privacy-described")
_KINDS = frozenset(_DESC["facility_kinds"])
# The role word and what stands right before it, up to three words: "our new hearing center", "the Kroc Center"
_BEFORE = lazyre.compile(rf"(?P<before>(?:[\w'’-]+[ \t]+){{0,3}})(?P<role>(?i:{alternation(_DESC['facility_roles'])}))(?![\w-])")
_AT = lazyre.compile(r"[ \t]+(?i:at)[ \t]+")  # "the center at Central High": a position at a school or a team
# A verb no player takes: "opened our Eastside infusion center", "fundo nuestro centro", "runs the rec center"
_MADE = lazyre.compile(
    r"(?<![\w-])(?i:opened|founded|co-founded|built|started|launched|designed|runs|ran|directs|directed|leads|led|manages|managed"
    r"|abrio|fundo|construyo|inauguro|dirige|dirigio|maneja|lanzo)[ \t]+$"
)
_OURS = lazyre.compile(r"(?i:our|nuestr[oa]|this|este|esta)[ \t]+(?:(?i:new|brand-new|brand[ \t]+new|nuev[oa])[ \t]+)?$")


def facility(match: re.Match) -> bool:
    """Whether the description `match` is a building: its role word is a facility's noun, named so by the words before it,
    and the rest of its sentence tells no one's care (a building has no ACL: "the senior center at Central High had his
    ACL repaired here", "This center at Lakeview High just got cleared after knee surgery" are players). A role word
    "at" a place is read as the callers read a player: care in the next sentence counts too."""
    if _MADE.search(match.string, max(0, match.start() - 16), match.start()):
        return _BEFORE.search(match.group(0)) is not None  # a building someone opened or runs, whatever care is near
    found = None
    for found in _BEFORE.finditer(match.group(0)):
        pass
    if found is None or _cared(match, at=_AT.match(match.group(0), found.end()) is not None):
        return False
    words = found.group("before").split()
    last = words[-1].lower() if words else ""
    if found.group("role")[0].isupper() and words and words[-1][:1].isupper():
        return True  # "the Kroc Center": a capitalised place's name
    if last in _KINDS or " ".join(words[-2:]).lower() in _KINDS or (last and care_in(last)):
        return True  # "hearing center", "sports medicine center", "dialysis center"
    return _OURS.search(found.group("before")) is not None  # "our new center on Main St": the practice's building


def _cared(match: re.Match, *, at: bool = False) -> bool:
    """Whether the rest of the sentence after the description `match` (in the text it was found in) tells of care; `at`:
    the rest of the next sentence too ("Shoutout to the senior center at Central High. He had his ACL repaired here")."""
    text = match.string
    bounds = sentence_bounds(text)
    end = sentence_of(bounds, match.start())[1]
    if at and end < len(text) and own_care(text, end, sentence_of(bounds, end)[1]):
        return True
    emoji = _EMOJI.search(text, match.end(), end)  # "... our new wing on Elm St today 🎉 The mayor spoke of ...": an emoji ends a sentence
    return own_care(text, match.end(), emoji.start() if emoji else end)


_EMOJI = lazyre.compile("[\u2600-\u27bf\U0001f000-\U0001faff]")
