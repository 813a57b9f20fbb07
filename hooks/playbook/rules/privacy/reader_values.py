"""A reading of the reader's own, quoted in a reply: a number they measured at, in English or Spanish (PHI001).

"You were at 38 on your study", "your pressure came back 150 over 95", "your number was 9.4", "su azúcar salió en
280", "tu oxigenación andaba en 88", "usted llegó con 39 de fiebre", "y la suya salió en 90": only their clinic knows the reader's reading,
so quoting it confirms them as a patient and discloses the result, whatever the test is called (the lexicon need
not know "AHI"). The shape: the reader (you, your, su, tu, usted) and, within a few words, a verb of measuring or of
being at a value, then a number. The review itself ("your 5 stars", "su calificación de 5") and a wait ("your wait
was 2 hours": a dealing, reader_dealings.py's) are not readings. Read on folded text; bounded patterns, one pass each: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre

_NOT_READINGS = (
    r"(?!(?i:review|reviews|rating|ratings|stars?|words?|note|notes|comment|comments|message|feedback|post|call|calls|email|e-mail"
    r"|wait|resena|comentario|comentarios|mensaje|calificacion|estrellas|palabras|llamada|espera)(?![\w-]))"
)
_VALUE = r"(?:(?i:at|in[ \t]+at|down[ \t]+to|up[ \t]+to|around|about|over|under|right[ \t]+at|only|just|en|a|de|con|hasta|casi|como)[ \t]+)?\d+(?:[.,/]\d+)*"
# What a reading did, said of it: "was", "came back", "rose to"; "salió", "andaba", "bajó" (the reader's reading and "yours")
_STOOD_EN = r"(?i:was|were|is|came[ \t]+back|read|measured|dropped[ \t]+to|went[ \t]+(?:up|down)[ \t]+to|rose[ \t]+to|fell[ \t]+to|sat[ \t]+at|hit|stayed[ \t]+at)"
_STOOD_ES = r"(?i:estaba|estaban|salio|salieron|andaba|andaban|dio|marco|marcaron|llego|subio|bajo|bajaron|subieron|quedo|quedaron)"
_READINGS = lazyre.compile(
    # "you were at 38", "you came in at 102", "you tested at 7.9", "you scored 21 on ..."
    r"(?<![\w'’-])(?i:you)[ \t]+(?i:were|was|are|came[ \t]+in|tested|scored|measured|registered|clocked[ \t]+in|dropped|went[ \t]+(?:up|down)|got[ \t]+down|got[ \t]+up)[ \t]+"
    + _VALUE
    # "your pressure was 150", "your A1c came back 9.2", "your levels dropped to 40"
    + r"|(?<![\w'’-])(?i:your)[ \t]+"
    + _NOT_READINGS
    + r"(?:[\w'’-]+[ \t]+){1,3}?"
    + _STOOD_EN
    + r"[ \t]+"
    + _VALUE
    # "su azúcar salió en 280", "tu oxigenación andaba en 88", "sus triglicéridos estaban en 400"
    + r"|(?<![\w'’-])(?i:su|tu|sus|tus)[ \t]+"
    + _NOT_READINGS
    + r"(?:[\w'’-]+[ \t]+){1,3}?"
    + _STOOD_ES
    + r"[ \t]+"
    + _VALUE
    # the reading named before and then the reader's own: "... under 88, and yours was 90", "... y la suya salió en 90%"
    + r"|(?<![\w'’-])(?i:yours|(?:la|el|las|los)[ \t]+(?:suya|suyo|suyas|suyos|tuya|tuyo|tuyas|tuyos))[ \t]+(?:[\w'’-]+[ \t]+){0,2}?"
    + r"(?:"
    + _STOOD_EN
    + "|"
    + _STOOD_ES
    + r")[ \t]+"
    + _VALUE
    + r"(?![\d]|[.,/]\d|[ \t]*(?i:of|out[ \t]+of|stars?|estrellas|reviews?|rese[nñ]as?|de[ \t]+\d)(?![\w-]))"  # not a rating: "yours was 1 of 200 reviews"
    # "usted llegó con 39 de fiebre", "tú estabas en 92"
    + r"|(?<![\w'’-])(?i:usted|tu|vos)[ \t]+(?i:estaba|estabas|salio|saliste|andaba|andabas|llego|llegaste|marco|marcaste|dio|diste)[ \t]+(?i:en|con|a|de)[ \t]+\d+(?:[.,/]\d+)*"
)


def reader_values(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the reader's own readings quoted in a reply (folded text)."""
    for match in _READINGS.finditer(text):
        yield match.span()
