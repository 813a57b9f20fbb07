"""The reader's child or kin at a visit: how they behaved on a day, or the next time we will see them (PHI001).

Under a review, "Mateo was a real champ on Tuesday", "su niña se portó muy bien el martes" or "can't wait to see
her again in March" say someone of the reader's was in our chair, though no care is named. The shape: a person (a
first name, he/she/they, or the reader's kin) then conduct said as past ("was a ...", "did great", "behaved",
"se portó", "estuvo") with a day or time in the same clause; or seeing him, her or them again at a month, a day or
a count of weeks. The practice's own people or an event ("our team was amazing on Saturday") pass: a capitalised
plain word ("Everyone", "Saturday"), "we", "our" or "the" before the verb is no one of the reader's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from ... import lazyre
from .greeted_words import plain_word
from .stance import POINT_WORDS, TIME_SHAPES, alt, clause_starts, words

_KIN = alt(words("relatives"))
_WHO = (
    rf"(?:(?<![\w-])(?i:he|she|they|él|ella)|(?<![\w-])(?i:your|su|tu|sus|tus)\s+(?:(?i:little|big|oldest|youngest)\s+)?(?i:{_KIN})"
    r"|(?<![\w.-])[A-Z][a-záéíóúñ]{2,})"
)
_CONDUCT = lazyre.compile(
    rf"{_WHO}\s+(?:(?i:was|were|did|behaved|se\s+port[oó]|estuvo|fue)\s+(?:(?i:a|an|such\s+a|so|muy|super|tan|bien|un|una)\s+)?)"
    r"(?:(?i:total|real|little|absolute|true|great|perfect|verdader[oa]|muy)\s+)?[\w'’-]+"
)
_AGAIN = lazyre.compile(
    r"(?<![\w-])(?i:see|seeing|ver)\s+(?i:him|her|them|the\s+kids|a\s+(?:su|tu)\s+\w+|l[oa]s?)\s+(?i:again|back|de\s+nuevo|otra\s+vez)\s+"
    r"(?i:in|on|next|en|el|este|the)\s+[\w'’-]+"
)
_PRONOUNS = {"he", "she", "they", "el", "ella", "él", "your", "su", "tu", "sus", "tus"}
_NOT_KIN = {"we", "our", "the", "it", "this", "that", "team", "everyone", "thanks", "thank", "gracias", "nuestro", "nuestra", "el", "la"}


def conduct(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause that tells the reader's kin's conduct on a day, or their next time with us."""
    again = [m.span() for m in _AGAIN.finditer(text) if POINT_WORDS.search(m.group(0)) or TIME_SHAPES.search(m.group(0))]
    yield from again
    found = [m.span() for m in _CONDUCT.finditer(text) if m.group(0).split()[0].lower() not in _NOT_KIN]
    if not found:
        return
    bounds = clause_starts(text) + [len(text)]
    for start, end in found:
        stop = bounds[bisect_right(bounds, start)]
        if not (POINT_WORDS.search(text, end, stop) or TIME_SHAPES.search(text, end, stop)):
            continue
        first = text[start:end].split()[0]
        if POINT_WORDS.match(first) or (first[0].isupper() and first.lower() not in _PRONOUNS and plain_word(first)):  # "Everyone was great on Monday", "Volunteers were ..."
            continue
        yield start, end
