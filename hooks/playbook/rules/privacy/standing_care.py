"""The reader's standing schedule of care, or the care of a complication said to have helped, in a reply (PHI002).

A reply can tell a reviewer's care with no clinical word: "we know the Monday-Wednesday-Friday sessions at 5:30 are
hard", "entendemos lo pesado de venir cada dos viernes a la infusión", "we hear you about the monthly visits", "the
every-three-month lab draws". Sessions on fixed weekdays, every other week or every month are dialysis, infusions,
a drug's required monitoring: the schedule says what the reader is treated for. Read here: a noun of visits or
sessions ("sessions", "draws", "chair times", "citas", "sesiones", "análisis") beside a recurrence (a list of two
or more weekdays, "every other Friday", "cada dos viernes", "monthly", "mensuales", "three times a week"), in a
sentence that takes the reader's part ("we know", "we understand", "we hear you", "entendemos", "sabemos") or owned
by the reader ("your Monday-Friday sessions", "sus citas de cada mes"); what we offer ("appointments are available
Monday-Friday", "tenemos citas los lunes y jueves para su comodidad") passes. Also a remedy said to have helped ("glad the medicated dressing brought relief", "qué bueno que el apósito
le dio alivio"): the care given for the reader's complication. Opening hours, a clinic's shifts and advice for
anyone pass ("our infusion suite is open Monday through Friday", "most centers offer morning shifts").
Each match is weighed in its own sentence: linear.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from ... import lazyre
from ...bilingual import fold
from ...text import sentence_bounds

_DAY = r"(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?s?|lunes|martes|miercoles|jueves|viernes|sabados?|domingos?"
_RECUR = lazyre.compile(
    rf"(?<![\w-])(?i:(?:{_DAY})(?:(?:[ \t]*[,/-][ \t]*|[ \t]+)(?:(?:and|y|e)[ \t]+)?(?:{_DAY})){{1,3}}"  # "lunes, miercoles y viernes"
    rf"|(?:every|cada)[ \t-]+(?:other|dos|tres|\d|two|three|four|six)?[ \t-]*(?:{_DAY}|weeks?|months?|semanas?|mes(?:es)?|week|month)"
    r"|(?:monthly|weekly|biweekly|mensuales|semanales|quincenales)"
    rf"|(?:como[ \t]+siempre[ \t]+|todos[ \t]+|de[ \t]+)?los[ \t]+(?:{_DAY})|(?:as[ \t]+always[ \t]+on[ \t]+)(?:{_DAY})"  # "los lunes": every Monday
    r"|(?:two|three|four|2|3|4|dos|tres|cuatro)[ \t]+(?:times|veces)[ \t]+(?:a|per|por|al|a[ \t]+la)[ \t]+(?:week|semana))(?![\w])"
)
_VISITS = lazyre.compile(
    r"(?<![\w-])(?i:sessions?|treatments?|visits?|appointments?|appts?|draws?|labs?|bloodwork|chair[ \t]+times?|chairs?|shifts?|slots?|runs?|infusions?|"
    r"injections?|shots?|tests?|slots?|sesiones?|tratamientos?|citas?|visitas?|horarios?|analisis|laboratorios?|turnos?|sillas?|infusion(?:es)?|inyecciones?|pruebas?)(?![\w-])"
)
_PART = lazyre.compile(
    r"(?<![\w-])(?i:we[ \t]+(?:know|understand|hear[ \t]+you|get[ \t]+it|realize|totally[ \t]+understand|completely[ \t]+understand)|i[ \t]+(?:know|understand)"
    r"|frustration|entendemos|comprendemos|sabemos|lo[ \t]+pesado)(?![\w-])"
)
# The reader's own schedule: a possessive a word or two before the recurrence or its noun ("your Monday-Friday
# sessions", "sus citas de cada mes"); "your" elsewhere in the sentence ("so your visit is quicker") is no owner.
_OWNER = lazyre.compile(r"(?<![\w-])(?i:your|sus|tus|su|tu)[ \t]+(?:[\w'’-]+[ \t]+){0,2}$")
_GLAD_REMEDY = lazyre.compile(
    r"(?<![\w-])(?i:glad|happy|relieved|que[ \t]+bueno|nos[ \t]+alegra|me[ \t]+alegra)[ \t]+(?i:that[ \t]+|que[ \t]+)?"
    r"(?i:the|your|those|el|la|los|las|su|sus)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?"
    r"(?i:dressings?|packing|gauze|stitches|sutures|drops|cream|ointment|rinse|splint|brace|antibiotics?|medicine|medication|painkillers?|"
    r"aposito|gasa|puntos|gotas|crema|pomada|enjuague|ferula|antibioticos?|medicina|medicamento|pastillas)"
    r"[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?i:brought|gave|helped|helps|is[ \t]+helping|are[ \t]+helping|worked|did[ \t]+the[ \t]+trick|eased|relieved|"
    r"dio|dieron|ayudo|ayudaron|funciono|funcionaron|sirvio|sirvieron|alivio|aliviaron)(?![\w-])"
)
_NEAR = 40  # characters between a recurrence and its noun of visits


def standing_care(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the reader's standing schedule of care, or a remedy said to have helped them."""
    body = fold(text)
    bounds = sentence_bounds(body)
    for recur in _RECUR.finditer(body):
        visits = _VISITS.search(body, recur.end(), recur.end() + _NEAR) or _VISITS.search(body, max(0, recur.start() - _NEAR), recur.start())
        if visits is None:
            continue
        index = bisect_right(bounds, recur.start())
        begin = bounds[index - 1] if index else 0
        end = bounds[index] if index < len(bounds) else len(body)
        owned = any(_OWNER.search(body, max(begin, at - 30), at) for at in (recur.start(), visits.start()))
        if owned or _PART.search(body, begin, end):
            yield min(recur.start(), visits.start()), max(recur.end(), visits.end())
    for glad in _GLAD_REMEDY.finditer(body):
        yield glad.start(), glad.end()
