"""A building, a campus or a facility named after a person, by the noun around the name: no one here.

Spanish opens with what the place is, in lower case too ("la sucursal <Given> <Surname> de la biblioteca", "el
parque <Name>"; capitalised, vocabulary.is_place reads it); English
puts the name first and the noun after it, often in lower case: "thanks to the <Given> <Surname> branch of the
public library", "the <Name> rec center", "at the <Name> high school gym". After an article or "our", a name with
such a noun right after it (or one word after it: "the <Name> community center") names the place. A possessive
("<Name>'s school") is someone's own; the owner's possessive before it ("the Free Library's <Given> <Surname>
branch") and "named for" after the noun ("a school named for <Name>") name the place too, and a patient's care ("<Name>'s surgery") is no place word, so both stay names.
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation
from .known import Person
from .vocabulary import NAMES

_NOUN_AFTER = lazyre.compile(rf"[ \t]+(?:[a-z]+[ \t]+)?(?i:{alternation(NAMES['named_after_nouns'])})(?![\w'’-])")
# "the", "our", or the body that owns the place: "the Free Library's <Given> <Surname> branch", "the district's <Name> school"
_ARTICLE_BEFORE = lazyre.compile(r"(?<![\w-])(?:(?i:the|our|their|its)|[A-Za-z]+['’]s)[ \t]+$")
# "the branch named for <Given> <Surname>", "la escuela que lleva el nombre de <Name>": the place's name given after it
_NAMED_FOR = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation((*NAMES['named_after_nouns'], *NAMES['named_after_nouns_es']))})[ \t]+"
    r"(?i:named[ \t]+(?:for|after)|que[ \t]+lleva[ \t]+(?:el[ \t]+)?(?:nombre[ \t]+)?de|nombrad[oa][ \t]+(?:en[ \t]+honor[ \t]+)?(?:a|de))[ \t]+$"
)
_NOUN_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:la|el|del|al|nuestr[oa])[ \t]+(?i:{alternation(NAMES['named_after_nouns_es'])})[ \t]+$")


def named_facility(text: str, person: Person) -> bool:
    """Whether the name at `person` names a place after it: "the <Given> <Surname> branch", "our <Name> community center"."""
    if person.title:
        return False
    if _NOUN_BEFORE.search(text, max(0, person.start - 30), person.start):
        return True  # "la sucursal <Given> <Surname>", "el parque <Name>"
    if _NAMED_FOR.search(text, max(0, person.start - 50), person.start):
        return True  # "the branch named for <Given> <Surname>"
    return bool(_NOUN_AFTER.match(text, person.end)) and bool(_ARTICLE_BEFORE.search(text, max(0, person.start - 30), person.start))
