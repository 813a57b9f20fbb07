"""A language or a people named alone by what it is used for: "interpreters in Karen", "a Karen interpreter", "the Karen community".

Clinics announce what they offer in their neighbours' languages, and some languages are also given names ("Karen" of
Burma's Karen people). languages_listed.py reads such a word in a list of languages; this reads it alone, by its use
right beside it, when the word names a language (lexicon/data/language_names.txt, ISO 639 by
scripts/build_language_names.py, with CLDR's and privacy-names.yml's):
- a use before it, with "in"/"en"/"into"/"al" ("interpreters in Karen", "forms available in Karen", "información en
  Karen", "Need help in Karen?"), a speaker's verb ("staff who speak Karen", "hablamos Karen"), or the speakers and
  interpreters "of" it ("hablantes de Karen", "intérpretes de Karen", "Karen speakers"; not "la intérprete de Karen":
  an article before the interpreter makes her someone's);
- how much of it is spoken, after a speaking verb ("speaks Spanish and a little Karen", "habla un poco de Karen");
- a use after it ("a Karen interpreter", "Karen-speaking families", "Karen speakers:");
- the people's word before what a people holds ("Happy Karen New Year", "our Karen community", "Karen families", "the
  Karen Don dance group": one word of its own may stand between before a dance's word; "la comunidad Karen").
A list of languages that holds the word and another language, all of them languages, after "in"/"en" or with a
language's use anywhere in the text, is one too ("comes in Hmong and Karen", "...interpreters on site; Burmese and Karen
by phone"). What says person stays a name: an apostrophe's "s" after the word ("Karen's interpreter"), a title before
it, a word that names no language, or a list that holds a given name that is no language ("Karen and Luis"). Each
reading looks a bounded window around the word: linear.
"""

from __future__ import annotations

import functools

from ... import lazyre
from ...lexicon import data_files
from ...lexicon.fold import fold
from .known import Person
from .languages_listed import is_language, list_around, someone_cared

_WORD = r"[A-Za-z][\w'’ʼ-]*"
# What is done in a language, then the preposition that puts the language after it
_USE_IN = (
    r"interpreters?|interpreting|interpretation|interpretacion|interpretes?|translation|translations|translated|traduccion|traducido|traducida|"
    r"traducidos|traducidas|forms?|formularios?|formas|materials?|materiales|information|info|informacion|help|ayuda|services|servicios|support|"
    r"classes|class|clases|workshops?|talleres|taller|talks?|charlas?|platicas?|sessions?|sesiones|videos?|brochures?|folletos?|handouts?|"
    r"instructions|instrucciones|available|disponibles?|offered|ofrecid[oa]s?|printed|impres[oa]s?|written|escrit[oa]s?|comes|come|viene|vienen|"
    r"care|atencion|questions|preguntas|visits|consultas|appointments|citas|messages|mensajes|calls|llamadas|signs|letreros"
)
_SPEAK = r"(?<![\w-])(?i:speak|speaks|spoke|speaking|habla|hablan|hablamos|hablo|hablaba|hablaban)"
_USE_BEFORE = lazyre.compile(
    rf"(?:(?<![\w-])(?i:{_USE_IN})[ \t]+(?i:in|into|en|al)"
    rf"|{_SPEAK}"
    r"|(?<![\w-])(?i:speakers|hablantes|interpretes|interprete|traductor[ae]?s?)[ \t]+(?i:of|de|del))[ \t]+$"
)
# "la intérprete de <Name>", "her interpreter of ...": an article or a possessive before the interpreter makes it someone's
_OWNED_INTERPRETER = lazyre.compile(r"(?<![\w-])(?i:la|el|los|las|su|sus|the|her|his|their)[ \t]+(?i:interpretes|interprete|traductor[ae]?s?)[ \t]+(?i:de|del)[ \t]+$")
_USE_AFTER = lazyre.compile(
    r"(?:[ \t]+|-)(?i:interpreters?|interpreting|interpretation|translators?|translations?|speakers?|language|languages|"
    r"version|versions|subtitles|captions|hotline|language[ \t]+line)(?![\w'’-])|-(?i:speaking)(?![\w'’-])"
)
# What a people holds, after its name: its new year, its community, its families, its church, its dances
_PEOPLE_AFTER = lazyre.compile(
    r"[ \t]+(?i:new[ \t]+year|community|communities|families|elders|youth|refugees|neighbors|neighbours|people|culture|cultural|"
    r"heritage|church|churches|baptist|association|organization|society|women['’]?s?|men['’]?s|students|parents|leaders|"
    r"dance|dancers|dances|music|festival|celebration|wrist[ \t]+tying|new[ \t]+year['’]s)(?![\w'’-])"
)
# One word of its own between the people's name and a dance's word: "the Karen Don dance group", "Hmong Qeej dancers"
_DANCE_AFTER = lazyre.compile(r"[ \t]+[A-Z][\w'’-]*[ \t]+(?i:dance|dancers|dances|troupe|ensemble)(?![\w'’-])")
# The people's name after what it holds, in Spanish: "la comunidad Karen", "el Año Nuevo Karen", "familias Karen"
_PEOPLE_BEFORE = lazyre.compile(r"(?<![\w-])(?i:comunidad|comunidades|familias|pueblo|refugiados|ano[ \t]+nuevo|danzas?|bailes?|cultura|iglesia|asociacion)[ \t]+$")
_POSSESSIVE = lazyre.compile(r"['’ʼ]s?(?![\w])")
_IN_BEFORE = lazyre.compile(r"(?<![\w-])(?i:in|into|en|al)[ \t]+$")
# Anywhere in the text, a language's use: interpreters, translation, a language spoken
_USE_ANYWHERE = lazyre.compile(
    r"(?<![\w-])(?i:interpreters?|interpretation|interpreting|interpretes?|interpretacion|translators?|translation|traduccion|"
    r"idiomas?|languages?|lenguas?|speakers|hablantes|se[ \t]+habla|spoken)(?![\w-])"
)
# How much of a language is spoken, after a speaking verb in the same sentence: "speaks Spanish (and a little Punjabi)",
# "habla inglés y un poco de mixteco"
_AMOUNT_SPOKEN = lazyre.compile(
    rf"{_SPEAK}(?![\w-])[^.!?\n]{{0,40}}?"
    r"(?<![\w-])(?i:a[ \t]+little|a[ \t]+bit[ \t]+of|some|basic|conversational|fluent|un[ \t]+poco[ \t]+de|algo[ \t]+de)[ \t]+$"
)
_REACH = 24
_TEXT_REACH = 300  # characters either side of a list read for a language's use


