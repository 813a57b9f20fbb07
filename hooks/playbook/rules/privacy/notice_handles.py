"""A public agency's or programme's handle spelled of its field and its place: "@KernWeather", "@GobiernoJalisco", "@MBARD_Air".

Practices reshare heat, smoke, flood, outbreak and vaccine notices from city, county and state offices, weather
offices, air districts, transit and school districts. Such an office tags itself by what it does (air, weather, alerts,
health, salud, gobierno, ayuntamiento, ...) glued to the place it serves or to its letters ("@PimaAirQuality",
"@ToledoAlerts", "@ClimaCoahuila", "@AyuntamientoSalamanca", "@lapublichealth": la + public + health; a state's letters
and its office's words glued in lower case, round 51: "@<ST>deptofhealth"). A handle made only of such words
and a place or an office's letters names an office wherever it is written ("healthy" and "ready", a wellness
account's words too, only beside a government site's link: "Reposting @nycHealthy ... airnow.gov"); one that also holds another plain word
("@TulareFloodWatch") names one when the text cites it as a notice's source ("Reposting @<handle>", "per @<handle>",
"según @<handle>", "compartimos de @<handle>", "follow the @<handle> guidance", "@<handle> says ..."). A state's full name and an office's letters ("@OhioEPA") are a state office's. A person's handle
stays a name: a given name or a surname in it ("@MariaAirFit", "@coach_dre23"), one whose sentence tells of care
("congrats @<handle> on finishing chemo"), and one thanked or greeted in a text that tells someone's care. A bounded
look at the handle and before and after it: linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import sentence_bounds, sentence_of
from .care import cared_for, own_care
from .community_roles import care_in_text
from .greeted_words import plain_word
from .known import Person
from .place_handles import county_words
from .places import is_state, is_town
from .vocabulary import CITIES, is_first_name, lowered

HANDLE = "a social handle"  # how people.py reports a handle
# What a public office or programme is or does, as it writes it in its handle.
_AGENCY = frozenset(
    (
        *("health", "public", "publichealth", "gov", "govt", "dept", "county", "city", "district", "state"),
        *("air", "airquality", "quality", "weather", "alerts", "alert", "notify", "emergency", "oem", "smoke"),
        *("flood", "floods", "heat", "water", "transit", "schools", "isd", "usd", "vaccines", "immunize", "epi"),
        *("salud", "saludpublica", "publica", "gobierno", "gob", "ayuntamiento", "municipio", "alcaldia", "condado"),
        *("ciudad", "clima", "aire", "alertas", "alerta", "proteccion", "civil", "proteccioncivil", "agua", "calor"),
        *("vacunas", "emergencias", "distrito", "escuelas", "transporte"),
        *lowered("handle_agency_fields"),
    )
)
# Words a person's wellness account uses too ("@HealthyNevada"): an office's only beside a government site's link.
_WELLNESS = frozenset(("healthy", "ready"))
_PLACES = lowered("us_states", "state_short_forms")  # "nyc", "la", "tx": a place's short form in one case
_PIECE = lazyre.compile(r"[A-Z]{2,}(?=[A-Z][a-z]|[^A-Za-z]|$)|[A-Z]?[a-z]+|[A-Z]+|\d+")
_JOINERS = frozenset(("of", "de", "del"))
_LONGEST = 16  # letters of the longest word stripped off a handle written in one case
# A word that gives the handle as a notice's source, right before it: "Reposting @", "per @", "según @", "follow the @".
_BEFORE = lazyre.compile(
    r"(?<![\w-])(?i:reposting|reposted|repost|resharing|reshared|reshare|sharing|shared|rt|per|via|vía|from|by|segun|según|de|del"
    r"|desde|compartimos|comparte|follow|siga[ \t]+a|sigue[ \t]+a|sigan[ \t]+a|courtesy[ \t]+of|cortesia[ \t]+de)"
    r"[ \t]*(?i:the[ \t]+|la[ \t]+|las[ \t]+)?:?[ \t]*$"
)
# What a source does right after it: "@<handle> says", "@<handle> guidance", "@<handle>: ...".
_AFTER = lazyre.compile(
    r"[ \t]*(?::|(?i:says|said|warns|reports|advises|urges|recommends|guidance|advisory|alert|notice|dice|informa"
    r"|reporta|recomienda|advierte|pide|alerta|aviso|indica))(?![\w-])"
)
_GREETED = lazyre.compile(r"(?i:thank[ \t]+you|thanks|gracias|congrats|congratulations|felicidades|welcome|bienvenid[oa]s?|shout[ -]?out[ \t]+to)[ \t,!]*$")


def _one_case(piece: str) -> list[str] | None:
    """A piece in one case split into agency words and one place's short form or word ("lapublichealth": la + public
    + health), stripping the longest agency word off either end; None when it does not split so. "of"/"de" left between
    them is dropped ("deptofhealth": dept + health)."""
    low, words = piece.lower(), []
    for _ in range(6):
        if low in _AGENCY or low in _PLACES:
            return [*words, low]
        if words and low in _JOINERS:
            return words
        cut = next((n for n in range(min(_LONGEST, len(low) - 2), 2, -1) if low[-n:] in _AGENCY), 0)
        if cut:
            words.append(low[-cut:])
            low = low[:-cut]
            continue
        cut = next((n for n in range(min(_LONGEST, len(low) - 2), 2, -1) if low[:n] in _AGENCY), 0)
        if not cut:
            return [*words, low] if words else None
        words.append(low[:cut])
        low = low[cut:]
    return None


def _glued(piece: str) -> list[str] | None:
    """A piece of several words glued in lower case, split as _one_case splits a whole handle, when it opens or closes with
    an office's word ("deptofhealth"); a word of its own is left whole ("health", "jalisco")."""
    if not piece.islower() or piece in _AGENCY or len(piece) < 7:
        return None
    words = _one_case(piece)
    return words if words and len(words) > 1 else None


