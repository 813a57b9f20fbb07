"""Shops and teams whose names read like people: "Mercado <Words>", "Ferreteria Hermanos <Surname>", "<Surname> Brothers Hardware", "<Golden> <Knights> fan".

Event posts thank the shops that gave food or prizes, and staff posts tell which team someone cheers. A shop named by
its kind's word, capitalised, then an article, a saint's word or "Hermanos" ("habra pozole gracias a Mercado Los
<Word>", "mochilas donadas por Ferreteria Hermanos <Surname>", "Panaderia Santa <Name>") is read as a greeted name or
as brothers by their surname; so is a stand named by what it sells and a nickname, the kind read by its shape, round 51
("gracias a Mariscos El <Nickname>", "Antojitos La <Nickname>", "Fruteria La <Nickname>"; a plural, a shop's ending or a
dictionary's word, never a name, a role or a kin word: "Santos El <Word>" and "Abuela La <Word>" are people), and the
kind alone before its owner's title ("Carnitas" of "Carnitas Don <Name>", titled_businesses.py reads the title); so is a shop named for its owners' family, then its trade ("<Surname> Brothers Hardware",
"<Surname> & Sons Plumbing"), or by its surname and its trade alone ("<Surname> Logging", round 151). A team is a word that is a given name and a plural after it, read as a name and a
surname ("<Golden> <Knights>"); a fan's word after it, a cheer before it or its city before it says team ("a huge
<Golden> <Knights> fan", "Go <Golden> <Knights>!", "the <City> <Golden> <Knights>"): no one is the fan of a patient.
A person stays a person: the brothers by their surname with no shop's word before them ("los hermanos <Surname>
vinieron a vacunarse"), a fan's possessive ("<Given> <Surname>'s biggest fan") and any of these with care told in their
sentence or the next ("Ferreteria Hermanos <Surname> ... su operacion de cadera", "Thanks to <Shop>! Their founder finished
his radiation with us" keep the reading). One bounded look around the
name: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...normalize import fold
from ...text import alternation
from .care import cared_for
from .civic_places import is_city
from .community_roles import is_role_word
from .greeted_words import plain_word
from .known import Person
from .vocabulary import BUSINESS_BEFORE, NAMES

# What opens a shop's own name after its kind's word: an article, a saint, the owners' family ("Hermanos", "Hnos.")
_OPENS_NAME = frozenset(("el", "la", "los", "las", "san", "santa", "santo", "hermanos", "hnos", "hnos."))
_FAMILY_PLURAL = frozenset(("hermanos", "hnos", "hnos.", "brothers", "bros", "bros."))
# A shop's trade after its owners' family: "<Surname> Brothers Hardware", "<Surname> & Sons Plumbing", "<Surname> Hnos. Abarrotes"
_TRADES = (
    "hardware",
    "market",
    "grocery",
    "groceries",
    "bakery",
    "pharmacy",
    "supply",
    "supplies",
    "feed",
    "tire",
    "tires",
    "auto",
    "automotive",
    "plumbing",
    "roofing",
    "construction",
    "landscaping",
    "furniture",
    "meats",
    "meat",
    "produce",
    "farms",
    "farm",
    "dairy",
    "nursery",
    "lumber",
    "electric",
    "motors",
    "garage",
    "deli",
    "store",
    "stores",
    "diner",
    "cafe",
    "restaurant",
    "pizza",
    "printing",
    "moving",
    "towing",
    "trucking",
    "painting",
    "heating",
    "hvac",
    "insurance",
    "realty",
    "florist",
    "jewelers",
    "tacos",
    "taqueria",
    "barbershop",
    "garden",
    "seed",
    "nursery",
    "masonry",
    "welding",
    "fencing",
    "paving",
    "abarrotes",
    "carniceria",
    "panaderia",
    "ferreteria",
    "mueblería",
    "muebleria",
    "llantera",
    "taller",
    "materiales",
    # round 151: the trades of timber, ranch and river towns ("Breakfast burritos gracias a <Surname> Logging")
    "logging",
    "timber",
    "sawmill",
    "excavating",
    "excavation",
    "hauling",
    "freight",
    "transport",
    "drilling",
    "irrigation",
    "equipment",
    "outfitters",
    "livestock",
    "cattle",
    "ranch",
    "orchards",
    "winery",
    "brewing",
    "concrete",
    "gravel",
    "septic",
    "mechanical",
)
_SHOP_OF_FAMILY = lazyre.compile(
    r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+(?:Brothers|Bros\.?|&[ \t]+Sons|and[ \t]+Sons|Hermanos|Hnos\.?|e[ \t]+Hijos|y[ \t]+Hijos)"
    rf"[ \t]+(?i:{alternation(_TRADES)})(?![\w'’-])"
)
_WORD_BEFORE = lazyre.compile(r"([A-Z][\w'’.-]*)[ \t]+$")
_STOP = lazyre.compile(r"[.!?\n]")
# A team's fan or its game right after it: "<Golden> <Knights> superfan", "season tickets", "jersey", "game night"
_FAN_AFTER = lazyre.compile(
    r"[ \t]+(?i:super-?fans?|fans?|fanatic|diehard|die-hard|season[ \t-]+tickets?|season-ticket|tickets?|games?|jerseys?|hats?|caps?|playoffs?"
    r"|home[ \t]+opener|nation|hockey|football|baseball|soccer|basketball|aficionad[oa]s?)(?![\w'’-])"
)
_CHEER_BEFORE = lazyre.compile(r"(?<![\w-])(?i:go|let['’]?s[ \t]+go|vamos|arriba)[ \t]+$")


_REACH = 240  # characters after the name read for care: the rest of its sentence and the next


def _cared_near(text: str, person: Person) -> bool:
    """Care told after the name in its sentence or the next ("Thanks to <Shop>! Their founder finished his radiation with us")."""
    limit = min(len(text), person.end + _REACH)
    stop = _STOP.search(text, person.end, limit)
    if stop is not None:
        after = _STOP.search(text, stop.end(), limit)
        limit = after.start() if after else limit
    return cared_for(text, person.end, limit)


_TWO_WORDS = lazyre.compile(r"([A-Z][\w'’.-]*)[ \t]+([A-Z][\w'’.-]*)")
_KIN = frozenset(w.lower() for w in (*NAMES["kin_titles"], *NAMES["person_before"]))
# A stand's owner by a courtesy or kin title right after its kind: "Carnitas | Don Chuy", "Tamales | Tía Nena"
_TITLE_AFTER = lazyre.compile(r"[ \t]+(?:Don|Do[nñ]a|T[ií]a|T[ií]o|Seño|Señora|Senora|Señor|Senor|Compa|Comadre|Compadre)\.?[ \t]+[A-ZÁÉÍÓÚÑ]")


def shop_kind(word: str) -> bool:
    """Whether a capitalised word names what a stand sells or what a shop is, by its shape (round 51): a place's word
    ("Panaderia"), a plural ("Mariscos", "Carnitas", "Elotes"), a shop's ending ("Fruteria", "Pupuseria") or a word the
    dictionary knows ("Cocina"); never a name, a role or a kin word ("Santos", "Flores", "Doctora", "Abuela")."""
    low = fold(word).text.lower()
    if low in BUSINESS_BEFORE:
        return True
    if len(low) < 4 or lexicon_names.name_info(word) is not None or is_role_word(word) or low in _KIN:
        return False
    return low.endswith(("s", "eria", "ria")) or plain_word(word)


def _kind_before(text: str, person: Person) -> bool:
    """A shop's kind, capitalised, at the name's start or right before it, then a word that opens a shop's name (the
    passage as written: a relative's reading holds only the surname after "Hermanos")."""
    pair = _TWO_WORDS.match(text, person.start)
    if pair and fold(pair.group(1)).text.lower() in BUSINESS_BEFORE and fold(pair.group(2)).text.lower() in _OPENS_NAME:
        return True  # "Mercado Los <Word>", "Panaderia Santa <Name>": the greeted run is the shop
    if pair and fold(pair.group(2)).text.lower() in _OPENS_NAME and shop_kind(pair.group(1)):
        return True  # "Mariscos El <Nickname>", "Antojitos La <Nickname>", "Fruteria La <Nickname>": a stand by what it sells
    if len(person.words) <= 2 and all(shop_kind(w) for w in person.words) and _TITLE_AFTER.match(text, person.end):
        return True  # "Carnitas" of "Carnitas Don <Name>": the stand's kind, its owner's title and name after it
    before = _WORD_BEFORE.search(text, max(0, person.start - 24), person.start)
    opener = pair.group(1) if pair else text[person.start : person.end].split(" ", 1)[0]
    return before is not None and fold(before.group(1)).text.lower() in BUSINESS_BEFORE and fold(opener).text.lower() in _OPENS_NAME  # "Ferreteria | Hermanos <Surname>"


