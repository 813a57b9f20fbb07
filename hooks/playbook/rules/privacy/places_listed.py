"""A given name in a list of places an alert or a service covers: a county or a town ("para Hidalgo y Cameron"), not a person.

Weather, air and health notices list the counties or towns they cover, and many counties carry a person's name
("Cameron", "Starr", "Kendall"). When the word stands in a list ("A, B y C") whose other items hold a city of the
gazetteer no name list calls a given name, no care is told of them, and the list is said as an area (the word
"counties"/"condados" right after it, or an alert's word just before it: "Heat advisory for ...", "ALERTA ... para
..."), it names a place. Two people named side by side stay people ("Gracias a Hidalgo y Cameron por su ayuda": no
alert, no counties), and so does a name with a town but no area said. Each reading looks a bounded window: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...lexicon.fold import fold
from .civic_places import is_city
from .languages_listed import list_around

_ALERTS = (
    *("advisory", "advisories", "warning", "warnings", "alert", "alerts"),
    *("advertencia", "advertencias", "aviso", "avisos", "alerta", "alertas"),
)
_ALERT_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{'|'.join(_ALERTS)})(?![\w-])")
_AREA_AFTER = lazyre.compile(r"[ \t]+(?i:counties|county|condados|parishes|municipios|areas?|zonas?)(?![\w-])")
_AREA_BEFORE = lazyre.compile(r"(?<![\w-])(?i:counties[ \t]+of|condados[ \t]+de|municipios[ \t]+de|counties|condados)[ \t]*:?[ \t]+$")
_ALERT_WINDOW = 120


def _given(word: str) -> bool:
    info = lexicon_names.name_info(word)
    return info is not None and info.first


def place_listed(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` is an item of a list of counties or towns a notice covers."""
    found = list_around(text, start)
    if found is None:
        return False
    _word, others, first, last = found
    others = [item for item in others if item[:1].isupper()]
    if not any(is_city(item) and not _given(item) for item in others):
        return False  # "Thanks to Cameron and Ruth": no town among the items
    area = _AREA_AFTER.match(text, last) or _AREA_BEFORE.search(fold(text[max(0, first - 30) : first]))
    if not area and _ALERT_BEFORE.search(fold(text[max(0, first - _ALERT_WINDOW) : first])) is None:
        return False  # "Gracias a Hidalgo y Cameron": no area said, no notice
    from .care import care_in  # care.py reads vocabulary.py, which asks readings.py and so this module: import on use

    return not care_in(text, first, min(len(text), last + 80))  # "Alert: Cameron and Hidalgo had their surgery" stays names
