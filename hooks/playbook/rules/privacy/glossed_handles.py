"""A handle that the text itself glosses as an agency, right after it: "@<handle> (<Town> County Public Health)".

Practices reshare a notice and say whose it is twice: the account and, in brackets or after a dash, the office's name
("Sharing from @<handle> (<County> Health Care Agency) and the FDA", "según @<handle> (Secretaría de Salud de <State>)",
"Reposting @<handle> - <County> Department of Public Health: ..."). Whatever letters the handle is spelled with, the text
names it as a public office, and an office is no one (cited_handles.py reads the other order, the agency's name then its
handle in brackets, beside a government link). The gloss is a run of capitalised words (and "de", "of", "y", "&" ...)
that closes the bracket or ends at a colon, a comma or the sentence, holds an office's word (department, agency, health,
secretaría, salud, ministerio, county ...) and does not open with a title or a given name that is no place's ("@<handle>
(<Given> <Surname> de Salud Pública)" is a person glossed by her name). A handle that opens with a title ("@dra...") or
holds a capitalised given name ("@<Given>Salud"), and one whose sentence tells of care, stay a person's. A bounded look
right after the handle: linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...text import sentence_bounds, sentence_of
from .care import cared_for, own_care
from .known import Person
from .place_handles import county_words
from .places import is_state, is_town
from .vocabulary import is_first_name

HANDLE = "a social handle"  # how people.py reports a handle
# What an office's name holds: its kind or its field, English and Spanish (folded: "secretaria", "publica").
_OFFICE_WORDS = frozenset(
    (
        *("agency", "department", "dept", "health", "public", "services", "service", "administration", "ministry", "bureau"),
        *("office", "commission", "district", "authority", "county", "division", "board", "institute", "centers", "government"),
        *("agencia", "departamento", "secretaria", "salud", "publica", "servicios", "ministerio", "instituto", "oficina"),
        *("comision", "distrito", "autoridad", "condado", "gobierno", "direccion", "jurisdiccion", "coordinacion", "municipio"),
    )
)
_CONNECTORS = r"(?i:de|del|la|las|los|el|en|y|e|of|the|and|for|on|in|&)(?![\w'’-])"
_WORD = r"[A-Z][\w'’&-]*"
# The gloss: a bracket or a dash (a comma's dash too), then a run of capitalised words and connectors, at most ten.
_GLOSS = lazyre.compile(
    rf"[ \t]*(?:(?P<bracket>\()|,?[ \t]*(?:--?|—|–)|,)[ \t]*(?:(?i:the|el|la|los|las)[ \t]+)?"
    rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|{_CONNECTORS})){{0,9}})"
)
_CLOSES = lazyre.compile(r"[ \t]*(?:[):,;.!?\n]|$)")
_BRACKET_CLOSES = lazyre.compile(r"[ \t]*\)")
_TITLES = frozenset(("dr", "dra", "doc", "mr", "mrs", "ms", "miss", "sr", "sra", "srta", "lic", "nurse", "coach", "don", "dona"))
_TITLED_HANDLE = lazyre.compile(r"(?i:dr|dra|doc|doctor|doctora|nurse|coach)(?=[a-z_.]|[A-Z])")
_CAPITALS = lazyre.compile(r"[A-Z][a-z]{2,}")


def _given(word: str) -> bool:
    """A given name that names no place ("Maria"; not "Tulsa", "Jackson" as a county's, "Carolina" as a state's)."""
    return is_first_name(word) and not is_town(word) and not is_state(word) and not county_words([word])


def _office_name(name: str) -> bool:
    """Whether the capitalised run reads as an office's name: an office's word in it, no title or person's given name first."""
    words = re.findall(r"[A-Za-z]+", name)
    if len(words) < 2 or words[0].lower() in _TITLES or _given(words[0]):
        return False
    return any(word.lower() in _OFFICE_WORDS for word in words)


def glossed_handle(text: str, person: Person) -> bool:
    """Whether `person`, a handle found in the folded `text`, is glossed right after it by an office's name."""
    if person.how != HANDLE or not text.startswith("@", person.start):
        return False
    handle = person.words[0].lstrip("@")
    if _TITLED_HANDLE.match(handle) or any(_given(word) for word in _CAPITALS.findall(handle)):
        return False  # "@DraLopez", "@MariaSalud": a person's account, whatever gloss follows
    gloss = _GLOSS.match(text, person.end)
    if gloss is None:
        return False
    name = gloss.group("name")
    closes = (_BRACKET_CLOSES if gloss.group("bracket") else _CLOSES).match(text, gloss.end())
    if not closes or not _office_name(name):
        return False
    lo, hi = sentence_of(sentence_bounds(text), person.start)
    return not cared_for(text, lo, hi) and not own_care(text, lo, hi)
