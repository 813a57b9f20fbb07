"""A town or a country said as a place, not a person: what it modifies, what it owns, where someone is from, a slashed pair.

Many towns and countries bear a given name ("Denver", "Houston", "Burma"); a post says them as places in shapes
places.py did not read: a town before what it holds in lower case ("the Denver conferences"), its possessive before
what a town owns ("Amarillo's hometown pitcher", "Houston's heat"), after its office ("el alcalde de Amarillo"), after a word of origin ("originaria de Mae La",
"a native of Houston": no person follows those), in a hometown set apart after a person's name (", de Houston;"),
and one of two names of a place joined by a slash ("Burma/Myanmar"). The nouns come from privacy-names.yml
(town_said_nouns, origin_before, town_of_before). What says person wins: a surname or an age after the town ("Denver Ruiz", "Houston,
7") and a possessive before a body, care or kin word ("Houston's knee") stay names. Each reading looks a bounded
window either side of the word: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation
from ...wordlists import wordlist
from .places import is_state, is_town, person_after, world_place

_NAMES = wordlist("privacy-names")
_WORD = r"[A-ZÁÉÍÓÚÑ][^\W\d_]+"
_RUN = lazyre.compile(rf"{_WORD}(?:[ \t]+{_WORD})?")
_NOUN = rf"(?i:{alternation(_NAMES['town_said_nouns'])})(?![\w'’-])"
# "the Denver conferences", "our Houston office": the place's name, then one lower-case noun a town holds.
_MODIFIES = lazyre.compile(rf"[ \t]+(?=[a-z]){_NOUN}")
# "Amarillo's hometown relief pitcher", "Houston's own airport": the 's, then what a town owns.
_OWNS = lazyre.compile(rf"['’]s[ \t]+(?:(?i:very[ \t]+)?(?i:own)[ \t]+)?(?=[a-z]){_NOUN}")
# "originaria de Mae La", "born and raised in Tyler", "native of Houston".
_ORIGIN = lazyre.compile(rf"(?<![\w-])(?i:{alternation(_NAMES['origin_before'])})[ \t]+$")
# "El alcalde de Amarillo", "the mayor of Denver": an office or the people of the town, then "de"/"of".
_OF_TOWN = lazyre.compile(rf"(?<![\w-])(?i:{alternation(_NAMES['town_of_before'])})[ \t]+(?i:de|of)[ \t]+$")
# ", de Houston;", ", from Denver.": a hometown set apart after someone's name, closing the clause.
_HOMETOWN_BEFORE = lazyre.compile(r"[A-Za-záéíóúñ.][ \t]*,[ \t]+(?i:de|from)[ \t]+$")
_CLAUSE_END = lazyre.compile(r"[ \t]*(?:[;,.)\n]|(?i:y|and)[ \t]|$)")
# "Burma/Myanmar", "Myanmar/Burma": two names of one place.
_SLASH_AFTER = lazyre.compile(rf"[ \t]*/[ \t]*({_WORD})")
_SLASH_BEFORE = lazyre.compile(rf"(?<![\w'’/-])({_WORD})[ \t]*/[ \t]*$")


def _place(name: str) -> bool:
    return is_town(name) or is_state(name) or world_place(name) or lexicon_names.is_place_name(name)


def _no_name(word: str) -> bool:
    """A capitalised word no name list holds and no dictionary has ("Myanmar"), or a place: the other half of a slashed place."""
    from .greeted_words import plain_word  # it reads vocabulary.py, which reads readings.py and this module: import on use

    return _place(word) or lexicon_names.name_info(word) is None and not plain_word(word)


def town_said(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` is a town or a country in one of the shapes above."""
    if _ORIGIN.search(text, max(0, start - 40), start):
        return True  # whatever the name: "originaria de Mae La"
    run = _RUN.match(text, start)
    if run is None:
        return False
    word = run.group(0).split()[0]
    if _slashed(text, start, start + len(word)):
        return True
    span = next((text[start : start + len(c)] for c in (run.group(0), word) if _place(c) or lexicon_names.name_info(c) is None), None)
    if span is None:
        return False
    end = start + len(span)
    if person_after(text, start) and not text.startswith(("'", "’"), end):
        return False  # "Denver Ruiz", "Houston, 7"
    if _MODIFIES.match(text, end) or _OWNS.match(text, end) or _OF_TOWN.search(text, max(0, start - 30), start):
        return True
    return bool(_HOMETOWN_BEFORE.search(text, max(0, start - 12), start) and _CLAUSE_END.match(text, end))


def _slashed(text: str, begin: int, end: int) -> bool:
    """One half of "Burma/Myanmar": the other half no name list holds and no dictionary word, or a place."""
    after = _SLASH_AFTER.match(text, end)
    before = _SLASH_BEFORE.search(text, max(0, begin - 30), begin)
    return any(half and _no_name(half.group(1)) for half in (after, before))
