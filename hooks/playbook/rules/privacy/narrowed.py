"""One person narrowed out of our care or by the business they own, with their care told (PHI013, read by media.py).

"One of our patients" is a story already (media.py's phrases). Staff say it with any word for the people they care for
("one of our teens", "one of my guys", "una de nuestras chicas"), or single one out by a superlative ("our bravest
patient this week", "nuestro paciente mas valiente"), or point at a neighbour by the business they own, said to them or
about them ("POV: you own the best noodle shop on <Street>", "you know the owner", "conoces al dueno"). What these share
is the shape, not the words: one person of a group or one owner, then care of theirs in that sentence or the two after
(a care word, their own care, our care of them, or a course with us: "started with us", "her care team cleared her",
"sober", "sin alcohol"). That is a patient's story. Passes: our staff ("one of our nurses ran a marathon"), a
hypothetical ("if you own a restaurant, ..."), advice to all, an owner or a member with no care.

One scan for the openers, each sentence read once for care (common.with_care_after): linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from . import care
from .common import not_one, with_care_after
from .vocabulary import NAMES

_STAFF = frozenset(w.lower() for w in NAMES["staff_nouns_alt"]) | {"staff", "team", "equipo", "personal", "providers", "volunteers", "voluntarios"}
_OPENERS = lazyre.compile(
    # one of a group in our care: "one of our teens", "one of my guys", "una de nuestras pacientes", "uno de mis chicos"
    r"(?<![\w'’-])(?:(?i:one)[ \t]+(?i:of)[ \t]+(?i:our|my)|(?i:uno|una)[ \t]+(?i:de)[ \t]+(?i:nuestr[oa]s|mis))[ \t]+(?:[\w'’-]+[ \t]+)??(?P<group>[\w'’-]+)(?![\w'’-])"
    # one set apart by a superlative: "our bravest patient", "my most stubborn patient", "nuestra paciente mas valiente"
    r"|(?<![\w'’-])(?i:our|my)[ \t]+(?:(?i:most|least)[ \t]+[a-z]+|[a-z]+(?i:est)|(?i:favou?rite|fave))[ \t]+(?:(?i:little|young|old)[ \t]+)?(?i:patient|client)(?![\w'’-])"
    r"|(?<![\w'’-])(?i:nuestr[oa]|mi)[ \t]+(?i:paciente|pacientit[oa]|cliente)[ \t]+(?i:mas)[ \t]+[a-z]+"
    # an owner told to or about: "you own the best pho spot on <Street>", "she runs the bakery on <Street>"
    r"|(?P<owner>(?<![\w'’-])(?i:you|he|she|tu)[ \t]+(?i:own|owns|run|runs|tienes|tiene|manejas|maneja)[ \t]+(?i:the|that|la|el)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?"
    r"(?i:on|in|at|behind|by|across|near|en|de|del|detras|frente)[ \t]+(?:(?i:the|la|el)[ \t]+)?[\w'’-]"
    # "you know the owner", "conoces al dueno", "the owner of <Shop>", "la duena de la panaderia"
    r"|(?<![\w'’-])(?i:y'all|you|ustedes|usted)[ \t]+(?i:know)[ \t]+(?i:the)[ \t]+(?i:owner)(?![\w'’-])"
    r"|(?<![\w'’-])(?i:conoces|conocen|conoce)[ \t]+(?i:al|a[ \t]+la)[ \t]+(?i:dueno|duena)(?![\w'’-]))"
)
_NEXT_WORD = lazyre.compile(r"[ \t]+([\w'’-]+)")
# The opener in a hypothetical: "if you own a restaurant", "si tienes la tienda ..."
_IF = lazyre.compile(r"(?<![\w'’-])(?i:if|when|whether|si|cuando)[ \t]+$")
_BE = lazyre.compile(r"(?i:be)[ \t]+$")
# Not one person's care: a hypothetical, advice or a group
# Not "pacientes": "una de nuestras pacientes" opens a story here ("one of our patients" is media.py's phrase already).
_GENERIC = not_one("patients|everyone|everybody|todos|todas|people|personas|many|most|muchos|muchas")
# A course of care with us: "started with us", "her care team cleared her", "sober", "sin alcohol", "root canals"
_COURSE = lazyre.compile(
    r"(?<![\w'’-])(?i:(?:started|began|joined|enrolled)[ \t]+(?:with|in)[ \t]+(?:us|our)|care[ \t]+team|sober|sobriety|sobri[oa]|"
    r"(?:empezo|comenzo|entro|ingreso)[ \t]+(?:con[ \t]+nosotros|a[ \t]+nuestr[oa])|sin[ \t]+(?:alcohol|drogas|beber|consumir)|root[ \t]+canals|endodoncias)(?![\w'’-])"
)


def _openers(text: str):
    for match in _OPENERS.finditer(text):
        group = match.group("group")
        after = _NEXT_WORD.match(text, match.end()) if group is not None else None
        if group is not None and (group.lower() in _STAFF or after is not None and after.group(1).lower() in _STAFF):
            continue  # "one of our nurses", "one of our physical therapists": our staff
        if _IF.search(text, max(0, match.start() - 10), match.start()):
            continue  # "if you own a restaurant"
        yield match


def _cared(text: str, start: int, end: int) -> bool:
    """One person's care told in text[start:end], not advice to all nor a group."""
    if _GENERIC.search(text, start, end):
        return False
    if any(not _BE.search(text, max(start, verb.start() - 3), verb.start()) for verb in care.REPORTED_VERB.finditer(text, start, end)):
        return False  # news reported ("she told reporters"), not a pun ("tooth be told")
    return care.care_in(text, start, end) or care.own_care(text, start, end, second_person=True) or care.cared_by_us(text, start, end) or _COURSE.search(text, start, end) is not None


def narrowed_in_care(text: str) -> re.Match | None:
    """The first person narrowed out of our care or by their business, with their care near (folded text), or None."""
    return next(with_care_after(text, _openers(text), _cared, 2), None)
