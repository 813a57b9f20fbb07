"""A clinician named in a reply, refused unless named in a role that tells nothing of the reader's care (PHI001).

"Your visit with Dr. <Name>", "Dr. <Name> was sorry you waited", "Dr. <Name> said your results ..." tell whom the
reader saw, so a clinician's name in a reply refuses by default. It passes in the roles clinician_roles.py lists
(the one who will talk with the reader, one end of the whole team, the one the review was passed on to), as the
practice's contact by a role (contact_route.py), as the reply's own signature (signatures.py), for what they offer
everyone ("is accepting new patients"), for what they do with the review itself, and, since round 51, in a reply that
speaks of its reader only to thank, greet or invite them or of their review (reader_mentions.py: "hope to see you around
town" is such a turn) and tells none of their dealings: there the clinician is the one the review praised, or who will hear of it. A clinician who reacts
to news ("is so glad to hear it", "delighted that hip is holding strong") or whose name a relative clause follows
("who delivered the baby") stays refused.
"""

from __future__ import annotations

from ... import lazyre
from ...text import sentence_bounds, sentence_of
from .care import care_in
from .clinician_roles import asked_for, offered_contact, passed_to, reached_by_line, team_end, untold, with_the_team
from .contact_route import contact_named
from .reader_mentions import only_set_turns, set_turns
from .signatures import signed
from .stance import COURTESY, DEAL, PATIENT, POINT, RELATIVE, SOFT, SPAN, VISIT, WAIT, WHEN, read_marks

# A clinician's gladness about news of the reader, not about the review: "is so glad to hear it", "pleased the new
# shoulder is behaving", "delighted that hip is holding strong", "feliz de saber que"; "thrilled to see this" is the review.
_REACTS = lazyre.compile(
    r"(?<![\w-])(?i:glad|happy|pleased|relieved|delighted|thrilled|excited|proud|contenta?|feliz|felices|alegre|orgullos[oa])"
    r"[ \t]+(?!(?i:to[ \t]+(?:see|read)|de[ \t]+(?:ver|leer))(?![\w-]))"
    r"(?i:to[ \t]+hear|to[ \t]+know|to[ \t]+learn|that|the|your|how|about|with|for[ \t]+you|de[ \t]+saber|de[ \t]+que|que|con|por[ \t]+usted)(?![\w-])"
)


_CLINICIAN = lazyre.compile(r"(?<![\w.])(?:Dr|Dra|Doctor|Doctora)\.?[ \t]+[A-Z][\w'’-]*")
# What a clinician offers everyone, not what the reader had: "Dr. Ruiz is accepting new patients",
# "la Dra. Soto recibe pacientes nuevos", "Dr. Lam has joined our practice".
_OPEN_TO_ALL = lazyre.compile(
    r"(?i:(?:accepting|taking|welcoming|seeing)[ \t]+(?:new[ \t]+patients|patients[ \t]+new)|has[ \t]+(?:just[ \t]+)?joined[ \t]+(?:our|the)"
    r"|(?:aceptando|acepta|recibiendo|recibe|atendiendo)[ \t]+(?:a[ \t]+)?(?:pacientes[ \t]+nuevos|nuevos[ \t]+pacientes)|se[ \t]+(?:une|unio)[ \t]+a[ \t]+(?:nuestro|nuestra)"
    r"|(?:se[ \t]+)?(?:integra|incorpora)[ \t]+a[ \t]+(?:nuestro|nuestra))"
)

_YOUR_CLINICIAN = lazyre.compile(r"(?<![\w-])(?i:your|su|tu)[ \t]+(?i:doctor|doctora|provider|physician|surgeon|medic[oa]|cirujan[oa]|dentist|dentista)(?![\w-])")


def _offered_to_all(text: str, end: int) -> bool:
    """A clinician named in a sentence about what they offer anyone ("... is accepting new patients")."""
    start, stop = sentence_of(sentence_bounds(text), end)
    ours = RELATIVE.search(text, start, stop) or _YOUR_CLINICIAN.search(text, start, stop)  # "your doctor, Dr. Ruiz, ..."
    return _OPEN_TO_ALL.search(text, end, stop) is not None and ours is None


