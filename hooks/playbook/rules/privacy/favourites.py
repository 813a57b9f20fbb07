"""One neighbour held dear by the practice, "our favorite <role>", with their care told near it (PHI011).

group_roles.py leaves "our" out, since "our nurse", "our driver" name one of us. But a practice's "favorite"
crossing guard, goalkeeper or mail carrier is one person of the town every reader knows, not staff: "So long to
our favorite crossing guard at <School>! ... not once did she skip her asthma follow-ups here", "y a nuestro
portero favorito: cero partidos con esa rodilla hasta que le quitemos el yeso", "a nuestra cartera consentida
... su cita de control". Read here: "our/my" with a word of affection (favorite, beloved,
querida, consentido) and a role the vocabularies hold, less the roles of a practice's own staff, or a neighbour by kin
or age ("our favorite grandma", "nuestra mama favorita"), or the one an event is for, said as ours with no word of
affection needed ("our birthday girl", "nuestra quinceanera del sabado"). It counts when
their sentence or the two after tell of one person's care (theirs, ours of them, what we did to them), or, said
to them, point at a body part or an aid of care ("that ankle", "ese tobillo"), or tell we went through it with them
("gracias por dejarnos acompanarte en este proceso", with_them.py). Thanked with no care of theirs
("our favorite crossing guard brought cookies") it passes. Every pattern is bounded, the role's own sentence is read
300 characters on and each later sentence once: linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation, sentence_bounds
from ...wordlists import wordlist
from . import care, done_to, vocabulary, with_them

_DESC = wordlist("privacy-described")
# A practice's own people: "our favorite nurse", "nuestra recepcionista consentida" is a staff spotlight.
STAFF = frozenset(
    (*_DESC["staff_roles"], "manager", "director", "directora", "owner", "dueno", "duena", "clerk", "cashier", "janitor", "custodian", "conserje", "driver", "chofer")
)  # fmt: skip
_ROLE = alternation(r for r in (*vocabulary.NAMES["occupations"], *_DESC["roles"], *_DESC["team_positions"]) if r.lower() not in STAFF)
DEAR = r"(?i:favorite|favourite|fave|fav|beloved|dear|dearest|number[ \t]+one|\#1|all-time[ \t]+favorite|most[ \t]+loved|querid[oa]|adorad[oa])"
DEAR_AFTER = r"(?i:favorit[oa]|consentid[oa]|preferid[oa]|querid[oa]|del[ \t]+alma|de[ \t]+siempre)"
# Held dear, a neighbour by kin or age is one person too: "our favorite grandma", "nuestra mama favorita".
_KIN = alternation((*_DESC["kin"], *_DESC["kin_es"], *_DESC["people"], *_DESC["ranked_people"]))
_OWNER = r"(?i:our|my|nuestr[oa]|mi)"
_FAVOURITE = lazyre.compile(
    # "our favorite crossing guard", "my beloved shortstop", "nuestra querida maestra"
    rf"(?<![\w-]){_OWNER}[ \t]+(?:(?i:very|all-time|absolute)[ \t]+)?{DEAR}[ \t]+(?:[a-z][\w'’-]*[ \t]+)??(?i:{_ROLE}|{_KIN})(?![\w'’-])"
    # "nuestro portero favorito", "mi cartera consentida"
    rf"|(?<![\w-]){_OWNER}[ \t]+(?i:{_ROLE}|{_KIN})[ \t]+{DEAR_AFTER}(?![\w'’-])"
    # the one an event is for, said as ours: "our birthday girl", "nuestra quinceanera del sabado"
    rf"|(?<![\w-]){_OWNER}[ \t]+(?:{DEAR}[ \t]+)?(?i:{alternation(_DESC['honourees'])})(?![\w'’-])"
)
_TO = lazyre.compile(r"(?i:to|for|a|para|al)[ \t]+$")  # said to them: "y a nuestro portero favorito: ..."
_NEAR = 2  # the sentence of the role and the two after it
REACH = 300  # characters of the role's own sentence read after it


def cared_of(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] tells of one person's care: theirs, ours of them, or what we did to them."""
    return care.cared_for(body, start, end) or care.own_care(body, start, end) or done_to.done_to(body, start, end) or with_them.with_them(body, start, end)


def singled_out(body: str) -> Iterator[re.Match]:
    """Each "our favorite <role>" with one person's care in its sentence or the two after it."""
    bounds: list[int] = []
    whole: dict[tuple[int, bool], bool] = {}  # (sentence, said to them): its care, read once per sentence

    def cared(index: int, start: int, spoken: bool) -> bool:
        end = bounds[index + 1]
        return cared_of(body, start, end) or (spoken and care.pointed_care(body, start, end, spoken=True))

    for match in _FAVOURITE.finditer(body):
        bounds = bounds or sentence_bounds(body)  # 0, each sentence's end, len(body)
        at = bisect.bisect_right(bounds, match.start()) - 1
        spoken = _TO.search(body, max(0, match.start() - 6), match.start()) is not None or body[match.end() : match.end() + 1] in (":", ",", "!")
        # their own sentence from the role on, in a bounded window (many roles in one long sentence stay linear)
        end = min(bounds[at + 1], match.end() + REACH)
        if cared_of(body, match.end(), end) or (spoken and care.pointed_care(body, match.end(), end, spoken=True)):
            yield match
            continue
        for index in range(at + 1, min(at + _NEAR + 1, len(bounds) - 1)):
            key = (index, spoken and index <= at + 1)
            if key not in whole:
                whole[key] = cared(index, bounds[index], key[1])
            if whole[key]:
                yield match
                break
