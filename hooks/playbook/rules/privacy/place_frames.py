"""A place where a person's name would be: a town greeted as a post opens, closing a venue's name, listed after a place
noun, by its distance, its height or a journey to it, or before its yearly event's word, and a school's name before its
abbreviation.

A community post greets its town in the language of its families ("Mabuhay, Stockton!", "Xin chào, Garden Grove!",
"Nyob zoo, Fresno!"), ends a venue's name with its town ("en Parque Lincoln, Harlingen!") or lists the
neighbourhoods its staff walk ("las colonias de Dallas, Las Palmas y Ojo Caliente", "the towns of Tyler, Kilgore
and Longview"). The word is read by what it is, a town of the gazetteer (lexicon/data/cities.txt), and by its frame,
never by the rest of the sentence (but the journey's and the yearly event's frames below, which
want no care near). A town named like a person ("Tyler", "Chelsea") counts as greeted only after a
word no dictionary or name list knows (a greeting in another language): "Congrats, Tyler!" greets a person. What
says person stays a name: a town greeted in words any reader knows, or a town named like a person, then spoken to about
care ("Congrats, Stockton! Your knee ...", "Mabuhay, Tyler! Your knee ..."), and any town
called like someone ("Austin had his knee scoped"), which none of these frames reads. A school goes by its name and
its level in capitals ("Garfield MS", "Roosevelt HS", "Whitney ES"): one word before the letters is the school's; a
degree after a full name ("Dana Whitney MS") or after a comma ("Whitney, MS") is a clinician's, read as before. A word with a
distance or a height beside it is a town, known to the gazetteer or not ("in <Town>, about 110 miles"), and a gazetteer town
after a journey's verb and "to" is one with no care after it ("venir a <Town> cada quince días"); a town's name before its
yearly event's word ("<Town> Fiesta", "<Town> Days") names the event. Each look is a bounded window
around the word: linear.
"""

from __future__ import annotations

import functools

from ... import lazyre
from ...lexicon.fold import fold
from .care import care_in
from .civic_places import is_city
from .known import Person
from .vocabulary import INTERJECTIONS, NAMES, WORDS, is_first_name

_WINDOW = 90  # characters read before the town
# One to three words opening the text or a line, then a comma: the greeting ("Mabuhay,", "Xin chào,", "¡Bienvenidos,")
_OPENING = lazyre.compile(r"(?:^|\n)[^\w\n]{0,8}((?:[^\W\d_][\w'’-]*[ \t]+){0,2}[^\W\d_][\w'’-]*)[ \t]*,[ \t]+[¡]?$")
_GREETED_END = lazyre.compile(r"[ \t]*[!,]")
# A venue's capitalised name ending in its kind, then a comma: "en Parque Lincoln, ", "at Riverside Park, "
_VENUE = lazyre.compile(
    r"(?<![\w-])(?:(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:Park|Plaza|Square|Common|Commons|Green|Fairgrounds|Center|Centre|Hall|Library)"
    r"|(?:Parque|Plaza|Centro|Biblioteca|Sal[oó]n)(?:[ \t]+(?:de|del|la|el|los))*(?:[ \t]+[A-Z][\w'’-]*){1,3})[ \t]*,[ \t]+$"
)
# A school's level in capitals right after its one-word name: "Roosevelt HS", "Carver JHS", "Whitney ES", "Lee K-8"
_SCHOOL = lazyre.compile(r"[ \t]+(?:HS|MS|ES|JHS|MHS|HHS|K-8)(?![\w'’-])")
# A distance or a height beside the word: "in <Town>, about 110 miles", "to <Town>, 40 miles west", "<Town> sits around
# 6,600 ft", "a 110 millas de <Town>", "90 miles from <Town>" (round 157). A place word before a distance, a height's verb
# before a height: "<Name>, about 5 miles out, called us" and "<Name> ran 5 miles" are people.
_UNIT = r"(?i:miles|mi|km|kil[oó]metros|kilometers|millas)"
_HEIGHT = r"(?i:ft|feet|pies|metros|meters|m)"
_AT_PLACE = lazyre.compile(r"(?<![\w-])(?i:in|to|from|near|en|desde|hasta|cerca[ \t]+de)\s+$")
_DISTANCE_AFTER = lazyre.compile(
    rf"[ \t]*,?[ \t]+(?:(?i:about|around|roughly|some|nearly|almost|over|unos|unas|como|casi|a)[ \t]+)*\d[\d,.]*[ \t]*{_UNIT}"
    r"(?:[ \t]+(?i:away|west|east|north|south|out|de[ \t]+distancia|al[ \t]+(?:norte|sur|este|oeste)))?(?=[ \t]*(?:[.;:!)\n]|$))"
)
_HEIGHT_AFTER = lazyre.compile(
    rf"[ \t]+(?i:sits|lies|is[ \t]+perched|queda|est[aá])[ \t]+(?:(?i:at|around|about|roughly|over|above|a|sobre|unos)[ \t]+)+(?:\d{{1,2}},\d{{3}}|\d{{3,5}})[ \t]*{_HEIGHT}(?![\w-])"  # a town's height
)
_DISTANCE_BEFORE = lazyre.compile(rf"\d[\d,.]*[ \t]*{_UNIT}[ \t]+(?:(?i:north|south|east|west|up|down|out)[ \t]+)?(?i:from|of|to|past|de|desde|hasta)[ \t]+$")
# A journey's verb and "to" right before a town of the gazetteer: "venir a <Town>", "we drive out to <Town>" (not "<Town>'s")
_GONE_TO = lazyre.compile(
    r"(?<![\w-])(?i:venir|vamos|venimos|viene|vienen|ir|llegar|llegamos|regresar|volver|come|coming|drive|driving|drove|head|heading|travel|traveling|travelling)"
    r"[ \t]+(?:(?i:out|up|down|over|back|hasta)[ \t]+)?(?i:a|to)[ \t]+$"
)
# A town's yearly event by its last word; not DESCRIBED["events"], whose "day", "run", "party" end people's names too
_EVENT_NAMES = frozenset("fiesta fiestas days rodeo fair festival powwow jamboree stampede roundup round-up feria".split())
_OWNED = lazyre.compile(r"['’]s?(?![\w])")
_CLAUSE_END = lazyre.compile(r"[ \t]*(?:[.;:!)\n]|$)")
# A plural place noun and "de"/"of", then a list of capitalised names up to the town: "las colonias de Dallas, ".
_LISTED = lazyre.compile(
    r"(?<![\w-])(?i:colonias|barrios|vecindarios|comunidades|pueblos|ciudades|condados|municipios|ranchos|"
    r"neighbou?rhoods|towns|cities|communities|counties|villages|boroughs|suburbs)[ \t]+(?i:de|del|of)[ \t]+"
    r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]*(?:,|[ \t](?i:y|e|and|&))[ \t]+){0,5}$"
)


