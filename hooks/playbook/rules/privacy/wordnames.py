"""Given names that are also words ("June", "Rosa", "Hope", "Luz"): when they name someone.

Such a word names a person only with a surname or an initial after it, an age or a milestone of care
right after it, or where they work or live together with their care; otherwise it is the word.
"""

from __future__ import annotations

import re

from ...lexicon import names as lexicon_names
from ...text import alternation, sentence_bounds, sentence_of
from .care import MILESTONE_STATE, MILESTONE_VERB, mentions_care, own_care
from .known import Known, Person
from .vocabulary import CITIES, DESCRIBED, NAMES, NOT_A_NAME, NOT_NAMES, PLACE_AFTER, VERB_LIKE, is_place, is_surname, lowered, name_run, word_before

WORD_GIVEN = lowered("word_given_names")  # "April", "Julio", "Rosa", "Hope": never a name on their own
_NO_INFO = lexicon_names.NameInfo(False, False, False, False, False)
_WORD_NAME_TAIL = re.compile(r"[ \t]+(?:([A-Z])\.[ \t]*|((?i:de|del)(?:[ \t]+(?i:la|las|los))?)[ \t]+)?(?=[A-Z])")
_ARTICLE_BEFORE = frozenset({"the", "an", "el", "la", "los", "las", "un", "una", "our", "nuestra", "nuestro", "this", "esta", "este"})


def word_name(text: str, match: re.Match, known: Known, slug: bool) -> Person | None:
    """A given name that is also a word or a date, made a name by what follows it.

    "Julio R. Benitez" (an initial and a surname), "Pilar de la Fuente" ("de" and a surname),
    "Rosa Delgado", "June Castellanos" (a surname no word shares), "Cruz Mendoza Rivas" (two
    surnames). Not "June Boston Marathon", "Hope Street Church", "la Rosa de Guadalupe", "Mercedes
    Benz" after an article: a month before a city, a place's or a thing's name.
    """
    word, low = match.group(0), match.group(0).lower()
    tail = _WORD_NAME_TAIL.match(text, match.end())
    if not tail or word_before(text, match.start()) in _ARTICLE_BEFORE or is_place(text, match.start()):
        return None
    tokens = [t for t in name_run(text, tail.end(), 3) if t.group(0).lower() not in known.org]
    if not tokens or tokens[0].group(0).lower() in NOT_A_NAME or tokens[0].group(0).lower() in PLACE_AFTER:
        return None
    first = tokens[0].group(0)
    if first.lower() in CITIES and low in NOT_NAMES and not tail.group(1):
        return None  # "every June Denver hosts ...": a month before a city
    info = lexicon_names.name_info(first)
    surname = info is not None and info.surname or ("-" in first and any(is_surname(part) for part in first.split("-")))
    second = len(tokens) > 1 and (lexicon_names.name_info(tokens[1].group(0)) or _NO_INFO).surname
    if tail.group(1):  # an initial: "Julio R. Benitez", "Victoria L. Andrade"
        ok = surname or (info is None and not VERB_LIKE.search(first.lower()))
    elif tail.group(2):  # "de": "Pilar de la Fuente", "Dolores del Castillo"
        ok = surname
    else:  # "Rosa Delgado", "Cruz Mendoza Rivas"
        ok = is_surname(first) or (surname and (second or "-" in first))
    if not ok:
        return None
    tokens = tokens[: 1 if slug else 3]
    how = "a name that is also a word, with a surname" if not tail.group(1) else "a name and an initial"
    return Person(match.start(), tokens[-1].end(), (word, *(t.group(0) for t in tokens)), how)


# Right after a given name that is also a word: an age ("Joy turned 3", "Esperanza cumplio 8 anitos") or what
# happened in their care ("Luz dio a luz", "Hope is officially in remission", "Faith beat breast cancer").
_AGE_TURNED = re.compile(
    r"[ \t]+(?:(?i:just|finally|ya|hoy)[ \t]+)?(?i:turned|turns|cumplio|cumple)[ \t]+(\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez))(?!\d)(?![:.,/]\d)"
    r"(?![ \t]*(?:%|\$|(?i:days?|dias|degrees?|grados|percent|por\s*ciento|minutes?|minutos|hours?|horas|dollars|dolares|miles|millas|pounds|libras|kilos|kg|times|veces|of|de)(?![\w-])))"  # an age, not "30 days of sunshine"
)
_RIGHT_AFTER = re.compile(
    r"[ \t]+(?:(?i:just|finally|already|officially|now|ya|hoy|por\s+fin|oficialmente)[ \t]+)?(?:(?i:is|esta|ya\s+esta)[ \t]+(?:(?i:officially|now|finally|oficialmente)[ \t]+)?)?"
)


