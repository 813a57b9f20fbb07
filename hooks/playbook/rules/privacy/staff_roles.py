"""A job or a desk whose name holds a patient's or a member's word: "patient advocate", "Member Services".

Two readers take those words for a patient. PHI003 reads "<Name>, our patient ..." as a patient named;
"<Name>, our patient navigator, ..." is the staff member who takes the calls. PHI007 reads "patient",
"member", "miembro" or "socio" as the label of a number after it; in "our patient advocate, at
<phone>" or "servicios al socio: <phone>" the number is the desk's line, which PHI004 judges as a
phone. Only a job word right after the label word (English) or a desk word right before it (Spanish)
makes it a role; a role between a label and a number later in its clause passes only a number shaped
like a phone: "patient ID 44812" and "member ID <phone-shaped>" stay identifiers. A label word said of the one
in charge is a role too: "la enfermera a cargo, al <phone>" (a cargo: in charge, no charge's number).
"""

from __future__ import annotations

import re

from ... import lazyre
from ...text import alternation
from .vocabulary import NAMES

# "patient advocate", "patient experience lead", "member services", "patient care coordinator"
JOB_AFTER = rf"[ \t]+(?i:{alternation(NAMES['staff_role_after'])})(?![\w-])"
_WHOSE = r"(?i:patients?|clients?|members?|pacientes?|socios?|miembros?|afiliad[oa]s?|usuari[oa]s?)"
# "our patient advocate", "Member Services"; "defensora del paciente", "atencion al socio", "servicios a miembros"
_ROLE = lazyre.compile(
    rf"(?<![\w-]){_WHOSE}{JOB_AFTER}"
    rf"|(?<![\w-])(?i:{alternation(NAMES['staff_desk_before'])})[ \t]+(?i:al|a|del|de|con)(?:[ \t]+(?i:los|las|la|el))?[ \t]+{_WHOSE}(?![\w-])"
    r"|(?<![\w-])(?i:a)[ \t]+(?i:cargo)(?![\w-])"  # "nuestra farmacéutica a cargo, al <phone>": the one in charge, no charge
)
# A North American line: ten digits (eleven with a leading 1) grouped as phones are
PHONE = lazyre.compile(r"(?:\+?1[ \t.-]?)?(?:\(\d{3}\)[ \t]?|\d{3}[ \t.-]?)\d{3}[ \t.-]\d{4}(?!\d)")
_PHONE = PHONE


def is_role(text: str, label: re.Match) -> bool:
    """Whether the label word at `label` is part of a job's or a desk's name ("our patient advocate", "servicios al
    socio"): it labels no number then."""
    roles = _ROLE.finditer(text, max(0, label.start() - 32), min(len(text), label.end() + 32))
    return any(role.start() <= label.start() < role.end() for role in roles)


# A desk's topic right after a label word: "account setup", "claim questions", "policy help" (English only: Spanish puts
# the topic first, "dudas sobre su cuenta", and no label word precedes it)
_TOPIC_AFTER = lazyre.compile(
    r"[ \t]+(?i:set-?up|setups|questions?|inquir(?:y|ies)|enquir(?:y|ies)|help|support|services?|lines?|desk|team|department|dept|office|info|information|hotline|reps?|representatives?)(?![\w-])"
)


def role_line(text: str, label: re.Match, number: re.Match) -> bool:
    """Whether the number a label reaches later in its clause is a job's or a desk's phone line named between them
    ("Para dudas de su plan, llame a servicios al socio al <phone>"), or a desk's topic right after the label
    ("Employers, ask about our account setup: <phone>"). The number must be shaped like a phone."""
    phone = _PHONE.search(text, max(0, number.start() - 7), min(len(text), number.end() + 12))  # "(312) 555-0142" read from "555"
    if phone is None or phone.start() > number.start() or phone.end() < number.end():
        return False
    return _ROLE.search(text, label.end(), phone.start()) is not None or _TOPIC_AFTER.match(text, label.end()) is not None
