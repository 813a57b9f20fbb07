"""Who a text is about: the people it names, greets, counts in a family or gives an age.

PHI003 (names), PHI011 (descriptions) and PHI012 (alt text of a photo) share these
finders. Staff rarely write a patient's full name; they write "little Mateo", "Sophie (7)",
"the Okafor family", "dona Teresa", "Love you Frank!!" or "- Dmitri, ACL reconstruction".
A capitalised word counts as a name when a list knows it as a first name, or when its
place in the sentence says so (after a title, a kin word or "patient"; before "family";
next to an age; in a cheer or a testimonial's signature), so a name no list holds is
still caught. What stands around it can also excuse it: a team member (plans/team.yml),
a place or an organisation ("Lincoln Elementary", "Rosie's Diner", "San Isidro"), a pet,
a place greeted ("Gracias El Paso!"), a contraction or a condition named after someone
("Let's", "Swimmer's ear"), or a public figure introduced by their role ("Senator Tom
Albrecht") or reported by their camp, in a text that neither says we cared for them nor
guesses at their health. In file names and links (`slug`) capitals say nothing, so each
word is weighed on its own. A town also knows people by a pet form, a diminutive or a
family title ("Chayo", "Nachito", "el Tata Lencho"), and a given name that is also a word
by where they work ("Faith at the laundromat on 9th") once a milestone of their care is
told (own_care); a holiday ("Viernes Santo") and an answer that opens a sentence ("Si,")
are nobody.

Every pass is a single scan with bounded look-arounds (a name is at most four words), so
the work stays linear in the text.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ...lexicon import clinical as lexicon_clinical
from ...lexicon import names as lexicon_names
from ...model import Plans
from ...normalize import fold
from ...text import alternation, phrase_pattern, sentence_bounds, sentence_of
from ...wordlists import wordlist
from .common import CLINICAL, WORDS

NAMES = wordlist("privacy-names")
_DESCRIBED_WORDS = wordlist("privacy-described")  # roles, places and milestones of a person described (PHI011 reads them too)


def _lower(*lists: str) -> frozenset[str]:
    return frozenset(w.lower() for name in lists for w in NAMES.get(name, WORDS.get(name, ())))


# --- vocabulary: the one place that says what a word is ------------------------------------------------
# Names and clinical words come from the lexicon (hooks/playbook/lexicon: US Census and Faker name
# lists, drugs, ICD-10-CM, CIE-10 and curated procedures, loaded on first use); privacy-names.yml adds
# the words of care that are no clinical term ("appointment", "recovery", "sober", "cita").

_EVERYDAY_NAMES = frozenset(w.lower() for w in NAMES["everyday_names"])


_HYPOCORISMS = frozenset(w.lower() for w in NAMES["hypocorisms"])
_EVERYDAY_DIMINUTIVES = frozenset(w.lower() for w in NAMES["everyday_diminutives"])
_WORD_GIVEN_NAMES = frozenset(w.lower() for w in NAMES["word_given_names"])
_DIMINUTIVE = re.compile(r"(c|ec)?(?:it|ill)([oa])(s?)$")
# "nacho: ignacio": the given names a pet form stands for
PET_FORMS = {pet.strip(): frozenset(given.split()) for pet, _, given in (line.partition(":") for line in NAMES["pet_forms"])}


@functools.lru_cache(maxsize=4096)
def diminutive_of(word: str) -> str:
    """The given name a Spanish diminutive is made from, or "".

    "Nachito": "nacho", "Lupita": "lupe", "Carlitos": "carlos", "Paquito": "paco", "Pilarcita": "pilar",
    "Memito": "memo" (a pet form the lists leave out). A diminutive keeps the name's gender ("-ito" from
    "-o" or a consonant, "-ita" from "-a"); a base that is an everyday word counts only when it is a
    given name that is also one (Pilar, Rosa, Angel), and everyday diminutives ("carita", "palomitas",
    "santito") are none.
    """
    low = word.lower()
    match = _DIMINUTIVE.search(low)
    if not match or match.start() < 2 or low in _EVERYDAY_DIMINUTIVES:
        return ""
    stem, vowel, plural = low[: match.start()], match.group(2), match.group(3)
    if match.group(1) == "ec":  # "Josecito"
        bases = [stem + "e"]
    elif match.group(1) == "c":  # "Carmencita", "Ramoncito", "Pilarcita"
        bases = [stem]
    else:
        stem = stem[:-2] + "c" if stem.endswith("qu") else stem[:-2] + "g" if stem.endswith("gu") else stem  # "Paquito", "Rodriguito"
        bases = [stem + vowel + "s"] if plural else [stem + vowel, stem, stem + "e"]  # "Carlitos"; "Juanito", "Lupita"
    # Folded text has lost the tilde of "n" ("Tonito" for "Toñito"); the name lists keep it ("toño").
    bases += [base[:at] + "ñ" + base[at + 1 :] for base in bases for at in range(len(base)) if base[at] == "n"]
    for base in bases:
        if len(base) < 3:
            continue
        if base in _HYPOCORISMS or base in _WORD_GIVEN_NAMES:
            return base
        info = lexicon_names.name_info(base)
        if info is not None and info.first and not info.also_word:
            return base
    return ""


def is_first_name(word: str) -> bool:
    """A given name that is not also an everyday word ("Maria", "Thaddeus"; not "Grace", "Will" or Spanish "Ella").

    Pet forms count ("Chayo", "Memo") and so do diminutives of given names ("Nachito", "Pilarcita").
    """
    low = word.lower()
    if low in _EVERYDAY_NAMES:
        return False
    if low in _HYPOCORISMS:
        return True
    info = lexicon_names.name_info(word)
    if info is None and "-" in word.strip("-"):  # "Jamie-Lynn", "Maria-Jose": every part a given name
        return all(is_first_name(part) for part in word.split("-"))
    if info is None:
        return bool(diminutive_of(word))
    return info.first and not info.also_word


def is_surname(word: str) -> bool:
    """A surname that is no everyday word ("Castellanos"; not "Power" or "Shore")."""
    info = lexicon_names.name_info(word)
    return info is not None and info.surname and not info.also_word


def is_unknown(word: str) -> bool:
    """A capitalised word no name list knows ("Oriane", "Tyrese"; also "Millbrook")."""
    return lexicon_names.name_info(word) is None


# "Starting April", "Bilingual English", "Annual Smith Cup": a verb's or an adjective's ending, not a first name's
_VERB_LIKE = re.compile(r"(?:ing|ed|ly|tion|ment|ness|ando|iendo|mente|cion|ual|ical|onal|ive|ous|ful|less|able|ible)$")


def care_in(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds a word of care: a clinical term, or "appointment", "recovery", "cita"."""
    end = len(text) if end is None else end
    if CARE_WORDS.search(text, start, end) or CLINICAL.search(text, start, end):
        return True
    return any(not found.common for found in lexicon_clinical.find(text[start:end]))


CALENDAR = _lower("calendar_words")  # "seeing patients Tues", "Walk-ins Mon-Fri", "lun a vie"
NOT_NAMES = frozenset(w.lower() for w in (*WORDS["not_names"], *WORDS["honorifics"], *NAMES["titles"], *NAMES["titles_any_case"], *CALENDAR, *NAMES["not_people"]))
PLACE_AFTER = _lower("place_after")
CITIES = _lower("city_names")
LANGUAGES = _lower("languages")
COURTESY = _lower("courtesy_titles")
SPANISH_EVERYDAY = _lower("spanish_everyday")
PLACE_BEFORE = _lower("place_before")
PETS = _lower("pets")
PERSONAL_TITLES = _lower("personal_titles")
INTERJECTIONS = _lower("interjections")  # "Si,", "Claro,", "Ojo:", "Animo,": an answer or a cry opens the sentence
_AFTER_INTERJECTION = re.compile(r"[ \t]*(?:[,!:;.?]|$)")

# A capitalised word: "Maria", "McDonald", "O'Brien", "Okafor-Bennett".
CAP = r"[A-Z][a-z]+(?:['’][A-Z][a-z]+|[A-Z][a-z]+)*(?:-[A-Z][a-z]+)*"
_CAP = re.compile(r"(?<![A-Za-z])" + CAP + r"(?![\w])")  # never tried inside a word (a long camel run would be rescanned)
_CAP_START = r"(?<![\w'’-])"  # a name starts a word: a match tried inside a long camel run would rescan it (quadratic)
_CAP_BEFORE = re.compile(rf"{_CAP_START}({CAP})[ \t]+$")
_NOT_A_NAME = NOT_NAMES | PLACE_BEFORE | PLACE_AFTER | _EVERYDAY_NAMES | LANGUAGES
_GAP = re.compile(r"[ \t]+(?:(?:de|del|de[ \t]+la|van|von|da|di)[ \t]+|[\"“'‘][A-Za-z][\w .'’-]{0,24}?[\"”'’][ \t]+(?=[A-Z]))?")  # 'Kiko "Dinamita" Lara'
_WORD_BEFORE = re.compile(r"([\w'’.-]+)[ \t]*$")
_CAPS_RUN = re.compile(r"\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,})+\b")


