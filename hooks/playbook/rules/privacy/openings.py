"""Openings: a clinic's ceremony and a job opening are news of a place, not anyone's care (PHI011, names.py).

"The mayor cut the ribbon at our flu clinic opening", "la alcaldesa inauguro nuestra clinica de heridas": an
official at a public event is no patient; the clinic's care words name the venue, and so do a new room's ("la nueva
sala de partos"). "The only night-shift nurse
position at our Elm Street urgent care is open", "buscamos al unico velador para la clinica de la calle Pino": a
position is no person. Care said as theirs still counts: "the mayor got her flu shot at the opening", "we're hiring
because our only night nurse is out after her back surgery".
"""

from __future__ import annotations

import re

from ... import lazyre
from ...text import alternation, phrase_pattern, sentence_of
from ...wordlists import wordlist
from . import care
from .public import NEW_ROOM

_WORDS = wordlist("privacy-homes")
_CEREMONY = phrase_pattern(_WORDS["ceremonies"])
_HIRING = phrase_pattern(_WORDS["hiring"])
_POSITION = lazyre.compile(rf"(?<![\w-])(?:{alternation(_WORDS['positions'])})(?![\w-])")  # lower case: not "Post Road"
_STOP = r"(?![ \t]*(?i:and|y|but|pero|after|despues|tras|because|porque|since|while|who|que|where|donde)(?![\w-]))"
# A venue: "at our new flu clinic", "with our nurses", "de nuestra clinica de heridas", "for the wound care center"
_VENUE = lazyre.compile(
    r"(?<![\w-])(?i:at|of|to|for|with|during|on|in|en|de|del|al|a|con|durante|para|por)[ \t]+"
    r"(?i:our|the|this|its|a|an|nuestr[oa]s?|la|el|los|las|una?|esta|este)(?![\w-])"
    rf"(?:{_STOP}[ \t]+[\w'’-]+){{1,6}}"
)


def _blank(found: re.Match) -> str:
    return " " * len(found.group(0))


def no_patient(body: str, bounds: list[int], match: re.Match, start: int, end: int) -> bool:
    """Whether the one described in body[start:end] is at a ceremony or in a job ad with no care of their own:
    the sentence and the next, the description and its venues set aside, tell of no care."""
    ad = _POSITION.search(body, match.start(), min(end, match.end() + 12)) or _hiring(body, start, end)  # "... nurse position at ..."
    if not ad and not _CEREMONY.search(body, start, end):
        return False
    stop = sentence_of(bounds, end)[1] if end < len(body) else end
    window = _VENUE.sub(_blank, NEW_ROOM.sub(_blank, body[start:stop]))  # "de la nueva sala de partos": the room opened
    left, right = max(match.start(), start) - start, min(match.end(), stop) - start  # the description too: "nurse", "care"
    text = body[:start] + window[:left] + " " * (right - left) + window[right:] + body[stop:]
    return not (care.cared_for(text, start, stop) or care.own_care(text, start, stop))


_WISH = lazyre.compile(r"[ \t]+(?i:to)(?![\w-])")


def _hiring(body: str, start: int, end: int) -> bool:
    """A word of a job ad in body[start:end], not a wish ("she wanted to ...", "seeking to ...")."""
    return any(not (m.group(0).lower() in ("wanted", "seeking") and _WISH.match(body, m.end())) for m in _HIRING.finditer(body, start, end))


def hosted(body: str, bounds: list[int], match: re.Match, start: int, end: int) -> bool:
    """Whether the one described in body[start:end] opens or hosts an event there with no care of their own (no_patient
    without the job ad: a role's "spot" or "position" near a group's name is no ad)."""
    return _CEREMONY.search(body, start, end) is not None and no_patient(body, bounds, match, start, end)
