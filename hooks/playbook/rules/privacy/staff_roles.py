"""A job or a desk whose name holds a patient's or a member's word: "patient advocate", "Member Services".

Two readers take those words for a patient. PHI003 reads "<Name>, our patient ..." as a patient named;
"<Name>, our patient navigator, ..." is the staff member who takes the calls. PHI007 reads "patient",
"member", "miembro" or "socio" as the label of a number after it; in "our patient advocate, at
<phone>" or "servicios al socio: <phone>" the number is the desk's line, which PHI004 judges as a
phone. Only a job word right after the label word (English) or a desk word right before it (Spanish)
makes it a role, and only a number shaped like a phone passes PHI007: "patient ID 44812" stays an
identifier.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...text import alternation
from .vocabulary import NAMES

# "patient advocate", "patient experience lead", "member services", "patient care coordinator"
JOB_AFTER = rf"[ \t]+(?i:{alternation(NAMES['staff_role_after'])})(?![\w-])"
# "defensora del paciente", "atencion al socio", "servicios a miembros", "coordinadora de pacientes"
_DESK_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['staff_desk_before'])})[ \t]+(?i:al|a|del|de|con)(?:[ \t]+(?i:los|las|la|el))?[ \t]+$")
_JOB_AFTER = lazyre.compile(JOB_AFTER)
# A North American line: ten digits (eleven with a leading 1) grouped as phones are, an extension allowed
_PHONE = lazyre.compile(r"(?:\+?1[ \t.-]?)?\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]\d{4}")


def is_role(text: str, label: re.Match) -> bool:
    """Whether the label word at `label` names a job or a desk ("patient advocate", "servicios al miembro")."""
    return bool(_JOB_AFTER.match(text, label.end()) or _DESK_BEFORE.search(text, max(0, label.start() - 40), label.start()))


def role_line(text: str, label: re.Match, number: re.Match) -> bool:
    """Whether the number after a label is a staff role's or a desk's phone line: "our patient advocate, at
    <phone>", "Member Services: <phone> ext. 4", "servicios al socio al <phone>"."""
    return is_role(text, label) and _PHONE.fullmatch(number.group(number.lastindex or 0)) is not None
