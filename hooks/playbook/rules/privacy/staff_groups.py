"""Our staff as a group in a reply: a group named by its clinical work, and the whole staff as a range (PHI001, PHI002).

A reply may thank the team or say who reads reviews without naming anyone the reader dealt with:

- a group of ours, plural, whose name holds a clinical word: "our infusion nurses read every review", "our
  allergy techs", "all our wound-care nurses", "the dialysis team", "nuestras enfermeras de quimioterapia",
  "el equipo de endoscopia". The clinical word names our department, as "our billing team" does (PHI002).
  One nurse ("our infusion nurse", "your infusion nurse", "su enfermera de quimioterapia") and care said of
  the reader elsewhere in the sentence ("your infusion") are not part of the group and stay refused;
- the whole staff as a range, after a word for all of us: "everyone here, from the schedulers to our
  surgeons, ...", "todo el personal, desde recepción hasta los cirujanos, ...". The staff at its ends are
  everyone, not the ones the reader dealt with (PHI001), and a clinical word naming them is ours (PHI002).
  The sentence must go on to thank, appreciate or read ("appreciates you taking a minute", "le agradece sus
  palabras"). Without the word for all of us ("from the front desk to the nurse, you were ...") or with care in the
  sentence ("everyone, from the front desk to our surgeons, took great care of you") the range is the reader's
  path through the office and stays refused.
"""

from __future__ import annotations

from ... import lazyre
from ...text import sentence_bounds, sentence_of
from .team_signoff import sign_off_span

_WORD = r"[\w'’-]+"
# A plural person noun for staff, or a specialist by a plural ending ("allergists", "dermatólogas", "pediatras").
_PEOPLE_EN = (
    r"(?i:nurses|techs|technicians|assistants|therapists|specialists|educators|coordinators|navigators|hygienists|aides|medics|docs|doctors"
    r"|physicians|surgeons|providers|pharmacists|counselors|counsellors|midwives|[a-z]+ists|[a-z]+ians)"
)
_PEOPLE_ES = (
    r"(?i:enfermer[oa]s|t[eé]cnic[oa]s|asistentes|terapeutas|especialistas|educador[ae]s|coordinador[ae]s|navegador[ae]s|higienistas"
    r"|m[eé]dic[oa]s|doctor[ae]s|cirujan[oa]s|farmac[eé]utic[oa]s|consejer[oa]s|parteras|[a-zñáéíóú]+istas|[a-zñáéíóú]+[oó]log[oa]s|pediatras)"
)
_TEAM_EN = r"(?i:team|staff|crew|unit|department|squad)"
_TEAM_ES = r"(?i:equipo|personal|departamento|unidad|servicio|[aá]rea)"
_OURS_EN = r"(?i:our|all[ \t]+(?:of[ \t]+)?our|all[ \t]+the)"
_OURS_ES = r"(?i:nuestr[oa]s|tod[oa]s[ \t]+nuestr[oa]s|tod[oa]s[ \t]+l[oa]s)"
_NOT_READER = r"(?!(?i:su|sus|tu|tus|usted|your)(?![\w-]))"
_GROUP = lazyre.compile(
    r"(?<![\w-])(?:"
    rf"{_OURS_EN}[ \t]+(?:{_WORD}[ \t]+){{0,2}}?{_PEOPLE_EN}"
    rf"|(?i:our)[ \t]+(?:{_WORD}[ \t]+){{1,2}}?{_TEAM_EN}"
    rf"|{_OURS_ES}[ \t]+{_PEOPLE_ES}(?:[ \t]+(?i:de|del|en)[ \t]+(?:(?i:la|el|los|las)[ \t]+)?{_NOT_READER}{_WORD})?"
    rf"|(?i:nuestr[oa]|el|la)[ \t]+{_TEAM_ES}[ \t]+(?i:de|del)[ \t]+(?:(?i:la|el|los|las)[ \t]+)?{_NOT_READER}{_WORD}"
    r")(?![\w-])"
)
# All of us, before a range of the staff in the same sentence.
_ALL_OF_US = lazyre.compile(
    r"(?<![\w-])(?i:everyone|everybody|all[ \t]+of[ \t]+us|every[ \t]+one[ \t]+of[ \t]+us|each[ \t]+of[ \t]+us|the[ \t]+whole[ \t]+(?:team|staff|crew|office)"
    r"|our[ \t]+(?:whole|entire)[ \t]+(?:team|staff|crew)|todo[ \t]+el[ \t]+(?:personal|equipo)|todos|todas|cada[ \t]+un[oa][ \t]+de[ \t]+nosotr[oa]s"
    r"|todo[ \t]+nuestro[ \t]+(?:personal|equipo))(?![\w-])"
)
_ARTICLE = r"(?:(?i:the|our|la|el|los|las|nuestr[oa]s?)[ \t]+)?"
# An end of the range is staff: people, a desk or a team ("the front desk", "recepción", "our surgeons", "los cirujanos").
_STAFF_END = (
    rf"(?:{_PEOPLE_EN}|{_PEOPLE_ES}|(?i:front[ \t]+desk|front[ \t]+office|reception(?:ists?)?|receptionist|schedulers|billing|custodians|janitors"
    r"|drivers|volunteers|interpreters|recepci[oó]n|recepcionistas|facturaci[oó]n|limpieza|intendencia|mantenimiento|caja|choferes"
    rf"|voluntari[oa]s|int[eé]rpretes|promotoras)|(?:{_WORD}[ \t]+)?{_TEAM_EN}|{_TEAM_ES})"
)
_END = rf"{_ARTICLE}{_NOT_READER}(?:{_WORD}[ \t]+){{0,2}}?{_STAFF_END}"
_RANGE = lazyre.compile(rf"(?<![\w-])(?i:from|desde)[ \t]+{_END}[ \t]+(?i:to|through|hasta)[ \t]+{_END}(?![\w-])")


