"""The reader of a reply greeted by the name on their own review, in a reply that says nothing else of them.

A review is signed: its reviewer's name is public beside it, and "Thank you for the five stars, <Name>!",
"¡Gracias, Doña <Name>!" or "<Name>, we appreciate you writing" adds nothing to it.
What a greeting must not carry is the reader's dealings with the practice, so the name passes only in a
reply with none of them: no care or clinical word, no visit, booking, staff, relative or patient word
(stance.py's marks), no time of the reader's (a day, "since 2016", "every other month"; the practice's
own "our home for 11 years" is no one's), no number of three digits or more. Only the greeted reader
passes: a name said of someone ("so glad Sofia's sealants went smoothly"), a full name, or a name in a
reply that tells the reader's visit or care stays an error (PHI003), whatever PHI001 and PHI002 find.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ... import lazyre
from ...text import alternation
from . import stance
from .care import mentions_care
from .known import Person
from .vocabulary import COURTESY, NAMES, PERSONAL_TITLES, lowered

_TITLES = COURTESY | PERSONAL_TITLES
# Before the name: a sentence's start, a comma or a greeting word, then a courtesy at most ("Gracias, Doña <Name>").
_GREETING_BEFORE = lazyre.compile(rf"(?:^|[.!?¡¿:\n,]|(?<![\w'’-])(?i:{alternation(NAMES['reader_greetings'])}))[ \t]*[¡¿\"“]*[ \t]*(?:(?i:{alternation(_TITLES)})\.?[ \t]+)?$")
_VOCATIVE_AFTER = lazyre.compile(r"[ \t]*(?:$|[,!.?…;)]|(?![\w'’\s-])\S)")  # ", Luis!", "Brianna." "Luis 💛", not "Sofia's"
_NUMBER = lazyre.compile(r"\d{3,}|\d[\d ().-]{5,}\d")
_VOICE = lowered("practice_voice")
_WORD = lazyre.compile(r"[\w'’]+")
_READER = lazyre.compile(rf"(?<![\w-])(?:{stance.alt(stance.words('reader'))}|(?<!['’])(?:u|ur))(?![\w-])")
_TIES = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['reader_ties'])})(?![\w-])|\d")
_TIME = frozenset((stance.WHEN, stance.POINT, stance.SPAN))


def _vocative(text: str, person: Person) -> bool:
    """A single name (a courtesy title before it at most) standing alone as a greeting: after a sentence's
    start, a comma or a greeting word, and before a stop, a comma or an emoji."""
    title = person.title.lower().rstrip(".")
    if len(person.words) != 1 or (title and title not in _TITLES):
        return False
    return bool(_GREETING_BEFORE.search(text, max(0, person.start - 40), person.start)) and bool(_VOCATIVE_AFTER.match(text, person.end))


@lru_cache(maxsize=64)  # asked once per name greeted: the text is read once
def _says_nothing_else(text: str) -> bool:
    """No care, dealing, relative, patient or staff word, no number of three digits, no time of the reader's."""
    if _NUMBER.search(text) or mentions_care(text):
        return False
    marks = stance.read_marks(text)
    if any(mark.kind not in _TIME and mark.kind != stance.WHO for mark in marks):
        return False
    starts = stance.clause_starts(text)
    for mark in marks:
        index = bisect_right(starts, mark.start) - 1
        begin = starts[index] if index >= 0 else 0
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        if mark.kind == stance.WHO and _TIES.search(text, begin, end):
            return False  # "usted y su familia nos visitan", "you've been with us for years": the reader tied to us
        if mark.kind in _TIME and (_READER.search(text, begin, end) or not any(word.lower() in _VOICE for word in _WORD.findall(text, begin, end))):
            return False  # "thanks for sticking with us since 2011": the reader's time; "our home for 11 years" is ours
    return True


def greets_reader(text: str, person: Person) -> bool:
    """Whether `person`, in a reply, is its reader greeted by the name on their review, in a reply that says nothing else of them."""
    return _vocative(text, person) and _says_nothing_else(text)
