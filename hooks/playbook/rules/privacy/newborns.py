"""A team member's new standing as a parent or a grandparent: the baby welcomed after it is hers, not a patient.

A staff post tells that a member became a grandmother or a father and then welcomes the baby by name, with no
possessive to tie them: "<Member> is officially a grandpa! Say hello to baby <Name>",
"¡Nuestra <Member> es abuela! Bienvenida al mundo, bebé <Name>", "Big news: <Member> is a new dad! Welcome, little
<Name>", "<Member> se estrenó como abuelo: llegó su nieto <Name>". The standing is said between the member's name and
the baby's (no one else named between them: staff_posts.py keeps that), so the baby is the member's child or grandchild;
staff_posts.py still refuses it when care is told around the baby ("delivered here by Dr. <Name>", "came in for her
two-month shots").
The standing: a verb of being or becoming before the elder's word ("is a grandma", "es abuela", "became a dad", "se
convirtió en abuelo"), a word of newness before it ("new mom", "first-time grandpa", "flamante abuela"), or one of
again or of the first time after it ("a grandma herself", "abuela por primera vez", "dad again"), or the member and a
spouse who welcomed the baby ("<Member> and his wife <Name> welcomed little <Name>").
One search over a bounded window before the baby's name: linear.
"""

from __future__ import annotations

import re

from ... import lazyre

_ELDER = (
    r"(?i:grandma|grandpa|grandmother|grandfather|granny|grammy|gramma|nana|papaw|great[ \t-]grand(?:ma|pa|mother|father)"
    r"|abuela|abuelo|abuelita|abuelito|bisabuela|bisabuelo|mom|mum|mama|mommy|mother|dad|daddy|papa|father|madre|padre"
    r"|aunt|auntie|uncle|tia|tio)"
)
_BECOMES = (
    r"(?i:is|is[ \t]+now|now|became|becomes|just[ \t]+became|officially|es|ya[ \t]+es|ahora[ \t]+es|se[ \t]+convirtio[ \t]+en"
    r"|se[ \t]+estreno[ \t]+como|estreno|se[ \t]+volvio|turned|made[ \t]+(?:her|him)[ \t]+a)"
)
_NEW = r"(?i:new|first-time|first[ \t]+time|brand[ \t-]new|proud(?:[ \t]+new)?|nueva|nuevo|flamante|primeriz[oa]|orgullos[oa])"
_AGAIN = (
    r"(?i:herself|himself|again|x2|x3|por[ \t]+primera[ \t]+vez|por[ \t]+segunda[ \t]+vez|otra[ \t]+vez|de[ \t]+nuevo"
    r"|for[ \t]+the[ \t]+(?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))[ \t]+time)"
)
# A couple who welcomed the baby: "<Member> and his wife <Name> welcomed little <Name>", "<Member> y su esposo <Name>
# recibieron a ..." (round 60); the member alone "welcomed" a baby may have delivered it, so the spouse is asked for.
_COUPLE = (
    r"(?i:and|y|&)[ \t]+(?i:his|her|their|su)[ \t]+(?i:wife|husband|partner|spouse|esposa|esposo|pareja)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,2}?"
    r"(?:(?i:just|finally|officially|recently|proudly|happily|acaban[ \t]+de|por[ \t]+fin)[ \t]+)?"  # "... just welcomed" (round 146)
    r"(?i:welcomed|dieron[ \t]+la[ \t]+bienvenida[ \t]+a|recibieron[ \t]+a|recibir[ \t]+a|dar[ \t]+la[ \t]+bienvenida[ \t]+a)"
)
_STANDING = lazyre.compile(
    rf"(?<![\w-])(?:{_BECOMES}[ \t]+(?:(?i:a|an|un|una)[ \t]+)?(?:{_NEW}[ \t]+)?{_ELDER}"
    rf"|{_NEW}[ \t]+{_ELDER}|{_ELDER}[ \t]+{_AGAIN})(?![\w-])"
)
# The couple must follow the member's own name, nothing between: "Dr. <Name> and his wife <Name> welcomed" (not "Dr.
# <Name> delivered ...: Mark and his wife Ana welcomed", a patient couple after care of ours).
_COUPLED = lazyre.compile(rf"(?:(?i:dr|dra|nurse)\.?[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,3}}[ \t]+{_COUPLE}(?![\w-])")
_REACH = 300  # how far before the baby's name the standing is read


# A baby called so without a kin word, or the baby's sibling: "little <Name>", "la pequeña <Name>", "big brother <Name>"
_LITTLE = lazyre.compile(r"(?i:little|lil|wee|tiny|sweet|big|pequen[oa]|chiquit[oa]|chiquitit[oa])[ \t]")


def new_standing(text: str, member: int, baby: int, kin: bool) -> bool:
    """Whether the one named at `baby` (after a kin word: `kin`, or "little") is a baby welcomed after text that tells
    someone became a parent or a grandparent, between the member named at `member` and the baby (at most _REACH
    characters before it): the member, no one else being named there."""
    if not (kin or _LITTLE.match(text, baby)) or member >= baby:
        return False
    return _STANDING.search(text, max(member, baby - _REACH), baby) is not None or _COUPLED.match(text, member, baby) is not None


# The news of a birth itself: "born Sunday morning", "7 lbs 2 oz", "nació el martes", "3.2 kg". Said of a member's own baby
# it is her family's news; where it happened ("born here", "in our birthing suite") and any care stay read.
_BIRTH_NEWS = lazyre.compile(
    r"(?<![\w-])(?:(?i:born|naci[oó]|nacid[oa]|lleg[oó][ \t]+al[ \t]+mundo)|\d{1,2}(?:[.,]\d{1,2})?[ \t]*(?i:lbs?|pounds?|libras?|kg|kilos?)"
    r"(?:[ \t,]*\d{1,2}[ \t]*(?i:oz|ounces?|onzas?))?)(?![\w-])"
)


# A couple's news of a baby to come, the member its subject with a spouse: "he and his wife <Name> are expecting a baby
# girl", "ella y su esposo <Name> están esperando un bebé". Only the news is blanked; the rest of the sentence is read.
_EXPECTING = lazyre.compile(
    r"(?<![\w-])(?i:he|she|él|el|ella)[ \t]+(?i:and|y)[ \t]+(?i:his|her|su)[ \t]+(?i:wife|husband|partner|spouse|esposa|esposo|pareja)[ \t]+"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+(?i:are|están|estan)[ \t]+"
    r"(?P<news>(?i:expecting|esperando)(?:[ \t]+(?i:a|an|their|un|una|su)[ \t]+(?:(?i:first|second|third|primer|segund[oa])[ \t]+)?"
    r"(?i:baby|bebé|bebe|bebita|bebito|niña|niño|nina|nino|little[ \t]+one)(?:[ \t]+(?i:girl|boy|niña|niño|nina|nino))?)?)(?![\w-])"
)


def _blank(match: re.Match, group: int | str = 0) -> str:
    """The match with its `group` turned to spaces, so offsets into the text keep their places."""
    whole, start, end = match.group(0), match.start(group) - match.start(), match.end(group) - match.start()
    return whole[:start] + " " * (end - start) + whole[end:]


def birth_news_blanked(text: str) -> str:
    """text with the news of a birth (or of a member's couple expecting one) blanked, its length kept: a member's own
    baby's birth is no care of ours."""
    return _EXPECTING.sub(lambda match: _blank(match, "news"), _BIRTH_NEWS.sub(_blank, text))