# What all of us do with the review, after the range: thank, appreciate, read, send love ("... appreciates you taking
# the time", "... le agradece sus palabras"). Care said in the sentence ("took great care of you") keeps the range the
# reader's path.
_THANKS = lazyre.compile(
    r"(?<![\w-])(?i:appreciates?|thanks?|say[s]?[ \t]+thank|sends?|read|reads|loved?|loves|smiled|cheered|is[ \t]+grateful|are[ \t]+grateful"
    r"|agradecen?|agradecemos|(?:le|les)[ \t]+(?:da|dan|damos)[ \t]+las[ \t]+gracias|mandan?|env[ií]an?|leyeron|leemos|leen|est[aá]n?[ \t]+agradecid[oa]s?)(?![\w-])"
)
_TENDED = lazyre.compile(
    r"(?<![\w-])(?i:care|cared|caring|treated|tended|looked[ \t]+after|helped|saw|seen|met|served|welcomed|atendi[oó]|atendieron|atendimos|cuid[oó]"
    r"|cuidaron|cuidamos|trataron|trat[oó]|recibieron|ayudaron|ayud[oó]|vieron|conocieron)(?![\w-])"
)


# "... and the rest of the infusion team", "the whole dialysis team": ours too, in a sentence that speaks to no one ("The
# whole recovery team is proud of you", "... and they'll see you next cycle" keep the care word; round 63)
_REST_OF = lazyre.compile(rf"(?<![\w-])(?i:the[ \t]+rest[ \t]+of[ \t]+(?:the|our)|the[ \t]+whole)[ \t]+{_NOT_READER}(?:{_WORD}[ \t]+){{1,2}}?{_TEAM_EN}(?![\w-])")
# The reader spoken to only for the review itself: "appreciates you taking the time to post", "thanks you for the kind words"
_FOR_THE_REVIEW = lazyre.compile(
    r"[ \t]+(?i:taking[ \t]+the[ \t]+time|for[ \t]+(?:taking[ \t]+the[ \t]+time|writing|sharing[ \t]+this|posting|the[ \t]+(?:kind[ \t]+|sweet[ \t]+|lovely[ \t]+)?(?:words|review|note|shout-?out)))(?![\w-])"
)
# One of ours or a crew named by the work, in everyday words: "the x-ray guy", "the outpatient crew", "our lab lady" (round
# 123); not the reader's ("your x-ray tech"), and as _REST_OF, only in a sentence that speaks to no one but for the review
_JOB = lazyre.compile(rf"(?<![\w'’-]){_WORD}[ \t]+(?i:techs?|guys?|gals?|lady|ladies|crew|folks)(?![\w-])")
READER_BEFORE = lazyre.compile(r"(?<![\w-])(?i:your|su|tu|sus|tus)[ \t]+$")  # the reader's own: "your x-ray tech", "your patient portal" (stance.py)
_SPOKEN_TO = lazyre.compile(r"(?<![\w'’-])(?i:you|your|yours|y['’]?all|usted|ustedes|su|sus|le|te|tu|tus)(?![\w'’-])")


