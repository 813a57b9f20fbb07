"""What a word is, to the people finders: a given name, a surname, a pet form, a title, a place.

Names and clinical words come from the lexicon (hooks/playbook/lexicon); privacy-names.yml and
privacy-described.yml add what no list holds. Kept apart from the finders so that a word's meaning is
decided in one place.
"""

from __future__ import annotations

import functools
import re

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...lexicon import names as lexicon_names
from ...text import alternation
from ...wordlists import wordlist
from . import animals, chants, civic_places, named_places, pet_owners, places, readings
from .common import WORDS

NAMES = wordlist("privacy-names")
DESCRIBED = wordlist("privacy-described")  # roles, places and milestones of a person described (PHI011 reads them too)
# Words of a day of care a file name carries ("postop", "post-op" or, as a slug splits it, "Post Op", "discharge", "POD1"):
# care, like a clinical word (slugs.py, surname_first.py)
_FILE_CARE_WORDS = wordlist("privacy-identifiers")["date_file_words"]
FILE_CARE = lazyre.compile(rf"(?<![\w-])(?:(?i:{alternation({*_FILE_CARE_WORDS, *(w.replace('-', ' ') for w in _FILE_CARE_WORDS)})})|POD[ \t]?\d{{1,2}})(?![\w-])")


def lowered(*lists: str) -> frozenset[str]:
    return frozenset(w.lower() for name in lists for w in NAMES.get(name, WORDS.get(name, ())))


CARE_ROLES = lowered("care_roles")  # a role whose work is care: "counselor", "enfermera", "sobadora" (event_parts.py, group_roles.py)


# --- vocabulary: the one place that says what a word is ------------------------------------------------
# Names and clinical words come from the lexicon (hooks/playbook/lexicon: US Census and Faker name
# lists, drugs, ICD-10-CM, CIE-10 and curated procedures, loaded on first use); privacy-names.yml adds
# the words of care that are no clinical term ("appointment", "recovery", "sober", "cita").

_EVERYDAY_NAMES = frozenset(w.lower() for w in NAMES["everyday_names"])


_HYPOCORISMS = frozenset(w.lower() for w in NAMES["hypocorisms"])
_EVERYDAY_DIMINUTIVES = frozenset(w.lower() for w in NAMES["everyday_diminutives"])
_WORD_GIVEN_NAMES = frozenset(w.lower() for w in NAMES["word_given_names"])
_DIMINUTIVE = lazyre.compile(r"(c|ec)?(?:it|ill)([oa])(s?)$")
# "nacho: ignacio": the given names a pet form stands for
PET_FORMS = {pet.strip(): frozenset(given.split()) for pet, _, given in (line.partition(":") for line in NAMES["pet_forms"])}


@functools.lru_cache(maxsize=4096)
def diminutive_of(word: str) -> str:
    """The given name a Spanish diminutive is made from, or "".

    "Nachito": "nacho", "Lupita": "lupe", "Carlitos": "carlos", "Paquito": "paco", "Pilarcita": "pilar",
    "Memito": "memo" (a pet form the lists leave out). A diminutive keeps the name's gender ("-ito" from
    "-o" or a consonant, "-ita" from "-a"); a base that is an everyday word counts only when it is a
    given name that is also one (Pilar, Rosa, Angel), and everyday diminutives ("carita", "palomitas",
    "santito") are none.
    """
    low = word.lower()
    match = _DIMINUTIVE.search(low)
    if not match or match.start() < 2 or low in _EVERYDAY_DIMINUTIVES:
        return ""
    stem, vowel, plural = low[: match.start()], match.group(2), match.group(3)
    if match.group(1) == "ec":  # "Josecito"
        bases = [stem + "e"]
    elif match.group(1) == "c":  # "Carmencita", "Ramoncito", "Pilarcita"
        bases = [stem]
    else:
        stem = stem[:-2] + "c" if stem.endswith("qu") else stem[:-2] + "g" if stem.endswith("gu") else stem  # "Paquito", "Rodriguito"
        bases = [stem + vowel + "s"] if plural else [stem + vowel, stem, stem + "e"]  # "Carlitos"; "Juanito", "Lupita"
    # Folded text has lost the tilde of "n" ("Tonito" for "Toñito"); the name lists keep it ("toño").
    bases += [base[:at] + "ñ" + base[at + 1 :] for base in bases for at in range(len(base)) if base[at] == "n"]
    for base in bases:
        if len(base) < 3:
            continue
        if base in _HYPOCORISMS or base in _WORD_GIVEN_NAMES:
            return base
        info = lexicon_names.name_info(base)
        if info is not None and info.first and not info.also_word:
            return base
    return ""


