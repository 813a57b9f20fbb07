"""A town spoken of as a community, not as a person: greeted as a post opens, proud of its own, or a venue's town.

Towns named like people ("Lowell", "Lawrence", "Tyler") are cheered the way people are: "Thank you, Lowell!" opens a
post about the fair its families came to, "Lowell's own <Name>" is the city's pride in someone from it, and
"Campagnone Common, Lawrence." closes an event's venue with its town, "Lowell native <Name>" is someone born there and "es de Lowell," where one comes from; the town praised as a whole closes a cheer ("¡Un
orgullo para Lowell!", "Proud of you, Lowell!", "¡Qué orgullo, Lawrence!"). Read by places.place_here for a gazetteer town
only. What says person stays a name: the thanks followed by "you" or "he"/"she", a text that tells anyone's care
("Thank you, Lowell! Your knee ..."), "<Town>'s own" before a lower-case word that is no public role ("Lowell's own words";
"Lawrence's own welterweight champ" is the town's), and a comma that
follows no venue's name. Each reading looks a bounded window either side of the town: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon.fold import fold
from ...text import alternation
from ...wordlists import wordlist

_NAMES = wordlist("privacy-names")
# A greeting or a thanks opening the text or a line: "Thank you, Lowell!", "¡Gracias, Lawrence!", "Hello Tyler!".
_OPENING_THANKS = lazyre.compile(r"(?:^|\n)[^\w\n]{0,6}(?i:thank[ \t]+you|thanks|thank[ \t]+you[ \t]+so[ \t]+much|gracias|muchas[ \t]+gracias|hello|hola|we[ \t]+love[ \t]+you)[ \t]*,?[ \t]+[¡]?$")
_CHEER_END = lazyre.compile(r"[ \t]*[!.]")
# The town one was born or raised in, right after it: "Lowell native <Name>", "our Lowell-born chef", "Tyler natives"
_NATIVE = lazyre.compile(r"(?:[ \t]+|-)(?i:natives?|born|raised|born[ \t]+and[ \t]+raised|bred)(?![\w'’-])")
# The town praised as a whole: "¡Un orgullo para Lowell!", "todo un orgullo de Lawrence", "So proud of you, Tyler!"
_PRAISED = lazyre.compile(
    r"(?:(?<![\w-])(?i:un|todo[ \t]+un|gran|qu[eé])[ \t]+(?i:orgullo)[ \t]+(?i:para|de)"
    r"|(?<![\w-])(?i:proud[ \t]+of[ \t]+you|(?:so|very)[ \t]+proud[ \t]+of[ \t]+you|qu[eé][ \t]+orgullo)[ \t]*,?)[ \t]+[¡]?$"
)
# What the next sentences tell: the town's gathering ("Over 60 families came to our fair", "vecinos llegaron a la feria").
_GATHERING = lazyre.compile(rf"(?<![\w-])(?i:{alternation(_NAMES['town_gatherings'])})(?![\w-])")
_PERSONAL = lazyre.compile(r"(?<![\w'’-])(?i:you|your|you're|he|she|his|her|him|tu|tus|usted|su[ \t]+(?:rodilla|cirug[ií]a|tratamiento)|él|ella)(?![\w'’-])")
_AHEAD = 240  # characters after the cheer read for the gathering
# "<Town>'s own <Name>", "<Town>'s very own", the town's pride in one of its people; a capitalised word follows.
# Or a public role, with up to two words before it: "Lawrence's own welterweight champ <Name>" (not "Lowell's own words").
_OWN_PREFIX = r"['’]s[ \t]+(?:(?i:very)[ \t]+)?(?i:own|finest|favorite|favourite|hometown)[ \t]+"
_OWN = lazyre.compile(rf"{_OWN_PREFIX}[\"“]?[A-Z]")
_OWN_ROLE = lazyre.compile(rf"{_OWN_PREFIX}(?:[a-z][\w-]*[ \t]+){{0,2}}?(?i:{alternation(_NAMES['public_roles'])})(?![\w-])")
# A venue's name and a comma before the town, the town closing the clause: "Campagnone Common, Lawrence.",
# "Parque Central, Tyler,", "the Elks Hall, Dillon (map below)".
_VENUE_COMMA = lazyre.compile(rf"(?<![\w-])[A-Z][\w'’]*[ \t]+(?:{alternation(_NAMES['venue_words'])})[ \t]*,[ \t]*$")
_VENUE_FIRST = lazyre.compile(rf"(?<![\w-])(?:{alternation(_NAMES['venue_words_first'])})[ \t]+(?:[A-Z][\w'’]*[ \t]+){{0,3}}[A-Z][\w'’]*[ \t]*,[ \t]*$")
_CLAUSE_END = lazyre.compile(r"[ \t]*(?:[.;:!)\n]|,|$)")
# Where one comes from, said of them, the town closing the clause: "Carmen es de <Town>, habla ...", "She's from <Town>." (round 141)
_IS_FROM = lazyre.compile(r"(?<![\w'’-])(?i:is|['’]s|was|comes|es|era|viene|somos|soy)[ \t]+(?i:from|de|originari[oa][ \t]+de)[ \t]+$")


def hometown(text: str, begin: int, end: int, told_care) -> bool:
    """Whether the gazetteer town at text[begin:end] is the town in one of the frames above; `told_care(text)` says
    whether the text tells anyone's care (read only when a frame matches)."""
    if _OWN.match(text, end) or _NATIVE.match(text, end):
        return True  # "Lowell's own <Name>", "Lowell native <Name>"
    if _OWN_ROLE.match(text, end):  # "Lawrence's own welterweight champ", unless the text tells care of ours ("... here")
        return not _ours(text)
    if (_VENUE_COMMA.search(text, max(0, begin - 60), begin) or _VENUE_FIRST.search(text, max(0, begin - 80), begin) or _IS_FROM.search(text, max(0, begin - 20), begin)) and _CLAUSE_END.match(
        text, end
    ):
        return True
    if _PRAISED.search(text, max(0, begin - 30), begin) and _CHEER_END.match(text, end):
        return not _PERSONAL.search(text, end, min(len(text), end + _AHEAD)) and not told_care(text)  # "¡Un orgullo para Lowell!"
    if not (_OPENING_THANKS.search(text, max(0, begin - 30), begin) and _CHEER_END.match(text, end)):
        return False
    ahead = min(len(text), end + _AHEAD)
    if _PERSONAL.search(text, end, ahead) or not _GATHERING.search(fold(text[end:ahead])):
        return False
    return not told_care(text)


def _ours(text: str) -> bool:
    """Whether the text places anyone's care with us (own_news.ours_near, care.cared_by_us): read only after a frame matches."""
    from .care import cared_by_us  # care.py reads vocabulary.py, which reads this module: import on use
    from .own_news import ours_near

    return ours_near(text, 0, len(text)) or cared_by_us(text, 0, len(text))