def _kinds(handle: str, linked: bool = False) -> tuple[int, int, int] | None:
    """(agency words, places or letters, words that need a citing) the handle is made of; None if a piece is a given name.\n    A surname counts as a place ("Monterrey") and as a word that needs the handle cited ("per @GarciaWeather")."""
    pieces = _PIECE.findall(handle)
    if "".join(pieces) != re.sub(r"[_.]", "", handle):
        return None
    if len(pieces) == 1 and (handle.islower() or handle.isupper()):
        pieces = _one_case(handle) or pieces
    else:  # "@OHdeptofhealth": a state's letters, then its office's words glued in lower case (round 51)
        pieces = [word for piece in pieces for word in (_glued(piece) or [piece])]
    agency = place = other = surname = 0
    for piece in pieces:
        low, word = piece.lower(), piece.capitalize()
        if piece.isdigit() or is_first_name(word) and low not in _PLACES and low not in CITIES:
            return None  # "@coach_dre23": a person's number; "@MariaAirFit", "@TylerWeather": a given name
        if low in _AGENCY or linked and low in _WELLNESS:
            agency += 1  # "@nycHealthy" beside a .gov link; "Recordatorio de @HealthyNevada" alone stays a person's
        elif low in _PLACES or low in CITIES or county_words([word]) or is_town(word) or is_state(word):
            place += 1
        elif piece.isupper() and 2 <= len(piece) <= 6 and not lexicon_names.is_name(word):
            place += 1  # an office's letters: "MBARD", "CDPH"
        elif lexicon_names.is_name(word):
            surname += 1  # "Monterrey", "Garcia": a place or a surname, read as a place only cited
        elif plain_word(piece) and len(piece) >= 3:
            other += 1
        elif len(piece) >= 3 and not piece.isupper():
            place += 1  # "Jalisco": a word no list of names holds, read as the place served
        else:
            return None
    return agency, place + surname, other + surname


def _state_office(handle: str) -> bool:
    """A state's full name and an office's three to six letters ("@OhioEPA", "@<State>DOH", "@<State>PFH"): a state's
    department or programme; two letters may be a person's initials ("@TexasMJ")."""
    pieces = _PIECE.findall(handle)
    if len(pieces) < 2 or "".join(pieces) != handle or not pieces[-1].isupper() or not 3 <= len(pieces[-1]) <= 6:
        return False
    return is_state(" ".join(pieces[:-1])) and not lexicon_names.is_name(pieces[-1].capitalize())


def _cited(text: str, start: int, end: int) -> bool:
    """Whether the handle at text[start:end] is given as a notice's source, by the word before it or after it."""
    return bool(_BEFORE.search(text, max(0, start - 28), start) or _AFTER.match(text, end))


def notice_handle(text: str, person: Person, sites: frozenset[str] = frozenset()) -> bool:
    """Whether `person`, a handle found in `text`, is a public office's or programme's, spelled of its field and place.
    `sites`: the government sites the text links (cited_handles.linked_sites); "healthy" and "ready" count only beside one."""
    if person.how != HANDLE or not text.startswith("@", person.start):
        return False
    handle = person.words[0].lstrip("@")
    if not _state_office(handle):  # "@OhioEPA" names an office wherever it stands; other handles by their pieces
        kinds = _kinds(handle, bool(sites))
        if kinds is None or not kinds[0] or not kinds[1]:
            return False  # "Consejos de @AirNow": plain words and no place nor letters (cited_handles.py wants its site linked)
        if kinds[2] and not _cited(text, person.start, person.end):
            return False  # "@TulareFloodWatch" counts only cited as a source
    lo, hi = sentence_of(sentence_bounds(text), person.start)
    if cared_for(text, lo, hi) or own_care(text, lo, hi):
        return False  # "congrats @<handle> on finishing chemo"
    return not (_GREETED.search(text, max(0, person.start - 30), person.start) and care_in_text(text))