def is_first_name(word: str) -> bool:
    """A given name that is not also an everyday word ("Maria", "Thaddeus"; not "Grace", "Will" or Spanish "Ella").

    Pet forms count ("Chayo", "Memo") and so do diminutives of given names ("Nachito", "Pilarcita").
    """
    low = word.lower()
    if low in _EVERYDAY_NAMES:
        return False
    if low in _HYPOCORISMS:
        return True
    info = lexicon_names.name_info(word)
    if info is None and "-" in word.strip("-"):  # "Jamie-Lynn", "Maria-Jose": every part a given name
        return all(is_first_name(part) for part in word.split("-"))
    if info is None:  # "Nachito"; not a city no name list holds that only ends like one ("Amarillo", "Camarillo")
        return bool(diminutive_of(word)) and not civic_places.is_city(word)
    return info.first and not info.also_word


def is_surname(word: str) -> bool:
    """A surname that is no everyday word ("Castellanos"; not "Power" or "Shore")."""
    info = lexicon_names.name_info(word)
    return info is not None and info.surname and not info.also_word


def is_unknown(word: str) -> bool:
    """A capitalised word no name list knows ("Oriane", "Tyrese"; also "Millbrook")."""
    return lexicon_names.name_info(word) is None


# "Starting April", "Bilingual English", "Annual Smith Cup": a verb's or an adjective's ending, not a first name's
VERB_LIKE = lazyre.compile(r"(?:ing|ed|ly|tion|ment|ness|ando|iendo|mente|cion|ual|ical|onal|ive|ous|ful|less|able|ible)$")


CONTRACTIONS = lowered("contractions")
CALENDAR = lowered("calendar_words")  # "seeing patients Tues", "Walk-ins Mon-Fri", "lun a vie"
NOT_NAMES = frozenset(
    w.lower() for w in (*WORDS["not_names"], *WORDS["honorifics"], *NAMES["titles"], *NAMES["titles_any_case"], *CALENDAR, *NAMES["not_people"], *NAMES["credentials"], *NAMES["organising_words"])
)
PLACE_AFTER = lowered("place_after")
SCHOOL_AFTER = lowered("school_after")  # "<Town> Classical", "<Town> Southeast": a school, after a name only
CITIES = lowered("city_names")
LANGUAGES = lowered("languages")
COURTESY = lowered("courtesy_titles")
SPANISH_EVERYDAY = lowered("spanish_everyday")
PLACE_BEFORE = lowered("place_before", "houses_of_worship")
PETS = lowered("pets")
ENSEMBLES = lowered("ensembles_before")  # "musica del grupo <Name>", "the band <Name>": the group's name
PERSONAL_TITLES = lowered("personal_titles")
INTERJECTIONS = lowered("interjections")  # "Si,", "Claro,", "Ojo:", "Animo,": an answer or a cry opens the sentence
AFTER_INTERJECTION = lazyre.compile(r"[ \t]*(?:[,!:;.?]|$)")

