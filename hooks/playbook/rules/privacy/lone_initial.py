"""A given name that is also a word, then an initial alone, with their care: "<Word-name> M. is 90 days sober".

A name like "Kyle", "Hope" or "June" is also a word, so it names someone only when what follows says so (wordnames.py).
An initial after it with no surname says so once care is told of the one named: in the sentence of a post, or within a
few words after it in a file's name ("<Word-name>_M_90_days_sober.jpg"). The same initial after a name that is no word is
read as a name whatever surrounds it (people.py); here the care stands in for the certainty the name lacks.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...text import sentence_bounds, sentence_of
from .care import care_in
from .known import Person
from .vocabulary import FILE_CARE

# A letter of its own, with a period or without; never "I", nor Spanish "y", "o", "a", "e", "u" written as capitals
# without a period ("WILL I ...", "ROSA Y ...").
_LONE_INITIAL = lazyre.compile(r"[ \t]+([A-Z])(?:(\.)(?![\w'’-])|(?![\w'’.-]))")
_CAPITAL_WORD_NEXT = lazyre.compile(r"[ \t]*[A-Z][a-z]")  # in a post, a surname: wordnames.word_name's other readings
_NOT_INITIALS = "IAOYEU"


def lone_initial(text: str, match: re.Match, slug: bool) -> Person | None:
    """The name at `match` and the initial after it, when care is told of them."""
    lone = _LONE_INITIAL.match(text, match.end())
    if not lone or not lone.group(2) and lone.group(1) in _NOT_INITIALS:
        return None
    if slug:  # a file's words are all capitalised: care within a few words after the initial
        window = " ".join(text[lone.end() : lone.end() + 80].split()[:5])
        cared = care_in(window) or FILE_CARE.search(window) is not None
    else:
        bounds = sentence_bounds(text)  # the initial's period may end a sentence for the splitter ("Luz M. terminó ..."): read on
        cared = not _CAPITAL_WORD_NEXT.match(text, lone.end()) and care_in(text, sentence_of(bounds, match.start())[0], sentence_of(bounds, min(lone.end() + 1, len(text)))[1])
    return Person(match.start(), lone.end(), (match.group(0), lone.group(1)), "a name and an initial") if cared else None


def cared_in_sentence(text: str, start: int) -> bool:
    """Whether the sentence around `start` tells of care: a given name and a surname that are both also words
    ("Ambrose Keel", "Rose Marsh") are a name there, as a name is in a reminder of a visit."""
    begin, end = sentence_of(sentence_bounds(text), start)
    return care_in(text, begin, end)
