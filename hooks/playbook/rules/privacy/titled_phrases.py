"""A title-cased phrase that opens with a child's or a relative's word is a heading, not someone: no one here.

"baby Olivia", "little Mateo", "Grandma Lou": the word before a name makes her a child or kin (people.py). A post's
heading or an event's name capitalises every word, and then the same word opens a thing: "Feria de Bebés / Baby Fair",
"Little League Night", "Baby Shower Sunday", "Kids Club", in capitals too ("BABY SHOWER COMUNITARIO"). When the kin word is capitalised too and every word read as
the name is a dictionary word no name list holds as a given name (greeted_words.plain_word), it is a title's words,
unless the sentence says we cared for someone ("Baby Bear came in for her shots" stays a name). An event's name closed by
a comma or a "!" is a heading too when a heading word opens it or a date follows ("Community Baby Shower, Saturday May
18", "Free Baby Shower!"; round 49), not when a greeting or "our" opens it or the sentence speaks to someone ("Welcome,
Baby Storm!", "Baby Bear, you were so brave"). A bounded look: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon.fold import fold
from ...text import alternation, sentence_bounds, sentence_of
from ...wordlists import wordlist
from .care import cared_for
from .greeted_words import plain_word
from .known import Person
from .vocabulary import CALENDAR, NAMES

_KIN = "a patient, a child or a relative named"
_SPOKEN = lazyre.compile(r"[ \t]*[!,?]")
_BIRTH = lazyre.compile(r"(?<![\w-])(?i:born|birth|arrived|to[ \t]+the[ \t]+world|nacio|nacimiento|al[ \t]+mundo|llego)(?![\w-])")


def mentions_birth(text: str, start: int, end: int) -> bool:
    """A birth told beside the phrase ("Baby Storm arrived at 3 a.m."): a newborn's name, not a heading."""
    return _BIRTH.search(text, start, end) is not None


# Round 49: an event's name that a comma or a "!" closes, "Community Baby Shower, Saturday May 18", "Free Baby Shower!
# Saturday ...": a heading word before the kin word (no greeting, no "our"), or a day's or a month's name right after
# the comma, with no one spoken to in the sentence ("Baby Bear, Sunday you were so brave" stays someone).
_WORD_BEFORE = lazyre.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+$")
_NOT_HEADING = frozenset(
    fold(w).lower()
    for w in (
        *wordlist("privacy")["greetings"],
        *NAMES["cheers"],
        *NAMES["congratulations"],
        *NAMES["interjections"],
        *NAMES["endearments"],
        "our",
        "my",
        "mi",
        "nuestro",
        "nuestra",
        "sweet",
        "dear",
        "hello",
        "hola",
        "welcome",
        "bienvenido",
        "bienvenida",
    )
    if " " not in w
)
# a day's or a month's name, never a bare number: "Baby <Name>, 2, ..." is an age
_DATE_AFTER = lazyre.compile(rf"[ \t]*,[ \t]*(?i:{alternation(CALENDAR)})(?![\w'’-])")
_YOU = lazyre.compile(r"(?<![\w'’-])(?i:you|your|you['’]re|tu|tus|te|usted)(?![\w'’-])")


def _heading(text: str, person: Person) -> bool:
    """The capitalised phrase is an event's name closed by a comma or a "!": a heading word before it, or a date after."""
    before = _WORD_BEFORE.search(text, max(0, person.start - 24), person.start)
    bounds = sentence_bounds(text)
    start, end = sentence_of(bounds, person.start)
    if _YOU.search(text, start, min(len(text), end + 1)):
        return False
    if before and plain_word(before.group(1)) and fold(before.group(1)).lower() not in _NOT_HEADING:
        return True  # "Community Baby Shower,", "Free Baby Shower!"
    return _DATE_AFTER.match(text, person.end) is not None  # "Our Baby Shower, Sunday at noon"


def titled_phrase(text: str, person: Person) -> bool:
    """Whether `person`, read as a child or kin by the word before, is a capitalised heading's plain words ("Baby Fair")."""
    if person.how != _KIN or not person.words or not text[person.start : person.start + 1].isupper():
        return False
    shouted = text[person.start : person.end].isupper()  # "BABY SHOWER COMUNITARIO": a heading in capitals, kin word and all
    if not all(plain_word(word) and (shouted or not word.isupper()) for word in person.words):
        return False
    if _SPOKEN.match(text, person.end) and not _heading(text, person):
        return False  # "Welcome, Baby Storm!", "Baby Bear, you were so brave": spoken to, someone
    bounds = sentence_bounds(text)
    start, end = sentence_of(bounds, person.start)
    end = sentence_of(bounds, end)[1] if end < len(text) else end  # the next sentence too: "... Born here Tuesday."
    return not cared_for(text, start, end) and not mentions_birth(text, start, end)