# A clinician's own doing with the review itself: "Dr. Voss is pinning this one by the coffee pot", "la Dra. Soto
# va a enmarcar esta reseña". The review is public; a sentence that also speaks of the reader ("your knee") does not pass.
_THE_REVIEW = lazyre.compile(
    r"(?<![\w-])(?i:this\s+one|this\s+review|this\s+note|your\s+(?:kind\s+|sweet\s+|lovely\s+)?(?:review|words|note|message|stars)"
    r"|esta\s+(?:reseña|resena|nota)|sus\s+(?:lindas\s+)?palabras|tus\s+palabras|su\s+(?:reseña|resena|mensaje)"
    # the review read out to the team: "we read this aloud at our Monday huddle", "nos leyó esto en voz alta" (round 60)
    r"|this(?=\s+(?:out\s+loud|aloud|to\s+(?:the|our)\s+(?:whole\s+)?(?:team|staff)|at\s+[\w'’]+\s+(?:huddle|meeting|staff\s+meeting)))|esto(?=\s+en\s+voz\s+alta))(?![\w-])"
)
# The review read by our staff, and when they read it: "got teary reading this on Friday morning", "se emocionó leyendo
# esto el lunes" (round 67). That time is the reading's, no dealing of the reader's; "read this chart" is no review.
_READ_THIS = lazyre.compile(
    r"(?<![\w-])(?i:reading|read|leyendo|leer|leyeron|ley[oó])[ \t]+(?i:this|esto|it|lo|la)"
    r"(?:[ \t]+(?i:out[ \t]+loud|aloud|together|en[ \t]+voz[ \t]+alta|juntos|juntas))?"
    r"(?:[ \t]+(?i:on|this|last|yesterday|today|over|during|at|el|este|esta|ayer|hoy|durante|en)(?:[ \t]+[\w'’]+){0,2}?)?"
    r"(?=[ \t]*(?:[(),.;:!?—–]|$|(?i:and|y)[ \t]))"  # "read this over lunch and are grinning ..."
)
_THANK = lazyre.compile(r"(?<![\w-])(?i:thank)[ \t]+$")
_READER_WORD = lazyre.compile(r"(?<![\w-])(?i:you|your|yours|u|usted|su|sus|le|te|tu|tus)(?![\w-])")


def _review_kept(text: str, start: int, end: int) -> bool:
    """The clinician's sentence does something with the review and names the reader nowhere else."""
    begin, stop = sentence_of(sentence_bounds(text), end)
    review = _THE_REVIEW.search(text, end, stop)
    if review is None or _WHO_DID.match(text, end) or _REACTS.search(text, end, stop) or care_in(text, begin, stop):
        return False  # "Dr. <Name>, who did the follow-up, ...", "... glad the knee works", "... remembers the day the cast came off"
    courtesies = [m.span() for m in COURTESY.finditer(text, begin, stop)]
    readers = [
        m
        for m in _READER_WORD.finditer(text, begin, stop)
        if not review.start() <= m.start() < review.end() and not _THANK.search(text, max(0, m.start() - 8), m.start()) and not any(a <= m.start() < b for a, b in courtesies)
    ]
    return not readers  # a bare "thank you" or a courtesy ("don't tell them we told you") speaks to the reader of nothing of theirs


def _clinician_excused(text: str, start: int, end: int) -> bool:
    """A clinician named for what they offer everyone, as everyone's contact, as the one who will talk with the
    reader, as one end of the whole team, as the reply's own writer, or for what they do with the review itself."""
    if offered_contact(text, start, end) or team_end(text, start, end) or with_the_team(text, start, end) or passed_to(text, start, end) or reached_by_line(text, start, end):
        return True  # the one who will talk with the reader, one end of the whole team, with the team, or given the review (clinician_roles.py)
    return _offered_to_all(text, end) or contact_named(text, start, end) or signed(text, start, end) or _review_kept(text, start, end)


# A relative clause right after a clinician's name tells what they did: "Dr. <Name>, who delivered the baby".
_WHO_DID = lazyre.compile(r"(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]*,?[ \t]*(?i:who|que|quien|qui[eé]n)(?![\w-])")
# Marks of the reader's dealings without a word for the reader: "sorry about the wait", "lamentamos la espera".
_DEALING_MARKS = frozenset((WAIT, SPAN, VISIT, WHEN, POINT, PATIENT, DEAL, SOFT))


