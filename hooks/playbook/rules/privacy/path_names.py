"""A person's name no list knows, written in a link or a file name beside their care ("<given>-<surname>-asthma-clinic-day.png",
"/gallery/<procedure>/<given>-<surname>-before-after", "?student=<Given>+<Surname>&reason=asthma").

A disease's stage beside a survivor's or a fighter's word is care too ("stage-2-survivor").
A link's path, its query or a file's name keeps the words of whatever page, form or photo it points at. Two words
side by side that no name list, dictionary, clinical list or brand list holds (unlisted.py), or a given name the
lists know before such a word, are a person's name once the same link or name also tells care: a condition, a
procedure, a visit, photos before and after. So is a name held by a query key that means a person ("student",
"patient", "nombre", "alumno") with care in the same link. slugs.py asks here for every slug; names.py reports.

An education page ("/conditions/asthma"), a brand ("invisalign-clear-aligners"), a place ("devon-ave") and a team
member pass: none is two unlisted words, or a listed name, beside care. One pass over the words, a bounded look at each: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation
from ...wordlists import wordlist
from .care import care_in
from .community_roles import is_role_word
from .known import Known, Person
from .unlisted import unlisted_name
from .vocabulary import CAP, NAMES, NOT_A_NAME, is_first_name, is_place, is_surname

_PAIR = lazyre.compile(rf"(?<![\w'’.-])({CAP})(?=[ \t]+({CAP})(?![\w'’-]))")  # pairs overlap: "Noor Begum", "Begum And"
# Photos paired before and after care, which a gallery's path tells without a clinical word.
_BEFORE_AFTER = lazyre.compile(r"(?<![\w-])(?i:before[ \t]+(?:and[ \t]+)?after|antes[ \t]+(?:y[ \t]+)?despues)(?![\w-])")
# A query key that holds a person ("student: <Given> <Surname>", "paciente: <Name>"), as urlwords.link_words writes it.
_PERSON_KEY = lazyre.compile(
    rf"(?<![\w-])(?i:student|pupil|child|kid|patient|pt|paciente|alumn[oa]|estudiante|nin[oa]|hij[oa]|(?:first|last|full|child|student|patient|kid)[ \t]?name)"
    rf":[ \t]+({CAP})(?:[ \t]+({CAP}))?(?![\w'’-])"
)


# Endings of coined words no dictionary list holds yet ("infographic", "telehealthology"), no given name's: a file's topic.
_COINED = lazyre.compile(r"(?i:ic|ics|tion|sion|ment|ness|ology|graphy|ism|able|ible|ware|wise)$")


# Care as a chart or a board shortens it ("postop", "preop", "chemo"), which the lexicon holds as no word of care.
_BOARD_CARE = frozenset(word.lower() for word in NAMES["board_care"])


def _unlisted(word: str) -> bool:
    return word.lower() not in NOT_A_NAME and unlisted_name(word)


def _word_given(word: str) -> bool:
    """A given name a list holds that is also a word ("Harper", "Gloria", "Santos"): before a word no list holds, in a link
    or a file's name that tells one person's story (_STORY) with care, a first name ("...-success-harper-<unlisted>-age-6";
    round 63), or after a role ("...-linebacker-<given>-<unlisted>-..."); "ginger-smoothie-for-nausea", "sage-<unlisted>-arthritis" tell no one's story."""
    return lexicon_names.is_first_name(word) and word.lower() not in NOT_A_NAME


# A story of one person in a link or a file name: a win, an age, a stage, a bell, a journey, a survivor, photos before and after
_STORY = lazyre.compile(
    r"(?<![\w-])(?i:success|story|stories|historia|testimonio|testimonial|survivor|sobreviviente|age|edad|stage|etapa|estadio|bell|campana"
    r"|journey|meet|conoce|conozcan|win|wins|victory|milestone|graduates?|graduation|before|antes|amputacion|amputation)(?![\w-])"
)


_WORD_BEFORE = lazyre.compile(r"([A-Z][\w'’-]*)[ \t]+$")


def _role_before(text: str, start: int) -> bool:
    """A role right before the pair ("...-linebacker-<tanner>-<unlisted>-meniscus-repair", round 152): one person by their part."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and is_role_word(before.group(1))


def _unlisted_given(word: str) -> bool:
    return _unlisted(word) and _COINED.search(word) is None


# A disease's stage told of one who lives through it ("<given>-<surname>-stage-2-survivor", "estadio 3 sobreviviente"):
# a stage beside a fighter's word is her condition, whatever its name; a stage alone may be a festival's.
_STAGE = lazyre.compile(r"(?<![\w-])(?i:(?:stage|estadio)[ \t]+(?:[0-4]|iv|iii|ii|i)[abc]?)(?![\w-])")
_FIGHTER = lazyre.compile(rf"(?<![\w-])(?i:{alternation(wordlist('privacy-fighters')['fighters'])})(?![\w-])")


def _told_care(text: str, start: int, end: int) -> bool:
    """Whether the link or file name tells care outside text[start:end] (the name itself is no care)."""
    rest = f"{text[:start]} {text[end:]}"
    staged = _STAGE.search(rest) is not None and _FIGHTER.search(rest) is not None
    return staged or care_in(rest) or _BEFORE_AFTER.search(rest) is not None


def _in_care_words(text: str, start: int, end: int) -> bool:
    """Whether the pair is a care term, or part of one with the word before or after it ("ingrown toenail",
    "carotid postop" before "explainer"): a topic's words, no one's name. A bounded look each side."""
    before = text[max(0, start - 40) : start].split()
    after = text[end : end + 40].split()
    pair = text[start:end]
    if care_in(pair) or any(word.lower() in _BOARD_CARE for word in pair.split()):
        return True
    first, last = pair.split()[0], pair.split()[-1]
    return bool(before) and _completes(before[-1], first) or bool(after) and _completes(last, after[0])


def _completes(left: str, right: str) -> bool:
    """Whether two words make a care term that neither neighbour's word makes alone."""
    return care_in(f"{left} {right}") and not care_in(left) and not care_in(right)


def path_names(text: str, known: Known) -> Iterator[Person]:
    """Names in a slug's words no list holds (or a listed given name before one), and names a person key holds, with care."""
    for match in _PAIR.finditer(text):
        given, surname = match.group(1), match.group(2)
        if given.lower() in known.org or surname.lower() in known.org or known.is_team((given, surname)):
            continue
        if not (
            (_unlisted_given(given) and (_unlisted(surname) or is_surname(surname)))
            or (is_first_name(given) and _unlisted(surname))
            or (_word_given(given) and _unlisted(surname) and (_STORY.search(text) or _role_before(text, match.start())))
        ):
            continue
        if is_place(text, match.start()) or _in_care_words(text, match.start(), match.end(2)) or not _told_care(text, match.start(), match.end(2)):
            continue
        yield Person(match.start(), match.end(2), (given, surname), "a name no list holds, with their care, in a link or a file's name", public=False)
    for match in _PERSON_KEY.finditer(text):
        words = tuple(w for w in match.groups() if w)
        if any(w.lower() in NOT_A_NAME or w.lower() in known.org for w in words) or known.is_team(words):
            continue
        if not any(_unlisted(w) or is_first_name(w) or is_surname(w) for w in words):
            continue
        if _told_care(text, match.start(1), match.end()):
            yield Person(match.start(1), match.end(), words, "a person a link's query names, with their care", public=False)
