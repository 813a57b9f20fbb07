"""A title-cased phrase that opens with a child's or a relative's word is a heading, not someone: no one here.

"baby Olivia", "little Mateo", "Grandma Lou": the word before a name makes her a child or kin (people.py). A post's
heading or an event's name capitalises every word, and then the same word opens a thing: "Feria de Bebés / Baby Fair",
"Little League Night", "Baby Shower Sunday", "Kids Club". When the kin word is capitalised too and every word read as
the name is a dictionary word no name list holds as a given name (greeted_words.plain_word), it is a title's words,
unless the sentence says we cared for someone ("Baby Bear came in for her shots" stays a name). A bounded look: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import sentence_bounds, sentence_of
from .care import cared_for
from .greeted_words import plain_word
from .known import Person

_KIN = "a patient, a child or a relative named"
_SPOKEN = lazyre.compile(r"[ \t]*[!,?]")
_BIRTH = lazyre.compile(r"(?<![\w-])(?i:born|birth|arrived|to[ \t]+the[ \t]+world|nacio|nacimiento|al[ \t]+mundo|llego)(?![\w-])")


def mentions_birth(text: str, start: int, end: int) -> bool:
    """A birth told beside the phrase ("Baby Storm arrived at 3 a.m."): a newborn's name, not a heading."""
    return _BIRTH.search(text, start, end) is not None


def titled_phrase(text: str, person: Person) -> bool:
    """Whether `person`, read as a child or kin by the word before, is a capitalised heading's plain words ("Baby Fair")."""
    if person.how != _KIN or not person.words or not text[person.start : person.start + 1].isupper():
        return False
    if not all(plain_word(word) and not word.isupper() for word in person.words):
        return False
    if _SPOKEN.match(text, person.end):
        return False  # "Welcome, Baby Storm!", "Baby Bear, you were so brave": spoken to, someone
    bounds = sentence_bounds(text)
    start, end = sentence_of(bounds, person.start)
    end = sentence_of(bounds, end)[1] if end < len(text) else end  # the next sentence too: "... Born here Tuesday."
    return not cared_for(text, start, end) and not mentions_birth(text, start, end)
