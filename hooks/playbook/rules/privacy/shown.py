"""One person a post's photo shows, with her own care with us ("Guess who dropped in ... She finished her infusions with
us in May", "This sweet lady finished her infusions here", "Mire quien vino ... esta senora tan linda termino sus
terapias con nosotros").

A face is an identifier: a post that points at someone in its photo ("look who stopped by", "this sweet lady", "mire
quien vino", "esta senora tan linda") and tells of her own care is a patient's story (PHI013, media.py), named or not.
A visitor without care passes ("Look who stopped by: the fire department brought us lunch!"), and so does one pointed
at for her work ("this sweet lady is our new receptionist"). pictured.py reads the photo's own caption frames; this
reads the visit and the pointing. The words are in rules/data/privacy-pictured.yml.

One scan for the frames, each sentence read once for care: linear.
"""

from __future__ import annotations

import bisect
import re

from ... import lazyre
from ...text import alternation, sentence_bounds
from ...wordlists import wordlist
from . import care

_WORDS = wordlist("privacy-pictured")
_SHOWN = lazyre.compile(
    rf"(?<![\w'’-])(?P<look>{alternation(_WORDS['look_frames'])})(?![\w'’-])"
    rf"|(?<![\w'’-])(?i:this|esta|este)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?:{alternation(_WORDS['shown_people'])})(?![\w'’-])",
    re.IGNORECASE,
)
_REACH = 200  # characters read after a pointed-at person


def shown_in_care(text: str) -> re.Match | None:
    """The first visit frame with her own care in its sentence or the next, or a pointed-at person with her own care
    after her in her sentence (folded text), or None."""
    bounds: list[int] = []
    read: dict[int, bool] = {}  # each sentence's care after a visit frame, read once
    for match in _SHOWN.finditer(text):
        bounds = bounds or list(sentence_bounds(text))
        at = max(bisect.bisect_right(bounds, match.start()) - 1, 0)
        if not match.group("look"):
            if _told_of(text, match.start(), min(bounds[at + 1], match.end() + _REACH), care.own_care):
                return match  # "this proud grandpa finished his cardiac rehab with us"
            continue
        for index in range(at, min(at + 2, len(bounds) - 1)):
            if index not in read:
                read[index] = _told_of(text, bounds[index], bounds[index + 1], care.cared_for)  # not a visit to our flu shot clinic
            if read[index]:
                return match  # "Look who stopped by! ... She finished chemo with us in May"
    return None


def _told_of(text: str, start: int, end: int, cared) -> bool:
    """Her care told in text[start:end] by us, not her own news she shared ("Look who's on the cover! Senator <Name>
    shared her cancer story", "Mira quien esta en la tele: <Name> conto su lucha contra el cancer")."""
    return cared(text, start, end) and care.REPORTED_VERB.search(text, start, end) is None
