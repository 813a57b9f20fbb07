"""Towns, streets and neighbourhoods that carry a person's name, read as places when the text says place.

Most US towns bear a given name or a surname ("Dillon", "Orlando", "Tyler", "Big Sandy"), and so do
streets ("the corner of Robinson and Rosalind"). A post names the town its clinic, parade or county
fair is in; flagging it as a patient's name is a false alarm that teaches staff to waive the rule.
The gazetteer (lexicon/data/places.txt, derived by scripts/build_places.py) says which names are
towns; the text around the word says whether it is the town here: after a preposition of place ("in",
"near", "en", "desde", "cerca de"), before a facility or an event ("our Dillon clinic", "the Tyler
parade"), after a county ("Chouteau County fair, Dillon"), before a state ("Dillon, MT"), after a
place or an event with "de" ("la clinica de Dillon", "el desfile de Orlando"). A street corner is a
place whatever its names, and a compass compound ("Westside", "Northend") is a neighbourhood, never
a given name. A town is a place too in a list whose first place is placed or that ends in "counties" ("en
Ponce y Juana Diaz", "Berrien and Irwin counties"), after a move ("came to Lawrence"), a street address ("12 Elm
St, Suite 4, Lawrence"), an organisation's name and "de" ("Asociacion de Vecinos de Lawrence") or heading a line
("Lawrence: ...") or before two plain capitalised words that name its organisation ("Carolina Youth Athletics"). A state named like a person (Georgia, Virginia, Carolina del Norte, Sonora) reads the same way,
and also by its agencies, programmes and insurers ("Georgia Medicaid", "Medicaid de Georgia", "Virginia REVIVE", "BCBS of Georgia"), a side of it
("South Georgia"), a noun of a state ("Virginia lawmakers", "el gobierno de Georgia"), another state beside it or a
town and a comma before it ("Valdosta, Georgia"); ranked in a statistic or named as a group's adjective, a region's
name too ("<State> is among the top states", "the Carolina donor family fund": state_frames.py). A town cheered as a community reads so too (hometowns.py: "Thank you,
Lowell!" opening a post about its fair, "Lowell's own <Name>", a venue's town after a comma), a town listed among places no one is called, people or a trip from
it, the best of it (town_lists.py, town_origins.py: "Kilgore, <Town> and Longview", "families from <Town>", "el mas bravo de
<Town>"), its school or team (town_schools.py: "<Town> English", "<Town> football") and a town of several words whose first
word no one is called ("Coeur d'Alene", "Lake Charles", "San Juan Bautista"). What says person wins: a title before, an age, a surname or
"who"/"he"/"she" after, "in memory of" ("Dillon, 7, broke his arm" and "in Dillon's case" stay names).
"""

from __future__ import annotations

import bisect
import functools
import re

from ... import lazyre
from ...lexicon import data_files
from ...lexicon import names as lexicon_names
from ...lexicon.fold import fold
from ...text import alternation, sentence_bounds
from ...wordlists import wordlist
from .hometowns import hometown
from .state_frames import is_state_like, state_said
from .town_lists import listed_town
from .town_origins import origin_town
from .town_schools import town_school

_WORD = r"[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:['’-][^\W\d_]+)?"  # "Dillon", "Mayagüez", "O'Neill"
_COMPASS = lazyre.compile(r"(?:North|South|East|West)(?:side|end|town|sider|siders|enders)(?![\w'’-])")
_NAMES = wordlist("privacy-names")


@functools.lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    lines = (data_files.DATA / "places.txt").read_text(encoding="utf-8").split("\n")  # one folded name a line, `#` header
    return frozenset(line for line in lines if line and line[0] != "#")


def is_town(name: str) -> bool:
    """A US, Puerto Rican or Mexican border-state town whose name holds a person's name ("Dillon", "Big Sandy")."""
    return " ".join(fold(w) for w in name.split()) in _towns()


@functools.lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    return frozenset(" ".join(fold(w) for w in name.split()) for name in _STATE_NAMES)


def is_state(name: str) -> bool:
    """A US state, Puerto Rico or a Mexican border state, by its full name ("Georgia", "West Virginia", "Nuevo Leon")."""
    return " ".join(fold(w) for w in name.split()) in _states()


@functools.lru_cache(maxsize=1)
def _world() -> frozenset[str]:
    return frozenset(" ".join(fold(w) for w in name.split()) for name in _NAMES["world_places"])


def world_place(name: str) -> bool:
    """A place of several words abroad (or a big US one) whose first word is a given name: "Santo Domingo", "San Pedro Sula"."""
    return " " in name and " ".join(fold(w) for w in name.split()) in _world()


_SAINTS = frozenset(("san", "santa", "santo", "st", "saint", "ste", "sainte"))
_NOT_FIRST = frozenset(w.lower() for w in (*_NAMES["nicknames"], "la", "el", "los", "las", "lo"))


