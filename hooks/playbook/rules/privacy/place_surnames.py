"""A given name before a surname that is also a place's word, told as a person: "<Given> Park finished her rehab".

A name run that reaches a place's word names no one ("Lincoln Elementary", "Travis Park"), and Park, Hall, Lake,
Field, Day, Lane or Plaza are surnames too (Korean, English, Spanish families). The pair is a person when the text
tells it as one: greeted ("Congrats to <Given> Park on finishing chemo"), the subject of a verb ("<Given> Lake had her
knee replaced", "<Given> Plaza terminó sus quimios") or owning care ("<Given> Park's chemo"), with one person told after
it in its sentence or the next (a pronoun of one, an age, a patient, a milestone or a procedure had, back after care:
"Jackson Park had a free screening tent" and "Thank you Jackson Park! You helped us give 300 flu shots" are the park)
and care in the same reach. Nothing before it may place it
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
from .care_tie import HAIL
from .known import Known, Person
from .places import is_town
from .vocabulary import CAP, NOT_A_NAME, PLACE_AFTER, is_first_name, is_place, word_before

# Census surnames that are place words (derived, not typed): Park, Hall, Lake, Field, Day, Church, Lane, Plaza ...
_SURNAMES = sorted(w.capitalize() for w in PLACE_AFTER if lexicon_names.is_surname(w) and w.isalpha())
_PAIR = lazyre.compile(rf"(?<![\w'’.@#/-])({CAP})[ \t]+({alternation(_SURNAMES)})(?=['’]s[ \t]|(?![\w'’-]))(?![ \t]*(?:&|[A-Z]))")
# "Congrats to <Given> Park", "Big congratulations to our own <Given> Lake", "¡Felicidades a nuestra querida <Given> Plaza!"
_GREETED = lazyre.compile(rf"(?<![\w-])(?i:{HAIL})[ \t]*,?[ \t]+(?:(?i:our[ \t]+very[ \t]+own|our[ \t]+own|our|nuestr[oa][ \t]+querid[oa]|nuestr[oa]|miss|mr|mrs|ms)\.?[ \t]+)?$")
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
# "<Given> Lake (our ACL patient) just made varsity", "<Given> Hall and his wife came by", "<Given> Park, a retired
# teacher, beat ...", "<Given> Lake, who had ...")
_SUBJECT = lazyre.compile(
    r"(?:[ \t]*,[ \t]*\d{1,3}[ \t]*,|[ \t]*\([^()\n]{0,80}\)|[ \t]*,[^,.!?;\n]{1,60},|[ \t]+(?i:and|y)[ \t]+(?i:his|her|their|su|sus)[ \t]+[a-z]+"
    r"|[ \t]*,?[ \t]*(?i:who|que|quien))?"
    r"[ \t]+(?:(?i:just|finally|officially|already|ya|por[ \t]+fin)[ \t]+)?(?i:finished|completed|had|has|got|beat|rang|rings|is|was|came|went|started|"
    r"walked|left|heads|headed|graduated|made|celebrated|celebrates|underwent|survived|recovered|termino|tuvo|salio|recibio|se[ \t]+hizo|acabo|empezo"
    r"|vino|celebro|sobrevivio|vencio|se[ \t]+recupero)(?![\w'’-])"
)
# What makes the pair one person, not a park or a hall: a pronoun of one ("her rehab", "su cirugia"; not "you": "Thank you
# Jackson Park! You helped us give 300 flu shots"), an age or a word for a patient in an aside
_ONE = lazyre.compile(r"(?<![\w'’-])(?i:she|he|her|his|him|herself|himself|su|sus|el|ella|patient|paciente)(?![\w'’-])|,[ \t]*\d{1,3}[ \t]*,")
# ... a state of one's own health, itself care told: "cancer-free", "sober", "in remission", "libre de cancer", the bell rung
# at the end of treatment
_OWN_STATE = lazyre.compile(
    r"(?<![\w'’-])(?i:cancer-free|cancer[ \t]+free|tumor-free|sober|sobri[oa]|in[ \t]+remission|en[ \t]+remision|libre[ \t]+de[ \t]+cancer"
    r"|(?:rang|rings|ring|ringing|toco|tocando)[ \t]+(?:the|that|la|esa)[ \t]+(?:bell|campana))(?![\w'’-])"
)
# ... a milestone of care or a procedure had ("finished chemo", "had a total knee replacement", "underwent a mastectomy"),
# not a service hosted ("had a free blood pressure screening tent", "had our sports physicals day")
_MILESTONE = lazyre.compile(
    r"(?<![\w'’-])(?i:finish|finished|finishing|complete|completed|completing|beat|beating|rang|ring|rings|ringing|had|has[ \t]+had|got|underwent"
    r"|survived|recovered[ \t]+from|termino|terminar|terminando|acabo|acabar|vencio|tuvo|se[ \t]+hizo|sobrevivio|se[ \t]+recupero[ \t]+de)"
    r"(?:[ \t]+(?i:the|their|a|an|el|la|los|las|una|un|last|final|ultimo|ultima|ultimos|ultimas|total|double|full)){0,3}[ \t]+"
)
_HOSTED = lazyre.compile(r"(?<![\w'’-])(?i:free|gratis|our|nuestr[oa]s?|tent|booth|table|van|day|night|event|fair|drive|clinic|station|program|class|classes)(?![\w'’-])")
# ... back at it after care ("is back on the court after ACL surgery"), or care said as theirs ("<Given> Park's chemo")
_BACK_AFTER = lazyre.compile(r"(?<![\w'’-])(?i:back)(?![\w'’-])[^.!?;\n]{0,40}?(?<![\w'’-])(?i:after|since|tras|despues[ \t]+de)[ \t]+")
_OWNS = lazyre.compile(r"['’]s[ \t]+(?:[\w'’-]+[ \t]+)?")
# ... spoken to about their own care when greeted ("¡Felicidades <Given> Park! Terminaste tus terapias")
_YOUR = lazyre.compile(r"(?<![\w'’-])(?i:your|tu|tus)[ \t]+")
_REACH = 240  # characters after the pair read for the person and their care: bounded, so a run-on text stays linear


def _one_person(text: str, start: int, end: int, *, greeted: bool) -> bool:
    """One person told between start and end: a pronoun of one, an age, a patient, a state of their health, a milestone or a
    procedure of care had (no service hosted in it), back after care, care owned; greeted, their own care said to them."""
    if _ONE.search(text, start, end) or _OWN_STATE.search(text, start, end):
        return True
    for m in _MILESTONE.finditer(text, start, end):
        phrase = text[m.end() : min(end, m.end() + 40)]
        if care_in(phrase) and not _HOSTED.search(" ".join(phrase.split()[:2])):  # "a free blood pressure screening", not "a heart attack in our ER"
            return True
    if any(care_in(text, m.end(), min(end, m.end() + 30)) for m in _BACK_AFTER.finditer(text, start, end)):
        return True
    owns = _OWNS.match(text, start)
    if owns and care_in(text, start, min(end, owns.end() + 20)):
        return True  # "<Given> Park's chemo is finally done!"
    return greeted and any(care_in(" ".join(text[m.end() : min(end, m.end() + 40)].split()[:2])) for m in _YOUR.finditer(text, start, end))


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
        owned = _OWNS.match(text, match.end()) is not None  # "<Given> Park's chemo"
        if not greeted and (word_before(text, match.start()) in _PLACING or not (owned or _SUBJECT.match(text, match.end()))):
            continue
        bounds = bounds or sentence_bounds(text)
        _, end = sentence_of(bounds, match.start())
        if greeted and end - match.end() < 4 and end < len(text):
            _, end = sentence_of(bounds, end + 1)  # "¡Felicidades <Given> Park! Terminaste tus terapias": the hail's next sentence
        if end < len(text):  # the next sentence too: "<Given> Park had a hip replacement last month. Now she's hiking again."
            end = sentence_of(bounds, end + 1)[1]
        end = min(end, match.end() + _REACH)
        if not _one_person(text, match.end(), end, greeted=greeted):
            continue  # "Jackson Park had a free screening tent", "Thanks to Jackson Park for hosting our flu clinic": the park
        cared = care_in(text, match.end(), end) or cared_for(text, match.end(), end) or _OWN_STATE.search(text, match.end(), end)
        if cared and (greeted or not is_place(text, match.start())):  # the dearest look last
            people.add((given, surname))
            yield Person(match.start(), match.end(), (given, surname), "a full name", public=False)
