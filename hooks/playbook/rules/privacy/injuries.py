"""An injury told in everyday words: a verb of hurt before a body part, no clinical word needed (care.care_in).

Staff tell a mishap the way the family told it: "chipped his front tooth", "knocked out two teeth", "jammed her
thumb", "se quebró el brazo", "se torció el tobillo", "se le zafó el hombro". The lexicon knows "fracture" and
"sprain", not every verb people use for one, and a body part alone is no care ("her smile", "sus manos"). A verb of
hurt and, within three words (a possessive, an article, a side, a count), a body part is (all three lists in
privacy-owned.yml).
So is a thing taken out of a body part, a procedure in the family's words (round 60, probing a photo's alt text "the
tiny brick we pulled out of <Name>'s nose"): "pulled a bead out of his ear", "removed a splinter from her finger", "le
sacamos un frijol de la nariz"; not "pulled out of the parking lot", "le sacamos una foto".
Read on folded text (no accents). Bounded patterns, one pass each: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation
from ...wordlists import wordlist

_OWNED = wordlist("privacy-owned")
_PARTS, _HURT, _BETWEEN = _OWNED["body_parts"], _OWNED["hurt_verbs"], alternation(_OWNED["hurt_between"])
_PARTS_ALT = alternation(_PARTS)
_INJURY = lazyre.compile(
    rf"(?<![\w'’-])(?:(?i:{alternation(_HURT)})(?:[ \t]+(?i:{_BETWEEN})){{0,3}}[ \t]+(?i:{_PARTS_ALT})"
    rf"|(?i:rolled|rolling|rolls)(?:[ \t]+(?i:{_BETWEEN})){{0,3}}[ \t]+(?i:ankles?))(?![\w'’-])"  # not "rolled her eyes"
)


# A thing taken out: the verb, at most five words of the thing, "out of"/"from"/"de", a possessive or an article, the part.
# round 129: worked or dug out ("working a fishhook out of <descriptor> <Given> <Surname>'s thumb": an owner's run, a word of what they do first)
_TAKEN = (
    r"(?i:pulled|pulling|removed|removing|took|taking|fished|plucked|popped|extracted|got|getting|worked|working|dug|digging|eased|easing|wiggled|wiggling"
    r"|sacamos|sacaron|saco|sacarle|quitamos|quitaron|quito|quitarle|extrajimos|extrajeron)"
)
_OUT_OF = r"(?i:out[ \t]+of|from|de|del|de[ \t]+la|de[ \t]+los|de[ \t]+las|de[ \t]+su|de[ \t]+sus)"
_OWNER = r"(?:(?i:his|her|their|the|a|su|sus|el|la|los|las|left|right|izquierd[oa]|derech[oa])|[A-Z][\w-]*['’]s)"
_NAMED_OWNER = r"(?:[ \t]+[a-z]+)?(?:[ \t]+[A-Z][\w-]*){0,2}[ \t]+[A-Z][\w-]*['’]s"  # "trucker <Given> <Surname>'s", "little <Given>'s"
_REMOVED = lazyre.compile(
    rf"(?<![\w'’-]){_TAKEN}(?:[ \t]+(?i:out|up))?(?:[ \t]+[\w'’-]+){{0,5}}?[ \t]+{_OUT_OF}(?:(?:[ \t]+{_OWNER}){{0,2}}|{_NAMED_OWNER}(?:[ \t]+(?i:left|right))?)[ \t]+(?i:{_PARTS_ALT})(?![\w'’-])"
)


# A fall that was someone's, and a walk lost (round 96, from a home visit to a craftsman "desde la caida ya casi no camina"):
# "since his fall", "after her bad fall", "had a fall", "tuvo una caida", "se cayo en el hielo", "can barely walk", "ya no
# camina"; not the season ("since the fall", "this fall"), a market's or a system's ("la caida de la bolsa", "se cayo el
# sistema"), nor a walk-in ("you can't walk in without a mask").
_MISHAP = lazyre.compile(
    r"(?<![\w'’-])(?:(?i:since|after|from)[ \t]+(?i:his|her|their|that)[ \t]+(?:(?i:bad|big|last|recent|nasty|hard)[ \t]+)?(?i:fall|tumble)"
    r"|(?i:had|took|suffered)[ \t]+(?i:a|another)[ \t]+(?:(?i:bad|nasty|hard|scary)[ \t]+)?(?i:fall|tumble)"
    r"|(?i:desde|tras|despues[ \t]+de)[ \t]+(?i:la|su|esa|aquella)[ \t]+(?i:caida)(?![ \t]+(?i:de|del)[ \t]+(?:(?i:la|los|las)[ \t]+)?(?i:bolsa|mercado|precios?|sistema|red|servicio|hojas))"
    r"|(?i:tuvo|sufrio)[ \t]+(?i:una|otra)[ \t]+(?i:caida)"
    r"|(?i:se)[ \t]+(?i:cayo)(?=[ \t]*(?:[,.;!?]|$)|[ \t]+(?i:y|en|de|del|desde|al|por)[ \t])"
    r"|(?i:can|could)(?:n['’]t|[ \t]+not|[ \t]+barely|[ \t]+hardly|[ \t]+no[ \t]+longer)[ \t]+(?i:walk)(?![ \t]+(?i:in|ins|up|over|through|by|to|you)(?![\w'’-]))"
    r"|(?i:ya)[ \t]+(?:(?i:casi)[ \t]+)?(?i:no)[ \t]+(?:(?i:puede)[ \t]+)?(?i:camina|caminar)|(?i:casi)[ \t]+(?i:no)[ \t]+(?i:camina))(?![\w'’-])"
)


# Stitches in the words a family uses (round 105: "pagarle a <Name> por los puntos en la mano"): "puntos" or "grapas" in
# a body part, or put in or taken out ("le pusieron 6 puntos", "le quitamos las grapas"); not a game's or a card's points.
# In English (round 141: "while <Member> put 9 staples in your scalp"): staples, stitches or glue in or on a body part,
# a wound closed on one ("stapled his scalp", "glued the cut on her chin"), or a wound on one ("a gash on your forehead");
# not office staples, a stitched patch or a cut in the budget (a body part must follow).
_STITCHES = lazyre.compile(
    rf"(?<![\w'’-])(?:(?i:puntos|puntadas|grapas)(?:[ \t]+(?i:de[ \t]+sutura))?[ \t]+(?i:en|de|del)(?:[ \t]+(?i:la|el|los|las|su|sus))?[ \t]+(?i:{_PARTS_ALT})"
    r"|(?i:puso|pusieron|pusimos|ponerle|quitarle|quitamos|quitaron|quito|cerramos|cerraron)[ \t]+(?:(?i:las|los|unos|unas|\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce)[ \t]+)?(?i:puntos|puntadas|grapas)"
    rf"|(?i:staples|stitches|sutures|steri-?strips|skin[ \t]+glue)[ \t]+(?i:in|on|into|to)[ \t]+(?:(?i:{_BETWEEN})[ \t]+){{1,3}}(?i:{_PARTS_ALT})"
    rf"|(?i:stapled|stitched|sutured|glued|sewed|sewn|closed)(?:[ \t]+(?i:up))?[ \t]+(?:(?i:{_BETWEEN})[ \t]+){{1,3}}(?:(?i:cut|gash|wound|split)[ \t]+(?i:on|in)[ \t]+(?:(?i:{_BETWEEN})[ \t]+){{1,2}})?(?i:{_PARTS_ALT})"
    rf"|(?i:a|the|that)[ \t]+(?:(?i:nasty|deep|big|bad|small|little)[ \t]+)?(?i:cut|gash|laceration|wound)[ \t]+(?i:on|in)[ \t]+(?i:his|her|their|your|my)[ \t]+(?:(?i:{_BETWEEN})[ \t]+)?(?i:{_PARTS_ALT}))(?![\w'’-])"
)


# A part mended by a verb of repair, the same three words at most between them (round 153): "rebuilt his front teeth",
# "reset her shoulder", "le reconstruimos los dientes"; not "repaired the back porch" (privacy-owned.yml: mended_parts).
# Between them, the owner by name too ("rebuilt Deputy <Surname>' front teeth"): capitalised words, the last possessive.
_MENDED = lazyre.compile(
    rf"(?<![\w'’-])(?i:{alternation(_OWNED['mend_verbs'])})(?:[ \t]+[A-Z][\w-]*){{0,2}}?(?:[ \t]+[A-Z][\w-]*['’]s?)?(?:[ \t]+(?i:{_BETWEEN})){{0,3}}"
    rf"[ \t]+(?i:{alternation(_OWNED['mended_parts'])})(?![\w'’-])"
)


_AROUND = 80  # characters each side of a name: a verb and its part stand within a few words of it


def mended_around(text: str, at: int, after: int, start: int, end: int) -> bool:
    """Whether a part is mended around the name at text[at:after], in text[start:end]: "we rebuilt <Name>'s front teeth".
    Read in a window around the name, so a sentence of many names is not read again for each (linear)."""
    lo, hi = max(start, at - _AROUND), min(end, after + _AROUND)
    return any(found.start() < at and found.end() > after for found in _MENDED.finditer(text, lo, hi))


def injury_in(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] (folded) tells an injury: a verb of hurt and a body part within three words, a thing taken
    out of one, a fall of someone's and a walk lost, stitches in Spanish ("los puntos en la mano"), or a part mended."""
    end = len(text) if end is None else end
    return any(pattern.search(text, start, end) is not None for pattern in (_INJURY, _REMOVED, _MISHAP, _STITCHES, _MENDED))
