"""A name after the members of a body is the body: "optometry students from Nova Southeastern", "residentes de la Ponce Health";
so is a name after a clinician's training ("her fellowship at Emory", "trained at UMass Chan", "egresada de la UNAM").

Partners thank the students, volunteers and residents of a school, a hospital or a church by the institution's
name, often without its kind word ("University", "Hospital"): "volunteers from Texas Tech", "nursing students of
Mercy", "estudiantes de la Interamericana". Two capitalised words there read like a given name and a surname, but
after "students from" or "voluntarios de la" they name where the members come from, and a place is no one. A
person stays a person: one with a title ("students of Dr. <Name>"), one who owns what follows ("volunteers from
<Given> <Surname>'s church"), and one a clause after a comma tells of ("... from <Given> <Surname>, who had her knee done"), and one whose care
the rest of the sentence or the next tells, however joined ("... de <Name>, a quien le operamos el hombro", "... from <Name> - she
had her hip replaced here"), and a known given name with a known surname ("volunteers from <Given> <Surname>").
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation, sentence_bounds, sentence_of
from .care import own_care
from .known import Person
from .vocabulary import NAMES

# The members and the word that ties them to their body, right before the name: "students from", "voluntarios de la"
_MEMBERS_OF = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation(NAMES['member_groups'])})(?:[ \t]+(?i:de|of|in)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)?"  # "de enfermeria"
    r"[ \t]+(?i:from|of|at|de[ \t]+la|de[ \t]+los|de[ \t]+las|del|de)[ \t]+(?:(?i:the)[ \t]+)?$"
)
# A clinician's training, right before the name: "her fellowship at Emory", "trained at UMass Chan", "hizo su residencia en la
# Universidad de ...", "egresada de la UNAM": where one studied is a school
_TRAINED_AT = lazyre.compile(
    r"(?<![\w-])(?i:fellowships?|residency|residencies|internship|training|trained|studied|graduated|graduate|degree|medical[ \t]+school|nursing[ \t]+school"
    r"|residencia|especialidad|internado|estudio|estudi[oó]|se[ \t]+gradu[oó]|egresad[oa])[ \t]+(?i:at|from|in|en|de|del|de[ \t]+la)[ \t]+(?:(?i:the|la|el)[ \t]+)?$"
)
# The name itself spoken of as someone: "..., who had her knee done", "..., que se opero" (a body takes "which")
_WHO = lazyre.compile(r"[ \t]*,[ \t]*(?i:who|whose|que|quien|quienes)(?![\w-])")
_MORE = lazyre.compile(r"[ \t]+[A-Z]")  # "Sam Houston State": more of a body's name
_REACH = 48  # characters read before the name
_NAMES = ("a full name", "a first name", "a name that is also a word, with a surname")


def member_body(text: str, person: Person) -> bool:
    """Whether `person` is the body its members come from ("students from Nova Southeastern"): no title, no possessive after."""
    if person.title or person.how not in _NAMES:
        return False
    if text[person.end : person.end + 2] in ("'s", "’s") or _WHO.match(text, person.end):
        return False  # "volunteers from <Given> <Surname>'s church"; "... from <Name>, who had her knee done"
    before = max(0, person.start - _REACH)
    if _MEMBERS_OF.search(text, before, person.start) is None and _TRAINED_AT.search(text, before, person.start) is None:
        return False
    if _given_and_surname(text, person):
        return False
    bounds = sentence_bounds(text)
    end = sentence_of(bounds, person.start)[1]
    if end < len(text):
        end = sentence_of(bounds, end)[1]  # the next sentence too: "... from <Name>. Last spring she had her hip replaced here."
    return not own_care(text, person.end, end)  # "los voluntarios de <Name>, a quien le operamos el hombro": a person's care


def _given_and_surname(text: str, person: Person) -> bool:
    """Whether the name is read as a known given name and a known surname, and nothing more of a body's name follows
    ("volunteers from <Given> <Surname>" is a person; "Nova Southeastern", "Sam Houston State", "Mary Washington" and a
    word before a surname, "Coral Westbrook", stay bodies)."""
    if person.how != "a full name" or len(person.words) != 2 or _MORE.match(text, person.end):
        return False
    given, surname = (lexicon_names.name_info(word) for word in person.words)
    return given is not None and given.first and surname is not None and surname.surname and not surname.place