def _family_shop(text: str, person: Person) -> bool:
    """The name is inside "<Surname> Brothers <Trade>" or "<Surname> Hnos. <Trade>"."""
    for shop in _SHOP_OF_FAMILY.finditer(text, max(0, person.start - 40), min(len(text), person.end + 60)):
        if shop.start() <= person.start and person.end <= shop.end():
            return True
    return False


_TRADE_WORDS = frozenset(_TRADES)


def _surname_trade(person: Person) -> bool:
    """A surname and a trade, the way a family firm is called: "<Surname> Logging", "<Surname> Construction"."""
    if len(person.words) != 2 or fold(person.words[1]).text.lower() not in _TRADE_WORDS:
        return False
    info = lexicon_names.name_info(person.words[1])
    return info is None or not info.first  # the trade no given name ("<Surname> Logging", not "<Surname> Dale")


def _team(text: str, person: Person) -> bool:
    """A given name that is a word and a plural after it, a fan's word after, a cheer or its city before: a team."""
    if len(person.words) not in (2, 3) or text.startswith(("'s", "’s", "'", "’"), person.end):
        return False
    last = fold(person.words[-1]).text
    if not last.endswith("s") or last.lower().endswith(("ss", "us", "is")) or fold(person.words[-1]).text.lower() in _FAMILY_PLURAL:
        return False
    first = lexicon_names.name_info(person.words[0])
    # a given name only, no surname, word or city ("Marisol"; not "Jefferson", "Xavier", "Denver"): no team is named for one
    given = first is not None and first.first and not first.surname and not first.also_word and not is_city(person.words[0])
    if _FAN_AFTER.match(text, person.end) or _CHEER_BEFORE.search(text, max(0, person.start - 12), person.start):
        return not given  # "Go Jefferson Hawks!", "Vamos Xavier Lobos!", not "Go Marisol Reyes!! Ring that bell"
    before = _WORD_BEFORE.search(text, max(0, person.start - 24), person.start)
    if before is None or not is_city(before.group(1)):
        return False
    return not given  # "the <City> <Golden> <Knights>", not "... de Esperanza <Yesenia> <Morales>": a given name no word or city opens no team's name after a town