# A capitalised word: "Maria", "McDonald", "O'Brien", "Okafor-Bennett".
CAP = r"[A-Z][a-z]+(?:['’][A-Z][a-z]+|[A-Z][a-z]+)*(?:-[A-Z][a-z]+)*"
CAP_WORD = lazyre.compile(r"(?<![A-Za-z])" + CAP + r"(?![\w])")  # never tried inside a word (a long camel run would be rescanned)
# Words a letter after them belongs to ("vitamin_k", "hepatitis-b", "plan_b", "group_a_strep", "sala_c"): no initial of a name.
LETTER_OWNERS = frozenset(
    "vitamin vitamina vit hepatitis hep plan group grupo type tipo grade grado class clase stage etapa room sala "
    "wing ala unit unidad ward section seccion level nivel building edificio area zona option opcion tier part "
    "parte lot lote suite floor piso module modulo phase fase step paso exhibit anexo appendix apendice".split()
)
# A name word as a name run reads it: a hyphenated given name whose second part is written in lower case
# ("Hye-jin", "Ji-hoon", "Seo-yeon") is one name, not "Hye" cut at its hyphen (which no team member is).
_NAME_WORD = lazyre.compile(r"(?<![A-Za-z])" + CAP + r"(?:-[a-z]{2,6}(?![\w-]))?(?![\w])")
CAP_START = r"(?<![\w'’-])"  # a name starts a word: a match tried inside a long camel run would rescan it (quadratic)
CAP_BEFORE = lazyre.compile(rf"{CAP_START}({CAP})[ \t]+$")
NOT_A_NAME = NOT_NAMES | PLACE_BEFORE | PLACE_AFTER | _EVERYDAY_NAMES | LANGUAGES
# Particles a slug capitalises like any word ("consejos-de-salud": "Consejos De Salud", "van-der-berg"): no surname on their own.
PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "da", "di", "do", "dos", "das", "du", "van", "von", "le"})
NOT_A_SURNAME = NOT_NAMES | PLACE_BEFORE | PLACE_AFTER | LANGUAGES  # an everyday word that is a given name is a common surname too: "Yoli Ramos"
_GAP = lazyre.compile(
    r"[ \t]+(?:(?:de|del|de[ \t]+la|van|von|da|di)[ \t]+|[\"“'‘][A-Za-z][\w .'’-]{0,24}?[\"”'’][ \t]+(?=[A-Z])|[A-Z]\.[ \t]+(?=[A-Z][a-z]))?"
)  # 'Kiko "Dinamita" Lara', a middle initial ("John C. Fremont Park" reaches its place word)
_WORD_BEFORE = lazyre.compile(r"([\w'’.-]+)[ \t]*$")
_SIDES = frozenset(("northeast", "northwest", "southeast", "southwest"))
_CAPS_RUN = lazyre.compile(r"\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,})+\b")


# One all-caps word next to an initial, as on a chart label ("QUINONES R.", "R. QUINONES"), or before an age, as a cheer
# writes a child's name ("Shoutout to MASON, age 6", "ARIA (7)"): one pass
_CAPS_LONE = lazyre.compile(
    r"\b[A-Z]{3,}(?=,?[ \t]+[A-Z]\.)|(?<=\b[A-Z]\.[ \t])[A-Z]{3,}\b"
    r"|\b[A-Z]{3,}(?=[ \t]*,[ \t]*(?:(?i:age|aged|edad)[ \t]+)?\d{1,3}(?![\d:.,]\d)|[ \t]*\([ \t]*\d{1,3}[ \t]*\))"
)
# One all-caps word cheered or addressed after a comma: "RING IT, GARY!", "¡DALE, ROSENDO!", "Way to go, DENNIS!!"
_CAPS_CHEERED = lazyre.compile(r"(?<=,[ \t])[A-Z]{3,}(?=[ \t]*!)")
# An abbreviated title in capitals before a name in capitals: "DR. BRENT HERE", "SRA. LOPEZ" read as "Dr. Brent Here"
_CAPS_TITLE = lazyre.compile(r"(?<![\w.])(?:DR|DRA|MR|MRS|MS|SR|SRA|SRTA|REV|PROF|LIC)(?=\.[ \t]+[A-Z]{2,})")


