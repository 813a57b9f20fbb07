"""Care a reply names by its shape, not by a list: a finding on the reader's body, the reader's results, a procedure.

No vocabulary holds every procedure or every body part, and staff write both languages. So PHI002 also reads
word shapes: a word ending like a procedure ("-ectomy", "-plasty", "-scopy", "-otomy"; "-ectomía", "-plastia",
"-scopia") or a procedure by its stem ("ablation", "ablación", "infiltración", "bloqueo"); a finding on a part of
the reader ("the spot on your ear", "el lunar de su espalda"), whatever the part; and "your results", "sus
resultados"; and a procedure said as an act on a thing, whatever the thing ("the port placement", "the
coil insertion", "la colocación del implante", "el retiro de la sonda"). They are common words to the tiers of clinical_detail.py: they disclose with the reader or an occasion
in their clause ("sorry the ablation did not last"), and pass in a general answer ("an ablation can last a year").
"""

from __future__ import annotations

from ... import lazyre
from .stance import POSSESSIVE, alt, bounded, words

_ENDINGS = lazyre.compile(rf"(?<![\w-])(?i:[a-z]{{3,}}(?:{alt(words('procedure_endings'), as_written=True)}))(?![\w-])")
_PROCEDURES = bounded(words("procedure_words"))
_FINDING = lazyre.compile(
    rf"(?<![\w-])(?:{alt(words('findings_nouns'))})\s+(?i:on|in|under|behind|near|above|below|at|en|de|sobre|bajo|detras\s+de)"
    rf"\s+(?:(?i:the\s+\w+\s+of\s+))?(?:{POSSESSIVE})\s+[\w'’-]+"
)
# An act on a thing placed in or taken from the body: "the <thing> insertion/placement/removal/fitting", "la colocación
# del <thing>". The thing may be any word; the act noun is what makes it care. A team or a sign is not placed "in" anyone,
# but an occasion is still needed (common tier), so "an IUD insertion can hurt for anyone" passes as general.
_ACTS = lazyre.compile(
    rf"(?<![\w-])(?i:the|that|this|an?|{POSSESSIVE})\s+(?:[\w'’-]+\s+){{0,2}}?(?P<act>(?i:{alt(words('placement_acts'))}))(?![\w-])"
    rf"|(?<![\w-])(?P<act_es>(?i:{alt(words('placement_acts_es'))}))\s+(?i:del|de\s+la|de\s+los|de\s+las|de\s+su|de\s+sus|de\s+un|de\s+una)\s+[\w'’-]+"
)
_RESULTS = lazyre.compile(rf"(?<![\w-])(?:{POSSESSIVE})\s+(?:(?i:new|latest|last|recent|ultimos|nuevos)\s+)?(?:{alt(words('findings_results'))})(?![\w-])")


def care_shapes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each procedure-shaped word, finding on the reader's body, and the reader's results."""
    found = [m.span() for pattern in (_ENDINGS, _PROCEDURES, _FINDING, _RESULTS) for m in pattern.finditer(text)]
    # only the act word: a listed term beside it ("the IUD insertion", "la extracción de las muelas del juicio") keeps its own tier
    return found + [m.span("act") if m.group("act") else m.span("act_es") for m in _ACTS.finditer(text)]