# A product's maker said as its brand: "<Word> <Word> brand smoked sausage", "la marca <Word> <Word>" (a recall names one
# with the illness it may carry, so no care test: no one's name is followed by "brand")
_BRAND_AFTER = lazyre.compile(r"[ \t-]+(?i:brand|brands|brand-name)(?![\w-])")
_BRAND_BEFORE = lazyre.compile(r"(?<![\w-])(?i:la[ \t]+marca|de[ \t]+marca|the[ \t]+brand)[ \t]+$")
# A shop's two goods joined by "&" right after the name's last word: "<Name> Boot & Saddle", "<Name> Feed & Seed" (round 158)
_GOODS_AFTER = lazyre.compile(r"[ \t]*&[ \t]*[A-Z][a-z]+(?![\w'’-])")


def business_name(text: str, person: Person) -> bool:
    """Whether `person` is a brand, a shop by its kind and its name, a family's firm by its trade, or a team, with no care told."""
    if person.title or not person.words:
        return False
    if _BRAND_AFTER.match(text, person.end) or _BRAND_BEFORE.search(text, max(0, person.start - 12), person.start):
        return True
    if len(person.words) >= 2 and _GOODS_AFTER.match(text, person.end) and not _cared_near(text, person):
        return True  # "donated by <Name> Boot & Saddle": a shop's name
    if not (_kind_before(text, person) or _family_shop(text, person) or _surname_trade(person) or _team(text, person)):
        return False
    return not _cared_near(text, person)