def title_case_caps(text: str) -> str:
    """'BABY HOLLIS - 20 WKS' reads as 'Baby Hollis - 20 Wks' (runs of two or more all-caps words, or one
    next to an initial, as on a chart label: 'QUINONES R.', 'R. QUINONES', or one cheered after a comma,
    'RING IT, GARY!', or a title's abbreviation before one, 'DR. BRENT', or one before an age, 'MASON, age 6'; same length). A cheer's words stay in capitals:
    'GO MOM GO' names no one (chants.py)."""
    text = _CAPS_TITLE.sub(lambda word: word.group(0).capitalize(), text)
    text = _CAPS_RUN.sub(lambda run: chants.title_case_run(run.group(0)), text)  # not a cheer's words: "GO MOM GO" (chants.py)
    text = _CAPS_CHEERED.sub(lambda word: word.group(0) if chants.kept(word.group(0).lower()) else word.group(0).capitalize(), text)
    return _CAPS_LONE.sub(lambda word: word.group(0).capitalize(), text)


def _calendar_range(word: str) -> bool:
    """'mon-fri', 'tues-thurs', 'lun-vie', 'jan-mar': days or months joined into a range, no name."""
    return "-" in word and all(part in CALENDAR for part in word.split("-"))


def _any_name(word: str) -> bool:
    """Whether any name list holds `word`, as a given name or a surname, even one that is also a word ("Dale", "Ortiz")."""
    return lexicon_names.name_info(word) is not None


_HERITAGE = ("-american", "-americano", "-americana", "-americanos", "-americanas")  # "Korean-American", "mexico-americana"


def name_run(text: str, pos: int, limit: int = 4, *, towns: bool = True) -> list[re.Match]:
    """Capitalised name words starting at pos ("Ada Okafor", "Maria Jose Hernandez Ruiz", "Juan de la Cruz").

    Stops at an ordinary capitalised word ("Dr. Okafor Answers"). A run that reaches a place or
    organisation word ("Lincoln Elementary", "Harbor City Hawks") or a side of town ("<Name> Southeast") names no person: [].
    `towns`: a run of a word no list knows and a city's name is a body named for its city ("Enlace Chicago");
    with False (after a courtesy title) it is a given name and a surname that is also a town's.
    """
    tokens: list[re.Match] = []
    while len(tokens) < limit:
        match = _NAME_WORD.match(text, pos)
        if not match:
            break
        word = match.group(0).lower()
        if tokens and (word in PLACE_AFTER or word in SCHOOL_AFTER or word in _SIDES):
            return []  # "Lincoln Elementary", "<Town> Classical"; "<Name> Southeast", a school or a district by its side of town (not "Southeast Asia")
        if word in NOT_NAMES or _calendar_range(word) or word.endswith(_HERITAGE):
            break  # "the <Town> Chinese-American Neighbors Association": a heritage ends a name, it never is one
        tokens.append(match)
        pos = match.end()
        gap = _GAP.match(text, pos)
        if not gap:
            break
        pos = gap.end()
    if tokens and re.match(r"['’]s[ \t]+[A-Z]", text[tokens[-1].end() : tokens[-1].end() + 4]) and not _owned_care(text, tokens[-1].end() + 2):
        return []  # "Rosie's Diner", "St. Patrick's Day": a business or a day (not "<Name>'s COPD is acting up")
    if towns and len(tokens) > 1 and not _any_name(tokens[0].group(0)) and civic_places.is_city(tokens[-1].group(0)):
        return []  # "Enlace Chicago", "Safe Kids Chicago": a body named for its city, no list's name before it ("Dale Winthrop", "Ortiz Sunnyside")
    if tokens and _firm(text, tokens[0], tokens[-1]):
        return []  # "Johnson & Johnson", "<Surname> & Sons", "the Georgia Crisis & Access Line": a firm or an organisation
    return tokens


# A letter joined to a word that slugs and file names split ("x-ray", "T Cell"): a word, not an initial and a name. Short and
# closed: no list holds these compounds, and the name lists hold none of them.
_LETTER_WORD = lazyre.compile(r"(?:x-ray|x-rays|e-card|e-mail|e-book|e-bike|e-visit|t-cell|b-cell|t-shirt|k-cup|k-cups|e-cig|x-men)")

_BLANKS = lazyre.compile(r"[ \t]*")
_OWNED_NEXT = lazyre.compile(r"[ \t]+([A-Z][\w'’-]*)")


