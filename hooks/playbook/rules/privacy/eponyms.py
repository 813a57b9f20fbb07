"""A surgery, disease, sign, manoeuvre or test named after a person: a name that names no one here.

A post explains "<Given> <Surname> surgery" after the sports news, "la cirugia <Given> <Surname>", "the
Heimlich manoeuvre", "<Surname>'s disease" or "la enfermedad de <Surname>"; the name is the eponym of a
procedure or a condition, not a patient. Two shapes pass: the name right before a procedure or condition
noun with no possessive after an article, "about" or "from" ("the <Name> surgery", "a <Name> sign", "back from <Name> surgery"), or the noun right before it with no "de"
("cirugia <Name>"); a possessive or a "de" ("<Name>'s surgery", "la cirugia de <Name>") passes only for a
name that ICD-10-CM titles give an eponym (lexicon/data/icd10cm.tsv: "crohn s disease"), since
"Marta's surgery" is a patient's. A name with the very word a classification title gives it passes whatever that word
(lexicon/data/eponyms.tsv: "Barrett's esophagus", "Bell's palsy", "enfermedad de Crohn"): "Barrett's knee" stays a name. A virus or a fever named for a place reads the same way: "del" is "de" and an
article, which no person takes ("virus del Nilo Occidental", "fiebre del Valle").
A possessive determiner, a year between or not, owns the procedure, not the name: "his 2019 <Given> <Surname> surgery"
tells of an elbow repair named for a pitcher, as "his Whipple" would (round 49).

A full name also names a law, a programme or a clinic (round 49): "the <Given> <Surname> program", "a <Given> <Surname>
clinic" (a federal HIV programme named for a boy funds it; "-funded" may join the name: "a <Given> <Surname>-funded
clinic"), "the <Given> <Surname> Act", "the <Given> <Surname> HIV/AIDS Program", "<Given> <Surname> Part C", "la ley
<Given> <Surname>", "una clinica <Given> <Surname>". Only a full name, only with an article or a kind word before it
(or the Spanish noun before it with no "de"); read after a word other than "the" or "a", never when its sentence tells
care of ours or of anyone's own: "En la clinica <Given> <Surname> recibio su vacuna" (no comma after the place) stays a
patient. "<Name>'s program" is hers.
"""

from __future__ import annotations

import functools

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...lexicon import data_files
from ...lexicon.fold import fold
from ...text import sentence_bounds, sentence_of
from .care import own_care
from .known import CARED_IN_FILE, Person

_NOUNS_EN = (
    r"surgery|surgeries|procedure|operation|repair|reconstruction|technique|method|disease|syndrome|sign|"
    r"maneuver|manoeuvre|maneuvers|manoeuvres|palsy|fracture|splint|reflex|phenomenon|virus|fever|encephalitis"
)
_NOUNS_ES = r"cirugia|cirugias|operacion|procedimiento|reconstruccion|tecnica|metodo|enfermedad|sindrome|signo|maniobra|paralisis|fractura|reflejo|virus|fiebre|encefalitis"
_AFTER = lazyre.compile(rf"(['’]s)?[ \t]+(?i:{_NOUNS_EN})(?![\w-])")
# A law, a programme or a clinic named for someone (round 49): read only after a full name, never a possessive's.
_TITLED_EN = r"program|programs|programme|programmes|clinic|clinics|act|law|laws|amendment"
_TITLED_ES = r"programa|programas|clinica|clinicas|ley|leyes|enmienda"
# what may stand between the name and the noun: a programme's letters or its part ("HIV/AIDS Program", "Part C program")
_TITLED_AFTER = lazyre.compile(rf"(?:-(?i:funded|supported|sponsored|backed))?[ \t]+(?:[A-Z]{{2,6}}(?:/[A-Z]{{2,6}})?[ \t]+|Part[ \t]+[A-F][ \t]+)?(?i:{_TITLED_EN})(?![\w-])")
_TITLED_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{_TITLED_ES})[ \t]+[\"“«]?$")
_ARTICLE = lazyre.compile(r"(?<![\w-])(?i:the|a|an)[ \t]+$")
_PART = lazyre.compile(r"[ \t]+[A-F](?![\w-])")  # "<Given> <Surname> Part C": the run took "Part" in
# "del" is "de" and an article: a place or a thing follows ("virus del Nilo Occidental", "fiebre del Valle"), never a person
_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{_NOUNS_ES})[ \t]+(?:(de)[ \t]+|del[ \t]+)?[\"“«]?$")
# "the Tommy-style surgery" is a kind of surgery; "<Name> <Surname> surgery went well" with nothing before may be a patient's
# ... and so is one after a preposition of time, as sports news says it: "back from <Name> <Surname> surgery", "after <Name> <Surname> surgery"
_KIND_OF = lazyre.compile(r"(?<![\w-])(?i:the|a|an|about|called|named|known[ \t]+as|el|la|un|una|from|after|following|since|before|post|tras)[ \t]+[\"“«]?$")
# ... or a possessive determiner, a year between or not: "his 2019 <Given> <Surname> surgery", "her Tommy-style repair":
# the procedure is his; the name is its kind (a patient's own is "<Name>'s surgery")
_OWNER_OF = lazyre.compile(r"(?<![\w-])(?i:his|her|their|my|your|su|sus)[ \t]+(?:(?:19|20)\d\d[ \t]+)?[\"“«]?$")
_NOUN = lazyre.compile(rf"(?i:{_NOUNS_EN}|{_NOUNS_ES}|{_TITLED_EN}|{_TITLED_ES})")
_QUOTE = "\"“”«»'‘’"


