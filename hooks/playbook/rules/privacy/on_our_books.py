"""The reader on our books: a reply that books their next visit, registers them, or tells of their kin seen on a day (PHI001).

Under a review, "see you in six months!", "see you both at the 12-month check" or "nos vemos en su próxima cita"
says the reader is on our recall list: a visit promised by its interval or by a visit noun is a dealing, though no
word of it is past. A wish with no interval or visit passes ("hope to see you soon", "see you at the health fair").
And the practice seeing the reader's children or kin on a day ("we loved seeing both boys Saturday morning", "qué
gusto ver a los niños el sábado", "the best part of our Friday, having both boys in") is a visit told: the seeing verb, a
group of kin and a day in one clause; the kids
seen at a public event ("we loved seeing the kids at the fair") pass without a day. Someone registered as a patient,
said as done ("both girls are registered as new patients", "quedaron registrados como pacientes nuevos"), is on our
books, and so is their first time with us said as past ("fue tu primera vez aquí"); the way anyone
registers ("new patients can register online") is no one's. So are the reader's visits counted or told as past ("your last
two visits", "sus últimas tres citas", "each of your appointments"); a next visit any reader books passes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from ... import lazyre
from .stance import POINT_WORDS, POSSESSIVE, TIME_SHAPES, alt, clause_starts, words

_NUMBER = r"(?:\d{1,2}|a|one|two|three|four|five|six|nine|twelve|a\s+few|un|una|dos|tres|cuatro|seis|nueve|doce|unos|unas)"
_VISITS = alt(words("next_visit_nouns"))
_PROMISED = lazyre.compile(
    r"(?<![\w-])(?i:see)\s+(?i:you|u|y['’]all|yall|him|her|them)(?:\s+(?i:guys|both|all|two|again|back))*\s+"
    rf"(?:(?i:in|in\s+another)\s+{_NUMBER}\s+(?i:weeks?|months?|years?)(?![\w-])"
    rf"|(?i:at|for)\s+(?i:the|your|his|her|their|y['’]all['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_VISITS})(?![\w-]))"
    r"|(?<![\w-])(?i:nos\s+vemos|hasta|los\s+esperamos|las\s+esperamos|lo\s+esperamos|la\s+esperamos|te\s+esperamos|le\s+esperamos)\s+"
    rf"(?:(?i:en|para)\s+(?i:su|tu|sus|tus|la|el)\s+(?:(?i:proxima|próxima|siguiente)\s+)?(?:{_VISITS})(?![\w-])"
    rf"|(?i:en|dentro\s+de)\s+{_NUMBER}\s+(?i:semanas|meses|mes|ano|año|anos|años)(?![\w-]))"
)
_KIN_SEEN = lazyre.compile(
    rf"(?<![\w-])(?:(?i:{alt(words('seen_gerund', 'seen_past'))})|(?i:ver|atender|recibir|vimos|atendimos|recibimos)(?:\s+a)?)\s+"
    rf"(?:(?i:both|all|all\s+three|the|your|y['’]all['’]s|a\s+los|a\s+las|los|las|sus|tus)\s+)(?:(?i:{alt(words('next_visit_kin'))}))(?![\w-])"
)

_REGISTERED = lazyre.compile(
    r"(?<![\w-])(?i:registered|enrolled|signed\s+up|set\s+up|added|entered|registrad[oa]s?|inscrit[oa]s?|dad[oa]s?\s+de\s+alta|agregad[oa]s?|anotad[oa]s?)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?i:as|como)\s+(?:(?i:new|brand\s+new|nuev[oa]s?)\s+)?(?i:patients?|pacientes?)(?![\w-])"
)
# The reader's first time with us said as past: "olvidamos que era tu primera vez aquí", "it was your first visit here".
_FIRST = lazyre.compile(
    rf"(?<![\w-])(?i:era|fue|fuera|haya\s+sido|was|were)\s+(?:(?i:also|just|apenas|tambien|también)\s+)?(?:{POSSESSIVE})\s+(?:(?i:very|mera)\s+)?"
    r"(?i:primera\s+vez|primera\s+visita|primera\s+cita|first\s+time|first\s+visit)(?![\w-])"
)

# The reader's visits counted or told as past: "your last two visits", "each of your appointments", "sus citas anteriores".
_ORDER = r"(?:last|previous|past|recent|most\s+recent|earlier|prior|latest|ultim[oa]s?|últim[oa]s?|anterior(?:es)?|pasad[oa]s?|recientes?|previas?)"
_COUNT = r"(?:two|three|four|five|several|few|couple\s+of|\d{1,2}|dos|tres|cuatro|cinco|varias|varios)"
_VISIT = rf"(?:{_VISITS})(?:s|es)?"
_COUNTED = lazyre.compile(
    rf"(?<![\w-])(?i:(?:{POSSESSIVE})\s+(?:{_COUNT}\s+)?{_ORDER}\s+(?:{_COUNT}\s+)?{_VISIT}"
    rf"|(?:{POSSESSIVE})\s+(?:{_COUNT}\s+)?{_VISIT}\s+(?:anteriores|pasadas|pasados|previas|previos|recientes)"
    rf"|(?:each|every|both|all|several|most)\s+(?:one\s+)?of\s+(?:{POSSESSIVE})\s+(?:[\w'’-]+\s+)?{_VISIT}"
    rf"|(?:cada\s+un[oa]\s+de|tod[oa]s|amb[oa]s|vari[oa]s\s+de|algun[oa]s\s+de)\s+(?:{POSSESSIVE})\s+(?:[\w'’-]+\s+)?{_VISIT})(?![\w-])"
)


def next_visit(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each promised next visit of the reader, and of the reader's kin seen on a day."""
    yield from (m.span() for pattern in (_PROMISED, _REGISTERED, _FIRST, _COUNTED) for m in pattern.finditer(text))
    seen = list(_KIN_SEEN.finditer(text))
    if not seen:
        return
    bounds = clause_starts(text) + [len(text)]
    for match in seen:
        at = bisect_right(bounds, match.start())
        start, stop = bounds[at - 1] if at else 0, next(b for b in bounds if b > match.end())
        if any(POINT_WORDS.search(text, lo, hi) or TIME_SHAPES.search(text, lo, hi) for lo, hi in ((match.end(), stop), (start, match.start()))):
            yield match.span()  # the day after the kin seen, or before it in its clause ("the best part of our Friday, having both boys in")
