"""A clinician named in a reply as the person to contact, by the role that answers everyone (PHI001).

The guideline asks a reply to offer a route offline; a practice often names who takes it: "Dr. Ito, our
medical director, reads every message to ...", "la Dra. Ruiz, nuestra directora médica, con gusto le
llama". Named by a role over the whole practice (medical director, practice or office manager) and with
an invitation to write or talk, the clinician is the door everyone knocks at, not the reviewer's own. A
clinician named as the one who saw, treated or operated on someone, or as "your doctor", stays an error.
The role may come first ("comuníquese con nuestra directora médica, la Dra. Abeyta, al ..."), and with no role
the clinician may still be the route when the sentence offers to talk with the reader and gives the way to
("Dr. Ambrose would love to chat with you: you can call her at ..."); one who remembers the reader
stays an error. Wanting to hear or listen to the reader is an invitation too ("nuestra directora médica, la Dra. Ruiz, quiere
escucharle personalmente", "wants to hear from you").
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
_ROLE_BEFORE = lazyre.compile(
    r"(?<![\w-])(?i:our|nuestr[oa])[ \t]+(?i:medical[ \t]+director|chief[ \t]+medical[ \t]+officer|clinical[ \t]+director|practice[ \t]+manager"
    r"|office[ \t]+manager|director[ao]?[ \t]+m[eé]dic[oa]|director[ao]?[ \t]+cl[ií]nic[oa]|gerente|administrador[a]?),?[ \t]+(?:(?i:la|el)[ \t]+)?$"
)
# An offer to talk with the reader, and the way to reach the one named ("would like to speak with you ... reach her at").
_TALK = lazyre.compile(
    r"(?<![\w-])(?i:(?:would|'d|’d)[ \t]+(?:like|love)[ \t]+to[ \t]+(?:speak|talk|chat)[ \t]+with[ \t]+you|wants[ \t]+to[ \t]+(?:speak|talk)[ \t]+with[ \t]+you"
    r"|(?:quiere|quisiera|le[ \t]+gustar[ií]a)[ \t]+(?:hablar|conversar|platicar)[ \t]+con[ \t]+usted)(?![\w-])"
)
_WAY = lazyre.compile(r"(?<![\w-])(?i:(?:reach|call|email|contact|text)[ \t]+(?:her|him|them)[ \t]+(?:at|on|by)|(?:comun[ií]quese|hable)[ \t]+con[ \t]+(?:ella|[eé]l)[ \t]+al?)(?![\w-])")
_INVITES = lazyre.compile(
    r"(?<![\w-])(?i:reads|answers|responds|would[ \t]+welcome|welcomes|would[ \t]+like[ \t]+to[ \t]+hear|happy[ \t]+to[ \t]+talk|glad[ \t]+to[ \t]+talk"
    r"|hear[ \t]+(?:from[ \t]+)?you|listen[ \t]+to[ \t]+you|hear[ \t]+you[ \t]+out|(?:hablar|conversar|platicar)[ \t]+con[ \t]+usted|escuchar(?:le|la|lo)?|o[ií]r(?:le|la|lo)"
    r"|reach|contact|write|email|call|lee|llame|escriba|responde|contesta|con[ \t]+gusto|le[ \t]+invita|escr[ií]bale|ll[aá]mele|comun[ií]quese|cont[aá]ctel[ao]"
    r"|comunicarse|ponerse[ \t]+en[ \t]+contacto|llamar(?:le|la|lo)?|escribir(?:le|la|lo)?|contactar(?:le|la|lo)?)(?![\w-])"
)
CARED = lazyre.compile(
    r"(?<![\w-])(?i:saw|seen|remembers|remembered|recuerda|record[oó]|treated|treats|examined|operated|cared[ \t]+for|took[ \t]+care|your[ \t]+(?:doctor|provider|physician|surgeon|visit|care)"
    r"|atendi[oó]|vio|trat[oó]|oper[oó]|examin[oó]|su[ \t]+(?:doctor[a]?|m[eé]dic[oa]|cita|visita|consulta))(?![\w-])"
)


def contact_named(text: str, start: int, end: int) -> bool:
    """Whether the clinician named at `start`..`end` is given as the practice's contact by a role over the whole practice,
    with an invitation to write or talk, and with no one's care in the sentence."""
    begin, stop = sentence_of(sentence_bounds(text), start)
    if CARED.search(text, begin, stop) is not None:
        return False
    if _ROLE.match(text, end):
        return _INVITES.search(text, end, stop) is not None
    if _ROLE_BEFORE.search(text, max(begin, start - 60), start):
        return _INVITES.search(text, begin, stop) is not None
    return _TALK.search(text, end, stop) is not None and _WAY.search(text, end, stop) is not None
