"""A handle that opens with a public service number: "@988Lifeline", "@211Texas", "@311NYC", "@511SFBay".

Lifelines and city lines tag themselves by the number people dial (211, 311, 511, 811, 911, 988) and a word of
what they are or where they serve: a crisis line, a helpline, a city's or a state's. Such a handle names a
service, not a person; a state's name after the number is the state's even when a given name shares it ("@211Georgia"). It stays a person's when any word after the number is a given name or a surname ("@911Maria",
"@211Garcia"), when the rest spells a name in capitals ("@311JAKE"), when another number opens it ("@22Jenny",
"@4everRosa": a fan's or a player's number is not a line), and when its sentence tells of care ("@211Hope, who
we treated for pneumonia"). One bounded look at the handle and its sentence: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import sentence_bounds, sentence_of
from .agency_handles import holds_name
from .care import cared_for, own_care
from .community_roles import care_in_text
from .greeted_words import plain_word
from .known import Person
from .vocabulary import CITIES, is_first_name, lowered

HANDLE = "a social handle"  # how people.py reports a handle
# The number a line is dialled by, then the rest of the handle: "988" + "Lifeline", "311" + "NYC".
_LINE = lazyre.compile(r"@?(211|311|411|511|611|711|811|911|988)_?([A-Za-z][A-Za-z_]{1,30})")
_WORD = lazyre.compile(r"[A-Z]{2,}(?=[A-Z][a-z]|_|$)|[A-Z]?[a-z]+|[A-Z]+")
_PLACES = lowered("us_states", "state_short_forms")


def _service_word(word: str) -> bool:
    """A dictionary word that is no given name nor a surname ("Lifeline", "Crisis"), a state or its short form ("Texas",
    "TX"), a city a list knows, or a city's letters that spell no name ("NYC", "PHL")."""
    low = word.lower()
    if low in _PLACES or low in CITIES and not is_first_name(word.capitalize()):
        return True
    if word.isupper():
        return 2 <= len(word) <= 5 and not holds_name(word)
    if is_first_name(word.capitalize()) or lexicon_names.is_name(word.capitalize()):
        return False  # "@911Priscilla", "@211Garcia": a given name or a surname
    return len(word) >= 3 and plain_word(word)


def hotline_handle(text: str, person: Person) -> bool:
    """Whether `person`, a handle found in `text`, is a service line's: a dialled number, then words of a service or a place."""
    if person.how != HANDLE:
        return False
    match = _LINE.fullmatch(person.words[0])
    if not match:
        return False
    words = _WORD.findall(match.group(2))
    if not words or "".join(words) != match.group(2).replace("_", "") or not all(_service_word(w) for w in words):
        return False
    lo, hi = sentence_of(sentence_bounds(text), person.start)
    return not cared_for(text, lo, hi) and not own_care(text, lo, hi) and not care_in_text(text[lo:hi])
