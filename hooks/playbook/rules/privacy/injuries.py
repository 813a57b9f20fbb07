"""An injury told in everyday words: a verb of hurt before a body part, no clinical word needed (care.care_in).

Staff tell a mishap the way the family told it: "chipped his front tooth", "knocked out two teeth", "jammed her
thumb", "se quebró el brazo", "se torció el tobillo", "se le zafó el hombro". The lexicon knows "fracture" and
"sprain", not every verb people use for one, and a body part alone is no care ("her smile", "sus manos"). A verb of
hurt and, within three words (a possessive, an article, a side, a count), a body part of privacy-owned.yml is.
Read on folded text (no accents). One bounded pattern, one pass: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation
from ...wordlists import wordlist

_PARTS = wordlist("privacy-owned")["body_parts"]
_HURT = (
    # English, past and present
    "broke",
    "breaks",
    "breaking",
    "cracked",
    "cracks",
    "chipped",
    "chips",
    "fractured",
    "sprained",
    "twisted",
    "tore",
    "torn",
    "tears",
    "dislocated",
    "knocked out",
    "knocked loose",
    "jammed",
    "smashed",
    "busted",
    "banged up",
    "split",
    "cut",
    "cuts",
    "sliced",
    "gashed",
    "burned",
    "burnt",
    "scalded",
    "scraped",
    "bruised",
    "hurt",
    "hurts",
    "injured",
    "injures",
    "pulled",
    "strained",
    "wrenched",
    "popped",
    "messed up",
    "tweaked",
    "crushed",
    "bit through",
    # Spanish (folded), with or without the reflexive before
    "quebro",
    "quebre",
    "quebraste",
    "rompio",
    "rompi",
    "rompiste",
    "fracturo",
    "fracture",
    "torcio",
    "torci",
    "lastimo",
    "lastime",
    "zafo",
    "disloco",
    "despostillo",
    "desportillo",
    "partio",
    "corto",
    "quemo",
    "golpeo",
    "raspo",
    "lesiono",
    "tumbo",
    "aplasto",
    "machuco",
    "doblo",
    "esguinzo",
    "desgarro",
)
_BETWEEN = alternation(
    (
        "his",
        "her",
        "their",
        "my",
        "your",
        "a",
        "an",
        "the",
        "one",
        "two",
        "both",
        "three",
        "front",
        "baby",
        "left",
        "right",
        "upper",
        "lower",
        "top",
        "bottom",
        "su",
        "sus",
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "dos",
        "tres",
        "ambos",
        "ambas",
        "mi",
        "tu",
        "le",
        "se",
        "de",
        "izquierdo",
        "izquierda",
        "derecho",
        "derecha",
        "delantero",
        "delanteros",
        "frente",
        "del",
    )
)
_INJURY = lazyre.compile(
    rf"(?<![\w'’-])(?:(?i:{alternation(_HURT)})(?:[ \t]+(?i:{_BETWEEN})){{0,3}}[ \t]+(?i:{alternation(_PARTS)})"
    rf"|(?i:rolled|rolling|rolls)(?:[ \t]+(?i:{_BETWEEN})){{0,3}}[ \t]+(?i:ankles?))(?![\w'’-])"  # not "rolled her eyes"
)


def injury_in(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] (folded) tells an injury: a verb of hurt and a body part within three words."""
    return _INJURY.search(text, start, len(text) if end is None else end) is not None
