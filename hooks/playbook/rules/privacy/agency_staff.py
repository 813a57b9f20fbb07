"""An agency's staff named with the agency: "CDC's <First Last>", "<First Last> of the CDC", "NIH's Dr. <Name>".

Agencies introduce the scientists and officials who speak for them by the agency's name: its letters or its name
and a possessive before the person ("CDC's <Name>", "WHO's Dr. <Name>", "the American Heart Association's <Name>"),
or "of", "from", "at" or "de" and the agency after ("<Name> of the FDA", "<Name>, de la OPS", "la Dra. <Name> de los CDC").
Someone speaking for a public agency is a public person, as an official introduced by a role is (public.py). The
agencies are the public offices' letters (privacy-names.yml handle_agency_acronyms: CDC, NIH, WHO, OMS ...), read as
written, in capitals ("WHO", not "who"), and a body's name ending in what it is (Association, Department, Institute,
Agency, Administration, Organization, Society, Foundation, Red Cross). A clinic or a hospital is no such body, so "a
patient of <Clinic>" stays a patient; neither is anyone the text calls a patient, nor anyone whose sentence tells of
care ("CDC's <Name> came in for knee surgery with us"). Bounded looks either side of the name: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation, sentence_bounds, sentence_of
from .care import cared_for, own_care
from .known import Person
from .vocabulary import NAMES

_LETTERS = alternation(NAMES["handle_agency_acronyms"])
_BODY = r"(?:[A-Z][\w'’-]{0,30}[ \t]+){1,4}(?:Association|Department|Institutes?|Agency|Administration|Organi[sz]ation|Society|Foundation|Cross|Asociaci[oó]n|Organizaci[oó]n|Instituto|Departamento|Secretar[ií]a|Ministerio)"
_AGENCY = rf"(?:(?-i:{_LETTERS})|{_BODY})(?![\w-])"
_TITLE = r"(?:(?i:dr|dra|prof|doctor|doctora)\.?[ \t]+)?"
# The agency's possessive right before the name (or its title): "CDC's ", "WHO’s Dr. ".
_OWNED = lazyre.compile(rf"(?<![\w-])(?:(?-i:{_LETTERS})|{_BODY})['’]s[ \t]+{_TITLE}$")
# The agency right after the name: "<Name> of the CDC", "<Name>, from NIH", "<Name> de la OPS", "<Name> (CDC)".
_OF = lazyre.compile(rf"[ \t]*,?[ \t]+(?i:of|from|at|with|de|del|desde)[ \t]+(?:(?i:the|la|el|los|las)[ \t]+)?{_AGENCY}|[ \t]*\((?-i:{_LETTERS})\)")
_PATIENT = lazyre.compile(r"(?<![\w-])(?i:patients?|pacientes?|clients?)(?![\w-])")


def agency_staff(text: str, person: Person) -> bool:
    """Whether `person` is named with a public agency or organisation as one who speaks for it, with no care told."""
    if text.startswith("@", person.start):
        return False  # handles are weighed by their own readings
    owned = _OWNED.search(text, max(0, person.start - 80), person.start) is not None
    if not owned and _OF.match(text, person.end) is None:
        return False
    first, last = sentence_of(sentence_bounds(text), person.start)
    if _PATIENT.search(text, first, last):
        return False  # "our patient <Name> of the ...": a patient stays one
    return not (cared_for(text, first, last) or own_care(text, first, last))
