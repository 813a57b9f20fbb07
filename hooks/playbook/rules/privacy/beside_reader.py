"""Our being beside the reader through a stretch of their care, told in a reply (PHI001).

Under a review, "nos tocó caminar a su lado en sus terapias", "nos dio gusto acompañarla en su parto" or "it
was a privilege to walk with you through every round" say the reviewer went through care with us, though no visit or
treatment need be named. The shape is a verb of accompanying the reader (an enclitic "acompañarla/te", "caminar a su
lado / contigo", "walk with you", "stand by you", "be by your side") then a span it lasted ("durante", "en", "through",
"during", "every"). An offer keeps it to come and passes ("estaremos para acompañarle en su proceso", "we'll walk with
you through it", "if you want, we can stand by you during"). One bounded pattern, each match read in a short window:
linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre

_BESIDE = lazyre.compile(
    r"(?<![\w'’-])(?i:acompa[nñ]arl[ao]|acompa[nñ]arle|acompa[nñ]arte|caminar[ \t]+(?:a[ \t]+su[ \t]+lado|a[ \t]+tu[ \t]+lado|contigo|junto[ \t]+a[ \t]+usted|con[ \t]+usted)"
    r"|estar[ \t]+a[ \t]+(?:su|tu)[ \t]+lado|walk(?:ed|ing)?[ \t]+(?:with|beside|alongside)[ \t]+you|st(?:and|ood|anding)[ \t]+(?:by|with)[ \t]+you"
    r"|be(?:en|ing)?[ \t]+(?:with[ \t]+you|by[ \t]+your[ \t]+side))[ \t]+(?i:durante|en|a[ \t]+lo[ \t]+largo[ \t]+de|through|during|every|each|todo|toda|cada)(?![\w'’-])"
)
# An offer or a condition before it in the clause: the company is still to come.
_AHEAD = lazyre.compile(
    r"(?<![\w'’-])(?i:will|would|can|could|if|whenever|here[ \t]+to|ready[ \t]+to|estaremos|estamos[ \t]+para|aqu[ií][ \t]+estamos|podemos|queremos|si|cuando"
    r"|para)(?![\w'’-])|['’](?i:ll|d)(?![\w-])"
)
_BACK = 40  # characters of the clause before the verb read for an offer
_STOP = ".!?;\n"


def beside(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause that tells we were beside the reader through a stretch of their care."""
    for match in _BESIDE.finditer(text):
        begin = max(0, match.start() - _BACK)
        for at in range(match.start() - 1, begin - 1, -1):
            if text[at] in _STOP:
                begin = at + 1
                break
        if _AHEAD.search(text, begin, match.start()) is None:
            yield match.span()
