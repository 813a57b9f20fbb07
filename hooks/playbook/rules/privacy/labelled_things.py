"""A given name used as the label of a thing: a virus's variant or strain, a wave of it ("the Delta variant", "la variante Delta").

Agencies name the variants of a virus and the strains in a vaccine with words that are also given names ("the Delta
variant", "the Victoria strain of flu B", "Delta and Omicron variants", "la variante Delta", "la cepa Victoria"); storms
are read by readings.py ("Hurricane <Name>", "Tropical Storm <Name>"). A capitalised word right before a variant's or a
strain's word (a short list of two or three such words too), or right after it in Spanish, labels that thing and names
no one; a possessive ("Delta's variant") or any other word between is not this shape. Bounded looks either side: linear.
"""

from __future__ import annotations

from ... import lazyre

_THING = r"(?i:variants?|subvariants?|strains?|lineages?|sublineages?|waves?|mutations?|clades?)"
_ITEM = r"[A-Z][\w.]{0,20}"
# After the word: "<Name> variant", "<Name> and <Name> variants", "<Name>, <Name> y <Name> strains".
_LABEL_AFTER = lazyre.compile(rf"[\w.]{{0,30}}(?:[ \t]*(?:,|/|(?<![\w-])(?:and|or|y|o|&)(?![\w-]))[ \t]*{_ITEM}){{0,2}}[ \t]+{_THING}(?![\w-])")
# Before the word, in Spanish: "la variante <Name>", "la cepa <Name>", "el linaje <Name>", "la subvariante <Name>".
_LABEL_BEFORE = lazyre.compile(r"(?<![\w-])(?i:variantes?|subvariantes?|cepas?|linajes?|sublinajes?|variant)[ \t]+$")


def labelled_thing(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` labels a variant, a strain or a wave ("the Delta variant", "la variante Delta")."""
    return _LABEL_AFTER.match(text, start) is not None or _LABEL_BEFORE.search(text, max(0, start - 16), start) is not None
