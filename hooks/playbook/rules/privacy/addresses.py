"""PHI009 street-address: a street address or postal code that could be someone's home (English and Spanish order)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...findings import Severity
from ...model import Post, ResponseTemplate
from ...normalize import fold
from ...text import alternation, phrase_pattern, sentence_bounds, sentence_of
from ...wordlists import wordlist
from ..context import Context
from ..registry import Hit, rule
from .care import care_in, cared_for
from .common import WORDS, Ranges, folded, in_order, texts
from .moved_in import delivery_in, own_move, someone_in

IDS = wordlist("privacy-identifiers")

_STREET = lazyre.compile(
    r"(?<![\w$.,/#:-])(\d{1,6}(?:[A-Z](?![\w]))?(?:-\d{1,4})?)[ \t]+"
    r"((?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?[ \t]+)?"
    r"(?:(?:[A-Z][a-z]+(?:['’][a-z]+)?|\d+(?:st|nd|rd|th))[ \t]+){1,3}(?:[A-Z][ \t]+)?)"  # "1420 Lateral A Rd": a lettered road
    rf"(?:{'|'.join(sorted(WORDS['street_types'], key=len, reverse=True))})(?![\w])\.?"
)
# A house number and a compass letter before a street's name, its type left off as people say it ("the family at 1412 W.
# Nolana", "we're at 300 E Grand"): the letter makes the number an address, not a count or a year.
# The states a compass word names ("2027 N. Carolina") are no street.
_DIRECTED = lazyre.compile(r"(?<![\w$.,/#:-])\d{2,6}[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\.?[ \t]+(?!(?:Carolina|Dakota|Virginia)(?![\w]))[A-Z][a-z]{2,}(?![\w'’-])")
# Spanish order: the street word, its name, then the number ("Calle Zaragoza 218", "Av. Juárez #1200", "C/ Mayor 12, 3º");
# a street word that is nothing else may be lower case mid-sentence ("delivered to calle Ortega 418").
_CALLE = lazyre.compile(
    rf"(?<![\w])(?:{alternation(folded(IDS['street_types_es']))}|(?i:{alternation(folded(IDS['street_words_es']))}))\.?[ \t]+"
    r"(?:\d{1,2}[ \t]+de[ \t]+)?(?:(?:[A-Z][a-z]+|de|del|la|las|los|el|y)[ \t]+){0,4}?[A-Z][a-z]+,?[ \t]*"
    r"(?:(?:#|No\.?|Num\.?|Nro\.?|numero)[ \t]*)?(?:\d{1,5}(?!K(?![\w/]))[A-Z]?|[sS]/[nN])(?![\w/])"  # not a race's "5K" (round 146)
)
# The US order with a Spanish street word, as the Southwest and Florida write it ("1423 Calle <Name>", "2210 Avenida Los
# <Name>", "87 Camino <Name>"): the number first, then the word that is nothing but a street's.
_NUMBER_CALLE = lazyre.compile(
    r"(?<![\w$.,/#:-])\d{1,6}[A-Z]?[ \t]+(?:Calle|Avenida|Camino|Carretera|Paseo|Privada|Cerrada|Callejon|Calzada|Prolongacion|Andador|Circuito|Retorno|Carrera)"
    r"[ \t]+(?:(?:[A-Z][a-z]+|de|del|la|las|los|el|y)[ \t]+){0,3}[A-Z][a-z]+(?![\w'’-])"
)
# A house number before its street, the Spanish way of saying it ("la casa del 14 de la calle <Name>", "al número 14 de la
# avenida <Name>"): the number, "de la" or "del", then a word that is nothing but a street's and the street's name.
_NUMBER_OF_CALLE = lazyre.compile(
    r"(?<![\w$.,/#:-])(?:(?i:n[uú]mero|no\.|num\.|nro\.|\#)[ \t]*)?\d{1,5}[A-Z]?[ \t]+(?i:de[ \t]+la|del|de[ \t]+el)[ \t]+"
    rf"(?i:{alternation(folded(IDS['street_words_es']))}|camino|paseo|cerrada)[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+){{0,2}}[A-Z][a-z]+(?![\w'’-])"
)
# A label's period is an abbreviation's ("Fracc. Las Flores"); after a whole word ("... al barrio. Have a ...") it ends
# a sentence, and an address never spans a sentence end.
_LABELS = [w for w in folded(IDS["neighbourhood_labels"]) if len(w) > 3]
_ABBREVIATED = [w for w in _LABELS if any(o != w and o.lower().startswith(w.lower()) for o in _LABELS)]
_NEIGHBOURHOOD = lazyre.compile(rf"(?<![\w])(?i:(?:{alternation(_ABBREVIATED) or '(?!)'})\.?|{alternation(_LABELS)})[ \t]+[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+|de|del|la|las|los|el)){{0,3}}(?![\w])")
_AREAS = frozenset(w.lower() for w in folded(IDS["neighbourhood_areas"]))
# A house number beside a neighbourhood: after it ("Colonia Las Palmas #45", "Barrio Obrero, 212") or before it ("el 45 de
# la colonia Las Palmas"); the hour or a count never stands right there ("a las 10 en la colonia" is "las 10 en").
_NUMBER_AFTER = lazyre.compile(r"[ \t]*,?[ \t]*(?:#|(?i:No|Num|Nro|n[uú]mero)\.?)?[ \t]*\d{1,5}[A-Za-z]?(?![\w/:]|[.,]\d)")
_NUMBER_WORD = lazyre.compile(r"[ \t]+(?:No|Num|Nro|Numero)$")
_NUMBER_BEFORE = lazyre.compile(r"(?<![\w:.,])(?:#[ \t]*)?\d{1,5}[A-Za-z]?[ \t]*,?[ \t]*(?:(?i:de|en|in|of)[ \t]+)?(?:(?i:la|el|the)[ \t]+)?$")
# One household in the neighbourhood's sentence: something of someone's taken there or their home ("le dejamos los lentes
# en el Fracc. Las Palmas con su vecina", "dropped off her meds in Barrio Logan").
_ONE_HOME = lazyre.compile(
    r"(?<![\w-])(?i:(?:su|sus|his|her|their|your)[ \t]+(?:vecin[oa]s?|casa|hogar|home|house|neighbou?rs?|porch|puerta|door)"
    r"|dejamos|le[ \t]+dejamos|mandamos|enviamos|entregamos|llevamos|dropped[ \t]+off|delivered|mailed|shipped)(?![\w-])"
    # one house told by its look or its spot, no number needed: "la casa azul de la esquina", "the yellow house next to"
    r"|(?<![\w-])(?i:la|una)[ \t]+(?i:casa|casita)[ \t]+(?i:azul|verde|amarilla|blanca|rosa|roja|naranja|morada|gris|de[ \t]+la[ \t]+esquina|con[ \t]+port[oó]n|frente|junto|al[ \t]+lado|detr[aá]s)(?![\w-])"
    r"|(?<![\w-])(?i:the|a)[ \t]+(?i:blue|yellow|white|green|pink|red|orange|purple|gray|grey|corner)[ \t]+(?i:house|home|trailer)(?![\w-])"
    r"|(?<![\w-])(?i:the|a)[ \t]+(?i:house|home|trailer)[ \t]+(?i:next[ \t]+to|on[ \t]+the[ \t]+corner|across[ \t]+from|behind)(?![\w-])"
)
_PO_BOX = re.compile(
    r"(?<![\w])(?i:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]+Office[ \t]+Box|Apartado[ \t]+(?:Postal|de[ \t]+Correos))[ \t]*#?\d+"
    r"|(?<![\w])(?:Apt|Apartment|Apto|Apartamento|Depto|Dpto|Departamento|Int|Interior|apt|apto|apartment|apartamento|depto|dpto|departamento)"
    r"\.?[ \t]*#?[ \t]*\d+[A-Za-z]?(?![\w])"
)
# A numbered street with the house number after a mark, as New York, Bogotá and San Juan write it ("Calle 140 Este #512",
# "Carrera 7 No. 45", "512 Calle 140 Este", "East 140th Street #512"): the mark makes the second number a house's.
_NUMBERED_STREET = lazyre.compile(
    r"(?<![\w])(?:Calle|Avenida|Av\.?|Carrera|Cra\.?|Transversal|Diagonal)[ \t]+\d{1,3}[A-Z]?(?:[ \t]+(?:Este|Oeste|Norte|Sur|Bis))?[ \t]*,?[ \t]*"
    r"(?:#|No\.?|Num\.?|Nro\.?)[ \t]*\d{1,5}[A-Z]?(?:-\d{1,4})?(?![\w/])"
    r"|(?<![\w$.,/#:-])\d{1,5}[A-Z]?[ \t]+(?:Calle|Avenida|Carrera)[ \t]+\d{1,3}(?:[ \t]+(?:Este|Oeste|Norte|Sur))?(?![\w/])"
    r"|(?<![\w])(?:East|West|North|South|E|W|N|S)\.?[ \t]+\d{1,3}(?:st|nd|rd|th)[ \t]+(?:Street|St|Avenue|Ave|Place|Pl|Road|Rd)\.?[ \t]*,?[ \t]*#[ \t]*\d{1,5}[A-Z]?(?![\w/])"
)
# A grid address, as Utah and its neighbours number streets by their distance from a centre: the house's number and its
# compass point, then the street's ("450 S 300 E", "1200 North 400 West"), or a grid street with a unit's number ("300
# North #145", "la 300 Norte #145").
_COMPASS = r"(?:N|S|E|W|North|South|East|West|Norte|Sur|Este|Oeste)\.?"
_GRID = lazyre.compile(
    rf"(?<![\w$.,/#:-])\d{{1,5}}[ \t]+{_COMPASS}[ \t]+\d{{1,5}}[ \t]+{_COMPASS}(?![\w])"
    rf"|(?<![\w$.,/#:-])\d{{2,5}}[ \t]+{_COMPASS}[ \t]*,?[ \t]*(?:#|(?i:apt|unit|lot|space|spc|no|num|depto|departamento)\.?)[ \t]*\d{{1,5}}[A-Z]?(?![\w/])"
)
# A bare box number, capitalised, in a sentence about the mail: "shipped to the Fields post office, Box 52",
# "le mandamos sus lentes al Apartado 42"; a box is no public place, whatever office it sits in.
_BOX = re.compile(r"(?<![\w])(?:Box|BOX|Apartado|APARTADO|Casilla|CASILLA)[ \t]*(?:#|No\.?)?[ \t]*\d{1,6}(?![\w/-])")
_BOX_POSTAL = phrase_pattern(folded(IDS["box_postal"]))
_BOXES = lazyre.compile(r"(?<![\w-])(?i:boxes|cajas)(?![\w-])")  # "the food drive boxes ship Monday: Box 1 ...": boxes counted, no mail box
_STATES = "|".join(re.escape(s).replace(r"\ ", r"[ \t]+") for s in sorted(WORDS["us_states"], key=len, reverse=True))
_ZIP = lazyre.compile(
    rf"(?<![\w-])(?:{_STATES})\.?,?[ \t]+\d{{5}}(?:-\d{{4}})?(?![\w-])"
    rf"|(?<![\w-])(?i:{alternation(folded(IDS['postal_labels']))})\.?[ \t]*:?[ \t]*\d{{5}}(?:-\d{{4}})?(?![\w-])"
)
_NOT_STREET = frozenset(w.lower() for w in WORDS["not_street_names"])
_ADDRESS_WORDS = {
    "st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "blvd": "boulevard", "dr": "drive", "ln": "lane",
    "ct": "court", "pl": "place", "ter": "terrace", "cir": "circle", "pkwy": "parkway", "hwy": "highway", "trl": "trail",
    "sq": "square", "plz": "plaza", "n": "north", "s": "south", "e": "east", "w": "west", "ste": "suite", "apt": "apartment",
}  # fmt: skip
# A street named without a house number, right after a word that says someone lives there:
# "Mrs. Lopez lives on Maple Avenue", "vive en la calle Allende", "our neighbors on Elm Street".
_HOME_STREET = lazyre.compile(
    rf"(?<![\w-])(?:(?:[A-Z][a-z]+[ \t]+){{1,3}}(?:{'|'.join(sorted(WORDS['street_types'], key=len, reverse=True))})(?![\w])\.?"
    rf"|(?i:calle|avenida|av\.|privada|callejon|colonia)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
)
# A house number and a street with no street type after the same word ("lives at 214 Broadway", "vive en el 214 de Broadway")
_MONTHS = alternation(wordlist("privacy-stance")["months"])  # "vive en el 3 de Mayo" is a colonia's date, no house number
_HOME_NUMBER = lazyre.compile(
    rf"(?<![\w$.,/#:-])\d{{1,5}}[A-Za-z]?[ \t]+(?:(?i:de)[ \t]+(?:(?i:la|el)[ \t]+)?(?!(?i:{_MONTHS})(?![\w-])))?"
    r"(?:[A-Z][a-z]+|\d{1,3}(?i:st|nd|rd|th))(?:[ \t]+[A-Z][a-z]+){0,2}(?![\w'’-])"  # "vive en el <number> de la 3rd St"
)
# A flat's number at a named complex ("in 4B at <Name> Villa Apts", "el 12C de los Apartamentos <Name>"): one household
_UNIT_AT = lazyre.compile(
    r"(?<![\w$.,/#:-])\d{1,4}[A-Z](?![\w-])[ \t]+(?i:at|in|en|de)[ \t]+(?:(?i:the|los|las|el|la)[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,3}"
    r"(?i:apts|apartments|apartamentos|departamentos|villas|manor|towers?|condos|lofts|residences)(?![\w-])"
)
_AT_NUMBER = lazyre.compile(r"(?<![\w-])(?i:at|en[ \t]+el)[ \t]+$")  # not "lived in 29 Palms", a town
_LIVES = lazyre.compile(
    r"(?<![\w-])(?i:lives|living|lived|resides|neighbou?rs?|vive|viven|vivia|vecin[oa]s?|domicilio"
    r"|(?:his|her|their|your|my|su|sus)[ \t]+(?:house|home|casa|hogar))"
    r"(?![\w-])[^.!?\n]{0,24}?(?<![\w-])(?i:on|at|in|off|en|de|por)(?:[ \t]+(?i:la|el))?[ \t]+$"
)
# The practice's neighbours, plural, along a street: the businesses and families of a corridor, no one household
# ("our neighbors on Buford Hwy", "nuestros vecinos de la avenida Central"); "her neighbors on Elm Street" is one home's.
_OUR_NEIGHBOURS = lazyre.compile(r"(?i:our|nuestr[oa]s)[ \t]+(?:[\w'’-]+[ \t]+)?$")
# ... and a group of them named by their street: "la Asociación de Vecinos de la calle <Name>", "the Association of Neighbors on <Name> Street"
_GROUP_OF = lazyre.compile(r"(?<![\w-])(?i:asociaci[oó]n|comit[eé]|junta|club|consejo|association|committee|council)[ \t]+(?i:de|of|of[ \t]+the)[ \t]+$")


def _home_street(body: str, start: int) -> bool:
    """Whether a street named without a number at `start` follows a word that says someone lives there."""
    lives = _LIVES.search(body, max(0, start - 40), start)
    if lives is None:
        return False
    said = lives.group(0).split()[0].lower()
    if said not in ("neighbors", "neighbours", "vecinos", "vecinas"):
        return True
    return not (_OUR_NEIGHBOURS.search(body, max(0, lives.start() - 24), lives.start()) or _GROUP_OF.search(body, max(0, lives.start() - 24), lives.start()))


# Someone's home: a household word in the sentence ("lives", "mailed", "address on file", "vive", "domicilio"),
# but not a place's "new home", ours ("nuestra casa nueva") or an "open house".
_HOUSEHOLD = phrase_pattern(folded(IDS["address_household"]))
# "save lives", "changing lives": lives as a noun, no one living somewhere
_NOT_HOUSEHOLD = lazyre.compile(
    r"(?i:new|its|our|nuestra|nuestro|open|field|club|meeting|opera|coffee|school|fire|court|round|ware|nueva|save|saves|saved|saving|change|changes|changing|changed|touch|touches|touching|their|many|more)"
    r"(?:,?[ \t]+(?i:bigger|larger|brighter|roomier|permanent|forever|temporary|expanded))?[ \t-]+$"  # "our new, bigger home"
)
_HOUSEHOLD_REACH = 24  # characters before a household word read for _NOT_HOUSEHOLD
_HOME_BEFORE = lazyre.compile(r"(?i:family|families|neighbou?rs?|lives|living|resides|familia|vecinos?|vive|viven)[ \t]+(?:\w+[ \t]+)?(?i:at|on|in|en|de|a)?[ \t]*$")
# A person by title right before the address is whose it is: "Mrs. Ortiz, 12 Elm St", "la Sra. Ruiz en Calle Luna 4".
_PERSON_BEFORE = lazyre.compile(r"(?<![\w-])(?:Mr|Mrs|Ms|Miss|Sr|Sra|Srta|Don|Dona)\.?[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]*(?:,|(?i:at|on|en|de))?[ \t]*$")
# A public place: an event's venue, a business, the practice's own office.
_VENUE = phrase_pattern(folded(IDS["address_venue"]))
_OWN_PLACE = lazyre.compile(
    r"(?<![\w-])(?i:our|nuestr[ao]s?)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?"
    r"(?i:office|offices|clinic|clinics|location|locations|practice|building|suite|branch|site|sites|lot|parking|garage|entrance|campus|annex|oficinas?|clinicas?|consultorios?|sucursal(?:es)?|sede|estacionamiento|entrada)(?![\w-])"
    # our new space or address, only words of its newness or size between ("our new, bigger space"; not "our friend
    # Rosa's new address", "our patients new address", "our local troop")
    r"|(?<![\w-])(?i:our|nuestr[ao]s?)[ \t]+(?:(?i:new|bigger|larger|brand-new|updated|permanent|temporary|expanded|main|second|nuev[oa]|ampli[oa]|"
    r"grande|mas|mejor|principal|segund[oa]|renovad[oa]),?[ \t]+){0,3}(?i:space|address|espacio|direccion)(?![\w-])"
    r"|(?<![\w-])(?i:nuestro)[ \t]+(?:(?i:nuevo|amplio|propio)[ \t]+)?(?i:local)(?![\w-])"
    # the practice moving: "we're moving to", "nos mudamos a"
    r"|(?<![\w'’-])(?i:we|we're|we’re|we[ \t]+are|we[ \t]+will)[ \t]+(?i:move|moving|moved|relocate|relocating|be[ \t]+moving)[ \t]+(?i:to|into)(?![\w-])"
    r"|(?<![\w-])(?i:nos)[ \t]+(?i:mudamos|cambiamos|trasladamos|vamos[ \t]+a[ \t]+mudar|vamos[ \t]+a[ \t]+cambiar)(?![\w-])"
    # our hours there: "we're open Sunday afternoons at <address>", "abrimos los sábados en <address>" (round 98)
    r"|(?<![\w'’-])(?i:we['’]re|we[ \t]+are|we['’]ll[ \t]+be|we[ \t]+will[ \t]+be)[ \t]+(?i:open)(?![\w-])|(?<![\w-])(?i:abrimos|estamos[ \t]+abiertos)(?![\w-])"
)
# Where we are, right before an address that ends its sentence: "Estamos en la Calle <Name> 318.", "Find us at 4120 <Name>
# Rd." (round 133); not "Estamos en la calle <Name> 12 con la familia <Surname>": who is there makes it their home.
_WHERE_WE_ARE = lazyre.compile(
    r"(?<![\w'’-])(?i:we['’]re|we[ \t]+are|find[ \t]+us|visit[ \t]+us|estamos(?:[ \t]+ubicad[oa]s)?|nos[ \t]+encuentra[ns]?|encu[eé]ntrenos|vis[ií]tenos)"
    r"[ \t]+(?i:at|on|en)[ \t]+(?:(?i:la|el|the)[ \t]+)?$"
)
_ENDS_THERE = lazyre.compile(r"[\s.!)\]]*")

# A location pin or a "where" label right before it, as event and opening posts set an address on its own line: "📍 1700 E
# 20th St", "Where: ...", "Dónde: ...", "Lugar: ...". It is a place where the two sentences before offer a service or a
# welcome to everyone (_PUBLIC: "Free home safety checks for seniors", not "free parking"), or where they name a venue or the
# pin's own sentence offers one and the lines before tell no household, home visit or care. A person by title, a delivery,
# one of them ("she", "visited", "a sweet gentleman") or their care told before the pin always make it a home.
_PINNED = lazyre.compile(r"(?:[\U0001F4CD\U0001F4CC]\ufe0f?|(?<![\w-])(?i:where|d[oó]nde|lugar|ubicaci[oó]n)[ \t]*:)[ \t]*$")
_SERVICE = (
    r"(?i:checks?|check-?ups?|screenings?|shots?|vaccines?|vacunas?|physicals?|exams?|tests?|testing|consults?|consultations?|clinic|class|classes|event"
    r"|night|day|fair|breakfast|lunch|workshop|talk|seminar|info\w*|information|intake|care|service|services|pruebas?|consultas?|ex[aá]menes|chequeos?|clases?|charlas?"
    r"|bash|party|fiesta|celebration|picnic|cookout|carnival|kermes|posada|concert|movie|swim|yoga|zumba|walk|run|5k)"
)
_PUBLIC = lazyre.compile(
    r"(?<![\w-])(?:(?i:walk-?ins?|sin[ \t]+cita|we[ \t]+accept|aceptamos|now[ \t]+open|we['’]re[ \t]+open|open[ \t]+(?:to|for)|abrimos|hours|horarios?|join[ \t]+us"
    r"|come[ \t]+(?:by|out|see)|l[oa]s[ \t]+esperamos|te[ \t]+esperamos|fair|feria|festival|event|evento|jornada|drive|colecta|screenings?|we[ \t]+moved|nos[ \t]+mudamos"
    r"|find[ \t]+us|visit[ \t]+us|vis[ií]tenos|(?:everyone|all|todos|todas)(?:[ \t]+(?:are|is|son|est[aá]n))?[ \t]+(?:welcome|invited|bienvenid[oa]s|invitad[oa]s)"
    r"|open[ \t]+to[ \t]+the[ \t]+public|p[uú]blico[ \t]+en[ \t]+general)"
    rf"|(?i:free|gratis)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?{_SERVICE}|{_SERVICE}[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?i:gratis|gratuit[oa]s?|sin[ \t]+costo))(?![\w-])"
)
_ONE_OF_THEM = lazyre.compile(
    r"(?<![\w-])(?i:his|her|she|he|him|them|[eé]l|ella|mom|baby|beb[eé]|lady|gentleman|man|woman|se[nñ]ora|se[nñ]or|abuelit[oa]|patient|paciente"
    r"|visited|visitamos|stopped[ \t]+by|checked[ \t]+on|fighter|guerrer[oa])(?![\w-])"
)
# ... and, outside an offer, a home or a visit of one: "Hospice visit this afternoon", "Visita a domicilio"
_ONE_HOME_VISIT = lazyre.compile(
    r"(?<![\w-])(?i:their|su|sus|visit|visita|house[ \t]+call|check[ \t]+on|at[ \t]+the[ \t]+house|en[ \t]+su[ \t]+casa|a[ \t]+domicilio|home|hospice|post-?op|bedside)(?![\w-])"
)


def _pinned_place(body: str, bounds: tuple[int, ...], start: int, end: int, match: re.Match) -> str:
    """'place' for an address under a pin or a "where" label (see _PINNED); each search reads the two sentences only."""
    if not _PINNED.search(body, max(start, match.start() - 16), match.start()):
        return ""
    lo = start
    for _ in range(2):  # the two sentences before and the pin's own, up to the pin
        lo = sentence_of(bounds, lo - 1)[0] if lo > 0 else lo
    hi = match.start()
    if someone_in(body, lo, hi) or delivery_in(body, lo, hi) or _ONE_OF_THEM.search(body, lo, hi) or cared_for(body, lo, hi):
        return ""
    if _PUBLIC.search(body, lo, hi):
        return "place"  # the offer before it: "Free home safety checks for seniors this Saturday! 📍 ..."
    if not (_venue_in(body, lo, hi) or _PUBLIC.search(body, hi, end) or _venue_in(body, hi, end)):
        return ""
    return "" if _HOUSEHOLD.search(body, lo, hi) or _ONE_HOME_VISIT.search(body, lo, hi) or care_in(body, lo, hi) else "place"


def _normal_address(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return " " + " ".join(_ADDRESS_WORDS.get(w, w) for w in words) + " "


def _home_or_place(body: str, start: int, end: int, match: re.Match) -> str:
    """'home' when the sentence ties the address to a household, 'place' when to a public place, else ''.

    The address's own words are left out ("222 Park Pl" is no park, "Greenway Drive" no blood drive).
    """
    around = ((start, match.start()), (match.end(), end))
    if _venue_named_before(body, start, match.start()):
        return "place"  # "at the Alder Creek Library, 310 Walnut St, for neighbors": the address is the venue's
    if _HOME_BEFORE.search(body, max(start, match.start() - 40), match.start()) or _PERSON_BEFORE.search(body, max(start, match.start() - 40), match.start()):
        return "home"
    for lo, hi in around:
        for word in _HOUSEHOLD.finditer(body, lo, hi):
            if not _NOT_HOUSEHOLD.search(body, max(lo, word.start() - _HOUSEHOLD_REACH), word.start()):
                return "home"
    if _WHERE_WE_ARE.search(body, max(start, match.start() - 40), match.start()) and _ENDS_THERE.fullmatch(body, match.end(), end):
        return "place"  # "Estamos en la Calle <Name> 318.": the practice's own door
    town = _TOWN_AFTER.match(body, match.end())
    named = (town.start(1), town.end(1)) if town else (0, 0)
    if _OWN_PLACE.search(body, start, match.start()) or any(not _in_town(v, named) for lo, hi in around for v in _venues(body, lo, hi)):
        return "home" if delivery_in(body, start, end) else "place"  # "we dropped her oxygen at <address>, Suite 7": someone's
    return ""


# A venue named right before its address: a proper name's capital or an article before the venue word, one word after
# it at most, then a comma or a bracket ("the Alder Creek Library, 310 Walnut St", "el salon parroquial, calle Luna 4").
_VENUE_OPENS = lazyre.compile(r"(?:[A-Z][\w'’.-]*|(?i:the|el|la|los|las))[ \t\n]+$")
_VENUE_CLOSES = lazyre.compile(r"(?:[ \t\n]+[\w'’-]+)?[ \t]*[,(][ \t\n]*")


def _venue_named_before(body: str, start: int, address: int) -> bool:
    """A venue named just before the address, and no household in its sentence before the venue ("lives by ...")."""
    lo = max(start, address - 60)
    for venue in _venues(body, lo, address):
        closes = _VENUE_CLOSES.match(body, venue.end(), address)
        if closes and closes.end() == address and (_VENUE_OPENS.search(body, max(lo, venue.start() - 30), venue.start()) or body[venue.start()].isupper()):
            return not _HOUSEHOLD.search(body, start, venue.start())
    return False


# The town after an address's comma ("214 Elm Dr, Church Rock"): a venue word opening a town's name is no venue there,
# while one closing it still is ("400 Main St, First Baptist Church").
_TOWN_AFTER = lazyre.compile(r",[ \t]*((?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)")


# Coffee drunk, not a café visited: "nos recibió con café", "over coffee", "a cup of coffee"
_DRINK_BEFORE = lazyre.compile(r"(?<![\w-])(?i:con|with|y|and|de|of|over|un|some|tomar|tomamos|drink|drinking|sirvieron|served)[ \t]+$")


def _venues(body: str, lo: int, hi: int) -> Iterator[re.Match]:
    """The venue words between `lo` and `hi`, but coffee served ("con café" is no café)."""
    for venue in _VENUE.finditer(body, lo, hi):
        if venue.group(0).lower() != "cafe" or _DRINK_BEFORE.search(body, max(0, venue.start() - 12), venue.start()) is None:
            yield venue


def _venue_in(body: str, lo: int, hi: int) -> bool:
    return next(_venues(body, lo, hi), None) is not None


def _in_town(venue: re.Match, town: tuple[int, int]) -> bool:
    return town[0] <= venue.start() and venue.end() < town[1]


@rule("PHI009", "street-address", serves="privacy", severity=Severity.ERROR, scope="document")
def street_address(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A street address or postal code that could be someone's home.

    What it flags:
        A house number, a street name and a street type ("1420 Maple
        Avenue", "22 Elm St.", "8 W. 3rd Street", "9 Lateral B Rd"), the Spanish order ("Calle
        Zaragoza 218", "Av. Juárez #1200", "C/ Mayor 12", "calle Ortega 418" in lower case too; the number first, as
        Spanish also says it: "el 9 de la calle Robles", "al número 27 de la avenida Olmos"), the US order with a
        Spanish street word ("1423 Calle Jacinto", "87 Camino del Rio"), a neighbourhood
        ("Colonia Las Palmas #45", "Fracc. Las Flores"; a numbered street with its house number after a mark,
        "Calle 140 Este #512", "East 140th Street #512"; an address never spans a
        sentence end, so "... al barrio. Have a great day" is none; a named
        colonia, barrio or fraccionamiento is many households and passes
        without a house number beside it or someone's home, a delivery or one
        house told by its look in its sentence ("la casa azul de la esquina"):
        "creció en la colonia Las Palmas"), a PO box or apartment number ("Apt 3B",
        "Depto. 4"), a ZIP or postal code after a state or a label ("IL
        60614", "ZIP: 60614-2231", "C.P. 64000"), and a street without a
        number right after someone lives there ("lives on Maple Avenue",
        "vive en la calle Allende"; not the neighbours' association of a street, "la Asociación de Vecinos de la
        calle Allende"), or a house number and a street with no type there ("lives at 214 Broadway", "vive en el 214
        de Broadway") — when its sentence ties it
        to a household ("lives", "neighbors at", "mailed to", "address on
        file", "vive en", "le mandamos ... a", a home visit to "one of our homebound patients", care equipment brought there: "the hospital bed",
        "el concentrador de oxigeno"), in any reply, and in a post
        whose sentence says nothing of a public place. An address in a post
        that the sentence places at a venue, a business or the practice's own
        office passes: "at Lakeview Park (3400 Shore Dr)", "our office at
        500 Commerce Blvd", where we are when the address ends its sentence ("Estamos en la Calle Nogal 210.",
        "Find us at 4120 Pecan Grove Rd."; not "... Nogal 12 con la familia <Surname>"), "Fire Station 4, 2050 Harbor Blvd", "Escuela
        Secundaria Lazaro Cardenas, Calle Morelos #233", "our north lot at 2200
        Birch Ave", the practice's own neighbours along a street named without a number ("our neighbors on
        Quince Lane"; "her neighbors on Quince Lane" still triggers), a public agency ("Oakvale Public Health, 240 Quarry Ave"), a venue named right before its address whatever the
        sentence says after it ("the Alder Creek Library, 310 Walnut St, for neighbors"), a service that takes walk-ins ("flu shots sin cita, 9100 W
        Van Buren St"), an address under a location pin or a "Where:" label after an offer to everyone ("Free flu shots Saturday! 📍 1700 E 20th St";
        not after a home visit, someone's care or "free parking"), and so does one whose venue the sentence before announces,
        or one of the three before with no household or titled person after it ("Our new clinic opens Monday. Doors open
        8am, 78 Depot St", "Vacunas en la escuela el sábado. Estaremos en 455 Pine Ave", "Walk-ins welcome! We take most
        plans. 410 Cedar St"), our hours there ("we're open Sundays at ..."), unless that
        sentence names a household, and so does the practice's own new premises announced as a move or an opening,
        with a suite or a floor after it or a shop beside it ("We moved! Find us at 907 N Alder Blvd, Suite B, across
        from the bakery", "¡Nos cambiamos! Ahora estamos en ..., segundo piso", moved_in.py), unless the address's
        sentence names a person by title, a patient or a family or tells of a delivery ("¡Nos mudamos! We dropped her
        oxygen at ..."); a field house is no house, and a person by
        title right before the address makes it theirs ("Mrs. Ortiz, 12 Elm
        St"); a household word must be one ("save lives" is no one
        living there, "la Direccion de Salud" an agency, not "su direccion"). So do the
        practice's own `address` in plans/practice.yml, however abbreviated,
        and the post's own `event.location`. A venue word that opens the town after the comma is part of the town
        ("... Dr, Church Rock" stays an address; "..., First Baptist Church" a venue). The household and venue words
        are in rules/data/privacy-identifiers.yml. A bare box number counts
        in a sentence about the mail ("shipped to the Fields post office, Box
        52", "le enviamos la receta al Apartado 90"), and a box is no public
        place, whatever office holds it; "Box 3 of the form" is a document's.

    Why:
        A street address, and any part of it smaller than a state, is a HIPAA
        identifier when it belongs to a person: "a patient on Maple Avenue"
        is one household on one street. The address of a park, a school or
        the clinic where an event happens points at no one.

    Examples:
        Triggers: `Our patient on 1420 Maple Avenue is back on her bike.`
        Triggers: `Le mandamos la factura de marzo a Calle Zaragoza 218.`
        Passes: `Join us at Lakeview Park (3400 Shore Dr, east shelter).`
    """
    allowed = [_normal_address(fold(ctx.plans.practice.address).text)] if ctx.plans.practice.address else []
    if isinstance(item, Post) and item.event and item.event.location:
        allowed.append(_normal_address(fold(item.event.location).text))
    is_reply = isinstance(item, ResponseTemplate)
    for text in texts(item, ctx.plans, links=False):
        body = text.text
        taken = Ranges()
        found = [m for m in _STREET.finditer(body) if m.group(2).split()[0].lower() not in _NOT_STREET]  # "3 Easy Ways"
        for pattern in (_CALLE, _PO_BOX, _ZIP, _DIRECTED, _NUMBER_CALLE, _NUMBER_OF_CALLE, _NUMBERED_STREET, _GRID, _UNIT_AT):
            found.extend(pattern.finditer(body))
        areas = list(_NEIGHBOURHOOD.finditer(body))
        found.extend(areas)
        area_spans = {m.span() for m in areas}
        found.extend(m for m in _HOME_STREET.finditer(body) if _home_street(body, m.start()))
        found.extend(m for m in _HOME_NUMBER.finditer(body) if _AT_NUMBER.search(body, max(0, m.start() - 8), m.start()) and _home_street(body, m.start()))
        bounds = None
        for match in _BOX.finditer(body):
            bounds = bounds or sentence_bounds(body)
            start, end = sentence_of(bounds, match.start())
            if _BOX_POSTAL.search(body, start, end) and not _BOXES.search(body, start, end):
                found.append(match)
        for match in in_order(found):
            if not taken.claim(match.start(), match.end()):
                continue
            normal = _normal_address(match.group(0))
            if any(normal in own for own in allowed):
                continue
            bounds = bounds or sentence_bounds(body)
            start, end = sentence_of(bounds, match.start())
            if match.span() in area_spans and not _numbered(body, match) and not _ONE_HOME.search(body, start, end):
                continue  # "creció en la colonia Las Palmas": a neighbourhood is many households, not one
            if match.re is _PO_BOX or match.re is _BOX:
                if _OWN_PLACE.search(body, start, match.start()) and not is_reply:
                    continue  # "mail it to our billing office, PO Box 500": the practice's own box
            elif (_home_or_place(body, start, end, match) or _announced(body, bounds, start, end, match)) == "place" and not is_reply:
                continue
            yield text.hit(
                match.start(),
                f"Remove the address '{text.show(match).rstrip('.,')}': a street address or postal code can point at one household",
                "Name the public place instead (the park, the school, our office), or the town; the practice's own address (plans/practice.yml) and the post's own event.location may appear.",
            )


