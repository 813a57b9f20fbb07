"""A title held in a body, written as titles are written: "elected a Fellow of the Royal College of ...",
"elected a Member of the State Board", "nombrada Miembro de la Academia Mexicana".

PHI011 reads "a fellow of <place>" as one man singled out at a place (names.py's descriptions). Written with a small
article and a capital noun, then "of"/"de" and a capitalised body, it is an honour or an office a professional holds in
that body, not a neighbour described: it passes. "A fellow from the Elks Lodge" (a capital only where a sentence
starts) and "the fellow at the feed store" stay descriptions. A first in an office or a contest of public record
("the first woman elected mayor of <Town>", "la primera mujer nombrada jueza del condado") is the same kind of
honour when its sentence tells no care (public_first). One anchored match per description: linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...text import sentence_bounds, sentence_of
from .care import care_in, cared_for

# a small article, up to two words, a capitalised noun, then "of"/"de" and a capitalised body
_HELD = lazyre.compile(r"(?:a|an|the|un|una|el|la)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?[A-Z][a-z]+[ \t]+(?:of|de|del)[ \t]+(?:(?:the|la|el)[ \t]+)?[A-Z]")


def held(match: re.Match) -> bool:
    """Whether a description found by PHI011 is a title held in a body ("a Fellow of the Royal College")."""
    return _HELD.match(match.group(0)) is not None


# An office won or a post taken, right after the first one: "the first woman elected mayor", "la primera mujer electa alcaldesa"
_OFFICE_WON = lazyre.compile(
    r"[ \t]+(?:(?i:ever|to[ \t]+be|to[ \t]+get)[ \t]+)?(?i:elected|appointed|sworn[ \t]+in|named[ \t]+to|to[ \t]+serve|to[ \t]+win|to[ \t]+hold|to[ \t]+chair"
    r"|to[ \t]+lead|to[ \t]+head|electa|electo|nombrada|nombrado|en[ \t]+ser[ \t]+electa|en[ \t]+ser[ \t]+electo|en[ \t]+ocupar|en[ \t]+presidir)(?![\w-])"
)


def public_first(body: str, match: re.Match) -> bool:
    """Whether a first or an only found by PHI011 is one in an office or a post of public record ("the first woman
    elected mayor of <Town>"), in a sentence that tells no one's care: an honour the town knows, not a patient."""
    if _OFFICE_WON.match(body, match.end()) is None:
        return False
    start, end = sentence_of(sentence_bounds(body), match.start())
    return not care_in(body, start, end) and not cared_for(body, start, end)
