"""A town said as where people come from or where the best of something is: "families from <Town>", "el más bravo de <Town>".

places.py reads a gazetteer town after a preposition of place ("in", "desde", "cerca de"); staff write origin and
standing in more ways than that:
- people from it, or a trip from it: "families from <Town>", "kids from <Town> and ...", "drove all the way from <Town>",
  "joins us from <Town>", "greetings from sunny <Town>" (a card, a call or flowers "from <Name>" stay a person's: only a
  group of people or a verb of travel comes before "from");
- a word of its weather or beauty between the preposition and the town: "in sunny <Town>", "desde la bella <Town>";
- the best or the most of the town, in Spanish with "de": "el mejor pan dulce de <Town>", "el perro más bravo de <Town>",
  "los tacos más ricos de <Town>"; not with a person's word ("el mejor amigo de <Name>", "la nieta más consentida de <Name>"):
  a friend, a relative or a patient of someone is theirs, not the town's;
- a branch of ours named by its town, set off by commas: "our second location, <Town>, opens Monday", "our new satellite
  office, <Town>, ...", "nuestra nueva sede, <Town>, abre el lunes" (not "our front office, <Name>, will call you").
What says person wins, as places.py reads it (an age, a possessive, "who", a surname after the town), and none of these
frames holds when the sentence tells someone's own care ("kids from <Name> got their shots" may be <Name>'s kids). Each
look is a bounded window before or after the town: linear.
"""

from __future__ import annotations

import bisect

from ... import lazyre
from ...text import sentence_bounds

# A group of people, or a verb of travel, then "from": "families from", "drove all the way from", "joins us from".
_PEOPLE = (
    r"families|family|folks|people|kids|children|youth|teens|neighbou?rs|residents|students|visitors|fans|athletes|runners|"
    r"walkers|riders|cyclists|volunteers|teams|players|seniors|parents|moms|dads|friends|guests|crowds?|vendors|farmers|"
    r"workers|employees|staff|nurses|teachers|everyone|everybody|anyone|those|y['’]?all|all[ \t]+of[ \t]+you"
)
_TRAVEL = (
    r"came|come|comes|coming|drove|drive|drives|driving|traveled|travelled|traveling|travelling|flew|flying|moved|moving|"
    r"relocated|relocating|commutes?|commuting|hails?|transferred|joins[ \t]+us|joined[ \t]+us|joining[ \t]+us|greetings|"
    r"hello|live|postcards?|straight|here|all[ \t]+the[ \t]+way"
)
_FROM = lazyre.compile(
    rf"(?<![\w'’-])(?:(?i:{_PEOPLE})(?:[ \t]+(?i:here|all|alike))?|(?i:{_TRAVEL})(?:[ \t]+(?i:over|down|up|in|out|back|all[ \t]+the[ \t]+way))?)"
    r"[ \t]+(?i:from|out[ \t]+of)[ \t]+$"
)
# A word of the town's weather or beauty after a preposition of place: "in sunny", "from beautiful", "desde la bella".
_FAIR = (
    r"sunny|beautiful|lovely|gorgeous|rainy|snowy|windy|chilly|hot|steamy|foggy|scenic|charming|wonderful|friendly|"
    r"sweet[ \t]+home|good[ \t]+old"
)
_FAIR_ES = r"bella|bello|hermosa|hermoso|bonita|bonito|linda|lindo|calurosa|caluroso|soleada|soleado|historica|historico|heroica|heroico"
_ADORNED = lazyre.compile(
    rf"(?<![\w'’-])(?:(?i:in|from|to|near|around|across|throughout)[ \t]+(?:(?i:the)[ \t]+)?(?i:{_FAIR})"
    rf"|(?i:en|desde|de|a|cerca[ \t]+de|por)[ \t]+(?i:la|el|nuestra|nuestro)[ \t]+(?i:{_FAIR_ES}))[ \t]+$"
)
# The best or the most of the town, in Spanish: "el mejor pan dulce de", "el perro mas bravo de", "los tacos mas ricos de".
_WORDS = r"(?:[ \t]+(?!(?i:de|del|la|el|los|las|que|y|en)(?![\w-]))[a-zñáéíóúü]+){0,3}?"
_BEST = lazyre.compile(
    rf"(?<![\w'’-])(?:(?i:el|la|los|las|lo)[ \t]+[a-zñáéíóúü]+[ \t]+)?(?:(?i:mejor|mejores|peor|peores)|(?i:mas|más|menos)[ \t]+[a-zñáéíóúü]+){_WORDS}"
    r"[ \t]+(?i:de|del)[ \t]+$"
)
# A person's word in the phrase: a friend, a relative, a patient or a pet of someone is theirs.
_SOMEONES = lazyre.compile(
    r"(?<![\w-])(?i:amig[oa]s?|hij[oa]s?|niet[oa]s?|mam[aá]s?|pap[aá]s?|madre|padre|espos[oa]s?|herman[oa]s?|abuel[oa]s?|abuelit[oa]s?|"
    r"t[ií][oa]s?|prim[oa]s?|sobrin[oa]s?|novi[oa]s?|pacientes?|alumn[oa]s?|estudiantes?|beb[eé]s?|niñ[oa]s?|nin[oa]s?|nen[ea]s?|"
    r"compañer[oa]s?|companer[oa]s?|vecin[oa]s?|consentid[oa]s?|querid[oa]s?|fan|fans|regalo|regalos|perrit[oa]s?|mascotas?)(?![\w-])"
)
# One of our branches set off by commas: "our second location, <Town>, opens", "nuestra nueva sede, <Town>, abre".
_BRANCH = lazyre.compile(
    r"(?<![\w-])(?:(?i:location|site|branch|campus|sede|sucursal|ubicaci[oó]n)|(?i:new|newest|second|third|fourth|satellite|main|other|sister|rural)"
    r"[ \t]+(?i:office|clinic|clinica|clínica|oficina|consultorio))[ \t]*,[ \t]*(?:(?i:in|en)[ \t]+)?$"
)
_BRANCH_END = lazyre.compile(r"[ \t]*(?:[,.;:!)(\n]|[-–—]|$)")
_WINDOW = 60
_CLAUSE = 200  # characters of the sentence read either side of the town for care


def origin_town(text: str, begin: int, end: int) -> bool:
    """Whether the gazetteer town at text[begin:end] is said as where people come from, adorned after a preposition, as
    the town whose best something is, or as a branch of ours, and its sentence tells no one's own care."""
    window = max(0, begin - _WINDOW)
    if _ADORNED.search(text, window, begin):
        return True  # "greetings from sunny <Town>", "desde la bella <Town>": a place, as after "in" alone
    best = _BEST.search(text, window, begin)
    if best and _SOMEONES.search(text, best.start(), begin):
        best = None  # "el mejor amigo de <Name>", "la nieta mas consentida de <Name>"
    said = _FROM.search(text, window, begin) or best or (_BRANCH.search(text, window, begin) and _BRANCH_END.match(text, end))
    if not said:
        return False
    from .care import own_care  # care.py reads vocabulary.py, which reads places.py and so this module: import on use

    bounds = sentence_bounds(text)
    at = bisect.bisect_right(bounds, begin) - 1
    stop = bounds[at + 1] if at + 1 < len(bounds) else len(text)
    return not own_care(text, max(bounds[max(0, at)], begin - _CLAUSE), min(stop, end + _CLAUSE))
