"""A reply's closing sign-off by the practice's team: "– The Maryvale Rehab team", "— El equipo de Clínica Sonrisa".

A reply closes with who wrote it, and a practice's name often holds a clinical word ("Maryvale Rehab", "Desert
Sleep Center", "Clinica del Dolor"). PHI002 reads any such word under a review as the reviewer's care; in the team's
sign-off it is only the practice's name. The sign-off is read only at the very end of the reply, after a dash, a line
break or a sentence's end: "the <Capitalised Name> team" (English) or "el equipo de <Capitalised Name>", "Equipo <Capitalised
Name>" (Spanish), with
nothing after but punctuation, an emoji or the practice's handle. A clinical word anywhere else in the reply stays an
error ("We hope your rehab went well. – The Maryvale team" still names the reader's care), and so does a sign-off whose
name is only care and a facility's word ("– The Knee Replacement team", "— El equipo de Oncología"): a department
that tells the reader's care, no practice's name.

Round 51: a reply also closes with the practice's bare name after a dash, or on its own line after a closing
("Thanks,\n<Name> Dental", "— <Town> Kidney & Dialysis", "- Riverside Family Dermatology", "— Clínica Dental <Name>"):
two capitalised words or more, one of them a practice's word or a clinical one (a one-word "— <Name>" or a titled
"— Dr. <Name>" is someone signing, read as before). Inside such a sign-off a run read as a name ("Savannah Allergy",
"Riverside Family") is the organisation's, not a person (PHI003, no_one.py), once the sign-off holds a practice's or a
clinical word (or the team's own: "— Equipo <Name>", round 75) and the run has no title and a word no name list holds
("— <Given> <Surname> Knee Clinic" still names someone). One anchored match: linear.
"""

from __future__ import annotations

import functools

from ... import lazyre
from ...lexicon import names as lexicon_names

_CAPS = r"(?:(?:[A-ZÁÉÍÓÚÑ&][\w'’&.-]*|de|del|la|las|los|el|y|of|the|and)[ \t]+){0,5}?"  # "Clínica del Dolor Norte"
_SIGN_OFF = lazyre.compile(
    rf"(?:^|[\n—–]|(?:^|[ \t])-|[.!?])[ \t]*(?:(?i:the)[ \t]+{_CAPS}[A-ZÁÉÍÓÚÑ][\w'’&.-]*[ \t]+(?i:team|staff|crew)"
    rf"|(?:(?i:con[ \t]+cari[nñ]o|saludos|atentamente|un[ \t]+abrazo|gracias)[ \t]*,?[ \t]*)?(?i:(?:todo[ \t]+)?(?:el[ \t]+)?equipo|el[ \t]+personal)(?:[ \t]+(?i:de|del))?[ \t]+(?:(?i:la|el)[ \t]+)?{_CAPS}[A-ZÁÉÍÓÚÑ][\w'’&.-]*"
    # all of them at the practice: "— everybody at <Town> Lung & Sleep", "— The team at <Name> Pediatrics", "— Todos en <Name>" (round 96)
    rf"|(?i:(?:from[ \t]+|de[ \t]+)?(?:everybody|everyone|all[ \t]+of[ \t]+us|the[ \t]+(?:whole[ \t]+)?(?:team|staff|crew|gang|folks)|your[ \t]+friends|todos|todo[ \t]+el[ \t]+equipo|tus[ \t]+amigos))"
    rf"[ \t]+(?i:at|here[ \t]+at|en|de)[ \t]+(?:(?i:the|la|el)[ \t]+)?{_CAPS}[A-ZÁÉÍÓÚÑ][\w'’&.-]*)"
    r"[^\w\n]{0,12}\Z"
)
# The practice's bare name after a dash or a line's start, closing the reply: "— Stanislaus Kidney & Dialysis"
_BARE = lazyre.compile(rf"(?:(?<=[,.!?:])[ \t]*\n|(?<=\S)[ \t]*(?:\n[ \t]*)?(?:[—–]|[ \t]-))[ \t]*((?:[A-ZÁÉÍÓÚÑ][\w'’&.-]*[ \t]+){{1}}{_CAPS}[A-ZÁÉÍÓÚÑ][\w'’&.-]*)[^\w\n]{{0,12}}\Z")
# A practice's own words: what a clinic calls itself beside its town's or its founder's name ("Family Medicine", "Salud")
_PRACTICE = frozenset(
    "clinic clinica center centre centro health salud medical medicina medicine care wellness family familia practice "
    "associates group partners specialists institute instituto hospital dental smiles sonrisas vision eye eyes kids ninos "
    "pediatrics pediatria doctors medicos".split()
)
_TITLE = lazyre.compile(r"(?i:dr|dra|drs|mr|mrs|ms|sr|sra|srta|nurse|coach)\.?(?![\w'’-])")
# Words of a name that are no one's own: articles, the team's word, a facility's kind ("Clinic", "Centro").
_GENERIC = frozenset(
    "the of and de del la las los el y team staff crew equipo personal clinic clinica clínica center centre centro unit unidad "
    "department departamento service services servicio servicios program programa".split()
)
_WORD = lazyre.compile(r"[\w'’&.-]+")
_TEAM_WORD = lazyre.compile(r"(?<![\w-])(?i:team|staff|crew|equipo|personal)(?![\w-])")
_TAIL = 160  # the sign-off is searched for only in the reply's last characters
_ALL_AT = lazyre.compile(r"(?i:everybody|everyone|all[ \t]+of[ \t]+us|team|staff|crew|gang|folks|friends|todos|equipo|amigos)[ \t]+(?i:at|here[ \t]+at|en|de)[ \t]+(?:(?i:the|la|el)[ \t]+)?$")


