"""Given names that are also words ("June", "Rosa", "Hope", "Luz"): when they name someone.

Such a word names a person only with a surname or an initial after it, an age or a milestone of care
right after it, or where they work or live together with their care; otherwise it is the word.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation, sentence_bounds, sentence_of
from .care import MILESTONE_STATE, MILESTONE_VERB, care_in, mentions_care, own_care, spoken_care
from .known import Known, Person
from .lone_initial import care_beside, cared_in_sentence, lone_initial
from .vocabulary import CALENDAR, CITIES, DESCRIBED, NAMES, NOT_A_NAME, NOT_NAMES, PET_FORMS, PLACE_AFTER, VERB_LIKE, diminutive_of, is_first_name, is_place, is_surname, lowered, name_run, word_before

WORD_GIVEN = lowered("word_given_names")  # "April", "Julio", "Rosa", "Hope": never a name on their own
_NO_INFO = lexicon_names.NameInfo(False, False, False, False, False)
_WORD_NAME_TAIL = lazyre.compile(r"[ \t]+(?:([A-Z])\.[ \t]*|((?i:de|del)(?:[ \t]+(?i:la|las|los))?)[ \t]+)?(?=[A-Z])")
_ARTICLE_BEFORE = frozenset({"the", "an", "el", "la", "los", "las", "un", "una", "our", "nuestra", "nuestro", "this", "esta", "este"})


def word_name(text: str, match: re.Match, known: Known, slug: bool) -> Person | None:
    """A given name that is also a word or a date, made a name by what follows it.

    "Julio R. Benitez" (an initial and a surname), "Pilar de la Fuente" ("de" and a surname),
    "Rosa Delgado", "June Castellanos" (a surname no word shares), "Cruz Mendoza Rivas" (two
    surnames). Not "June Boston Marathon", "Hope Street Church", "la Rosa de Guadalupe", "Mercedes
    Benz" after an article: a month before a city, a place's or a thing's name.
    """
    word, low = match.group(0), match.group(0).lower()
    lone = lone_initial(text, match, slug)  # "<Word-name> M. is 90 days sober"
    if lone and word_before(text, match.start()) not in _ARTICLE_BEFORE and not is_place(text, match.start()):
        return lone
    tail = _WORD_NAME_TAIL.match(text, match.end())
    if not tail or word_before(text, match.start()) in _ARTICLE_BEFORE or is_place(text, match.start()):
        return None
    tokens = [t for t in name_run(text, tail.end(), 3) or (name_run(text, tail.end(), 1) if slug else []) if t.group(0).lower() not in known.org]  # a slug's "Day 3" ends no event's name
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
    else:  # "Rosa Delgado", "Cruz Mendoza Rivas"; a slug's possessive, its apostrophe lost ("rebuilt-<word-name>-<surname>s-smile");
        # both words also words, with care in their sentence: "for Ambrose Keel: your visit"
        possessive = slug and info is None and len(first) > 4 and first.endswith("s") and not first.endswith("ss") and is_surname(first[:-1])
        ok = is_surname(first) or possessive or (surname and (second or "-" in first)) or (surname and not slug and len(tokens) == 1 and cared_in_sentence(text, match.start()))
        ok = ok or surname and slug and low not in _TIME_NAMES and care_beside(text, match.start(), tokens[0].end(), 3)  # "<Word-name>_<Word-surname>_ketamine_infusion"
    if not ok:
        return None
    tokens = tokens[: 1 if slug else 3]
    how = "a name that is also a word, with a surname" if not tail.group(1) else "a name and an initial"
    return Person(match.start(), tokens[-1].end(), (word, *(t.group(0) for t in tokens)), how)


# Months (the calendar module) and seasons: a file named "<Season>_<Word>_therapy" is a programme's ("winter-light-therapy",
# "summer-strong-pt-program"), not a person's.
_TIME_NAMES = frozenset(m.lower() for m in calendar.month_name if m) | {"spring", "summer", "autumn", "fall", "winter"}


# Right after a given name that is also a word: an age ("Joy turned 3", "Esperanza cumplio 8 anitos") or what
# happened in their care ("Luz dio a luz", "Hope is officially in remission", "Faith beat breast cancer").
_AGE_TURNED = lazyre.compile(
    r"[ \t]+(?:(?i:just|finally|ya|hoy)[ \t]+)?(?i:turned|turns|cumplio|cumple)[ \t]+(\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez))(?!\d)(?![:.,/]\d)"
    r"(?![ \t]*(?:%|\$|(?i:days?|dias|degrees?|grados|percent|por\s*ciento|minutes?|minutos|hours?|horas|dollars|dolares|miles|millas|pounds|libras|kilos|kg|times|veces|of|de)(?![\w-])))"  # an age, not "30 days of sunshine"
)
_RIGHT_AFTER = lazyre.compile(
    r"[ \t]+(?:(?i:just|finally|already|officially|now|ya|hoy|por\s+fin|oficialmente)[ \t]+)?(?:(?i:is|esta|ya\s+esta)[ \t]+(?:(?i:officially|now|finally|oficialmente)[ \t]+)?)?"
)


_PRONOUNS = frozenset(("ella", "ellas", "ellos", "el", "usted"))  # a closed class: the subject pronouns that are also given names


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
    if verb and verb.group(0).lower().startswith("se ") and match.group(0).lower() in _PRONOUNS:
        return None  # "Ella se operó de ...": the Spanish pronoun before a reflexive verb, "she"
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
_BY_PLACE = lazyre.compile(
    r"[ \t]*(?:,[ \t]*|\([ \t]*|[-–—][ \t]*)?(?:"
    rf"(?i:from|at|of)[ \t]+(?:(?i:the)[ \t]+)?(?:[\w'’&-]+[ \t]+){{0,3}}?(?:(?i:{alternation(DESCRIBED['place_nouns'])})(?![\w-])|[A-Z])"
    rf"|(?i:de|del)[ \t]+(?:(?i:la|el|los|las)[ \t]+)?(?i:{alternation(DESCRIBED['place_nouns'])})(?![\w-])"
    rf"|(?i:the|our|la|el|nuestr[oa])[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{_ROLE_WORDS})(?![\w-])"
    r"|(?i:la|el)[ \t]+(?i:de|del)(?![\w-])"
    rf"|(?i:who|that|que)[ \t]+(?:(?i:also|still|ya|todavia|always|siempre|usually)[ \t]+)?(?i:{alternation(DESCRIBED['job_verbs'])})(?![\w-])"
    r")"
)


# --- a given name that is also a word, made a name by how the text speaks of one person ----------------

ENDEARMENTS = lowered("endearments")
CRIES = lowered("cries")  # "Viva Mexico!": a cry, no given name
_ENDEARMENT = alternation((*ENDEARMENTS, *NAMES["person_before"]))
# In apposition: "Luz, nuestra paciente mas consentida, ...", "Summer, our bravest little asthma warrior", "Victoria, la mas valiente de ..."
_APPOSED = lazyre.compile(
    rf"[ \t]*,[ \t]+(?:(?i:our|my|the|this|nuestr[oa]|mi|la|el|esta|este)[ \t]+)(?:[\w'’-]+[ \t]+){{0,3}}?(?i:{_ENDEARMENT})(?![\w-])"
    r"|[ \t]*,[ \t]+(?i:la|el|our|the)[ \t]+(?i:mas|most)[ \t]+[a-z]{4,}"
)
# The text says the word is her name: "Milagros hizo honor a su nombre", "Harmony lived up to her name".
_NAME_REFERENCE = lazyre.compile(
    r"[ \t]+(?:(?i:really|truly|totally|sure|de\s+verdad)[ \t]+)?"
    r"(?i:(?:lived|lives|living|live)\s+up\s+to\s+(?:her|his|their)\s+(?:own\s+)?name|(?:le\s+)?(?:hizo|hace|haciendo)\s+honor\s+a\s+su\s+nombre"
    r"|true\s+to\s+(?:her|his|their)\s+name|como\s+su\s+nombre\s+lo\s+(?:dice|indica))(?![\w-])"
)
# Spoken to by an endearment: "Feliz cumple, princesa!", "Bien hecho, mi reina!", "proud of you, kiddo."
_ENDEARED = lazyre.compile(rf"(?:,|¡|!|^)[ \t]*(?:(?i:mi|my|our|nuestr[oa])[ \t]+)?(?i:{alternation(ENDEARMENTS)})[ \t]*[!.]", re.MULTILINE)
# Words after which a capitalised word is no one's name in the middle of a sentence: articles, prepositions,
# possessives, conjunctions ("this Summer", "la Luz del Mundo", "por Dolores", "and Joy").
_NOT_AFTER = frozenset(
    {
        *_NOT_BY_PLACE,
        *_ARTICLE_BEFORE,
        *POSSESSIVES,
        "a",
        "al",
        "y",
        "e",
        "o",
        "u",
        "and",
        "or",
        "nor",
        "but",
        "pero",
        "to",
        "for",
        "para",
        "por",
        "con",
        "with",
        "without",
        "sin",
        "at",
        "on",
        "from",
        "into",
        "sobre",
        "entre",
        "hacia",
        "before",
        "after",
        "antes",
        "despues",
        "que",
        "than",
        "como",
        "like",
        "as",
        "its",
        "their",
        "his",
        "her",
        "las",
        "los",
        "unos",
        "unas",
        "some",
        "every",
        "happy",
        "feliz",
        "felices",
        "dear",
        "querida",
        "querido",
    }
)


_MONTHS = frozenset({"april", "may", "june", "august", "abril", "mayo", "julio", "agosto", "sunday", "domingo"})
_SEASONS = frozenset({"summer", "winter", "spring", "autumn", "fall", "verano", "invierno", "primavera", "otono"})
_RAW_BEFORE = lazyre.compile(r"(?<![\w'’-])([\w'’-]+)[ \t]+$")  # the word before, as written: a verb or a noun, lower case


def _opens(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence (or a line, or a quote)."""
    before = text[max(0, start - 2) : start]
    return not before.strip(" \t") or before.rstrip(" \t")[-1:] in '.!?¡¿:\n"“' or _HELLO.search(text, max(0, start - 20), start) is not None


