"""A body part said to be someone's by the name after "de"/"of", with care told of it (PHI003).

Spanish names whose body it is after the part: "la clavícula operada de Yunieski tras la caída", "la rodilla
izquierda de Yeni tras la cirugía", and English may too ("the x-ray of Dariel's jaw" is read as a possessive elsewhere;
"the left knee of Tavita after her repair"). A name no list holds passes every other reading, so it is read here: a
body part (privacy-owned.yml), a side or a participle or two, "de"/"of", then one capitalised word that is no place,
calendar word, city or everyday word, outside a quoted title, with care in the clause around it. A place or a saint ("el corazón de Jesús", "the
heart of Texas") and a body part with no care ("la mano de Fátima", a charm) pass. One scan for body parts, a bounded
look after each: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...text import alternation, sentence_bounds, sentence_of
from ...wordlists import wordlist
from .care import care_in
from .civic_places import is_city
from .known import Known, Person
from .vocabulary import CALENDAR, NOT_NAMES, is_place

_OWNED = wordlist("privacy-owned")
# The part, up to two lowercase words (a side, a participle: "reconstruida", "left"), "de"/"of", then the name.
_PART_OF = lazyre.compile(rf"(?<![\w-])(?i:{alternation(_OWNED['body_parts'])})(?:[ \t]+[a-záéíóúñ]+){{0,2}}?[ \t]+(?:de|of)[ \t]+([A-ZÁÉÍÓÚÑ][a-záéíóúñ'’-]{{2,}})(?![\w'’-])")
_QUOTE = lazyre.compile(r"(?:[\"“‘«]|(?<!\w)')[^\"”’'»\n]*$")  # an open quote before the part (not "it's"): a title
_SAINTLY = frozenset("jesus jesús cristo maria maría dios god christ".split())


def body_owners(text: str, known: Known) -> Iterator[Person]:
    """Each name told as the owner of a body part in care ("la clavícula operada de <Name> tras la caída")."""
    bounds = None
    for match in _PART_OF.finditer(text):
        name = match.group(1)
        lowered = name.lower()
        if lowered in NOT_NAMES or lowered in CALENDAR or lowered in _SAINTLY or lowered in known.org or is_place(text, match.start(1)):
            continue
        if known.is_team([name]) or is_city(name) or _QUOTE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "la piel de Miami"; a title in quotes, "'Los dientes de Tito'"
        bounds = bounds or sentence_bounds(text)
        start, end = sentence_of(bounds, match.start())
        if care_in(text, start, end):
            yield Person(match.start(1), match.end(1), (name,), "a name whose body part is told with their care")
