"""PHI001 confirms-patient: a reply that says the reader dealt with the practice, in set phrases or in its stance.

The stance is read clause by clause (stance.py, where the decisions are written down): the reader
with a sign of dealings or time in one clause discloses, unless it is a promise to answer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ... import lazyre
from ...findings import Severity
from ...model import ResponseTemplate
from ...text import clip
from ..context import Context
from ..registry import Hit, rule
from . import qa, stance
from .attendance import attendance
from .beside_reader import beside
from .common import Text, texts
from .kin_conduct import conduct
from .named_clinicians import named_clinicians
from .offers import checkpoints, offers
from .on_our_books import next_visit
from .outcomes import outcomes
from .passed_on import passings
from .reader_ailments import reader_ailments
from .reader_dealings import dealings
from .reader_values import reader_values
from .seen_reader import seen
from .stance import (
    DEAL,
    EVENT,
    GENERAL_MARKERS,
    MODIFIERS,
    PATIENT,
    PLACE,
    POINT,
    POSSESSIVE,
    RELATIVE,
    RELATIVES,
    SOFT,
    SPAN,
    STAFF,
    VISIT,
    WAIT,
    WEEKDAY,
    WHEN,
    WHO,
    Mark,
    alt,
    bounded,
    clause_starts,
    inside,
    nearby,
    read_marks,
    words,
)

_WHY = {
    DEAL: "it describes the reviewer's visits, bookings, calls or conduct here",
    VISIT: "it mentions the reviewer's appointments",
    PLACE: "it places the reviewer at the practice",
    STAFF: "it says which of our staff the reviewer dealt with",
    PATIENT: "it says the reviewer is a patient",
    WHEN: "it says when or how often the reviewer dealt with us",
    POINT: "it says when the reviewer dealt with us",
    SPAN: "it says how long someone waited or how long their visit took",
    WAIT: "it says when or how long the reviewer waited",
    SOFT: "it says the reviewer's family comes here",
    "relative": "it brings the reviewer's relative into the reply, which ties them to the practice",
    "records": "it quotes the practice's records, schedule or systems about the reviewer",
    "phrase": "it confirms or hints that the reviewer is a patient",
    "clinician": "naming a clinician ties the reviewer to their care",
    "seen": "it says we saw, met or cared for the reviewer",
    "outcome": "it tells how the reviewer's care turned out",
}

_SORRY = alt(words("apology"))
# An apology whose object is a day: "sorry about Tuesday", "sorry for the long wait on Monday", "lo del martes".
# The reader's own slot, a weekday and its hour ("su sábado de las 8", "tu lunes a las 9"): "su" before a day is the
# reader's in a reply, as "your Saturday" is, once an hour pins the day down to one booking.
_YOUR_SLOT = lazyre.compile(rf"(?<![\w-])(?i:su|tu)\s+(?:{WEEKDAY})\s+(?i:de\s+las|a\s+las|de\s+la|a\s+la)\s+\d{{1,2}}(?![\d])")
# Sessions counted with one of us (round 143: "después de tantos jueves con <Member> se sienta con más fuerza"): the reader's own
_SESSIONS_WITH = lazyre.compile(
    r"(?<![\w-])(?i:tantos|tantas|tod[oa]s[ \t]+(?:est[oa]s|es[oa]s)|despu[eé]s[ \t]+de[ \t]+(?:tant[oa]s|\d{1,3}|vari[oa]s|much[oa]s)|all[ \t]+(?:those|these)|so[ \t]+many"
    r"|after[ \t]+(?:all[ \t]+)?(?:those|these|\d{1,3}|many|several))[ \t]+"
    rf"(?:(?:{WEEKDAY})s?|sesiones|sessions|semanas|weeks|meses|months|visits|visitas|citas|appointments|mornings|ma[nñ]anas|tardes|afternoons)[ \t]+(?i:con|with)[ \t]+"
    r"(?:(?i:la|el|our|nuestr[oa])[ \t]+)?(?:(?i:dr|dra|doctor|doctora|nurse|enfermer[oa])\.?[ \t]+)?[A-Z]"
    # ... or years of a weekday, the reader's standing slot (round 144: "Two years of Thursday mornings goes fast")
    r"|(?<![\w-])(?:\d{1,2}|(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|many|so[ \t]+many|un|una|dos|tres|cuatro|cinco|muchos|tantos))[ \t]+"
    rf"(?i:years?|months?|a[nñ]os|meses)[ \t]+(?i:of|de)[ \t]+(?:(?i:los|las)[ \t]+)?(?:{WEEKDAY})s?(?:[ \t]+(?i:mornings|afternoons|evenings|nights|en[ \t]+la[ \t]+ma[nñ]ana|por[ \t]+la[ \t]+tarde))?(?![\w-])"
    r"(?![ \t]+(?i:clinics?|hours|huddles?|meetings?|shifts?|specials?|classes|clases?|walk-?ins?|markets?))"  # not ours: "years of Friday clinics"
)
# "Uno" as anyone, the subject of the possessive's clause ("cuando uno está preocupado por sus hijos"): their children, no one's
_IMPERSONAL = lazyre.compile(r"(?<![\w'’-])(?i:cuando|si|mientras|porque|que)[ \t]+uno[ \t]+(?:[\w'’-]+[ \t]+){0,3}$")
_SORRY_DAY = lazyre.compile(
    rf"(?<![\w-])(?:{_SORRY})\s+(?:(?i:again|so\s+much|mucho)\s+)?(?i:about|for|por|lo\s+del?|lo\s+que\s+paso\s+el)\s+"
    rf"(?:(?i:the|that|your|la|el|su)\s+)?(?:[\w'’-]+\s+){{0,2}}(?:(?i:on|del?|el|last|this)\s+)?"
    rf"(?:{WEEKDAY}|(?i:yesterday|today|this\s+morning|last\s+night|ayer|hoy|anoche|the\s+\d{{1,2}}(?:st|nd|rd|th)?|el\s+\d{{1,2}}))(?![\w-])"
)

# Direct: each of these discloses on its own ("nos vemos" not out and about: "¡Nos vemos en las pistas!", "por ahí"; round 159).
_CONFIRMS = bounded(words("confirms"))
_ABOUT_TOWN = lazyre.compile(
    r"[ \t]+(?i:en[ \t]+(?:las[ \t]+pistas|la[ \t]+monta[nñ]a|el[ \t]+pueblo|el[ \t]+r[ií]o|los[ \t]+senderos|el[ \t]+rodeo|la[ \t]+comunidad|el[ \t]+valle)|por[ \t]+ah[ií]|por[ \t]+el[ \t]+pueblo)(?![\w-])"
)
# Trust given to a community's clinics in general, closing its sentence: "thanks for trusting your community clinic!",
# "gracias por confiar en su clínica comunitaria." A kind of place everyone can trust, not us and the reader's care:
# "thanks for trusting us", "you've trusted us for years", "thanks for trusting us with your knee" still confirm.
_TRUST_IN_ALL = lazyre.compile(
    r"[ \t]+(?:(?i:en)[ \t]+)?(?i:your|su|tu|sus|tus)[ \t]+(?:"
    r"(?i:local|neighbou?rhood)?[ \t]*(?i:community)[ \t]+(?i:clinic|clinics|health[ \t]+cent(?:er|re)s?|health[ \t]+clinic)"
    r"|(?i:local|neighbou?rhood)[ \t]+(?i:clinic|clinics|health[ \t]+cent(?:er|re)s?)"
    r"|(?i:clinica|clinicas|centro[ \t]+de[ \t]+salud|centros[ \t]+de[ \t]+salud)[ \t]+(?i:comunitari[oa]s?|del[ \t]+barrio|de[ \t]+la[ \t]+comunidad|local|locales))"
    r"[ \t]*(?:[.!]|$)"
)
# Trust given to speak up, the review itself its object: "thanks for trusting us enough to post this", "thank you
# for trusting us enough to tell us", "gracias por la confianza de escribirnos", "gracias por confiar en nosotros
# para contarnos esto". Anyone may write a review and trust us to read it. In English only "enough to" says the
# reader does the telling ("trusting us to share your story" is ours to do); "trusting us enough to come back",
# "thanks for trusting us with your knee" still confirm, and whatever care the sentence names is read on its own.
# A season or life that treats the reader well, an idiom of no care: "hope calving season is treating you well", "hope
# retirement's been treating you right" (round 111; "the new hip is treating you well" is still care, care.pointed_care).
_TIMES_TREATING = lazyre.compile(
    r"(?<![\w-])(?i:season|life|summer|winter|spring|fall|autumn|weather|year|retirement|harvest|semester|vacation|the[ \t]+road|ranch[ \t]+life|farm[ \t]+life)"
    r"(?:['’]s|[ \t]+(?:is|are|has|have))(?:[ \t]+been)?[ \t]+(?=(?i:treating)[ \t]+(?i:you|y['’]all)[ \t]+(?i:well|right|good|kindly)(?![\w-]))"
)


def _times_treating(text: str, match: re.Match) -> bool:
    """Whether the phrase found is "treating you" after a season or a life and before "well" (_TIMES_TREATING)."""
    found = _TIMES_TREATING.search(text, max(0, match.start() - 40), match.end() + 16)
    return found is not None and found.end() == match.start()


_TRUST_TO_SAY = lazyre.compile(
    r"[ \t]+(?i:us|in[ \t]+us)[ \t]+(?i:enough)[ \t]+(?i:to)[ \t]+"
    r"(?i:write|share|tell[ \t]+us|reach[ \t]+out|let[ \t]+us[ \t]+know|speak[ \t]+up|post|leave[ \t]+(?:us[ \t]+)?(?:this|a|an|your)|be[ \t]+(?:so[ \t]+)?honest|say[ \t]+so)(?![\w-])"
    r"|[ \t]+(?:(?i:en[ \t]+nosotros)[ \t]+)?(?:(?i:lo[ \t]+suficiente)[ \t]+)?(?i:de|para)[ \t]+"
    r"(?i:escribirnos|escribir|contarnos|compartirnos|decirnos|hac[eé]rnoslo[ \t]+saber|hacernos[ \t]+saber)(?![\w-])"
)
_YOUR_CARE = lazyre.compile(
    rf"(?<![\w-])(?:{POSSESSIVE})\s+(?:(?:{RELATIVES})['’]s?\s+)?(?:\d{{1,3}}\s+)?(?:(?:{MODIFIERS})[\s-]+){{0,2}}"  # counted: "sus 30 sesiones"
    rf"(?:{alt(words('care_nouns'))})(?![\w-])"
)
_RECORDS_NOUN = alt(words("records"))
_OURS = r"(?i:our|the|my|nuestros?|nuestras?|el|la|los|las|mis?)"
_STORED = r"(?i:updated|added|entered|saved|logged|(?:actualizad|registrad|guardad|anotad|capturad|agregad|cargad)[oa]s?)"
_IN_RECORDS = r"(?i:in|into|on|en)\s+(?i:the|our|el|nuestro)\s+(?i:system|sistema|records?|registros?|chart|file|expediente|archivo)(?!\s+(?i:de|of|for|para)\s)"
# Feedback only, not stance.REVIEW_NOUN: that list holds "caso", "situación", "experiencia", which stored in our system are the
# reader's dealings ("su caso quedó registrado en el sistema")
_FEEDBACK = r"(?i:feedback|comments?|suggestions?|review|words|tip|idea|queja|quejas|comentarios?|sugerencias?|opini[oó]n|rese[nñ]a|palabras)(?![\w-])"
# the reader's own thing, not her feedback, even with an adjective before it ("su amable sugerencia")
_YOURS = rf"(?i:your|su|sus|tu|tus)\s+(?!(?:[\w'’-]+\s+){{0,2}}?{_FEEDBACK})"
_RECORDS = lazyre.compile(
    rf"(?<![\w-])(?:"
    rf"{_OURS}\s+(?:{_RECORDS_NOUN})\s+(?:(?i:also|clearly|only|here|ya|tambien)\s+)?(?:{alt(words('records_say'))})"
    rf"|(?:{alt(words('records_read'))})\s+(?:{_OURS}\s+|(?i:your|su|sus|tu|tus)\s+)?(?:[\w-]+\s+)?(?:{_RECORDS_NOUN})"
    rf"|(?:{alt(words('records_cite'))})\s+(?i:our|nuestros?|nuestras?)\s+(?:{_RECORDS_NOUN})"
    rf"|(?i:according\s+to|segun)\s+(?i:the|el|la|los|las)\s+(?:{_RECORDS_NOUN})"
    # something of the reader's stored in the records: "su número ... ya quedó actualizado en el sistema", "we logged your
    # new pharmacy in the system", "ya actualizamos su dirección en el sistema" (not feedback: "su amable sugerencia ...", nor
    # a bare "lo"/"it", which as often stands for the reader's suggestion or our hours)
    rf"|{_YOURS}(?:[\w'’-]+\s+){{0,6}}?(?:(?i:ya|now|already)\s+)?(?:(?i:qued[oó]|quedaron|est[aá]n?|is|are|was|were|has\s+been|have\s+been|got)\s+)?"
    rf"{_STORED}\s+{_IN_RECORDS}"
    rf"|(?:(?i:actualizamos|registramos|anotamos|capturamos|guardamos|agregamos|cargamos|corregimos|updated|logged|added|entered|saved|put|changed|corrected)"
    rf"|(?i:qued[oó]|quedaron)\s+{_STORED})\s+{_YOURS}(?:[\w'’-]+\s+){{0,4}}?{_IN_RECORDS}"
    rf")(?![\w-])"
)
# "Glad the scope itself went smoothly", "que bueno que la operación de su hija haya salido bien": under a
# review, whatever went well is the reviewer's care, whatever its name.
_WENT_WELL = lazyre.compile(
    r"(?<![\w-])(?i:(?:so\s+|really\s+|very\s+)?(?:glad|happy|pleased|relieved|thrilled|good|great|qu[eé]\s+bueno|nos\s+alegra)\s+(?:to\s+(?:hear|know|see)\s+)?"
    r"(?:that\s+|que\s+)?(?:the|your|his|her|their|everything|it|things|all)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:went|turned\s+out|worked\s+out|came\s+out|healed|is\s+healing|are\s+healing)\s+(?:so\s+|really\s+|very\s+)?"
    r"(?:smoothly|well|great|fine|okay|ok|perfectly|beautifully|bien|perfecto|de\s+maravilla|as\s+planned|according\s+to\s+plan|without\s+a\s+hitch|nicely))"
    r"|(?<![\w-])(?i:(?:nos\s+alegra|que\s+bueno|que\s+gusto|nos\s+da\s+gusto|que\s+alegria|felices\s+de)\s+(?:saber\s+|leer\s+)?que\s+"
    r"(?:todo|la|el|los|las|su|sus|tu|tus)\s+(?:[\w'’-]+\s+){0,3}?(?:haya|hayan|hubiera|hubieran)?\s*(?:salido|salio|salieron|saliera|ido|fue|fueron)"
    r"\s+(?:tan\s+|muy\s+|super\s+)?(?:bien|de\s+maravilla|perfecto|excelente))"
)
OFFLINE_HINT = "Keep the reply general (no visit, care, bill, staff or timing), and invite the reviewer to contact {{ contact.name }} at {{ contact.phone }}, where details can be discussed privately."

# A promise to answer the reader ("we'll call you back tomorrow", "alguien le contesta el mismo dia", "le
# llamamos manana"): the reader and the time it names are what comes next, not their dealings. English needs
# will/'ll/'d/can/going to ("we'd like to talk with you": a talk to come); a Spanish form that is also a past tense ("le llamamos", "le escribimos") needs a time
# to come (or "que nos escriba"); "le contesta", "te respondemos", "le vamos a llamar" are no past at all.
_PROMISE_EN = lazyre.compile(
    rf"(?:(?<=\w)['’](?i:ll|d|(?:re|m|s)\s+going\s+to)|(?<![\w-])(?i:will|shall|can|would|(?:am|is|are)\s+going\s+to))\s+(?:(?i:be\s+(?:happy|glad)\s+to|(?:like|love)\s+to|personally|gladly|also|then|quickly|promptly)\s+)?"
    rf"(?i:{alt(words('promise_verbs'))})\s+(?i:(?:back\s+)?(?:to|with)\s+)?(?:you|u)(?:\s+(?i:back))?(?![\w-])"
)
_STEMS = alt(words("promise_stems_es"))
_ENDINGS = r"(?:aremos|eremos|iremos|aran|eran|iran|ara|era|ira|amos|emos|imos|an|en|a|e)"  # not -o: "llamo" is "llamó" folded
_PROMISE_ES = lazyre.compile(
    rf"(?<![\w-])(?i:le|les|te|lo|la)\s+(?P<go>(?i:vamos|va|van|voy)\s+a\s+(?i:{_STEMS})(?i:ar|er|ir)"
    rf"|(?i:podemos|puede|pueden)\s+(?i:{_STEMS})(?i:ar|er|ir)|(?P<verb>(?i:{_STEMS}){_ENDINGS}))(?:\s+(?i:la\s+llamada))?(?![\w-])"
    rf"|(?<![\w-])(?P<go2>(?i:vamos|va|van|voy)\s+a|(?i:podemos|puede|pueden))\s+(?i:{_STEMS})(?i:ar|er|ir)(?i:le|te|les)(?![\w-])"
)
_PROMISE_TIME = bounded(words("promise_times"))
_PROMISE_PAST = bounded(words("promise_past"))


def _promise_form_is_future(match: re.Match) -> bool:
    """'le contesta', 'te respondemos', 'le llamaremos', 'le vamos a llamar': no past reading; 'le llamamos' has one."""
    verb = (match.group("verb") or "").lower()
    if not verb:
        return True  # "le vamos a llamar", "podemos llamarle"
    return not verb.endswith(("amos", "imos"))  # "llamamos", "escribimos" are also the past tense


def _promises(text: str, bounds: list[int]) -> list[tuple[int, int]]:
    """Spans of promises to answer the reader in a clause that names no past."""
    found = []
    for pattern in (_PROMISE_EN, _PROMISE_ES):
        for match in pattern.finditer(text):
            index = bisect_right(bounds, match.start())
            begin, end = bounds[index - 1] if index else 0, bounds[index] if index < len(bounds) else len(text)
            if _PROMISE_PAST.search(text, begin, end):
                continue
            if pattern is _PROMISE_ES and not _promise_form_is_future(match) and not _PROMISE_TIME.search(text, begin, end):
                continue
            found.append(match.span())
    return sorted(found)


def _pairs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, what) for each clause where the reader meets dealings or time: the closest pair."""
    marks = read_marks(text)
    if not marks:
        return
    bounds = clause_starts(text)
    promises = _promises(text, bounds)
    offered = sorted(offers(text))  # an offer to take care of the reader, a condition on their step: no dealing
    if offered:
        timed = [m for m in marks if m.kind in (WHEN, POINT, SPAN, WAIT, VISIT)]
        offered = [(s, e) for s, e in offered if not any(s <= m.start < e for m in timed)]
        marks = [m for m in marks if not (m.kind in (WHO, DEAL) and inside(offered, m.start, m.end))]
    passed = [(begin, stop) for begin, stop, _ in passings(text)]  # the review passed on to our staff (passed_on.py)
    if passed:
        marks = [m for m in marks if not inside(passed, m.start, m.end)]
    checked = list(checkpoints(text))  # "if your blister is still sore on Friday, soak it": a day to come, not a dealing
    if checked:
        marks = [m for m in marks if not (m.kind in (WHO, DEAL, WHEN, POINT) and inside(checked, m.start, m.end))]
    if promises:  # the reader in a promise, and the times right after it, are what comes next
        marks = [m for m in marks if not (m.kind in (WHO, DEAL) and inside(promises, m.start, m.end))]
        promised: set[int] = set()
        starts = [m.start for m in marks]
        for _, end in promises:
            for index in range(bisect_right(starts, end), len(marks)):
                mark = marks[index]
                if mark.kind not in (WHEN, POINT, SPAN) or mark.start > end + 30:
                    break  # "... Tuesday since you waited two hours": the wait is theirs again
                promised.add(index)
                end = mark.end
        marks = [m for index, m in enumerate(marks) if index not in promised]
    by_clause: dict[int, list[Mark]] = {}
    for mark in marks:
        by_clause.setdefault(bisect_right(bounds, mark.start), []).append(mark)
    events = {bisect_right(bounds, m.start()) for m in EVENT.finditer(text)}
    general = {bisect_right(bounds, m.start()) for m in GENERAL_MARKERS.finditer(text)}
    for index, clause in by_clause.items():
        best: tuple[int, int, int, str] | None = None  # (gap, start, end, what)
        for who, what in nearby(clause):
            if index in events and what.kind in (WHEN, POINT):
                continue  # "see you at the health fair next month" places no one
            if index in general and who.kind == WAIT:
                continue  # "any patient who waits more than 20 minutes ..." is a policy, not someone's wait
            gap = max(what.start - who.end, who.start - what.end, 0)
            found = (gap, min(who.start, what.start), max(who.end, what.end), what.kind)
            if best is None or found < best:
                best = found
        if best is not None:
            yield best[1], best[2], best[3]


