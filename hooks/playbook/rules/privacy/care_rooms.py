"""A room or a place of ours named for the care given in it, in a reply: "el cuarto de yesos", "our infusion suite".

A reply thanks the team by where it works, and the room is named for its care: "En el cuarto de yesos nos esforzamos",
"la sala de vacunas siempre está llena de risas", "our infusion suite crew read every review", "the cast room team",
"el área de rayos X le manda saludos". The clinical word names our place, as "our billing team" names a desk (PHI002
reads it as the reviewer's care otherwise; staff_groups.py reads the teams). A place is "our"/"the" and up to two
words before a room's noun (room, suite, bay, lab, unit ...), or "el"/"la"/"nuestro" and a room's noun and "de" and up
to two words after it (cuarto, sala, área, consultorio ...).

A room tied to the reader stays the reader's care: a sentence that speaks to them ("your time in our infusion suite",
"su visita a la sala de vacunas", "en el cuarto de yesos le pusimos su yeso", "you", "usted", "su", "tu") or says how
the visit felt ("glad the chemo bay was cozy", "qué bueno que la sala de vacunas ...") leaves every clinical word of it
refused, and so does a room named for a part of the body ("el área de la rodilla"). One scan for the rooms and a sentence's look for "you": linear.
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon import clinical as lexicon
from ...text import sentence_bounds, sentence_of

_WORD = r"[\w'’-]+"
_ROOM_EN = r"(?i:room|rooms|suite|suites|bay|bays|lab|labs|station|stations|center|centre|unit|gym)"
_ROOM_ES = r"(?i:cuarto|cuartos|sala|salas|sal[oó]n|[aá]rea|consultorio|laboratorio|unidad|m[oó]dulo|rinc[oó]n|piso|pabell[oó]n|ala|gimnasio)"
_ROOM = lazyre.compile(
    rf"(?<![\w-])(?i:our|the)[ \t]+(?:{_WORD}[ \t]+){{1,2}}?{_ROOM_EN}(?![\w-])"
    rf"|(?<![\w-])(?i:el|la|los|las|nuestr[oa]s?)[ \t]+{_ROOM_ES}[ \t]+(?i:de|del)[ \t]+(?:(?i:la|el|los|las)[ \t]+)?{_WORD}(?:[ \t]+{_WORD})?"
)
# The reader spoken to, or a feeling about how the visit went: the room is where their care was
_YOU = lazyre.compile(
    r"(?<![\w'’-])(?i:you|your|yours|you['’]re|youre|u|ur|usted|ustedes|su|sus|tu|tus|ti|contigo|glad|happy|sorry|hope|hoping|enjoyed"
    r"|comfortable|cozy|smooth|smoothly|qu[eé][ \t]+bueno|nos[ \t]+alegra|lamentamos|sentimos|esperamos|ojal[aá]|disfrut[oóa]\w*|c[oó]mod[oa])(?![\w'’-])"
)


def rooms(text: str) -> list[tuple[int, int]]:
    """Spans of rooms of ours named for their care, in sentences that do not speak to the reader."""
    found = []
    bounds: list[int] | None = None
    for match in _ROOM.finditer(text):
        bounds = bounds or sentence_bounds(text)
        start, end = sentence_of(bounds, match.start())
        if _YOU.search(text, start, end) is None and not any(m.category == lexicon.BODY_PART for m in lexicon.find(match.group(0))):
            found.append(match.span())  # not "the knee unit", "el área de la rodilla": a part of the body, someone's
    return found
