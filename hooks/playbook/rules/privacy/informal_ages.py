"""A child named with an age as staff write it informally: a diminutive, a spelled number, a half.

"<Name>, 9 anitos", "<Name>, de seis anitos", "<Name> (7 and a half)", "<Name>, six and a half,",
"<Name>, de 4 anos y medio", "<Name> (8½)": the age forms people.py's "<Name>, 7" does not read.
A name with an age is a child one can find, the more so next to a school ("de la PS 48",
"at Maple Grove Elementary"). Text is folded ("anitos" for "añitos"). Not a thing's count
("Room 4, 9 anitos" is no name: a place word, a title or an org's word stops it), nor a
number with a unit ("Calle Pino, 6 y medio kilos").

One scan, every repeat bounded: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from .known import Known, Person
from .vocabulary import CAP, CAP_START, DESCRIBED, NOT_A_NAME, NOT_NAMES, PETS, PLACE_AFTER, is_place

_NUMBER = (
    r"(?:\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince))"
)
# Diminutive or plain units of age, Spanish and English: "anitos", "mesecitos", "years", "anos".
_DIMINUTIVE = r"(?i:anitos|anitas|anito|mesecitos|mesesitos|mesecito|semanitas)"
_UNIT = rf"(?:{_DIMINUTIVE}|(?i:anos|ano|meses|mes|years?|yrs?|months?)(?:[ \t]+(?i:old))?)"
_HALF = r"(?:[ \t]+(?i:and[ \t]+a[ \t]+half|y[ \t]+medio|y[ \t]+media)|[ \t]*½)"
_AGE = (
    # "9 anitos", "de seis anitos", "de 4 anos y medio": a diminutive, or a unit and a half
    rf"(?:(?i:de|age|aged|edad)[ \t]+)?{_NUMBER}[ \t]+(?:{_DIMINUTIVE}(?:{_HALF})?|{_UNIT}{_HALF})"
    # "seven and a half", "7 and a half", "8½", "de seis" alone only with a diminutive (above)
    rf"|(?:(?i:age|aged)[ \t]+)?{_NUMBER}{_HALF}(?:[ \t]+{_UNIT})?"
    # "de seis anos", "age seven": a spelled number with its word
    rf"|(?:(?i:de|age|aged)[ \t]+){_NUMBER}(?:[ \t]+{_UNIT})?(?<![0-9])"
)
_NAME_AGE = lazyre.compile(rf"{CAP_START}({CAP})(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*)(?:{_AGE})(?![\w-])(?=[ \t]*(?:[,)!.;:]|$|[ \t]+(?i:de|del|at|from|in|en|who|que|y|and|is|esta|ya)(?![\w-])))")


# The age inside an apposition that says who they are to us: "<Name>, nuestro arquero de 10 anitos del club ...",
# "<Name>, our 9-year-old shortstop", "<Name>, mi paciente de 7 anos": ours, a role and an age make the word a person.
# Not a place or a program of ours ("Riverside, nuestra clinica de 20 anos", "our 30-year-old practice"): see _THINGS.
_OURS = r"(?i:nuestr[oa]|our|my|mi)"
_WORDS = r"((?:[a-z][\w'’-]*[ \t]+){1,2}?)"  # "arquero ", "querida nadadora "
_NAME_ROLE_AGE = lazyre.compile(
    rf"{CAP_START}({CAP})[ \t]*,[ \t]*{_OURS}[ \t]+(?:{_WORDS}(?i:de)[ \t]+{_NUMBER}[ \t]+{_UNIT}"
    rf"|(?:[a-z][\w'’-]*[ \t]+)?\d{{1,2}}[ \t-](?i:years?|yrs?|months?)[ \t-](?i:old)[ \t]+([a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*)?))(?![\w-])"
)
_THINGS = frozenset(
    (
        *DESCRIBED["place_nouns"],
        *DESCRIBED["events"],
        *PETS,
        "clinic",
        "practice",
        "office",
        "team",
        "program",
        "building",
        "tradition",
        "partner",
        "partnership",
        "clinica",
        "consultorio",
        "oficina",
        "equipo",
        "programa",
        "edificio",
        "tradicion",
        "alianza",
        "sede",
    )
)


def informal_ages(text: str, known: Known) -> Iterator[Person]:
    """Names right before an age written informally ("<Name>, 9 anitos,", "<Name> (7 and a half)"), or inside an
    apposition of ours with a role ("<Name>, nuestro portero de 11 anitos", "<Name>, our 8-year-old goalie")."""
    for match in (*_NAME_AGE.finditer(text), *_NAME_ROLE_AGE.finditer(text)):
        name = match.group(1)
        low = name.lower()
        if low in NOT_A_NAME or low in NOT_NAMES or low in PLACE_AFTER or low in known.org or is_place(text, match.start(1)):
            continue
        if match.lastindex and match.lastindex > 1 and any(word in _THINGS for word in (match.group(2) or match.group(3) or "").lower().split()):
            continue  # "Riverside, nuestra clinica de 20 anos": a place of ours, not a person
        yield Person(match.start(1), match.end(1), (name,), "a name with an age", public=False)