_NICKNAME_AFTER = lazyre.compile(r"[ \t]+[\"“'‘«][^\"“”'‘’«»\n]{1,40}[\"”'’»][ \t]+[A-Z]")
_HELLO = lazyre.compile(r"(?<![\w-])(?i:hi|hey|hello|hola|oye|buenas|good\s+news|great\s+news|buenas\s+noticias|thank\s+you|thanks|gracias)[ \t]*[,!]?[ \t]+$")


def word_name_by_context(text: str, match: re.Match) -> Person | None:
    """A given name that is also a word, made one person's by how the text speaks of her and her care.

    In apposition to a patient or an endearment ("Paz, nuestra paciente mas querida, cumple 6
    anitos", "Summer, our bravest little asthma warrior"); said to be her name ("Milagros hizo honor a su
    nombre"); followed by a relative clause of her own care ("Three cheers for Summer, who finished
    physical therapy after her hip fracture", "Feliz cumpleanos a Abril, que ya no necesita el inhalador");
    in Spanish word order, right after the verb of her care ("Ayer se despidio de nosotros Paloma
    tras dos anos de frenos"), where no one capitalises a season or a virtue; or opening a
    sentence of her care in a text that speaks to her by an endearment ("... ¡Feliz cumple, princesa!").
    The text must tell of care, so "Summer, our favorite season" and "la Luz del Mundo" stay words.
    """
    word, low = match.group(0), match.group(0).lower()
    if _NICKNAME_AFTER.match(text, match.end()):
        return None  # '<Given> "<Nickname>" <Surname>': a full name, read whole with its nickname (nicknamed.py, public.py)
    bounds = sentence_bounds(text)
    start, end = sentence_of(bounds, match.start())
    if (_APPOSED.match(text, match.end()) or _NAME_REFERENCE.match(text, match.end())) and mentions_care(text):
        return Person(match.start(), match.end(), (word,), "a name that is also a word, said of one person", public=False)
    if _relative_of_care(text, match, start, end):
        return Person(match.start(), match.end(), (word,), "a name that is also a word, with their care", public=False)
    if low not in CALENDAR and low not in _MONTHS and _opens(text, match.start()) and spoken_care(text, match.end(), end, devices_only=low in _SEASONS):
        # "Ivy, your new night guard is ready", "Luz, tus lentes nuevos ya llegaron": spoken to about their care
        return Person(match.start(), match.end(), (word,), "a name that is also a word, spoken to about their care", public=False)
    if low in CALENDAR or low in _MONTHS or re.match(r"[ \t]+[A-Z\d]|[ \t]+(?i:de|del)[ \t]+[A-Z]|['’]", text[match.end() : match.end() + 8]):
        return None  # a month or a day ("off May 3"); a place's or a thing's name ("Hope Street", "Luz del Mundo"), a possessive
    before = text[max(0, match.start() - 2) : match.start()]
    opening = not before.strip(" \t") or before.rstrip(" \t")[-1:] in '.!?¡¿:\n"“'
    if not opening:
        previous = _RAW_BEFORE.search(text, max(0, match.start() - 40), match.start())
        word_then = previous.group(1) if previous else ""
        if not (word_then.isalpha() and word_then.islower() and word_then not in _NOT_AFTER):
            return None
        # "... and warmer still is Summer! Back on the court after her knee repair": the sentence she ends goes on in the next
        reach = sentence_of(bounds, end)[1] if end < len(text) and re.match(r"[ \t]*[!.]", text[match.end() : match.end() + 3]) else end
        if own_care(text, start, reach) or _ENDEARED.search(text) and care_in(text, start, end):
            return Person(match.start(), match.end(), (word,), "a name that is also a word, with their care", public=False)
        return None
    if re.match(r"[ \t]+[a-z]", text[match.end() : match.end() + 3]) and _ENDEARED.search(text) and own_care(text, start, end):
        return Person(match.start(), match.end(), (word,), "a name that is also a word, spoken to with their care", public=False)
    return None


