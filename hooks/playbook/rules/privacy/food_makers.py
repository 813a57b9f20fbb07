"""A name that signs the food or the gifts at an event: a cook, a stand, a kitchen or a shop, no patient (PHI003).

Event posts credit who feeds the crowd: "pupusas de la señora <Name>", "tamales de doña <Name>", "comida de Los
Pinchos de <Name>", "La Cocina de Titi <Name>", "pizza from <Name>'s", "coffee by <Name>". The name after a food,
a drink, a kitchen or a giving shop ("la llantera de Don <Name>") and "de", "from", "by" or "courtesy of" (an article or a courtesy title may sit between; the
words are in privacy-described.yml) is the maker's; the list it sits in often holds the fair's screenings too, so its
sentence tells care of no one in particular. A clause about her right after the name still counts: "tamales de doña <Name>, que ya terminó sus
quimios" is her care, and stays refused. Bounded look-behind of one phrase: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation
from ...wordlists import wordlist
from .care import care_in

_DESC = wordlist("privacy-described")
_FOOD, _COURTESY = (*_DESC["food_words"], *_DESC["giving_shops"]), alternation(_DESC["food_maker_titles"])
# "<food> de (la) (señora) " / "<food> from (the) " / "<food> by " / "<food> courtesy of ", up to the name
_MADE_BY = lazyre.compile(
    rf"(?<![\w'’-])(?i:{alternation(_FOOD)})(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’-]*){{0,2}}[ \t]+(?i:de|del|from|by|courtesy[ \t]+of|cortes[ií]a[ \t]+de)"
    rf"(?:[ \t]+(?i:la|el|los|las|the))?(?:[ \t]+(?i:{_COURTESY}))?[ \t]+$"
)
_CLAUSE_END = lazyre.compile(r"[.;!?\n]")
_WHO = lazyre.compile(r"(?:['’]s)?[ \t]*[,(—–-]?[ \t]*(?i:que|quien|who|whose|cuy[oa]|which|la[ \t]+cual|el[ \t]+cual|our|nuestr[oa])(?![\w'’-])")
_REACH = 60  # the phrase before a name, read back
_CLAUSE = 120  # the name's own clause, read on


def made_by(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] signs food (module docstring) and its own clause tells no care."""
    if _MADE_BY.search(text, max(0, start - _REACH), start) is None:
        return False
    if _WHO.match(text, end) is None:
        return True  # the list goes on ("pizza de <Name>'s y chequeos de presión"): the fair's, no one's
    stop = _CLAUSE_END.search(text, end, min(len(text), end + _CLAUSE))
    return not care_in(text, end, stop.start() if stop else min(len(text), end + _CLAUSE))