_CAPS_INITIAL = re.compile(r"\b[A-Z]{3,}(?=,?[ \t]+[A-Z]\.)|(?<=\b[A-Z]\.[ \t])[A-Z]{3,}\b")


def title_case_caps(text: str) -> str:
    """'BABY HOLLIS - 20 WKS' reads as 'Baby Hollis - 20 Wks' (runs of two or more all-caps words, or one
    next to an initial, as on a chart label: 'QUINONES R.', 'R. QUINONES'; same length)."""
    text = _CAPS_RUN.sub(lambda run: re.sub(r"[A-Z]{2,}", lambda word: word.group(0).capitalize(), run.group(0)), text)
    return _CAPS_INITIAL.sub(lambda word: word.group(0).capitalize(), text)


def _calendar_range(word: str) -> bool:
    """'mon-fri', 'tues-thurs', 'lun-vie', 'jan-mar': days or months joined into a range, no name."""
    return "-" in word and all(part in CALENDAR for part in word.split("-"))


def name_run(text: str, pos: int, limit: int = 4) -> list[re.Match]:
    """Capitalised name words starting at pos ("Ada Okafor", "Maria Jose Hernandez Ruiz", "Juan de la Cruz").

    Stops at an ordinary capitalised word ("Dr. Okafor Answers"). A run that reaches a place or
    organisation word ("Lincoln Elementary", "Harbor City Hawks") names no person: [].
    """
    tokens: list[re.Match] = []
    while len(tokens) < limit:
        match = _CAP.match(text, pos)
        if not match:
            break
        word = match.group(0).lower()
        if word in PLACE_AFTER and tokens:
            return []
        if word in NOT_NAMES or _calendar_range(word):
            break
        tokens.append(match)
        pos = match.end()
        gap = _GAP.match(text, pos)
        if not gap:
            break
        pos = gap.end()
    if tokens and re.match(r"['’]s[ \t]+[A-Z]", text[tokens[-1].end() : tokens[-1].end() + 4]):
        return []  # "Rosie's Diner", "St. Patrick's Day": a business or a day
    return tokens


def _before(text: str, start: int) -> str:
    """The word just before `start`, lower case, without a trailing period."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match.group(1).lower().rstrip(".") if match else ""


def is_place(text: str, start: int) -> bool:
    """Whether the name at `start` is part of a place or a pet's name ("San Isidro", "our dog Max")."""
    word = _before(text, start)
    if word in PLACE_BEFORE or word in PETS:
        return True
    if _is_city(text, start):
        return True
    if _TITLED_BUSINESS.search(text, max(0, start - 40), start):
        return True  # "la taqueria Don Chucho", "Panaderia Dona Mary": a business named after someone
    # A capitalised article mid-name makes a place or a brand: "Centro Comunitario Las Flores", "La Palma".
    return bool(re.search(r"(?<![.!?¡¿:\n])[ \t](?:La|Las|El|Los)[ \t]+$", text[max(0, start - 6) : start]))


_CITY_WORD = re.compile(r"[A-Z][a-z]+")
_PLACE_PREPOSITION = re.compile(rf"(?<![\w-])(?i:{alternation(NAMES['place_prepositions'])})[ \t]+$")
_AFTER_PLACE = re.compile(r"([A-Z][a-z]+)[ \t]*(?:,|and|or|y|o|&|/|[-–—])[ \t]*$")


def _is_city(text: str, start: int, depth: int = 0) -> bool:
    """A city's name that is also a given name, read as a place: after a preposition of place ("a conference
    in Denver", "back from Orlando", "en Florencia") or next to another place ("Charlotte and Raleigh")."""
    word = _CITY_WORD.match(text, start)
    if not word or word.group(0).lower() not in CITIES:
        return False
    if _PLACE_PREPOSITION.search(text, max(0, start - 24), start):
        return True
    before = _AFTER_PLACE.search(text, max(0, start - 30), start)
    return bool(before) and depth < 3 and before.group(1).lower() in CITIES and _is_city(text, before.start(1), depth + 1)


# --- who may be named -----------------------------------------------------------------------------------


def _title(word: str) -> str:
    """'Dr.', 'Dra.', 'Doctor' -> 'dr'; 'Mrs.' -> 'mrs'; 'Senora' -> 'senora'."""
    word = word.lower().rstrip(".")
    return "dr" if word in ("doctor", "dra", "doctora") else word


def _goes_by(word: str, member: frozenset[str]) -> bool:
    """Whether a member with these name words goes by `word` (lower case): a word of the name, its
    diminutive ("juanita"), a pet form of it ("nacho" for Ignacio) or a pet form's diminutive ("chayito")."""
    if word in member:
        return True
    base = diminutive_of(word)
    return base in member or bool(PET_FORMS.get(word, frozenset()) & member) or bool(base and PET_FORMS.get(base, frozenset()) & member)


@dataclass(frozen=True)
class Known:
    """Who may be named: the team (with the titles each may carry), the practice's own words and handles."""

    team: tuple[tuple[frozenset[str], frozenset[str]], ...]  # (name words, titles) per member
    org: frozenset[str]
    handles: frozenset[str]
    squashed_name: str
    given: tuple[str, ...] = ()  # each member's given name (lower case), in the order of `team`

    @classmethod
    def of(cls, plans: Plans) -> Known:
        honorifics = {h.lower() for h in (*WORDS["honorifics"], *NAMES["titles"], *NAMES["titles_any_case"])}
        team, given = [], []
        for person in plans.team.values():  # folded like the content, so "José Núñez" matches his name however it is typed
            found = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", fold(person.name).text)}
            titles = {_title(w) for w in found & honorifics}
            if "clinical" in person.roles:
                titles.add("dr")
            if found - honorifics:
                team.append((frozenset(found - honorifics), frozenset(titles)))
                words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", fold(person.name).text) if w.lower() not in honorifics]
                given.append(words[0])
        domains = plans.practice.domains + plans.practice.trusted_domains
        own_words = fold(f"{plans.practice.name} {plans.practice.contact.name} ").text + " ".join(d.split(".")[0] for d in domains)
        handles = {label.replace("-", "") for d in domains for label in d.lower().split(".")[:-1]}
        handles |= {re.sub(r"[^a-z0-9]", "", d.lower()) for d in domains}  # @CDCgov for cdc.gov
        return cls(
            tuple(team),
            frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", own_words)),
            frozenset(handles),
            re.sub(r"[^a-z0-9]", "", fold(plans.practice.name).text.lower()),
            tuple(given),
        )

    def is_team(self, words: Iterable[str], title: str = "") -> bool:
        """True when every word (initials aside) belongs to the name of one team member.

        A personal or doctor's title must be the member's own: "Dr. Okafor" passes for Dr. Ada
        Okafor, but "Mrs. Patel" does not for Sam Patel, nor "Dr. Lee" for Jordan Lee (not clinical).
        Role titles ("Nurse", "Coach", "Officer") pass with any member's name. Spanish courtesy
        ("Don Rogelio Benitez", "Dona Carmen") is respect, not the member's own title: it passes
        before the member's given name, but "Senora Lopez" alone is not Dana Lopez of the front desk.
        A pet form or a diminutive of a member's given name is theirs ("Juanita" for Juana Ortiz,
        "Nacho" for Ignacio Beltran, "Chayito" for Rosario Aguilar).
        """
        wanted = {w.lower() for w in words if len(w) > 1}
        title = _title(title)
        checked = title in PERSONAL_TITLES or title == "dr"
        for index, (member, titles) in enumerate(self.team):
            if not wanted or not all(_goes_by(w, member) for w in wanted):
                continue
            if not checked or title in titles:
                return True
            if title in COURTESY and index < len(self.given) and self.given[index] in wanted:
                return True
        return False

    def is_own_handle(self, handle: str) -> bool:
        low = handle.lower()
        return low in self.handles or (len(low) >= 5 and self.squashed_name.startswith(low))


