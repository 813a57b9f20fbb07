"""One visitor told by the day or hour they came: a date of service tied to a described person (PHI008).

A friendly notice can still say who was in and when: "the family that came in Thursday, January 14 at 3:15 with
their daughter left a jacket", "la señora que vino el martes 3 de marzo a las 10 dejó su paraguas". Whoever was in
the waiting room then, and the office, know who is meant, and the notice confirms they were seen here; HIPAA counts
the day of a visit tied to a person as an identifier. Read here: one person or family (a singular noun of
privacy-identifiers.yml `visitor_nouns`, or "whoever"), then who/that/que and a past verb of coming, leaving or our
care ("who left here", "que salió de aquí", "que atendimos", "the boy we saw"), then in the same sentence a date or a
clock time. Opening hours and events pass (no one came), and so do crowds ("everyone
who came out on May 3", "families who visited"). A worker (`worker_visitors`: "the worker from second shift who came in
Monday, March 3") is a patient only with care told with him ("with the cut on his hand"); "our" worker is staff, and a
vendor thanked ("the delivery driver who came through the snow on Monday") is no one. Anyone else described before
"who" in English (only people are "who": "the landscaper who came in Friday, May 9 with the mower cut") is read the same
way as a worker, since no list holds every trade: a patient only with care or mending told with them ("is healing
nicely"), never "our" one. One scan for the visitor, a bounded window after it: linear.

The same notice is often written by the care instead of the visitor: "to whoever left a scarf after the 8:15
infusion on 3/6", "found after Friday's 7 am dosing: a set of keys", "a la señora del turno de las 11:40 del 9
de junio: su bufanda está en recepción". A care word of one sitting (a dose, an infusion, a session, a
cita), with a clock time or a date next to it, in a sentence that hands something back or speaks to the one
patient (left, found, se quedó, al paciente), is that patient's slot. A timetable passes ("dosing window 6:30-10
am"; a range of hours is no one's slot), and so do a lost-and-found with no time of care and an event's date.
Each care word is read once in a bounded window: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation
from ...wordlists import wordlist
from .care import care_in
from .injuries import injury_in
from .stance import POINT_SHAPES  # a clock time or a day, as initial_visits.py reads them

_IDS = wordlist("privacy-identifiers")
_VISITOR = lazyre.compile(
    rf"(?<![\w-])(?:(?i:{alternation((*_IDS['visitor_nouns'], *_IDS['worker_visitors']))})(?:[ \t,]+[\w'’]+){{0,10}}?[ \t,]+(?i:who|that|que|whom|a[ \t]+quien|(?=we[ \t]))|(?i:whoever|quienquiera[ \t]+que))[ \t]*"
    rf"(?:(?i:nos|us|here|aqui|in|just)[ \t]+)?(?i:{alternation(_IDS['visit_verbs'])})(?![\w-])"
)
# Seen doing something, or at an event with no care said: "we saw handing out water", "we saw at the 5K on Saturday".
_DOING = lazyre.compile(r"[ \t]+(?!(?:during|following|regarding|including|according|concerning|pending|morning|evening)(?![\w'’-]))[a-z]+ing(?![\w'’-])")
_AT_EVENT = lazyre.compile(r"(?<![\w-])(?i:5k|10k|fair|parade|festival|game|race|walk|run|concert|feria|desfile|partido|carrera|caminata|kermes|posada)(?![\w-])")
_EVERY = lazyre.compile(r"(?<![\w-])(?i:every|each|all|any|cada|todo|toda|todos|todas|cualquier)[ \t]+$")
_END = lazyre.compile(r"[!?\n]|\.(?=\s+[A-Z])")  # the sentence's end ("10 a.m. on Tuesday" reads on)
_REACH = 90  # characters after the visit's verb its day or hour is read in

# One sitting of care: the slot a time or a date belongs to ("the 8:15 infusion", "la cita de las 2:30").
_CARE = lazyre.compile(
    r"(?<![\w-])(?i:appointments?|appts?|dosing|doses?|infusions?|dialysis|sessions?|procedures?|retrievals?|transfers?|"
    r"surger(?:y|ies)|scans?|mri|biops(?:y|ies)|colonoscop(?:y|ies)|injections?|shots?|treatments?|therapy|chemo|"
    r"citas?|consultas?|dosis|dosificaci[oó]n|sesi[oó]n|infusi[oó]n|di[aá]lisis|procedimientos?|cirug[ií]as?|turnos?|"
    r"transferencias?|tratamientos?|terapias?|inyecci[oó]n|vacuna|"
    r"paciente[ \t]+de[ \t]+las?(?=[ \t]+\d)|patient[ \t]+(?:at|with[ \t]+the|from[ \t]+the|of[ \t]+the)(?=[ \t]+\d))(?![\w-])"
)
# A condition is anyone's ("if you forgot your phone at your 9:30 appointment", "si olvidó su cita de las 3:00").
_IF_BEFORE = lazyre.compile(r"(?<![\w-])(?i:if|si|whether|in[ \t]+case|en[ \t]+caso[ \t]+de[ \t]+que)[ \t]+(?:(?i:you|usted|ud\.?|alguien|someone|anyone)[ \t]+)?$")
# A plural is a timetable ("las citas de las 8:00 empiezan puntuales") unless a day of its own makes it one sitting.
_PLURAL = lazyre.compile(r"(?:s|ies|es)$")
_ONE_DAY = lazyre.compile(r"(?<![\w-])(?i:yesterday|today|tonight|last[ \t]+night|this[ \t]+morning|this[ \t]+afternoon|ayer|hoy|anoche|esta[ \t]+ma[nñ]ana|esta[ \t]+tarde)(?![\w-])")
# Something handed back, or the one patient spoken to: what makes the slot one person's.
_HANDED = lazyre.compile(
    r"(?<![\w-])(?i:(?:left|forgot|forgotten|misplaced|lost|dej[oó]|olvid[oó]|perdi[oó])(?=[ \t]+(?i:behind|a|an|his|her|their|your|this|these|those|"
    r"some|something|one|two|su|sus|una?|unos|unas|el|la|los|las|aqu[ií]|ac[aá])(?![\w-]))|found(?=[ \t]*:|[ \t]+(?i:in|at|on|after|under|near|by|a|an|this|these|his|her|their|your|some|one)(?![\w-]))|belongs|to[ \t]+whoever|"
    r"se[ \t]+qued[oó]|se[ \t]+olvid[oó]|encontramos|quienquiera[ \t]+que|"
    r"(?:al|a[ \t]+la)[ \t]+(?:paciente|se[nñ]ora?|se[nñ]orita|caballero|mam[aá]|pap[aá])|paciente[ \t]+con[ \t]+(?:cita|turno)|"
    r"(?:to|for)[ \t]+the[ \t]+(?:patient|gentleman|lady|person|woman|man|mom|dad)[ \t]+(?:with|from|who|at|in))(?![\w-])"
)
_CLOCK = lazyre.compile(r"(?<![\w:./])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]*(?i:[ap]\.?[ \t]?m)\.?)?|(?:1[0-2]|0?\d)[ \t]*(?i:[ap]\.?[ \t]?m)\.?)(?![\w:])")
_RANGE = lazyre.compile(r"[ \t]*(?:[-–—]|(?i:to|until|till|through|hasta|a|y|and))[ \t]*\d")
_RANGE_BEFORE = lazyre.compile(r"\d(?:[ \t]*(?i:[ap]\.?[ \t]?m)\.?)?[ \t]*(?:[-–—]|(?i:to|until|till|through|hasta|a|y|and|from|de|entre))[ \t]*$")
_SINGULAR_S = frozenset({"dosis", "dialysis", "diálisis", "dialisis"})  # one sitting, though they end in s
_NEAR = 32  # characters either side of the care word its time or date is read in


# Anyone described before "who" in English (only people are "who"): "the landscaper who came in Friday, May 9 with the
# mower cut", "a roofer from Elm St who stopped by on 6/3". No list holds every trade, so the noun is left open and, as
# for a worker, only care told with them makes them a patient. Read from each "who" and its verb of coming, back to a
# determiner at most ten words before it: a bounded window per "who", linear.
_WHO_CAME = lazyre.compile(rf"(?<![\w-])(?i:who|whom)[ \t]+(?:(?i:us|here|in|just)[ \t]+)?(?i:{alternation(_IDS['visit_verbs'])})(?![\w-])")
_DESCRIBED = lazyre.compile(r"(?<![\w'’-])(?i:the|a|an|that|this)[ \t]+(?:[\w'’-]+[ \t,]+){1,10}?(?=(?i:who|whom)[ \t])")
_OPEN_REACH = 110  # characters before "who" its description is read in


def _visitors(body: str) -> Iterator[tuple[re.Match, bool]]:
    """(visitor, open) for each listed visitor and each other one described before "who" (open: the noun is no list's)."""
    listed = set()
    for visitor in _VISITOR.finditer(body):
        listed.add(visitor.end())
        yield visitor, False
    for came in _WHO_CAME.finditer(body):
        if came.end() in listed:
            continue
        lo = max(0, came.start() - _OPEN_REACH)
        line = max(body.rfind("\n", lo, came.start()) + 1, lo)
        described = _DESCRIBED.search(body, line, came.end())
        while described is not None and described.end() < came.start():  # an earlier "who" in the window: read on
            described = _DESCRIBED.search(body, described.start() + 1, came.end())
        if described is not None and described.end() == came.start() and not _many(body, described.start(), came.start()):
            yield _SPAN.match(body, described.start(), came.end()), True


_SPAN = lazyre.compile(r"[\s\S]+", re.DOTALL)
# Many before "who": its head noun (the words before any "of", "from", "at" ...) a plural ("the nursing students who") or a
# group ("the crew", "the choir"); "the drummer in the band who" is one
_HEAD_END = lazyre.compile(r"[ \t,]+(?i:of|from|at|in|with|on|for|de|del)[ \t]")
_MANY = lazyre.compile(r"(?:[a-rt-z]s|[^s]es)[ \t,]*$|(?<![\w-])(?i:crew|team|group|choir|troop|staff|class|band|squad|club|folks|people|everyone|all|both|members)(?![\w-])")


def _many(body: str, start: int, end: int) -> bool:
    head = _HEAD_END.search(body, start, end)
    return _MANY.search(body, start, head.start() if head else end) is not None


def told_visits(body: str, date: re.Pattern) -> Iterator[tuple[re.Match, re.Match]]:
    """(visitor, when) for each person or family said with the date or the clock time they came."""
    for visitor, described in _visitors(body):
        if _EVERY.search(body, max(0, visitor.start() - 12), visitor.start()):
            continue  # "every kid we treated at Saturday's 9 am clinic", "cada paciente que atendimos en la feria": a crowd
        end = _END.search(body, visitor.end(), visitor.end() + _REACH)
        stop = end.start() if end else min(len(body), visitor.end() + _REACH)
        when = date.search(body, visitor.end(), stop) or POINT_SHAPES.search(body, visitor.end(), stop)
        if when and visitor.group(0).lower().endswith("we saw") and (_DOING.match(body, visitor.end()) or _AT_EVENT.search(body, visitor.end(), stop) and not care_in(body, visitor.end(), stop)):
            continue  # "the family we saw handing out water at the 5K on Saturday": seen at an event, no visit
        if when and described and not _own_care(body, visitor, stop):
            continue  # "the plumber who came in Monday, June 2 fixed the sink": no care told with them ("our" one has no determiner)
        if when and _no_patient(body, visitor, stop):
            continue  # "our newest employee, who arrived on January 4", "the delivery driver who came through the snow on Monday"
        if when:
            yield visitor, when


# A worker of a crew is a patient only by the care told with them ("with the cut on his hand", "con la quemadura"), and
# "our" worker is staff; so is one described together with a crowd a patient only by their care.
_WORKERS = frozenset(w.lower() for w in _IDS["worker_visitors"])
_NOUN = lazyre.compile(r"[\w'’-]+")
_OUR_BEFORE = lazyre.compile(r"(?<![\w-])(?i:our|nuestr[oa]s?)[ \t]+(?:[\w'’-]+[ \t]+){0,2}$")
_CROWD_JOINED = lazyre.compile(
    r"(?<![\w-])(?i:and|y|&)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?i:whole|all|every|entire|todos|todas|toda|todo|club|team|crew|church|iglesia"
    r"|volunteers|voluntari[oa]s|families|familias|neighbors|vecinos)(?![\w-])"
)
# Care told with the visitor: an injury, care owned ("your brace"), care or a body part after "with"/"after" ("with the
# cut", "after a fall", "con la cortada en la mano")
_WITH = lazyre.compile(r"(?<![\w-])(?i:with|con|after|despu[eé]s[ \t]+de|tras|for)[ \t]+(?:(?i:the|a|an|his|her|their|su|sus|la|el|los|las|una|un)[ \t]+)?")
_PART = lazyre.compile(rf"(?<![\w-])(?i:{alternation(wordlist('privacy-owned')['body_parts'])})(?![\w-])")


def _no_patient(body: str, visitor: re.Match, stop: int) -> bool:
    """Whether the visitor is no patient: our worker, or a worker or one joined to a crowd with no care told with them."""
    if _NOUN.match(body, visitor.start()).group(0).lower() in _WORKERS:
        return _OUR_BEFORE.search(body, max(0, visitor.start() - 40), visitor.start()) is not None or not _own_care(body, visitor, stop)
    return _CROWD_JOINED.search(body, visitor.start(), visitor.end()) is not None and not _own_care(body, visitor, stop)


_RELATIVE_WORD = lazyre.compile(r"(?<![\w-])(?i:who|whom|that|que|quien)(?![\w-])")


def _own_care(body: str, visitor: re.Match, stop: int) -> bool:
    """Care of their own told with a visitor, in the description or after the verb of coming (not the verb: "came in" alone
    is a visit): an injury or a wound anywhere ("got 6 stitches", "limping", "con la cortada"), a body part after "with", care
    after "his"/"her"/"their", or their mending. Care said of an event or of ours ("for the flu shot clinic") is none of theirs."""
    words = list(_RELATIVE_WORD.finditer(body, visitor.start(), visitor.end()))
    who = words[-1].start() if words else visitor.start()
    for lo, hi in ((visitor.start(), who), (visitor.end(), stop)):
        if injury_in(body, lo, hi) or _MENDING.search(body, lo, hi) or any(not _TOPIC_BEFORE.search(body, max(lo, w.start() - 16), w.start()) for w in _WOUND.finditer(body, lo, hi)):
            return True
        if any(_PART.search(body, m.end(), min(hi, m.end() + 24)) or _AFTER.match(m.group(0)) and care_in(body, m.end(), min(hi, m.end() + 30)) for m in _WITH.finditer(body, lo, hi)):
            return True  # "with the sprained wrist", "after a fall" (care after "with" or "for" may be an event's: "for the flu clinic")
        if any(care_in(body, m.end(), min(hi, m.end() + 30)) for m in _THEIR.finditer(body, lo, hi)):
            return True
    return False


# Their mending told after the visit: "... is healing nicely", "has fully recovered", "is doing much better", "all healed"
_MENDING = lazyre.compile(
    r"(?<![\w-])(?:(?i:is|are|was|were|has|has\s+been|is\s+still)[ \t]+(?:(?i:already|now|still|fully|completely|much|so\s+much)[ \t]+)?"
    r"(?i:healing|healed|recovering|recovered|on[ \t]+the[ \t]+mend|all[ \t]+healed(?:[ \t]+up)?|doing[ \t]+(?:much[ \t]+|so[ \t]+much[ \t]+|a[ \t]+lot[ \t]+)?better"
    r"|feeling[ \t]+(?:much[ \t]+)?better|walking[ \t]+(?:fine|normally|again))|(?i:ya[ \t]+est[aá][ \t]+(?:mejor|sanad[oa]|recuperad[oa])|se[ \t]+recuper[oó]))(?![\w-])"
)
_AFTER = lazyre.compile(r"(?i:after|despu[eé]s|tras)")
_THEIR = lazyre.compile(r"(?<![\w-])(?i:his|her|their|your|su|sus|tu|tus)[ \t]+(?!(?i:patients|pacientes|clients|clientes|customers|students|kids|team)(?![\w-]))")
_TOPIC_BEFORE = lazyre.compile(r"(?<![\w-])(?i:about|on|teach\w*|talk\w*|sobre|acerca[ \t]+de|prevent\w*|budget|treat|treating|our|free|give|gave|giving|selling|sells|hair)[ \t]+(?:[\w-]+[ \t]+)?$")


# A wound said plainly: "with the knife cut", "got 6 stitches", "con la quemadura" (not supplies: "burn cream", "wound care")
_WOUND = lazyre.compile(
    r"(?<![\w-])(?i:cuts?(?![ \t]+(?i:the|a|an|our|it|down|back|off|out|in|ties|costs))|gash|burns?|scrapes?|sprains?|stitches|wounds?|blisters|stings|limping|bleeding|cortadas?|cortes?|quemaduras?|heridas?|raspones?"
    r"|torceduras?|puntadas|cojeando|sangrando)(?![\w-])"
    r"(?![ \t]+(?i:care|cream|creams|supplies|flowers|order|kits?|dressings?|ointment|gel|unit|center|clinic|kit|prevention|first[ \t]+aid))"
)


def _slot(body: str, care: re.Match, date: re.Pattern, start: int, stop: int) -> re.Match | None:
    """The clock time or date next to one care word that is one slot, not a range of hours."""
    lo, hi = max(start, care.start() - _NEAR), min(stop, care.end() + _NEAR)
    for pattern in (_CLOCK, date):
        for when in pattern.finditer(body, lo, hi):
            ranged = _RANGE.match(body, when.end()) or _RANGE_BEFORE.search(body, max(0, when.start() - 12), when.start())
            if not ranged:
                return when
    return None


def timed_care(body: str, date: re.Pattern) -> Iterator[tuple[re.Match, re.Match]]:
    """(what is handed back or who is spoken to, when) for each one sitting of care told by its hour or date."""
    seen: set[int] = set()
    for care in _CARE.finditer(body):
        start = max(body.rfind("\n", 0, care.start()) + 1, care.start() - 200)
        for end_mark in _END.finditer(body, start, care.start()):
            start = end_mark.end()
        end = _END.search(body, care.end(), care.end() + 200)
        stop = end.start() if end else min(len(body), care.end() + 200)
        if start in seen:
            continue
        handed = _HANDED.search(body, start, stop)
        if handed and _IF_BEFORE.search(body, max(start, handed.start() - 24), handed.start()):
            handed = None  # a condition: anyone who did
        when = _slot(body, care, date, start, stop) if handed else None
        word = care.group(0).lower()
        if when and " " not in word and _PLURAL.search(word) and word not in _SINGULAR_S:
            day = date.search(body, start, stop) or _ONE_DAY.search(body, start, stop)
            when = when if day else None
        if handed and when:
            seen.add(start)
            yield handed, when
