"""A word greeted or cheered that a dictionary knows, and no name list as a given name, greets no one by name.

After a greeting or a cheer comes a capital, and in a text about care PHI003 reads a word no name list holds as an
unusual given name ("Congrats, Naomyr! 100 days sober"). But staff greet with common nouns and epithets ("Get well
soon, Champ!", "Thanks, Neighbor!", "¡Gracias, Campeona!"; after a shout-out with no "to", any word no given name: "Shoutout Time!"), open a public office's title ("Thank you, District 7
Councilmember ...", "Ward 3 Alderman ...": a seat's number and a title follow, whatever the word), or start the next sentence with a verb ("¡Felicidades! Aprovechamos para ..."): a word, no
one's name; so is a Spanish article that the dictionary leaves out as a surname, before a lower-case word or a title
("¡Gracias! La Dra. <Name> ...", "¡Gracias! De seguro ..."). The dictionary is lexicon/data/plain_words.txt (scripts/build_plain_words.py): frequent English and
Spanish words that are no given name. A given name that is also a word ("Hope", "Paz") stays a name greeted, and so
does a word the cheer takes as its object ("So proud of Brave for ...") or one then spoken to about care ("¡Feliz
cumpleaños, Doc! Ya terminaste tus quimios"): a nickname for a patient. A plural word cheered ("Go Wildcats!", "¡Vamos
Tigres!") is a team, and words that close with a school's level are a school ("the Bravo High field house": the cheer's word names
it; round 49).
"""

from __future__ import annotations

from functools import cache

from ... import lazyre
from ...lexicon import data_files
from ...lexicon import names as lexicon_names
from ...lexicon.fold import fold
from ...sortedlines import SortedLines
from . import animals
from .care import care_in
from .known import Person
from .vocabulary import HONORIFIC, PET_FORMS, is_first_name

GREETED = "greeted by name"
_WINDOW = 300  # characters read after the word: the end of the next sentence, or so far
_NUMBERED = lazyre.compile(r"[ \t]+\d{1,3}[ \t]+")  # "Ward 3 Alderman", "District 7 Councilmember": a seat's number
_ABBREVIATION = lazyre.compile(r"\.[ \t]+[A-Z]")
_STOP = lazyre.compile(r"[.!?]+")
# A shout-out with no "to" ("Shoutout <Name>!!", "Kudos <Name>") to plain words that hold no given name, and no one told
# after it ("she", "his"), greets no one: "Shoutout Time!", "Shoutout Front Desk!" (round 62); "Shoutout <Kynlee>!!" stays a name
_ONE_AFTER = lazyre.compile(r"(?<![\w'’-])(?i:she|he|her|his|him|él|el|ella|su|sus)(?![\w'’-])")  # one person told after the hail
_BARE_HAIL = lazyre.compile(r"(?<![\w'’-])(?i:shout-?out|shout[ \t]+out|kudos|hats[ \t]+off)[ \t]*,?[ \t]+$")
_CHEER = lazyre.compile(r"(?<![\w'’-])(?i:go|let['’]?s[ \t]+go|vamos|arriba|fuerza)[ \t]+$")  # a team cheered by its plural
# A school's level closing the words greeted: "the Bravo High field house", "Go Central High!": a school (round 49)
_SCHOOL_LEVELS = frozenset(("high", "middle", "elementary", "intermediate", "primary", "academy", "prep", "preparatory", "secundaria", "primaria", "prepa"))
# Spoken to: "you", "your", "tus", "te", a Spanish preterite of "tu" ("terminaste", "saliste")
_YOU = lazyre.compile(r"(?<![\w'’-])(?i:you|your|yours|you['’]re|youre|u|ur|tu|tus|te|ti|contigo|[a-z]+(?:aste|iste))(?![\w'’-])")

