"""A reply's closing sign-off by the practice's team: "– The Maryvale Rehab team", "— El equipo de Clínica Sonrisa".

A reply closes with who wrote it, and a practice's name often holds a clinical word ("Maryvale Rehab", "Desert
Sleep Center", "Clinica del Dolor"). PHI002 reads any such word under a review as the reviewer's care; in the team's
sign-off it is only the practice's name. The sign-off is read only at the very end of the reply, after a dash, a line
break or a sentence's end: "the <Capitalised Name> team" (English) or "el equipo de <Capitalised Name>" (Spanish), with
nothing after but punctuation, an emoji or the practice's handle. A clinical word anywhere else in the reply stays an
error ("We hope your rehab went well. – The Maryvale team" still names the reader's care), and so does a sign-off whose
name is only care and a facility's word ("– The Knee Replacement team", "— El equipo de Oncología"): a department
that tells the reader's care, no practice's name. One anchored match: linear.
"""

from __future__ import annotations

from ... import lazyre

_CAPS = r"(?:(?:[A-ZÁÉÍÓÚÑ&][\w'’&.-]*|de|del|la|las|los|el|y|of|the|and)[ \t]+){0,5}?"  # "Clínica del Dolor Norte"
_SIGN_OFF = lazyre.compile(
    rf"(?:^|[\n—–]|(?:^|[ \t])-|[.!?])[ \t]*(?:(?i:the)[ \t]+{_CAPS}[A-ZÁÉÍÓÚÑ][\w'’&.-]*[ \t]+(?i:team|staff|crew)"
    rf"|(?i:el[ \t]+equipo|el[ \t]+personal)[ \t]+(?i:de|del)[ \t]+(?:(?i:la|el)[ \t]+)?{_CAPS}[A-ZÁÉÍÓÚÑ][\w'’&.-]*)"
    r"[^\w\n]{0,12}\Z"
)
# Words of a name that are no one's own: articles, the team's word, a facility's kind ("Clinic", "Centro").
_GENERIC = frozenset(
    "the of and de del la las los el y team staff crew equipo personal clinic clinica clínica center centre centro unit unidad "
    "department departamento service services servicio servicios program programa".split()
)
_WORD = lazyre.compile(r"[\w'’&.-]+")
_TAIL = 160  # the sign-off is searched for only in the reply's last characters


def sign_off_span(text: str) -> tuple[int, int] | None:
    """The span of the team's closing sign-off at the end of `text`, or None."""
    stripped = text.rstrip()
    match = _SIGN_OFF.search(stripped, max(0, len(stripped) - _TAIL))
    return (match.start(), match.end()) if match else None


def names_the_practice(text: str, span: tuple[int, int], clinical: list[tuple[int, int]]) -> bool:
    """Whether the sign-off at `span` holds a word of a name outside its clinical words (`clinical`, spans in `text`):
    "Maryvale" in "The Maryvale Rehab team"; "The Knee Replacement team" is a department, the reader's care."""
    inside = [(a, b) for a, b in clinical if span[0] <= a and b <= span[1]]
    for word in _WORD.finditer(text, span[0], span[1]):
        if word.group(0)[:1].isupper() and word.group(0).lower().strip(".") not in _GENERIC:
            if not any(a <= word.start() < b for a, b in inside):
                return True
    return False
