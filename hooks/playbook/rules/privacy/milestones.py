"""One person's care milestone with us ("marked 7 years on home dialysis", "got her 2-year chip", "lleva 9 meses en
nuestro programa de metadona", "desde que empezo en nuestra rehabilitacion cardiaca", "tras 5 sesiones de radioterapia",
"nacio con 30 semanas", "ya descansa en casa con nosotros", "ultima sesion de quimio", a time told from the care
itself: "is 6 weeks post-op", "ten days out from his hernia repair", "lleva dos semanas de operada").

Staff describe the person however they like ("one of my guys", "una guerrera", "this sweet <anything>", "our
gentleman in chair 4"), so no word list of people can catch them. What every such post shares is its structure: a
count of a course of care, a recovery token, an entry into our programme, a birth week, a rest at home with us, a
last day of therapy, a time since their care, told as something that happened (a past verb or a third person in the sentence). That is a
patient's story (PHI013, media.py), named or not. Passes: health education about anyone ("when a patient starts
dialysis he may feel tired", "si usted lleva 6 meses en tratamiento", "at 6 weeks post-op most can drive"), a class or a visit ("our 6-week
post-op class"), staff's own news ("our nurse marked 10 years
in our dialysis unit", a career: "trabajo 12 anos en cuidados paliativos", careers.py, a clinician named with her
licence: "<Name>, CNM, cumple 10 anos en el centro"), programme news without a person ("our program now has evening
hours"), a count of visits that says how a service works ("it takes three visits in one week", service_visits.py), a schedule's interval ("cada 4 anos entre los 40 y los 60"), a milestone the person told the public
themselves (own_news.told_public: "he sings about his ten years sober on his new album").

One scan for the shapes, each sentence read once for its gates: linear.
"""

from __future__ import annotations

import bisect
import re

from ... import lazyre
from ...text import alternation, sentence_bounds
from . import care, own_news
from .careers import career_years
from .common import not_one
from .everyday_senses import TENURE_VERB
from .licence_letters import licensed_in
from .one_person import ONE_PERSON, PERSON, PERSON_ES
from .service_visits import service_count
from .vocabulary import NAMES

