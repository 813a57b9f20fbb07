"""Our being with one person through their care, said without a word of care (read by favourites.cared_of).

A practice thanking one person for a hard stretch often names no treatment at all: it tells that we went through it
with them ("gracias por dejarnos acompanarte en este proceso", "fue un honor acompanarla en su recuperacion", "thank
you for letting us walk with you through this", "so glad we got to be part of her recovery"). Said of one person the
post has singled out ("our favorite <role>", "our birthday girl"), that is their care with us. Said to everyone it is
an offer ("estamos para acompanarte en este proceso"), so readers call this only after they found one person; said
of many ("acompanarlos", "their journey") it is a group's. One
bounded pattern, searched in a window: linear.

A chaplain or a nurse tells it of the dying the same way: "I sat beside an elder from <Town>, ... She
passed peacefully on Tuesday", "acompane a una abuela de <Pueblo> ... fallecio el martes". Sitting with one person
described by where she is from, then her death told a few sentences on, is a death in our care (described_care.py).
"""

from __future__ import annotations

from ... import lazyre

# ES: an enclitic of ours on them ("acompanarte", "acompanarla", "caminar contigo") through their course.
# EN: "walk with you through", "be part of your journey", "stand by her through".
_WITH = lazyre.compile(
    r"(?<![\w'’-])(?:"
    r"(?i:acompanarte|acompanarla|acompanarlo|acompanarle|caminar[ \t]+contigo|caminar[ \t]+con[ \t]+ella|caminar[ \t]+con[ \t]+el)"
    r"[ \t]+(?i:en|durante|a[ \t]+lo[ \t]+largo[ \t]+de)[ \t]+(?i:este|esta|su|tu|todo[ \t]+este|todo[ \t]+su)[ \t]+"
    r"(?i:proceso|camino|recuperacion|tratamiento|lucha|etapa|recorrido|viaje)"
    r"|(?i:walk|walked|walking|stand|stood|standing)[ \t]+(?i:with|alongside|beside|by)[ \t]+(?i:you|her|him)[ \t]+(?i:through|during)[ \t]+"
    r"(?i:this|that|it|all|your|her|his)"
    r"|(?i:be|been|being|was|were)[ \t]+(?:(?i:a|a[ \t]+small|a[ \t]+tiny)[ \t]+)?(?i:part)[ \t]+(?i:of)[ \t]+(?i:your|her|his)[ \t]+(?:[\w'’-]+[ \t]+)??"
    r"(?i:journey|recovery|healing|treatment|process|comeback|road[ \t]+back)"
    r")(?![\w'’-])"
)


def with_them(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells we went through one person's course with them (folded text)."""
    return _WITH.search(text, start, end) is not None


# We sat with them, right before the one described: "I sat with a ", "we sat beside an ", "acompane a una "
_SAT = lazyre.compile(
    r"(?<![\w'’-])(?i:sat|sit|sitting|stayed|held[ \t]+hands)[ \t]+(?i:with|beside|by)[ \t]+$"
    r"|(?<![\w'’-])(?i:acompane|acompanamos|acompanaba|estuve[ \t]+con|estuvimos[ \t]+con)[ \t]+(?i:a[ \t]+)?$"
)
# Their death told after: "she passed peacefully", "he died on Sunday", "fallecio", "se nos fue"
_DEATH = lazyre.compile(r"(?<![\w'’-])(?:(?i:she|he|they)[ \t]+(?i:passed|died|slipped[ \t]+away)|(?i:fallecio|murio|partio|descanso)|(?i:se[ \t]+nos[ \t]+fue))(?![\w'’-])")
_SAT_REACH = 20  # characters before the one described where "sat with" stands
_DEATH_REACH = 600  # characters after, where her death is told


def sat_through(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], one person described, is someone we sat with and whose death the text tells after."""
    sat = _SAT.search(text, max(0, start - _SAT_REACH), start)
    return sat is not None and _DEATH.search(text, end, min(len(text), end + _DEATH_REACH)) is not None