def _owned_care(text: str, pos: int) -> bool:
    """A clinical term the name owns ("<Name>'s COPD", "<Name>'s ACL Surgery", "<Name>'s Hep C"), not a centre's or a camp's
    name ("<Name>'s Asthma Camp", "<Name>'s Cancer Center") nor a town's place of care ("<Town>'s ER")."""
    start = _BLANKS.match(text, pos).end()
    term = lexicon_clinical.term_at(text, start)
    if term is None or term.common or term.category == "care_setting":
        return False
    after = _OWNED_NEXT.match(text, start + term.end)
    return after is None or bool(lexicon_clinical.find(after.group(1)))  # "<Name>'s ACL Surgery", not "<Name>'s Asthma Camp"


def is_letter_word(letter: str, word: str) -> bool:
    """Whether a slug's letter and the word after it are one word split ("T Cell", "X Ray"), not an initial and a name."""
    return _LETTER_WORD.fullmatch(f"{letter}-{word}".lower()) is not None


_AND_AFTER = lazyre.compile(rf"[ \t]*&[ \t]*({CAP})((?:[ \t]+{CAP}){{0,2}})")
_AND_BEFORE = lazyre.compile(rf"(?<![\w'’-])({CAP})[ \t]*&[ \t]*$")


def _firm(text: str, first: re.Match, last: re.Match) -> bool:
    """A run joined by "&" to the same name, a firm's word or an organisation's name: a firm, not a person."""
    after = _AND_AFTER.match(text, last.end())
    if after and (after.group(1) == last.group(0) or any(w.lower() in PLACE_AFTER for w in (after.group(1), *after.group(2).split()))):
        return True
    before = _AND_BEFORE.search(text, max(0, first.start() - 30), first.start())
    return before is not None and before.group(1) == first.group(0)