def word_name_with_milestone(text: str, match: re.Match) -> Person | None:
    """A given name that is also a word (of the curated list: "Ever had a calf cramp?" is a question, no one),
    then straight away an age or a milestone of their care."""
    after = _RIGHT_AFTER.match(text, match.end())
    at = after.end() if after else match.end()
    age = _AGE_TURNED.match(text, match.end())
    if age:
        if not mentions_care(text):
            return None
        return Person(match.start(), match.end(), (match.group(0),), "a name with an age", public=False)
    state = MILESTONE_STATE.match(text, at)
    verb = MILESTONE_VERB.match(text, at)
    if state or verb and own_care(text, at, min(len(text), at + 80)):
        return Person(match.start(), match.end(), (match.group(0),), "a name with their care", public=False)
    return None


POSSESSIVES = frozenset({"tu", "tus", "su", "sus", "mi", "mis", "your", "my"})
_NOT_BY_PLACE = frozenset(
    {
        "in",
        "en",
        "since",
        "desde",
        "until",
        "hasta",
        "every",
        "each",
        "cada",
        "next",
        "last",
        "this",
        "este",
        "esta",
        "proximo",
        "pasado",
        "during",
        "durante",
        "early",
        "late",
        "mid",
        "by",
        "of",
        "de",
        "del",
    }
)


def known_by_place(text: str, match: re.Match) -> Person | None:
    """A given name that is also a word, made a person's by where they work or live and their care.

    "June from Sweet Pea Bakery on Elm is in remission", "Amparo, la de la estetica de la avenida
    Hidalgo, ya termino sus quimios", "Summer who runs the yoga studio just finished her radiation". Without a
    milestone of their own care it stays a word ("June from the lake to the shore", "Rosa from the county
    health department will talk about diabetes").
    """
    if word_before(text, match.start()) in _NOT_BY_PLACE or not _BY_PLACE.match(text, match.end()):
        return None
    start, end = sentence_of(sentence_bounds(text), match.start())
    if not own_care(text, match.end(), end):
        return None
    return Person(match.start(), match.end(), (match.group(0),), "a first name with where they work or live", public=False)


# Where a person works or lives, said right after their first name: "June from Sweet Pea Bakery", "Rosa from
# the laundromat on Fifth", "Angel, the barber on Main", "Summer who runs the yoga studio", "Pilar, la del
# estetica de la avenida Hidalgo", "Mercedes, la vecina del 4B", "Rosa de la tienda de la esquina".
_ROLE_WORDS = alternation((*NAMES["occupations"], *DESCRIBED["roles"], *DESCRIBED["people"], "vecina", "vecino", "neighbor", "neighbour"))
_BY_PLACE = re.compile(
    r"[ \t]*(?:,[ \t]*|\([ \t]*|[-–—][ \t]*)?(?:"
    rf"(?i:from|at|of)[ \t]+(?:(?i:the)[ \t]+)?(?:[\w'’&-]+[ \t]+){{0,3}}?(?:(?i:{alternation(DESCRIBED['place_nouns'])})(?![\w-])|[A-Z])"
    rf"|(?i:de|del)[ \t]+(?:(?i:la|el|los|las)[ \t]+)?(?i:{alternation(DESCRIBED['place_nouns'])})(?![\w-])"
    rf"|(?i:the|our|la|el|nuestr[oa])[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{_ROLE_WORDS})(?![\w-])"
    r"|(?i:la|el)[ \t]+(?i:de|del)(?![\w-])"
    rf"|(?i:who|that|que)[ \t]+(?:(?i:also|still|ya|todavia|always|siempre|usually)[ \t]+)?(?i:{alternation(DESCRIBED['job_verbs'])})(?![\w-])"
    r")"
)
