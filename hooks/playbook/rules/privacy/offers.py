"""A reply's offer to take care of the reader, and a condition on the reader's own step (PHI001 clears them).

Under a review, "pregunte por nuestra encargada de recepción, quien con gusto le atenderá", "nuestra gerente le
atenderá con gusto" or "she'll be happy to help you" hand the reader to a staff member for a call to come: the
reader there is the object of an offer, not of a visit. The same holds for a condition on a step the reader may
take, followed by what we would then do: "If you ask at the front desk, we will print ...", "si pregunta en
recepción, le daremos ...". Neither tells a dealing that happened. The shapes are structural: a Spanish verb of
the future (or "con gusto" before a present) with the reader as its clitic ("le atenderá", "con gusto lo
atiende", "le explicaremos"), and a clause opened by "if"/"si" whose next clause offers (will, can, 'll, a Spanish
future). A habit of our care stays a dealing ("lo atendemos cada martes"), and so does a condition that looks
back ("if you ask again like you did", "si vuelve a preguntar"). Advice under a condition that names a day to come
("If your blister is still sore on Friday, soak it ...", "si el raspón sigue rojo el jueves, lávelo") holds a
checkpoint, not the day the reader dealt with us (checkpoints); one said in the past ("if it was still sore on
Friday") stays a dealing.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from .stance import WEEKDAY

# A Spanish future with the reader as clitic: "le atenderá", "la atenderemos", "le explicaremos", "le indicará",
# "lo van a atender", "le puede ayudar"; "con gusto le/lo atiende(n)", "con mucho gusto le damos" (present offered).
_FUTURE_ES = (
    r"(?:[a-záéíóúñ]+(?:ar|er|ir)(?:á|án|emos|é)"
    r"|(?:va|van|vamos|puede|pueden|podemos|podrá|podra)\s+a?\s*[a-záéíóúñ]+(?:ar|er|ir))"
)
# Without accents the future reads like a noun after "la" ("la primera"): only "le/lo/les/los/te" take it.
_FUTURE_BARE = r"[a-záéíóúñ]{2,}(?:ar|er|ir)(?:a|an)"
_OFFER_ES = lazyre.compile(
    rf"(?<![\w-])(?i:(?:(?:con\s+(?:mucho\s+)?gusto|gustosamente)\s+)?(?:(?:le|lo|la|les|los|las|te)\s+{_FUTURE_ES}|(?:le|lo|les|los|te)\s+{_FUTURE_BARE})"
    r"|(?:con\s+(?:mucho\s+)?gusto|gustosamente)\s+(?:le|lo|la|les|los|las|te)\s+[a-záéíóúñ]+)(?![\w-])"
)
# A condition on the reader's own step: "if you ask at ...", "si pregunta en ...", up to the clause end.
_IF = lazyre.compile(r"(?<![\w-])(?i:if|si|should(?=\s+you))\s+(?i:you|u|usted|nos|se|le|lo)?\s*[^,.;:!?\n]{1,80}[,;]")
# What we then offer, at the start of the next clause.
_THEN = lazyre.compile(
    r"\s*(?i:(?:then\s+)?(?:we|someone|(?:our|the)\s+[\w\s]{1,30}?|they|she|he|staff)\s*(?:['’]ll|will|can|would|could|are\s+happy\s+to|(?:will\s+)?be\s+(?:happy|glad)\s+to)"
    rf"|(?:con\s+(?:mucho\s+)?gusto\s+)?(?:le|lo|la|te)\s+(?:{_FUTURE_ES}|{_FUTURE_BARE})(?![\w-])"
    rf"|(?:alguien(?:\s+del?\s+\w+)?|nuestr[oa]s?\s+[\w\s]{{1,30}}?)\s+(?:le|lo|la|te)\s+(?:{_FUTURE_ES}|{_FUTURE_BARE})(?![\w-])"
    r"|con\s+(?:mucho\s+)?gusto)"
)
# A condition that looks back: "again", "like you did", "otra vez", "de nuevo", "como la vez", "vuelve a".
_BACK = lazyre.compile(r"(?<![\w-])(?i:again|like\s+you\s+did|as\s+you\s+did|last|otra\s+vez|de\s+nuevo|como\s+la\s+vez|vuelve\s+a|volvi[óo]|ya)(?![\w-])")
_END = lazyre.compile(r"[.!?;\n]")
# A habit in the offer's clause: "cada martes", "siempre", "every week" make the care a dealing.
_HABIT = lazyre.compile(
    r"(?<![\w-])(?i:siempre|todos\s+los|todas\s+las|every|always|cada\s+(?:\d+\s+)?(?:d[ií]as?|semanas?|mes(?:es)?|a[ñn]os?|vez|lunes|martes"
    r"|mi[ée]rcoles|jueves|viernes|s[áa]bados?|domingos?|visita|cita|quincena|ma[ñn]ana|tarde))(?![\w-])"
)


def offers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each offer to take care of the reader and each condition on a step the reader may take."""
    for match in _OFFER_ES.finditer(text):
        around = max(0, match.start() - 30), min(len(text), match.end() + 30)
        if not _HABIT.search(text, *around) and not _BACK.search(text, match.end(), around[1]):  # "de nuevo": again
            yield match.span()
    for match in _IF.finditer(text):
        if _THEN.match(text, match.end()) and not _BACK.search(text, match.start(), match.end()):
            end = _END.search(text, match.end())  # the offer runs to its sentence's end: "..., we will print it for you."
            yield match.start(), end.start() if end else len(text)


