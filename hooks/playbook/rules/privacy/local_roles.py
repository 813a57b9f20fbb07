"""A person narrowed by a role at a place, written with the place's name first or with what they keep (PHI011).

names.py reads a role at a named place the Spanish way round and with "at": "la maestra de la escuela Hidalgo",
"the crossing guard at Lincoln". English puts the name before the noun, or before the role: "a catcher from a
<City> high school", "a retired <Town> fire chief", "our <Name> County mail carrier", "the one who has driven the
<Name> route for years"; and one who runs a shop on a named road is one person to the town even without "only":
"the man who keeps the tackle shop up on Route 9". An alt text or a caption opens with the role and no article
("Retired <School> High wrestling coach grinning ..."; not a named figure: "<Club> midfielder <Given> <Surname>").
Next to their care (names.py judges it, and injured() reads care just told: "after this morning's surgery", "in a
sling") they are singled out.

A staff role ("our <Practice> nurse") names one of us, not a patient: the clinical staff words are left out.
Every repeat is bounded, one scan per pattern: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation
from ...wordlists import wordlist
from . import care, vocabulary
from .common import WORDS
from .injuries import injury_in

_DESC = wordlist("privacy-described")
_STAFF = frozenset(_DESC["staff_roles"])  # a practice's own clinical staff: one of us, not a neighbour
_ROLE = alternation(r for r in (*vocabulary.NAMES["occupations"], *_DESC["roles"], *_DESC["team_positions"]) if r.lower() not in _STAFF)
_PEOPLE = alternation((*WORDS["person_nouns"], *_DESC["people"], "one"))
_PLACE_NOUN = alternation((*_DESC["place_nouns"], *_DESC["teams"], *_DESC["role_places"]))
_KEEP = alternation(
    (*_DESC["job_verbs"], "keeps", "kept", "operates", "operated", "running", "owning", "driving", "working", "managing", "teaching",
     "coaching", "selling", "tending", "serving", "delivering", "cleaning", "guarding", "cooking", "keeping", "operating")
)  # fmt: skip
_NOT_PLACE = alternation((*vocabulary.CALENDAR, *vocabulary.LANGUAGES, "I"))
# a plural possessive inside the name keeps it whole: "the <County> Quilters' Guild president"
_CAP_NAME = rf"(?!(?i:{_NOT_PLACE})(?![\w'’-]))[A-Z][A-Za-z'’]*[A-Za-z](?:['’](?=[ \t]+[A-Z]))?(?:[ \t]+[A-Z][A-Za-z'’]*[A-Za-z](?:['’](?=[ \t]+[A-Z]))?){{0,3}}"
_DET = r"(?i:a|an|the|our|this|that|un|una|el|la|nuestr[oa])"
_LOWER = r"(?:(?!(?:the|a|an|la|el|los|las|un|una)[ \t])[a-z][\w'’-]*[ \t]+)"  # "retired ", "favorite ": lower-case words, no article
# ... and no link word either where the line opens with a capital: "Gracias al cartero", "Aplausos para cierto peluquero"
# open with thanks, not with the role's place ("<School> High wrestling coach")
_LINK_FREE = r"(?:(?!(?:the|a|an|la|el|los|las|un|una|al|del|de|para|por|con|en|y|to|for|of|with|at|in|on|and|our|nuestr[oa]s?|cierto|cierta|certain)[ \t])[a-z][\w'’-]*[ \t]+)"
_AT = r"(?i:from|at|of|in|on|for|de|del|en)"
_ROAD = (  # "on Hwy 48", "out on Quarry Rd", "past the Elm Street bridge", "on 5th", "alla por la carretera 48"
    rf"(?:[ \t]+(?i:out|up|down|over|back|right|way[ \t]+out|alla|aca|alli|alla[ \t]+en))?[ \t]+(?i:on|at|in|off|by|near|past|along|de|en|por|sobre)[ \t]+"
    rf"(?:(?i:the|la|el)[ \t]+)?(?:(?i:{_PLACE_NOUN})[ \t]+(?:{_CAP_NAME}|\d{{1,4}}(?!\d|[:.,/]\d))|{_CAP_NAME}(?:[ \t]+\d{{1,4}}(?!\d|[:.,/]\d))?|\d{{1,3}}(?i:st|nd|rd|th)(?![\w-]))"
)
_OF_WHAT = r"(?:[ \t]+(?i:de|del)[ \t]+[a-z][\w'’-]*)?"  # "la tienda de forraje", "el puesto de tamales"
# "la alberca del <Name> Rec Center": a place's name, not a team's center (round 149; "the <School> High Center" is one)
_CENTER_KINDS = ("Rec", "Recreation", "Community", "Civic", "Senior", "Health", "Medical", "Aquatic", "Aquatics", "Wellness", "Activity", "Events", "Event")
_CENTER_KINDS += ("Convention", "Youth", "Fitness", "Learning", "Visitor", "Visitors", "Nature", "Cultural", "Family", "Resource", "Day", "Sports", "Training")
_NO_CENTER = "(?!(?:" + "|".join(rf"(?<={kind}[ \t])" for kind in _CENTER_KINDS) + r")(?i:center|centre)(?![\w-]))"
_SINCE = r"(?:[ \t]+(?i:lleva|tiene)[ \t]+[\w-]+[ \t]+(?i:anos|meses)[ \t]+[a-z]+(?i:ando|iendo|endo))"  # "que lleva 20 anos manejando"
_DESCRIBED = lazyre.compile(
    # a role after the place's name: "a retired Cedar Fork fire chief", "our favorite Mora County school bus driver"; an
    # office's year may come first: "the 2019 <County> Cattlewomen president"
    rf"(?<![\w-]){_DET}[ \t]+{_LOWER}{{0,3}}?(?:(?:19|20)\d\d[ \t]+)?{_CAP_NAME}[ \t]+{_LOWER}{{0,2}}?{_NO_CENTER}(?i:{_ROLE})(?![\w-])"
    # or opening a line with no article, as an alt text or a caption does: "Retired <School> High wrestling coach
    # grinning after ..."; not a named figure ("<Club> midfielder <Given> <Surname> talked about ...": own_news.py)
    rf"|(?<![^\n])(?!{_DET}[ \t])(?!(?i:{_NOT_PLACE})(?![\w'’-])){_CAP_NAME}[ \t]+{_LINK_FREE}{{0,2}}?{_NO_CENTER}(?i:{_ROLE})(?![\w-])(?![ \t]+[A-Z\"“'‘(])"
    # a role from a place named before its noun: "a junior catcher from a Tulsa high school"; or, in Spanish, after
    # it: "un armador de una prepa de Laredo"
    rf"|(?<![\w-]){_DET}[ \t]+{_LOWER}{{0,3}}?(?i:{_ROLE})[ \t]+{_AT}[ \t]+(?i:a|an|the|un|una|la|el)[ \t]+"
    rf"(?:{_CAP_NAME}[ \t]+{_LOWER}{{0,2}}?(?i:{_PLACE_NOUN})|(?i:{_PLACE_NOUN})[ \t]+(?i:de|del)[ \t]+{_CAP_NAME})(?![\w-])"
    # one who keeps a place: "the one who has driven the Pike Creek route", "the man who keeps the tackle shop up on Hwy 7",
    # "el chofer que lleva 15 anos manejando la ruta de Piedra Lisa", "la senora que atiende la ferreteria alla por la carretera 9"
    rf"|(?<![\w-]){_DET}[ \t]+{_LOWER}{{0,3}}?(?i:{_PEOPLE}|{_ROLE})[ \t]+(?i:who|that|que)(?:['’]s|[ \t]+(?i:has|had|have|is|was))?(?:[ \t]+(?i:been))?"
    rf"(?:[ \t]+(?i:also|still|always|ya|todavia))?(?:{_SINCE}|[ \t]+(?i:{_KEEP}))[ \t]+(?i:the|a|that|la|el)[ \t]+"
    rf"(?:{_CAP_NAME}[ \t]+{_LOWER}{{0,2}}?(?i:{_PLACE_NOUN})(?![\w-])|(?i:{_PLACE_NOUN})[ \t]+(?i:de|del)[ \t]+{_CAP_NAME}"
    rf"|{_LOWER}{{0,3}}?(?i:{_PLACE_NOUN})(?![\w-]){_OF_WHAT}{_ROAD})"
)


def described(text: str) -> Iterator[re.Match]:
    """Each role narrowed by a place named before its noun or by what they keep on a named road; names.py weighs their care."""
    yield from _DESCRIBED.finditer(text)


# A mishap of theirs after the description: "after his fall on the ice", "since her tumble off the porch", "tras su caida",
# or an injury they did themselves: "tore her ACL", "broke his wrist", "se rompio el ligamento", "se fracturo la muneca".
_MISHAP = lazyre.compile(
    r"(?<![\w-])(?:(?i:his|her|their|su)[ \t]+(?:[\w'’-]+[ \t]+)?(?i:fall|tumble|spill|wreck|crash|accident|caida|accidente|choque|volcadura)"
    r"|(?i:tore|broke|fractured|sprained|ruptured|dislocated|blew[ \t]+out|injured|hurt|busted)[ \t]+(?i:his|her|their)"
    r"|(?i:se)[ \t]+(?i:rompio|fracturo|lastimo|desgarro|torcio|disloco|quebro|lesiono)[ \t]+(?i:el|la|los|las|un|una))(?![\w-])"
)


# Care of theirs just told, as a caption tells it: "after this morning's surgery", "tras su cirugia", "in a sling",
# "with a fresh bandage", "con cabestrillo"; the words after "after" are weighed by care.care_in ("after the game": none).
_AFTER = lazyre.compile(
    r"(?<![\w-])(?i:after|following|tras|despues[ \t]+de)[ \t]+(?i:his|her|their|su|this[ \t]+morning['’]s|today['’]s|yesterday['’]s"
    r"|last[ \t]+week['’]s|this[ \t]+week['’]s|last[ \t]+night['’]s)[ \t]+((?:[\w'’-]+[ \t]+){0,2}[\w'’-]+)"
)
_WORN_CARE = lazyre.compile(
    r"(?<![\w-])(?:(?i:in[ \t]+a|in[ \t]+his|in[ \t]+her|wearing[ \t]+a)[ \t]+(?i:sling|cast|brace|walking[ \t]+boot|neck[ \t]+brace|eye[ \t]+patch)"
    r"|(?i:with|sporting)[ \t]+(?:(?i:a|his|her)[ \t]+)?(?i:fresh|new)[ \t]+(?i:bandage|bandages|stitches|dressing|sutures|cast)"
    r"|(?i:con)[ \t]+(?:(?i:el|la|su|un|una)[ \t]+)?(?i:cabestrillo|yeso|vendaje|venda|ferula|parche|puntos))(?![\w-])"
)


def injured(body: str, match: re.Match, end: int) -> bool:
    """Whether one described (here or by names.py) had a mishap of theirs in the rest of the sentence: a fall is care's
    reason even where no word of care follows ("get well soon ... after his fall on the ice", "tras su caida"); "tips to
    prevent a fall" is no one's. One described here ("Retired <School> High wrestling coach grinning ...") with care of
    theirs just told ("after this morning's surgery", "in a sling") is cared for too; "after the game" is no care."""
    if _MISHAP.search(body, match.end(), end) is not None or injury_in(body, match.end(), end):
        return True  # "after his fall on the ice", "chipped a front tooth Friday" (injuries.py)
    if match.re.pattern != _DESCRIBED.pattern:
        return False
    after = _AFTER.search(body, match.end(), end)
    return _WORN_CARE.search(body, match.end(), end) is not None or after is not None and care.care_in(after.group(1))
