"""The outcome of the reader's care told in a reply: a change in the reader's body or a thing we did that worked (PHI001).

Under a review, "glad the new drops are working for you", "the braces aren't bugging you anymore", "the laser cleared
things up" or "qué bueno que ya le está funcionando" say the reader had care with us, whatever the care is called. The
shape is structural, not a list of conditions: something working or helping with the reader as its object ("is
working for you", "le está funcionando", "te ayudó"), something no longer troubling the reader ("isn't bothering you
anymore", "ya no le duele"), or a thing clearing up. A wish or a condition keeps it to come and passes: "let us know
if the portal is working for you", "esperamos que le funcione"; so does a thing everyone uses said of us ("our new
phone line is working", no reader).
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from .common import clause_before

_YOU = r"(?:you|u|y['’]all|yall|your\s+(?:\w+\s+)?(?:son|daughter|kid|kids|child|baby|boy|girl|mom|dad|husband|wife))"
# "is (finally) working for you", "has been helping you", "worked out for you", "did the trick for you".
_WORKS = lazyre.compile(
    r"(?<![\w-])(?:(?i:is|are|['’]s|['’]re|has\s+been|have\s+been|was|were)\s+"
    r"(?:(?i:finally|really|already|now|still|definitely|actually)\s+)?"
    r"(?i:working|helping|paying\s+off|doing\s+the\s+trick|making\s+a\s+difference)"
    r"|(?:(?i:finally|really|already|has|have)\s+)?(?i:worked|helped|paid\s+off|did\s+the\s+trick|made\s+a\s+difference))"
    rf"(?:\s+(?i:out|so\s+well|well|wonders))?\s+(?i:for\s+)?(?i:{_YOU})(?![\w'’-])"
)
# "aren't bugging you anymore", "no longer keeps you up", "doesn't hurt you any more".
_NO_LONGER = lazyre.compile(
    r"(?<![\w-])(?<!(?i:we)\s)(?<!(?i:i)\s)(?i:isn['’]t|aren['’]t|is\s+not|are\s+not|doesn['’]t|don['’]t|does\s+not|do\s+not|no\s+longer|never)\s+"
    rf"(?:\w+ing|\w+s|\w+)\s+(?i:{_YOU})(?:\s+(?i:up|out|awake))?\s+(?i:anymore|any\s+more|at\s+night\s+anymore)(?![\w-])"
)
# "the laser cleared things up", "that cream cleared it right up".
_CLEARED = lazyre.compile(r"(?<![\w-])(?i:cleared|clearing)\s+(?i:things|it|everything|that|them|you)\s+(?:(?i:right|all)\s+)?(?i:up)(?![\w-])")
# "ya le está funcionando", "le esté funcionando", "te funcionó", "le ayudó", "ya no le duele", "ya no te molestan".
_ES = lazyre.compile(
    r"(?<![\w-])(?i:le|te|les)\s+(?:(?i:esta|está|este|esté|estan|están|esten|estén|ha|han|haya|hayan)\s+)?"
    r"(?i:funcionando|funcionado|funciono|funcionó|funcionaron|sirviendo|servido|sirvio|sirvió|ayudando|ayudado|ayudo|ayudó|ayudaron)(?![\w-])"
    r"|(?<![\w-])(?i:ya\s+no)\s+(?i:le|te|les)\s+(?i:duele|duelen|duela|duelan|molesta|molestan|moleste|molesten|pica|pican|pique|arde|arden|arda|dolia|dolía|molestaba)(?![\w-])"
)
# A wish or condition before it in its clause: the outcome is still to come.
_WISH = lazyre.compile(r"(?<![\w-])(?i:hope|hoping|hopefully|if|whether|what|which|how|que\s+tal|qué\s+tal|let\s+us\s+know|ojala|ojalá|esperamos|espero|si|cuando|when|until|once)(?![\w-])")
_STOP = ".!?;\n"
_US = {"we", "i", "we're", "we’re", "they", "team", "staff", "nosotros"}


def _wished(text: str, start: int) -> bool:
    """A wish or a condition earlier in the clause (at most 60 characters back)."""
    return _WISH.search(text, clause_before(text, start, 60, _STOP), start) is not None


def outcomes(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause that tells an outcome of the reader's care, said as so."""
    for pattern in (_WORKS, _NO_LONGER, _CLEARED, _ES):
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 12) : match.start()].split()
            if before and before[-1].lower() in _US:
                continue  # "we're working for you": our promise, not the reader's care
            if not _wished(text, match.start()):
                yield match.span()
