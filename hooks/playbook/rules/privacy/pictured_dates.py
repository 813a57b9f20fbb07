"""The day of the care a pictured person had ("Before → after. Surgery date 3/4/2027", "antes y despues, fecha de la cirugia: 4/3").

A before-and-after post, or a caption of "this pic" or "esta foto", shows one person's result; a date labelled as the
day of their surgery, procedure or treatment beside it is that person's date of service, which HIPAA counts as an
identifier. A date of care with no one pictured ("Surgery dates for May are open") and a result with no date of care
("8 weeks out") pass here; dates.py asks for every date it reads.

One scan for the photo's words, a bounded look before each date: linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...text import alternation
from .common import WORDS

_NOUNS = alternation((*WORDS["date_person_nouns"], "op", "injections?", "cirugia", "operacion", "procedimiento", "tratamiento", "sesion", "aplicacion", "intervencion"))
# "Surgery date 03/04", "procedure day:", "surgery on", "date of surgery:", "fecha de (la) cirugia:", "operada el".
_LABEL = lazyre.compile(
    rf"(?<![\w-])(?:(?i:{_NOUNS})[ \t]+(?:(?i:date|day|dated|on|was|fue|el)(?:[ \t]+(?i:was|is|on))?)|(?i:date|day)[ \t]+(?i:of)[ \t]+(?:(?i:the|her|his|my)[ \t]+)?(?i:{_NOUNS})"
    rf"|(?i:fecha|dia)[ \t]+(?i:de|del)[ \t]+(?:(?i:la|el|su)[ \t]+)?(?i:{_NOUNS})|(?i:operad[oa]|intervenid[oa])[ \t]+(?i:el|on))[ \t]*[:=\-–—]?[ \t]*$"
)
# What shows one person's result: photos before and after (arrows and emoji may stand between), "this pic", "esta foto".
_PICTURED = lazyre.compile(
    r"(?<![\w-])(?i:before)(?![\w-])[^\w\n]{0,12}(?:(?i:and|&)[^\w\n]{1,4})?(?i:after)(?![\w-])"
    r"|(?<![\w-])(?i:antes)(?![\w-])[^\w\n]{0,12}(?:(?i:y)[^\w\n]{1,4})?(?i:despues)(?![\w-])"
    r"|(?<![\w-])(?i:this|that|these|esta|estas|este)[ \t]+(?i:pic|pics|photo|photos|picture|pictures|shot|foto|fotos|imagen|imagenes|selfie)(?![\w-])"
    r"|(?<![\w-])(?i:pictured|en[ \t]+la[ \t]+foto|swipe|desliza)(?![\w-])"
)
_REACH = 40  # characters before a date its label is read in


def pictured(body: str) -> bool:
    """Whether a text shows one person's result: a before and after, "this pic", "esta foto", "swipe"."""
    return _PICTURED.search(body) is not None


def care_label(body: str, date: re.Match) -> re.Match | None:
    """The label right before a date that makes it the day of someone's care ("Surgery date", "fecha de la cirugia:"), or None."""
    return _LABEL.search(body, max(0, date.start() - _REACH), date.start())
