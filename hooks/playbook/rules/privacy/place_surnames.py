"""A given name before a surname that is also a place's word, told as a person: "<Given> Park finished her rehab".

A name run that reaches a place's word names no one ("Lincoln Elementary", "Travis Park"), and Park, Hall, Lake,
Field, Day, Lane or Plaza are surnames too (Korean, English, Spanish families). The pair is a person when the text
tells it as one: greeted ("Congrats to <Given> Park on finishing chemo"), or the subject of a verb with care in its
clause ("<Given> Lake had her knee replaced", "<Given> Plaza terminó sus quimios"). Nothing before it may place it
("at", "in", "the"), no capitalised word may follow it ("<Given> Park Elementary") and a town of that name
("Lincoln Park", "Highland Park") stays the town.

One scan for the pair; each look is bounded by the sentence, so the pass stays linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation, sentence_bounds, sentence_of
from .care import care_in, cared_for
from .common import WORDS
from .known import Known, Person
from .places import is_town
from .vocabulary import CAP, NAMES, NOT_A_NAME, PLACE_AFTER, is_first_name, is_place, word_before

# Census surnames that are place words (derived, not typed): Park, Hall, Lake, Field, Day, Church, Lane, Plaza ...
_SURNAMES = sorted(w.capitalize() for w in PLACE_AFTER if lexicon_names.is_surname(w) and w.isalpha())
_PAIR = lazyre.compile(rf"(?<![\w'’.@#/-])({CAP})[ \t]+({alternation(_SURNAMES)})(?![\w'’-])(?![ \t]*(?:&|[A-Z]))")
_GREETED = lazyre.compile(rf"(?<![\w-])(?i:{alternation(sorted({*WORDS['greetings'], *NAMES['cheers'], *NAMES['congratulations']}))})[ \t]*,?[ \t]+$")
# A word before that makes the pair a place: "at", "in", "the", "our", "near", "to" (unless a greeting's: "congrats to")
_PLACING = frozenset(
    (
        "at",
        "in",
        "on",
        "the",
        "a",
        "our",
        "near",
        "to",
        "from",
        "by",
        "across",
        "around",
        "behind",
        "inside",
        "outside",
        "past",
        "visit",
        "en",
        "el",
        "la",
        "al",
        "del",
        "de",
        "por",
        "cerca",
        "desde",
        "hasta",
    )
)
# The pair as a subject: a verb of one's own right after it ("finished", "had", "terminó", "se hizo")
_SUBJECT = lazyre.compile(
    r"[ \t]+(?:(?i:just|finally|officially|already|ya|por[ \t]+fin)[ \t]+)?(?i:finished|completed|had|has|got|beat|rang|is|was|came|went|"
    r"started|walked|left|heads|headed|graduated|termino|terminó|tuvo|salio|salió|recibio|recibió|se[ \t]+hizo|acabo|acabó|empezo|empezó|vino)(?![\w'’-])"
)


def place_surname_people(text: str, known: Known) -> Iterator[Person]:
    """Pairs of a given name and a place-word surname told as a person (module docstring)."""
    bounds = None
    for match in _PAIR.finditer(text):
        given, surname = match.group(1), match.group(2)
        low = given.lower()
        if not is_first_name(given) or low in NOT_A_NAME or low in known.org or is_town(f"{given} {surname}"):
            continue
        greeted = _GREETED.search(text, max(0, match.start() - 32), match.start()) is not None
        if not greeted and (word_before(text, match.start()) in _PLACING or is_place(text, match.start())):
            continue
        bounds = bounds or sentence_bounds(text)
        _, end = sentence_of(bounds, match.start())
        if greeted and end - match.end() < 4 and end < len(text):
            _, end = sentence_of(bounds, end + 1)  # "¡Felicidades <Given> Park! Terminaste tus terapias": the hail's next sentence
        if greeted and care_in(text, match.end(), end) or _SUBJECT.match(text, match.end()) and (care_in(text, match.end(), end) or cared_for(text, match.end(), end)):
            yield Person(match.start(), match.end(), (given, surname), "a full name", public=False)
