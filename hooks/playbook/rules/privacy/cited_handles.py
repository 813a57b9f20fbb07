"""A handle cited as the source of a public notice that links a government site: "@AirNow", "@ReadyGov".

An agency tags itself by its letters (agency_handles.py) or, as often, by plain words run together: the air
quality site's "@AirNow", "@ReadyGov", "@FoodSafetyGov". Such a handle names the site when the text links a
government site (.gov, .mil, .gob) and either the handle spells that site's name ("@AirNow" beside airnow.gov)
or it is made only of dictionary words, none a given name, and the text cites it as a source ("Mas informacion
de @AirNow", "tips from @HeatSafety and @NWSAlbuquerque"; a state's short form among the words, "de @HealthyFla", too), also in one case, words and the linked site's labels run
together ("@lapublichealth" beside lacounty.gov, "@saludpublicapr" beside salud.pr.gov). A handle of plain words and the linked
site's own place ("@HealthyOklahoma" beside oklahoma.gov, "@nycHealthy" beside nyc.gov) names that site's office as well
as its whole name does, and so do a state's name and its office's letters cited ("vía @GeorgiaEPD"), a handle in brackets after an
agency's name ("Departamento de Salud de Minnesota (@mnhealth)"), or its initials and its state there ("Central District Health (@CDHIdaho)"), and a state's older host ("health.state.mn.us"); a handle that is a segment of the linked page's path (
"@SAMHD" beside sa.gov/Directory/Departments/SAMHD) is that office's own, and so is a state's code joined by "_" to an office's
capitals ("@WA_LI" beside lni.wa.gov, "@TX_DSHS" beside dshs.texas.gov), letters that spell a name only when the site spells them. A person's handle stays a name: a given name in it
("@MariaRuns", "@JuanitaR"), a handle no government link stands beside, one greeted or thanked rather than cited
("Congrats @CoffeeLover!"), and one whose sentence tells of care ("tips from @CoffeeLover, who beat her cancer
with us"); a handle of plain words, not the site's own name, stays a person's when the text anywhere tells of care
("... Stay warm. We treated her for pneumonia last winter"). One pass over the text for its links, a bounded look before each handle: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ... import lazyre
from ...text import sentence_bounds, sentence_of
from .agency_handles import holds_name
from .care import cared_for, own_care
from .community_roles import care_in_text
from .greeted_words import plain_word
from .known import Person
from .places import is_town
from .vocabulary import is_first_name, lowered

# A government host: "www.airnow.gov", "health.ny.gov", "salud.gob.mx"; its labels are the site's names.
_GOV_HOST = lazyre.compile(r"(?<![\w@.-])(?:https?://)?((?:[A-Za-z0-9-]+\.){1,4}?)(?i:gov|mil|gob)(?:\.[A-Za-z]{2})?(?![\w-])")
# A state government's older host: "health.state.mn.us"; its labels and the state's code are the site's names.
_STATE_HOST = lazyre.compile(r"(?<![\w@.-])(?:https?://)?((?:[A-Za-z0-9-]+\.){1,4}?)(?i:state)\.([A-Za-z]{2})\.(?i:us)(?![\w-])")
# The path of a government link: its segments name the office whose page it is ("/Departments/SAMHD").
_GOV_PATH = lazyre.compile(r"(?<![\w@.-])(?:https?://)?(?:[A-Za-z0-9-]+\.){1,4}?(?i:gov|mil|gob)(?:\.[A-Za-z]{2})?/([\w/.-]{1,120})")
_NOT_LABELS = frozenset(("www", "http", "https", "gov", "mil", "gob", "state"))
# An agency's name, then its handle in brackets: "El Departamento de Salud de Minnesota (@mnhealth)".
_BRACKET = lazyre.compile(r"[A-Za-z][ \t]*\($")
_AGENCY_WORDS = frozenset((*lowered("handle_org_words"), *lowered("state_nouns_before"), *lowered("handle_agency_fields")))
_LETTERS = lazyre.compile(r"[A-Z]{3,5}")
# Cited: after a word that gives a source ("from", "via", "de", "segun", "follow"), or next in a list of handles.
_CITED = lazyre.compile(
    r"(?:(?<![\w-])(?i:from|by|via|per|de|del|desde|segun|según|follow|siga[ \t]+a|sigue[ \t]+a|sigan[ \t]+a|con|with)"
    r"|@[\w.]+[ \t]*(?:,|&|(?<![\w-])(?i:and|y|e)))[ \t]*$"
)
_WORD = lazyre.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_CAPS_THEN_LOWER = lazyre.compile(r"([A-Z]{2,})([a-z]{2,})")
_REACH = 24  # characters read before the handle for the word that cites it
_STATES = lowered("us_states", "state_short_forms")  # "Fla", "Tex", "NC": a state's office in a handle of plain words
HANDLE = "a social handle"  # how people.py reports a handle


def linked_sites(texts: Iterable[str]) -> frozenset[str]:
    """The names of the government sites the texts link ("airnow" of airnow.gov, "health" and "ny" of health.ny.gov)."""
    labels = set()
    for text in texts:
        for match in (*_GOV_HOST.finditer(text), *_STATE_HOST.finditer(text)):
            labels |= {label.lower() for label in ".".join(match.groups()).split(".") if label and label.lower() not in _NOT_LABELS}
        for match in _GOV_PATH.finditer(text):  # "sa.gov/Directory/Departments/SAMHD": the office's page, marked "/samhd"
            labels |= {"/" + part.lower() for part in re.split(r"[/_.-]+", match.group(1)) if len(part) >= 3}
    return frozenset(labels)


def _plain_words(handle: str) -> bool:
    """Whether the handle is two words or more run together, every one a dictionary word and no given name ("AirNow"),
    or a state's short form beside one at least ("@HealthyFla", "@ReadyTex", "@HeatSafetyNC")."""
    words = _WORD.findall(handle)
    if len(words) < 2 or "".join(words) != re.sub(r"[_.]", "", handle):
        return False
    if len(words) == 2 and len(words[0]) > 3 and words[0].lower() in _STATES and _LETTERS.fullmatch(words[1]):
        return not holds_name(words[1])  # "@GeorgiaEPD": a state's name and its office's letters, which spell no name
    plain = [len(word) >= 3 and not word.isupper() and plain_word(word) for word in words]
    return any(plain) and all(ok or word.lower() in _STATES for ok, word in zip(plain, words, strict=True))