def place_frame(text: str, person: Person) -> bool:
    """Whether `person` is one word of a school before its level, or one gazetteer town in one of the frames above and
    no one spoken to about care after it."""
    if len(person.words) == 2 and person.words[1].lower() in _EVENT_NAMES and not care_in(text, max(0, person.start - 80), min(len(text), person.end + 80)):
        return True  # "our booth at <Town> Fiesta", "<Town> Days": a town's yearly event (round 159)
    if len(person.words) != 1 or person.how == "a social handle":
        return False
    if _SCHOOL.match(text, person.end) and not person.words[0].isupper():
        return True  # "Garfield MS", "Roosevelt HS": a school by its level ("ROSA ES UNA GUERRERA" is shouted Spanish)
    word = person.words[0]
    if (
        _AT_PLACE.search(text, max(0, person.start - 12), person.start)
        and _DISTANCE_AFTER.match(text, person.end)
        or _HEIGHT_AFTER.match(text, person.end)
        or _DISTANCE_BEFORE.search(text, max(0, person.start - 40), person.start)
    ):
        return True  # "the nearest ER is in <Town>, about 110 miles", "<Town> sits around 6,600 ft": a town by its distance or height
    if not is_city(word):
        return False
    start, end = person.start, person.end
    if _GONE_TO.search(text, max(0, start - 30), start) and not _OWNED.match(text, end) and not care_in(text, end, min(len(text), end + 80)):
        return True  # "es un gusto poder venir a <Town> cada quince días", "we drive out to <Town> twice a month" (round 159)
    before = max(0, start - _WINDOW)
    if _VENUE.search(text, before, start) and _CLAUSE_END.match(text, end):
        return True  # "en Parque Lincoln, Harlingen!": the venue's town
    if _LISTED.search(text, before, start):
        return True  # "las colonias de Dallas, Las Palmas y ...": one of the places listed
    opening = _OPENING.search(text, before, start)
    if not (opening and _GREETED_END.match(text, end)):
        return False
    foreign = any(_unknown(w) for w in opening.group(1).split())
    if _given(word) and not foreign:
        return False  # "Congrats, Tyler!": a word any reader knows, then a given name: a person greeted
    if foreign and not _given(word):
        return True  # "Mabuhay, Stockton! Bring your kids ...": a greeting in another language to a town no one is called
    from .greeted_words import spoken_to_about_care  # greeted_words reads vocabulary.py: asked only here

    return not spoken_to_about_care(text, end)  # "Mabuhay, Tyler! Your knee ...": spoken to about care, a person


def _given(word: str) -> bool:
    """A given name to any list ("Tyler", "Crystal", "Chelsea"), one that is also a word included."""
    from ...lexicon import names as lexicon_names

    info = lexicon_names.name_info(word)
    return bool(info and info.first) or is_first_name(word)


# Cries any English or Spanish reader knows that no dictionary list holds: "Yay, <Name>!", "Woohoo, <Name>!"
_CRIES = frozenset({"yay", "yey", "woohoo", "woo", "wooo", "hooray", "hurray", "yippee", "woot", "yeehaw", "whoa", "aww", "omg", "ole", "ay", "ayy", "bravo", "hi", "hiya", "yo"})


@functools.lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Words of the greetings, cheers and cries staff write in English or Spanish (privacy lists), folded."""
    phrases = (*WORDS["greetings"], *NAMES["cheers"], *INTERJECTIONS, *_CRIES)
    return frozenset(fold(w).lower() for phrase in phrases for w in phrase.split())


def _unknown(word: str) -> bool:
    """A word of three letters or more that no dictionary, no greeting or cheer list and no list of given names knows:
    a greeting in another language ("Mabuhay", "Iakwe", "Sak"). A shouted word ("RING IT, GARY!") is a cheer's."""
    from .greeted_words import plain_words

    low = fold(word).lower()
    return len(low) > 2 and not word.isupper() and low not in plain_words() and low not in _known_words() and not _given(word.capitalize())
