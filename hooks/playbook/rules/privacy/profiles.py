"""Profiles for PHI011: an age and a job ("a 44-year-old band teacher from Mesa"), a condition tied to one described,
and a job with the hollow one lives up ("the retired lineman up Bitter Lick Hollow").

Two details that, in a town, point to one person: names.py reports them with its other descriptions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...lexicon import clinical as lexicon_clinical
from ...text import alternation, phrase_pattern, sentence_bounds, sentence_of
from . import care, vocabulary

OCCUPATION = alternation(vocabulary.NAMES["occupations"])
# A profile: an age and a job ("a 44-year-old middle school band teacher", "la maestra de 52 anos",
# "un camionero de 61 anos"): two details that, in a town, point to one person.
_AGE = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:year|yr)s?[- ]old"
_PROFILE = re.compile(
    rf"(?<![\w-])(?:a|an|the|our|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?{_AGE}\s+(?:[\w'’-]+\s+){{0,4}}?(?:{OCCUPATION})(?![\w-])"
    rf"|(?<![\w-])(?:un|una|el|la|nuestr[oa]|este|esta)\s+(?:[\w-]+\s+){{0,2}}?(?:{OCCUPATION})\s+(?:[\w-]+\s+){{0,3}}?de\s+\d{{1,3}}\s+anos(?![\w-])",
    re.IGNORECASE,
)
_PROFILE_PLACE = re.compile(r"\s+(?:from|in|of|at|de|del|en)\s+(?:the\s+|el\s+|la\s+)?[A-Z]")
# A condition tied to the person just described: "... teacher from Mesa with testicular cancer".
_WITH_CONDITION = re.compile(r"\s*,?\s*(?:with|who\s+has|who\s+had|diagnosed\s+with|con|que\s+tiene|que\s+tenia|diagnosticad[oa]\s+con)\s+", re.IGNORECASE)


def condition_after(body: str, pos: int, end: int) -> bool:
    """A condition tied to a description just before it: "... from Mesa with testicular cancer"."""
    place = re.compile(r"[\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}").match(body, pos, end)  # the rest of the place's name
    pos = place.end() if place else pos
    tie = _WITH_CONDITION.match(body, pos, end)
    return bool(tie) and care.care_in(body, tie.end(), min(end, tie.end() + 40))


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

# Care we were allowed to give: "finally let us close out that heel wound", "nos dejo curar esa herida del
# pie". The verb is care, so a condition that is also an everyday word ("wound", "herida") counts after it.
_LET_US = re.compile(
    r"(?<![\w-])(?i:let[ \t]+us|lets[ \t]+us|allowed[ \t]+us[ \t]+to|nos[ \t]+dej(?:o|aron|a)|nos[ \t]+permiti(?:o|eron))[ \t]+(?:(?i:finally|at[ \t]+last|por[ \t]+fin|ya)[ \t]+)?"
    r"(?i:close|heal|treat|dress|clean|drain|stitch|fix|finish|take[ \t]+care[ \t]+of|look[ \t]+at|cerrar|curar|tratar|limpiar|drenar|suturar|coser|sanar|terminar[ \t]+(?:de[ \t]+)?(?:curar|cerrar|tratar)|revisar|atender)"
    r"(?:[ \t]+(?i:out|up|off))?(?![\w-])"
)
# What nods at one person: "you know who you are", "usted sabe quien es", "ya sabes quien eres".
_NOD = re.compile(r"(?<![\w-])(?i:you[ \t]+know[ \t]+who[ \t]+you[ \t]+are|(?:usted|tu|ya)[ \t]+sabes?[ \t]+quien[ \t]+(?:es|eres)|sabe[ \t]+quien[ \t]+es|sabes[ \t]+quien[ \t]+eres)(?![\w-])")
# What a condition word names when it is no one's: a topic, an event, a season ("this flu shot clinic").
_NOT_CARE = phrase_pattern((*vocabulary.DESCRIBED["topics"], *vocabulary.DESCRIBED["events"], *vocabulary.DESCRIBED["not_own_care"]))
_GATHERING = re.compile(r"(?<![\w-])(?i:clinics?|clinicas?|season|temporada|campaign|campana|month|mes|awareness)(?![\w-])")
# "that heel wound", "esa herida", "his sore": a condition that is also an everyday word, made someone's.
_THIS_ONE = re.compile(r"(?<![\w-])(?i:that|this|those|his|her|their|esa|ese|esas|esos|esta|este|su|sus)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?=\S)")


def _condition(text: str, start: int, end: int) -> bool:
    """A word of care in text[start:end], or a condition that is also an everyday word ("wound") right there."""
    return care.care_in(text, start, end) or any(found.category == "condition" for found in lexicon_clinical.find(text[start:end]))


def allowed_care(body: str, start: int, end: int) -> bool:
    """The one described let us treat a condition of theirs, in text[start:end]: "... finally let us close out that
    heel wound", "... por fin nos dejo curar esa herida"; not "let us clean up the park"."""
    for verb in _LET_US.finditer(body, start, end):
        if _condition(body, verb.end(), min(end, verb.end() + 40)):
            return True
    return False


def nodded_care(body: str, bounds: list[int], start: int, end: int) -> bool:
    """A nod at the one described ("you know who you are") in their sentence or the next two, with a condition of
    theirs there ("... that heel wound is closed! You know who you are", "ya sabe quien es. Por fin nos dejo
    curar esa herida"); not what we did with them ("... for the pie at this flu shot clinic")."""
    stop = end
    for _ in range(2):
        if stop >= len(body):
            break
        stop = sentence_of(bounds, stop)[1]
    if _NOD.search(body, start, stop) is None:
        return False
    if allowed_care(body, start, stop):
        return True
    for mine in _THIS_ONE.finditer(body, start, stop):
        window = " ".join(body[mine.end() : min(stop, mine.end() + 40)].split()[:3])  # "that heel wound", not "this Saturday at our clinic"
        if any(found.category == "condition" for found in lexicon_clinical.find(window)) and not (_NOT_CARE.search(window) or _GATHERING.search(window)):
            return True
    return False