# A relative clause right after the name: "Summer, who finished physical therapy", "a Abril, que ya no necesita".
_RELATIVE = lazyre.compile(r"[ \t]*(?P<comma>,[ \t]*)?(?:(?P<who>(?i:who|who['’]s|quien|quienes))|(?i:que))[ \t]+")
_DEDICATED = frozenset({"a", "para", "por", "to", "for"})  # "Feliz cumpleanos a Abril, que ...": a wish's one person


def _relative_of_care(text: str, match: re.Match, start: int, end: int) -> bool:
    """Whether a relative clause after the name tells of her own care, in a sentence that asks nothing.

    "who" says a person ("Hooray for May, who finished chemo today"); "que" does after a wish's "a" or
    "para" or between commas ("Felicidades, Summer, que ya camina sin andadera"), not opening a sentence
    ("Dolores, que pueden aparecer tras su cirugia, ..." are pains). After an article or a possessive it
    is a word ("la Luz que ..."); in a question it is one ("Hello Summer, who's ready for their flu shot?").
    """
    clause = _RELATIVE.match(text, match.end())
    before = word_before(text, match.start())
    if not clause or before in _ARTICLE_BEFORE or before in POSSESSIVES or text[start:end].rstrip(' \t\n"”)').endswith("?"):
        return False
    if not clause.group("who"):
        vocative = text[max(0, match.start() - 3) : match.start()].rstrip(" \t").endswith(",")
        if not clause.group("comma") or not (vocative or before in _DEDICATED):
            return False
    return own_care(text, clause.end(), end)


