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
a given name. What says person wins: a title before, an age, a surname or "who"/"he"/"she" after,
"in memory of" ("Dillon, 7, broke his arm" and "in Dillon's case" stay names).
"""

from __future__ import annotations

import functools
import re

from ... import lazyre
from ...lexicon import data_files
from ...lexicon import names as lexicon_names
from ...lexicon.fold import fold

_WORD = r"[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:['’-][^\W\d_]+)?"  # "Dillon", "Mayagüez", "O'Neill"
_COMPASS = lazyre.compile(r"(?:North|South|East|West)(?:side|end|town|sider|siders|enders)(?![\w'’-])")


@functools.lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    lines = (data_files.DATA / "places.txt").read_text(encoding="utf-8").split("\n")  # one folded name a line, `#` header
    return frozenset(line for line in lines if line and line[0] != "#")


def is_town(name: str) -> bool:
    """A US, Puerto Rican or Mexican border-state town whose name holds a person's name ("Dillon", "Big Sandy")."""
    return " ".join(fold(w) for w in name.split()) in _towns()


_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|"
    "Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New[ \t]+Hampshire|New[ \t]+Jersey|"
    "New[ \t]+Mexico|New[ \t]+York|North[ \t]+Carolina|North[ \t]+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode[ \t]+Island|South[ \t]+Carolina|"
    "South[ \t]+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West[ \t]+Virginia|Wisconsin|Wyoming|Puerto[ \t]+Rico|"
    "Sonora|Chihuahua|Coahuila|Nuevo[ \t]+Leon|Tamaulipas|Baja[ \t]+California"
)
_STATE_CODES = "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
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
    rf"(?:(?<![\w-])(?i:in|near|en|desde|cerca[ \t]+de|around|outside|throughout|across|por[ \t]+todo)"
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
    r"pharmacies|pharmacy|stores|schools|hospitals|restaurants|businesses|news|newspaper|tv|television|radio|station|weather"
)
_AFTER = lazyre.compile(rf"[ \t]+(?i:{_FACILITIES})(?![\w-])|[ \t]*,[ \t]*(?:(?:{_STATES})(?![\w-])|(?:{_STATE_CODES})(?![\w-]))")
# A street corner or a crossing names streets, whatever they are called: "the corner of Robinson and Rosalind",
# "esquina de Hidalgo y Morelos", "at Maple & 5th".
_CORNER = lazyre.compile(
    rf"(?<![\w-])(?i:corner[ \t]+of|intersection[ \t]+of|crossing[ \t]+of|esquina[ \t]+(?:de|con)|cruce[ \t]+de|entre[ \t]+(?:las[ \t]+calles[ \t]+)?)[ \t]+"
    rf"(?:{_WORD}(?:[ \t]+(?:{_WORD}|(?i:st|ave|rd|blvd|street|avenue|road)\.?))?[ \t]+(?i:and|&|y|e|con|at)[ \t]+)?$"
)
# What says person wins: a title before ("Mr.", "Coach", "Dra."), "in memory of", and after it an age
# ("Dillon, 7"), a possessive ("in Dillon's case"), a relative clause or a pronoun ("Orlando, who ...",
# "in Emily he ..."), a surname (checked by the caller's name run).
_MEMORY = lazyre.compile(r"(?i:in[ \t]+memory[ \t]+of|in[ \t]+honou?r[ \t]+of|en[ \t]+memoria[ \t]+de|en[ \t]+honor[ \t]+a)[ \t]+$")
_PERSON_AFTER = lazyre.compile(
    r"(?:[ \t]*,?[ \t]*\(?\d{1,3}(?![\d:.,/-]*\d)(?![\w:])|['’]s?(?![\w])|[ \t]*,?[ \t]+(?i:who|whose|quien|que[ \t]+(?:ya|tiene|cumple|naci[oó])|he|she|his|her|him|el[ \t]+ya|ella)(?![\w-]))"
)


def _town_around(text: str, start: int) -> tuple[int, int] | None:
    """The span of a gazetteer town holding the capitalised word at `start`: the word alone, with the next one or
    two ("Big Sandy", "Allen Park") or with the one before ("Sandy" in "Big Sandy")."""
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
    for size in range(len(run), 0, -1):
        if is_town(text[run[0][0] : run[size - 1][1]]):
            return run[0][0], run[size - 1][1]
    before = re.search(rf"(?<![\w'’-])({_WORD})[ \t]+$", text[max(0, start - 20) : start])
    if before and run:
        begin = start - (len(before.group(0)))
        if is_town(text[begin : run[0][1]]):
            return begin, run[0][1]
    return None


_NEXT_WORD = lazyre.compile(r"[ \t]+([A-ZÁÉÍÓÚÑ][^\W\d_]+)")
_STATE = lazyre.compile(rf"(?:{_STATES})$")


def _surname_after(text: str, end: int) -> bool:
    """A surname right after the town's name makes it a person's given name ("in Florence Mendez's room")."""
    after = _NEXT_WORD.match(text, end)
    if after is None or _STATE.match(after.group(1)) or _AFTER.match(text, end):
        return False
    info = lexicon_names.name_info(after.group(1))
    return info is not None and info.surname and not info.also_word


def street_corner(text: str, start: int) -> bool:
    """The word at `start` names a street of a corner ("corner of Robinson and Rosalind", "esquina de Juarez y Allende")."""
    return bool(_CORNER.search(text, max(0, start - 60), start))


def compass_compound(text: str, start: int) -> bool:
    """A neighbourhood named by its side of town ("Westside", "Northend", "Southtown"): no given name."""
    return _COMPASS.match(text, start) is not None


def place_here(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` is a town, a street of a corner or a neighbourhood by its context."""
    if compass_compound(text, start) or street_corner(text, start):
        return True
    span = _town_around(text, start)
    if span is None:
        return False
    begin, end = span
    if _MEMORY.search(text, max(0, begin - 20), begin) or _PERSON_AFTER.match(text, end) or _surname_after(text, end):
        return False
    return bool(_BEFORE.search(text, max(0, begin - 60), begin) or _AFTER.match(text, end))


def person_after(text: str, start: int) -> bool:
    """What follows the capitalised word at `start` makes it someone: an age, "who", a surname (a possessive
    does not here: "Houston's heat" is the city's)."""
    word = re.match(r"[A-ZÁÉÍÓÚÑ][^\W\d_]+", text[start : start + 40])
    if word is None or text.startswith(("'", "’"), start + word.end()):
        return False
    return _PERSON_AFTER.match(text, start + word.end()) is not None or _surname_after(text, start + word.end())