_HANDLE_ORG = _lower("handle_org_words")
_HANDLE_WORD = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z]|[^A-Za-z]|$)|[A-Z]?[a-z]+|[A-Z]+")


def is_org_handle(handle: str) -> bool:
    """An account that names an organisation: one of its words says so (@MillbrookGazette, @CDCgov, @county_parks)."""
    words = [w.lower() for w in _HANDLE_WORD.findall(handle)]
    return any(w in _HANDLE_ORG or w in PLACE_AFTER for w in words)


# --- people named ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """A passage that names someone: text[start:end], the name's words and how it was spotted.

    `title` is the title before the name, if any. `excusable`: a team member's name passes here.
    `public`: a public figure's name may pass here (a role before it, or reported news).
    """

    start: int
    end: int
    words: tuple[str, ...]
    how: str
    title: str = ""
    excusable: bool = True
    public: bool = True


def _titles() -> re.Pattern:
    as_written = sorted({*WORDS["honorifics"], *NAMES["titles"]}, key=len, reverse=True)
    # Short titles (Dr, Mrs, Col) count only capitalised; words (Nurse, Coach) in any case too.
    parts = [rf"{re.escape(h)}\.?" if len(h) <= 4 else rf"{re.escape(h)}|(?i:{re.escape(h)})" for h in as_written]
    parts += [rf"(?i:{re.escape(h)})\.?" for h in sorted(NAMES["titles_any_case"], key=len, reverse=True)]
    return re.compile(rf"(?<![\w.@#])(?:{'|'.join(parts)})(?![\w])")


HONORIFIC = _titles()
_ADDRESS_BEFORE = re.compile(r"\d+[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}$")  # "88 Shore Dr." is a street
# "nuestro paciente consentido Memito", "patient of the month Theo": an adjective may stand between (Spanish puts it after the noun)
_PERSON_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{alternation(NAMES['person_before'])})(?:[ \t]+(?i:{alternation(NAMES['person_before_adjectives'])})(?![\w-])){{0,2}}"
    r"(?:[ \t]*[,:])?[ \t]+(?:(?i:named|called|llamad[oa])[ \t]+)?(?=[A-Z])"
)
_PATIENT_AFTER = re.compile(
    r"(?<![\w'’-])((?:[A-Z][a-z'’-]+[ \t]+)?[A-Z][a-z'’-]+),?[ \t]+"
    r"(?i:one\s+of\s+our\s+(?:patients|clients)|a\s+(?:former\s+|recent\s+|longtime\s+|long-time\s+|new\s+)?(?:patient|client)(?![\w-])|our\s+(?:patient|client)(?![\w-]))"
)
_FAMILY_AFTER = re.compile(rf"(?<![\w-])(?:(?i:the|la|los|las)[ \t]+)?(?:(?i:whole|entire)[ \t]+)?({CAP})[ \t]+(?i:{alternation(NAMES['family_after'])})(?![\w-])")
_FAMILY_AFTER_THE = re.compile(rf"(?<![\w-])(?i:the)[ \t]+({CAP})[ \t]+(?i:{alternation(NAMES['family_after_the'])})(?![\w-])")
_FAMILY_BEFORE = re.compile(rf"(?<![\w-])(?i:fam\.|(?:{alternation(NAMES['family_before'])}))[ \t]+(?=[A-Z])")
_NAMED = re.compile(r"(?<![\w-])(?i:named|called|the\s+name|el\s+nombre|llamad[oa]|se\s+llama)[ \t]*[:\"“'‘]?[ \t]*(?=[A-Z])")
_ROLE_NAME = re.compile(rf"(?<![\w-])(?i:{alternation(NAMES['public_roles'])})[ \t]+(?=[A-Z])")
_AGE_WORDS = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_AGE_BEFORE = re.compile(rf"(?i:{_AGE_WORDS}[- ](?:year|yr|month|week)s?[- ]old)[ \t]+(?=[A-Z])")
_AGE_AFTER = re.compile(
    rf"{_CAP_START}({CAP})(?:[ \t]+[A-Z]\.)?(?:[ \t]+(?:and|y|&)[ \t]+{CAP})?"
    r"(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*|[ \t]*,?[ \t]+(?=(?i:de|age|aged)\b))"
    r"(?:(?i:age|aged|edad|now|ahora|de)[ \t]+)?(\d{1,3})(?![\d:.,]\d)"
    r"(?:[ \t]*(?i:years?|yrs?|anos|months?|meses)(?:[ \t]+(?i:old))?)?[ \t]*!?(?:[,)]|(?<=(?i:anos))|(?<=(?i:meses))|(?<=old))"
)
_JERSEY = re.compile(r"(?<![\w&])#\d{1,2}[ \t]+(?=[A-Z])")
_POSSESSIVE = re.compile(rf"{_CAP_START}({CAP})['’]s[ \t]+(?=[a-z])")
_CONTRACTIONS = _lower("contractions")
_POSSESSIVE_CONDITION = re.compile(rf"(?i:{alternation(NAMES['possessive_conditions'])})(?![\w-])")
_NICKNAME = re.compile(rf"(?<![\w'’-])(?:{'|'.join(re.escape(n) for n in NAMES['nicknames'])})[ \t]+(?=[A-Z])")
_FROM_PLACE = re.compile(r"[ \t]+(?:from|de|del)[ \t]+(?=[A-Z])")
_LABEL = re.compile(rf"(?<![\w-])(?i:{alternation(NAMES['label_words'])})[ \t]*:?[ \t]*[\"“'‘«]([^\"”’»\n]{{2,60}})[\"”’»]")
_LABEL_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_SOURCE_SAYS = re.compile(rf"(?:['’]s[ \t]+(?i:{alternation(NAMES['reported_sources'])})[ \t]+)?[ \t]*,?[ \t]*(?:(?i:has|have|had|ha|han)[ \t]+)?(?i:{alternation(NAMES['reported'])})(?![\w-])")
_INITIAL_SURNAME = re.compile(rf"(?<![\w.])[A-Z]\.[ \t]*({CAP})(?=[ \t]*(?:[-–—,;:)\"”]|$))", re.MULTILINE)
_NAME_INITIAL = re.compile(rf"{_CAP_START}({CAP})[ \t]+[A-Z]\.(?=[ \t]*(?:[-–—,;:)\"”]|$))", re.MULTILINE)
_SIGNATURE = re.compile(r"(?:^|[.!?\"”’])[ \t]*[-–—]{1,2}[ \t]*(?=[A-Z])", re.MULTILINE)
_GREETING = re.compile(rf"(?<![\w-])(?i:{alternation(WORDS['greetings'])})[ \t]*,?[ \t]+(?=[A-Z])")
_CHEER = re.compile(rf"(?<![\w-])(?i:{alternation(NAMES['cheers'])})[ \t]*[,!]?[ \t]+(?=[A-Z])")
_PERSONAL_CHEER = re.compile(r"(?i:love\s+you|miss\s+you|proud\s+of\s+you|te\s+queremos|te\s+extranamos|orgullosos\s+de\s+ti)[ \t]*[,!]?[ \t]+(?=[A-Z])")
_VOCATIVE = re.compile(r"(?<=[a-z]),[ \t]+(?:(?=[A-Z][a-z]+[ \t]*!)|[\"“](?=[A-Z][^\"”\n]{0,30}[\"”][ \t]*!))")  # "Ring that bell, Priyanka!!", 'Happy retirement, "Sunny D"!'
_DOES_CARE = re.compile(
    rf"(?<![\w'’-])({CAP})[ \t]+(?:(?i:just|finally|officially|already|ya)[ \t]+)?"
    r"(?i:came\s+in|came\s+to\s+us|was\s+in\s+for|finished\s+(?:\w+\s+)?(?:rehab|therapy|treatment|chemo|radiation|PT)|completed\s+(?:\w+\s+)?(?:rehab|therapy|treatment|chemo)"
    r"|rang\s+the\s+bell|graduated\s+from\s+(?:our|physical|PT|rehab|therapy)|llego\s+con|vino\s+(?:a|por)\s+su|termino\s+su|termina\s+su)(?![\w-])"
)
_IS_BACK = re.compile(rf"(?<![\w'’-])({CAP}(?:[ \t]+{CAP})?)[ \t]+(?i:is|esta|ya)[ \t]+(?i:back|home|walking|running|cancer-free|de\s+vuelta|camina|corre)(?![\w-])")
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}(?![\w])")
_HANDLE = re.compile(r"(?<![\w@./:+-])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,48}[A-Za-z0-9_])?)")
CARE_WORDS = phrase_pattern(NAMES["care_words"])


def _names_condition(text: str, start: int) -> bool:
    """Whether a clinical term of the lexicon starts at `start` ("Bell's palsy", "Alzheimer's disease")."""
    found = lexicon_clinical.find(text[start : start + 60])
    return bool(found) and found[0].start == 0


def _plural(word: str) -> bool:
    """'Bulldogs', 'Eagles' (a team), not 'Thaddeus', 'Carlos', 'Dolores', 'Mercedes' (given names)."""
    if not word.endswith("s") or word.endswith(("us", "is", "as", "os", "ss")):
        return False
    info = lexicon_names.name_info(word)
    return info is None or not info.first


def _care_near(text: str, start: int, words: int = 4) -> bool:
    """A care or clinical word within a few words after `start` ("- Dmitri, ACL reconstruction")."""
    window = " ".join(re.findall(r"\S+", text[start : start + 80])[:words])
    return care_in(window)


_PLACE_START = PLACE_BEFORE | {"el", "la", "los", "las"}


def _person(text: str, tokens: list[re.Match], start: int, how: str, **flags) -> Person | None:
    if not tokens or is_place(text, tokens[0].start()):
        return None
    if len(tokens) > 1 and tokens[0].group(0).lower() in _PLACE_START:
        return None  # "El Paso", "San Antonio", "Las Cruces", "Santa Fe": a place, greeted or not
    return Person(start, tokens[-1].end(), tuple(t.group(0) for t in tokens), how, **flags)


def _verb_form(tokens: list[re.Match]) -> bool:
    """The first word is a verb's or an adjective's form no name list knows ("Approved", "Tested")."""
    return bool(tokens) and is_unknown(tokens[0].group(0)) and _VERB_LIKE.search(tokens[0].group(0).lower()) is not None


def _sentence_start(text: str, start: int) -> bool:
    """Whether `start` begins a sentence, where any word is capitalised."""
    before = text[max(0, start - 4) : start].rstrip(" \t\"“'‘¡¿(")
    return not before or before[-1] in ".!?:\n"


_NEXT = re.compile(r"[ \t]*([,!?]|['’]s\b|[a-z]+)")
_ENGLISH_VERB = re.compile(r"(?:ed|[^s]s)$|^(?:is|was|has|had|will|can|ran|came|got|went|took|won|did|left|felt|made|said|told|gave|just|finally|turned|beat)$")
_PERSON_HINT = re.compile(r"(?<![\w-])(?i:he|she|his|her|him|hers|herself|himself|years?\s+old|anos|\d{1,3}(?:[ \t]*\)))(?![\w-])")


def _lone_name(text: str, match: re.Match) -> bool:
    """Whether a known given name standing alone at a sentence's start names someone.

    It does when it is spoken to or owns something ("Maria, thank you", "Maria's"), acts in English
    ("Maria finished ..."), or its sentence tells of a person (her care, an age, "she", a relative).
    A Spanish word that is also a name ("Charla gratuita", "Manda tu CV", "Ven a ...") never does here.
    """
    if match.group(0).lower() in SPANISH_EVERYDAY or match.group(0).lower() in INTERJECTIONS:
        return False
    after = _NEXT.match(text, match.end())
    if after and (after.group(1) in ",!?" or after.group(1)[0] in "'’" or _ENGLISH_VERB.search(after.group(1))):
        return True
    bounds = sentence_bounds(text)
    start, end = sentence_of(bounds, match.start())
    return bool(_PERSON_HINT.search(text, start, end) or _PERSON_BEFORE.search(text, start, end)) or cared_for(text, start, end) or care_in(text, start, end)


WORD_GIVEN = _lower("word_given_names")  # "April", "Julio", "Rosa", "Hope": never a name on their own
_NO_INFO = lexicon_names.NameInfo(False, False, False, False, False)
_WORD_NAME_TAIL = re.compile(r"[ \t]+(?:([A-Z])\.[ \t]*|((?i:de|del)(?:[ \t]+(?i:la|las|los))?)[ \t]+)?(?=[A-Z])")
_ARTICLE_BEFORE = frozenset({"the", "an", "el", "la", "los", "las", "un", "una", "our", "nuestra", "nuestro", "this", "esta", "este"})


def _word_name(text: str, match: re.Match, known: Known, slug: bool) -> Person | None:
    """A given name that is also a word or a date, made a name by what follows it.

    "Julio R. Benitez" (an initial and a surname), "Pilar de la Fuente" ("de" and a surname),
    "Rosa Delgado", "June Castellanos" (a surname no word shares), "Cruz Mendoza Rivas" (two
    surnames). Not "June Boston Marathon", "Hope Street Church", "la Rosa de Guadalupe", "Mercedes
    Benz" after an article: a month before a city, a place's or a thing's name.
    """
    word, low = match.group(0), match.group(0).lower()
    tail = _WORD_NAME_TAIL.match(text, match.end())
    if not tail or _before(text, match.start()) in _ARTICLE_BEFORE or is_place(text, match.start()):
        return None
    tokens = [t for t in name_run(text, tail.end(), 3) if t.group(0).lower() not in known.org]
    if not tokens or tokens[0].group(0).lower() in _NOT_A_NAME or tokens[0].group(0).lower() in PLACE_AFTER:
        return None
    first = tokens[0].group(0)
    if first.lower() in CITIES and low in NOT_NAMES and not tail.group(1):
        return None  # "every June Denver hosts ...": a month before a city
    info = lexicon_names.name_info(first)
    surname = info is not None and info.surname or ("-" in first and any(is_surname(part) for part in first.split("-")))
    second = len(tokens) > 1 and (lexicon_names.name_info(tokens[1].group(0)) or _NO_INFO).surname
    if tail.group(1):  # an initial: "Julio R. Benitez", "Victoria L. Andrade"
        ok = surname or (info is None and not _VERB_LIKE.search(first.lower()))
    elif tail.group(2):  # "de": "Pilar de la Fuente", "Dolores del Castillo"
        ok = surname
    else:  # "Rosa Delgado", "Cruz Mendoza Rivas"
        ok = is_surname(first) or (surname and (second or "-" in first))
    if not ok:
        return None
    tokens = tokens[: 1 if slug else 3]
    how = "a name that is also a word, with a surname" if not tail.group(1) else "a name and an initial"
    return Person(match.start(), tokens[-1].end(), (word, *(t.group(0) for t in tokens)), how)


_BUSINESS_BEFORE = frozenset(w.lower() for w in _DESCRIBED_WORDS["place_nouns"] if " " not in w)
_TITLED_BUSINESS = re.compile(rf"(?<![\w-])(?i:{alternation(_BUSINESS_BEFORE)})[ \t]+(?=[A-Z])(?i:{alternation((*NAMES['titles_any_case'], *WORDS['honorifics'], *NAMES['titles']))})\.?[ \t]+$")
# Right after a given name that is also a word: an age ("Joy turned 3", "Esperanza cumplio 8 anitos") or what
# happened in their care ("Luz dio a luz", "Hope is officially in remission", "Faith beat breast cancer").
_AGE_TURNED = re.compile(
    r"[ \t]+(?:(?i:just|finally|ya|hoy)[ \t]+)?(?i:turned|turns|cumplio|cumple)[ \t]+(\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez))(?!\d)(?![:.,/]\d)"
    r"(?![ \t]*(?:%|\$|(?i:days?|dias|degrees?|grados|percent|por\s*ciento|minutes?|minutos|hours?|horas|dollars|dolares|miles|millas|pounds|libras|kilos|kg|times|veces|of|de)(?![\w-])))"  # an age, not "30 days of sunshine"
)
_RIGHT_AFTER = re.compile(
    r"[ \t]+(?:(?i:just|finally|already|officially|now|ya|hoy|por\s+fin|oficialmente)[ \t]+)?(?:(?i:is|esta|ya\s+esta)[ \t]+(?:(?i:officially|now|finally|oficialmente)[ \t]+)?)?"
)


def _word_name_with_milestone(text: str, match: re.Match) -> Person | None:
    """A given name that is also a word (of the curated list: "Ever had a calf cramp?" is a question, no one),
    then straight away an age or a milestone of their care."""
    after = _RIGHT_AFTER.match(text, match.end())
    at = after.end() if after else match.end()
    age = _AGE_TURNED.match(text, match.end())
    if age:
        if not mentions_care(text):
            return None
        return Person(match.start(), match.end(), (match.group(0),), "a name with an age", public=False)
    state = _MILESTONE_STATE.match(text, at)
    verb = _MILESTONE_VERB.match(text, at)
    if state or verb and own_care(text, at, min(len(text), at + 80)):
        return Person(match.start(), match.end(), (match.group(0),), "a name with their care", public=False)
    return None


_POSSESSIVES = frozenset({"tu", "tus", "su", "sus", "mi", "mis", "your", "my"})
_NOT_BY_PLACE = frozenset(
    {
        "in",
        "en",
        "since",
        "desde",
        "until",
        "hasta",
        "every",
        "each",
        "cada",
        "next",
        "last",
        "this",
        "este",
        "esta",
        "proximo",
        "pasado",
        "during",
        "durante",
        "early",
        "late",
        "mid",
        "by",
        "of",
        "de",
        "del",
    }
)


def _known_by_place(text: str, match: re.Match) -> Person | None:
    """A given name that is also a word, made a person's by where they work or live and their care.

    "June from Sweet Pea Bakery on Elm is in remission", "Amparo, la de la estetica de la avenida
    Hidalgo, ya termino sus quimios", "Summer who runs the yoga studio just finished her radiation". Without a
    milestone of their own care it stays a word ("June from the lake to the shore", "Rosa from the county
    health department will talk about diabetes").
    """
    if _before(text, match.start()) in _NOT_BY_PLACE or not _BY_PLACE.match(text, match.end()):
        return None
    start, end = sentence_of(sentence_bounds(text), match.start())
    if not own_care(text, match.end(), end):
        return None
    return Person(match.start(), match.end(), (match.group(0),), "a first name with where they work or live", public=False)


# Particles a slug capitalises like any word ("consejos-de-salud": "Consejos De Salud"): no surname on their own.
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "da", "di", "do", "dos", "das", "van", "von", "le"})
_COUNT_AFTER = re.compile(r"[ \t]+(?i:day|dia|week|semana|month|mes)[ \t]+\d")  # "Castellanos Day 10": a count, not a holiday
_SLUG_NOT_OWNED = re.compile(r"[ \t]+(?i:for|with|and|to|in|on|at|of|or|vs|de|del|para|con|y|en|por)(?![\w])")
_SLUG_INITIAL = re.compile(rf"(?<![\w'’.-])([B-HJ-Z])[ \t]+(?={CAP}(?![\w]))")


def _slug_people(text: str, known: Known) -> Iterator[Person]:
    """Names a file name or a link writes as a slug writes them, where no capital or apostrophe is left.

    An initial glued to a name ("KWashington", "k-washington": "K Washington"); a first name as a
    possessive, its apostrophe dropped ("celebrating-nadias-last-dialysis-session": "Nadias"); a first name
    joined to their care ("marcos-knee-replacement-day", where "Day" would otherwise end a place's name).
    """
    for match in _SLUG_INITIAL.finditer(text):
        tokens = name_run(text, match.end(), 2) or name_run(text, match.end(), 1) * bool(_COUNT_AFTER.match(text, _CAP.match(text, match.end()).end()))
        tokens = [t for t in tokens if t.group(0).lower() not in known.org]
        name = tokens[0].group(0) if tokens else ""
        info = lexicon_names.name_info(name) if name and name.lower() not in _NOT_A_NAME else None
        if info is not None and not info.also_word and not is_place(text, match.end()):
            yield Person(match.start(), tokens[0].end(), (match.group(1), name), "a name and an initial")
    for match in _CAP.finditer(text):
        word = match.group(0)
        low = word.lower()
        if low in _NOT_A_NAME or low in known.org:
            continue
        stem = word[:-1] if len(word) > 4 and low.endswith("s") and lexicon_names.name_info(word) is None else ""
        if not (is_first_name(stem) if stem else is_first_name(word)) or _SLUG_NOT_OWNED.match(text, match.end()):
            continue  # "Jumping Jacks For Knee Health": a plural before a preposition owns nothing
        if _care_near(text, match.end(), 5 if stem else 3) and not is_place(text, match.start()) and name_run(text, match.start(), 2):
            how = "a first name's possessive with their care" if stem else "a name with their care"
            yield Person(match.start(), match.end(), (stem or word,), how, public=False)
    for match in _CAP.finditer(text):  # "may-abernathys-mastectomy-recovery": a word-like given name, a surname's possessive, their care
        low = match.group(0).lower()
        info = lexicon_names.name_info(match.group(0))
        if low in known.org or not (low in WORD_GIVEN or info is not None and info.first and info.also_word):
            continue
        after = _CAP.match(text, match.end() + 1) if text.startswith(" ", match.end()) else None
        owner = after.group(0) if after else ""
        if len(owner) < 5 or not owner.endswith("s") or owner.endswith("ss") or owner.lower() in _NOT_A_NAME or owner[:-1].lower() in _NOT_A_NAME:
            continue
        stem = owner[:-1]  # "Castellanos": "Castellano", a surname; "Okafors": a name no list knows, nor its plural
        if not (is_surname(stem) or is_unknown(stem) and is_unknown(owner)) or _VERB_LIKE.search(stem.lower()) or care_in(owner):
            continue
        if not _SLUG_NOT_OWNED.match(text, after.end()) and _care_near(text, after.end(), 5):
            yield Person(match.start(), after.end(), (match.group(0), stem), "a name that is also a word, with a surname's possessive and their care")


_HOLIDAY = re.compile(
    rf"(?<![\w-])(?i:{alternation(NAMES['holidays'])})(?![\w-])"
    # "Dia de la Candelaria", "Dia de San Judas", "Fiesta de San Marcos", "Feast of St. Francis": a day named
    rf"|(?<![\w-])(?:Dia|Fiesta|Feast|Feria)[ \t]+(?:de|del|of)[ \t]+(?:(?:la|las|los|el|the)[ \t]+)?(?:(?:San|Santa|Santo|St\.?|Saint|Virgen[ \t]+de)[ \t]+)?{CAP}(?:[ \t]+de[ \t]+{CAP})?"
)


def people(text: str, known: Known, *, reply: bool = False, slug: bool = False) -> Iterator[Person]:
    """Every passage of `text` (folded) that names a person, team members and public figures included.

    `reply`: the text is a reply to a review, which greets no one but {{ reviewer }}, so any
    greeted word is a name (in a post "Hello February!" is not).
    `slug`: the words of a file name or a link, capitalised by the decoder (urlwords), so a capital
    says nothing: each word is weighed on its own ("Canva Export Brianna Hollowell Scar").
    A name inside a holiday's name names a day ("Viernes Santo", "Dia de la Candelaria", "Sabado de Gloria").
    """
    text = title_case_caps(text)
    starts, ends = [], []  # holidays never overlap: the last one starting before a name's end is the only one it can touch
    for match in _HOLIDAY.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    for person in _people(text, known, reply=reply, slug=slug):
        index = bisect_left(starts, person.end) - 1
        if index < 0 or ends[index] <= person.start:
            yield person


def _people(text: str, known: Known, *, reply: bool, slug: bool) -> Iterator[Person]:
    """people(), on text whose capitals are already read as a chart label would be."""

    def run(pos: int, limit: int = 4) -> list[re.Match]:
        # In a slug every word is capitalised: read ahead as far as ever (a place word still ends it,
        # "Maria Elena Park"), but keep only the first `limit` words as the name.
        tokens = [t for t in name_run(text, pos, 4 if slug else limit) if t.group(0).lower() not in known.org]
        return tokens[:limit]

    for match in HONORIFIC.finditer(text):
        if match.group(0).rstrip(".") == "Dr" and _ADDRESS_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue
        gap = re.compile(r"\.?[ \t]+").match(text, match.end())
        tokens = name_run(text, gap.end()) if gap else []
        if slug and _verb_form(tokens):
            continue  # "grandma-approved-balance-exercises": a title before a verb's form in a slug names no one
        if match.group(0)[0].isupper() and _before(text, match.start()) in _BUSINESS_BEFORE:
            continue  # "la taqueria Don Chucho", "Panaderia Dona Mary": a business named after someone ("la tienda, don Lalo" is a man)
        found = _person(text, tokens, match.start(), "a title and a name", title=match.group(0))
        if found:
            yield found
    for match in _PERSON_BEFORE.finditer(text):  # a patient or a child is never excused by sharing a team member's name
        tokens = run(match.end(), 3)
        if slug and _verb_form(tokens):
            continue
        found = _person(text, tokens, match.start(), "a patient, a child or a relative named", excusable=False, public=False)
        if found:
            yield found
    for match in _NAMED.finditer(text):
        found = _person(text, run(match.end(), 3), match.start(), "a name given", public=False)
        if found:
            yield found
    for match in _ROLE_NAME.finditer(text):  # "singer Tasha Monroe": a public figure, judged below
        found = _person(text, run(match.end(), 3), match.end(), "a public figure named")
        if found:
            yield found
    for match in _PATIENT_AFTER.finditer(text):
        words = [w for w in match.group(1).split() if w.lower() not in NOT_NAMES and w.lower() not in known.org]
        if words:
            yield Person(match.start(1), match.end(), tuple(words), "a patient named", excusable=False, public=False)
    for pattern in (_FAMILY_AFTER, _FAMILY_AFTER_THE):
        for match in pattern.finditer(text):
            name = match.group(1)
            if name.lower() in NOT_NAMES or name.lower() in PLACE_AFTER or name.lower() in known.org:
                continue
            if _CAP.match(text, match.end() + 1) and _CAP.match(text, match.end() + 1).group(0).lower() in PLACE_AFTER:
                continue  # "the Hernandez Family Foundation"
            yield Person(match.start(), match.end(), (name,), "a family named", excusable=False, public=False)
    for match in _FAMILY_BEFORE.finditer(text):
        found = _person(text, run(match.end(), 2), match.start(), "a family named", excusable=False, public=False)
        if found:
            yield found
    for match in _AGE_BEFORE.finditer(text):
        found = _person(text, run(match.end(), 2), match.start(), "a name with an age", public=False)
        if found:
            yield found
    for match in _AGE_AFTER.finditer(text):
        name = match.group(1)
        if int(match.group(2)) <= 120 and name.lower() not in NOT_NAMES and name.lower() not in PLACE_AFTER and name.lower() not in known.org:
            if not is_place(text, match.start(1)):
                yield Person(match.start(1), match.end(1), (name,), "a name with an age", public=False)
    for match in _JERSEY.finditer(text):
        found = _person(text, run(match.end(), 2), match.start(), "a player's number and name", public=False)
        if found:
            yield found
    for match in _POSSESSIVE.finditer(text):
        name = match.group(1)
        if name.lower() in NOT_NAMES or name.lower() in known.org or name.lower() in _CONTRACTIONS:
            continue  # "Let's talk", "That's why"
        if _POSSESSIVE_CONDITION.match(text, match.start()) or _names_condition(text, match.start()):
            continue  # "Swimmer's ear", "Crohn's disease": a condition named after someone, not a person's care
        if is_place(text, match.start(1)):
            continue  # "outside St. Anne's", "San Judas's": a church or a place
        if is_first_name(name) or _care_near(text, match.end()):
            yield Person(match.start(1), match.end(1), (name,), "a name with their care" if not is_first_name(name) else "a first name")
    for pattern in (_INITIAL_SURNAME, _NAME_INITIAL):
        for match in pattern.finditer(text):
            name = match.group(1)
            if name.lower() in NOT_NAMES or name.lower() in PLACE_AFTER or name.lower() in known.org:
                continue
            if pattern is _INITIAL_SURNAME or is_first_name(name) or is_surname(name):  # "Gary M.", "Quinones R."
                yield Person(match.start(), match.end(), tuple(match.group(0).replace(".", " ").split()), "a name and an initial")
    for match in _SIGNATURE.finditer(text):
        tokens = run(match.end(), 3)
        if tokens and (is_first_name(tokens[0].group(0)) or (text.startswith(",", tokens[-1].end()) and _care_near(text, tokens[-1].end() + 1))):
            found = _person(text, tokens, tokens[0].start(), "a testimonial signed with a name", public=False)
            if found:
                yield found
    care: bool | None = None  # does the text speak of anyone's care? (asked once, when needed)
    for pattern in (_GREETING, _CHEER, _VOCATIVE):
        for match in pattern.finditer(text):
            tokens = run(match.end(), 3)
            if not tokens:
                initials = _INITIALS.match(text, match.end()) if reply else None  # "Hi JB,"
                if initials and initials.group(0).replace(".", "").lower() not in NOT_NAMES:
                    yield Person(initials.start(), initials.end(), (initials.group(0),), "greeted by name")
                continue
            first = tokens[0].group(0)
            if first.lower() in INTERJECTIONS and _AFTER_INTERJECTION.match(text, tokens[0].end()):
                continue  # "Hola! Si, abrimos los sabados", "Hi! Absolutely, ...": an answer opens the sentence, no one is greeted
            # In a post a known given name counts, or any single word after "love you" / "proud of you";
            # a word no list knows counts when the text speaks of someone's care ("Congrats, Thaddeus! 100 days
            # sober"), not otherwise ("Hello February!", "Go Bulldogs!"). A reply greets no one but {{ reviewer }}.
            personal = _PERSONAL_CHEER.match(text, match.start()) is not None and len(tokens) == 1 and not _plural(first)
            if not (is_first_name(first) or reply or personal) and not _plural(first):
                if care is None:
                    care = mentions_care(text)
                personal = care
            if is_first_name(first) or reply or personal:
                found = _person(text, tokens, tokens[0].start(), "greeted by name")
                if found:
                    yield found
    bounds: list[int] | None = None
    for pattern in (_DOES_CARE, _IS_BACK):  # "Tobias came in with a chipped tooth"; "Ingrid is back on the ice after her fracture"
        for match in pattern.finditer(text):
            words = match.group(1).split()
            if any(w.lower() in NOT_NAMES or w.lower() in PLACE_AFTER or w.lower() in known.org for w in words) or is_place(text, match.start(1)):
                continue
            if _before(text, match.start(1)) in ("the", "a", "an", "our", "your", "el", "la", "los", "las", "un", "una"):
                continue
            if pattern is _IS_BACK:
                bounds = bounds or sentence_bounds(text)
                if not cared_for(text, *sentence_of(bounds, match.start())):
                    continue
            yield Person(match.start(1), match.end(1), tuple(words), "a name with their care", public=False)
    for match in _NICKNAME.finditer(text):  # "Big Earl", "Lil Tony": a nickname the town knows
        first = _CAP.match(text, match.end())
        if first is None:  # "Big QUINONES": capitals only, read by the label and caps passes
            continue
        info = lexicon_names.name_info(first.group(0))
        if (info is None or info.first) and first.group(0).lower() not in _NOT_A_NAME:  # "Big Earl", "Big Tino"
            found = _person(text, run(match.end(), 1 if slug else 3), match.start(), "a nickname", public=False)
            if found:
                yield found
    for match in _LABEL.finditer(text):  # a wristband or a specimen label: "QUINONES R. - FIV ciclo 3"
        for word in _LABEL_WORD.finditer(match.group(1)):
            info = lexicon_names.name_info(word.group(0))
            if info is not None and not info.also_word and word.group(0).lower() not in _NOT_A_NAME and word.group(0).lower() not in known.org:
                at = match.start(1) + word.start()
                yield Person(at, at + len(word.group(0)), (word.group(0),), "a name on a label", excusable=False, public=False)
                break
    for match in _CAP.finditer(text):  # any known first name, or a name no list knows before a surname ("Oriane Castellanos")
        word = match.group(0)
        low = word.lower()
        inside = None if slug else _CAP_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if inside and inside.group(1).lower() not in _NOT_A_NAME:
            continue  # inside a run of names: its first word speaks for it ("Tasha Monroe", not "Monroe")
        info = lexicon_names.name_info(word)
        if info is not None and info.first and low not in known.org and (info.also_word and low not in _NOT_A_NAME or low in WORD_GIVEN):
            # A first name that is also a word or a date ("Ray", "Hope", "Rosa", "April", "Julio") is a name
            # when what follows makes it one: a surname, an initial, "de" ("Julio R. Benitez", "Pilar de la
            # Fuente", "Cruz Mendoza Rivas"), or a hometown ("Earl from Boise").
            found = _word_name(text, match, known, slug)
            if found is None and low not in _NOT_A_NAME and _FROM_PLACE.match(text, match.end()) and not _sentence_start(text, match.start()):
                found = _person(text, run(match.start(), 2 if slug else 4), match.start(), "a first name and a hometown")
                found = found if found and found.words[0] == word else None
            if found is None and not slug and low not in known.org and not is_place(text, match.start()):
                found = _known_by_place(text, match) or (_word_name_with_milestone(text, match) if low in WORD_GIVEN else None)
            if found:
                yield found
            continue
        if not is_first_name(word) and low not in _NOT_A_NAME and low not in known.org and is_unknown(word):
            after = _CAP.match(text, match.end() + 1) if text[match.end() : match.end() + 1] == " " else None
            if after and is_surname(after.group(0)) and after.group(0).lower() not in _NOT_A_NAME | _PARTICLES | SPANISH_EVERYDAY and not _VERB_LIKE.search(low) and not is_place(text, match.start()):
                found = _person(text, run(match.start()), match.start(), "a full name")
                if found and found.words[0] == word:
                    yield found
            continue
        if is_first_name(word):
            if info is None and not slug and _before(text, match.start()) in _POSSESSIVES:
                continue  # "Tu Angelito Duerma Bien": a diminutive after "tu" or "your" is a pet word, not a name
            found = _person(text, run(match.start(), 2 if slug else 4), match.start(), "a full name" if _CAP.match(text, match.end() + 1) else "a first name")
            if found and found.words[0] == match.group(0):
                if len(found.words) == 1 and not slug and _sentence_start(text, match.start()) and not _lone_name(text, match):
                    continue  # "Charla gratuita", "Manda tu CV": a capital at a sentence's start is weak evidence
                yield found
    if slug:
        yield from _slug_people(text, known)
    for match in _HANDLE.finditer(text):
        handle = match.group(1).rstrip(".")
        if re.search(r"[A-Za-z]", handle) and not known.is_own_handle(handle) and not is_org_handle(handle):
            yield Person(match.start(), match.end(), ("@" + handle,), "a social handle", public=False)


# --- what a text says about the people in it -------------------------------------------------------------

_PUBLIC_ROLE = re.compile(rf"(?<![\w-])(?i:{alternation(NAMES['public_roles'])})(?![\w-])")
_PUBLIC_ROLE_BEFORE = re.compile(rf"(?i:(?:{alternation(NAMES['public_roles'])})(?:['’]s)?[ \t]*,?[ \t]*)$")
_REPORTED = re.compile(rf"(?<![\w-])(?i:{alternation(NAMES['reported'])})[ \t]+(?:(?i:this[ \t]+week|today|on[ \t]+\w+)[ \t]+)?(?i:that|que)(?![\w-])")
_APPOSITION = re.compile(rf"[ \t]*,[ \t]*(?i:the|a|an|el|la|un|una)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?(?i:{alternation(NAMES['public_roles'])})(?![\w-])")
_REPORTED_VERB = re.compile(rf"(?<![\w-])(?i:{alternation(NAMES['reported'])}|citing|according\s+to|segun)(?![\w-])")
_HEDGE = phrase_pattern(NAMES["hedges"])
_CARE_HERE = phrase_pattern(NAMES["care_here"])


def is_public_figure(text: str, person: Person, bounds: list[int]) -> bool:
    """A role before the name ("quarterback Dario Kessler", "la cantante ..."), after it, or reported news."""
    if person.how == "a public figure named" or (person.title and _PUBLIC_ROLE.fullmatch(person.title.rstrip("."))):
        return True
    if _PUBLIC_ROLE_BEFORE.search(text, max(0, person.start - 40), person.start):
        return True
    if _APPOSITION.match(text, person.end):
        return True
    if person.title or person.how not in ("a full name", "a first name"):
        return False
    start, end = sentence_of(bounds, person.start)
    if _REPORTED.search(text, start, person.start):
        return True
    # "Lara's camp says he injured his hand", "Kessler told reporters", "X's team confirmed"
    return bool(_SOURCE_SAYS.match(text, person.end))


_POSSESSIVE_CARE = re.compile(r"(?<![\w-])(?i:his|her|their|su|sus)\s+(?:[\w'’-]+\s+){0,3}?(?=\S)")


_OUR_CARE = re.compile(
    r"(?<![\w-])(?i:with|through|thanks\s+to|(?P<at>in|at|from|en))\s+(?i:our|nuestr[oa]s?)\s+(?:[\w'’-]+\s+){0,3}?(?=\S)|(?<![\w-])(?i:con|gracias\s+a)\s+(?i:nuestr[oa]s?)\s+(?:[\w'’-]+\s+){0,3}?(?=\S)"
)
# "her tips on asthma", "su charla sobre la diabetes": what someone says about care is no care of theirs;
# "at our diabetes awareness event", "en nuestra feria de salud": an event of ours is no one's care.
_TOPIC = re.compile(rf"(?:[\w'’-]+\s+){{0,2}}?(?i:{alternation(_DESCRIBED_WORDS['topics'])})(?![\w-])")
_EVENT = re.compile(rf"(?:[\w'’-]+\s+){{0,3}}?(?i:{alternation(_DESCRIBED_WORDS['events'])})(?![\w-])")


def cared_for(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] says we cared for someone or names their care.

    "came in for his back", "su operacion", "beat it with our shockwave therapy program";
    not "shared her tips on asthma" or "spoke at our diabetes awareness event".
    """
    if _CARE_HERE.search(text, start, end):
        return True
    for match in _POSSESSIVE_CARE.finditer(text, start, end):
        if not _TOPIC.match(text, match.end(), end) and care_in(text[match.start() : min(end, match.end() + 40)]):
            return True
    for match in _OUR_CARE.finditer(text, start, end):
        if match.group("at") and _EVENT.match(text, match.end(), end):
            continue
        if care_in(text[match.start() : min(end, match.end() + 40)]):
            return True
    for match in _WITH_US.finditer(text, start, end):  # "after carpal tunnel surgery with Dr. Chen", "rehab with us"
        before = text[max(start, match.start() - 40) : match.start()]
        if care_in(before) and not _YOURS.search(before):
            return True
    return False


_WITH_US = re.compile(r"(?<![\w-])(?i:with\s+us|con\s+nosotros)(?![\w-])|(?<![\w-])(?i:with|con)\s+(?:(?i:el|la)\s+)?(?:Dr|Dra|Doctor|Doctora)\.?\s+[A-Z]")
_YOURS = re.compile(r"(?<![\w-])(?i:your|you|tu|tus|get|book|schedule|agenda|reserva)(?![\w-])")

# Where a person works or lives, said right after their first name: "June from Sweet Pea Bakery", "Rosa from
# the laundromat on Fifth", "Angel, the barber on Main", "Summer who runs the yoga studio", "Pilar, la del
# estetica de la avenida Hidalgo", "Mercedes, la vecina del 4B", "Rosa de la tienda de la esquina".
_ROLE_WORDS = alternation((*NAMES["occupations"], *_DESCRIBED_WORDS["roles"], *_DESCRIBED_WORDS["people"], "vecina", "vecino", "neighbor", "neighbour"))
_BY_PLACE = re.compile(
    r"[ \t]*(?:,[ \t]*|\([ \t]*|[-–—][ \t]*)?(?:"
    rf"(?i:from|at|of)[ \t]+(?:(?i:the)[ \t]+)?(?:[\w'’&-]+[ \t]+){{0,3}}?(?:(?i:{alternation(_DESCRIBED_WORDS['place_nouns'])})(?![\w-])|[A-Z])"
    rf"|(?i:de|del)[ \t]+(?:(?i:la|el|los|las)[ \t]+)?(?i:{alternation(_DESCRIBED_WORDS['place_nouns'])})(?![\w-])"
    rf"|(?i:the|our|la|el|nuestr[oa])[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{_ROLE_WORDS})(?![\w-])"
    r"|(?i:la|el)[ \t]+(?i:de|del)(?![\w-])"
    rf"|(?i:who|that|que)[ \t]+(?:(?i:also|still|ya|todavia|always|siempre|usually)[ \t]+)?(?i:{alternation(_DESCRIBED_WORDS['job_verbs'])})(?![\w-])"
    r")"
)
_MILESTONE_STATE = phrase_pattern(_DESCRIBED_WORDS["milestone_states"])
_MILESTONE_VERB = phrase_pattern(_DESCRIBED_WORDS["milestone_verbs"])
_NOT_OWN = phrase_pattern((*_DESCRIBED_WORDS["topics"], *_DESCRIBED_WORDS["events"], *_DESCRIBED_WORDS["not_own_care"]))
_YOUR_CARE = re.compile(r"(?<![\w-])(?i:your|tu|tus)\s+(?:[\w'’-]+\s+){0,3}?(?=\S)")


_VISITED = phrase_pattern(("came in", "came by", "stopped by", "stopped in", "dropped by", "visited us", "vino", "vinieron", "nos visito", "paso a vernos"))
_VISIT_END = re.compile(r"[,;:()]|(?<![\w-])(?i:for|to\s+help|to\s+bring|para|y\s+nos|and\s+brought)(?![\w-])")
_OBJECT_END = re.compile(r"[,;:()]|(?<![\w-])(?i:for|to|at|with|from|in|on|and|but|because|while|para|por|con|en|y|pero|porque|mientras)(?![\w-])")
_DONE = phrase_pattern(("fixed", "replaced", "removed", "out", "off", "done", "repaired", "set", "drained", "pulled", "taken out", "treated", "operated on", "stitched"))
_NEW = phrase_pattern(("new", "nueva", "nuevo", "nuevas", "nuevos"))
_GIVEN_ONLY = re.compile(r"(?i:vaccine|vaccines|shot|shots|booster|vacuna|vacunas|refuerzo|test|tests|testing|screening|check|checks|checkup|prueba|pruebas|examen|exam|physical|panel)")


def _had_care(window: str) -> bool:
    """'got'/'had' before a care of one's own: a condition ("had a stroke", "got that hernia fixed"), a
    procedure ("had hip surgery", "got braces"), a body part made new or fixed ("got a new knee"); not
    what one stocks or hands out ("got the new shingles vaccine in stock", "got flu shots for the crew")."""
    done = _DONE.search(window) is not None
    for found in lexicon_clinical.find(window):
        if found.category == "condition" or done:
            return True
        if found.category == "procedure" and not _GIVEN_ONLY.search(found.term):
            return True
        if found.category == "body_part" and _NEW.search(window):  # "got a new knee"
            return True
    return done and bool(CARE_WORDS.search(window) or CLINICAL.search(window))


def own_care(text: str, start: int, end: int, *, second_person: bool = False) -> bool:
    """Whether text[start:end] tells of someone's own care, a milestone of it included.

    What cared_for reads, a visit for care ("vino hoy con sus hijos a vacunarse"; not "came by with donuts
    for our flu shot clinic"), and what is said without "his" or "her": a state ("is in remission", "six
    months sober", "ya esta libre de cancer", "rang the bell") or a verb of what happened in care before a
    care word ("got that hernia fixed", "had her gallbladder out", "beat breast cancer", "te operaron la
    rodilla"), not before a topic, an event or a course ("finished a CPR course", "had lunch at our
    diabetes walk"). `second_person`: the one described is "you" ("POV: you're the crossing guard at
    ..."), so "your new hearing aids" is theirs.
    """
    if cared_for(text, start, end) or _MILESTONE_STATE.search(text, start, end):
        return True
    for verb in _MILESTONE_VERB.finditer(text, start, end):
        window = text[verb.end() : min(end, verb.end() + 50)]
        cut = _OBJECT_END.search(window)  # the verb's object: "had coffee ready | for our flu shot clinic"
        window = window[: cut.start()] if cut else window
        if _NOT_OWN.search(window):
            continue
        if verb.group(0).lower().split()[-1] in ("got", "gets", "had"):
            if _had_care(window):
                return True
        elif care_in(window):
            return True
    for visit in _VISITED.finditer(text, start, end):  # "vino hoy con sus dos hijos a vacunarse contra la influenza"
        window = text[visit.end() : min(end, visit.end() + 60)]
        cut = _VISIT_END.search(window)  # "came by with donuts | for our flu shot clinic"
        window = window[: cut.start()] if cut else window
        if care_in(window) and not _NOT_OWN.search(window):
            return True
    if second_person:
        for match in _YOUR_CARE.finditer(text, start, end):
            window = text[match.start() : min(end, match.end() + 40)]
            if care_in(window) and not _NOT_OWN.search(window):
                return True
    return False


def claims_about_health(text: str, bounds: list[int]) -> re.Match | None:
    """Where a text says we cared for someone, or guesses at someone's health ("probably needs surgery").

    A guess reads a hedge with a care word in its sentence or the next ("did you catch X slurring his
    words? ... textbook stroke signs"); a hedge in a sentence that reports news is no guess.
    """
    here = _CARE_HERE.search(text)
    if here:
        return here
    for hedge in _HEDGE.finditer(text):
        start, end = sentence_of(bounds, hedge.start())
        if _REPORTED_VERB.search(text, start, end):
            continue  # "the club announced he will likely miss the season": reported, not guessed
        # What was seen, then what it means: "Did you catch X slurring? ... textbook stroke signs."
        after = sentence_of(bounds, end)[1] if end < len(text) else end
        if care_in(text, start, after):
            return hedge
    return None


def mentions_care(text: str) -> bool:
    """Whether a text speaks of anyone's care at all (a care or clinical word, or care at the practice)."""
    return bool(_CARE_HERE.search(text)) or care_in(text)


def _health_next_to(text: str, person: Person, bounds: list[int]) -> bool:
    """A care word just after a public figure's name, in a sentence that reports nothing ("Councilman X on his recovery")."""
    start, end = sentence_of(bounds, person.start)
    if _REPORTED_VERB.search(text, start, end):
        return False
    window = " ".join(re.findall(r"\S+", text[person.end : min(end, person.end + 80)])[:8])
    return care_in(window)


_QUOTED = rf"[\"“'‘«](?:(?:el|la|the)[ \t]+)?({CAP}(?:[ \t]+{CAP}){{0,2}})[\"”'’»]"
# A nickname given right after a name: 'Marisol Tapia, "Mari" para todos', "Roberto Garza (Beto)",
# "Guadalupe Salas, better known as Lupita"; or inside it: 'Roberto "Beto" Garza'.
_ALIAS_AFTER = re.compile(rf"[ \t]*(?:,[ \t]*|[ \t]*[-–—][ \t]*)?(?:\([ \t]*)?(?:(?i:{alternation(NAMES['alias_markers'])}),?[ \t]+[\"“'‘«]?({CAP})|{_QUOTED}|(?<=\()({CAP})[ \t]*\))")
_ALIAS_INSIDE = re.compile(_QUOTED)
# 'the residents call her "Doc Bones"', 'los peques le dicen "la Doctora Chispita"': a nickname given by name
_ALIAS_CALLED = re.compile(
    rf"(?<![\w-])(?i:call|calls|called|nicknamed|le\s+dicen|les\s+dicen|le\s+decimos|le\s+llaman|la\s+llaman|lo\s+llaman|apodan|apodo|known\s+as|conocid[oa]\s+como)"
    rf"[ \t]+(?:(?i:him|her|them|me|us)[ \t]+)?{_QUOTED}"
)


def _team_aliases(text: str, known: Known, found: list[Person]) -> frozenset[str]:
    """Nicknames the text gives to team members named in full ('Marisol Tapia, "Mari" para todos'): theirs too."""
    aliases: set[str] = set()
    in_full = False
    for person in found:
        if len(person.words) < 2 or not person.excusable or not known.is_team(person.words, person.title):
            continue
        in_full = True
        after = _ALIAS_AFTER.match(text, person.end)
        inside = _ALIAS_INSIDE.search(text, person.start, person.end)
        for match in (after, inside):
            if match:
                aliases.update(word.lower() for group in match.groups() if group for word in group.split())
    if in_full:  # a text about a team member named in full: the nicknames it gives are theirs
        for match in _ALIAS_CALLED.finditer(text):
            aliases.update(word.lower() for word in match.group(1).split())
    return frozenset(aliases)


def named(text: str, known: Known, *, reply: bool = False, slug: bool = False) -> Iterator[Person]:
    """The people of `text` who may not be named: not on the team, not a public figure spoken of fairly.

    A name inside a public figure's name passes with it ('Lara' in 'boxer Kiko "Dinamita" Lara').
    """
    bounds: list[int] | None = None
    health: re.Match | None | bool = False
    excused: list[tuple[int, int]] = []
    found = sorted(people(text, known, reply=reply, slug=slug), key=lambda p: (p.start, -p.end))
    aliases = _team_aliases(text, known, found)
    for person in found:
        if person.excusable and known.is_team(person.words, person.title):
            continue
        if person.excusable and aliases and {w.lower() for w in person.words} <= aliases:
            continue  # "Marisol Tapia, 'Mari' para todos ... Gracias, Mari!": the nickname is the team member's
        if person.public and any(s <= person.start and person.end <= e for s, e in excused):
            continue
        if person.public:
            bounds = bounds or sentence_bounds(text)
            if is_public_figure(text, person, bounds):
                if health is False:
                    health = claims_about_health(text, bounds)
                if health is None and not _health_next_to(text, person, bounds):
                    excused.append((person.start, person.end))
                    continue
        yield person