_COUNT = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce)"
_UNIT = (
    r"(?:years?|months?|weeks?|sessions?|rounds?|treatments?|infusions?|visits?|implants?|"
    r"anos?|mes|meses|semanas?|sesion|sesiones|rondas?|tratamientos?|infusiones|visitas?|implantes?)"
)
_SHAPES = lazyre.compile(
    r"(?<![\w-])(?:"  # every branch opens with it: said once, a word's inside is passed over at once
    # a recovery token: "his 1-year chip", "su ficha de 6 meses"
    rf"(?<![\w-])(?P<chip>(?:{_COUNT}[ \t-]+(?:year|month|day|ano|mes)s?[ \t-]+(?:chip|coin|medallion|token)"
    r"|(?:ficha|medalla|moneda)[ \t]+de[ \t]+\S+[ \t]+(?:anos?|mes|meses|dias?)))(?![\w-])"
    # a time since one person's care: "10 days post-op", "a month out from his tendon repair", "tres semanas de operada"
    rf"|(?<![\w-])(?P<since>(?:{_COUNT}|one|a|an|un|una|a[ \t]+few|a[ \t]+couple[ \t]+of)[ \t]+(?:days?|weeks?|months?|wks?|dias?|semanas?|mes|meses)[ \t]+"
    r"(?:post[ \t-]?(?:op|operative|surgery|surgical|transplant|procedure|partum)|postop|postoperatori[oa]"
    r"|(?:out[ \t]+(?:from|of)|since|after|following|de|desde|tras|despues[ \t]+de)(?=[ \t]+(?:his|her|their|su|sus|operad[oa]|intervenid[oa]|recien)[ \t\W])))(?![\w-])"
    r"(?![ \t-]+(?:visits?|appointments?|appts?|checks?|check-?ups?|class|classes|period|window|program|instructions|care|consulta|cita|control|clase))"
    # a count of a course of care: "10 years on hemodialysis", "3 sesiones de laser", "4 implants"
    rf"|(?<![\w-])(?P<count>{_COUNT}[ \t-]+{_UNIT})(?![\w-])(?=[ \t]+(?:on|of|in|de|en|sin|without)[ \t]|,)"
    # an entry into our care: "since he joined our", "desde que entro a nuestro"
    r"|(?<![\w-])(?P<joined>since[ \t]+(?:he|she)[ \t]+(?:joined|started|entered|began|enrolled)"
    r"|desde[ \t]+que[ \t]+(?:entro|empezo|ingreso|inicio|comenzo|llego))(?![\w-])"
    # a birth week: "born at 29 weeks", "llegaron con 29 semanas"
    r"|(?<![\w-])(?P<born>(?:was|were)[ \t]+born[ \t]+at[ \t]+\d{2}[ \t]+weeks"
    r"|(?:nacio|nacieron|llego|llegaron)[ \t]+(?:con|a[ \t]+las)[ \t]+\d{2}[ \t]+semanas)(?![\w-])"
    # a rest at home in our care: "resting at home with us", "descansando en casa con nosotros"
    r"|(?<![\w-])(?P<home>(?:resting|rests|descansando|descansa)[ \t]+(?:\w+[ \t]+)?(?:at[ \t]+home|en[ \t]+(?:su[ \t]+)?casa)"
    r"[ \t]+(?:with[ \t]+us|con[ \t]+nosotros))(?![\w-])"
    # a last day of therapy: "last day of chemo", "ultimo dia de terapia"
    r"|(?<![\w-])(?P<last>(?:last|final)[ \t]+day[ \t]+of|(?:ultimo|ultima)[ \t]+(?:dia|sesion)[ \t]+de)(?![\w-]))",
    re.IGNORECASE,
)
_NEEDS_CARE = ("count", "joined", "last", "since")
# an age or a span, not a course: "de 40 anos", "under 2 months", "a los 12 anos", "40 anos en adelante"
_CARE_UNIT = lazyre.compile(r"(?i:sessions?|sesion|sesiones|treatments?|tratamientos?|infusions?|infusiones|implants?|implantes?)$")
_AGE_BEFORE = lazyre.compile(r"(?<![\w-])(?i:de|a|to|and|y|or|o|los|las|under|over|from|desde|hasta|aged?|ages|menores|mayores|after|tras)[ \t]+$")
# "after 12 years of dialysis", "tras 5 anos de quimio": a course of care counted after "after", not an age ("after age 12")
# a schedule, not a course: "cada 4 anos entre los 40 y los 60", "every 2 years in women over 50", "once every 10 years"
_EVERY_BEFORE = lazyre.compile(r"(?<![\w-])(?i:every|each|cada|per)[ \t]+$")
_AFTER_OF = lazyre.compile(r"(?<![\w-])(?i:after|tras)[ \t]+\w+[ \t-]+\w+[ \t]+(?i:of|de)[ \t]")
_WORK = lazyre.compile(
    r"(?<![\w-])(?i:experience|experiencia|nursing|enfermeria|career|carrera|practice|practica|anniversary|aniversario|como|as[ \t]+an?"
    r"|training|entrenamiento|entreno)(?![\w-])"
)  # shapes whose care is said after them ("21 km y 5 meses de entrenamiento con un tobillo vendado": a runner's months of training)
_REACH = 60
_POST = lazyre.compile(r"(?i:post)")
_OPERATED = lazyre.compile(r"[ \t]+(?i:operad[oa]|intervenid[oa]|recien[ \t]+operad[oa]|(?:su|sus|his|her|their)[ \t]+(?:trasplante|transplant|operacion|operation))(?![\w-])")
_CLAUSE_END = lazyre.compile(r"[.;:!?()\n]|(?<![\w-])(?i:but|pero)(?![\w-])")
_WITH_US = lazyre.compile(r"(?<![\w-])(?i:(?:our|nuestr[oa])[ \t]+(?:program|programa|group|grupo|clinic|clinica)|with[ \t]+(?:dr|dra)\b|con[ \t]+(?:la[ \t]+|el[ \t]+)?(?:dr|dra)\b)")
# a person who is not one patient: the reader, a group, a hypothetical, or the staff
_GENERIC = not_one(
    r"patients|pacientes|(?<!who[ \t])you(?![ \t]+know)|y'all(?![ \t]+know)|your|you're|yours|usted|ustedes|tu|tus|people|personas|"
    r"many|most|some|muchos|muchas|la[ \t]+mayoria|pueden|quienes|those[ \t]+who|los[ \t]+que|las[ \t]+que|everyone|todos|todas"
)
# A modal is a hypothetical only when no one person is its subject: "at 6 weeks post-op a patient may drive", not "three
# weeks post-op and she can already climb stairs", "lleva dos semanas de operada y ya puede caminar" (folded: no "él").
_MODAL = lazyre.compile(r"(?<![\w'’-])(?i:may|might|can|could|should|puede|podria|deberia)(?![\w'’-])")
# Advice said before the count in its clause: "A glucose screen is recommended ... 28 weeks", "We recommend glucose testing
# around 28 weeks" (not "... just hit 10 years on dialysis, and cake is recommended": the advice comes after)
_ADVICE_BEFORE = lazyre.compile(
    r"(?<![\w'’-])(?i:recommend(?:s|ed)?|advised|suggested|se[ \t]+recomiendan?|recomendad[oa]s?|se[ \t]+sugiere|recomendamos)(?![\w'’-])"
    r"(?![ \t]+(?i:to[ \t]+us|us|by|por)(?![\w'’-]))"  # not a referral: "recommended to us by her sister"
    r"(?:(?![ \t](?i:and|y|pero|but)[ \t])[^;.!?\n]){0,80}$"
)
_ONE_SUBJECT = lazyre.compile(r"(?<![\w'’-])(?i:she|he|she's|he's|ella|ya[ \t]+puede|already|(?:his|her)(?![ \t]+or[ \t]))(?![\w'’-])")
_STAFF = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['staff_nouns_alt'])}|dr|dra|staff|team|equipo|personal)(?![\w-])")
_WITH_BEFORE = lazyre.compile(r"(?i:with|con|con[ \t]+(?:la|el))[ \t]+$")
_PERSON = lazyre.compile(rf"(?<![\w-])(?i:{PERSON})(?![\w-])")


