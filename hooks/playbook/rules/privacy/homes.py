"""A neighbour known by her home on a named street, with her care (PHI011, names.py).

"The kind lady in the green house at the end of Heron Lane", "el senor de la casa amarilla en la calle Nogal",
"the couple in the last trailer on Quarry Road": on that street everyone knows who lives there. With a visit or
care ("after every appointment", "your new hearing aids", "su presion") the post tells the street of their care.
A house with no one in it ("we're the blue house on the corner of Elm Street"), or a neighbour with no care of
theirs ("the family in the yellow house on Pine Road lent us chairs"), passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation, phrase_pattern, sentence_bounds, sentence_of
from ...wordlists import wordlist
from . import care
from .common import WORDS

HOMES = wordlist("privacy-homes")
_STREET_TYPES = "|".join(sorted(WORDS["street_types"], key=len, reverse=True))
# A named street: "Heron Lane", "Old Mill Rd.", "la calle Nogal", "la avenida de los Pinos"
_STREET = (
    rf"(?:[A-Z][\w'’-]*[ \t]+){{1,3}}(?:{_STREET_TYPES})(?![\w])"
    rf"|(?i:{alternation(HOMES['streets_es'])})[ \t]+(?:(?i:de|del|la|las|los|el)[ \t]+){{0,2}}[A-Z][\w'’-]*"
)
_DET = r"(?i:a|an|the|that|this|our|el|la|los|las|al|del|a[ \t]+la|ese|esa|este|esta|nuestr[oa]s?)"
_NEIGHBOUR = lazyre.compile(
    # "the retired nurse in the gray duplex past the school on Heron Lane", "la senora de la casa azul en la calle Nogal",
    # "the couple who live in the last trailer on Quarry Road"
    rf"(?<![\w-]){_DET}[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?(?i:{alternation(HOMES['dwellers'])})"
    rf"(?:[ \t]+(?i:who|that|que)[ \t]+(?i:lives?|vive|viven))?[ \t]+(?i:in|at|from|of|de|del|en)[ \t]+"
    rf"(?i:the|that|la|el|una?|a)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?(?i:{alternation(HOMES['homes'])})(?![\w-])"
    rf"(?:[ \t]+[\w'’-]+){{0,6}}?[ \t]+(?:{_STREET})"
)
_VISITS = phrase_pattern(HOMES["visits"])


def neighbours(body: str) -> Iterator[re.Match]:
    """A person known by her home on a named street, with a visit or care in its sentence or the next."""
    bounds = None
    for match in _NEIGHBOUR.finditer(body):
        bounds = bounds or sentence_bounds(body)
        start, end = sentence_of(bounds, match.start())
        stop = sentence_of(bounds, end)[1] if end < len(body) else end
        if _VISITS.search(body, match.end(), stop) or care.cared_for(body, start, stop) or care.own_care(body, match.end(), stop, second_person=True):
            yield match