# A condition that something lasts until a day to come, then its comma: "if your blister is still sore on Friday,",
# "si el raspón sigue rojo el jueves,". Each span is bounded (60 and 40 characters), so the pass stays linear.
_CHECKPOINT = lazyre.compile(
    r"(?<![\w-])(?i:if|si)\s+[^,.;:!?\n]{0,60}?(?<![\w-])(?i:still|todav[ií]a|a[úu]n|sigue|siguen|contin[úu]a|contin[úu]an|keeps?)\s"
    rf"[^,.;:!?\n]{{0,40}}?(?<![\w-])(?i:on|by|come|el|para\s+el|hasta\s+el)\s+(?i:{WEEKDAY})[,;]"
)
_PAST = lazyre.compile(r"(?<![\w-])(?i:was|were|had|did|estaba|estaban|segu[ií]a|segu[ií]an|ten[ií]a|fue)(?![\w-])")
# A safety line's condition on how one is (you're, you feel, se siente, está) now, then where to turn: "If you're struggling tonight, call or text 988", "si se
# siente en peligro ahora mismo, marque el 911" (round 146). The night or the hour is now, no dealing's day.
_NOW = lazyre.compile(
    r"(?<![\w-])(?i:if|si)\s+(?i:you['’]re|you\s+are|you\s+feel|anyone\s+is|someone\s+is|(?:usted\s+)?se\s+siente|(?:usted\s+)?est[aá]s?|te\s+sientes)\s"
    r"[^,.;:!?\n]{0,40}?(?<![\w-])(?i:tonight|right\s+now|now|today|esta\s+noche|ahora(?:\s+mismo)?|ahorita|hoy)"
    r"\s*[,;]?\s*(?:(?i:please|por\s+favor)\s+)?(?i:call|text|dial|go|head|reach\s+out|llame|llama|marque|marca|vaya|acuda|escriba)(?![\w-])"
)


def checkpoints(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each condition that names a day to come as a checkpoint ("if it's still sore on Friday,"), or the
    hour one is in before where to turn ("if you're struggling tonight, call 988")."""
    for pattern in (_CHECKPOINT, _NOW):
        for match in pattern.finditer(text):
            if not _PAST.search(text, match.start(), match.end()) and not _BACK.search(text, match.start(), match.end()):
                yield match.span()