def milestone_of_one(text: str, given: tuple[str, ...] = ()) -> re.Match | None:
    """The first milestone of one person's own care with us in `text` (folded), or None; not a team member's career
    (careers.py: "worked 12 years in hospice", "<Member> spent 9 years on the L&D floor", `given` the team's given names)."""
    bounds: tuple[int, ...] = ()
    read: dict[int, bool] = {}  # each sentence's gates, read once
    for match in _SHAPES.finditer(text):
        if match.lastgroup in _NEEDS_CARE and not _cared_after(text, match):
            continue
        if (
            match.lastgroup == "count"
            and not _CARE_UNIT.search(match.group(0))
            and _AGE_BEFORE.search(text, max(0, match.start() - 10), match.start())
            and not _AFTER_OF.search(text, max(0, match.start() - 10), match.end() + 4)
        ):
            continue
        if match.lastgroup == "count" and _EVERY_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # an interval of a schedule ("la prueba cada 4 anos entre los 40 y los 60") is no one's course of care
        if match.lastgroup == "count" and (member := _OF_MEMBER.match(text, match.end())) and member.group(1).lower() in given:
            continue  # "10 YEARS of <Member>", "5 años de <Member>": her years with us
        advice = _ADVICE_BEFORE.search(text, max(0, match.start() - 120), match.start())
        if advice and not ONE_PERSON.search(text, advice.start(), match.start()) and not PERSON_ES.search(text, advice.start(), match.start()):
            continue  # advice to anyone: "A glucose screen is recommended between 24 and 28 weeks" (not "... recommended she ...")
        bounds = bounds or sentence_bounds(text)
        at = max(bisect.bisect_right(bounds, match.start()) - 1, 0)
        if match.lastgroup == "count" and (career_years(text, match.start(), bounds[at], given) or _member_fragment(text, match, bounds, at, given)):
            continue
        if match.lastgroup == "count" and service_count(text, match.start(), bounds[max(at - 1, 0)], bounds[min(at + 1, len(bounds) - 1)]):
            continue  # "it takes three visits in one week", "son 4 sesiones de láser": how a service works (service_visits.py)
        if at not in read:
            read[at] = _one_patient(text, bounds[at], bounds[min(at + 1, len(bounds) - 1)])
        if read[at]:
            return match
    return None


_WORD = lazyre.compile(r"\w")
_CAPITAL = lazyre.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
_OF_MEMBER = lazyre.compile(r"[ \t]+(?i:of|de)[ \t]+([A-Z][\w'’-]*)")  # "10 YEARS of <Member>": whose years they are
# The years spent in a place or a role, not on a course of care: "Nine years in the infusion room", "en la sala de", "with us"
_SPENT_IN = lazyre.compile(r"[ \t]+(?i:in|at|here|with[ \t]+us|as|en|aqu[ií]|con[ \t]+nosotros|como)(?![\w-])")


