"""Profiles for PHI011: an age and a job ("a 44-year-old band teacher from Mesa"), a condition tied to one described,
and a job with the hollow one lives up ("the retired lineman up Bitter Lick Hollow").

Two details that, in a town, point to one person: names.py reports them with its other descriptions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...text import alternation, sentence_bounds, sentence_of
from . import care, vocabulary

OCCUPATION = alternation(vocabulary.NAMES["occupations"])
# A profile: an age and a job ("a 44-year-old middle school band teacher", "la maestra de 52 anos",
# "un camionero de 61 anos"): two details that, in a town, point to one person.
_AGE = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:year|yr)s?[- ]old"
_PROFILE = lazyre.compile(
    rf"(?<![\w-])(?:a|an|the|our|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?{_AGE}\s+(?:[\w'’-]+\s+){{0,4}}?(?:{OCCUPATION})(?![\w-])"
    rf"|(?<![\w-])(?:un|una|el|la|nuestr[oa]|este|esta)\s+(?:[\w-]+\s+){{0,2}}?(?:{OCCUPATION})\s+(?:[\w-]+\s+){{0,3}}?de\s+\d{{1,3}}\s+anos(?![\w-])",
    re.IGNORECASE,
)
_PROFILE_PLACE = lazyre.compile(r"\s+(?:from|in|of|at|de|del|en)\s+(?:the\s+|el\s+|la\s+)?[A-Z]")
# A condition tied to the person just described: "... teacher from Mesa with testicular cancer".
_WITH_CONDITION = lazyre.compile(r"\s*,?\s*(?:with|who\s+has|who\s+had|diagnosed\s+with|con|que\s+tiene|que\s+tenia|diagnosticad[oa]\s+con)\s+", re.IGNORECASE)


# A condition said of the one just described: "... at Lincoln Elementary has diabetes.", "... tiene la presión alta y ...".
_HAS = lazyre.compile(r"[ \t]*,?[ \t]+(?i:has|had|has[ \t]+had|lives[ \t]+with|is[ \t]+living[ \t]+with|tiene|tenia|padece|sufre[ \t]+de|vive[ \t]+con)[ \t]+(?:(?i:a|an|un|una|la|el)[ \t]+)?")
# ... and the condition is the whole object, its clause ends after it ("has diabetes supplies for the team" passes).
_OBJECT_ENDS = lazyre.compile(r"[ \t]*(?:[.,;:!?)]|$|(?i:and|y|but|pero|since|desde|for|por|que|so|asi)(?![\w-]))")


def condition_after(body: str, pos: int, end: int) -> bool:
    """A condition tied to a description just before it: "... from Mesa with testicular cancer", "... at <School> has
    diabetes"."""
    place = re.compile(r"[\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}").match(body, pos, end)  # the rest of the place's name
    pos = place.end() if place else pos
    tie = _WITH_CONDITION.match(body, pos, end)
    if tie:
        return care.care_in(body, tie.end(), min(end, tie.end() + 40))
    has = _HAS.match(body, pos, end)
    return bool(has) and _condition_object(body, has.end(), end)


def _condition_object(text: str, start: int, end: int) -> bool:
    """Whether a condition of the lexicon starts at `start` and its clause ends after it: "diabetes.", "la presion alta y
    ..."; not "diabetes supplies for the team"."""
    window = text[start : min(end, start + 60)]
    return any(
        found.start == 0 and found.category == lexicon_clinical.CONDITION and _OBJECT_ENDS.match(text, start + found.end) and not _ends_on_a_thing(window[: found.end])
        for found in lexicon_clinical.find(window)
    )


def _ends_on_a_thing(term: str) -> bool:
    """A condition joined to the thing for it, "asthma inhalers": its last word alone is a drug or a device, no condition."""
    last = term.rsplit(None, 1)[-1]
    return last != term and any(found.category != lexicon_clinical.CONDITION for found in lexicon_clinical.find(last))


def profiles(body: str) -> Iterator[re.Match]:
    """An age and a job with a place and a word of care in its sentence, or a condition tied to it
    ("a 61-year-old retired mail carrier from Dunmore ... surgery", "la maestra de 47 anos con diabetes");
    not "un maestro de 40 anos puede pedir su vacuna"."""
    bounds = None
    for match in _PROFILE.finditer(body):
        bounds = bounds or sentence_bounds(body)
        start, end = sentence_of(bounds, match.start())
        placed = _PROFILE_PLACE.match(body, match.end(), end) and care.care_in(body, start, end)
        if placed or condition_after(body, match.end(), end):
            yield match


# --- the hollow one lives up ---------------------------------------------------------------------------

# A named hollow, creek or road after "up", "down", "out", "over" or "back", with no "at" or "on": "up Bitter
# Lick Hollow", "way out Cold Spring Road". names.py reads it as a place after a role ("the retired lineman
# up Bitter Lick Hollow"); the first word of the name is capitalised, so "up the road" and "down south" pass.
HOLLOW_PLACE = (
    r"(?:(?i:way)[ \t]+)?(?i:up|down|out|over|back)(?:[ \t]+(?i:on|in|at|past|by))?(?:[ \t]+(?i:the))?"
    rf"[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,2}}[ \t]+(?i:{alternation(vocabulary.DESCRIBED['landforms'])})(?![\w'’-])"
    # "de la canada del Oso", "del arroyo Seco", "en la loma de San Juan": a Spanish landform and its name
    rf"|(?i:de|del|en|por)(?:[ \t]+(?i:la|el|los|las))?[ \t]+(?i:{alternation(vocabulary.DESCRIBED['landforms_es'])})"
    r"[ \t]+(?:(?i:de|del|de[ \t]+la|de[ \t]+los|de[ \t]+las)[ \t]+)?[A-Z][\w'’-]*"
)
