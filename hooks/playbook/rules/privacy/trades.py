"""One neighbour known by their trade, their stand or shop, with their care told near it (PHI011).

group_roles.py reads a role or a post at work before a named place ("la muchacha de la caja de <Shop>"). A
neighbourhood knows many people by no role word at all but by what they sell or fix and where: "la senora del carrito
de paletas de la Calle Olmo", "el Chato de la barberia de la Pecan", "los nietos del senor de los raspados", "the guy
from the tire shop on Birch and 9th", "the tamale lady". One such person is as plain to every neighbour as a
name. Read here: a person (a people word after an article, or "el/la/don/dona/Mr." and a nickname) then "de/del/from/
at/with the" and a trade (a stand, a cart, a shop, a vehicle or the goods sold, rules/data/privacy-trades.yml), or
the goods before a person word ("the taco truck lady"), a programme one runs, the person known by looks ("the
blonde who runs the ski jumping program"), a named place of theirs ("the grandpa from the <Name> church"), or a job held at a place ("the line cook at the pho place", "el
mesero de la fonda", "the guy who runs your favorite ramen place"), or a clause of work or of performing that ends at a
place (with "our" only at a named one, "our guy who fixes bikes out of his shed on <Road>"; "the feller who owns the grain elevator by <Town>", "la que trabaja de noche en la empacadora", "a singer who
plays Sundays at <Venue>", "el mariachi que toca los domingos en <Restaurante>"); a child or kin word counts as the
person ("la nena de la tienda"); no place name is needed. It counts when their sentence or the two
after tell of one person's care (favourites.py's reading), or name care with no offer to all ("free", "everyone"),
no topic ("her tips on diabetes") and nothing they said ("nos conto que la meta de azucar ..."). Plural vendors ("the corn vendors at the flea market"), a business thanked
("gracias a los tacos <Name>"), an ad to a trade ("Trabajas en una llantera?"), a family or crew that runs a place, our
own staff ("our nurse who works nights") and a vendor or performer with no care pass.
Every pattern is bounded and each sentence is read once: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation, phrase_pattern
from ...wordlists import wordlist
from . import care, favourites, shifts
from .common import with_care_after

_DATA = wordlist("privacy-trades")
_DESC = wordlist("privacy-described")
_TRADE = alternation((*_DATA["trades_es"], *_DATA["trades_en"], *_DATA["work_places"]))
_PEOPLE = alternation((*_DESC["people"], *_DATA["worn_people"], *_DATA["known_people"], *_DATA["people_after"], *_DATA["parents"]))
# One fond or plain word before the person: "the sweetest mama who runs ...", "that old fella from the feed store"
_FOND = r"(?:[a-z][\w'’-]*[ \t]+)??"
_NOT_NICK = alternation((*_DATA["not_nicknames"], *_DATA["trades_es"], *_DATA["trades_en"]))
# A person: "la senora", "that guy", "al Chato", "don Beto", "Mr. T"
_PERSON = (
    rf"(?<![\w-])(?:(?i:the|that|this|la|el|al|del|esa|ese)[ \t]+{_FOND}(?i:{_PEOPLE})"
    rf"|(?:(?i:el|la|al|del|don|dona)|Mr\.?|Mrs\.?|Ms\.?|Miss)[ \t]+(?!(?i:{_NOT_NICK})(?![\w'’-]))[A-Z][\w'’-]*)"
)
_LINK = r"(?i:de|del|from|at|with|of|behind|who[ \t]+(?:runs|owns|sells|drives|works|fixes)|que[ \t]+(?:vende|atiende|tiene|maneja|arregla))"
_RUNS = r"(?i:who[ \t]+(?:runs|owns|manages|works[ \t]+at|cooks[ \t]+at)|que[ \t]+(?:atiende|maneja|tiene|trabaja[ \t]+en))"
_ART = r"(?:(?i:the|a|an|la|el|los|las|un|una|su|sus|his|her|their|your|our|my|tu|nuestro|nuestra|mi)[ \t]+)"
# A job at a place: "the line cook at the pho place", "the cashier from the Thai spot", "el mesero del restaurante"
_ROLE = alternation(r for r in (*_DESC["roles"], *_DATA["job_roles"]) if r not in frozenset(_DESC["staff_roles"]))
_JOB_PLACE = alternation((*_DATA["job_places"], *_DATA["work_places"], *_DESC["place_nouns"], *_DATA["trades_en"], *_DATA["trades_es"], *shifts.SHIFTS["workplaces"]))
# Where a work clause ends: "at/en" and a place word within two words ("at the old feed store"), or a name ("at Delmar's")
# or beside one: "next to the feed store", "junto a la tienda de forraje", "across from the <Name> diner" (round 96)
_WHERE = rf"(?i:at|in|on|en|para|for|next[ \t]+to|by|near|behind|across[ \t]+from|junto[ \t]+a|al[ \t]+lado[ \t]+de|frente[ \t]+a|cerca[ \t]+de|detr[aá]s[ \t]+de)[ \t]+(?:{_ART}?(?:[\w'’&-]+[ \t]+){{0,2}}?(?i:{_JOB_PLACE})(?![\w'’-])|[A-Z][\w'’&-]*)"
_WORKS = rf"(?i:{alternation(_DATA['work_verbs'])})"
_PERFORMS = rf"(?i:{alternation(_DATA['perform_verbs'])})"
_PERFORMER = alternation((*_DATA["performers"], *_DESC["people"], *_DATA["worn_people"]))
_TRADES = lazyre.compile(
    r"(?<![\w-])(?:"  # every branch opens with it: said once, a word's inside is passed over at once (a third faster)
    # "la senora del carrito de paletas", "el Chato de la barberia", "the guy from the tire shop"
    rf"{_PERSON}(?![\w'’-])[ \t]+{_LINK}[ \t]+{_ART}?(?:[a-z][\w'’-]*[ \t]+){{0,3}}?(?i:{_TRADE})(?![\w'’-])"
    # a named place of theirs: "the sweetest grandpa from the Hmong Baptist church", "that lady at the Blue Moon laundromat"
    rf"|{_PERSON}(?![\w'’-])[ \t]+(?i:from|at|of)[ \t]+{_ART}?(?:[A-Z][\w'’&.-]*[ \t]+){{1,3}}(?i:{_JOB_PLACE}|{alternation(_DATA['gathering_places'])})(?![\w'’-])"
    # "the tamale lady", "our taco truck guy", "that elote man"
    rf"|(?<![\w-])(?i:the|our|my|that|this)[ \t]+(?:[a-z][\w'’-]*[ \t]+)??(?i:{_TRADE})[ \t]+(?i:{alternation(_DATA['people_after'])})(?![\w'’-])"
    # "the guy who runs your favorite ramen place", "la senora que atiende la fonda"
    rf"|{_PERSON}(?![\w'’-])[ \t]+{_RUNS}[ \t]+{_ART}?(?:[\w'’&-]+[ \t]+){{0,2}}?(?i:{_JOB_PLACE})(?![\w'’-])"
    # "the line cook at the pho place", "the cashier at your favorite Thai spot", "la cajera de la fonda"
    rf"|(?<![\w-])(?i:the|that|this|la|el|al|del|esa|ese)[ \t]+(?i:{_ROLE})[ \t]+(?i:at|from|of|in|de|del|en)[ \t]+{_ART}?"
    rf"(?:[\w'’&-]+[ \t]+){{0,2}}?(?i:{_JOB_PLACE})(?![\w'’-])"
    # "the feller who owns the grain elevator by ...", "la que trabaja de madrugada en la maquila", "the kid who works
    # weekends at the car wash": a person (or "la que/el que/the one who") and a work clause ending at a place
    rf"|(?:{_PERSON}(?![\w'’-])[ \t]+(?i:who|que)|(?<![\w-])(?i:la[ \t]+que|el[ \t]+que|the[ \t]+one[ \t]+who))[ \t]+{_WORKS}(?![\w'’-])"
    rf"[ \t]+(?:[\w'’&-]+[ \t]+){{0,6}}?{_WHERE}"
    # one of "ours" by their work on a named road or place: "our guy who fixes bikes out of his shed on Pecos Rd"
    rf"|(?<![\w-])(?i:our|my|nuestro|nuestra|mi)[ \t]+{_FOND}(?i:{_PEOPLE})[ \t]+(?i:who|que)[ \t]+{_WORKS}(?![\w'’-])"
    rf"[ \t]+(?:[\w'’&-]+[ \t]+){{0,6}}?(?i:at|in|on|en|por)[ \t]+[A-Z]"
    # "a young singer who plays at ...", "the drummer who plays Fridays at ...", "el mariachi que toca los
    # domingos en ...": one known by where and when they perform
    rf"|(?<![\w-])(?i:a|an|the|that|this|un|una|el|la|al|del|ese|esa)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{_PERFORMER})[ \t]+"
    rf"(?i:who|que)[ \t]+{_PERFORMS}(?![\w'’-])[ \t]+(?:[\w'’&-]+[ \t]+){{0,6}}?{_WHERE})"
)
# Care offered to all, or a topic, is no one's care: "free blood-pressure checks for everyone", "tips on diabetes".
# "Your favorite taco truck" is where the person works, not an offer.
_OFFER = lazyre.compile(
    r"(?<![\w'’-])(?i:free|gratis|gratuitas?|gratuitos?|everyone|everybody|anyone|todos|todas|cualquiera|you|your(?![ \t]+(?i:favou?rite|fave|usual|local))"
    r"|tu|tus|usted|ustedes|join|vengan|ven)(?![\w'’-])"
)
_PLACES = frozenset((*_DATA["trades_en"], *_DATA["trades_es"], *_DATA["job_places"]))
_NOT_OWN = phrase_pattern(w for w in (*_DESC["topics"], *_DESC["events"], *_DESC["not_own_care"]) if w not in _PLACES)  # "stand": the trade's own
_NEAR = 2  # the sentence of the trade and the two after it


def _cared(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] tells of one person's care: favourites.py's reading, or care named with no offer."""
    if favourites.cared_of(body, start, end):
        return True
    if _OFFER.search(body, start, end):
        return False  # "free checks for everyone"
    word = care.CARE_WORDS.search(body, start, end) or care.CLINICAL.search(body, start, end)
    if word is None and not care.care_in(body, start, end):
        return False
    first = word.start() if word else end  # a topic or a report before the care makes it no one's: "her tips on asthma",
    # "nos conto que la meta de azucar ..."; after it ("passed a stone between lunch tickets") it is only the day's story
    if care.REPORTED_VERB.search(body, start, first):
        return False
    topic = None
    for topic in _NOT_OWN.finditer(body, start, first):
        pass  # the last topic or event before the care
    # a clause of their own after the event tells their care: "came to our event and had his mole removed", "vino a la
    # feria de salud y le diagnosticamos diabetes"
    return topic is None or (word is not None and _OWN_CLAUSE.search(body, topic.end(), first) is not None)


_OWN_CLAUSE = lazyre.compile(
    r"(?:[,;]|(?<![\w'’-])(?i:and|y|then|luego))[ \t]+(?:(?i:then|also|later|luego|tambi[eé]n|ya)[ \t]+)?"
    r"(?i:had|got|has|was|he|she|we|le|les|lo|se|su|sus|his|her|their)(?![\w'’-])"
)


def singled_out(body: str) -> Iterator[re.Match]:
    """Each neighbour known by their trade with one person's care in its sentence or the two after it."""
    return with_care_after(body, _TRADES.finditer(body), _cared, _NEAR)
