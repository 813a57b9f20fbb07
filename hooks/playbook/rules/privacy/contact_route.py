"""A clinician named in a reply as the person to contact, by the role that answers everyone (PHI001).

The guideline asks a reply to offer a route offline; a practice often names who takes it: "Dr. Ito, our
medical director, reads every message to ...", "la Dra. Ruiz, nuestra directora médica, con gusto le
llama". Named by a role over the whole practice (medical director, practice or office manager) and with
an invitation to write or talk, the clinician is the door everyone knocks at, not the reviewer's own. A
clinician named as the one who saw, treated or operated on someone, or as "your doctor", stays an error.
"""

from __future__ import annotations

from ... import lazyre
from ...text import sentence_bounds, sentence_of

_ROLE = lazyre.compile(
    r"[ \t]*,?[ \t]*(?:[A-Z][\w'’-]*[ \t]*){0,2},[ \t]*(?i:our|nuestr[oa])[ \t]+"
    r"(?i:medical[ \t]+director|chief[ \t]+medical[ \t]+officer|clinical[ \t]+director|practice[ \t]+manager|office[ \t]+manager"
    r"|patient[ \t]+experience[ \t]+(?:lead|director|manager)|director[ao]?[ \t]+m[eé]dic[oa]|director[ao]?[ \t]+cl[ií]nic[oa]"
    r"|gerente|administrador[a]?)(?![\w-])"
)
_INVITES = lazyre.compile(
    r"(?<![\w-])(?i:reads|answers|responds|would[ \t]+welcome|welcomes|would[ \t]+like[ \t]+to[ \t]+hear|happy[ \t]+to[ \t]+talk|glad[ \t]+to[ \t]+talk"
    r"|reach|contact|write|email|call|lee|responde|contesta|con[ \t]+gusto|le[ \t]+invita|escr[ií]bale|ll[aá]mele|comun[ií]quese|cont[aá]ctel[ao])(?![\w-])"
)
CARED = lazyre.compile(
    r"(?<![\w-])(?i:saw|seen|treated|treats|examined|operated|cared[ \t]+for|took[ \t]+care|your[ \t]+(?:doctor|provider|physician|surgeon|visit|care)"
    r"|atendi[oó]|vio|trat[oó]|oper[oó]|examin[oó]|su[ \t]+(?:doctor[a]?|m[eé]dic[oa]|cita|visita|consulta))(?![\w-])"
)


def contact_named(text: str, start: int, end: int) -> bool:
    """Whether the clinician named at `start`..`end` is given as the practice's contact by a role over the whole practice,
    with an invitation to write or talk, and with no one's care in the sentence."""
    if not _ROLE.match(text, end):
        return False
    begin, stop = sentence_of(sentence_bounds(text), start)
    return _INVITES.search(text, end, stop) is not None and CARED.search(text, begin, stop) is None
