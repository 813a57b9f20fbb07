"""A town in a list of places takes the kind of its siblings: "we visit Kilgore, <Town>, Longview and Marshall".

Outreach posts list the towns a van, a fair or a tour goes to ("this month: Laredo, Zapata, <Town> y <Town>", "we're
bringing flu shots to Salem, <Town>, Albany and Corvallis", "Mission (Sat), <Town> (Sun), Pharr (Mon)"), or the two ends
of a route ("from Rio Grande City to <Town> and ...", "llegó de <Town> a Providence"). Many towns bear a given name; one standing among places the
gazetteer knows (lexicon/data/places.txt, cities.txt) names a place too. A sibling speaks for the list only when no name
list gives it as a given name (Longview, McAllen, Alamo, "Twin Falls"): a list of given names alone ("<Name>, <Name> and
<Name> got their braces off") may be children, and any sibling that is a person's name and no place makes the list
people's ("Thanks to <Name>, Longview and <Town>"). What says person wins: a list told of someone's own care ("Longview,
<Town> y <Town> se vacunaron con nosotros"), "he"/"she" after it, and what places.py already reads after the town (an age,
a possessive, "who", a surname). Each reading looks a bounded window either side of the town: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon import names as lexicon_names

_WORD = r"[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:['’-][^\W\d_]+)?"
# One item: one to three capitalised words, a particle between ("Hidalgo del Parral", "Coeur d'Alene"), and a short note
# in brackets after it ("Mission (Sat)").
_ITEM = rf"{_WORD}(?:[ \t]+(?:(?:de|del|du|of|la|las|los|el)[ \t]+|[dlDL]['’])?{_WORD}){{0,2}}(?:[ \t]*\([^()\n]{{1,16}}\))?"
_ITEM_WORDS = lazyre.compile(rf"({_WORD}(?:[ \t]+(?:(?:de|del|du|of|la|las|los|el)[ \t]+|[dlDL]['’])?{_WORD}){{0,2}})(?:[ \t]*\([^()\n]{{1,16}}\))?")
# What joins two items: a comma (with "and", "then"), a conjunction, a slash, a dot or a bar of a line of stops.
_CONJ = r"(?i:and|or|y|e|o|&|then|and[ \t]+then|y[ \t]+luego|luego|hasta)"
_JOIN = rf"(?:[ \t]*,[ \t]*(?:{_CONJ}[ \t]+)?|[ \t]+{_CONJ}[ \t]+|[ \t]*[/·•|][ \t]*)"
_SAID_JOIN = lazyre.compile(rf"(?<![\w-])(?:{_CONJ})(?![\w-])|[/·•|]")
_BEFORE = lazyre.compile(rf"(?<![\w'’-])(?:{_ITEM}{_JOIN}){{1,6}}$")
_AFTER = lazyre.compile(rf"(?:[ \t]*\([^()\n]{{1,16}}\))?(?:{_JOIN}{_ITEM}){{0,6}}")
# Where the town's own item ends: a join, a stop or a lower-case word, not another capitalised word of a longer name.
_ITEM_END = lazyre.compile(r"(?![ \t]+[A-ZÁÉÍÓÚÑ])(?!['’]s?(?![\w]))")
# A route's far end: "from Rio Grande City to <Town>", "desde Pharr hasta <Town>", "de Laredo a <Town>".
_ROUTE = lazyre.compile(rf"(?<![\w-])(?i:from|desde|de)[ \t]+({_ITEM})[ \t]*,?[ \t]+(?i:to|through|thru|hasta|a)[ \t]+$")
# A route's near end, the far one after it: "came from <Town> to Providence", "llego de <Town> a Providence".
_ROUTE_FROM = lazyre.compile(r"(?<![\w-])(?i:from|desde|de)[ \t]+$")
_ROUTE_TO = lazyre.compile(rf"[ \t]*,?[ \t]+(?i:to|hasta|a)[ \t]+({_ITEM})")
# "he"/"she" in the clause after the list: the list is of people ("... and <Name>, he ...").
_SOMEONE = lazyre.compile(r"[^.!?\n]{0,60}?(?<![\w'’-])(?i:he|she|his|her|him|hers|él|ella)(?![\w'’-])")
_WINDOW = 160
_SAINTS = frozenset(("san", "santa", "santo", "st", "saint", "ste", "sainte"))
_SET_OFF = lazyre.compile(r"[ \t]*(?:,|[-–—])[ \t]*(?!(?i:who|whose|que|quien|quienes|all|todos|todas|both|ambos|ambas)(?![\w-]))")
# The clause after the list, up to a stop; a care word there is the list's own, unless the clause opens with what serves
# the towns ("con la unidad movil de vacunas", "for flu shots", "this week"): a service brought, not care received.
_TOLD = lazyre.compile(r"[^.!?;:\n]{1,80}")
_SERVICE = lazyre.compile(
    r"[ \t,]*(?:(?i:con|with|for|para|por|on|this|next|every|each|cada|este|esta|estos|estas|today|tonight|tomorrow|hoy|manana|mañana|"
    r"in|en|at|from|desde|during|durante|starting|a[ \t]+partir|through|till|until|hasta)(?![\w-])|[(\d])|[ \t]*$"
)


def _placename(name: str) -> bool:
    from .civic_places import is_city  # civic_places reads names; places.py reads this module: import on use
    from .places import is_state, is_town, world_place

    key = name.replace("’", " ").replace("'", " ")  # the gazetteer spells "Coeur d'Alene" "coeur d alene"
    return any(is_town(n) or is_state(n) or world_place(n) or is_city(n) for n in {name, key})


def _personal(word: str) -> bool:
    """A given name, or a surname that is no everyday word: a person's name when it is no place."""
    info = lexicon_names.name_info(word)
    return info is not None and (info.first or info.surname and not info.also_word)