def _several_words(name: str) -> bool:
    """A gazetteer town of two words or more that no one is called: its first word no given name ("Lake Charles", "Port
    Arthur", "Coeur d'Alene"; a saint's "San Juan Bautista"), nor a nickname's ("Big Laurel") or an article ("La Luz"),
    and not every word a person's name ("Mary Esther", "Ramos Arizpe")."""
    words = name.replace("’", " ").replace("'", " ").split()
    if len(words) < 2 or words[0].lower() in _NOT_FIRST:
        return False
    infos = [(w.lower(), lexicon_names.name_info(w)) for w in words if w[:1].isupper()]
    first = infos[0][1]
    if first is not None and first.first and infos[0][0] not in _SAINTS:
        return False
    return not all(low in _SAINTS or info is not None and (info.first or info.surname and not info.also_word) for low, info in infos)


def _placename(name: str) -> bool:
    if " " in name and ("'" in name or "’" in name):
        name = name.replace("’", " ").replace("'", " ")  # the gazetteer spells "Coeur d'Alene" "coeur d alene"
    return is_town(name) or is_state(name) or world_place(name)


# the states' English names, their Spanish ones where they differ ("Dakota del Sur": scripts/build_state_names.py), and Mexico's border states
_STATE_NAMES = [*(s for s in wordlist("privacy")["us_states"] if len(s) > 2), *data_files.read("us_states_es.txt"), *_NAMES["border_states"]]
_STATES = "|".join(re.escape(s).replace(r"\ ", r"[ \t]+") for s in sorted(_STATE_NAMES, key=len, reverse=True))
_STATE_CODES = "|".join(s for s in wordlist("privacy")["us_states"] if len(s) == 2)
# Before the town: a preposition of place ("in", "cerca de"); a place or an event and "de" ("la clinica
# de", "el Desfile Puertorriqueno de", "las fiestas patronales de"); a county, a parish or a state and a
# comma ("Chouteau County fair, ", "condado de Beaverhead, ", "Texas, ").
_PLACE_NOUNS = (
    r"cl[ií]nicas?|consultorios?|oficinas?|sedes?|sucursal(?:es)?|ubicaci[oó]n|desfiles?|feria|fiestas?|festival|carnaval|rodeo|"
    r"condado|ciudad|pueblo|municipio|barrio|colonia|parque|hospital|escuela|mercado|plaza|iglesia|parroquia|centro|"
    r"[aá]rea|zona|norte|sur|este|oeste|afueras|alcald[ií]a|bomberos|polic[ií]a|biblioteca|gente|vecinos|familias|residentes|"
    # the town's shops, schools and news, plural ("varias farmacias de Houston", "las escuelas de Tyler", "noticias de Austin")
    r"farmacias|tiendas|escuelas|hospitales|restaurantes|negocios|comercios|noticias|peri[oó]dicos?|canal|radio|calles"
)
_BEFORE = lazyre.compile(
    rf"(?:(?<![\w-])(?i:in|near|en|desde|cerca[ \t]+de|around|outside|throughout|across|por[ \t]+todo|within|dentro[ \t]+de)"
    rf"|(?<![\w-])(?i:{_PLACE_NOUNS})(?:[ \t]+[\w'’-]+){{0,2}}?[ \t]+(?i:de|del|en)"
    rf"|(?<![\w-])(?i:county|parish|condado|borough|(?:{_STATES})(?![\w-]))(?:[ \t]+[\w'’-]+){{0,3}}?[ \t]*,"
    rf"|(?<![\w-])(?i:downtown|uptown|greater|metro|historic|centro[ \t]+de))[ \t]+$"
)
# After the town: a facility, an event or its people ("our Dillon clinic", "the Tyler parade", "Orlando
# families"), or a state after a comma ("Dillon, MT", "Pharr, Texas").
_FACILITIES = (
    r"clinic|clinics|office|offices|location|locations|campus|branch|site|store|hospital|parade|fair|festival|rodeo|carnival|"
    r"fireworks|farmers[ \t]+market|market|library|area|community|residents|families|neighbors|neighbours|chamber|city[ \t]+council|"
    r"police|fire[ \t]+department|school[ \t]+district|high[ \t]+school|middle[ \t]+school|elementary|public[ \t]+schools|"
    r"county|metro|downtown|township|city[ \t]+limits|"
    # the town's shops and news ("Houston pharmacies", "a Cleveland news anchor", "Tyler TV station")
    r"pharmacies|pharmacy|stores|schools|hospitals|restaurants|businesses|news|newspaper|tv|television|radio|station|weather|"
    # the town's teams and their fans ("Marion football", "the Tyler girls' soccer team", "Tyler Little League", "Marion fans")
    r"(?:(?:boys|girls|men|women)['’]?s?[ \t]+)?(?:football|basketball|baseball|softball|soccer|volleyball|wrestling|hockey|lacrosse|"
    r"cross[ \t]+country|track|swim|golf|tennis|cheer|cheerleaders|athletics|varsity|jv)|little[ \t]+league|pop[ \t]+warner|fans|"
    r"marching[ \t]+band|drumline|homecoming"
)
# or a business of the town, a word or two of its kind between ("a Lawrence grocery store", "the Tyler water treatment plant").
_KIND = rf"(?i:{alternation(_NAMES['town_business_kinds'])})"
_AFTER = lazyre.compile(
    rf"[ \t]+(?i:{_FACILITIES})(?![\w-])|[ \t]+(?:{_KIND}[ \t]+){{0,2}}(?:{alternation(_NAMES['town_business_nouns'])})(?![\w'’-])"
    rf"|[ \t]*,[ \t]*(?:(?:{_STATES})(?![\w-])|(?:{_STATE_CODES})(?![\w-]))"
)
# A street corner or a crossing names streets, whatever they are called: "the corner of Robinson and Rosalind",
# "esquina de Hidalgo y Morelos", "at Maple & 5th".
_CORNER = lazyre.compile(
    rf"(?<![\w-])(?i:corner[ \t]+of|intersection[ \t]+of|crossing[ \t]+of|esquina[ \t]+(?:de|con)|cruce[ \t]+de|entre[ \t]+(?:las[ \t]+calles[ \t]+)?)[ \t]+"
    rf"(?:{_WORD}(?:[ \t]+(?:{_WORD}|(?i:st|ave|rd|blvd|street|avenue|road)\.?))?[ \t]+(?i:and|&|y|e|con|at)[ \t]+)?$"
)
# A corner with a numbered street, written with "&": "31st & Sheridan", "Grand & 5th Ave", "Calle 8 & Flagler".
_NUMBERED = r"(?:\d{1,3}(?i:st|nd|rd|th)(?:[ \t]+(?i:st|street|ave|avenue)\.?)?|(?i:calle|avenida|av\.?)[ \t]+\d{1,3})"
# Or with "y"/"and" after a "Calle"/"Avenida" and its number ("Calle 14 y Sylvester"), or after "at"/"on" and an ordinal
# ("at 5th and Grace"; "5th and Grace" alone may be school grades).
_NUMBERED_BEFORE = lazyre.compile(
    rf"(?<![\w-])(?:{_NUMBERED}[ \t]*&|(?i:calle|avenida|av\.?)[ \t]+\d{{1,3}}[ \t]+(?i:y|e|and)"
    r"|(?i:at|on|off|near|en)[ \t]+\d{1,3}(?i:st|nd|rd|th)(?:[ \t]+(?i:st|street|ave|avenue)\.?)?[ \t]+(?i:and|y))[ \t]*$"
)
_NUMBERED_AFTER = lazyre.compile(rf"{_WORD}[ \t]*&[ \t]*{_NUMBERED}(?![\w-])")
_SOMEONE = lazyre.compile(r"(?<![\w'’-])(?i:he|she|her|his|him|who|whose|ella|quien|cuyo|cuya)(?![\w'’-])")
_NEAR = 120  # characters either side of a numbered corner read for someone spoken of
# A stretch of road runs between two places, whatever they are called: "KY 80 between Allen and Martin", "on I-10 from
# Tyler to Dillon", "Main Street between Grace and Hope". A road is a route's letters or word and number, or a street.
_ROAD = (
    r"(?:(?:[A-Z]{1,3}|Route|Rte|Highway|Hwy|Interstate|County[ \t]+Road|Farm[ \t]+Road|Loop|Spur)[ \t-]?\d{1,4}[A-Z]?"
    r"|[A-Z][\w'’]+[ \t]+(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Pike|Highway|Hwy|Lane|Ln|Drive|Parkway|Pkwy)\.?)"
)
_STRETCH = lazyre.compile(
    rf"(?<![\w-]){_ROAD}(?:[ \t]+(?i:north|south|east|west)(?i:bound)?)?[ \t]*,?[ \t]+(?i:between|from)[ \t]+"
    rf"(?:{_WORD}(?:[ \t]+{_WORD})?[ \t]*(?:,[ \t]*)?(?i:and|&|to|through|thru)[ \t]+)?$"
)
# What says person wins: a title before ("Mr.", "Coach", "Dra."), "in memory of", and after it an age
# ("Dillon, 7"), a possessive ("in Dillon's case"), a relative clause or a pronoun ("Orlando, who ...",
# "in Emily he ..."), a surname (checked by the caller's name run).
_MEMORY = lazyre.compile(r"(?i:in[ \t]+memory[ \t]+of|in[ \t]+honou?r[ \t]+of|en[ \t]+memoria[ \t]+de|en[ \t]+honor[ \t]+a)[ \t]+$")
_PERSON_AFTER = lazyre.compile(
    r"(?:(?:[ \t]*+,)?[ \t]*+\(?\d{1,3}(?![\d:.,/-]*\d)(?![\w:])|['’]s?(?![\w])|(?:[ \t]*+,)?[ \t]++(?i:who|whose|quien|que[ \t]+(?:ya|tiene|cumple|naci[oó])|he|she|his|her|him|el[ \t]+ya|ella)(?![\w-]))"
)