_CAP_WORD = lazyre.compile(r"[A-Z][a-z]+(?=[ \t]*(?:[!.,]|$))", re.MULTILINE)


def birthday_name(text: str, pos: int, care: bool) -> Person | None:
    """A birthday wish to a given name that is also a month or a season, standing alone ("Happy 9th birthday
    to April!", "Feliz cumple, Summer!"), in a text that tells of care (`care`, asked once per text): a
    birthday is one person's, so the word is her name ("Happy birthday to June babies" is no one)."""
    word = _CAP_WORD.match(text, pos)
    if not word or word.group(0).lower() not in WORD_GIVEN or not (care or MILESTONE_STATE.search(text, max(0, pos - 200), pos + 300)):
        return None
    return Person(word.start(), word.end(), (word.group(0),), "a birthday wish to a name that is also a word", public=False)


# --- a given name that is also a word, made one person's by a relative's title, a subject's "she", a dedication ---

# A relative's title a town knows someone by, before a name that is also a month or a word ("Grandpa August",
# "abuela Abril", "Tio Julio", "Nana Joy"): the title makes it a person, as "Grandpa Lou" is. Folded, lower case.
KIN_TITLES = frozenset(
    {
        *("aunt", "auntie", "uncle", "grandma", "grandpa", "nana", "granny", "gramma", "grammy", "gramps", "granddad", "grandad"),
        *("meemaw", "mawmaw", "mamaw", "memaw", "papaw", "pawpaw", "peepaw", "poppa", "pappy", "nonna", "nonno", "oma", "opa"),
        *("tia", "tio", "abuela", "abuelo", "abuelita", "abuelito", "tata", "tatita", "abue", "guelo", "guela", "guelito", "guelita"),
        *("yaya", "tiita", "tiito", "padrino", "madrina"),
    }
)
_TITLED_WORD = lazyre.compile(r"\.?[ \t]+([A-Z][a-z]+)(?![\w'’-])")
# A routine test or visit of hers: "his blood sugar check", "his weekly blood draw", "su control de presion", "sus analisis"
_ROUTINE = lazyre.compile(
    r"(?<![\w-])(?i:her|his|their|su|sus)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?"
    r"(?i:checks?|check-ups?|checkups?|tests?|draws?|labs?|bloodwork|visits?|appointments?|infusions?|injections?|shots?|control|controles|chequeos?|citas?|pruebas?|analisis|estudios|consultas?|inyeccion|inyecciones)(?![\w-])"
)


