"""A team member's child or relative named before the member, and tied to her right after the name: hers, not a patient.

A staff post opens on the relative, then says whose she is: "Hoy cumple 3 añitos <Name>, la hija de nuestro terapeuta
respiratorio <Member>", "Happy 1st birthday to <Name>, son of our MA <Member>!", "<Name> (our nurse <Member>'s
daughter) ran her first 5K", "<Name>, <Member>'s youngest, graduated", "Felicidades a <Name>, el nieto de nuestra
recepcionista <Member>". staff_posts.py reads the relative after the member ("<Member>'s daughter <Name>"); here the
tie follows the relative's name: a kin word, "of"/"de" and the member (her job before her name, up to four words and no
joiner among them: not "the daughter of our patient <Name>", "son of <Name> and our MA <Member>"), or the member and
"'s" before a kin word. staff_posts.py passes the relative when no care is told around her ("..., que operamos ayer",
"had her tonsils out here" keep her a patient); the words of the tie (her job: "terapeuta respiratorio") are the
member's and are left out of the care read. staff_story.py reads the kin word of such a tie ("la hija de nuestro
terapeuta <Member>") as the member's family, not another person, for PHI016.
Each tie is one anchored match after a name and at most five bounded tries for the member: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation
from .epithets import EPITHETS
from .known import Known
from .public_story import OUR_VERBS
from .vocabulary import name_run

_KIN_WORDS = (*EPITHETS["kin"], "grandma", "grandpa", "abuela", "abuelo", "stepson", "stepdaughter", "hijita", "hijito", "nietita")
_KIN = alternation(_KIN_WORDS)
_LITTLE = (
    r"(?:(?i:little|youngest|oldest|eldest|middle|baby|sweet|beautiful|precious|new|menor|mayor|pequeñ[oa]|pequen[oa]|hermos[oa]|precios[oa]"
    r"|lind[oa]|querid[oa]|consentid[oa])[ \t]+)?"
)
# A word of her job between "our"/"nuestra" and her name, in lower case or in letters ("MA", "RN"): no joiner, no patient,
# no pronoun of another clause (a capitalised word is another name: "daughter of <Name> <Surname>, <Member>'s patient")
_JOB_WORD = lazyre.compile(
    r"(?!(?i:and|y|e|&|or|o|with|con|who|que|quien|patient|paciente|pacientes|patients|client|cliente|his|her|their|su|sus)(?![\w'’-]))"
    r"(?:[a-záéíóúñ][\w'’.-]*|[A-Z]{1,5}s?)(?![\w'’.-]),?[ \t]+"
)
# The tie after the relative's name: "[,(—] (la|the) [little] hija de|of (nuestro|our) ", then her job's words and the member
_OF_MEMBER = lazyre.compile(rf"[ \t]*[,(—–-]?[ \t]*(?:(?i:la|el|the|a|an|una|un)[ \t]+)?{_LITTLE}(?i:{_KIN})[ \t]+(?i:of|de|del)[ \t]+(?:(?i:our|nuestr[oa]|la|el|the)[ \t]+)?")
# ... or the member first, her possessive, then the kin word: "(our nurse <Member>'s daughter)", ", <Member>'s youngest,"
_MEMBER_FIRST = lazyre.compile(r"[ \t]*[,(—–-]?[ \t]*(?:(?i:our|nuestr[oa])[ \t]+)?")
_HERS = lazyre.compile(rf"['’]s[ \t]+{_LITTLE}(?:(?i:{_KIN})|(?i:youngest|oldest|eldest|baby|little[ \t]+one))(?![\w'’-])")
# A patient's word just before the relative's name: "our patient <Name>, daughter of our MA <Member>" is a patient
_PATIENT_BEFORE = lazyre.compile(r"(?i:patient|paciente|pacientita|pacientito|client|cliente)[^.!?\n]{0,16}$")
# A title the member may wear before her name: "de la Dra. <Member>", "of our nurse Dr. <Member>"
_TITLE = lazyre.compile(r"(?:(?P<title>Dr|Dra|Doctor|Doctora|Nurse|Enfermera|Coach|Miss|Ms|Mr|Mrs|Sra|Sr|Srta|Don|Doña|Dona)\.?[ \t]+)?")
_JOB_WORDS = 4


def _member_after(text: str, pos: int, known: Known) -> int | None:
    """Where the team member named from `pos`, after up to four words of her job ("MA <Member>", "terapeuta respiratorio
    <Member>"), ends; None when no member is named there."""
    at = pos
    for _ in range(_JOB_WORDS + 1):
        title = _TITLE.match(text, at)
        tokens = name_run(text, title.end(), 3) if text[title.end() : title.end() + 1].isupper() else []
        if tokens and known.is_team([t.group(0) for t in tokens], title.group("title") or ""):
            return tokens[-1].end()
        word = _JOB_WORD.match(text, at)
        if word is None:
            return None
        at = word.end()
    return None


def tie_after(text: str, start: int, end: int, known: Known) -> tuple[int, int] | None:
    """The span of the words that tie the one named at text[start:end] to a team member named right after them, or None:
    "<Name>, la hija de nuestro terapeuta <Member>", "<Name> (our nurse <Member>'s daughter)"; never after a patient's
    word, nor across a joiner ("son of <Name> and our MA <Member>")."""
    if _PATIENT_BEFORE.search(text, max(0, start - 24), start):
        return None
    of = _OF_MEMBER.match(text, end)
    if of is not None:
        member = _member_after(text, of.end(), known)
        if member is not None:
            return end, member
    first = _MEMBER_FIRST.match(text, end)
    member = _member_after(text, first.end(), known) if first is not None else None
    hers = _HERS.match(text, member) if member is not None else None
    return (end, hers.end()) if hers is not None else None


# A kin word's own tie to a member after it: " de nuestro terapeuta <Member>", " of our MA <Member>"
_OF = lazyre.compile(r"[ \t]+(?i:of|de|del)[ \t]+(?:(?i:our|nuestr[oa]|la|el|the)[ \t]+)?")
_POSSESSIVE_BEFORE = lazyre.compile(r"['’]s[ \t]+(?:[\w-]+[ \t]+)?$")
_NAME_BEFORE = lazyre.compile(r"((?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)['’]s[ \t]+(?:[\w-]+[ \t]+)?$")


def kin_of_member(text: str, start: int, end: int, known: Known) -> bool:
    """Whether the kin word at text[start:end] is a team member's: "of"/"de" and the member after it (her job's words
    between), or her possessive right before it ("<Member>'s daughter", "<Member>'s little girl")."""
    of = _OF.match(text, end)
    if of is not None and _member_after(text, of.end(), known) is not None:
        return True
    before = _NAME_BEFORE.search(text, max(0, start - 48), start)
    return before is not None and known.is_team(before.group(1).split())


# Care done by us said with no word of care: "que operamos ayer", "a quien atendimos", "we delivered her here", "we
# vaccinated him" (read from the relative's name to the end of the next sentence, by staff_posts.py)
_OURS_DONE = lazyre.compile(
    rf"(?<![\w-])(?i:{OUR_VERBS})(?![\w-])"
    r"|(?<![\w-])(?i:we|we['’]ve|we['’]d)[ \t]+(?:[\w'’-]+[ \t]+)?(?i:did|treated|operated|delivered|fixed|saw|seen|vaccinated|removed|repaired|stitched"
    r"|diagnosed|admitted|examined|scoped|casted|set|pulled|placed|put)(?![\w-])"
)


def ours_done(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] says we did something to someone, in a verb of ours ("que operamos", "we delivered")."""
    return _OURS_DONE.search(text, start, end) is not None
