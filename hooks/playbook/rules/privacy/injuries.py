"""An injury told in everyday words: a verb of hurt before a body part, no clinical word needed (care.care_in).

Staff tell a mishap the way the family told it: "chipped his front tooth", "knocked out two teeth", "jammed her
thumb", "se quebró el brazo", "se torció el tobillo", "se le zafó el hombro". The lexicon knows "fracture" and
"sprain", not every verb people use for one, and a body part alone is no care ("her smile", "sus manos"). A verb of
hurt and, within three words (a possessive, an article, a side, a count), a body part is (all three lists in
privacy-owned.yml).
Read on folded text (no accents). One bounded pattern, one pass: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation
from ...wordlists import wordlist

_OWNED = wordlist("privacy-owned")
_PARTS, _HURT, _BETWEEN = _OWNED["body_parts"], _OWNED["hurt_verbs"], alternation(_OWNED["hurt_between"])
_INJURY = lazyre.compile(
    rf"(?<![\w'’-])(?:(?i:{alternation(_HURT)})(?:[ \t]+(?i:{_BETWEEN})){{0,3}}[ \t]+(?i:{alternation(_PARTS)})"
    rf"|(?i:rolled|rolling|rolls)(?:[ \t]+(?i:{_BETWEEN})){{0,3}}[ \t]+(?i:ankles?))(?![\w'’-])"  # not "rolled her eyes"
)


def injury_in(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] (folded) tells an injury: a verb of hurt and a body part within three words."""
    return _INJURY.search(text, start, len(text) if end is None else end) is not None