@functools.lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset(data_files.read("language_names.txt"))


def _key(word: str) -> str:
    return fold(word).lower().replace("’", "'").replace("ʼ", "'")


def names_language(word: str) -> bool:
    """Whether `word` names a language or a family of languages (ISO 639, CLDR, privacy-names.yml)."""
    return _key(word) in _names() or is_language(word)


def language_said(text: str, person: Person) -> bool:
    """Whether `person`, one word that names a language, is that language, by its use or its people's word beside it."""
    if person.title or len(person.words) != 1 or not names_language(person.words[0]):
        return False
    start, end = person.start, person.end
    if _POSSESSIVE.match(text, end) or someone_cared(text, start):
        return False  # "Karen's interpreter": hers; "Karen speakers ... she finished her chemo": a woman's care
    before = max(0, start - _REACH * 2)
    if _USE_BEFORE.search(text, before, start) and not _OWNED_INTERPRETER.search(text, before, start):
        return True  # "interpreters in Karen", "staff who speak Karen", "hablantes de Karen"
    word = end - len(person.words[0])
    if _AMOUNT_SPOKEN.search(text, max(0, word - _REACH * 3), word):
        return True  # "speaks Spanish (and a little Karen)": how much of it a member speaks
    if _USE_AFTER.match(text, end) or _PEOPLE_AFTER.match(text, end) or _DANCE_AFTER.match(text, end):
        return True  # "a Karen interpreter", "our Karen community", "the Karen Don dance group"
    if _PEOPLE_BEFORE.search(text, max(0, start - _REACH), start):
        return True  # "la comunidad Karen"
    return _in_language_list(text, start)


def _in_language_list(text: str, start: int) -> bool:
    """The word in a list whose other items all name languages, after "in"/"en" or in a text that tells a language's use."""
    found = list_around(text, start)
    if found is None:
        return False
    _word, others, first, last = found
    if not others or not all(is_language(item) or item[:1].isupper() and names_language(item) for item in others):
        return False  # "Hi Karen, are you ...": a lower-case word is a language only when CLDR names it ("birmano")
    return bool(_IN_BEFORE.search(text, max(0, first - 8), first) or _USE_ANYWHERE.search(text, max(0, first - _TEXT_REACH), last + _TEXT_REACH))
