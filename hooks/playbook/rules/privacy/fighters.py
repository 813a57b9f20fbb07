"""One person called a fighter of her own condition: "our brave little kidney warrior", "this leukemia champ", "mi
guerrera contra el cancer" (PHI013, read by media._story_signal).

A practice calls a child or a neighbour a "warrior", "champ" or "survivor" of the very condition it treats, and a
reader who knows the face or the team needs nothing more: the epithet tells one person's diagnosis. What the shape
has, whatever the condition is called: one person owned or pointed at ("our", "my", "this", "nuestra", "esta"), a
fighter word in the singular, and a condition, an organ or a care setting the clinical lexicon finds before it or in a
"against/contra/de" after it. Passes: the group of an awareness post ("every heart warrior", "our heart warriors"),
a fighter word before an event ("our heart warrior walk"), a hypothetical, and our own staff.

One scan for the epithets, each read in a bounded window and its sentence: linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...text import alternation, sentence_bounds, sentence_of
from ...wordlists import wordlist
from .common import not_one
from .vocabulary import NAMES

_WORDS = wordlist("privacy-fighters")
_QUALIFIERS = frozenset(_WORDS["qualifiers"])
_FIGHTER = lazyre.compile(
    r"(?<![\w'’-])(?i:our|my|this|that|nuestr[oa]|mi|est[ae]|es[ae])[ \t]+(?P<before>(?:[\w'’-]+[ \t]+){0,4}?)"
    rf"(?P<fighter>(?i:{alternation(_WORDS['fighters'])}))(?![\w'’-])"
    rf"(?![ \t]+(?i:{alternation(_WORDS['not_one'])})(?![\w'’-]))"
    r"(?P<after>[ \t]+(?i:against|of|contra|de|del)[ \t]+(?:[\w'’-]+[ \t]+){0,2}[\w'’-]+)?"
)
# A few counted, each pointed at ("these two leukemia champs", "our twin heart warriors", "nuestras dos guerreras contra el
# cancer"): a plural is a group of an awareness post only when no count makes it a few of ours.
_PLURALS = sorted({w + e for w in _WORDS["fighters"] for e in ("s", "es")}, key=len, reverse=True)
_FEW = lazyre.compile(
    r"(?<![\w'’-])(?i:our|my|these|those|nuestr[oa]s|mis|est[oa]s|es[oa]s)[ \t]+(?i:two|three|four|both|twin|dos|tres|cuatro|ambos|ambas)[ \t]+"
    rf"(?P<before>(?:[\w'’-]+[ \t]+){{0,4}}?)(?P<fighter>(?i:{alternation(_PLURALS)}))(?![\w'’-])"
    rf"(?![ \t]+(?i:{alternation(_WORDS['not_one'])})(?![\w'’-]))"
    r"(?P<after>[ \t]+(?i:against|of|contra|de|del)[ \t]+(?:[\w'’-]+[ \t]+){0,2}[\w'’-]+)?"
)
_CARE = ("condition", "body_part", "care_setting", "procedure")
# Not one of ours: a hypothetical or a group, or our own staff.
_GENERIC = not_one("patients|pacientes")
# A group is said before the epithet ("every heart warrior", "honoring all our heart warriors"), not after ("hugged every nurse").
_GROUP = lazyre.compile(r"(?<![\w'’-])(?i:every|each|all[ \t]+(?:our|the|of)|cada|todos|todas)(?![\w'’-])")
_STAFF = lazyre.compile(rf"(?<![\w'’-])(?i:{alternation(NAMES['staff_nouns_alt'])})(?![\w'’-])")


def _qualified(words: str) -> bool:
    """Whether `words` name a condition, an organ or a care setting."""
    if any(word.lower() in _QUALIFIERS for word in re.findall(r"[\w'’-]+", words)):
        return True
    return any(found.category in _CARE for found in lexicon_clinical.find(words))


def fighter_of_one(text: str) -> re.Match | None:
    """The first person called a fighter of her own condition in `text` (folded), or None."""
    bounds = None
    for match in sorted((*_FIGHTER.finditer(text), *_FEW.finditer(text)), key=lambda found: found.start()):
        if not (_qualified(match.group("before")) or (match.group("after") and _qualified(match.group("after")))):
            continue
        bounds = bounds or sentence_bounds(text)
        start, end = sentence_of(bounds, match.start())
        if _GENERIC.search(text, start, end) or _GROUP.search(text, start, match.end()) or _STAFF.search(text, start, match.start()):
            continue  # staff before the epithet are its subject ("our nurse Ana, my favorite cancer survivor"), not after it ("thanks the nurses")
        return match
    return None
