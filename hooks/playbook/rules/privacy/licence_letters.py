"""Letters of a licence or a degree after a person's name: "<Name>, RRT!", "<Name>, MSN, CCRN", "<Nombre>, LCSW".

A staff post introduces a member with her credentials after her name and a comma ("Meet <Given> <Surname>, RRT!",
"welcome <Name>, FNP-C, to the team"). A greeting finder reads "RRT!" after a comma as someone cheered; but a word
written all in capitals right after a capitalised name (or another credential) and a comma is her licence, whether or
not a list holds it (rules/data/privacy-names.yml credentials is only the common ones): boards invent new letters
every year. Only a single run of capitals (two to eight letters, parts joined by "-" or "/") counts, never a word that
is a given name ("Thanks, Ana, LUIS!" is two people), and the name before it is still judged on its own. One
bounded look back: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon.names import is_first_name
from .known import Person

_LETTERS = lazyre.compile(r"[A-Z]{2,8}(?:[-/][A-Z]{1,8})?")
# The name (or another credential) and a comma right before: "Dizon, ", "MSN, "
_AFTER_NAME = lazyre.compile(r"(?<![\w-])[A-Z][\w'’.-]*[ \t]*,[ \t]*$")
# What may follow letters of a licence: punctuation, the end, or the next words of the sentence
_ENDS = lazyre.compile(r"(?![\w'’/-])")


def licence_letters(text: str, person: Person) -> bool:
    """Whether `person` is one run of capitals written after a name and a comma ("<Name>, RRT!"): a credential."""
    if len(person.words) != 1 or not _LETTERS.fullmatch(text, person.start, person.end) or not _ENDS.match(text, person.end):
        return False
    if is_first_name(person.words[0].capitalize()):
        return False  # "Thanks, Ana, LUIS!": a name in capitals
    return _AFTER_NAME.search(text, max(0, person.start - 40), person.start) is not None


# A name, a comma and letters of a licence: "<Given> <Surname>, CNM," "<Name>, RN." (any run of capitals, as above)
_LICENSED = lazyre.compile(r"(?<![\w-])[A-Z][a-z][\w'’.-]*[ \t]*,[ \t]*(?P<letters>[A-Z]{2,8}(?:[-/][A-Z]{1,8})?)(?![\w'’/-])")


def licensed_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names someone by her licence ("nuestra partera <Name>, CNM, que cumple 10 anos ..."):
    a clinician, whose years and counts are her work, not her care."""
    return any(not is_first_name(m.group("letters").capitalize()) for m in _LICENSED.finditer(text, start, end))