# Her tenure opening the line instead: "She's been with us 8 years", "He has been here for 12 years", "Lleva 18 años en ..."
_TENURE_OPENING = lazyre.compile(rf"[^\w]*(?:(?i:ella|él)[ \t]+)?{TENURE_VERB}[ \t]+(?P<here>(?i:with[ \t]+us|here|on[ \t]+(?:the|our)[ \t]+team)[ \t]+)?(?:(?i:for)[ \t]+)?")
_OUR = lazyre.compile(r"(?<![\w-])(?i:our|nuestr[oa])[ \t]+")


def _member_fragment(text: str, match: re.Match, bounds, at: int, given: tuple[str, ...]) -> bool:
    """A count of years or months opening a verbless line, or one that opens on her tenure ("She's been with us 8 years",
    "Lleva 18 años en ..."), right after one of our staff is greeted by role and name and no one else is named: her tenure
    ("Happy birthday to our nurse <Member>! 🎂 Nine years in the infusion room, ..."; "Meet <Member>, our lead tech!"), not
    a course of care (a count of sessions is; so is "<Member> sends love to Mr. <Name>! Nine years on dialysis")."""
    opening = _TENURE_OPENING.fullmatch(text, bounds[at], match.start())
    if at == 0 or not given or _CARE_UNIT.search(match.group(0)) or _WORD.search(text, bounds[at], match.start()) and not opening:
        return False  # "Nine years on dialysis", "Cinco años de quimio": a course of care
    if not _SPENT_IN.match(text, match.end()) and not (opening and opening.group("here")):
        return False  # "She's been 8 years cancer-free": a course of care
    before, stop = bounds[at - 1], bounds[at]
    if _PERSON.search(text, before, stop) or PERSON_ES.search(text, before, stop):
        return False  # "our nurse <Member> threw a party for a very special patient"
    for staff in _STAFF.finditer(text, before, stop):
        if not _WITH_BEFORE.search(text, max(before, staff.start() - 12), staff.start()):
            return all(word.group(0).lower() in given for word in _CAPITAL.finditer(text, staff.end(), stop))
    # a member greeted by her given name with her job after "our", no other capital but the sentence's first: "Meet <Member>, our lead tech!"
    capitals = [word.group(0).lower() for word in _CAPITAL.finditer(text, before, stop)][1:]
    return bool(opening and capitals and all(word in given for word in capitals) and _OUR.search(text, before, stop))


def _cared_after(text: str, match: re.Match) -> bool:
    """Care said in the milestone's own clause ("10 years | on hemodialysis", "3 sesiones | de laser")."""
    end = min(len(text), match.end() + _REACH)
    cut = _CLAUSE_END.search(text, match.end(), end)
    end = cut.start() if cut else end
    if _WORK.search(text, match.end(), end):
        return False  # "15 years in oncology nursing", "10 anos de experiencia en dialisis"
    if match.lastgroup == "count" and _CARE_UNIT.search(match.group(0)):
        return True  # a count of care itself: "3 sesiones de laser", "4 implants"
    if match.lastgroup == "since" and (_POST.search(match.group(0)) or _OPERATED.match(text, match.end(), end)):
        return True  # the time is told from care itself: "6 weeks post-op", "dos semanas de operado"
    return care.care_in(text, match.start(), end) or _WITH_US.search(text, match.end(), end) is not None


def _one_patient(text: str, start: int, end: int) -> bool:
    """The sentence is about one of ours, not the reader, a group, a hypothetical or the staff."""
    modal = _MODAL.search(text, start, end) and not _ONE_SUBJECT.search(text, start, end)
    if modal or _GENERIC.search(text, start, end) or care.REPORTED_VERB.search(text, start, end) or own_news.told_public(text, start, end):
        return False  # news reported, or told by the person to the public ("sings about his ten years in recovery on his new album")
    if licensed_in(text, start, end):
        return False  # "nuestra partera <Name>, CNM, que cumple 10 anos en el centro": a clinician's own years
    for staff in _STAFF.finditer(text, start, end):
        if not _WITH_BEFORE.search(text, max(start, staff.start() - 12), staff.start()):
            return False  # "our nurse Ana marked 10 years in our dialysis unit"
    return True