def titled_calendar_name(text: str, title: re.Match) -> Person | None:
    """A title, then a given name that is also a day's or a month's short form, then a surname ("Mrs. Thu Pham",
    "Mr. Sat Singh", "Sra. Mar Ortega"): the title and the surname make the calendar word a name, as any title
    and name are one. A calendar word with no surname after it ("Dr. Mon-Fri") names no one."""
    word = _TITLED_WORD.match(text, title.end())
    if not word or word.group(1).lower() not in CALENDAR:
        return None
    rest = name_run(text, word.end(1) + 1, 2) if text[word.end(1) : word.end(1) + 1] == " " else []
    if not rest:
        return None
    return Person(title.start(), rest[-1].end(), (title.group(0), word.group(1), *(t.group(0) for t in rest)), "a title and a name")


def titled_word_name(text: str, title: re.Match, care: bool) -> Person | None:
    """A relative's title before a given name that is also a month or a word ("Happy 90th to Grandpa August
    ... here each month for his blood sugar check", "Feliz cumple a la abuela Abril, que viene cada mes a su control"), in a text that
    tells of care (`care`) or of a routine test or visit of hers: the month after "Grandma" is her name.
    Without either it names no one's health ("Grandpa August's chili recipe"). Any title before a calendar word and a
    surname is a name (titled_calendar_name)."""
    if (calendar := titled_calendar_name(text, title)) is not None:
        return calendar
    if title.group(0).lower().rstrip(".") not in KIN_TITLES or not (care or _ROUTINE.search(text)):
        return None
    word = _TITLED_WORD.match(text, title.end())
    if not word or word.group(1).lower() not in WORD_GIVEN:
        return None
    return Person(title.start(), word.end(1), (title.group(0), word.group(1)), "a relative's title and a name that is also a word", excusable=False, public=False)