def _remove(text: Text, start: int, end: int, why: str) -> Hit:
    message = f"Remove '{clip(text.span.show(start, end))}': a reply must not confirm the reviewer's dealings with us; {_WHY[why]}"
    return text.hit(start, message, OFFLINE_HINT)


@rule("PHI001", "confirms-patient", serves="privacy", severity=Severity.ERROR, scope="response")
def confirms_patient(template: ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A reply that confirms or hints that the reviewer dealt with the practice.

    What it flags:
        Any statement in a response template about the reader's own dealings
        with the practice, in English or Spanish, whatever the words. It reads
        each clause for the reader ("you", "your", "y'all", "u"; "usted", "su",
        "le", "te", "lo atendimos", "verla", a pronoun before a compound past
        such as "la hicimos esperar", our walking beside them "durante esos
        ciclos") together with a sign of dealings:
        visits and bookings ("you checked in", "you were booked for the 9:45
        visit", "usted canceló su cita"), calls, waiting, arriving, leaving or
        behaving ("you raised your voice"), the staff they saw ("our front desk
        was short with you"), being a patient ("one of our favorite patients",
        "desde que usted es paciente con nosotros"), or a time ("great seeing
        you again", "you've trusted us for years", "nice to see you back in
        March", "tu próxima cita para el 12"). It also flags, on their own:
        the reader's relatives ("your wife", "su esposo"); "your visit",
        "your bill", "su expediente"; the reader's visits counted or told as
        past ("your last two visits", "sus últimas tres citas"); the practice's records ("our records
        show", "I looked at the schedule", "según el sistema", "the number on
        file"); an apology whose object is a day ("sorry about Tuesday"); a
        clinician by name ("Dr. Chen"), unless the sentence tells what the
        clinician offers everyone ("Dr. Chen is accepting new patients",
        "la Dra. Soto recibe pacientes nuevos") or names them as the
        contact for everyone by a role over the practice ("Dr. Ito, our medical
        director, answers every note") or by an offer to talk and a way to
        reach them ("Dr. Ito would love to chat with you; text her at ..."), or
        as the one who will talk with the reader, the offer right after the name
        ("la Dra. Soto quisiera platicar con usted"), or as one end of the whole
        team ("from Dr. Chen to our drivers"), or as the one to talk with after
        our role ("talk it over with our director, Dr. Chen, at ..."), or with
        the whole team ("Dr. Chen and all of us say thank you", "— Dra. Soto y
        todo el equipo"), or as the one who shared the review with the staff
        ("Dr. Chen read it out loud at huddle") or the one we passed the review on to
        ("le pasamos su mensaje a la Dra. Soto", "we shared your review with Dr. Chen"), or as the one who reads what comes in on the line
        given ("call <number>: Dr. Chen reads those messages himself") or to whom the reader is put through ("ella le comunica con la Dra. Soto"), with nothing of the reader's past
        or records in the sentence ("Dr. Chen remembers you", "... again"), and not that they are the
        reader's ("your doctor, Dr. Chen, ...", "... our medical director, saw you"), or is the
        reply's own writer signing it ("Dr. Chen here.", "Soy la Dra. Soto", "— Dr. Chen,
        Medical Director", "- Dr. Chen" on its own line; not "Dr. Chen is sorry your visit ...", "Soy la Dra. Soto, quien la atendió" nor a signature whose sentence tells care, "Dr. Chen here, glad the new knee holds up!"). And with a visit or a time: a
        relative or a family by name ("thanks for bringing grandma in every month", "the Hendersons are on the schedule"), or no
        one at all ("llegó a las 9:10", "the appointment on the 20th"); a wait with when or how long ("sorry about the 40-minute
        wait", "lamentamos que haya esperado dos horas"; a bare "sorry you had to wait" or "qué pena que haya tenido que esperar"
        restates the review and passes, and so does the reader's time given to writing it, thanked for: "thanks for spending
        five minutes of your evening to post this", "por tomarse unos minutos para escribirnos"); and whatever "went smoothly"
        ("glad the scope itself went smoothly", "qué bueno que todo salió bien"); the practice seeing, meeting or having the
        reader said as something that happened ("we loved seeing you", "always a joy to see you", "qué gusto verla"; "we look
        forward to meeting you" is an invitation and passes, and so is "¡nos vemos en las pistas!"); the reader on our books: a next
        visit promised by its interval or a visit ("see you in six months", "nos
        vemos en su próxima cita"), kin seen on a day ("we loved seeing both boys
        Saturday"), someone registered as a patient, a first time said as past
        ("fue tu primera vez aquí"); "new patients can register online"
        passes. A reading of the reader's own quoted with its number, whatever
        the test ("you were at 38 on the study", "su azúcar salió en 280";
        not "your 5 stars"), and the reader's attendance ("you've never missed
        a Tuesday", "en estos años no ha faltado ni una vez") or the office
        someone of theirs goes to now ("now that he goes to the <Town> office")
        count too (reader_values.py, attendance.py). One child named bare with one of
        our staff in its clause is the reviewer's child seen here ("the
        hygienist rushed the little guy", "la doctora no le explicó nada a la
        nena"; "our nurses love the little ones" is a crowd). Hypotheticals and
        negations still count ("if you visited us last week", "we can't
        discuss your visit"); a sentence about no one in particular does not
        ("we never discuss anyone's visit online"), nor "whether or not you
        are a patient". Courtesies, invitations, opening hours and public
        events pass: "thank you", "your feedback", "sus comentarios", "you
        can reach us Monday through Friday", "we'd love to hear from you",
        "hope to see you at the health fair next month", and a promise to
        answer with when we will ("we'll call you back tomorrow", "alguien
        le contesta el mismo dia", "le llamamos manana"), to hand them to who
        can answer or to talk ("she'll connect you with our manager", "we'd
        like to talk with you in person"); an answer already
        given is a dealing again ("we called you back on Monday", "ya le
        contestamos", "le llamamos ayer"). A public Q&A answer (qa.py: "Q:
        ... A: ...", "P: ... R: ...", or a template of the scenario
        medical-question-in-comments) confirms nothing in its question (its
        "you" is us), and the reader's next visit said as advice passes
        ("we'll confirm yours before your appointment", "call before your
        first visit", "pregúntenos por su plan", "traiga su cartilla antes
        de su cita"), and so does a visit still to be booked ("call to book
        your visit", "llámenos para sacar su cita"). A reply that takes a question up without labels
        ("Great question! Yes, we do ...", "¡Hola! Sí, atendemos ...")
        and says what the practice does or accepts for everyone, with no
        past, is such an answer too, and so is one that opens with a policy
        for everyone ("No referral needed for ...", "You don't need an
        appointment for ...", "¡Hola! No necesita cita para ...") and offers
        to check the reader's plan ("we'll check your plan", "revisamos su
        plan"); the reader arriving said as advice in such an answer passes
        ("we'll look up your plan before you come in"), an arrival seen does
        not ("we saw you come in late"). A day's hours are opening hours ("los
        Saturday hours", "our Sunday clinic"), and a day of our own meeting is ours ("we read it at our Monday huddle",
        "en la junta del lunes"; not "your Monday appointment"), not a family or a visit. The reader's own matter still triggers ("we saw
        you Tuesday", "your visit on the 14th", "su prueba salió bien"). Only the body is
        read (the title is an internal label), and HTML comments are skipped
        because they are notes to the author, not part of the reply. Posts
        are not checked: a post speaks to the public, so "book your visit"
        there is an invitation, not a disclosure.

        A thanks for trusting the community's clinics in general, closing its
        sentence ("thanks for trusting your community clinic!", "gracias por
        confiar en su clínica comunitaria.") is a kind of place anyone may
        trust, so it passes, and so does trust given to write the review itself
        ("thanks for trusting us enough to post this", "gracias por la
        confianza de escribirnos"); trust in us is the reviewer's own dealing ("thanks
        for trusting us", "gracias por confiar en <the practice>", "you've trusted us for years", "thanks for trusting
        us with your knee" and any care after it still trigger).

        How the reader's care turned out, whatever it is called, triggers
        ("glad the drops are working for you", "ya no le duele"), as does the
        reader's ailment or medicine asked after in any register ("¿cómo seguís
        de la rodilla?", "your cut stay pau?"; not advice under "if"/"si"), and
        the reader's own symptom said against a step of care or the time since
        it ("the itching you mention two days after the patch test"; "most
        people feel sore after an injection" is anyone's), and so does
        the reader's kin's conduct on a day or their next time with us ("Nico
        was a champ on Monday", "see her again in May"); a wish or a condition
        passes ("let us know if the app is working for you"). The reader's own
        dealings told without a visit word trigger too: a request of theirs
        granted ("as you asked", "como nos pidió"), a stop at our desk
        ("thanks for stopping by the front desk"), our knowing them since a
        time ("la conocemos desde su primera cita"), a sending done for them
        ("faxed it to the school on your behalf", "ya le enviamos el
        papeleo"), who came with the patient or brought them, said with a
        modal, an infinitive or a gerund ("grandpa could ride along with
        her", "gracias a su vecina por traerlo"; "family members can always
        come with patients" passes); kind words passed on to the whole team ("ya se las
        pasamos a todo el personal") or to staff by name ("le compartimos sus palabras a <Name> y al Dr. <Name>", "we
        passed your sweet words along to <Name> and the front desk"; not results, a chart or a referral passed on, nor
        "... to Dr. <Name>, who saw you") and advice under a condition that names
        a day to come ("if it's still sore on Friday, soak it") pass. An offer to take care of the reader ("quien con gusto le
        atenderá") and a condition on their step with what we would then do
        ("if you ask at the front desk, we will print it") pass; a habit of
        our care ("lo atendemos cada martes") does not. A review that means a lot
        to our staff ("means more to our nurses"), the whole staff as a range
        thanking the reader ("everyone here, from the schedulers to our
        surgeons, appreciates you taking the time"; not "... took care of
        you") and a clinician's own doing
        with the review ("Dr. Chen is framing this one") pass, and so does our
        own habit ("a note like yours is why we show up early").

    Why:
        Under HIPAA, the fact that someone is a patient is itself protected.
        A reviewer may say anything about themselves; the practice may not
        confirm it, not in a rebuttal ("our records show you arrived late")
        and not in a warm thank-you ("great to see you again"). Regulators
        have fined practices for replies that did no more than mention the
        reviewer's appointments. A safe reply is sympathetic and general and
        moves the conversation offline.

    Examples:
        Triggers: `We're sorry about the wait during your visit last Tuesday.`
        Triggers: `Our records show you missed two appointments.`
        Triggers: `Great seeing you again, thanks for the five stars!`
        Triggers: `Lamentamos que su esposo haya esperado tanto el jueves.`
        Triggers: `Sentimos que el lunes la hayan dejado en la fila una hora.`
        Triggers: `So glad the procedure itself went smoothly!`
        Passes: `We're sorry you had to wait. Please call {{ contact.phone }}.`
        Passes: `We're sorry to hear this. Please call {{ contact.name }} at {{ contact.phone }} so we can talk privately.`
        Passes: `Thank you for the kind words! Dr. Lee will be thrilled to see this.`
        Passes: `Lamentamos lo que describe; llámenos al {{ contact.phone }}.`
        Passes: `P: ¿necesito cita? R: No. Si prefiere, llame al {{ contact.phone }} y traiga su cartilla antes de su cita.`
    """
    for text in texts(template, body_only=True, links=False, comments=False):
        notices = [m.span() for m in stance.NOTICE.finditer(text.text)]  # "no podemos confirmar si alguien es paciente": of no one
        found = [
            (m.start(), m.end(), "phrase")
            for m in _CONFIRMS.finditer(text.text)
            if not _TRUST_IN_ALL.match(text.text, m.end())
            and not _TRUST_TO_SAY.match(text.text, m.end())
            and not stance.inside(notices, *m.span())
            and not _times_treating(text.text, m)
            and not (m.group(0).lower() == "nos vemos" and _ABOUT_TOWN.match(text.text, m.end()))
        ]
        found += [(m.start(), m.end(), "phrase") for m in _YOUR_CARE.finditer(text.text)]
        found += [(m.start(), m.end(), "relative") for m in RELATIVE.finditer(text.text) if not _IMPERSONAL.search(text.text, max(0, m.start() - 48), m.start())]
        found += [(m.start(), m.end(), "records") for m in _RECORDS.finditer(text.text)]
        found += [(m.start(), m.end(), POINT) for m in _SORRY_DAY.finditer(text.text)]
        found += [(m.start(), m.end(), POINT) for m in _YOUR_SLOT.finditer(text.text)] + [(m.start(), m.end(), DEAL) for m in _SESSIONS_WITH.finditer(text.text)]
        found += [(start, end, "clinician") for start, end in named_clinicians(text.text)]
        found += [(m.start(), m.end(), "phrase") for m in _WENT_WELL.finditer(text.text) if not EVENT.search(m.group(0))]
        found += list(_pairs(text.text)) + [(start, end, "seen") for start, end in seen(text.text)]
        found += [(start, end, VISIT) for start, end in next_visit(text.text)] + [(s, e, "outcome") for s, e in outcomes(text.text)]
        found += [(start, end, "relative") for start, end in conduct(text.text)] + [(s, e, DEAL) for s, e in dealings(text.text)]
        found += [(s, e, DEAL) for s, e in beside(text.text)] + [(s, e, "outcome") for s, e in reader_ailments(text.text)]
        found += [(s, e, "outcome") for s, e in reader_values(text.text)] + [(s, e, DEAL) for s, e in attendance(text.text)]
        asked = qa.frame(text.text, template.scenario)
        if asked is not None:
            found = _answered(text.text, found, asked)
        taken = -1
        for start, end, why in sorted(found, key=lambda f: (f[0], -f[1])):
            if start < taken:
                continue
            taken = end
            yield _remove(text, start, end, why)


def _answered(text: str, found: list[tuple[int, int, str]], asked: qa.Frame) -> list[tuple[int, int, str]]:
    """What still discloses in a public Q&A answer (qa.py): nothing in the quoted question (its "you" is us), and
    in the answer not the reader's next visit said as advice ("we'll confirm yours before your appointment",
    "call before your first visit", "traiga su tarjeta antes de su cita"); "we saw you Tuesday", "your visit last week" still disclose."""
    bounds = clause_starts(text)
    advice = qa.advising(text, bounds)
    policy = qa.policy_end(text)
    kept = []
    for start, end, why in found:
        if asked.in_question(start):
            continue
        ahead = (why == VISIT or why == "phrase" and _YOUR_CARE.match(text, start) or why == WHEN and qa.FIRST.match(text, start)) and qa.ahead(text, start)
        if ahead and bisect_right(bounds, start) in advice:
            continue
        if start < policy and why in (VISIT, DEAL, "phrase") or why == DEAL and qa.arriving(text, start) and bisect_right(bounds, start) in advice:
            continue  # the opening policy's "you" is anyone's; "before you come in" said as advice
        kept.append((start, end, why))
    return kept
