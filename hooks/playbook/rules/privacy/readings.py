"""Capitalised words that read as a given name but name a storm, a condition, an institution or a plain word here.

A post names the storm that closes the office ("Hurricane Delia", "la tormenta tropical Irma"), a condition
whose first word is also a given name ("Shin splints"), a school by its number and its
patron ("P.S. 118 Benito Juarez"), a town's team by its mascot ("Marlow Knights volleyball"), a neighbourhood
("Little Havana", "la Pequena Habana"), or opens a bullet with a frequent Spanish word ("• Menos de 2 anos
..."). Reading any of these as a patient's name is a false alarm; vocabulary.is_place asks not_a_person()
before a capitalised word is weighed as someone's name. A title that is a whole word ends its sentence at a
period ("ask your doctor. Adults over 50 ...", "la abuelita. Pasenle"): title_gap() says so to the title finder.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...lexicon import names as lexicon_names
from ...lexicon.fold import fold
from ...text import BULLETS, alternation
from ...wordlists import wordlist
from .campaign_names import campaign_name
from .civic_places import civic_place
from .labelled_things import labelled_thing
from .languages_listed import language_listed
from .namesakes import namesake
from .orders import order_named
from .places import is_town, person_after, place_here
from .places_listed import place_listed
from .role_compounds import in_compound
from .spanish_openers import spanish_opener
from .town_said import town_said

_NAMES = wordlist("privacy-names")
_PLACE_WORDS = frozenset(w.lower() for w in _NAMES["place_after"])

# A storm's name follows its kind: "Hurricane Delia", "Tropical Storm Irma", "el huracan Otis", "la tormenta tropical Norma";
# not a bare "storm" ("after the storm Maria came in ..." is a sentence).
_STORM_BEFORE = lazyre.compile(
    r"(?<![\w-])(?i:hurricane|tropical[ \t]+storm|tropical[ \t]+depression|winter[ \t]+storm|typhoon|cyclone|"
    r"hurac[aá]n|tormenta[ \t]+(?:tropical|invernal)|depresi[oó]n[ \t]+tropical|cicl[oó]n|tif[oó]n)[ \t]+$"
)
_STORM_NAMED = lazyre.compile(r"(?i:hurricane|tropical[ \t]+storm|tropical[ \t]+depression|typhoon|cyclone)[ \t]+[A-Z]")
_NEXT_CAP = lazyre.compile(r"[ \t]+([A-Z][a-z]+)")
_TITLE_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{alternation((*_NAMES['courtesy_titles'], 'dr', 'dra'))})\.?[ \t]+$")  # "Don <Surname> <Word>" is someone
# A school named by its number before its patron: "P.S. 118 Benito Juarez", "I.S. 52", "Escuela No. 7 Leona Vicario".
_SCHOOL_NUMBER = lazyre.compile(
    r"(?<![\w.])(?:P\.?[ \t]?S\.?|I\.?[ \t]?S\.?|M\.?[ \t]?S\.?|J\.?[ \t]?H\.?[ \t]?S\.?|(?i:public[ \t]+school|school|escuela|primaria|secundaria|academy))"
    r"[ \t]*(?:(?i:no|num|n[oº°]|numero|número)\.?[ \t]*|#[ \t]*)?\d{1,4}[ \t]+$"
)
# "Little Havana", "Little Village", "la Pequena Habana": a neighbourhood, not a child (written with a capital).
_LITTLE = lazyre.compile(r"(?<![\w-])(?:Little|Lil|Peque[nñ]a|Peque[nñ]o)[ \t]+$")
# A town's team by its mascot ("Marlow Knights", "the Ridgefield Rams"), told by its sport, an article or a cheer.
_TEAM = lazyre.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+([A-Z][a-z]+s)(?![\w'’-])")
_SPORTS = (
    *("team", "teams", "squad", "volleyball", "football", "soccer", "baseball", "softball", "basketball", "hockey", "wrestling"),
    *("track", "cross country", "band", "cheer", "cheerleaders", "season", "fans", "home opener", "game", "games"),
    *("equipo", "partido", "temporada", "aficion"),
)
_TEAM_WORD = lazyre.compile(
    r"[ \t]+(?:(?i:jv|junior[ \t]+varsity|varsity|freshman|boys['’]?|girls['’]?|men['’]s|women['’]s)[ \t]+){0,3}"
    rf"(?i:{alternation(_SPORTS)})(?![\w-])"
)
_TEAM_BEFORE = lazyre.compile(r"(?<![\w-])(?i:the|go|los|las|vamos|arriba)[ \t]+$")
_BUSINESS = frozenset(fold(w).lower() for w in wordlist("privacy-described")["place_nouns"] if " " not in w)
_KIN = frozenset(w.lower() for w in (*_NAMES["family_after"], *_NAMES["family_after_the"]))  # "the Garcia Twins" are children


def not_a_person(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` names a storm, a condition, a school, a team, a neighbourhood, a word
    opening a bullet, a singer, a club, a town greeted or a Spanish opener before an age (namesakes.py), or a programme's
    van or a colour's campaign day (campaign_names.py), or a town said as a place (town_said.py) or a language in a list (languages_listed.py) or a county in a notice's list (places_listed.py) or an order's patron (orders.py)
    or a variant's or a strain's label (labelled_things.py), not someone."""
    window = text[max(0, start - 40) : start]
    if in_compound(text, start):
        return True  # "Council Member <Name>": the role's last word (role_compounds.py)
    if namesake(text, start) or campaign_name(text, start) or town_said(text, start) or language_listed(text, start) or civic_place(text, start):
        return True  # "las rancheras de <Singer>", "Good news, <Town>!", "Tras 20 años"; "la Van de la Salud", "Go Red Friday"
    if place_listed(text, start) or order_named(text, start) or labelled_thing(text, start):
        return True  # "Heat advisory for Hidalgo and Cameron" (places_listed.py); "the Knights of Columbus" (orders.py); "the Delta variant" (labelled_things.py)
    if _STORM_BEFORE.search(window) or _SCHOOL_NUMBER.search(window) or _STORM_NAMED.match(text, start):
        return True  # "la tormenta tropical Irma", "P.S. 118 Benito Juarez"; "Hurricane Delia" read from its first word
    word = re.match(r"[^\W\d_]+", text[start : start + 40])
    if word is None:
        return False
    town = _NEXT_CAP.match(text, word.end() + start)
    if town and lexicon_names.name_info(word.group(0)) is None and place_here(text, town.start(1)):
        return True  # "Several Tyler pharmacies ...": a plain word opening the sentence, then a town
    if _LITTLE.search(window) and (word.group(0).lower() in _PLACE_WORDS or lexicon_names.is_place_name(word.group(0))):
        return not person_after(text, start)  # "Little Village", "Little Italy"; not "Little Rocky (age 6)"
    if word.group(0).lower() in _BUSINESS and (after := _NEXT_CAP.match(text, word.end() + start)):
        placed = is_town(after.group(1)) or lexicon_names.name_info(after.group(1)) is None  # a town, or a word no list knows
        if lexicon_names.name_info(word.group(0)) is None or placed and not person_after(text, after.start(1)) and not _TITLE_BEFORE.search(window):
            return True  # "el Colmado <Surname> dona el sancocho", "Farmacia <Surname>": a shop's kind before its owner's name; "Mercado <Town>"
    return condition_opener(text, start) or team_by_mascot(text, start) or bullet_word(text, start, word.group(0))


