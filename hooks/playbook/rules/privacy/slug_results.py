"""A name in a slug beside what a body showed or a family came for: a result, a condition, a consent (PHI003).

A post's file name or slug keeps what staff called the photo: "...-before-after-<given>-<surname>-95lbs",
"<given>-<surname>-diabetic-foot-healing", "<surname>_family_checkup_2027-04-09_release-unsigned.jpg". Three shapes
the other slug readings miss:

- a short name (one or two syllables: Hmong, Samoan, Vietnamese names are often "Pa", "Mai", "Vue", "Ly") in a
  slug that shows a body's result, a before-and-after or a weight: a given name the lists know, even one an
  abbreviation shares ("Pa", a physician assistant's letters), before a surname the lists know that is no word;
- a full name nobody lists (both words unknown to every list) straight before a condition the slug words as an
  adjective ("diabetic", "renal", "wound"): not before a topic's word ("diabetic-friendly", "-tips", "-month");
- a surname before a family's or a child's word ("family", "siblings", "boy", "twins"; after "familia", "hermanos",
  "pareja") with a visit, a check-up or a consent in the file's name, or with care unless the words name a business
  ("<surname>-family-medicine", "<surname>-family-foundation");
- two surnames side by side, as a Spanish-speaking person's full surname is written ("<surname>-<surname>_sesion3"),
  with care in the file's name: two words the lists hold only as surnames, no given name, no term of the clinical
  lexicon ("guillain-barre").
A team member's name passes, and so do topics and events with no name ("before-after-gallery-2027",
"family-dental-day-2027-05-03", "diabetic-foot-care-tips"). One pass over the slug's words: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...lexicon import names as lexicon_names
from ...lexicon.fold import fold
from .care import care_in
from .epithets import EPITHETS
from .known import Known, Person
from .slug_stories import shown_frame
from .unlisted import unlisted_name
from .vocabulary import NOT_A_NAME, PARTICLES, is_first_name

_WORD = lazyre.compile(r"[A-Za-z][A-Za-z'’]*")
# A weight a slug tells: "120lbs", "45-kg", "down-60", "menos-30-kilos"
_WEIGHT = lazyre.compile(r"(?<![\w.])\d{2,3}[ \t]?(?i:lbs?|pounds|libras|kg|kgs|kilos)(?![\w-])|(?<![\w-])(?i:down|lost|menos|bajo|perdio)[ \t]+\d{2,3}(?![\w.])")
# A condition a slug words as an adjective, or a wound's healing, which the clinical lexicon keeps only as nouns
_CONDITION = frozenset(
    "diabetic diabetico diabetica renal kidney cardiac cardiaco cardiaca wound wounds herida heridas healing cicatrizacion "
    "ulcera stroke burn burns quemadura quemaduras amputee amputado amputada".split()
)
# Words after a condition that make the slug a topic, not someone's ("diabetic-friendly-recipes", "wound-care-tips")
_TOPIC = frozenset(
    "friendly tips tip recipes recipe month week day awareness education class classes guide faq myths facts basics "
    "101 101s prevention screening screenings program programa consejos recetas mes semana dia guia clase clases mitos".split()
)
# A family's or a child's word after a surname ("<surname>-family", "<surname>-boy") or, in Spanish order, before it
# ("familia-<surname>", "hermanos-<surname>"): the kin the privacy lists hold (privacy-epithets.yml), and a family's
# own words besides
_KIN = frozenset(word for word in EPITHETS["kin"] if " " not in word)
_FAMILY_AFTER = _KIN | frozenset("family familys families ohana household siblings sibs children triplets babies brothers sisters".split())
_FAMILY_BEFORE = _KIN | frozenset("familia ohana hermanos hermanas hermanitos cuates ninas pareja esposos".split())
# A business a family's name is the name of ("<surname>-family-dental", "<surname>-family-foundation-gala")
_BUSINESS = frozenset(
    "practice medicine medical dental dentistry clinic clinica health pharmacy farmacia foundation fund scholarship center centre "
    "farm farms ranch restaurant bakery dealership insurance law funeral homes band trust".split()
)
# A visit, a check-up or a consent a family's file tells ("checkup", "consent-pending", "release-unsigned", "cita")
_FAMILY_TOLD = frozenset(
    "visit visits appt appointment appointments checkup checkups exam exams physicals consent consents release waiver "
    "permission authorization cita citas consulta chequeo chequeos revision consentimiento permiso autorizacion".split()
)
_SHORT = 5  # letters a short name holds at most ("Pa", "Vue", "Sina", "Thanh")


def _surname(word: str) -> bool:
    info = lexicon_names.name_info(word)
    return info is not None and info.surname and not info.also_word and not info.place


def result_slugs(text: str, known: Known) -> Iterator[Person]:
    """Names in a slug tied to a body's result, a condition or a family's visit (the module's three shapes)."""
    found = list(_WORD.finditer(text))
    if len(found) < 2:
        return
    words = [fold(m.group(0)).lower() for m in found]
    shown = None
    for i in range(len(found) - 1):
        given, surname = found[i].group(0), found[i + 1].group(0)
        if text[found[i].end() : found[i + 1].start()].strip(" \t") or known.is_team((given, surname)) or known.is_team((surname,), given):
            continue
        if len(given) <= _SHORT and len(surname) <= _SHORT and _surname(surname) and words[i + 1] not in NOT_A_NAME:
            info = lexicon_names.name_info(given)  # a given name the lists know, or one no list holds ("Kou", "Tou")
            if (info is not None and info.first or unlisted_name(given)) and words[i] not in known.org:
                if shown is None:
                    shown = bool(shown_frame(text) == "before-after" or _WEIGHT.search(text))
                if shown:
                    yield Person(found[i].start(), found[i + 1].end(), (given, surname), "a short name in a slug showing a body's result", public=False)
                    continue
        if i + 2 < len(found) and unlisted_name(given) and unlisted_name(surname) and words[i + 2] in _CONDITION:
            nxt = words[i + 3] if i + 3 < len(words) else ""
            if nxt not in _TOPIC and not care_in(f"{given} {surname}"):
                yield Person(found[i].start(), found[i + 1].end(), (given, surname), "a full name nobody lists before a condition in a slug", public=False)
    yield from _families(text, known, found, words)
    yield from _double_surnames(text, known, found, words)


def _plain(word: str) -> bool:
    """A word between a surname and its family's word that is no name and no place's ("<surname>-cabin-kids")."""
    return word not in NOT_A_NAME and lexicon_names.name_info(word) is None and not unlisted_name(word)


def _families(text: str, known: Known, found: list, words: list[str]) -> Iterator[Person]:
    """A surname before a family's or a child's word, or one plain word before it ("<surname>-cabin-kids"), or after
    "familia", "hermanos", in a file's name that also tells a visit, a consent or care."""
    told = cared = None
    for i, match in enumerate(found):
        word = match.group(0)
        low = words[i]
        after = i + 1 < len(words) and words[i + 1] in _FAMILY_AFTER or i + 2 < len(words) and words[i + 2] in _FAMILY_AFTER and _plain(words[i + 1])
        before = i > 0 and words[i - 1] in _FAMILY_BEFORE
        if not (after or before) or low in NOT_A_NAME or low in known.org or low in _FAMILY_AFTER or low in _FAMILY_BEFORE:
            continue
        if not (_surname(word) or unlisted_name(word)) or is_first_name(word) or known.is_team((word,)):
            continue
        if told is None:
            told = any(w in _FAMILY_TOLD for w in words)
        business = after and i + 2 < len(words) and words[i + 2] in _BUSINESS  # care beside a business's name is its trade
        if not told and not business and cared is None:
            cared = bool(care_in(text))
        if told or cared and not business:
            yield Person(match.start(), match.end(), (word,), "a family's surname in a file's name with their visit or care", public=False)


def _double_surnames(text: str, known: Known, found: list, words: list[str]) -> Iterator[Person]:
    """Two surnames side by side in a file's name that also tells care: one person's two surnames, or a couple's. The
    care is read once, outside every such pair."""
    pairs = []
    for i in range(len(found) - 1):
        first, second = found[i], found[i + 1]
        if text[first.end() : second.start()].strip(" \t-_") or words[i] in known.org or words[i + 1] in known.org:
            continue
        if not (_surname(first.group(0)) and _surname(second.group(0))) or is_first_name(first.group(0)) or is_first_name(second.group(0)):
            continue
        names = (first.group(0), second.group(0))
        if {words[i], words[i + 1]} & (PARTICLES | _FAMILY_BEFORE | _FAMILY_AFTER) or words[i] in NOT_A_NAME or words[i + 1] in NOT_A_NAME:
            continue
        if known.is_team(names) or known.is_team(names[1:]) or known.is_team(names[:1]) or lexicon_clinical.find(f"{words[i]} {words[i + 1]}"):
            continue  # a team member's, or an eponym's pair ("Guillain Barre")
        pairs.append((first.start(), second.end(), names))
    if not pairs:
        return
    outside, at = [], 0
    for start, end, _ in pairs:
        outside.append(text[at:start] if start >= at else "")
        at = max(at, end)
    outside.append(text[at:])
    if care_in(" ".join(outside)):
        for start, end, names in pairs:
            yield Person(start, end, names, "two surnames in a file's name with their care", public=False)
