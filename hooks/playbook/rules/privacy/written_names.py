"""A name written on something in a photo: a sign, a banner, a jersey, a cast ("<name> #23", "Go <name>!").

An alt text that reads out a hand-made sign or a jersey beside crutches, a therapy table or a hospital bed
names the patient as surely as a caption does: "crutches with a sign reading 'Go <name>!'", "un cartel que dice
'<name>'", "a jersey with <NAME> 23 on the hospital bed". The writing's shape says a person is meant (a player's
number, a cheer before or after, a word quoted alone), so the name may be one no list knows (unlisted.py); the
lists' own names are read everywhere already (names.py). A sign's or a jersey's word must be near, and so must
an object or a word of care: a team's banner at a 5K passes. PHI003 reports these, and PHI012 counts one in an
alt text as a person shown. A name worn on a cap, a uniform's tape or a name tag by someone in care is worn_names.py's,
read from here. Each look is a bounded window around one match, so the pass stays linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...text import alternation, phrase_pattern
from .care import care_in
from .greeted_words import plain_word
from .known import Known, Person
from .unlisted import CARE_OBJECT, UNLISTED, given_name, unlisted_name
from .worn_names import worn_names

_NAME = r"(?P<w>[A-Z][A-Za-z]{2,}(?:['’-][A-Za-z]+)?)"
# "<name> #23", "<NAME> 23", "<name> No. 7": a player's number after the name
_NUMBERED = lazyre.compile(rf"(?<![\w#-])(?<!\w['’]){_NAME}[ \t]*(?:#|(?i:no\.?|num\.?|numero))?[ \t]?\d{{1,3}}(?![\w/:.,]\d|\d|[\w%])")
# "Go <name>!", "Fuerza <name>", "<name> Strong"
_CHEERED = lazyre.compile(rf"(?<![\w-])(?<!\w['’])(?i:{alternation(UNLISTED['cheer_before'])})[ \t,]+{_NAME}(?![\w-])(?!['’]\w)")
_CHEER_AFTER = lazyre.compile(rf"(?<![\w-])(?<!\w['’]){_NAME}[ \t]+(?i:{alternation(UNLISTED['cheer_after'])})(?![\w-])(?!['’]\w)")
# '"<name>"', "«<name>»": a word quoted alone
_ALONE = lazyre.compile(rf"(?:(?<![\w])['‘]|[\"“«]){_NAME}[!.]*(?:['’](?![\w])|[\"”»])")
_WRITTEN = phrase_pattern(UNLISTED["written_on"])
_WRITTEN_AFTER = phrase_pattern(UNLISTED["written_after"])
# "'<Name> <Surname> - Mon to Sun'", "“<Name> <Surname>”": a label's quoted writing that opens with a given name and a
# surname, then ends or goes on after a dash, comma or colon (a pill box's tape, a bottle's label, a wristband)
_QUOTED_FULL = lazyre.compile(rf"(?:(?<![\w])['‘]|[\"“«]){_NAME}(?:[ \t]+[A-Z][A-Za-z'’-]+){{1,2}}\.?[ \t]*(?:[-–—,:(/]|['’](?![\w])|[\"”»])")
# 'Kiko "Dinamita" Lara': a word quoted between two capitalised words is a nickname inside a name
_NAME_BEFORE, _NAME_AFTER = lazyre.compile(r"[A-Z][\w'’-]*[ \t]*$"), lazyre.compile(r"[ \t]*[A-Z]")
_WORDS = lazyre.compile(r"[A-Z][A-Za-z'’-]*")
_BEFORE, _AFTER, _CARE_REACH = 80, 40, 200  # how far a sign's word and an object of care may sit from the name


def written_names(text: str, known: Known) -> Iterator[Person]:
    """Names no list knows, written on a sign, a banner or a jersey next to an object or a word of care.

    Only a name in a writing's shape (a number after it, a cheer before or after it, quoted alone), with a word
    of the writing ("sign", "jersey", "letrero", "que dice") within a few words and an object of care
    ("crutches", "camilla", "hospital bed") or a word of care in reach; a team member's name passes.
    """
    seen = set()
    for pattern in (_NUMBERED, _CHEERED, _CHEER_AFTER, _ALONE, _QUOTED_FULL):
        for match in pattern.finditer(text):
            start, end = match.span("w")
            word = match.group("w")
            named = given_name(word) if pattern is _QUOTED_FULL else unlisted_name(word)
            if start in seen or not named or known.is_team((word,)):
                continue
            if not (_WRITTEN.search(text, max(0, start - _BEFORE), start) or _WRITTEN_AFTER.search(text, end, min(len(text), end + _AFTER))):
                continue
            if pattern is _QUOTED_FULL and any(plain_word(rest) for rest in _WORDS.findall(text, end, match.end())[:2]):
                continue  # '"LIPID PANEL"', '"Blood Draw - 8am"': a label's words, not a name
            if pattern is _ALONE and (_NAME_BEFORE.search(text, max(0, match.start() - 30), match.start()) or _NAME_AFTER.match(text, match.end())):
                continue
            low, high = max(0, start - _CARE_REACH), min(len(text), end + _CARE_REACH)
            if CARE_OBJECT.search(text, low, high) or care_in(text, low, high):
                seen.add(start)
                yield Person(start, end, (word.capitalize(),), "a name written on a sign or a jersey beside their care", public=False)
    yield from worn_names(text, known)  # "the name <X> embroidered on his cap" while his blood pressure is taken
