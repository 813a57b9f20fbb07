"""Two capitalised words as a sentence's subject, made a person's name by care we gave them in that sentence.

The name lists read "<given> <surname>"; a surname that is also a town, a venue or a given name ("<Name> Fonda",
"<Name> Tulare", "<Name> Alden") and a given name no list knows fall through them, above all when the same word names
the town or the fairgrounds earlier in the post. What makes the pair a person is what follows it: a verb in lower case,
then care that was ours in the same sentence ("... showed off the knee we scoped", "... had his wrist surgery with
us", "... se opero la rodilla con nosotros"), or care received with us there or in the next (care.received_care:
"... came to our flu clinic and rolled up his sleeve"; not one urged on the crowd). A place run ("Fonda Fairgrounds": a place word last, or "San" first), a dictionary word
first ("Blue Cross"), a team member, a volunteer named with her role (community_roles.py) and a place read in its
frame pass; a pair with no care of ours is left to the
other readings. One scan for pairs and one read of each sentence that holds one: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...text import sentence_bounds, sentence_of
from .care import cared_by_us, received_care
from .civic_places import is_city
from .community_roles import community_role
from .greeted_words import plain_word
from .known import Known, Person
from .places import is_town
from .vocabulary import CALENDAR, NOT_NAMES, PLACE_AFTER, PLACE_BEFORE, SCHOOL_AFTER, is_first_name, is_place, is_surname
from .work_titles import without_titles

# Two capitalised words, then a word in lower case (the verb) or a relative clause: "Ilsa Fonda showed ...", "Rosalba
# Tulare se opero ...", "Thanks to Ilsa Fonda, who finished rehab with us"
_PAIR = lazyre.compile(r"(?<![\w'’.@#/-])[A-Z][a-z'’]+[ \t]+[A-Z][a-z'’]+(?=[ \t]+(?:[a-z])|,[ \t]+(?:who|que|quien)(?![\w'’-]))")  # or a relative clause
# The given name before a pair: "<Given> " of "<Given> <Middle> <Surname>"
_GIVEN_BEFORE = lazyre.compile(r"(?<![\w'’.@#/-])[A-Z][a-z'’]+[ \t]+$")
_OURS = lazyre.compile(r"(?<![\w'’-])(?i:we|us|our|nosotros|nuestr[oa]s?|[a-z]+amos|[a-z]+imos|dr|dra)(?![\w'’-])")


def cared_pairs(text: str, known: Known) -> Iterator[Person]:
    """Each pair of capitalised words opening a clause whose care was ours (folded text)."""
    if not _OURS.search(text):
        return
    bounds, read, titled = None, set(), None  # each sentence is read for care once, after its first pair; titles blanked once
    for match in _PAIR.finditer(text):
        words = tuple(match.group(0).split())  # not name_run: it drops a pair ending in a city ("<Name> Tulare")
        first, last = words[0].lower(), words[1].lower()
        if last in PLACE_AFTER or last in SCHOOL_AFTER or first in PLACE_BEFORE or first in NOT_NAMES or first in CALENDAR or first in known.org or plain_word(words[0]) or last in NOT_NAMES:
            continue
        if is_surname(words[1]) and not is_city(words[1]) or known.is_team(words, "") or is_place(text, match.start()):
            continue  # a surname the lists hold, not a city's, is read (and a public figure excused) by people.py
        if plain_word(words[1]) and not is_surname(words[1]) and not is_town(words[1]) and not is_first_name(words[0]):
            continue  # "Gran Regreso a Clases": a word of the dictionary, no town's, after no given name is an event's name (round 107)
        titled = without_titles(text) if titled is None else titled
        if not titled[match.start() : match.end()].strip():
            continue  # 'her memoir "The Long Goodbye ..."': the words of a work's title (round 111)
        bounds = bounds or sentence_bounds(text)
        start, end = sentence_of(bounds, match.start())
        if start in read:
            continue
        read.add(start)
        if _figure_tail(text, match, bounds):
            continue  # "Novelist <Given> <Middle> <Surname>": the tail of a name a public role introduced is read (care and all) by people.py
        if (cared_by_us(text, match.end(), end) or received_care(text, bounds, match.start())) and not community_role(text, Person(match.start(), match.end(), words, ""), bounds):
            yield Person(match.start(), match.end(), words, "a full name with care we gave", excusable=False, public=False)


def _figure_tail(text: str, match, bounds: list[int]) -> bool:
    """The pair ends a three-word name whose first word is just before it, and a public role introduces that name
    ("Novelist <Given> <Middle> <Surname> will read ..."): the whole name is people.py's to read, with its care checks."""
    given = _GIVEN_BEFORE.search(text, max(0, match.start() - 24), match.start())
    if given is None:
        return False
    from .public import is_public_figure  # public.py's readings import widely: read at call time

    words = (given.group(0).strip(), *match.group(0).split())
    return is_public_figure(text, Person(given.start(), match.end(), words, "a full name"), bounds)
