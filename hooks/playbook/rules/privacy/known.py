"""Who may be named (the team, the practice's own words and handles) and the record of someone named."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ... import lazyre
from ...lexicon import clinical
from ...lexicon import names as lexicon_names
from ...model import Plans
from ...normalize import fold
from ...text import alternation
from .agency_handles import agency_handle, field_office
from .common import WORDS
from .practice_town import home_towns
from .vocabulary import COURTESY, NAMES, PERSONAL_TITLES, PET_FORMS, PLACE_AFTER, diminutive_of, is_first_name, lowered


def _title(word: str) -> str:
    """'Dr.', 'Dra.', 'Doctor' -> 'dr'; 'Mrs.' -> 'mrs'; 'Senora' -> 'senora'."""
    word = word.lower().rstrip(".")
    return "dr" if word in ("doctor", "dra", "doctora") else word


def _roots(word: str) -> set[str]:
    """The given names a word may stand for: itself, the name it is a diminutive of, the names a pet form of either shortens."""
    base = diminutive_of(word)
    return {word, *PET_FORMS.get(word, ()), *((base, *PET_FORMS.get(base, ())) if base else ())}


def _goes_by(word: str, member: frozenset[str]) -> bool:
    """Whether a member with these name words goes by `word` (lower case): a word of the name, its
    diminutive ("juanita"), a pet form of it ("nacho" for Ignacio) or a pet form's diminutive ("chayito"),
    or, the other way round, the name a member written in a diminutive or a pet form stands for ("Lupe"
    for Lupita Cardenas, "Guadalupe" too, "Chayo" for Chayito)."""
    if word in member:
        return True
    base = diminutive_of(word)
    if base in member or bool(PET_FORMS.get(word, frozenset()) & member) or bool(base and PET_FORMS.get(base, frozenset()) & member):
        return True
    roots = _roots(word)
    return any(roots & _roots(name) for name in member if diminutive_of(name) or name in PET_FORMS)


_KNOWN_FOR: list = [None, None]  # (plans, Known of them)


@dataclass(frozen=True)
class Known:
    """Who may be named: the team (with the titles each may carry), the practice's own words and handles."""

    team: tuple[tuple[frozenset[str], frozenset[str]], ...]  # (name words, titles) per member
    org: frozenset[str]
    handles: frozenset[str]
    squashed_name: str
    given: tuple[str, ...] = ()  # each member's given name (lower case), in the order of `team`
    home: tuple[str, ...] = ()  # the practice's own town, from its address (practice_town.py), folded and in lower case

    @classmethod
    def of(cls, plans: Plans) -> Known:
        """Who the plans let be named; made once per plans (every privacy rule of every file asks)."""
        if _KNOWN_FOR[0] is not plans:
            _KNOWN_FOR[:] = [plans, cls._of(plans)]
        return _KNOWN_FOR[1]

    @classmethod
    def _of(cls, plans: Plans) -> Known:
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
            home_towns(plans.practice.address) if plans.practice.address else (),
        )

    def is_team(self, words: Iterable[str], title: str = "") -> bool:
        """True when every word (initials aside) belongs to the name of one team member.

        A personal or doctor's title must be the member's own: "Dr. Okafor" passes for Dr. Ada
        Okafor, but "Mrs. Patel" does not for Sam Patel, nor "Dr. Lee" for Jordan Lee (not clinical).
        Role titles ("Nurse", "Coach", "Officer") pass with any member's name. Courtesy ("Don Rogelio
        Benitez", "Dona Carmen", the Southern "Miss Bernice") is respect, not the member's own title: it passes
        before the member's given name or its pet form ("Don Lalo" for Eduardo Ramos), but "Senora
        Lopez" alone is not Dana Lopez of the front desk.
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
            if title in COURTESY and index < len(self.given) and any(_goes_by(w, frozenset((self.given[index],))) for w in wanted):
                return True  # "Don Rogelio" for Rogelio Benitez, "Don Lalo" for Eduardo Ramos: respect before their given name or its pet form
        return False

    def is_own_handle(self, handle: str) -> bool:
        low = handle.lower()
        return low in self.handles or (len(low) >= 5 and self.squashed_name.startswith(low))


_HANDLE_ORG = lowered("handle_org_words")
_HANDLE_WORD = lazyre.compile(r"[A-Z]{2,}(?=[A-Z][a-z]|[^A-Za-z]|$)|[A-Z]?[a-z]+|[A-Z]+")


_HANDLE_CAUSE = lowered("handle_cause_words")
_HANDLE_SHORT = lowered("handle_org_short")
_GLUED_OF = lazyre.compile(r"(?<=[a-z]{3})(?:of|de|del)$")
_ACRONYM_SUFFIX = lazyre.compile(r"[A-Z]{2,}(?=[a-z])|(?<=[A-Z])[a-z]+$")
# An office's word glued to its place in lower case: "@Maricopahealth", "@tularecountyhealth", "@saludpublica"
_GLUED_OFFICE = lazyre.compile(rf"(?<=[a-z]{{3}})(?:{alternation(NAMES['handle_glued_office'])})$|^(?:{alternation(NAMES['handle_glued_office_first'])})(?=[a-z]{{3}})")


_SUFFIXES = frozenset(("jr", "sr"))  # a junior's or a senior's, after a school ("<Name> Jr High") or a name: "@JRSmith" is J.R.'s (round 97)


def is_org_handle(handle: str, text: str = "") -> bool:
    """An account that names an organisation (@MillbrookGazette, @CDCgov, @county_parks), an office by its
    letters (@NWSBrownsville, @MassDPH, @KYEEC: agency_handles.py) or a cause (@StateCancerNetwork,
    @MoveForHeartHealth, @FluFightersTX) or a society by its short forms (@AmerAcadOphth): one of its words says so.

    A cause is a campaign word or a condition with no given name beside it: "@OakvilleCancer" is a
    programme's account, "@RositaBeatsCancer" a person's. `text`, if given, is where the handle is written.
    """
    if agency_handle(handle, text):
        return True  # "@NWSBrownsville", "@TexasDSHS", "@KYEEC": an office's letters
    words = _HANDLE_WORD.findall(handle)
    lows = [w.lower() for w in words] + [w.lower() for w in _ACRONYM_SUFFIX.findall(handle)]  # "CDCgov": CDC + gov
    if any(w in _HANDLE_ORG or w in PLACE_AFTER and w not in _SUFFIXES or _GLUED_OF.sub("", w) in _HANDLE_ORG or _GLUED_OFFICE.search(w) for w in lows) or field_office(words):
        return True  # "@CityofNewarkNJ", "@CondadodeHidalgo": "of" glued to the office; "@EcologyWA": a field and a state
    cause = any(w in _HANDLE_CAUSE or w in _HANDLE_SHORT for w in lows) or bool(clinical.find(" ".join(words)))  # "@AmerAcadOphth"
    return cause and not any(is_first_name(w) or getattr(lexicon_names.name_info(w), "first", False) for w in words)


# How slugs.slug_full_names reads a full name with a day of their care beside it; eponyms reads it too (no clinic's name)
CARED_IN_FILE = "a full name with their care in a file's name"


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