def word_before(text: str, start: int) -> str:
    """The word just before `start`, lower case, without a trailing period."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match.group(1).lower().rstrip(".") if match else ""


@functools.lru_cache(maxsize=1024)  # each reading that finds a name asks again of the same start (half the calls)
def is_place(text: str, start: int) -> bool:
    """Whether the name at `start` is part of a place or a pet's name ("San Isidro", "our dog Max"), or no one's (readings)."""
    state = _CITY_WORD.match(text, start)
    if state and places.is_state(state.group(0)) and not lexicon_names.is_name(state.group(0)):
        return True  # "<State>'s school immunization rules": a state's name that no list holds as anyone's
    word = word_before(text, start)
    if word and _ENDED_LOWER.search(text, max(0, start - 40), start):
        word = ""  # "... me caí en el río. <Given> <Surname>": a sentence ended on a word in small letters; not "Mt. <Name>", "Ave. <Name>"
    if word in PLACE_BEFORE and _care_subject(text, start):
        return False  # "en la clinica <Given> <Surname> recibio su vacuna": someone at the place, the subject of their care
    if word in PETS and not animals.is_animal_word(word) or animals.pet_before(text, start) or pet_owners.pet_around(text, start):
        return True  # "our mascot <Name>"; "his golden retriever <Name>", "su perrita <Name>" (animals.py); "dog mom to <Name>", "<Name>, her pug" (pet_owners.py)
    if word in PLACE_BEFORE or word in ENSEMBLES and not _cared_text(text) or _NAMED_FOR.search(text, max(0, start - 60), start) or _BY_WAY_OF.search(text, max(0, start - 16), start):
        return True  # "Biblioteca <Given> <Surname>", "Escuela Superior Dr. <Name>": an institution named after someone
    if (_is_city(text, start) and not places.person_after(text, start)) or places.place_here(text, start):
        return True  # "a conference in Denver"; "our new Dillon clinic", "esquina de Robinson y Rosalind", "Westside"
    if named_places.named_thing(text, start):
        return True  # "a beagle named Pepper", "tubing the Frio", "the Kohl's doors", "in Old Fredericksburg", "Prince George's County"
    if readings.not_a_person(text, start):
        return True  # "la tormenta tropical Norma", "Shin splints", "P.S. 118 Benito Juarez", "Little Havana", "• Menos de ..."
    if _TITLED_BUSINESS.search(text, max(0, start - 40), start):
        return True  # "la taqueria Don Chucho", "Panaderia Dona Mary": a business named after someone
    # A capitalised article mid-name makes a place or a brand: "Centro Comunitario Las Flores", "La Palma".
    return bool(re.search(r"(?<![.!?¡¿:\n])[ \t](?:La|Las|El|Los)[ \t]+$", text[max(0, start - 6) : start]))


# A place word in lower case, a name, then a verb of the name's own (Spanish word order after "en la clinica"): "recibio",
# "ya termino", "se hizo", "tuvo" (a preterite or a present's ending), and care in the rest of the clause.
_SUBJECT_VERB = lazyre.compile(rf"(?:[ \t]+{CAP}){{0,3}}[ \t]+(?:(?i:ya|se|le|nos)[ \t]+)?[a-z]+(?:o|io|aron|ieron|uvo|izo|ue|a|e)(?![\w-])")
_CLAUSE = lazyre.compile(r"[^.!?;,\n]{0,120}")
_RAW_WORD_BEFORE = lazyre.compile(r"(\w+)[ \t]+$")


def _care_subject(text: str, start: int) -> bool:
    """Whether the name at `start`, after a place word written in lower case, opens a clause of its own care."""
    before = _RAW_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or not before.group(1)[:1].islower():
        return False  # "Clinica <Given> <Surname>", capitalised: the institution's own name
    name = CAP_WORD.match(text, start)
    if name is None or _SUBJECT_VERB.match(text, name.end()) is None:
        return False
    from .named_places import care_told  # care.py reads this module: asked only here

    return care_told(text, start, _CLAUSE.match(text, name.end()).end())


_ENDED_LOWER = lazyre.compile(r"(?<![\w.'’-])[a-zà-ÿ][\w'’-]*\.[ \t]+$")  # a sentence's last word, written small, then its full stop
_BY_WAY_OF = lazyre.compile(r"(?<![\w-])(?i:by[ \t]+way[ \t]+of)[ \t]+$")  # "from Puerto Rico by way of Savannah": a route's stop, as "via" is
_NAMED_FOR = lazyre.compile(
    rf"(?<![\w-])(?:{alternation(NAMES['institutions'])})(?:[ \t]+(?:de[ \t]+(?:la[ \t]+)?)?(?:{CAP}|[A-Z]\.)){{0,3}}?"  # "Biblioteca John F. <Name>"
    rf"(?:[ \t]+(?:{alternation(NAMES['institution_titles'])})\.?)?[ \t]+$"
)
_CITY_WORD = lazyre.compile(r"[A-Z][a-z]+")
_PLACE_PREPOSITION = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['place_prepositions'])})[ \t]+$")
_AFTER_PLACE = lazyre.compile(r"([A-Z][a-z]+)[ \t]*(?:,|and|or|y|o|&|/|[-–—])[ \t]*$")
# A city's name before a public role and the name it introduces: "Houston rapper <Name>", "Austin singer <Name>" (round 49),
# a word of standing between: "Charlotte pro forward <Name>", "Tulsa former mayor <Name>"
_ROLE_AFTER_CITY = lazyre.compile(rf"[ \t]+(?:(?i:pro|former|retired|olympic|paralympic|all-star|veteran|hometown)[ \t]+)?(?:{alternation(NAMES['public_roles'])})[ \t]+[A-Z\"“']")


# A visit is paid to a person as well as to a town: "we visited <Name> in the hospital after his surgery" is someone, told
# by "he"/"she" in the clause after the name; "we visited <City> and its farmers market" stays the city.
# A town's own public facility, in Spanish, before "de" and the town: "el aeropuerto de <City>" (town_facilities_es)
_FACILITY_OF = lazyre.compile(rf"(?<![\w-])(?i:el|la|del|al)[ \t]+(?i:{alternation(NAMES['town_facilities_es'])})(?:[ \t]+(?:(?i:de)[ \t]+)?[a-z]+){{0,2}}[ \t]+(?i:de)[ \t]+$")
_VISITED = lazyre.compile(r"(?<![\w-])(?i:visit|visited|visiting|visitamos|visitando|toured|touring)[ \t]+$")
_SOMEONE_AFTER = lazyre.compile(r"[^.!?;\n]{0,80}?(?<![\w'’-])(?i:he|she|his|her|him|él|ella|le)(?![\w'’-])")


def _cared_text(text: str) -> bool:
    """Whether the text tells someone's care (cached per text): then a name after "the band" is the player we treated."""
    from .community_roles import care_in_text  # it reads this module: import on use

    return care_in_text(text)


