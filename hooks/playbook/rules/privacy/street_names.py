"""Streets and neighbourhoods a text names: the same words are the place wherever they recur.

"Park on the <Given> <Surname> Blvd side ... our <Given> <Surname> office": once a text puts a street word
after (or "Calle", "Avenida" before) some words, every mention of those words is the street, not a person
(a set per text, built in one pass). A neighbourhood whose name opens with a capitalised adjective or a
place word ("la Pequena Habana", "Little Saigon", "Villa <Name>", "el Barrio <Name>") is a place too,
when a preposition or an article puts it there and, after "Little" or "Pequena", no given name follows:
"la pequena Sofia" and "to Little Johnny" stay children.

Spanish names a street or a church by its name after "la" (for "la calle", "la iglesia"): a man's title after the
feminine article can only be the street's ("al centro de salud de la Father <Surname>", "en la Fray <Name>"), and so is
a name after the streets or blocks around it ("las calles alrededor de la <Saint>", "the streets around the <Saint>").
A person keeps "la <Name>" otherwise ("la <Name> ya salio de su cirugia"), and an owner's possessive stays theirs.

"Dr." right after a street's name is Drive, with or without a house number, when a preposition of place puts the
name there and a plain word, no name, opens the next sentence ("on Ed Carey Dr. Eso quiere decir ...", "take exit 5
to Lakeview Dr. Turn left ..."): drive_after_street. "referred to Dr. <Surname>" and "on Main St. Dr. <Surname> ..."
keep the title.
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon.names import is_first_name, is_place_name
from .greeted_words import plain_word
from .known import Person

_CAP = r"[A-Z][\w'’-]+"
_STREET_WORDS = (
    r"Blvd|Boulevard|Ave|Avenue|St|Street|Rd|Road|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Hwy|Highway|Ct|Court|Pl|Place|"
    r"Ter|Terrace|Cir|Circle|Trl|Trail|Loop|Pike"
)
# "un camino de esperanza", "mi camino de ..." (a slug's words all capitalised): a path of hope, no street's name
_NO_ARTICLE = "".join(rf"(?<!{a}[ \t])" for a in ("Un", "un", "Una", "una", "Mi", "mi", "Su", "su", "Tu", "tu"))
_STREET = lazyre.compile(
    rf"(?<![\w-])({_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]+(?:{_STREET_WORDS})(?![\w'’-])"
    rf"|(?<![\w-]){_NO_ARTICLE}(?:Calle|Avenida|Ave\.|Av\.|Paseo|Camino|Carretera|Boulevard|Bulevar)[ \t]+(?:(?i:de|del)[ \t]+)?({_CAP}(?:[ \t]+{_CAP}){{0,2}})"
)
_NEIGHBOURHOOD_HEAD = r"Pequena|Pequeno|Little|Villa|Barrio|Colonia|Reparto|Nueva|Nuevo"
_PLACED = lazyre.compile(r"(?<![\w-])(?i:la|el|los|las|en|in|at|to|from|near|de|del|around|cerca[ \t]+de|desde)[ \t]+$")
_HEAD = lazyre.compile(rf"({_NEIGHBOURHOOD_HEAD})[ \t]+({_CAP})")
_LITTLE = ("Pequena", "Pequeno", "Little")  # an adjective: "la Pequena Sofia" is a child, "la Pequena Habana" a place


# A man's title after the feminine article: the street or the church named for him, "la Father <Surname>", "la Fray <Name>"
_MAN_TITLE = frozenset(("father", "padre", "fray", "monsenor", "obispo", "san", "santo", "don"))
_LA_BEFORE = lazyre.compile(r"(?<![\w-])(?i:de|del|en|por|sobre|a|hasta|desde|cerca[ \t]+de|frente[ \t]+a|junto[ \t]+a|on|off)[ \t]+(?i:la)[ \t]+$")
# The streets or the blocks around a name: "las calles alrededor de la <Name>", "the streets around the <Name>"
_AROUND_BEFORE = lazyre.compile(
    r"(?<![\w-])(?i:streets|roads|blocks|calles|cuadras|avenidas)[ \t]+(?i:around|near|by|surrounding|alrededor[ \t]+de|cerca[ \t]+de|junto[ \t]+a|por)"
    r"[ \t]+(?:(?i:la|el|the)[ \t]+)?$"
)


def named_by_article(text: str, person: Person) -> bool:
    """Whether the name at person is a street's or a church's: a man's title after "la", or a name the streets are around."""
    if text.startswith(("'s", "’s"), person.end):
        return False  # "the streets around <Name>'s house": hers
    title = (person.title or person.words[0]).lower().rstrip(".")
    if title in _MAN_TITLE and _LA_BEFORE.search(text, max(0, person.start - 20), person.start):
        return True
    return _AROUND_BEFORE.search(text, max(0, person.start - 40), person.start) is not None


def street_words(text: str) -> frozenset[tuple[str, ...]]:
    """The word runs the text names as streets ("Juan Tabo Blvd", "Calle Luis Llorens"), lower-cased."""
    found = set()
    for match in _STREET.finditer(text):
        words = tuple((match.group(1) or match.group(2)).lower().split())
        for i in range(len(words)):  # "Montgomery Juan Tabo Blvd": any tail of the run may be the street's name
            found.add(words[i:])
    return frozenset(found)


def is_street_or_neighbourhood(text: str, person: Person, streets: frozenset[tuple[str, ...]]) -> bool:
    """Whether the name at person is a street the text names elsewhere, one named by its article or the streets around it
    ("de la Father <Surname>", "las calles alrededor de la <Name>"), or a neighbourhood ("la Pequena Habana")."""
    if not person.title and tuple(w.lower() for w in person.words) in streets or named_by_article(text, person):
        return True
    head = _HEAD.match(text, person.start)
    if not head or not _PLACED.search(text, max(0, person.start - 12), person.start):
        return False
    return head.group(1) not in _LITTLE or not is_first_name(head.group(2)) or is_place_name(head.group(2))


# A preposition of place, then a street's name of one to three capitalised words, right before "Dr."
_STREET_BEFORE_DR = lazyre.compile(
    r"(?<![\w-])(?i:on|off|at|to|onto|along|from|near|by|via|en|sobre|por|hasta|desde|a|de|del|calle)[ \t]+"
    r"(?:(?:[NSEW]\.?|[A-Z][a-z'’]+|(?:Jr|Sr)\.|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,4}$"
)
_NEXT_WORD = lazyre.compile(r"\.?[ \t]+([^\W\d_]+)")


def drive_after_street(text: str, start: int, end: int) -> bool:
    """Whether "Dr." at text[start:end] is Drive: a street's name after a preposition of place before it, and a plain
    word that no list holds as a given name opening the next sentence after it ("on Ed Carey Dr. Eso quiere decir")."""
    if not _STREET_BEFORE_DR.search(text, max(0, start - 60), start):
        return False
    after = _NEXT_WORD.match(text, end)
    return after is None or plain_word(after.group(1))
