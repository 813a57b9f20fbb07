"""A school or a team named by its town: "<Town> English", "<Town> North", "former <Town> running back <Name>".

High schools go by their town and a word after it ("<Town> North", "<Town> South High", "<Town> English", "<Town>
Classical"); a word no one is called ends a name run as a place word does (privacy-names.yml place_after: "Classical",
"Central", "Intermediate"), but a surname or a compass word after a town reads as a full name ("Lynn English", "Marion
North"). After a gazetteer town such a word names its school when the sentence is about school or sport (a game, a
title, a team, its students, its band) or a mascot follows ("<Town> English Bulldogs"), and no one's own care is told
there ("<Town> English, our star forward, tore her ACL" stays a name). A player or a coach known by their school or
town's team ("former <Town> running back <Name>", "<Town> coach <Name>") names the town's team, not a person: the person
is the name after the role, read as a public figure. A town against a place no one is called is a game ("the <Town> vs.
Pharr game", "Alamo contra <Town>"). Each look is a bounded window around the town: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation
from ...wordlists import wordlist

_NAMES = wordlist("privacy-names")
# The word that makes a town's school: a language its old schools were named for, or a side of town.
_SCHOOL_WORD = lazyre.compile(r"[ \t]+(?:English|North|South|East|West|Memorial)(?![\w'’-])")
_LEVEL = lazyre.compile(r"[ \t]+(?:High|HS|Senior|Junior|School|Middle|Academy|Prep)(?![\w'’-])")
_MASCOT = lazyre.compile(r"[ \t]+([A-Z][a-z]+s)(?![\w'’-])")
# Words of school or sport in the sentence: "on the big win over <Town> English", "the <Town> North band".
_SPORT = lazyre.compile(
    r"(?<![\w-])(?i:win|wins|won|winning|beat|beats|victory|game|games|match|matchup|title|championship|champs|champions|playoffs?|"
    r"tournament|varsity|jv|season|team|squad|rivals?|rivalry|vs\.?|versus|football|basketball|baseball|softball|soccer|volleyball|"
    r"wrestling|hockey|lacrosse|track|band|drumline|cheer|cheerleaders|homecoming|graduation|graduates|seniors|juniors|"
    r"freshmen|students|class[ \t]+of|alumni|alums?|principal|teachers|school|schools|campus|escuela|partido|equipo|"
    r"campeonato|estudiantes|graduaci[oó]n|prepa|secundaria)(?![\w-])"
)
# A role after the town, then the person's name: "<Town> running back <Name>", "<Town> coach <Name>".
_ROLES = alternation((*_NAMES["public_roles"], "coach", "head coach", "assistant coach", "principal", "superintendent", "teacher", "grad", "graduate", "alum", "alumna", "alumnus"))
_ROLE_AFTER = lazyre.compile(
    r"[ \t]+(?:(?i:star|standout|former|senior|junior|freshman|sophomore|all-state|all-district|varsity|jv|football|basketball|baseball|softball|"
    rf"soccer|volleyball|track|band)[ \t]+){{0,2}}(?i:{_ROLES})[ \t]+[A-Z\"“']"
)
_WINDOW = 150


def _no_surname(word: str) -> bool:
    """A plural no list holds as a person's name ("Bulldogs", "Eagles"; not "Jones")."""
    from ...lexicon import names as lexicon_names

    info = lexicon_names.name_info(word)
    return info is None or info.also_word and not info.first


# A game between two towns' teams: "<Town> vs. Pharr", "Alamo contra <Town>".
_VERSUS_AFTER = lazyre.compile(r"[ \t]+(?i:vs\.?|v\.|versus|contra)[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)")
_VERSUS_BEFORE = lazyre.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]+(?i:vs\.?|v\.|versus|contra)[ \t]+$")


def _versus(text: str, begin: int, end: int) -> bool:
    """The town faces another place of the gazetteer no one is called by a given name ("Pharr", "Twin Falls") in a game,
    and no care is told around them ("<Town> vs. <Name>: who healed faster after knee surgery?" are two people)."""
    from ...lexicon import names as lexicon_names
    from .care import care_in  # care.py reads vocabulary.py, which reads places.py and so this module: import on use
    from .town_lists import place_kind  # town_lists reads places.py, which reads this module: import on use

    other = _VERSUS_AFTER.match(text, end) or _VERSUS_BEFORE.search(text, max(0, begin - 40), begin)
    if other is None:
        return False
    sides = [" ".join(other.group(1).split()[:size]) for size in (2, 1)]
    given = lexicon_names.name_info(sides[1])
    if not any(place_kind(side) == "strong" for side in sides) and (given is None or given.first or place_kind(sides[1]) != "place"):
        return False
    return not care_in(text, max(0, begin - _WINDOW), min(len(text), end + _WINDOW))


def town_school(text: str, begin: int, end: int) -> bool:
    """Whether the gazetteer town at text[begin:end] opens its school's or its team's name, or a role of its team before
    someone's name, with no one's own care told around it."""
    if _ROLE_AFTER.match(text, end):
        return True  # "former <Town> running back <Name>": the person is the one after the role
    if _versus(text, begin, end):
        return True  # "the <Town> vs. Pharr game": two towns' teams
    word = _SCHOOL_WORD.match(text, end)
    if word is None:
        return False
    mascot = _MASCOT.match(text, word.end())
    named = _LEVEL.match(text, word.end()) or mascot and _no_surname(mascot.group(1)) or _SPORT.search(text, max(0, begin - _WINDOW), min(len(text), word.end() + _WINDOW))
    if not named:
        return False
    from .care import own_care  # care.py reads vocabulary.py, which reads places.py and so this module: import on use

    return not own_care(text, max(0, begin - _WINDOW), min(len(text), word.end() + _WINDOW))
