"""A handle right after a public office's title: "la Subsecretaria @<Handle>", "Secretary @<Handle>", "el alcalde @<Handle>".

Ministries and governments tag the officials beside them by their accounts, each after the office held ("Junto a la
Subsecretaria @<Handle>, el Subsecretario @<Handle> ...", "Mayor @<Handle> opened the site"). An account named by its
office is a public official's, as a name introduced by a public role is (public.py), and so is one whose government
it is ("el Gobierno de @<Handle>", "#UnGobiernoPresente de @<Handle>"): the public roles of
privacy-names.yml and a government's offices (minister, secretary, undersecretary, seremi ...). "Secretary",
"secretario" and "secretaria" are also an office assistant's job, so they count only written with a capital, as an
office's title is. An account whose sentence tells of care stays a person's ("la Subsecretaria @<Handle> se opero de la
rodilla con nosotros"), and so does any other handle (one greeted, thanked or listed). A bounded look before the handle: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation, sentence_bounds, sentence_of
from .care import cared_for, own_care
from .known import Person
from .vocabulary import NAMES

_OFFICES = (
    *NAMES["public_roles"],
    *("undersecretary", "deputy secretary", "subsecretario", "subsecretaria", "minister", "ministro", "ministra"),
    *("viceministro", "viceministra", "seremi", "intendente", "intendenta", "delegado", "delegada", "prefect"),
)
# The office, then at most a comma before the handle: "el alcalde @", "la Subsecretaria @", "Secretary, @".
_OFFICE_BEFORE = lazyre.compile(rf"(?<![\w-])(?:(?i:{alternation(_OFFICES)})|Secretary|Secretari[oa]|SECRETARY|SECRETARI[OA])[ \t]*,?[ \t]*$")
# A government named by whom it belongs to: "el Gobierno de @<Handle>", "the administration of @<Handle>", a tag with the
# word inside it ("#UnGobiernoPresente de @<Handle>"): the one who governs, in office.
_GOVERNMENT_OF = lazyre.compile(
    r"(?:(?i:gobierno|administraci[oó]n|government|administration)[\w]*|(?<=#)[\w]*(?:Gobierno|Government|Administracion|Administración)[\w]*)"
    r"[ \t]+(?i:de|del|of)[ \t]*,?[ \t]*$"
)


def office_handle(text: str, person: Person) -> bool:
    """Whether `person` is a handle written right after a public office's title, in a sentence that tells no care."""
    if not text.startswith("@", person.start):
        return False
    window = max(0, person.start - 40)
    if _OFFICE_BEFORE.search(text, window, person.start) is None and _GOVERNMENT_OF.search(text, window, person.start) is None:
        return False
    first, last = sentence_of(sentence_bounds(text), person.start)
    return not (cared_for(text, first, last) or own_care(text, first, last))