# Spanish articles and particles the dictionary leaves out as surnames ("La", "De", "Como"), opening the sentence after a
# thanks: a lower-case word or a title after them ("¡Gracias! La receta ...", "¡Gracias! La Dra. <Name> ...") is no name.
_FUNCTION_WORD = lazyre.compile(r"(?:La|El|Los|Las|Lo|De|Del|Como|Con|Por|Para|En)(?![\w'’-])")
_CLITIC = lazyre.compile(r"(?:Le|Les|Se|Nos)[ \t]+(?:[a-z]+(?:amos|imos|emos|aron|ieron)|(?:lo|la|los|las|va|van|vamos)[ \t])")  # "¡Gracias! Le pasamos ..."
_WORD_AFTER = lazyre.compile(r"[ \t]+(?:[a-zñ][\w'’-]*|(?:Dra?|Dres|Doctora?|Enfermer[oa]|Lic|Licenciad[oa]|Sra?|Srta|Don|Do[nñ]a)\.?[ \t]+[A-Z])")


@cache
def plain_words() -> SortedLines:
    """The plain words as the file's text (sortedlines.py): 0.4 MB, where a set of them held 4.7 MB."""
    return SortedLines(data_files.text("plain_words.txt"))


def plain_word(word: str) -> bool:
    """Whether `word` is a frequent English or Spanish word that is no given name ("Champ", "District", "Aprovechamos")."""
    low = fold(word).lower()
    return low in plain_words() and low not in PET_FORMS and not is_first_name(word)  # "Kat", "Memo": a pet form is a name


def _mascots(word: str) -> bool:
    """A plural of an animal's word ("Salukis", "Bulldogs", "Huskies"): a team named after its mascot."""
    low = fold(word).lower()
    return len(low) > 3 and (low.endswith("ies") and animals.is_animal_word(low[:-3] + "y") or low.endswith("s") and animals.is_animal_word(low[:-1]))


def greets_a_word(text: str, person: Person) -> bool:
    """Whether `person`, found greeted or cheered, is only words a dictionary knows and no given name, set off by a comma
    or opening a sentence ("Get well soon, Champ!", "¡Felicidades! Aprovechamos ..."). A word the cheer takes as its
    object is a name ("So proud of Brave for finishing ...", "PROUD OF YOU BROTHER"): staff write words so only for someone."""
    if person.how != GREETED or not person.words:
        return False
    if _BARE_HAIL.search(text, max(0, person.start - 16), person.start) and not any(lexicon_names.is_first_name(w) for w in person.words):
        if all(plain_word(w) for w in person.words) and not _ONE_AFTER.search(text, person.end, _next_stop(text, person.end)):
            return True  # "Shoutout Time! Our vaccine clinic hit 1,000 flu shots", "Shoutout Front Desk! You handled ..."
    seat = _NUMBERED.match(text, person.end)
    if len(person.words) == 1 and seat and HONORIFIC.match(text, seat.end()):
        return True  # "Thank you, Ward 3 Alderman <Name>": the greeting opens an office's title, its holder follows
    if len(person.words) == 1 and (_FUNCTION_WORD.match(text, person.start) and _WORD_AFTER.match(text, person.end) or _CLITIC.match(text, person.start)):
        return True  # "¡Gracias! La Dra. <Name> ...", "¡Gracias! De seguro ...": a Spanish article opens the next sentence
    if len(person.words) == 1 and _mascots(person.words[0]) and not spoken_to_about_care(text, person.end):
        return True  # "Good luck with finals, Salukis!": a school's team by its animal, no one greeted
    chant = len(person.words) > 1 and fold(person.words[-1]).lower() in ("go", "vamos") and _CHEER.search(text, max(0, person.start - 12), person.start)
    if chant and all(plain_word(word) for word in person.words[:-1]):
        return not spoken_to_about_care(text, person.end)  # "Go Pack Go": a team's chant, the cheer said again after its word
    if not all(plain_word(word) for word in person.words):
        return False
    if _ABBREVIATION.match(text, person.end):
        return False  # "Thank you, Rep. <Name>": a title cut short before the one greeted
    if fold(person.words[-1]).lower() in _SCHOOL_LEVELS:
        return not spoken_to_about_care(text, person.end)  # "at the Bravo High field house": a school named by the cheer's word
    if _CHEER.search(text, max(0, person.start - 12), person.start) and fold(person.words[-1]).lower().endswith("s"):
        return not spoken_to_about_care(text, person.end)  # "Go Wildcats!", "¡Vamos Tigres!": a team cheered, no one greeted
    before = text[max(0, person.start - 6) : person.start].rstrip(" \t\"“'‘¡¿")
    return before[-1:] in (",", ".", "!", "?", ":", ";") and not spoken_to_about_care(text, person.end)


