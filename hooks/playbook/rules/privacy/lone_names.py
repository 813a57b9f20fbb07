"""A known given name alone at a sentence's start, and the person nouns a name may follow.

Any word is capitalised at a sentence's start, so a given name there ("Maria", "Charla", "Manda") is weak evidence
alone: it names someone when it is spoken to, owns something, acts in English, or its sentence tells of a person. A
person noun before a name ("our patient <Name>", "little <Name>") names a patient, a child or a relative (people.py).
"""

from __future__ import annotations

import re

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation, sentence_bounds, sentence_of
from .care import care_in, cared_for
from .community_roles import is_role_word
from .greeted_words import plain_word
from .spanish_openers import spanish_opener
from .vocabulary import CAP_WORD, DESCRIBED, INTERJECTIONS, NAMES, NOT_A_NAME, SPANISH_EVERYDAY, word_before

_JOINED = frozenset(("joined", "join", "joins", "at", "from", "founded", "opened", "en", "de", "del"))
_EVENTS = frozenset(DESCRIBED["events"])  # "Baby Shower", "Gran Baby Shower Comunitario": an event


def no_one(text: str, tokens: list[re.Match], start: int) -> bool:
    """The name (from `start`) after a person noun opens on an event's word ("Baby Shower"), or on a plain word's plural
    no name list knows, after "joined", "at", "de" or with no care near ("joined Little Steps"): a place or a programme;
    else a child's nickname still ("little Buttons! Tonsils out")."""
    word = tokens[0].group(0) if tokens else ""
    info = lexicon_names.name_info(word) if word else None
    if word.lower() in _EVENTS and not (info and info.first):
        return True
    if not (word.endswith("s") and info is None and plain_word(word) and plain_word(word[:-1])):
        return False
    return word_before(text, start) in _JOINED or not care_in(text, max(0, start - 120), min(len(text), tokens[0].end() + 120))


# "nuestro paciente consentido Memito", "patient of the month Theo": an adjective may stand between (Spanish puts it after the noun)
PERSON_BEFORE = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation(NAMES['person_before'])})(?:[ \t]+(?i:{alternation(NAMES['person_before_adjectives'])})(?![\w-])){{0,2}}"
    r"(?:[ \t]*[,:])?[ \t]+(?:(?i:named|called|llamad[oa])[ \t]+)?(?=[A-Z])"
)

# Mom and dad as families call them ("mai"/"pai", "amá"/"apá"); a given name too ("Mai"), but not beside the other call.
_PARENT_CALLS = frozenset(("mai", "pai", "ama", "amá", "apa", "apá", "mami", "papi", "mama", "mamá", "papa", "papá"))
_PARENT_CALLED_NEXT = lazyre.compile(rf"[ \t]*(?:,|(?i:y|and|&))[ \t]*(?i:{alternation(_PARENT_CALLS)})(?![\w-])")
_NEXT = lazyre.compile(r"[ \t]*([,!?]|['’]s\b|[a-z]+)")
_ENGLISH_VERB = lazyre.compile(r"(?:ed|[^s]s)$|^(?:is|was|has|had|will|can|ran|came|got|went|took|won|did|left|felt|made|said|told|gave|just|finally|turned|beat)$")
_PERSON_HINT = lazyre.compile(r"(?<![\w-])(?i:he|she|his|her|him|hers|herself|himself|years?\s+old|anos|\d{1,3}(?:[ \t]*\)))(?![\w-])")


def lone_name(text: str, match: re.Match) -> bool:
    """Whether a known given name standing alone at a sentence's start names someone.

    It does when it is spoken to or owns something ("Maria, thank you", "Maria's"), acts in English
    ("Maria finished ..."), or its sentence tells of a person (her care, an age, "she", a relative).
    A Spanish word that is also a name ("Charla gratuita", "Manda tu CV", "Ven a ...") never does here.
    """
    if match.group(0).lower() in SPANISH_EVERYDAY or match.group(0).lower() in INTERJECTIONS or spanish_opener(text, match.group(0)):
        return False
    if match.group(0).lower() in _PARENT_CALLS and _PARENT_CALLED_NEXT.match(text, match.end()):
        return False  # "Mai, pai, escuchen ...": mom and dad called as the island says it, no one's name
    after = _NEXT.match(text, match.end())
    if after and (after.group(1) in ",!?" or after.group(1)[0] in "'’" or _ENGLISH_VERB.search(after.group(1))):
        return True
    start, end = sentence_of(sentence_bounds(text), match.start())
    return bool(_PERSON_HINT.search(text, start, end) or PERSON_BEFORE.search(text, start, end)) or cared_for(text, start, end) or care_in(text, start, end)


def sentence_start(text: str, start: int) -> bool:
    """Whether `start` begins a sentence, where any word is capitalised."""
    before = text[max(0, start - 4) : start].rstrip(" \t\"“'‘¡¿(")
    return not before or before[-1] in ".!?:\n"


def starts_run(text: str, before: re.Match, end: int) -> bool:
    """Whether the capitalised word `before` a name (group 1) is that name's first word, so the name is read with it.

    A role is no name's first word, and neither is a plain word opening the sentence before a lone name ("Keep <Name> in
    your prayers", "Send <Name> our love"): a title before a whole name ("Supervisor <Given> <Surname>") still is.
    """
    word = before.group(1)
    if word.lower() in NOT_A_NAME or is_role_word(word):
        return False
    return not (plain_word(word) and sentence_start(text, before.start(1)) and not CAP_WORD.match(text, end + 1))