def named_clinicians(text: str) -> list[tuple[int, int]]:
    """Spans of the clinicians named in the reply and not excused."""
    named = [m.span() for m in _CLINICIAN.finditer(text)]
    quiet = bool(named) and only_set_turns(text)  # the reader only thanked, greeted, invited, or the writer of the review
    readings = [m.span() for m in _READ_THIS.finditer(text)] if quiet else []
    if quiet:  # "Curtis and Dr. <Name> are walking around a little taller today": the day of the reading, no dealing
        readings += [m.span() for m in _TODAY.finditer(text) if _their_day(text, m.start(), named)]
    readings += set_turns(text) if quiet else []  # "hope to see you around town": a set turn, no visit
    marks = read_marks(text) if quiet else []  # read once: our own rounds' times, then the dealings left
    readings += [(m.start, m.end) for m in marks if m.kind in _TIMES and _our_round(text, m.start)]
    if quiet and not any(mark.kind in _DEALING_MARKS and not any(a <= mark.start < b for a, b in readings) for mark in marks):
        named = [(start, end) for start, end in named if not _praised(text, start, end)]
    if quiet:  # "call {{ contact.phone }} and ask for Dr. <Name>": everyone's contact, where nothing else speaks of the reader
        named = [(start, end) for start, end in named if not asked_for(text, start, end)]
    return [(start, end) for start, end in named if not _clinician_excused(text, start, end)]


# The day our staff react to the review, said in the present of a sentence that names a clinician and no reader:
# "... are walking around a little taller today", "anda feliz hoy" (not "loved meeting the family today").
_TODAY = lazyre.compile(r"(?<![\w-])(?i:today|tonight|this[ \t]+morning|hoy|esta[ \t]+ma[nñ]ana)(?![\w-])")
# the mood between the verb and "today": six words at most, none that says what about or with whom ("laughing about the boys' jokes")
_MOOD = lazyre.compile(r"(?:[ \t]+(?!(?i:about|with|of|for|at|the|his|her|their|de|del|con|por|para|los|las|la|el|sus?)(?![\w'’-]))[\w'’-]+){0,6}[ \t]+")
_CLOSES = lazyre.compile(r"[ \t]*(?:[^\w\s]|\n|$)")
_NOW = lazyre.compile(r"(?<![\w-])(?i:is|are|['’]s|['’]re|est[aá]|est[aá]n|anda|andan|sigue|siguen)(?![\w-])")


def _their_day(text: str, at: int, named: list[tuple[int, int]]) -> bool:
    """Whether the "today" at `at` ends a present state of a clinician named before it in its sentence, a sentence with
    nothing of the reader in it."""
    begin, stop = sentence_of(sentence_bounds(text), at)
    first = next((end for start, end in named if begin <= start < at), None)
    now = None if first is None else next((m for m in _NOW.finditer(text, first, at)), None)
    closes = _CLOSES.match(text, _TODAY.match(text, at).end()) is not None  # "... hoy." (not "hoy de los gemelos")
    return now is not None and closes and _MOOD.fullmatch(text, now.end(), at) is not None and untold(text, begin) and _READER_WORD.search(text, begin, stop) is None


# Our own comings and goings before a time in a reply of thanks: "we'll be back at the rodeo grounds in June", "making the
# drive out twice a month", "la Dra. <Name> viene cada mes" (round 157). The time is our round's, not the reader's visit.
_TIMES = frozenset((WHEN, POINT, SPAN))
_OUR_ROUND = lazyre.compile(
    r"(?<![\w-])(?i:we['’]ll[ \t]+be[ \t]+back|we[ \t]+will[ \t]+be[ \t]+back|we['’]re[ \t]+back|making[ \t]+(?:that|the)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:drive|trip)"
    r"|(?:drives?|driving|comes?|coming)[ \t]+(?:down|up|over|out)|volvemos[ \t]+a[ \t]+(?:la|el)|vamos[ \t]+a[ \t]+estar|vien(?:e|en)[ \t]+(?:hasta[ \t]+ac[aá][ \t]+)?cada|hacen?[ \t]+el[ \t]+viaje)(?![\w-])"
)


def _our_round(text: str, at: int) -> bool:
    """Whether the time at `at` follows our own coming and going in its sentence, with no care and no reader before it."""
    begin, stop = sentence_of(sentence_bounds(text), at)
    return _OUR_ROUND.search(text, begin, at) is not None and _READER_WORD.search(text, begin, at) is None and not care_in(text, begin, stop)


def _praised(text: str, start: int, end: int) -> bool:
    """In a reply that otherwise only thanks, greets or invites: the clinician's sentence tells nothing of the reader's
    past, no relative clause says what they did, and they react to the review, not to news."""
    stop = sentence_of(sentence_bounds(text), end)[1]
    return untold(text, start) and not _WHO_DID.match(text, end) and not _REACTS.search(text, end, stop)