# A sentence's subject, then what she did or how she is now: "Faith is off her crutches at last", "Summer
# finished PT", "Abril ya salio del hospital"; not what a season or a month does ("Spring is here", "May is
# Stroke Awareness Month", "June was a busy month").
_SUBJECT_STATE = lazyre.compile(
    r"[ \t]+(?:(?i:just|finally|officially|already|now|so|ya|hoy|por[ \t]+fin|oficialmente)[ \t]+)?"
    r"(?:(?i:is|was|esta|estaba)[ \t]+(?:(?i:finally|officially|now|so|already|all|ya|por[ \t]+fin)[ \t]+)?"
    r"(?i:back|out|home|off|done|cleared|free|walking|running|up|recovering|healing|feeling|doing|de[ \t]+vuelta|en[ \t]+casa|libre|caminando|dada[ \t]+de[ \t]+alta|dado[ \t]+de[ \t]+alta)"
    r"|(?!(?i:arrived|started|ended|begun|sprung|passed|rolled|flew|showed|brought|reminded|marked)(?![\w-]))(?i:[a-z]{3,}ed|got|went|came|took|beat|ran|left|rang|won|walked|strutted|salio|termino|volvio|regreso|dejo|camino|se[ \t]+quito|cumplio|recibio)"
    r"|(?i:had|has[ \t]+had|has[ \t]+been|tuvo|ya[ \t]+tuvo|was[ \t]+(?:such[ \t]+a|a[ \t]+total|a[ \t]+real|so|super|very|really)))(?![\w-])"  # "<Word> had her checkup", "was such a trooper at her ..." (round 69)
)
_SENTENCE_END = lazyre.compile(r"[.!?]+(?=[\s\"”')]|$)|\n")


def _two_sentences(text: str, pos: int) -> int:
    """Where the sentence after the one holding `pos` ends (at most 400 characters on): what is said of
    someone reaches into the next sentence ("Summer is back on the court! After her ACL repair she ...")."""
    limit = min(len(text), pos + 400)
    end = pos
    for _ in range(2):
        stop = _SENTENCE_END.search(text, end, limit)
        end = stop.end() if stop else limit
    return end


_SHE_HE = lazyre.compile(r"(?<![\w-])(?i:she|he|she['’]s|he['’]s|her|his|su|ella|el(?=[ \t]+(?i:ya|esta|estaba|se|nos|dijo|dice|salio|volvio|sigue|tambien|no)(?![\w-])))(?![\w-])")


def subject_word_name(text: str, match: re.Match) -> Person | None:
    """A given name that is also a word (a virtue, a season, a month, a weather word) as the subject opening
    a sentence, then what she did or how she is ("Faith is off her crutches at last", "Abril ya salio del
    hospital"), with her care and a "she" or "ella" after it, in that sentence or the next: "Summer is
    back on the court! Six weeks after her ACL repair she ...". "Spring is here" and "May is Stroke
    Awareness Month" are no one; nor is a sentence with no "she" (or "her", "his") after the word."""
    before = text[max(0, match.start() - 2) : match.start()]
    if before.strip(" \t") and before.rstrip(" \t")[-1:] not in '.!?¡¿\n"“':
        return None
    if not _SUBJECT_STATE.match(text, match.end()) or match.group(0).lower() in _MONTHS or match.group(0).lower() in CALENDAR:
        return None  # "May had her hands full: ...": the month
    reach = _two_sentences(text, match.end())
    if not _SHE_HE.search(text, match.end(), reach):
        return None
    if not (own_care(text, match.end(), reach) or care_in(text, match.end(), reach)):
        return None
    return Person(match.start(), match.end(), (match.group(0),), "a name that is also a word, the subject of her care", public=False)


