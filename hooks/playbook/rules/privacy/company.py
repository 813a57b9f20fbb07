"""A bare "con nosotros" that is company at a public activity, not care at the practice (care._care_here asks).

"caminaron con nosotros en la Caminata", "pedalearon con nosotros", "por organizar el evento del sábado con nosotros":
a verb of an outing, a guest hosted or work done together within the few words before (no care among them: "celebró
el alta con nosotros" is a discharge); "vino con nosotros a la Escuela <Name> a regalar lentes": where we went
together or what we gave there (not "a vacunarse", "a su cita", "a la clinica"). A bounded look either side: linear.
"""

from __future__ import annotations

from collections.abc import Callable

from ... import lazyre
from ...bilingual import fold
from .vocabulary import NAMES

_OUTINGS = frozenset(fold(word) for word in NAMES["outings"])
_WORDS_BEFORE = lazyre.compile(r"((?:[\w'’-]+\s+){1,5})$")  # the verb a few words back: "por organizar el evento del sábado con nosotros"
_PLACES_WENT = (
    "escuela|primaria|secundaria|prepa|preparatoria|parque|feria|plaza|biblioteca|iglesia|parroquia|cancha|estadio|gimnasio|desfile|caminata|marcha|carrera|kermes|posada|centro[ \t]+comunitario"
)
# A place or a sitting of care is never an outing: "vino con nosotros a Urgencias", "a cirugía", "a la Terapia"
_PLACES_OF_CARE = (
    r"clinica|cl[ií]nica|consultorio|hospital|centro[ \t]+de[ \t]+salud|farmacia|sala|laboratorio|urgencias|emergencias|emergencia"
    r"|cirug[ií]a|quir[oó]fano|terapia|terapias|rehabilitaci[oó]n|consulta|cita|quimio|di[aá]lisis|infusi[oó]n|radiolog[ií]a|recuperaci[oó]n"
)
_GIVING = "regalar|repartir|donar|entregar|leer|hablar|platicar|convivir|jugar|cantar|celebrar|animar|apoyar|firmar|visitar"
_WENT_WITH_US = lazyre.compile(
    rf"[ \t]+(?i:a|al|hasta)[ \t]+(?:(?:(?i:la|el|los|las)[ \t]+)?(?:(?i:{_PLACES_WENT})(?![\w-])|(?!(?i:{_PLACES_OF_CARE})(?![\w-]))[A-ZÁÉÍÓÚÑ])"
    rf"|(?i:{_GIVING})(?![\w-]))"
)


def company_with_us(text: str, start: int, at: int, end: int, care_in: Callable[..., bool]) -> bool:
    """Whether the "con nosotros" at text[at:end] (read from `start`) is company at an outing or work done together."""
    before = _WORDS_BEFORE.search(text, max(start, at - 40), at)
    if before and not _OUTINGS.isdisjoint(fold(before.group(1).lower()).split()) and not care_in(text, before.start(), at):
        return True
    return _WENT_WITH_US.match(text, end) is not None
