"""Words that show a sentence is about one person, and care told before the one it is about.

A sentence about one person shows it by a pronoun, a person's noun, a given name or a title (ONE_PERSON). Spanish puts
a subject after its verb, so care may be told first and the one described after it ("¡Se sacó los frenos la capitana
del equipo de ...!"): theirs while nobody else stands before them (told_first; read by names.py and crowned.py).
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation, phrase_pattern
from ...wordlists import wordlist
from . import care
from .common import WORDS, folded
from .vocabulary import HONORIFIC

GIVEN = frozenset(WORDS["given_names"])
PERSON = alternation(WORDS["person_nouns"])
# Something in a sentence that shows it is about one person.
_MANY = "people those anyone everyone anybody everybody someone somebody adults children kids others patients parents women men folks families residents seniors students teens"
_NOT_AFTER_MANY = "".join(f"(?<!{word} )" for word in _MANY.split())  # "people who have been vaccinated": no one in particular
# The same in Spanish, the words a sentence about one person uses ("la señora", "don", "la paciente", "ella")
PERSON_ES = phrase_pattern(folded(wordlist("privacy-identifiers")["person_es"]))
ONE_PERSON = lazyre.compile(rf"(?<![\w-])(?:(?i:she|he|her|his|him|{_NOT_AFTER_MANY}who)|(?i:{PERSON})|{'|'.join(sorted(GIVEN, key=lambda g: (-len(g), g)))})(?![\w-])|{HONORIFIC.pattern}")


# The care told first and the one described after it, as Spanish puts a subject after its verb ("¡Se sacó los frenos
# la capitana del equipo de ...!"): theirs while nobody else stands before them in the sentence.
_SOMEONE = lazyre.compile(r"(?<![\w-])(?i:our|my|nuestr[oa]s?|mi|mis|we|us|nos|nosotros)(?![\w-])|(?<=[\w,;] )[A-Z]")


def nobody_before(body: str, start: int, at: int) -> bool:
    """No one (a person's word, a pronoun, a given name, a title, "our", a capital mid-sentence) in body[start:at]."""
    return not ONE_PERSON.search(body, start, at) and not _SOMEONE.search(body, start, at)


def told_first(body: str, start: int, at: int) -> bool:
    """Care told in body[start:at] before the one it is about, with nobody else before them."""
    return care.own_care(body, start, at) and nobody_before(body, start, at)
