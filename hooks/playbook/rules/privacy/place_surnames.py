"""A given name before a surname that is also a place's word, told as a person: "<Given> Park finished her rehab".

A name run that reaches a place's word names no one ("Lincoln Elementary", "Travis Park"), and Park, Hall, Lake,
Field, Day, Lane or Plaza are surnames too (Korean, English, Spanish families). The pair is a person when the text
tells it as one: greeted ("Congrats to <Given> Park on finishing chemo"), or the subject of a verb ("<Given> Lake had her
knee replaced", "<Given> Plaza terminó sus quimios"), with one person told after it (a pronoun of one, an age, a patient, a
milestone of care: "Jackson Park had a free screening tent" is the park) and care in the same reach. Nothing before it may place it
("at", "in", "the"), no capitalised word may follow it ("<Given> Park Elementary") and a town of that name
("Lincoln Park", "Highland Park") stays the town.

One scan for the pair; each look is bounded by its sentence and a fixed reach, so the pass stays linear.
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
# The pair as a subject: a verb of one's own right after it, an age, an aside or "who" between ("<Given> Park, 8, finished",
# "<Given> Lake (our ACL patient) just made varsity", "<Given> Hall and his wife came by", "<Given> Lake, who had ...")
_SUBJECT = lazyre.compile(
    r"(?:[ \t]*,[ \t]*\d{1,3}[ \t]*,|[ \t]*\([^()\n]{0,80}\)|[ \t]+(?i:and|y)[ \t]+(?i:his|her|their|su|sus)[ \t]+[a-z]+|[ \t]*,?[ \t]*(?i:who|que|quien))?"
    r"[ \t]+(?:(?i:just|finally|officially|already|ya|por[ \t]+fin)[ \t]+)?(?i:finished|completed|had|has|got|beat|rang|is|was|came|went|started|walked|left|"
    r"heads|headed|graduated|made|celebrated|celebrates|termino|tuvo|salio|recibio|se[ \t]+hizo|acabo|empezo|vino|celebro)(?![\w'’-])"
)
# What makes the pair one person, not a park or a hall: a pronoun of one ("her rehab", "su cirugia"), spoken to ("your"),
# an age or a word for a patient in an aside, a state of one's own ("cancer-free", "sober"), a milestone of care ("finished chemo")
_ONE = lazyre.compile(r"(?<![\w'’-])(?i:she|he|her|his|him|herself|himself|su|sus|el|ella|you|your|tu|tus|patient|paciente)(?![\w'’-])|,[ \t]*\d{1,3}[ \t]*,")
# A state of one's own health, itself care told: "cancer-free", "sober", "in remission", "libre de cancer"
_OWN_STATE = lazyre.compile(r"(?<![\w'’-])(?i:cancer-free|cancer[ \t]+free|tumor-free|sober|sobri[oa]|in[ \t]+remission|en[ \t]+remision|libre[ \t]+de[ \t]+cancer)(?![\w'’-])")
_MILESTONE = lazyre.compile(
    r"(?<![\w'’-])(?i:finish|finished|finishing|complete|completed|completing|beat|beating|rang|ring|ringing|termino|terminar|terminando|acabo|acabar|vencio)"
    r"(?:[ \t]+(?i:the|their|el|la|los|las|last|final|ultimo|ultima|ultimos|ultimas)){0,2}[ \t]+"
)
_REACH = 160  # characters after the pair read for the person and their care: bounded, so a run-on text stays linear


def _one_person(text: str, start: int, end: int) -> bool:
    """A pronoun of one, an age, a patient or a milestone of care between start and end (module docstring)."""
    if _ONE.search(text, start, end) or _OWN_STATE.search(text, start, end):
        return True
    return any(care_in(text, m.end(), min(end, m.end() + 40)) for m in _MILESTONE.finditer(text, start, end))


def place_surname_people(text: str, known: Known) -> Iterator[Person]:
    """Pairs of a given name and a place-word surname told as a person (module docstring)."""
    bounds = None
    people: set[tuple[str, str]] = set()  # pairs already read as a person: the same pair again is the same person
    for match in _PAIR.finditer(text):
        given, surname = match.group(1), match.group(2)
        if (given, surname) in people:
            yield Person(match.start(), match.end(), (given, surname), "a full name", public=False)
            continue
        low = given.lower()
        if not is_first_name(given) or low in NOT_A_NAME or low in known.org or is_town(f"{given} {surname}"):
            continue
        greeted = _GREETED.search(text, max(0, match.start() - 32), match.start()) is not None
        if not greeted and (word_before(text, match.start()) in _PLACING or not _SUBJECT.match(text, match.end())):
            continue
        bounds = bounds or sentence_bounds(text)
        _, end = sentence_of(bounds, match.start())
        if greeted and end - match.end() < 4 and end < len(text):
            _, end = sentence_of(bounds, end + 1)  # "¡Felicidades <Given> Park! Terminaste tus terapias": the hail's next sentence
        end = min(end, match.end() + _REACH)
        if not _one_person(text, match.end(), end):
            continue  # "Jackson Park had a free screening tent", "Thanks to Jackson Park for hosting our flu clinic": the park
        cared = care_in(text, match.end(), end) or cared_for(text, match.end(), end) or _OWN_STATE.search(text, match.end(), end)
        if cared and (greeted or not is_place(text, match.start())):  # the dearest look last
            people.add((given, surname))
            yield Person(match.start(), match.end(), (given, surname), "a full name", public=False)
