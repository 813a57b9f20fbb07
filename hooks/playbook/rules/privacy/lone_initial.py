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
from .greeted_words import plain_word
from .known import Person
from .vocabulary import FILE_CARE, PLACE_AFTER, is_letter_word

# A letter of its own, with a period or without, its possessive too ("<Word-name> M.'s scans"); never "I", nor Spanish "y",
# "o", "a", "e", "u" written as capitals without a period ("WILL I ...", "ROSA Y ..."), nor a Roman numeral ("Run for Hope V"),
# nor a letter of "Q&A", "Q and A".
_LONE_INITIAL = lazyre.compile(r"[ \t]+([A-Z])(?:(\.)|(?![.&]))(?:['’]s)?(?![\w'’-])(?![ \t]+(?i:and|y|n)[ \t]+[A-Z](?![\w'’-]))")
_CAPITAL_WORD_NEXT = lazyre.compile(r"[ \t]*([A-Z][a-z][\w'’-]*)")  # in a post, a surname (wordnames.word_name's other readings)
_NOT_INITIALS = "IAOYEUVX"
_WINDOW = 5  # words of a file's name read before and after the name for care


def lone_initial(text: str, match: re.Match, slug: bool) -> Person | None:
    """The name at `match` and the initial after it, when care is told of them."""
    lone = _LONE_INITIAL.match(text, match.end())
    if not lone or not lone.group(2) and lone.group(1) in _NOT_INITIALS:
        return None
    if slug:  # a file's words are all capitalised: care within a few words after the initial, or before the name
        after = text[lone.end() : lone.end() + 40].split()[:1]
        if after and is_letter_word(lone.group(1), after[0]):
            return None  # "summer-t-cell-therapy": a letter joined to its word
        cared = care_beside(text, match.start(), lone.end(), _WINDOW)
    else:
        surname = _CAPITAL_WORD_NEXT.match(text, lone.end())
        if surname and (surname.group(1).lower() in PLACE_AFTER or not (lone.group(2) and plain_word(surname.group(1)))):
            return None  # "<Word-name> M. Castillo": a surname; "Hope A. Street": a place (but "Joy T. She starts dialysis": the next sentence)
        bounds = sentence_bounds(text)  # the initial's period may end a sentence for the splitter ("Luz M. terminó ..."): read on
        cared = _care_between(text, sentence_of(bounds, match.start())[0], sentence_of(bounds, min(lone.end() + 1, len(text)))[1])
    end = lone.end(2) if lone.group(2) else lone.end(1)  # the possessive's "'s" is no part of the name
    return Person(match.start(), end, (match.group(0), lone.group(1)), "a name and an initial") if cared else None


def care_beside(text: str, start: int, end: int, words: int) -> bool:
    """Care, or a day of care, in the `words` words of a file's name after `end` or before `start` ("<Name>_M_90_days_sober",
    "last-chemo-day-<Name>-<Surname>.jpg")."""
    after, before = words_after(text, end, words), " ".join(text[max(0, start - 16 * words) : start].split()[-words:])
    return any(care_in(window) or FILE_CARE.search(window) is not None for window in (after, before))


def words_after(text: str, end: int, words: int) -> str:
    """The `words` words of a file's name after `end` (a bounded window: 16 characters a word)."""
    return " ".join(text[end : end + 16 * words].split()[:words])


_READ: list = [None, {}]  # the last text read and its windows' answers: names of one sentence share its window (linear)


def _care_between(text: str, begin: int, end: int) -> bool:
    """care_in(text, begin, end), asked once per window of the last text."""
    if _READ[0] is not text:
        _READ[:] = [text, {}]
    answers = _READ[1]
    if (begin, end) not in answers:
        answers[begin, end] = care_in(text, begin, end)
    return answers[begin, end]


def cared_in_sentence(text: str, start: int) -> bool:
    """Whether the sentence around `start` tells of care: a given name and a surname that are both also words
    ("Ambrose Keel", "Rose Marsh") are a name there, as a name is in a reminder of a visit."""
    begin, end = sentence_of(sentence_bounds(text), start)
    return _care_between(text, begin, end)