# A post dedicated to someone ("A Cielo, la chofer del camion 9: ...", "To Misty, our crossing guard at Elm: ..."),
# then their or their children's care spoken to them: "gracias por traer a tus hijos a sus vacunas".
_DEDICATION = lazyre.compile(r"(?:^|(?<=[.!?¡\n]))[ \t\"“¡]*(?i:a|to|para|for)[ \t]+$")
_KIDS = r"(?i:kids|children|boys|girls|little[ \t]+ones|grandkids|grandchildren|muchachos|muchachas|hijos|hijas|ninos|ninas|chamacos|chamacas|peques|nietos|nietas|chicos|chicas|babies|bebes)"
_YOUR_KIDS = lazyre.compile(rf"(?<![\w-])(?i:your|tus|sus|tu|su)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?{_KIDS}(?![\w-])")


def dedicated_name(text: str, match: re.Match) -> Person | None:
    """A given name that is also a word, to whom a post is dedicated, with a role ("A Cielo, la chofer del
    camion escolar, ...", "To Misty, our crossing guard at Elm Street, ...") and their or their children's
    care said to them in the sentence or the next ("thanks for bringing your three kids in for their
    checkups", "gracias por traer a tus hijos a sus vacunas"). A dedication with no care ("To Summer, our
    favorite season") is the word."""
    if not _DEDICATION.search(text, max(0, match.start() - 8), match.start()) or not _BY_PLACE.match(text, match.end()):
        return None
    reach = _two_sentences(text, match.end())
    kids = _YOUR_KIDS.search(text, match.end(), reach)
    if not (kids and care_in(text, kids.start(), reach) or own_care(text, match.end(), reach, second_person=True)):
        return None
    return Person(match.start(), match.end(), (match.group(0),), "a name that is also a word, to whom the post is dedicated", public=False)


# "nuestro querido Chente", "nuestra querida Chela", "our beloved Bubba": a possessive of affection before a pet
# form names the one the town calls so, though the pet form is also a word ("tono", "concha", "chato").
_CHERISHED = lazyre.compile(
    r"(?<![\w-])(?i:nuestro|nuestra|nuestros|nuestras|mi|our|my)[ \t]+(?i:querido|querida|queridisimo|queridisima|amado|amada|adorado|adorada|dear|dearest|beloved)"
    r"[ \t]+([A-Z][a-z]+)(?![\w'’-])"
)


def cherished_names(text: str, known: Known) -> Iterator[Person]:
    """Pet forms of given names after a possessive of affection ("nuestro querido Chente", "our dear Chuy"),
    not a place or a thing held dear ("nuestra querida Aguada", "our beloved Cubs")."""
    for match in _CHERISHED.finditer(text):
        word = match.group(1)
        low = word.lower()
        if low in known.org or low in NOT_A_NAME or is_place(text, match.start(1)):
            continue
        if low in PET_FORMS or is_first_name(word) or diminutive_of(word):
            yield Person(match.start(1), match.end(1), (word,), "a pet name said with affection", public=False)


_PLACE_INITIAL = lazyre.compile(r"[ \t]+([A-Z])\.")


def place_name_person(text: str, match: re.Match) -> Person | None:
    """A given name that is a country or a US state first ("Kenya", "Florida"), standing alone: a person only
    when what surrounds it says so, as for a name that is also a word ("Kenya turned 7", "Kenya is out of her
    cast ... she", "A Florida, la nueva paciente ..."); never after a preposition of place or beside another place."""
    if is_place(text, match.start()):
        return None
    initial = _PLACE_INITIAL.match(text, match.end())
    if initial:  # "Florida R. finished her chemo": a name and an initial
        return Person(match.start(), initial.end(), (match.group(0), initial.group(1)), "a name and an initial")
    return known_by_place(text, match) or word_name_with_milestone(text, match) or word_name_by_context(text, match) or subject_word_name(text, match) or dedicated_name(text, match)