def _is_city(text: str, start: int, depth: int = 0) -> bool:
    """A city's, country's or state's name that is also a given name, read as a place: after a preposition of place
    ("a conference in Denver", "back from Orlando", "en Florencia") or a town's facility ("el aeropuerto de Dallas") or next to another place ("Charlotte and Raleigh",
    "Ghana, Peru or Kenya")."""
    word = _CITY_WORD.match(text, start)
    if not word or not place_word(word.group(0)):
        return False
    if _FACILITY_OF.search(text, max(0, start - 48), start):
        return True  # "pasó por el aeropuerto de <City>"
    if _PLACE_PREPOSITION.search(text, max(0, start - 24), start):
        return not (_VISITED.search(text, max(0, start - 24), start) and _SOMEONE_AFTER.match(text, word.end()))  # "a conference in Denver"
    if _ROLE_AFTER_CITY.match(text, word.end()):
        return True  # "Houston rapper <Name>": the city a figure is known by
    before = _AFTER_PLACE.search(text, max(0, start - 30), start)
    return bool(before) and depth < 3 and place_word(before.group(1)) and _is_city(text, before.start(1), depth + 1)


def place_word(word: str) -> bool:
    """A city's name that is also a given name, or a given name that is a country or a US state first ("Kenya", "Florida")."""
    return word.lower() in CITIES or lexicon_names.is_place_name(word)


# --- who may be named -----------------------------------------------------------------------------------


def _titles() -> re.Pattern:
    as_written = sorted({*WORDS["honorifics"], *NAMES["titles"]}, key=lambda h: (-len(h), h))
    # Short titles (Dr, Mrs, Col) count only capitalised; words (Nurse, Coach) in any case too.
    parts = [rf"{re.escape(h)}\.?" if len(h) <= 4 else rf"{re.escape(h)}|(?i:{re.escape(h)})" for h in as_written]
    parts += [rf"(?i:{re.escape(h)})\.?" for h in sorted(NAMES["titles_any_case"], key=lambda h: (-len(h), h))]
    if all(h.isalpha() for h in (*as_written, *NAMES["titles_any_case"])):
        # Letters only: at most one title can end where a word ends, so the order is free and tries match what the
        # flat list matched, without trying two hundred titles at each word (a tenth of people()'s time).
        long, short = [h for h in as_written if len(h) > 4], [h for h in as_written if len(h) <= 4]
        parts = [f"(?i:{alternation(long)})", rf"(?:{alternation(short)})\.?", rf"(?i:{alternation(NAMES['titles_any_case'])})\.?"]
    return lazyre.compile(rf"(?<![\w.@#])(?:{'|'.join(parts)})(?![\w]|['’]t(?!\w))")  # "Don't drive" is no title


HONORIFIC = _titles()


BUSINESS_BEFORE = frozenset(w.lower() for w in DESCRIBED["place_nouns"] if " " not in w)
_TITLED_BUSINESS = lazyre.compile(rf"(?<![\w-])(?i:{alternation(BUSINESS_BEFORE)})[ \t]+(?=[A-Z])(?i:{alternation((*NAMES['titles_any_case'], *WORDS['honorifics'], *NAMES['titles']))})\.?[ \t]+$")


# --- days and events named after someone ------------------------------------------------------------------

