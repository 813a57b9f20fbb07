"""One person known by what they wore to their visit, with their care told near it (PHI011).

Staff who leave a name out often say who they mean by the clothes: "the boy in the Spider-Man shirt who was so brave
for his stitches", "la nina del vestido de Encanto ... sus 4 vacunas", "the little guy in the dinosaur pajamas".
Family and friends who saw the child that day know exactly who it is, and a birthday or a greeting to them narrows it
further, and so does an adult's named team, plant or union gear ("a <School> diver in his red cap"). Read here: "the/that/la/el/esa" (or "our/my/mi") and a person word (rules/data/privacy-trades.yml
worn_people), then "in/wearing/with/del/de la/con" and within three words a garment or a costume (worn_things). It
counts when its sentence or the two after tell of one person's care (trades.py's reading), with nothing offered to
all ("free", "everyone", "todos"): the person may be spoken to ("tu cumple"). Children in costume as a group ("kids in
costumes got free flu shots") and a child in a costume with no care pass. Every pattern is bounded and each sentence
is read once: linear.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation, phrase_pattern
from ...wordlists import wordlist
from . import care, favourites
from .common import with_care_after

_DATA = wordlist("privacy-trades")
_DESC = wordlist("privacy-described")
_WORN = lazyre.compile(
    rf"(?<![\w-])(?i:the|that|this|our|my|la|el|al|del|a[ \t]+la|esa|ese|mi|nuestra|nuestro)[ \t]+(?:(?i:little|sweet|brave|tiny|pequena|pequeno)[ \t]+)?"
    rf"(?i:{alternation(_DATA['worn_people'])})[ \t]+(?i:in|wearing|with|del|de[ \t]+la|de|con|en)[ \t]+(?:[\w'’&.-]+[ \t]+){{0,3}}?"
    rf"(?i:{alternation(_DATA['worn_things'])})(?![\w'’-])"
)
# An adult known by a named team, plant or union and what they wear of it: "a Westfield High swimmer in her green cap",
# "a retired mill hand in his Teamsters Local 12 jacket", "un bombero de Ridgeview con su chaleco". A capital word in
# the description or on the garment names whose it is; a stock photo ("a patient in her gown") has none.
_NAMED_WEAR = lazyre.compile(
    r"(?<![\w-])(?i:a|an|un|una)[ \t]+(?P<desc>(?:[\w'’&.-]+[ \t]+){0,4}?)(?P<who>[a-z][\w'’-]*)"
    r"(?P<of>[ \t]+(?i:de|del|from|of)[ \t]+(?:[\w'’&.-]+[ \t]+){0,2}?[\w'’&.-]+)?[ \t]+(?i:in|wearing|con|en)[ \t]+"
    rf"(?i:his|her|their|su)[ \t]+(?P<wear>(?:[\w'’&.-]+[ \t]+){{0,3}}?)(?i:{alternation(_DATA['worn_things'])})(?![\w'’-])"
)
_STAFF = frozenset(_DESC["staff_roles"])


def _named_wear(body: str) -> Iterator[re.Match]:
    """Each "a <description> <person> in his <gear>" whose description or gear carries a name, one of our staff left out."""
    for match in _NAMED_WEAR.finditer(body):
        named = any(word[:1].isupper() for word in (match.group("desc") + (match.group("of") or "") + match.group("wear")).split())
        if named and match.group("who").lower() not in _STAFF:
            yield match


# Care offered to all is no one's ("free flu shots for every kid in costume"); "you" may be the child greeted.
_OFFER = lazyre.compile(r"(?<![\w'’-])(?i:free|gratis|gratuitas?|gratuitos?|everyone|everybody|anyone|every|todos|todas|cada|cualquiera|join|vengan)(?![\w'’-])")
_NOT_OWN = phrase_pattern((*_DESC["topics"], *_DESC["not_own_care"]))
_NEAR = 2  # the sentence of the clothes and the two after it


def _cared(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] tells of one person's care, with no offer to all and no topic before the care."""
    if favourites.cared_of(body, start, end):
        return True
    if _OFFER.search(body, start, end):
        return False
    word = care.CARE_WORDS.search(body, start, end) or care.CLINICAL.search(body, start, end)
    if word is None and not care.care_in(body, start, end):
        return False
    first = word.start() if word else end
    return not (_NOT_OWN.search(body, start, first) or care.REPORTED_VERB.search(body, start, first))


def singled_out(body: str) -> Iterator[re.Match]:
    """Each person known by what they wore, with one person's care in its sentence or the two after it."""
    return with_care_after(body, heapq.merge(_WORN.finditer(body), _named_wear(body), key=lambda m: m.start()), _cared, _NEAR)
