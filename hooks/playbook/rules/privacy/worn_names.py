"""A patient known by the name on what they wear, while care is given to them in the picture (PHI003).

Work gear and team gear carry their wearer's name: a cap with a first name embroidered on it, a jersey's back, a
uniform's name tape, a name tag on a vest. An alt text that reads it out while someone takes that person's blood
pressure or dresses their cut names the patient as surely as a caption does: "a roofer, the name <X> embroidered on
his cap", "a soldier whose name tape reads <X>", "un jornalero con el nombre <X> bordado en la gorra", "<X> stitched
across the apron", "una playera estampada con <X>". Such names are often in capitals and short (a nickname, a
surname on a tape), so a word the name lists know as a given name or a surname counts, and so does one no list knows
(unlisted.py); an acronym ("USMC") counts only after "the name". written_names.py reads signs, jerseys with a number
and quoted labels; this module reads the gear's own frames: "the name <X>", "<X> embroidered/printed ...", "printed
with <X>", "<gear> reads <X>", "<X> on his <gear>".

It counts with a garment or gear word near the name and care in reach (a clinical word, an object of care, or an act
of care: "blood pressure", "pulse", "dressing", "venda", "herida"). It passes a team member's name, a brand or plain
word ("NIKE", "BOSS"), gear with no care ("a cap embroidered with <X> on a hook"), and a name worn by our own staff
(a staff word right before the frame: "our nurse, her name tag reading <X>, ..."), and a group's gear ("<X> printed on
their caps": a team's, a school's or a sponsor's name). Each pattern is bounded and each
look is a bounded window around one match: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation, phrase_pattern
from .care import care_in
from .known import Known, Person
from .unlisted import CARE_OBJECT, NOT_NAMES, UNLISTED, unlisted_name
from .vocabulary import NAMES, NOT_A_NAME, is_first_name

_GEAR = alternation(UNLISTED["worn_gear"])
_WRITING = alternation(UNLISTED["worn_writing"])
_READING = r"(?:reads|reading|says|saying|that[ \t]+says|which[ \t]+says|que[ \t]+dice|dice|que[ \t]+se[ \t]+lee|se[ \t]+lee)"
_NAME = r"[\"“'‘«]?(?P<w>[A-Z][A-Za-z'’-]{2,})[\"”'’»]?(?![\w'’-])"
# "the name <X>", "his name tape reading <X>", "con el apellido <X>", "el nombre: <X>"
_FRAMED = lazyre.compile(rf"(?<![\w-])(?i:{alternation(UNLISTED['worn_name_frames'])})(?:[ \t]+(?i:tape|tag|patch))?(?:[ \t]+(?i:{_READING}))?[ \t]*:?[ \t]*{_NAME}")
# "<X> embroidered on his cap", '"<X>" bordado en la gorra'
_NAME_WRITTEN = lazyre.compile(rf"(?<![\w'’-]){_NAME}[ \t]+(?P<how>(?i:{_WRITING}))(?![\w-])")
# Needlework puts its wearer's own name on a jacket (a slogan is printed): a quoted name stitched on is framed as one
_STITCHED = frozenset(UNLISTED["worn_stitching"])
_QUOTES = "\"“'‘«"
# "a jersey printed with <X>", "una gorra bordada con <X>", "embroidered with the name <X>"
_WRITTEN_WITH = lazyre.compile(rf"(?<![\w-])(?i:{_WRITING})[ \t]+(?i:with|con)[ \t]+(?:(?i:the[ \t]+name|el[ \t]+nombre(?:[ \t]+de)?)[ \t]+)?{_NAME}")
# "whose cap says <X>", "la gorra que dice <X>", "his vest reading <X>"
_GEAR_READS = lazyre.compile(rf"(?<![\w-])(?i:{_GEAR})(?:[ \t]+[\w'’-]+){{0,2}}?[ \t]+(?i:{_READING})[ \t]*:?[ \t]*{_NAME}")
# "<X> on his cap", "<X> across the back of her jersey", "<X> en la gorra"
_NAME_ON = lazyre.compile(rf"(?<![\w'’-]){_NAME}[ \t]+(?i:on|across|en)[ \t]+(?i:his|her|their|the|su|la|el)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{_GEAR})(?![\w-])")
_GEAR_WORD = phrase_pattern(UNLISTED["worn_gear"])
_CARE_ACT = phrase_pattern(UNLISTED["care_acts"])
# Our staff wearing their own name: a staff word, perhaps their name, then only "with/wearing/her/su ..." up to the frame.
_STAFF_WEARER = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation(NAMES['staff_nouns_alt'])})(?:[ \t]+[A-Z][\w'’-]*)?[ \t]*,?[ \t]*"
    r"(?:(?i:with|wearing|in|and|her|his|their|con|en|y|lleva|llevando|su|sus|the|a|an|el|la|un|una)[ \t]+){0,3}$"
)
# A group's gear: "<X> printed on their caps", "con <X> estampado en sus camisetas" names a team, a school or a sponsor.
_THEIR_GEAR = lazyre.compile(rf"(?<![\w-])(?i:their|sus)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{_GEAR})")
_GEAR_REACH, _STAFF_REACH, _CARE_REACH = 80, 50, 200


def _worn_word(word: str, framed: bool) -> bool:
    """A worn name: a given name or a surname the lists know (no everyday word), or one no list knows.

    After "the name" (`framed`) a name that is also a word counts too. In capitals the word is read as a name ("RIGO" as "Rigo"); a short word in capitals that no list knows is an
    acronym ("USMC") unless "the name" frames it.
    """
    name = word.capitalize() if word.isupper() else word
    low = name.lower()
    if low in NOT_A_NAME or low in NOT_NAMES:
        return False
    if is_first_name(name):
        return True
    info = lexicon_names.name_info(name)
    if info is not None:  # after "the name", one that is also a word still counts ("the name DUKE", "his name tag reading EARL")
        return not info.place and (info.surname and not info.also_word or framed and (info.first or info.surname))
    if word.isupper() and len(word) <= 4 and not framed:
        return False
    return unlisted_name(name)


def worn_names(text: str, known: Known) -> Iterator[Person]:
    """Names worn on a cap, a jersey, a uniform or a name tag by someone in care in the picture (see the module)."""
    seen = set()
    for pattern in (_FRAMED, _NAME_WRITTEN, _WRITTEN_WITH, _GEAR_READS, _NAME_ON):
        for match in pattern.finditer(text):
            start, end = match.span("w")
            word = match.group("w")
            stitched = pattern is _NAME_WRITTEN and text[start - 1 : start] in _QUOTES and match.group("how").lower() in _STITCHED
            if start in seen or not _worn_word(word, pattern is _FRAMED or stitched):
                continue
            name = word.capitalize() if word.isupper() else word
            if known.is_team((name,)):
                seen.add(start)
                continue
            if pattern is not _GEAR_READS and pattern is not _NAME_ON and not _GEAR_WORD.search(text, max(0, match.start() - _GEAR_REACH), min(len(text), end + _GEAR_REACH)):
                continue  # "the name Rigo" with nothing worn near it: another finder's business
            if _THEIR_GEAR.search(text, max(0, match.start() - _GEAR_REACH), min(len(text), end + _GEAR_REACH)):
                seen.add(start)
                continue  # a group's gear names its team or its sponsor
            if _STAFF_WEARER.search(text, max(0, match.start() - _STAFF_REACH), match.start()):
                seen.add(start)  # no other frame of the same name may report it
                continue  # "our nurse, her name tag reading <X>": our own
            low, high = max(0, start - _CARE_REACH), min(len(text), end + _CARE_REACH)
            if CARE_OBJECT.search(text, low, high) or _CARE_ACT.search(text, low, high) or care_in(text, low, high):
                seen.add(start)
                yield Person(start, end, (name,), "a name worn on a cap, a jersey or a uniform by someone in care", public=False)