# News announced to a town: "Big news, <Town>!", "¡Buenas noticias, <Town>!", "Good morning, <Town>!" (not "Congrats, <Name>!")
# The season's wishes to the town: "¡Felices fiestas, <Town>!", "Happy holidays, <Town>!" (a patient is wished them too:
# so no word a name list holds as a given name, and no care in the next sentence)
_SEASON = (
    r"happy[ \t]+(?:holidays|new[ \t]+year|thanksgiving|easter|4th|fourth)|merry[ \t]+christmas|season['’]?s[ \t]+greetings|felices[ \t]+fiestas"
    r"|feliz[ \t]+(?:navidad|a[nñ]o[ \t]+nuevo|d[ií]a[ \t]+de[ \t]+acci[oó]n[ \t]+de[ \t]+gracias)|pr[oó]spero[ \t]+a[nñ]o[ \t]+nuevo|felices[ \t]+pascuas"
)
_NEWS_TO = lazyre.compile(
    r"(?<![\w'’-])(?i:(?:big|great|good|exciting|huge|happy)[ \t]+news|(?:buenas|grandes|excelentes)[ \t]+noticias|noticias|news"
    r"|good[ \t]+morning|buenos[ \t]+d[ií]as|hello|hola|hey|attention|atenci[oó]n|calling[ \t]+all|listen[ \t]+up"
    r"|(?P<season>" + _SEASON + r"))"
    r"[ \t]*[,!:¡]*[ \t]*$"
)


@cache
def _towns() -> frozenset[str]:
    return frozenset(data_files.read("towns.txt"))


def greets_a_town(text: str, person: Person) -> bool:
    """Whether `person`, found greeted, is a town the news is announced to ("Big news, <Town>!"): towns.txt, read only
    here (a town named like a person, "Eudora", stays a name elsewhere), no given name a list holds ("Hello Tyler!"),
    and nothing then said to them of care."""
    if person.how != GREETED or not person.words or len(person.words) > 3:
        return False
    if " ".join(fold(word).lower() for word in person.words) not in _towns() or any(is_first_name(word) for word in person.words):
        return False  # "Hello Tyler!": a given name too is weighed as a name (only the practice's own town passes: practice_town.py)
    news = _NEWS_TO.search(text, max(0, person.start - 40), person.start)
    if news is None or spoken_to_about_care(text, person.end):
        return False
    if news.group("season") and (any(lexicon_names.is_first_name(word) for word in person.words) or _care_next(text, person.end)):
        return False  # "Happy holidays, Mercedes! First Christmas home after the kidney transplant"
    return True


def _care_next(text: str, end: int) -> bool:
    return care_in(text, end, _next_stop(text, end))


def _next_stop(text: str, end: int) -> int:
    """The end of the sentence after `end`'s, read at most _WINDOW characters on."""
    limit = min(len(text), end + _WINDOW)
    stops = [stop.end() for _, stop in zip(range(2), _STOP.finditer(text, end, limit))]
    return stops[-1] if len(stops) == 2 else limit


def spoken_to_about_care(text: str, end: int) -> bool:
    """Whether the text after a greeted word, to the end of the next sentence, speaks to someone of care ("¡Feliz
    cumpleaños, Doc! Ya terminaste tus quimios", "Thanks, Champ, for coming in after your knee surgery"): the word then
    stands for a patient, as a nickname does."""
    limit = min(len(text), end + _WINDOW)
    stops = 0
    for stop in _STOP.finditer(text, end, limit):
        stops += 1
        if stops == 2:
            limit = stop.end()
            break
    return bool(_YOU.search(text, end, limit)) and care_in(text, end, limit)