def condition_opener(text: str, start: int) -> bool:
    """The word at `start` opens a listed condition of two or three words ("Shin splints"): a body word, not a person;
    a name before a separate care word ("Iris surgery") is no listed term, nor is an eponym or a lab's name."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", text[start : start + 48])[:3]]
    if len(words) < 2 or words[1] in _EPONYM_OR_TEST:
        return False  # "<Name> syndrome" is an eponym (eponyms.py); "Ana test results" may be Ana's own
    return any(lexicon_clinical.lexicon().listed(" ".join(words[:size])) for size in (3, 2) if len(words) >= size)


# After a given name, these make an eponym's or a lab's term, weighed elsewhere or someone's own result.
_EPONYM_OR_TEST = frozenset(("s", "disease", "syndrome", "sign", "test", "tests", "panel", "level", "levels", "titer", "score", "dental"))


def team_by_mascot(text: str, start: int) -> bool:
    """A town's name and a plural mascot ("Marlow Knights JV volleyball", "Go Ridgefield Rams!"): a team, when its sport
    follows or a cheer or an article comes before ("Alicia Manzanares" alone is a woman); the plural is no given name."""
    match = _TEAM.match(text, start)
    if match is None:
        return False
    plural = match.group(1)
    if plural.endswith(("us", "is", "as", "os", "ss")) or plural.lower() in _KIN:
        return False
    info = lexicon_names.name_info(plural)
    if info is not None and info.first:
        return False
    return bool(_TEAM_WORD.match(text, match.end()) or _TEAM_BEFORE.search(text, max(0, start - 8), start))


def bullet_word(text: str, start: int, word: str) -> bool:
    """A frequent Spanish word opening a bullet of a Spanish text ("• Menos de 2 anos: ...")."""
    before = text[max(0, start - 6) : start].rstrip(" \t")
    info = lexicon_names.name_info(word)
    if info is not None and info.first:
        return False  # "• Rosa, 5 anos: ..." names a child; only a word no one is called opens a bullet here
    return bool(before) and before[-1] in BULLETS and spanish_opener(text, word)


def title_gap(text: str, match: re.Match) -> re.Match | None:
    """What joins a title to the name after it ("Dr. ", "doctor "); None when a title that is a whole word ends its
    sentence with a period ("talk to your doctor. Adults ...", "saluden a la abuelita. Vengan el lunes"): only an
    abbreviation takes a period before a name, whether the title's pattern took the period or not."""
    if (match.group(0).endswith(".") or text.startswith(".", match.end())) and match.group(0).rstrip(".").lower() not in _ABBREVIATIONS:
        return None
    return _GAP.match(text, match.end())


_ABBREVIATIONS = frozenset(w.lower() for w in _NAMES["title_abbreviations"])


_GAP = lazyre.compile(r"\.?[ \t]+")