HOLIDAY = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation(NAMES['holidays'])})(?![\w-])"
    # "Dia de la Candelaria", "Dia de San Judas", "Fiesta de San Marcos", "Feast of St. Francis": a day named
    # "la Virgen de los Dolores", "Nuestra Senora de la Luz", "Our Lady of Guadalupe": a feast's patron, no patient
    rf"|(?<![\w-])(?:Virgen|Nuestra[ \t]+Senora|Our[ \t]+Lady)[ \t]+(?:de|del|of)[ \t]+(?:(?:la|las|los|el|the)[ \t]+)?{CAP}"
    # "Santa Maria de Guadalupe", "San Martin de Porres", "St. Rose of Lima": a saint named with a place, the patron of a church
    rf"|(?<![\w-])(?:San|Santa|Santo|St\.?|Saint)[ \t]+{CAP}(?:[ \t]+{CAP})?[ \t]+(?:de|del|of)[ \t]+(?:(?:la|las|los|el|the)[ \t]+)?{CAP}"
    rf"|(?<![\w-])(?:Dia|Fiesta|Feast|Feria)[ \t]+(?:de|del|of)[ \t]+(?:(?:la|las|los|el|the)[ \t]+)?(?:(?:San|Santa|Santo|St\.?|Saint|Virgen[ \t]+de)[ \t]+)?{CAP}(?:[ \t]+de[ \t]+{CAP})?"
)

_FAMILY_EVENT = lazyre.compile(rf"[ \t]+(?i:{alternation(NAMES['family_events'])})(?![\w-])")
_JOINED_BEFORE = lazyre.compile(r"(?:&|(?<![\w-])(?i:and|y|e|n)|[+/])[ \t]*$")  # "Sun & Sand", "Rock n Read", "Libros y"


def family_event(text: str, match: re.Match) -> bool:
    """Whether "<word> family" (`match`, the word its group 1) names an event: an event noun after "family" and an event's name before
    it, a word joined to another ("Sun & Sand family day"), a word no given name or surname ("Reading family
    night"), or title case throughout ("Harvest Family Fun Day"). "The Okafor family picnic" names a family."""
    event = _FAMILY_EVENT.match(text, match.end())
    if not event:
        return False
    word = match.group(1)
    info = lexicon_names.name_info(word)
    if info is not None and info.also_word or VERB_LIKE.search(word.lower()):
        return True
    titled = text[match.end() - 6 : match.end()] == "Family" and event.group(0).lstrip()[:1].isupper()
    return titled or _JOINED_BEFORE.search(text, max(0, match.start(1) - 6), match.start(1)) is not None


_ANY_FAMILY = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['family_quantifiers'])})[ \t]+$")


def unnamed_family(text: str, match: re.Match) -> bool:
    """Whether "<word> family" (`match`) names no family: an event (family_event), or any family of a place or a kind
    after a word that counts them all ("every Bronx family", "each Navajo family", "no Texas family"): one family
    named by its surname is "the <Surname> family", never "every" one."""
    if _KIN_TEAM.match(text, match.end()) and (places.is_town(match.group(1)) or civic_places.is_city(match.group(1))):
        return True  # "the <Town> girls' soccer team": the town's team, not a family's girls
    return family_event(text, match) or _ANY_FAMILY.search(text, max(0, match.start(1) - 20), match.start(1)) is not None


_KIN_TEAM = lazyre.compile(
    r"['’]s?[ \t]+(?:(?i:varsity|jv|junior[ \t]+varsity|high[ \t]+school|club)[ \t]+)?(?i:football|basketball|baseball|softball|soccer|"
    r"volleyball|wrestling|hockey|lacrosse|track|swim|golf|tennis|cheer|rugby|water[ \t]+polo|team|squad)(?![\w-])"
)


def is_team_plural(word: str, after: str = "") -> bool:
    """'Bulldogs', 'Eagles' (a team), not 'Thaddeus', 'Carlos', 'Dolores', 'Mercedes' (given names); with the words
    `after` it, a Spanish plural no list knows before "de <Name>" is a body ("Caballeros de Colón"; not "Christos")."""
    if not word.endswith("s") or word.endswith(("us", "is", "ss")):
        return False
    info = lexicon_names.name_info(word)
    if word.endswith(("as", "os")):
        return info is None and _OF_A_NAME.match(after) is not None
    return info is None or not info.first


_OF_A_NAME = lazyre.compile(r"[ \t]+(?:de|del|de[ \t]+la)[ \t]+[A-Z]")