def _site_words(handle: str, sites: frozenset[str]) -> bool:
    """Whether the handle is words run together, each a plain word or a linked site's label, one at least a label, and
    a label that is a given name only as a town's ("@HealthyOklahoma" beside oklahoma.gov; "@DallasReady" beside dallas.gov)."""
    words = _WORD.findall(handle)
    if len(words) < 2 or "".join(words) != re.sub(r"[_.]", "", handle):
        return False
    caps = _CAPS_THEN_LOWER.fullmatch(handle)  # "@NCDHidaho" beside ncdh.idaho.gov: the capitals whole, then a label in small letters
    if caps and caps.group(1).lower() in sites and caps.group(2) in sites:
        return True
    labels = [word.lower() in sites and (not is_first_name(word.capitalize()) or is_town(word.capitalize())) for word in words]
    return any(labels) and all(label or len(word) >= 3 and not word.isupper() and plain_word(word) for label, word in zip(labels, words, strict=True))


def _run_together(handle: str, sites: frozenset[str]) -> bool:
    """Whether a handle in one case is two or more pieces run together, each a dictionary word that is no given name or a
    linked site's label, the first maybe only the opening of one ("@lapublichealth" beside lacounty.gov: "la" + public +
    health; "@saludpublicapr" beside salud.pr.gov: salud + publica + pr)."""
    low = handle.lower()
    if not low.isalpha() or not (handle.islower() or handle.isupper()) or len(low) > 40:
        return False
    count = [0] + [-1] * len(low)  # count[i]: the most pieces low[:i] splits into; -1: none
    for i in range(2, len(low) + 1):
        for size in range(2, min(i, 12) + 1):  # a piece of 2 to 12 letters ending at i
            piece, at = low[i - size : i], i - size
            if count[at] < 0 or count[at] + 1 <= count[i]:
                continue
            opens_site = at == 0 and size <= 4 and any(site.startswith(piece) for site in sites)
            if piece in sites or opens_site or size >= 3 and plain_word(piece):
                count[i] = count[at] + 1
    return count[len(low)] >= 2