def place_kind(item: str) -> str:
    """ "strong": a place no one is called ("Longview", "Twin Falls", "Alamo"); "place": a place that is a name too
    ("Marion", "Kilgore"); "person": a name and no place; "other": neither (a town no list holds, a word)."""
    words = item.replace("’", " ").replace("'", " ").split()
    if _placename(item):
        if len(words) > 1:
            if words[0].lower() in _SAINTS:
                return "strong"  # "San Miguel de Allende": a saint's town, no one's name
            return "place" if all(_personal(w) for w in words if w[:1].isupper()) else "strong"  # "Mary Esther" may be a woman
        info = lexicon_names.name_info(item)
        return "strong" if info is None or not info.first and info.also_word else "place"
    return "person" if any(_personal(w) for w in words if w[:1].isupper()) else "other"


def listed_town(text: str, begin: int, end: int) -> bool:
    """Whether the gazetteer town at text[begin:end] stands in a list of places, or at the far end of a route, beside a
    place no one is called, with no one's care told of the list."""
    if not _ITEM_END.match(text, end):
        return False  # "Kilgore, <Town> Junior College": the town opens a longer name
    route = _ROUTE.search(text, max(0, begin - 60), begin)
    before = _BEFORE.search(text, max(0, begin - _WINDOW), begin)
    after = _AFTER.match(text, end)
    first = route.start() if route else before.start() if before else begin
    last = after.end() if after and after.end() <= end + _WINDOW else end
    items = [m.group(1) for m in _ITEM_WORDS.finditer(text, before.start(), begin)] if before else []
    items += [m.group(1) for m in _ITEM_WORDS.finditer(text, end, last)]
    if route:
        items.append(route.group(1))
    far = _ROUTE_TO.match(text, end) if _ROUTE_FROM.search(text, max(0, begin - 8), begin) else None
    if far:  # "de <Town> a Providence": the near end of a route
        route, last = far, max(last, far.end())
        items.append(far.group(1))
    if not items:
        return False
    kinds = [place_kind(item) for item in items]
    if "person" in kinds or "strong" not in kinds:
        return False  # "Thanks to <Name>, Longview and <Town>"; "<Name>, <Name> and <Name>"
    joined = bool(route) or len(items) >= 2 or _SAID_JOIN.search(text, first, last) is not None
    if not joined or _SOMEONE.match(text, last):
        return False  # "Thanks <Name>, Longview loves you" is no list; "... and <Town>, she ..."
    from .care import care_in, own_care  # care.py reads vocabulary.py, which reads places.py and so this module: import on use

    stop = text.find(".", last, last + 120)
    if own_care(text, first, stop if stop > 0 else min(len(text), last + 120)):
        return False  # "Longview, <Town> y <Town> se vacunaron con nosotros"
    told = _TOLD.match(text, last)  # what the list does, when it is the subject: "Cameron y Brownsville se operaron ..."
    return told is None or _SERVICE.match(told.group(0)) is not None or _apart(told.group(0)) or not care_in(told.group(0))


def _apart(clause: str) -> bool:
    """The list is set off by a comma or a dash from a clause of its own ("Desde Edinburg hasta <Town>, nuestras promotoras
    ..."), not followed by a clause about it ("..., who got their flu shots", "..., que se vacunaron")."""
    return _SET_OFF.match(clause) is not None
