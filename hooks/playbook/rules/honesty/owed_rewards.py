"""A reward owed for a review, said as a deal kept: "Five stars, thank you! As promised, a $20 credit waits on your account".

A reply or a post that thanks someone for a review and then hands over what was promised ("like we promised", "as
agreed", "como quedamos", "lo prometido es deuda": honesty.yml owed_rewards) paid for that review (FTC004). The reward
must be owed to the reader: theirs ("your $10 off", "te regalamos", "for you") or a gift handed over ("a $20 gift card
is on its way", "the promo code"), and not what everyone gets ("free flu shots for everyone", "para toda la comunidad",
"your whole family is welcome"): "As promised, free sports physicals are back this Saturday" owes no one. A review must
be named in its sentence or the one before. With no deal said, the reader's next visit made free is owed all the same
("Thanks for the 5 stars! Your next cleaning is on the house", "su próxima limpieza va por cuenta de la casa"; round 75),
and so it is after a deal said ("As agreed, the next cleaning ..."; round 157).
review_gating.py asks here for each sentence with a reward in it.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...bilingual import negated, pattern
from ...wordlists import wordlist

_OWED = pattern(wordlist("honesty")["owed_rewards"])
_YOURS = lazyre.compile(r"(?<![\w-])(?:your|su|sus|tu|tus|te|you|para\s+usted|para\s+ti)(?![\w-])", re.IGNORECASE)
_GIFT = lazyre.compile(
    r"(?<![\w-])(?:gift\s*cards?|gift\s+certificates?|vouchers?|coupons?|codes?|promo\s+codes?|tarjetas?\s+de\s+regalo|cupon(?:es)?|codigos?|vales?)(?![\w-])",
    re.IGNORECASE,
)
# The reader's next visit: "your next cleaning", "la próxima limpieza", "next one's" (not "your next marathon")
_NEXT_OF_YOURS = lazyre.compile(
    r"(?<![\w-])(?:(?:your|su|tu|the|la|el)\s+)?(?:very\s+)?(?:next|proxim[oa]|siguiente)\s+(?:[\w-]+\s+)?"
    r"(?:visit|cleaning|appointment|exam|check-?up|one|adjustment|session|fitting|facial|treatment|tune-?up"
    r"|consulta|limpieza|cita|visita|revision|ajuste|sesion|blanqueamiento|tratamiento|lavado|chequeo)(?:['’]s)?(?![\w-])",
    re.IGNORECASE,
)
_EVERYONE = lazyre.compile(
    r"(?<![\w-])(?:everyone|everybody|anyone|all\s+(?:our|the)?\s*(?:patients|families|kids|neighbors|members)|for\s+all|whole\s+(?:family|community|town)"
    r"|community|welcome|para\s+todos|para\s+todas|a\s+todos|toda\s+(?:la|su)\s+(?:comunidad|familia)|la\s+comunidad|bienvenid[oa]s?)(?![\w-])",
    re.IGNORECASE,
)


def owed_at(sentence: str, reviewed: bool) -> int | None:
    """Where in `sentence` (folded, with a reward in it) a reward owed to the reader is said, when `reviewed` (a review
    named in it or the one before); None otherwise."""
    if not reviewed:
        return None
    owed = next((m for m in _OWED.finditer(sentence) if not negated(sentence, m.start())), None)
    if owed is None:  # "Thanks for the 5 stars! Your next cleaning is on the house": the reader's next visit, paid
        owed = _NEXT_OF_YOURS.search(sentence)
        return owed.start() if owed is not None and not _EVERYONE.search(sentence) and not negated(sentence, owed.start()) else None
    if _EVERYONE.search(sentence, owed.end()):
        return None
    # theirs, a gift, or their next visit: "Como quedamos, su próxima consulta corre por cuenta de la casa" (round 157)
    return owed.start() if _YOURS.search(sentence, owed.end()) or _GIFT.search(sentence, owed.end()) or _NEXT_OF_YOURS.search(sentence, owed.end()) else None