def _initials_of(letters: str, label: str) -> bool:
    """Whether `letters` are initials read off `label` in order, the first letter first ("li" of "lni": Labor & Industries)."""
    if not label or label[0] != letters[0]:
        return False
    rest = iter(label)
    return all(letter in rest for letter in letters)


def _state_office(handle: str, sites: frozenset[str]) -> tuple[bool, bool]:
    """(named, plain) for a handle of a state's code and an office's capitals joined by "_" ("@WA_LI", "@TX_DSHS",
    "@DOH_NM"): named when the linked site holds the office's letters, or the state and letters read off one of its
    labels; plain (cited needed) when the letters spell no name."""
    parts = handle.split("_")
    if len(parts) != 2 or not all(part.isalpha() and part.isupper() for part in parts):
        return False, False
    state, letters = (parts[0], parts[1]) if parts[0].lower() in _STATES else (parts[1], parts[0])
    if state.lower() not in _STATES or not 2 <= len(letters) <= 6 or letters.lower() in _STATES:
        return False, False
    low = letters.lower()
    spelled = low in sites or state.lower() in sites and any(_initials_of(low, site) for site in sites if not site.startswith("/"))
    return spelled, not holds_name(letters)


def _bracketed(text: str, start: int) -> bool:
    """The handle in brackets after an agency's name: "El Departamento de Salud de Minnesota (@mnhealth)"."""
    if not _BRACKET.search(text, max(0, start - 4), start):
        return False
    return any(word in _AGENCY_WORDS for word in re.findall(r"[a-z]+", text[max(0, start - 60) : start].lower()))


_LETTERED = lazyre.compile(r"([A-Z]{2,6}?)((?:[A-Z][a-z]+)?)")


def _initials_before(text: str, start: int, handle: str) -> bool:
    """The agency's initials, maybe then its state, in brackets after its name: "Central District Health (@CDHIdaho)" (round 141)."""
    letters = _LETTERED.fullmatch(handle)
    if letters is None or letters.group(2) and letters.group(2).lower() not in _STATES or not _bracketed(text, start):
        return False
    initials = "".join(word[0] for word in re.findall(r"[A-Z][a-z]+", text[max(0, start - 80) : start]))
    return initials.endswith(letters.group(1))


def cited_handle(text: str, person: Person, sites: frozenset[str]) -> bool:
    """Whether `person`, a handle found in `text`, is a government site's cited in a notice linking it (`sites`: linked_sites)."""
    if person.how != HANDLE or not sites:
        return False
    handle = person.words[0].lstrip("@")
    squashed = re.sub(r"[^a-z0-9]", "", handle.lower())
    named = squashed in sites or "/" + squashed in sites or any(squashed == site + "gov" for site in sites) or _site_words(handle, sites)  # "@AirNow": airnow.gov
    office, lettered = _state_office(handle, sites)  # "@WA_LI" beside lni.wa.gov: a state's office by its letters
    named = named or office
    plain = _plain_words(handle) or _run_together(handle, sites) or lettered
    named = named or plain and _bracketed(text, person.start) or _initials_before(text, person.start, handle)  # "Departamento de Salud de Minnesota (@mnhealth)": its name before it
    if not named and not (plain and _CITED.search(text, max(0, person.start - _REACH), person.start)):
        return False
    if not named and care_in_text(text):
        return False  # "Flu tips from @CoffeeLover: cdc.gov/flu. ... We treated her for pneumonia": a person's story, told later
    lo, hi = sentence_of(sentence_bounds(text), person.start)
    return not cared_for(text, lo, hi) and not own_care(text, lo, hi)