@functools.lru_cache(maxsize=8)
def sign_off_span(text: str) -> tuple[int, int] | None:
    """The span of the team's closing sign-off at the end of `text`, or None: once per text (asked for every name found, it
    made a new stripped copy each time, which the literal pre-check read whole again: quadratic on a long text)."""
    stripped = text.rstrip()
    match = _SIGN_OFF.search(stripped, max(0, len(stripped) - _TAIL))
    if match:
        return match.start(), match.end()
    bare = _BARE.search(stripped, max(0, len(stripped) - _TAIL))
    if bare is None or _TITLE.match(bare.group(1)) or not _practice_words(stripped, *bare.span(1)):
        return None  # "— Dr. <Name>", "— <Given> <Surname>": someone signing
    return bare.span(1)


def _practice_words(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a practice's own word or a clinical one ("Dermatology", "Kidney", "Dental")."""
    from .care import care_in  # care.py reads vocabulary.py, whose readers read this module: import on use

    return any(w.group(0).lower().strip(".") in _PRACTICE for w in _WORD.finditer(text, start, end)) or care_in(text, start, end)


def signed_by_practice(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], read as a name, lies in the reply's closing sign-off by the practice, a sign-off holding a
    practice's or a clinical word, with no title before it and a word in it no name list holds: "Savannah Allergy" of "— The
    Savannah Allergy & Asthma crew", "Riverside Family"; not "<Given> <Surname>" of "— <Given> <Surname> Knee Clinic"."""
    span = sign_off_span(text)
    if span is None or not (span[0] <= start and end <= span[1]) or _TITLE.match(text, start):
        return False
    if _ALL_AT.search(text, span[0], start):
        return True  # "— everybody at <Town> Lung & Sleep": what they are all at is a place, whatever its words
    if all(lexicon_names.name_info(w.group(0)) is not None for w in _WORD.finditer(text, start, end)):
        return False  # every word a name: someone signing or named, not the practice
    return _TEAM_WORD.search(text, *span) is not None or _practice_words(text, *span)  # "— Equipo <Name>": the team signs


def names_the_practice(text: str, span: tuple[int, int], clinical: list[tuple[int, int]]) -> bool:
    """Whether the sign-off at `span` holds a word of a name outside its clinical words (`clinical`, spans in `text`):
    "Maryvale" in "The Maryvale Rehab team"; "The Knee Replacement team" is a department, the reader's care."""
    inside = [(a, b) for a, b in clinical if span[0] <= a and b <= span[1]]
    for word in _WORD.finditer(text, span[0], span[1]):
        if word.group(0)[:1].isupper() and word.group(0).lower().strip(".") not in _GENERIC:
            if not any(a <= word.start() < b for a, b in inside):
                return True
    return False
