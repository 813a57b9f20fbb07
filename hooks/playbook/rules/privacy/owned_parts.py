"""A full name that owns a body part or a mark of care: a named patient in a photo's words.

Alt text and captions describe what a photo shows, and a close-up of a hand, a knee or a scar
shows a patient's body: "Close-up of <Given> <Surname>'s left hand showing the healed scar",
"el pie derecho de <Given> <Surname> con la cicatriz". A first name or a surname that is also a
word ("Jake", "Morrow", "Rosa", "Power") is weak evidence alone; owning a body part or a mark of
care makes the pair a person. A place, an organisation, a condition named after someone
("Crohn's disease") and a team member (named() excuses them) pass.

A lone given name owns its care the same way, after "de"/"of" ("antes y después de la rinoplastia de <Given>",
"the asthma of <Given>"), however rare the name (unlisted.py): a procedure, a condition or a body part the
clinical lexicon knows, right before. Eponyms ("la enfermedad de <Surname>") are excused downstream (eponyms.py).

One scan of the text for "Name Name's ", one for " de Name Name" and one for "<care> de Name"; each look-around is bounded
(two words of name, three of modifiers), so the pass stays linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...lexicon import names as lexicon_names
from ...text import alternation
from ...wordlists import wordlist
from .care import names_condition
from .known import Known, Person
from .pet_names import pet_names
from .places import is_town
from .unlisted import given_name
from .vocabulary import CAP, NOT_A_NAME, NOT_NAMES, PLACE_AFTER, is_first_name, is_place

_OWNED = wordlist("privacy-owned")
_PART = alternation((*_OWNED["body_parts"], *_OWNED["care_marks"]))
_SIDE = alternation(_OWNED["sides"])
# "<Given> <Surname>'s [left] [healed] hand": the thing owned right after the possessive
_POSSESSIVE = lazyre.compile(rf"(?<![\w'’-])({CAP})[ \t]+({CAP})['’]s?[ \t]+(?:(?i:{_SIDE})[ \t]+){{0,3}}(?=[a-z])")
# "la mano izquierda de <Given> <Surname>", "la cicatriz de <Given> <Surname>"
_OF_NAME = lazyre.compile(rf"(?<![\w-])(?i:{_PART})(?:[ \t]+(?i:{_SIDE})){{0,2}}[ \t]+(?i:de|del)[ \t]+({CAP})[ \t]+({CAP})(?![\w'’-])")
_PART_AT = lazyre.compile(rf"(?i:{_PART})(?![\w-])")
_OWNS_AFTER = lazyre.compile(rf"['’]s?[ \t]+(?:(?i:{_SIDE})[ \t]+){{0,3}}(?i:{_PART})(?![\w-])")  # "'s [left] thumb" right after a name
_WORDS_AFTER = lazyre.compile(r"[^\s.!?;:,()]+(?:[ \t]+[^\s.!?;:,()]+){0,3}")
_OWNED_CARE = ("body_part", "procedure", "condition")
# "la rinoplastia de <Given>", "the asthma of <Given>": a lower-case word of care, "de"/"of", a capitalised word
_EPONYM_HEADS = frozenset(_OWNED["eponym_heads"])
_CARE_OF_ONE = lazyre.compile(rf"(?<![\w-])([a-z][a-z-]{{2,}})[ \t]+(?i:de|of)[ \t]+({CAP})(?![\w'’-])")
# "el dia de resultados de <Name>", "la cita de <Name>"; "<Name>'s [first] test results": a visit's outcome owned by one
_RESULT_OF_ONE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(_OWNED['visit_results_de'])})[ \t]+(?i:de)[ \t]+({CAP})(?![\w'’-])")
_ONES_RESULT = lazyre.compile(rf"(?<![\w'’-])({CAP})['’]s[ \t]+(?:(?i:first|last|final|big|new|latest|annual|yearly)[ \t]+)?(?i:{alternation(_OWNED['visit_results_own'])})(?![\w-])")


def _pair(given: str, surname: str, known: Known) -> bool:
    """A given name then a surname (either may also be a word), neither a place's, a title's or an org's word."""
    if any(w.lower() in NOT_A_NAME or w.lower() in NOT_NAMES or w.lower() in PLACE_AFTER or w.lower() in known.org for w in (given, surname)):
        return False
    first, last = lexicon_names.name_info(given), lexicon_names.name_info(surname)
    return first is not None and first.first and (last is None or last.surname)


def owns_part(text: str, end: int) -> bool:
    """Whether the name ending at `end` owns the body part or the mark of care right after it ("<Name>'s left thumb")."""
    return _OWNS_AFTER.match(text, end) is not None


def _owns_care(text: str, pos: int) -> bool:
    """A body part or a mark of care right at pos, or a procedure or a condition in the next four words."""
    if _PART_AT.match(text, pos):
        return True
    words = _WORDS_AFTER.match(text, pos)
    return bool(words) and any(m.category in _OWNED_CARE and m.start == 0 for m in lexicon_clinical.find(words.group(0)))


def owned_parts(text: str, known: Known) -> Iterator[Person]:
    """Full names that own a body part or a mark of care ("<Given> <Surname>'s right foot", "la rodilla de <Given> <Surname>")."""
    for match in _POSSESSIVE.finditer(text):
        given, surname = match.group(1), match.group(2)
        if not _pair(given, surname, known) or is_place(text, match.start(1)) or names_condition(text, match.start(2)):
            continue
        if _owns_care(text, match.end()):
            yield Person(match.start(1), match.end(2), (given, surname), "a full name that owns a body part or their care")
    for match in _OF_NAME.finditer(text):
        given, surname = match.group(1), match.group(2)
        if _pair(given, surname, known) and not is_place(text, match.start(1)):
            yield Person(match.start(1), match.end(2), (given, surname), "a full name that owns a body part or their care")
    yield from _care_of_one(text, known)
    yield from pet_names(text, known)  # "mi <Pet>" in a parent's post: her child's care, pet_names.py


def _care_of_one(text: str, known: Known) -> Iterator[Person]:
    """A given name after a procedure, a condition or a body part and "de"/"of" ("la rinoplastia de <Given>")."""
    for match in _CARE_OF_ONE.finditer(text):
        word, name = match.group(1), match.group(2)
        low = name.lower()
        if word.lower() in _EPONYM_HEADS or is_town(name):
            continue  # "la vacuna de <Maker>", "la cirugia de <Surname>", "la fisioterapia de <Town>"
        if word.lower() == "cataratas" and not is_first_name(name):
            continue  # "las cataratas de <Falls>": waterfalls by a name no list gives a person (not "las cataratas de <Given>")
        if low in NOT_A_NAME or low in NOT_NAMES or low in PLACE_AFTER or low in known.org or not given_name(name) or is_place(text, match.start(2)):
            continue
        if any(m.category in _OWNED_CARE and m.start == 0 and m.end >= len(word) for m in lexicon_clinical.find(word)):
            yield Person(match.start(2), match.end(2), (name,), "a given name that owns their care")
    for match in (*_RESULT_OF_ONE.finditer(text), *_ONES_RESULT.finditer(text)):
        if _one_person(text, match.group(1), match.start(1), known):
            yield Person(match.start(1), match.end(1), (match.group(1),), "a given name that owns a visit's result")


def _one_person(text: str, name: str, start: int, known: Known) -> bool:
    """A given name (listed or no list's), no place's, organisation's or condition's word."""
    low = name.lower()
    if low in NOT_A_NAME or low in NOT_NAMES or low in PLACE_AFTER or low in known.org or is_town(name):
        return False
    return given_name(name) and not is_place(text, start) and not names_condition(text, start)
