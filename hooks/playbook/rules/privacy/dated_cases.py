"""A case of one patient told by age, sex and the day or hour they were seen (PHI008).

A surgeon's "case of the week" or a teaching post writes its patient as a chart does: "41F, fall from a ladder,
seen in the ER 5/2 at 22:15", "52-year-old man presented on June 3", "varón de 67 años, atendido el 14/09 a las
7:30". The age and the sex narrow the town to a few people; with the day and the hour of the visit, the
ER's staff, the family and anyone who saw the ambulance know who. Read here: an age with a sex (the chart's
"41F", "41 y/o M", "52-year-old man", "mujer de 38 años"), then within a short reach a verb of being seen
("seen", "presented", "came in", "atendido", "llegó", "ingresó"), then in that verb's sentence a date or a clock
time. An age and a sex without a visit's day pass ("a 60-year-old man with knee pain may ..."), and so do an
event's date and a crowd ("men 40 and over, join us May 3"). Each age is read once in a bounded window: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from .stance import POINT_SHAPES

_SEX = r"(?:M|F|(?i:male|female|man|woman|boy|girl|gentleman|lady))"
_AGE_SEX = lazyre.compile(
    rf"(?<![\w$€£/.,:-])\d{{1,3}}(?:[ \t]?(?i:yo|y/o|y\.o\.|yr[ \t]+old|year[ \t]+old|[ \t-]year-old|-yr-old|-year[ \t]+old))?[ \t-]?{_SEX}(?![\w])"
    r"|(?<![\w-])(?i:var[oó]n|hombre|mujer|masculino|femenina|femenino|paciente|se[nñ]or|se[nñ]ora)[ \t]+de[ \t]+\d{1,3}[ \t]+(?i:a[nñ]os)(?![\w])"
)
_SEEN = lazyre.compile(
    r"(?<![\w-])(?i:seen|presented|presents|came[ \t]+in|walked[ \t]+in|rolled[ \t]+in|arrived|admitted|brought[ \t]+in|"
    r"visto|vista|atendid[oa]|atendimos|vino|lleg[oó]|ingres[oó]|se[ \t]+present[oó]|acudi[oó]|valorad[oa])(?![\w-])"
)
_CLOCK = lazyre.compile(r"(?<![\w:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\w:])")
_END = lazyre.compile(r"[!?\n]|\.(?=\s+[A-Z¿¡])")
_REACH = 120  # characters after the age and sex the verb of being seen is read in
_WHEN = 80  # characters after that verb its day or hour is read in


def dated_cases(body: str, date: re.Pattern) -> Iterator[tuple[re.Match, re.Match]]:
    """(age and sex, when) for each patient written as a case with the day or the hour they were seen."""
    for who in _AGE_SEX.finditer(body):
        stop = body.find("\n\n", who.end(), who.end() + _REACH)
        seen = _SEEN.search(body, who.end(), who.end() + _REACH if stop < 0 else stop)
        if seen is None:
            continue
        end = _END.search(body, seen.end(), seen.end() + _WHEN)
        last = end.start() if end else min(len(body), seen.end() + _WHEN)
        when = date.search(body, seen.end(), last) or _CLOCK.search(body, seen.end(), last) or POINT_SHAPES.search(body, seen.end(), last)
        if when:
            yield who, when
