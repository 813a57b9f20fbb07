"""Care said as a part of someone's body that we treated: "the knee we scoped", "the hip our surgeons replaced",
"la rodilla que le operamos", "el hombro que le reconstruimos".

Staff show a patient off by the part we worked on rather than by a care word ("showed off the knee we scoped in
May"). No list holds every verb of a procedure; the shape does: an article or a possessive, a body part the clinical
lexicon knows, then "we" (or "our team") and a verb said as done, or in Spanish "que le" and a verb of ours ("-amos",
"-imos"). care.cared_by_us reads it, so a name or a description before it is a patient's. A lesson passes ("the knee
we examine in class" is present; "how the hip we replace works": a question); a part with no "we" is no one's care.
One scan per span: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from .common import not_one
from .vocabulary import DESCRIBED

_PART_WE = lazyre.compile(
    r"(?<![\w'’-])(?i:the|that|this|his|her|their|la|el|las|los|su|sus|esa|ese)[ \t]+"
    r"(?:(?i:left|right|new|bad|izquierd[oa]s?|derech[oa]s?)[ \t]+)?(?P<part>[a-z]+)[ \t]+"
    r"(?:(?:(?i:that|which)[ \t]+)?(?:(?i:we|our)[ \t]+(?:(?i:team|surgeons?|doctors?|docs?|providers?)[ \t]+)?)(?:(?i:just|recently|finally)[ \t]+)?"
    r"(?i:[a-z]+ed|set|rebuilt|sewed|sewn|put[ \t]+back|took[ \t]+care[ \t]+of)"
    r"|(?i:que)[ \t]+(?i:le|les)[ \t]+(?:(?i:ya)[ \t]+)?(?i:[a-z]+amos|[a-z]+imos|[a-z]+aron|[a-z]+ieron))(?![\w'’-])"
)
_LIMBS = frozenset(DESCRIBED["treated_parts"])
_LESSON = not_one(r"how|what|why|como|your|you|tu|tus|usted")


def part_we_treated(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a body part we treated ("the knee we scoped"), not in a lesson or a question."""
    for match in _PART_WE.finditer(text, start, end):
        part = match.group("part").lower()
        found = lexicon_clinical.find(part)
        if part in _LIMBS or found and found[0].category == "body_part":
            if not _LESSON.search(text, start, match.start()):
                return True
    return False