@functools.lru_cache(maxsize=1)
def _icd_eponyms() -> frozenset[str]:
    """The names ICD-10-CM titles give a disease, syndrome or palsy ("crohn", "bell", "parkinson")."""
    names = set()
    for line in (data_files.DATA / "icd10cm.tsv").read_text(encoding="utf-8").split("\n"):
        term = line.split("\t", 1)[0]
        words = term.split()
        if len(words) >= 2 and words[-1] in ("disease", "syndrome", "palsy"):
            names.add(words[0])
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def _title_pairs() -> frozenset[tuple[str, str]]:
    """(name, word) of ICD-10-CM's "<Name>'s <word>" and CIE-10's "<word> de <Name>" titles."""
    return frozenset(data_files.read_pairs("eponyms.tsv"))


_POSSESSED = lazyre.compile(r"['’]s[ \t]+([^\W\d_]+)")
_OF_NAME = lazyre.compile(r"(?<![\w-])([^\W\d_]+)[ \t]+de[ \t]+$")


def _titled(text: str, person: Person) -> bool:
    """The name with the word a classification title gives it: "Barrett's esophagus", "esofago de Barrett"."""
    name = fold(person.words[-1]).lower()
    after = _POSSESSED.match(text, person.end)
    if after and (name, fold(after.group(1)).lower()) in _title_pairs():
        return True
    before = _OF_NAME.search(text, max(0, person.start - 30), person.start)
    if before is not None and (name, fold(before.group(1)).lower()) in _title_pairs():
        return True
    start = max(0, person.start - 30)  # a condition the lexicon holds with the name inside it ("esófago de Barrett"), not the name alone ("Dolores")
    terms = lexicon_clinical.find(text[start : person.end + 30])
    return any(found.start < person.start - start and person.end - start <= found.end and " " in found.term for found in terms)


def is_eponym(text: str, person: Person) -> bool:
    """Whether the name at person names a procedure or a condition, not someone: "<Name> surgery",
    "cirugia <Name>", or with a possessive or "de" a name ICD-10-CM titles use ("Crohn's disease")."""
    if person.title:
        return False
    if len(person.words) == 1 and _titled(text, person):
        return True
    end = person.end + (text[person.end : person.end + 1] in _QUOTE and person.end < len(text))  # '"Tommy John" surgery'
    if len(person.words) > 1 and _NOUN.fullmatch(person.words[-1]):  # "FROM TOMMY JOHN SURGERY": in capitals the noun joins the run
        span = text[person.start : person.end]
        end = person.start + len(span[: span.lower().rfind(person.words[-1].lower())].rstrip())
    after = _AFTER.match(text, end)
    before = _BEFORE.search(text, max(0, person.start - 40), person.start)
    if not after and not before:
        return _law_or_programme(text, person, end)
    owned = (after and after.group(1)) or (before and before.group(1) and not after)
    if not owned and (before or _KIND_OF.search(text, max(0, person.start - 16), person.start) or _OWNER_OF.search(text, max(0, person.start - 16), person.start)):
        return True
    return fold(person.words[-1]).lower() in _icd_eponyms()


def _law_or_programme(text: str, person: Person, end: int) -> bool:
    """A full name that names a law, a programme or a clinic: "the <Given> <Surname> program", "la ley <Given> <Surname>",
    with no care told in its sentence (round 49)."""
    words = person.words[:-1] if len(person.words) > 1 and _NOUN.fullmatch(person.words[-1]) else person.words  # "<Given> <Surname> Act"
    if len(words) > 1 and words[-1] == "Part" and _PART.match(text, person.end):
        words, end = words[:-1], person.start + text[person.start : person.end].rfind("Part")  # "<Given> <Surname> Part C program"
        end -= len(text[person.start : end]) - len(text[person.start : end].rstrip())
    if len(words) < 2:
        return False
    after = _TITLED_AFTER.match(text, end)
    if after is None and "-" in words[-1]:  # "<Given> <Surname>-funded clinic": the run took the hyphen's word in
        cut = person.start + text[person.start : person.end].rfind("-")
        after = _TITLED_AFTER.match(text, cut) if len(words[-1].split("-", 1)[0]) > 1 else None
    if after is not None and _ARTICLE.search(text, max(0, person.start - 12), person.start):
        return True  # "from a <Given> <Surname> clinic", "the <Given> <Surname> Act": an article owns the name as a title's
    if after is not None:
        kind = _KIND_OF.search(text, max(0, person.start - 16), person.start)
    else:
        kind = _TITLED_BEFORE.search(text, max(0, person.start - 24), person.start)
    if kind is None or person.how == CARED_IN_FILE:
        return False  # "clinica-<given>-<surname>-gemelos": the file's name tells this person's care beside the name (slugs.py)
    bounds = sentence_bounds(text)
    start, stop = sentence_of(bounds, person.start)
    return not own_care(text, start, stop)  # "En la clinica <Given> <Surname> recibio su vacuna": a patient
