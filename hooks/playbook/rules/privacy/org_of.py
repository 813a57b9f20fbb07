"""A name after an organisation's name and "de"/"of", or after a word for a settlement, is a place: no one here.

Partners are named with the town or the people they serve: "la Asociacion Salvadorena de <Town>", "the Vietnamese
Community of <Town>", "el Consulado General de Mexico en <Town>", "the Community College of <Town>". Many towns are
also given names ("Houston", "Aurora", "Orlando"), so the town reads like a first name; after a capitalised name that
holds an organisation's head word (data: org_heads) and "de"/"of"/"en" it is where the body is. A staff member's own
story names where they came from the same way: "llego desde el campamento de <Camp>", "grew up in the refugee camp
<Camp>", "la colonia <Name>", "the village of <Name>" (data: settlement_nouns, in any case). A person stays a person:
one with a title, a handle, one who owns what follows ("of <Name>'s church"), and one whose care the rest of the
sentence tells ("the Church of <Town> ... <Name>, who had her knee done" is read by its own finder; here "...
de <Name>, a quien operamos" keeps the name). A city right after an organisation's letters is its campus or branch
("the UMass <City> pre-dental club", "SUNY <City>", "UNC <City>"; not a licence: "RN <Name>").

A bounded look before the name and one sentence after it: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation, sentence_bounds, sentence_of
from .care import cared_for, own_care
from .civic_places import is_city
from .known import Person
from .vocabulary import NAMES

_HEADS = frozenset(word.lower() for word in NAMES["org_heads"])
_CONNECT = r"(?:de[ \t]+la|de[ \t]+los|de[ \t]+las|del|de|of[ \t]+the|of|en|in)"
# A run of capitalised words (joined by "de"/"of" inside: "Consulado General de Mexico"), then the word that ties the place
_ORG_BEFORE = lazyre.compile(rf"((?:[A-Z][\w'’-]*[ \t]+(?:{_CONNECT}[ \t]+)?){{1,5}}){_CONNECT}[ \t]+$")
_CAP_WORD = lazyre.compile(r"[A-Z][a-z]+")
# "el campamento de", "the refugee camp", "la colonia", "the village of": a settlement word (after an article, or with "de"/"of")
_SETTLEMENT = alternation(NAMES["settlement_nouns"])
_SETTLED_BEFORE = lazyre.compile(
    rf"(?<![\w-])(?:(?i:{_SETTLEMENT})(?:[ \t]+(?i:de[ \t]+refugiados|para[ \t]+refugiados))?[ \t]+(?i:de|del|of|called|named|llamad[oa])"
    rf"|(?i:el|la|los|las|the|a|an|un|una|that|this|ese|esa|este|esta)[ \t]+(?:[a-z]+[ \t]+)?(?i:{_SETTLEMENT})"
    r"(?:[ \t]+(?i:de[ \t]+refugiados|para[ \t]+refugiados))?)[ \t]+$"
)
_REACH = 60  # characters read before the name
# An organisation's letters right before the name: two capitals or more in one word ("UMass", "SUNY", "A&M")
_LETTERS_BEFORE = lazyre.compile(r"(?<![\w&.-])([A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)[ \t]+$")
_LICENCES = frozenset(word.lower() for word in NAMES["credentials"])
_NOT = ("a social handle",)


def place_of_org(text: str, person: Person) -> bool:
    """Whether `person` is the place an organisation's name or a settlement word points at ("... Community of <Town>",
    "el campamento de <Camp>") and no care of theirs is told after it."""
    if person.title or person.how in _NOT or text[person.end : person.end + 2] in ("'s", "’s"):
        return False
    window = max(0, person.start - _REACH)
    letters = _LETTERS_BEFORE.search(text, max(0, person.start - 12), person.start)
    if letters and len(person.words) == 1 and letters.group(1).lower() not in _LICENCES and is_city(person.words[0]) and not person.words[0].isupper():
        start, end = sentence_of(sentence_bounds(text), person.start)
        return not cared_for(text, start, end) and not own_care(text, person.end, end)  # "the UMass <City> club": a campus
    org = _ORG_BEFORE.search(text, window, person.start)
    held = org is not None and any(word.lower() in _HEADS for word in _CAP_WORD.findall(org.group(1)))
    if not held and _SETTLED_BEFORE.search(text, window, person.start) is None:
        return False
    start, end = sentence_of(sentence_bounds(text), person.start)
    return not cared_for(text, start, end) and not own_care(text, person.end, end)