# More frames that say place, for a gazetteer town and a state alike:
# a side of it or a move or a drive to it ("South Georgia", "el noroeste de Georgia", "came to Lawrence", "se mudo a Tyler") or a trip
# back from it ("just got back from Tyler", "acaban de volver de Santiago");
_SIDE_OR_MOVE = lazyre.compile(
    r"(?<![\w-])(?:(?i:north|south|east|west|northern|southern|eastern|western|central|middle|northeast|northwest|southeast|southwest|"
    r"coastal|rural|upstate|downstate)|(?i:came|come|comes|coming|moved|move|moving|went|going|back|returned|returning|relocated|"
    r"driving|drive|drives|drove|driven|trip|trips|commute|commuting|heading|headed|traveling|travelling|"  # "no more driving to <Town> for a film" (round 141)
    r"llego|llegaron|llegue|regreso|regresaron|vino|vinieron|se[ \t]+mudo|se[ \t]+mudaron|nos[ \t]+mudamos|manejar|manejando|viajar|viajando)[ \t]+(?i:to|a|hasta)"
    r"|(?i:back|returned|returning|flew[ \t]+in|volver|volvio|volvió|volvieron|volvimos|regresar|regresó|regresaron|regresamos|vinieron|llegaron)"
    r"[ \t]+(?i:from|de|desde)"
    # a side of it in Spanish ("el noroeste de Georgia", "el sur de Texas")
    r"|(?i:norte|sur|este|oeste|noroeste|noreste|nordeste|suroeste|sudoeste|sureste|sudeste|oriente|poniente)[ \t]+(?i:de|del))[ \t]+$"
)
# a noun of the state or the town and "de"/"of" ("the state of Georgia", "el gobierno de Georgia", "los condados de Berrien e Irwin"),
# an insurer or a plan of it ("BCBS of Georgia", "Blue Cross of Virginia");
_NOUN_OF = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation([*_NAMES['state_nouns_before'], *_NAMES['insurer_nouns_before']])})(?:[ \t]+[\w'’-]+){{0,2}}?[ \t]+(?i:de|del|of)[ \t]+(?:(?i:la|el|los)[ \t]+)?$"
)
# mid-sentence, a capitalised name of what belongs to it, then "de" ("Medicaid de Georgia", "Departamento de Salud Publica
# de Georgia", "Asociacion de Comerciantes Dominicanos de Lawrence"), with no name after the place: an organisation of it;
_NAME_OF = lazyre.compile(rf"(?:^|[^.!?:\s][ \t]+)({_WORD})[ \t]+(?i:de|del)[ \t]+$")
# a street address and a comma, a floor or a suite between ("350 Essex St, 2nd floor, Lawrence");
_UNIT = r"(?:\d{1,3}(?:st|nd|rd|th)[ \t]+(?i:floor|fl)\.?|(?i:suite|ste|unit|apt|floor|fl|piso|oficina|local|room|bldg)\.?[ \t]*#?[\w-]{1,6}|#[\w-]{1,6})"
_ADDRESS = lazyre.compile(
    r"\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[\w'’.-]+[ \t]+){1,4}(?i:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|"
    rf"Parkway|Hwy|Highway|Ct|Court|Pl|Place|Ter|Terrace|Cir|Circle|Pike)\.?[ \t]*,(?:[ \t]*{_UNIT}[ \t]*,){{0,2}}[ \t]*$"
)
# one of a list whose first place is placed, or which ends in a plural place noun ("en Ponce y Juana Diaz",
# "Berrien and Irwin counties", "Tift, Turner and Worth counties");
_JOIN = r"(?:[ \t]*,[ \t]*(?:(?i:and|or|y|e|o)[ \t]+)?|[ \t]+(?i:and|or|y|e|o|&)[ \t]+|[ \t]*/[ \t]*)"
_LIST_BEFORE = lazyre.compile(rf"(?<![\w'’-])(?:{_WORD}(?:[ \t]+{_WORD}){{0,2}}{_JOIN}){{1,5}}$")
_PLACE_PLURALS = r"counties|parishes|townships|towns|cities|boroughs|municipalities|communities|neighborhoods|neighbourhoods|regions|states|areas"
_LIST_AFTER = lazyre.compile(rf"(?:{_JOIN}{_WORD}(?:[ \t]+{_WORD}){{0,2}}){{0,5}}[ \t]+(?i:{_PLACE_PLURALS})(?![\w-])")
# a heading or a dateline that opens a line ("Lawrence: this Sunday ...", "VALDOSTA - ..."), when it speaks to no one.
_LINE_START = lazyre.compile(r"(?:^|\n)[^\w\n]{0,8}$")
_HEADING_AFTER = lazyre.compile(r"[ \t]*(?::|[-–—][ \t])")
_SPOKEN_TO = lazyre.compile(r"(?<![\w-])(?i:you|your|you're|tu|tus|te|ti|usted|felicidades|congrats|congratulations)(?![\w-])")
# After a state only: its agencies and programmes, named by a word no list gives a person ("Georgia Crisis & Access Line",
# "Virginia REVIVE", "Florida Blue"), or a noun of a state ("Georgia lawmakers", "Virginia residents").
_STATE_NOUN_AFTER = lazyre.compile(rf"[ \t]+(?i:{alternation(_NAMES['state_nouns_after'])})(?![\w-])")
# A state's possessive, a word or two, then a noun of a state ("Washington's outdoor heat rule"); not a family's
# own ("Virginia's kids were all here for flu shots": a woman's children, as likely as a state's).
_STATE_OWN = lazyre.compile(rf"['’]s(?![ \t]+(?i:kids|children|parents|moms)(?![\w-]))(?:[ \t]+[a-z][\w-]*){{0,2}}?[ \t]+(?i:{alternation(_NAMES['state_nouns_after'])})(?![\w-])")
# A town's office before its holder's name: "Elizabeth Councilwoman <Name>", "Tyler Mayor <Name>" (the office capitalised).
_OFFICE_AFTER = lazyre.compile(rf"[ \t]+(?=[A-Z])(?i:{alternation(_NAMES['public_roles'])})[ \t]+[A-Z]")
_NEXT_CAP = lazyre.compile(r"[ \t]+([A-Z][\w'’-]*)")
_TOWN_COMMA = lazyre.compile(rf"(?<![\w'’-])({_WORD})[ \t]*,[ \t]*$")
# One-word calls, folded: a greeting, a cheer, a cry or a thanks opens what follows; it is no town, and no surname (record_names)
CALLS = frozenset(fold(w) for w in (*wordlist("privacy")["greetings"], *_NAMES["cheers"], *_NAMES["interjections"], *_NAMES["congratulations"], "thanks", "thank", "gracias") if " " not in w)
_STATE_LIST = lazyre.compile(rf"(?<![\w-])(?:{_STATES})(?![\w-]){_JOIN}$|^{_JOIN}(?:{_STATES})(?![\w-])")


def _town_around(text: str, start: int) -> tuple[int, int] | None:
    """The span of a gazetteer town holding the capitalised word at `start`: the word alone, with the next one or
    two ("Big Sandy", "Allen Park") or with the one before ("Sandy" in "Big Sandy", "Alene" in "Coeur d'Alene")."""
    words = [m for m in re.finditer(rf"{_WORD}", text[start : start + 60])]
    run = []
    at = 0
    for m in words:  # consecutive capitalised words from `start`
        if m.start() != at:
            break
        run.append((start + m.start(), start + m.end()))
        gap = re.match(r"[ \t]+", text[start + m.end() : start + m.end() + 3])
        at = m.end() + (gap.end() if gap else 0)
        if not gap or len(run) == 3:
            break
    for size in range(len(run), 0, -1):  # the longest first: "Santiago de los Caballeros", "San Juan de los Lagos"
        joined = _PARTICLE_AFTER.match(text, run[size - 1][1])
        if joined and _placename(text[run[0][0] : joined.end()]):
            return run[0][0], joined.end()
    for size in range(len(run), 0, -1):
        if _placename(text[run[0][0] : run[size - 1][1]]):
            return run[0][0], run[size - 1][1]
    before = re.search(rf"(?<![\w'’-])({_WORD})[ \t]+(?:d['’])?$", text[max(0, start - 20) : start])  # "Coeur d'Alene" too
    if before and run:
        begin = start - (len(before.group(0)))
        if _placename(re.sub(r"(?<=[ \t]d)['’]", " ", text[begin : run[0][1]])):
            return begin, run[0][1]
    # a town of several words with a particle between: "Coeur d'Alene", "Meadows of Dan", "Hidalgo del Parral"
    joined = _PARTICLE_BEFORE.search(text, max(0, start - 40), start) if run else None
    for begin in (joined.start(), joined.start(1)) if joined else ():
        if begin >= 0 and _placename(text[begin : run[0][1]]):
            return begin, run[0][1]
    return None


_PARTICLE = r"(?:(?:de[ \t]+(?:la|las|los)|de|del|du|of|la|las|los|el|o)[ \t]+|[dlo]['’])"  # "Santiago de los Caballeros" too
_PARTICLE_BEFORE = lazyre.compile(rf"(?<![\w'’-]){_WORD}(?:[ \t]+({_WORD}))?[ \t]+(?i:{_PARTICLE})$")
_PARTICLE_AFTER = lazyre.compile(rf"[ \t]+(?i:{_PARTICLE}){_WORD}")


_POSSESSIVE = lazyre.compile(r"[A-ZÁÉÍÓÚÑ][^\W\d_]+(?=['’]s[ \t])")
_NEXT_WORD = lazyre.compile(r"[ \t]+([A-ZÁÉÍÓÚÑ][^\W\d_]+)")
_STATE = lazyre.compile(rf"(?:{_STATES})$")
_LONG_STATE = lazyre.compile(rf"(?:{alternation(s for s in _STATE_NAMES if ' ' in s)})(?![\w-])")


def _surname_after(text: str, end: int) -> bool:
    """A surname right after the town's name makes it a person's given name ("in Florence Mendez's room")."""
    after = _NEXT_WORD.match(text, end)
    if after is None or _STATE.match(after.group(1)) or _AFTER.match(text, end):
        return False
    info = lexicon_names.name_info(after.group(1))
    return info is not None and info.surname and not info.also_word


def street_corner(text: str, start: int) -> bool:
    """The word at `start` names a street of a corner ("corner of Robinson and Rosalind", "esquina de Juarez y Allende"),
    an end of a stretch of road ("KY 80 between Allen and Martin", "Route 9 from Tyler to Dillon"), or a street
    joined by "&" to a numbered one ("31st & Sheridan", "Sheridan & 5th Ave", "Calle 14 y Sylvester", "at 5th and Grace") with no one spoken of around it (a child
    "from the bodega on 183rd & <Name> whose papi brings her in" is singled out by that corner: the word stays flagged)."""
    if _NUMBERED_BEFORE.search(text, max(0, start - 30), start) or _NUMBERED_AFTER.match(text, start):
        return not _SOMEONE.search(text, max(0, start - _NEAR), min(len(text), start + _NEAR))
    return bool(_CORNER.search(text, max(0, start - 60), start) or _STRETCH.search(text, max(0, start - 80), start))


def compass_compound(text: str, start: int) -> bool:
    """A neighbourhood named by its side of town ("Westside", "Northend", "Southtown"): no given name."""
    return _COMPASS.match(text, start) is not None


# A continent the name lists also give girls ("Africa", "Asia", "America") is a place beside its region's word
_CONTINENT = lazyre.compile(r"(?i:[aá]frica|asia|am[eé]ricas?|europ[ae])(?![\w'’-])")
_REGION_BEFORE = lazyre.compile(r"(?<![\w-])(?i:sub-?saharan|saharan|equatorial|tropical|(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central|latin)[ \t]+$")
_REGION_AFTER = lazyre.compile(r"[ \t]+(?i:subsahariana|central|del[ \t]+(?:sur|norte)|latina|oriental|occidental|meridional|austral|septentrional)(?![\w'’-])")


def place_here(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` is a town, a street of a corner or a neighbourhood by its context."""
    if compass_compound(text, start) or street_corner(text, start) or _LONG_STATE.match(text, start):
        return True  # ... or a state named in two words or more, none a person's: "Dakota del Sur", "North Carolina"
    if (continent := _CONTINENT.match(text, start)) and (_REGION_BEFORE.search(text, max(0, start - 24), start) or _REGION_AFTER.match(text, continent.end())):
        return True  # "sub-Saharan Africa", "África subsahariana", "América del Sur": a region ("our patient Asia" is someone)
    span = _town_around(text, start)
    if span is None:  # the town's possessive is one word to the finder: "Lowell's own <Name>"
        own = _POSSESSIVE.match(text, start)
        if own and is_state(own.group(0)) and _STATE_OWN.match(text, own.end()) and not _told_care(text):
            return True  # "Washington's outdoor heat rule", "Georgia's new law": the state's own, no care told
        # a town no list gives a person ("Newark's own <Name>") is as proud of its own as a gazetteer town
        known = own and (_placename(own.group(0)) or lexicon_names.name_info(own.group(0)) is None)
        return bool(known and hometown(text, start, own.end(), _told_care))
    begin, end = span
    if _MEMORY.search(text, max(0, begin - 20), begin):
        return False
    if hometown(text, begin, end, _told_care):  # "Thank you, Tyler! Neighbors came", "Lowell's own <Name>"
        return True
    if _PERSON_AFTER.match(text, end):
        return False
    if town_school(text, begin, end):
        return True  # "<Town> English", "former <Town> running back <Name>": a school or a team (town_schools.py)
    if _surname_after(text, end):
        return False
    if _several_words(text[begin:end]) or listed_town(text, begin, end) or origin_town(text, begin, end):
        return True  # "Coeur d'Alene"; "Kilgore, <Town>, Longview" (town_lists.py); "families from <Town>" (town_origins.py)
    if (world_place(text[begin:end]) or _town_addressed(text, begin, end)) and not _told_care(text):
        return True  # "between Accra and Santo Domingo"; "Houston, oak pollen season is here"
    if _AFTER.match(text, end) or _OFFICE_AFTER.match(text, end) or _LIST_AFTER.match(text, end) or _placed_before(text, begin, end) or _organisation_after(text, begin, end):
        return True
    listed = _LIST_BEFORE.search(text, max(0, begin - 80), begin)  # "en Ponce y Juana Diaz": the list's first place is placed
    if listed and _placed_before(text, listed.start(), end):
        return True  # "en Ponce y Juana Diaz"
    if listed and _SERVED.search(text, max(0, listed.start() - 40), listed.start()) and _LIST_TAIL.match(text, end):
        return True  # "now we also serve Los Lunas, <Town> y <Town>"; not "..., and <Name> got her first insulin pump"
    if _SERVED.search(text, max(0, begin - 40), begin) and _LIST_NEXT.match(text, end):
        return True  # "we serve <Town>, Los Lunas and <Town>": the first of the towns served
    if is_state(text[begin:end]) and _state_here(text, begin, end):
        return True
    if (is_state(text[begin:end]) or is_state_like(text[begin:end])) and state_said(text, begin, end):
        return True  # "<State> is among the top states", "the <State> donor family fund" (state_frames.py)
    if _thanked_town(text, begin, end):
        return True
    line = _LINE_START.search(text, max(0, begin - 10), begin)
    return bool(line and _HEADING_AFTER.match(text, end) and not _SPOKEN_TO.search(text, end, min(len(text), end + 60)))


# A list of towns after a verb of an area served ("now we also serve Los Lunas, <Town> y <Town>", "atendemos en <Town> y
# <Town>"): every town of the list is a place. The town alone after the verb ("an honor to serve <Name>") is no list.
_SERVED = lazyre.compile(rf"(?<![\w-])(?i:{alternation(_NAMES['serve_verbs'])})(?:[ \t]+(?i:in|en|to|a|the|towns[ \t]+of))?[ \t]*:?[ \t]+$")
_LIST_NEXT = lazyre.compile(rf"{_JOIN}{_WORD}")
# What ends a town in a list: the next town, a stop or the text's end, not a clause of its own ("and <Name> got her ...").
_LIST_TAIL = lazyre.compile(rf"{_JOIN}{_WORD}|[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?i:counties|county|areas?|and[ \t]+(?:beyond|surrounding|nearby))(?![\w-])")
# A town addressed as a text or a line opens, told of something the whole town shares: "Houston, oak pollen season is
# HERE", "Phoenix, the heat is back", "San Antonio, llego la temporada de gripe". The clause up to its end speaks to no
# one and of no one ("Houston, your MRI results are in" stays a name), and tells something of the town's list.
_ADDRESS_COMMA = lazyre.compile(r"[ \t]*,[ \t]+")
_CLAUSE = lazyre.compile(r"[\w \t,'’;:/&-]{0,160}")  # up to the clause's end: a stop, a line's end or an emoji
_PERSONAL = lazyre.compile(r"(?<![\w'’-])(?i:you|your|you're|yours|he|she|his|her|him|tu|tus|usted|ustedes|su|sus|te|ti|él|ella|we|our|I|my|mi|mis)(?![\w'’-])")
_TOWN_WIDE = lazyre.compile(rf"(?<![\w-])(?:{alternation(_NAMES['town_wide'])})(?![\w-])")


def _town_addressed(text: str, begin: int, end: int) -> bool:
    """A town opening the text or a line, a comma after it, and a clause of the town's season, weather or air."""
    comma = _ADDRESS_COMMA.match(text, end)
    if comma is None or not _LINE_START.search(text, max(0, begin - 10), begin):
        return False
    clause = _CLAUSE.match(text, comma.end()).group(0)
    if _PERSONAL.search(clause):
        return False
    folded = fold(clause).lower()
    wide = _TOWN_WIDE.search(folded)
    from .care import care_in  # care.py reads vocabulary.py, which reads this module: import on use

    return wide is not None and not care_in(folded, wide.end())  # not "Austin, flu season is here; hope the new hip ..."


# An organisation of the town or the state, named by plain capitalised words after it, none a name: "Carolina Youth
# Athletics", "Lawrence Community Works", "Tyler Food Bank Network" (a single word may be a surname: "Florence Bank").
_LOWER_BEFORE = lazyre.compile(r"(?<![\w'’-])[a-z][a-z'’]*[ \t]+$")
_ORG_WORDS = lazyre.compile(r"[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)(?:[ \t]+([A-Z][a-z]+))?")


def _organisation_after(text: str, begin: int, end: int) -> bool:
    """Two or three capitalised dictionary words, no given name among them, right after the place's name, after a word in
    lower case ("with Carolina Youth Athletics"; a file name's decoder capitalises every word: "Coach Brandt After Stroke")."""
    words = _ORG_WORDS.match(text, end)
    if words is None or not _LOWER_BEFORE.search(text, max(0, begin - 24), begin):
        return False
    from .greeted_words import plain_word  # it reads vocabulary.py, which reads this module: import on use

    return all(plain_word(word) for word in words.groups() if word)


# A town thanked or greeted as the closing cheer of a post about the town: "Thank you, Charlotte!" after its mayor cut our
# ribbon, "¡Gracias, Bayamon!" at an opening with the alcaldesa. Only at the text's end (or its line's), so a reply that
# thanks its reader by name and goes on stays a name; only when the sentence of the thanks or the one before tells of the
# town's officials or ceremonies, and never when the text tells anyone's care ("your rehab went great ... the mayor
# cheered. Thank you, <Name>!" thanks a patient).
_THANKS_BEFORE = lazyre.compile(r"(?<![\w-])(?i:thank[ \t]+you|thanks|gracias|we[ \t]+love[ \t]+you|love[ \t]+you|te[ \t]+queremos|hello|hola)[ \t]*,?[ \t]+[¡]?$")
_CLOSING = lazyre.compile(r"[ \t]*[!.]*[^\w\n]{0,12}(?:\n|$)")
_CIVIC = lazyre.compile(rf"(?<![\w-])(?i:{alternation(_NAMES['civic_words'])})(?![\w-])")


def _thanked_town(text: str, begin: int, end: int) -> bool:
    """A gazetteer town thanked at the close of a text whose last sentences tell of the town's officials or ceremonies,
    and no one's care."""
    if not _THANKS_BEFORE.search(text, max(0, begin - 16), begin) or not _CLOSING.match(text, end):
        return False
    bounds = sentence_bounds(text)
    at = bisect.bisect_right(bounds, begin) - 1
    start = bounds[max(0, at - 1)]  # the thanks' sentence and the one before it
    if _CIVIC.search(fold(text[start:end])) is None:
        return False
    return not _told_care(text)


@functools.lru_cache(maxsize=4)
def _told_care(text: str) -> bool:
    """Whether the text tells anyone's care, in the third person or said to "you": once per text, however many thanks."""
    from .care import own_care  # care.py reads vocabulary.py, which reads this module: import on use
    from .community_roles import care_in_text

    return care_in_text(text) or own_care(text, 0, len(text), second_person=True)


def _placed_before(text: str, begin: int, end: int) -> bool:
    """What stands before the place at `begin` says place: a preposition, a place noun and "de", a side of it, a
    move to it, a state's noun and "of", an organisation's capitalised name and "de"/"of", a street address."""
    window = max(0, begin - 60)
    if _BEFORE.search(text, window, begin) or _SIDE_OR_MOVE.search(text, window, begin) or _NOUN_OF.search(text, window, begin):
        return True
    if _ADDRESS.search(text, max(0, begin - 80), begin):
        return True
    owner = _NAME_OF.search(text, window, begin)
    if owner is None or _NEXT_CAP.match(text, end):
        return False
    info = lexicon_names.name_info(owner.group(1))
    return info is None or not info.first


def _state_here(text: str, begin: int, end: int) -> bool:
    """A state's agency or programme after it, a noun of a state, another state beside it ("Georgia and Alabama"), or a
    town and a comma before it ("Valdosta, Georgia"; not "Thanks, Georgia!")."""
    if _STATE_NOUN_AFTER.match(text, end) or _STATE_LIST.search(text, max(0, begin - 30), begin) or _STATE_LIST.match(text[end : end + 30]):
        return True
    town = _TOWN_COMMA.search(text, max(0, begin - 40), begin)
    if town and fold(town.group(1)) not in CALLS and not text.startswith("!", end):
        info = lexicon_names.name_info(town.group(1))
        if info is None or is_town(town.group(1)) or info.surname and not info.first:
            return True
    after = _NEXT_CAP.match(text, end)
    if after is None or len(after.group(1)) < 2:
        return False  # "Florida R. finished her chemo": a name and an initial
    word = after.group(1)
    info = lexicon_names.name_info(word)
    return (len(word) > 1 and word.isupper()) or info is None or (info.also_word and not info.first)


def person_after(text: str, start: int) -> bool:
    """What follows the capitalised word at `start` makes it someone: an age, "who", a surname (a possessive
    does not here: "Houston's heat" is the city's)."""
    word = re.match(r"[A-ZÁÉÍÓÚÑ][^\W\d_]+", text[start : start + 40])
    if word is None or text.startswith(("'", "’"), start + word.end()):
        return False
    return _PERSON_AFTER.match(text, start + word.end()) is not None or _surname_after(text, start + word.end())