def groups(text: str) -> list[tuple[int, int]]:
    """Spans of groups of our staff named by their work ("our infusion nurses", "el equipo de endoscopia", "the rest of the
    infusion team" where the sentence speaks to no one)."""
    signed = sign_off_span(text)  # "— El equipo de Oncología": a sign-off named only by care stays refused (team_signoff.py)
    found = [m.span() for m in _GROUP.finditer(text) if not (signed and signed[0] <= m.start() < signed[1])]
    bounds = None
    jobs = (m for m in _JOB.finditer(text) if not READER_BEFORE.search(text, max(0, m.start() - 6), m.start()))
    for m in (*_REST_OF.finditer(text), *jobs):
        bounds = bounds or sentence_bounds(text)
        begin, stop = sentence_of(bounds, m.start())
        if all(_FOR_THE_REVIEW.match(text, you.end()) for you in _SPOKEN_TO.finditer(text, begin, stop)):
            found.append(m.span())  # no one spoken to, or only for writing the review ("appreciates you taking the time")
    return sorted(found)


def ranges(text: str) -> list[tuple[int, int]]:
    """Spans of the whole staff as a range after a word for all of us ("everyone, from the schedulers to our surgeons")."""
    found = []
    bounds = sentence_bounds(text)
    for m in _RANGE.finditer(text):
        begin, stop = sentence_of(bounds, m.start())
        if _ALL_OF_US.search(text, begin, m.start()) and _THANKS.search(text, m.end(), stop) and not _TENDED.search(text, begin, stop):
            found.append(m.span())
    return found


# A member's own years in their job ("she's been a wound care nurse for 15 years", "he's been our diabetes educator
# for nine years", "<Name> has been giving allergy shots for six years"): the job's clinical word and the years are theirs, not the reader's care or time with us. Only "our", "an",
# "the" before the job (not "your chemo nurse") and a word of our staff's work at its end ("our patient for years" is care).
_JOB_END = r"worker|nurse|doctor|physician|surgeon|tech|technician|receptionist|aide|assistant|educator|navigator|coordinator|therapist|hygienist|manager|driver|interpreter|midwife|pharmacist|counselor|scheduler|provider|dietitian|[a-z]+ist|[a-z]+ian"
_TENURE = lazyre.compile(
    r"(?<![\w'’-])(?i:he|she)(?:['’]s|[ \t]+has)[ \t]+(?i:been|worked[ \t]+as|served[ \t]+as)[ \t]+(?i:our|an?|the)[ \t]+"
    rf"(?:{_WORD}[ \t]+){{0,3}}?(?i:{_JOB_END})[ \t]+(?i:for)[ \t]+(?:{_WORD}[ \t]+){{1,2}}?(?i:years?)(?![\w'’-])"
    # ... or the work itself, said of a member by name ("<Name> has been running hearing checks for nine years"; not "your <Name>")
    r"|(?<![\w'’-])(?<!your )(?<!Your )[A-Z][a-z]+[ \t]+has[ \t]+been[ \t]+(?i:doing|giving|running|performing|fitting|drawing|reading|teaching)[ \t]+"
    rf"(?:{_WORD}[ \t]+){{1,4}}?(?i:for)[ \t]+(?:{_WORD}[ \t]+){{1,2}}?(?i:years?)(?![\w'’-])"
)


def tenures(text: str) -> list[tuple[int, int]]:
    """Spans of a member's years in their job (_TENURE)."""
    return [m.span() for m in _TENURE.finditer(text)]


def ours(text: str, more: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The readings' spans with `more`, sorted and merged so that none overlaps (as stance.inside wants)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted([*groups(text), *ranges(text), *tenures(text), *more]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