def _numbered(body: str, match: re.Match) -> bool:
    """Whether a neighbourhood is one household's: a block or a lot ("Lote Las Brisas"), or a house number beside it."""
    if match.group(0).split()[0].rstrip(".").lower() not in _AREAS:
        return True
    end = match.end() - (len(match.group(0)) - len(_NUMBER_WORD.sub("", match.group(0))))  # "Colonia Centro No. 7": the label's
    return bool(_NUMBER_AFTER.match(body, end) or _NUMBER_BEFORE.search(body, max(0, match.start() - 24), match.start()))


def _announced(body: str, bounds: tuple[int, ...], start: int, end: int, match: re.Match) -> str:
    """'place' when the sentence before announced a venue (_place_before) or the practice's own new premises are
    announced (moved_in.py), and the address's own sentence names no one by title, no patient or family and no delivery
    ("¡Nos mudamos! We dropped her oxygen at ..." stays someone's)."""
    if someone_in(body, start, end):
        return ""
    return _place_before(body, bounds, start) or own_move(body, bounds, start, end, match) or _pinned_place(body, bounds, start, end, match)


def _place_before(body: str, bounds: tuple[int, ...], start: int) -> str:
    """'place' when the sentence before the address's own names a public place and no household: the venue announced,
    then its address ("Our new clinic opens Monday. 18 Depot St, 9am", "Vacunas en la escuela. Estaremos en 455 Pine
    Ave"); '' otherwise. Only called when the address's own sentence says neither."""
    before = start
    for _ in range(_PLACE_BEFORE_SENTENCES):  # the venue, then a line on the plans taken or the parking ("... We bill most plans. 1120 Pine St")
        if before <= 0:
            return ""
        before, end = sentence_of(bounds, before - 1)
        if any(not _NOT_HOUSEHOLD.search(body, max(before, w.start() - _HOUSEHOLD_REACH), w.start()) for w in _HOUSEHOLD.finditer(body, before, end)):
            return ""
        if _OWN_PLACE.search(body, before, end) or _venue_in(body, before, end):
            return "place"
        if someone_in(body, before, end):
            return ""  # "Walk-ins welcome! Mrs. <Name> moved in last month. <Address>": hers, whatever came before
    return ""


_PLACE_BEFORE_SENTENCES = 3  # read back for the venue an address follows, no household word in any of them (round 96)
