"""A worker narrowed by a shift at a workplace, with an injury or care (PHI011, names.py).

A plant runs one night-shift welder, a bakery one weekend baker: "the only graveyard-shift loader at
Brandt Foods", "la unica cajera del turno de madrugada en la tienda Garza" is one person to everyone who
works there. With what they came to us with ("a metal sliver in his eye", "una cortada en la mano") the
post tells their coworkers of their care, no name needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...text import alternation, phrase_pattern, sentence_bounds, sentence_of
from ...wordlists import wordlist
from . import care, vocabulary

SHIFTS = wordlist("privacy-shifts")
_JOB = alternation((*vocabulary.NAMES["occupations"], *vocabulary.DESCRIBED["roles"], *SHIFTS["jobs"]))
_SHIFT = rf"(?:(?i:{alternation(SHIFTS['shift_words'])})(?:[- \t](?i:shift))?|(?i:{alternation(SHIFTS['shift_with_word'])})[- \t](?i:shift))"
_SHIFT_AFTER = rf"(?i:{alternation(SHIFTS['shift_after'])})"
_ONLY = r"(?i:only|lone|sole|one[ \t]+and[ \t]+only|single|unic[oa]|sol[oa])"
_DET = r"(?i:the|our|that|this|el|la|al|del|nuestr[oa]|a[ \t]+la|ese|esa|este|esta)"
_WORKPLACE = rf"(?i:{alternation((*vocabulary.DESCRIBED['place_nouns'], *SHIFTS['workplaces']))})"
_NAME = r"[A-Z][\w'’&-]*(?:[ \t]+(?:(?:de|del|of|the|la|el|los|las)[ \t]+)?[A-Z][\w'’&-]*){0,3}"  # "Harmon Cold Storage", "Rio Bravo"
_AT = r"(?i:at|in|of|from|on|for|de|del|en)"
# Where they work: "at Harmon Cold Storage", "at Dalby's", "at the Keller plant", "en la planta de Santa Teresa",
# "en la maquiladora Delphi": a workplace with a name, or a name alone.
_PLACE = (
    rf"{_AT}[ \t]+(?:(?i:the|la|el|los|las)[ \t]+)?"
    rf"(?:{_WORKPLACE}(?:[ \t]+(?i:de|del|of))?[ \t]+{_NAME}|{_NAME}(?:[ \t]+{_WORKPLACE})?)"
)
_WORKER = lazyre.compile(
    # "the only night-shift forklift driver at ...", "the lone weekend baker at ...", "our graveyard shift guard at ...",
    # "the only security guard at Pinecrest Mill": "only" or a shift, or both
    rf"(?<![\w-]){_DET}[ \t]+(?:{_ONLY}[ \t]+(?:{_SHIFT}[ \t]+)?|{_SHIFT}[ \t]+)(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{_JOB})(?![\w'’-])[ \t]+{_PLACE}"
    # "the only cook on the overnight shift at ...", "al unico velador del turno de madrugada en la bodega ...",
    # "la enfermera de noche del asilo San Lucas": a shift after the job, "only" or not
    rf"|(?<![\w-]){_DET}[ \t]+(?:{_ONLY}[ \t]+)?(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{_JOB})(?![\w'’-])[ \t]+{_SHIFT_AFTER}(?![\w-])[ \t]+{_PLACE}"
)
_INJURY = phrase_pattern(SHIFTS["injuries"])
_NOT_CARE = phrase_pattern((*vocabulary.DESCRIBED["topics"], *vocabulary.DESCRIBED["events"], *vocabulary.DESCRIBED["not_own_care"]))


def shift_workers(body: str) -> Iterator[re.Match]:
    """A job with a shift and a named workplace ("the only night-shift loader at Brandt Foods", "la unica cajera del
    turno de madrugada en la tienda Garza"), with an injury or care in its sentence or the next; not a job ad
    ("the only night-shift nurse opening at ..."), nor news its employer reported, nor a safety tip with no one hurt."""
    bounds = None
    for match in _WORKER.finditer(body):
        bounds = bounds or sentence_bounds(body)
        start, end = sentence_of(bounds, match.start())
        stop = sentence_of(bounds, end)[1] if end < len(body) else end
        if care.REPORTED_VERB.search(body, start, stop):
            continue  # "..., the company said": their news, not our care
        if hurt(body, match.end(), stop):
            yield match


def hurt(body: str, start: int, end: int) -> bool:
    """An injury or care in body[start:end]: an injury in staff's words ("a nasty oven burn", "le sacamos una
    esquirla"), a condition of the lexicon (everyday ones too: "a wound"), or care as names.py reads it; not a verb of
    care before what is no care of theirs ("had coffee ready for our flu shot volunteers")."""
    if _INJURY.search(body, start, end) or care.own_care(body, start, end):
        return True
    return any(found.category == "condition" for found in lexicon_clinical.find(body[start:end])) and not _NOT_CARE.search(body, start, end)
