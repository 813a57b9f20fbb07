"""A family named by its surname after a count: "all three <Surname> siblings", "both <Surname> boys" (PHI003).

"The <Surname> siblings" is a family (people.py), but a bare "<Word> kids" is as often a town's or a school's ("three
Millbrook kids won the fair"), so people.py reads those nouns only after "the". A count before them ("all three",
"both", "two") reads the same way as "the" does: these particular children. What keeps the town out is the word
itself: it must be a surname the name lists hold (no place), or a word no list knows that reads as a name, and no city.
One scan: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import names as lexicon_names
from .civic_places import is_city
from .known import Known, Person
from .unlisted import unlisted_name

_COUNT = r"(?i:all[ \t]+(?:the[ \t]+)?(?:two|three|four|five|six|seven|eight|[2-9])|both|both[ \t]+of[ \t]+the|two|three|four|five|six|[2-9])"
_KIN = r"(?i:sisters|brothers|siblings|cousins|kids|boys|girls|children|grandkids|grandchildren)"
_COUNTED = lazyre.compile(rf"(?<![\w-]){_COUNT}[ \t]+(?P<name>[A-Z][a-z][\w'’-]{{1,20}})[ \t]+{_KIN}(?![\w-])")


def _surname(word: str, known: Known) -> bool:
    """A surname the lists hold (a town that is also a given name, "Lincoln", left out) or an unknown name-like word."""
    if known.is_team((word,)):
        return False
    info = lexicon_names.name_info(word)
    if info is None:
        return unlisted_name(word) and not is_city(word)
    return info.surname and not info.place and not info.also_word and not (info.first and is_city(word))


def counted_families(text: str, known: Known) -> Iterator[Person]:
    """Each surname a count and a plural of kin name as one family's children (folded text)."""
    for match in _COUNTED.finditer(text):
        if _surname(match.group("name"), known):
            yield Person(match.start("name"), match.end(), (match.group("name"),), "a family named", excusable=True, public=False)
