"""PHI001-PHI002: what a reply to a review says about the reader's own dealings and care.

A reply is public and sits under the review it answers, so whatever its words it
must not say that the reader (or a relative) dealt with the practice, and nothing
clinical or about money. Word lists cannot hold every way of saying so; the rules
read a reply's stance instead, clause by clause (a sentence, cut at ; : dashes and
", and" / ", but"):

- who: the reader (you, your, y'all, u; usted, su, le, te, tu, and Spanish verbs that
  take the reader as a pronoun: "lo atendimos", "verla"), the reader's relatives
  ("your son", "su esposo"), a family by name ("the Hendersons", "la familia Torres");
- dealings: visiting, booking, cancelling, calling, waiting, arriving and leaving,
  the staff they saw, being a patient, the practice's records;
- when: a day, a date, a clock time, "again", "every month", "for years".

The reader with a sign of dealings or time in one clause discloses ("you checked in
at 10:40", "great seeing you again", "you've trusted us for years"); so does a dealing
with a time even without the reader ("llegó a las 9:10"), an apology tied to a day
("sorry about Tuesday"), a relative of the reader, and quoting the records ("our
records show"). Courtesies and invitations are not dealings: "thank you", "your
feedback", "you can reach us", "we'd love to hear from you".

Decisions (the privacy officer prefers a false alarm to a leak):
- Hypotheticals and hedges disclose when they describe the reader's dealings: "if you
  visited us last week", "whoever you saw on Monday". The reader, and everyone who
  read the review, knows whom they are about.
- Negation does not excuse the reader's care: "we can't discuss your MRI" confirms an
  MRI. "We cannot discuss anyone's visit" names no one's and passes.
- "Whether or not you are a patient" is the one safe way to mention being a patient.
- Opening hours and public events are not times anyone came: "you can reach us Monday
  through Friday", "hope to see you at the health fair next month". Nor is a promise to
  answer: "we'll call you back tomorrow", "alguien le contesta el mismo dia", "le llamamos
  manana" (a Spanish form that is also a past tense, "le llamamos", needs a time to come);
  a past time or "already" makes it a dealing again ("ya le contestamos el lunes").
- A bare wait restates the review: "sorry you had to wait", "qué pena que haya tenido que
  esperar", "sentimos que la espera haya sido larga" pass, in English and Spanish alike.
  When, how long or how often (a day, a clock time, "two hours", "the 2-week wait",
  "again"), whose wait ("su mamá"), where ("in our lobby") or the records disclose: those
  are facts the practice would be confirming. A policy for anyone ("any patient who
  waits more than 20 minutes") is no one's wait.
- Whatever "went smoothly" under a review is the reviewer's care: "glad the scope went
  smoothly", "qué bueno que todo salió bien"; a public event that went well is not.
- A public answer to a general question is a good reply (issue 9), so clinical and
  money words come in three tiers (clinical_terms): a specific word ("Ozempic",
  "copay", "$40") passes only in a sentence that says it is general ("in general",
  "for everyone", "we accept most plans", "the CDC recommends") and does not point at
  the reader; an everyday clinical word, a body part or a money word of general
  answers ("pregnancy", "knee", "payment plan") needs the reader or an occasion (an
  apology, a congratulation, a day, "the claim was denied"); a broad word
  ("insurance", "bills", "flu shots") needs the reader in its clause. The steps of a
  care episode in lay words (preparation, the procedure, results, recovery: "the prep",
  "the scope", "the stitches", "la prepa", "los puntos") are common words; advice for
  the reader's next time ("for next time, ask about the low-volume prep") is an occasion.
  A reply framed as a general answer ("we can't give personal advice here, but in
  general ...") keeps its later sentences general while they neither address the
  reader nor mark an occasion or a definite event.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ...findings import Severity
from ...lexicon import clinical as lexicon
from ...model import ResponseTemplate
from ...normalize import fold
from ...text import clip, sentence_bounds
from ...wordlists import wordlist
from ..context import Context
from ..registry import Hit, rule
from .common import Text, texts

_LISTS = wordlist("privacy-stance")


def _words(*keys: str) -> list[str]:
    """Entries of the named lists, folded like the texts they are matched against."""
    return [fold(entry).text for key in keys for entry in _LISTS[key]]


_APOSTROPHE = re.compile("['’]")


def _alt(words: Iterable[str], as_written: bool = False) -> str:
    """Alternation, longest first; a space matches any whitespace, an apostrophe either kind.

    Entries in capitals (PA, NP, UHC) match only as written, the rest in any case (or all as written).
    """
    parts = []
    for word in sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True):
        text = _APOSTROPHE.sub("['’]", re.escape(word).replace(r"\ ", r"\s+"))
        parts.append(text if as_written or (word.isupper() and len(word) > 1) else f"(?i:{text})")
    return "|".join(parts)


def _bounded(words: Iterable[str], as_written: bool = False) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_alt(words, as_written)})(?![\w-])")


# --- the marks a clause is read for ------------------------------------------------------------------------

WHO, KIN, DEAL, SOFT, VISIT, THE_VISIT, PLACE, STAFF, PATIENT, WHEN, POINT, SPAN, WAIT = (
    "who", "kin", "deal", "soft", "visit", "the-visit", "place", "staff", "patient", "when", "point", "span", "wait",
)  # fmt: skip
# Which marks disclose together in one clause. The first of a pair is who (or what); the
# second is the sign of dealings or time the finding names.
PAIRS = {
    WHO: (DEAL, VISIT, PLACE, STAFF, PATIENT, WHEN, POINT),
    KIN: (DEAL, VISIT, PLACE, SOFT, WHEN, POINT, WAIT),
    DEAL: (POINT, SPAN),
    # A bare wait restates the review ("sorry you had to wait"); when, how long or how often is ours to know.
    WAIT: (POINT, SPAN, WHEN),
    SOFT: (WHEN, POINT, PLACE),
    THE_VISIT: (POINT,),
}
REACH = 90  # at most this many characters between the two marks of a pair

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
}

_NUMBER = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
    r"|fifty|sixty|a few|few|several|many|half an?|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
    r"|diez|once|doce|quince|veinte|treinta|cuarenta|varios|varias|muchos|tantos|media)"
)
_ABOUT = r"(?:(?:over|almost|nearly|about|around|more than|at least|casi|mas de|como|cerca de|alrededor de)\s+)?"
_MONTHS = _alt(_words("months")) + "|May"
_TIME_SHAPES = re.compile(
    r"(?<![\w/:.])(?:"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"  # 2/11, 2/11/27
    r"|\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?"  # 10:40, 3:52pm
    r"|\d{1,2}\s*[ap]\.?m\b\.?"  # 9am, 3 p.m.
    r"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b"  # the 9th
    r"|(?i:on\s+the\s+\d{1,2})\b"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"  # March 3
    rf"|\d{{1,2}}\s+(?i:de)\s+(?:{_MONTHS})\b"  # 3 de marzo
    r"|(?i:a\s+las?)\s+\d{1,2}(?::\d{2})?\b"  # a las 9:10
    r"|(?i:el(?:\s+dia)?)\s+\d{1,2}\b(?![:.,]?\d)"  # el 12
    r"|(?i:(?:in|since|back\s+in|en|desde|del)\s+(?:19|20)\d{2})\b"  # since 2019
    rf"|(?i:(?:since|desde)\s+(?:{_MONTHS}|then|that|childhood|ese|entonces))\b"
    rf"|(?i:(?:for|over|hace|desde\s+hace|por)\s+{_ABOUT}{_NUMBER}\s+(?:years?|yrs?|decades?|anos?|meses|months?))\b"
    rf"|(?i:{_NUMBER}\s+(?:times|veces))\b|(?i:twice)\b"
    rf"|(?i:hace\s+{_ABOUT}{_NUMBER}\s+(?:dias?|semanas?|horas?|minutos?|meses|mes|anos?))\b"  # hace dos dias
    rf"|(?i:{_ABOUT}{_NUMBER}\s+(?:days?|weeks?|hours?|minutes?|months?|years?)\s+ago)\b"  # two days ago
    r"|(?i:(?:the\s+)?(?:last|past)\s+(?:few|couple(?:\s+of)?|two|three|four|several|many)\s+(?:days|weeks|months|years))\b"
    r"|(?<![Aa]t\s)(?i:this\s+time)\b"  # "this time" says there were others; "at this time" does not
    r")"
)
_SPAN = re.compile(rf"(?<![\w-])(?i:{_ABOUT}{_NUMBER}[\s-]*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|minutos?|horas?|dias?|semanas?))(?![\w-])")
_POINT_WORDS = _bounded([*_words("when_words", "weekdays"), *(m for m in _words("months") if len(m) > 3)])
# Opening hours are a range of days, not a day anyone came: "Monday through Friday", "de lunes a viernes".
_WEEKDAY = _alt(_words("weekdays"))
_HOURS = re.compile(
    rf"(?<![\w-])(?:{_WEEKDAY})\.?\s*(?:-|–|—|to|through|thru|till|until|a|al|y|and)\s*(?:{_WEEKDAY})(?![\w-])"
    r"|(?<![\w-])(?i:weekdays|weekends|entre\s+semana|fines\s+de\s+semana)(?![\w-])"
)
_WHEN_WORDS = _bounded(_words("when_again", "when_tenure"))

_READER = re.compile(rf"(?<![\w-])(?:{_alt(_words('reader'))}|(?<!['’])(?:u|ur))(?![\w-])")
_POSSESSIVE = _alt(_words("possessives"))
_REVIEW_NOUN = re.compile(rf"\s+(?:{_alt(_words('review_nouns'))})(?![\w-])")
_COURTESY = _bounded(_words("reader_courtesy"))
_SUBJECTS = frozenset(("you", "u", "usted", "ustedes", "tu", "y'all", "y’all", "yall"))  # "you can", not "yours may"
_INVITE_AFTER = re.compile(rf"\s+(?:{_alt(_words('invitation_after'))})(?![\w-])")
_INVITE_BEFORE = re.compile(rf"(?<![\w-])(?:{_alt(_words('invitation_before'))})\s+(?:(?:a|el|la)\s+)?$")
_PRONOUN_VERB = re.compile(rf"(?<![\w-])(?i:lo|la|los|las|le|les|te|se\s+le)\s+(?:{_alt(_words('reader_after_pronoun'))})(?![\w-])")
_ENCLITIC = re.compile(rf"(?<![\w-])(?:{_alt(_words('reader_enclitic_verbs'))})(?i:la|lo|las|los|le|les|te)(?![\w-])")
_TU_PRETERITE = re.compile(r"(?<![\w-])[a-zA-Z]+(?:aste|iste)(?![\w-])")
_NOT_TU_PRETERITE = frozenset(_words("not_tu_preterite"))
_RELATIVES = _alt(_words("relatives"))
_MODIFIERS = _alt(_words("care_modifiers"))
_RELATIVE = re.compile(rf"(?<![\w-])(?:{_POSSESSIVE})\s+(?:(?:{_MODIFIERS})\s+)?(?:{_RELATIVES})(?![\w-])")
_KIN = re.compile(
    rf"(?<![\w-])(?:{_alt(_words('relatives_bare'))})(?![\w-])"
    r"|\b[Tt]he\s+[A-Z][a-z]+(?:s|es)\b(?!\s+[A-Z])|\b[Tt]he\s+[A-Z][\w'’-]+\s+family\b"
    r"|\b(?i:familia)\s+[A-Z][\w'’-]+|\blos\s+[A-Z][a-z]+(?:ez|es|s)?\b"
)
_DEAL = _bounded(_words("dealings_verbs"))
_SOFT = _bounded(_words("dealings_soft"))
_VISIT_NOUNS = _alt(_words("visit_nouns"))
# "visit" is a verb as often as a noun ("we hope you'll visit our booth"): with the reader it needs "your".
_VISIT = _bounded(w for w in _words("visit_nouns") if not w.startswith("visit"))
_THE_VISIT = re.compile(rf"(?<![\w-])(?i:the|that|this|la|esa|esta|el|ese|este)\s+(?:{_VISIT_NOUNS})(?![\w-])")
_PLACE = _bounded(_words("places"))
_STAFF = _bounded(_words("staff"))
_PATIENT_COMPOUND = _bounded(_words("patient_compounds"))
_PATIENT = _bounded(_words("patient_words"))
_SORRY = _alt(_words("apology"))
# An apology whose object is a day: "sorry about Tuesday", "sorry for the long wait on Monday", "lo del martes".
_SORRY_DAY = re.compile(
    rf"(?<![\w-])(?:{_SORRY})\s+(?:(?i:again|so\s+much|mucho)\s+)?(?i:about|for|por|lo\s+del?|lo\s+que\s+paso\s+el)\s+"
    rf"(?:(?i:the|that|your|la|el|su)\s+)?(?:[\w'’-]+\s+){{0,2}}(?:(?i:on|del?|el|last|this)\s+)?"
    rf"(?:{_WEEKDAY}|(?i:yesterday|today|this\s+morning|last\s+night|ayer|hoy|anoche|the\s+\d{{1,2}}(?:st|nd|rd|th)?|el\s+\d{{1,2}}))(?![\w-])"
)
_EVENT = _bounded(_words("events"))
_WAITING = _bounded(w for w in _words("waiting"))
_NOT_WAITING = _bounded(_words("not_waiting"))
_SIMPLE = (
    (_WAITING, WAIT), (_KIN, KIN), (_DEAL, DEAL), (_SOFT, SOFT), (_VISIT, VISIT), (_THE_VISIT, THE_VISIT), (_PLACE, PLACE), (_STAFF, STAFF),
    (_WHEN_WORDS, WHEN), (_POINT_WORDS, POINT), (_TIME_SHAPES, POINT), (_SPAN, SPAN),
)  # fmt: skip

# Direct: each of these discloses on its own.
_CONFIRMS = _bounded(_words("confirms"))
_YOUR_CARE = re.compile(
    rf"(?<![\w-])(?:{_POSSESSIVE})\s+(?:(?:{_RELATIVES})['’]s?\s+)?(?:(?:{_MODIFIERS})[\s-]+){{0,2}}"
    rf"(?:{_alt(_words('care_nouns'))})(?![\w-])"
)
_RECORDS_NOUN = _alt(_words("records"))
_OURS = r"(?i:our|the|my|nuestros?|nuestras?|el|la|los|las|mis?)"
_RECORDS = re.compile(
    rf"(?<![\w-])(?:"
    rf"{_OURS}\s+(?:{_RECORDS_NOUN})\s+(?:(?i:also|clearly|only|here|ya|tambien)\s+)?(?:{_alt(_words('records_say'))})"
    rf"|(?:{_alt(_words('records_read'))})\s+(?:{_OURS}\s+|(?i:your|su|sus|tu|tus)\s+)?(?:[\w-]+\s+)?(?:{_RECORDS_NOUN})"
    rf"|(?:{_alt(_words('records_cite'))})\s+(?i:our|nuestros?|nuestras?)\s+(?:{_RECORDS_NOUN})"
    rf"|(?i:according\s+to|segun)\s+(?i:the|el|la|los|las)\s+(?:{_RECORDS_NOUN})"
    rf")(?![\w-])"
)
# "Glad the scope itself went smoothly", "que bueno que la operación de su hija haya salido bien": under a
# review, whatever went well is the reviewer's care, whatever its name.
_WENT_WELL = re.compile(
    r"(?<![\w-])(?i:(?:so\s+|really\s+|very\s+)?(?:glad|happy|pleased|relieved|thrilled|good|great)\s+(?:to\s+(?:hear|know|see)\s+)?"
    r"(?:that\s+)?(?:the|your|his|her|their|everything|it|things|all)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:went|turned\s+out|worked\s+out|came\s+out|healed|is\s+healing|are\s+healing)\s+(?:so\s+|really\s+|very\s+)?"
    r"(?:smoothly|well|great|fine|okay|ok|perfectly|beautifully|as\s+planned|according\s+to\s+plan|without\s+a\s+hitch|nicely))"
    r"|(?<![\w-])(?i:(?:nos\s+alegra|que\s+bueno|que\s+gusto|nos\s+da\s+gusto|que\s+alegria|felices\s+de)\s+(?:saber\s+|leer\s+)?que\s+"
    r"(?:todo|la|el|los|las|su|sus|tu|tus)\s+(?:[\w'’-]+\s+){0,3}?(?:haya|hayan|hubiera|hubieran)?\s*(?:salido|salio|salieron|saliera|ido|fue|fueron)"
    r"\s+(?:tan\s+|muy\s+|super\s+)?(?:bien|de\s+maravilla|perfecto|excelente))"
)
_CLINICIAN = re.compile(r"(?<![\w.])(?:Dr|Dra|Doctor|Doctora)\.?[ \t]+[A-Z][\w'’-]*")

# A clause ends where a sentence does, and at ; : dashes and ", and" / ", but".
_CLAUSE_BREAK = re.compile(
    r"[;:—–]|\s-\s|,\s*(?i:and|but|so|although|though|because|while|pero|aunque|porque|y)\b"
    r"|(?<![\w-])(?i:but|pero)(?![\w-])"
)

OFFLINE_HINT = "Keep the reply general (no visit, care, bill, staff or timing), and invite the reviewer to contact {{ contact.name }} at {{ contact.phone }}, where details can be discussed privately."


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    kind: str


def _clauses(text: str) -> list[int]:
    """Offsets where a clause starts (sentence ends and clause breaks), sorted."""
    starts = set(sentence_bounds(text))
    starts.update(m.end() for m in _CLAUSE_BREAK.finditer(text))
    return sorted(starts)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies inside one of the sorted, non-overlapping spans."""
    index = bisect_right(spans, (start, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


def _readers(text: str) -> Iterator[_Mark]:
    """The reader, where they are the subject or object of something (not a courtesy or an invitation)."""
    courtesies = [m.span() for m in _COURTESY.finditer(text)]
    softs = [m.span() for m in _SOFT.finditer(text)]
    for match in _READER.finditer(text):
        start, end = match.span()
        if _inside(courtesies, start, end) or _inside(softs, start, end):
            continue
        word = match.group(0).lower()
        if word in ("su", "sus"):
            continue  # his/her/their as well: counted before care and family words only
        if word in ("your", "tu", "tus", "y'all's") and _REVIEW_NOUN.match(text, end):
            continue  # "your feedback", "tus palabras"
        if (word in _SUBJECTS and _INVITE_AFTER.match(text, end)) or _INVITE_BEFORE.search(text, max(0, start - 30), start):
            continue  # "you can reach us", "we'd love to hear from you", "le puede ayudar"
        yield _Mark(start, end, WHO)
    for match in _PRONOUN_VERB.finditer(text):
        yield _Mark(match.start(), match.end(), WHO)
    for match in _TU_PRETERITE.finditer(text):  # "llegaste", "viniste": only "tú" did that
        if match.group(0).lower() not in _NOT_TU_PRETERITE:
            yield _Mark(match.start(), match.end(), WHO)
    for match in _ENCLITIC.finditer(text):
        if not _INVITE_BEFORE.search(text, max(0, match.start() - 30), match.start()):  # "podemos llamarle" offers
            yield _Mark(match.start(), match.end(), WHO)


def _marks(text: str) -> list[_Mark]:
    marks = list(_readers(text))
    compounds = [m.span() for m in _PATIENT_COMPOUND.finditer(text)]
    hours = [m.span() for m in _HOURS.finditer(text)]
    not_waiting = [m.span() for m in _NOT_WAITING.finditer(text)]
    for pattern, kind in _SIMPLE:
        for m in pattern.finditer(text):
            if kind == POINT and _inside(hours, m.start(), m.end()) or kind == WAIT and _inside(not_waiting, m.start(), m.end()):
                continue
            marks.append(_Mark(m.start(), m.end(), kind))
    for m in _PATIENT.finditer(text):
        if not _inside(compounds, m.start(), m.end()):
            marks.append(_Mark(m.start(), m.end(), PATIENT))
    return sorted(marks, key=lambda m: (m.start, m.end))


def _nearby(marks: list[_Mark]) -> Iterator[tuple[_Mark, _Mark]]:
    """Pairs of marks (sorted by start) that disclose together and lie within REACH of each other.

    Marks are short phrases, so each has a bounded number of neighbours within reach:
    the work grows with the text, never with its square.
    """
    for index, first in enumerate(marks):
        for later in range(index + 1, len(marks)):
            second = marks[later]
            if second.start - first.end > REACH:
                break
            if second.kind in PAIRS.get(first.kind, ()):
                yield first, second
            if first.kind in PAIRS.get(second.kind, ()):
                yield second, first


# A promise to answer the reader ("we'll call you back tomorrow", "alguien le contesta el mismo dia", "le
# llamamos manana"): the reader and the time it names are what comes next, not their dealings. English needs
# will/'ll/can/going to; a Spanish form that is also a past tense ("le llamamos", "le escribimos") needs a time
# to come (or "que nos escriba"); "le contesta", "te respondemos", "le vamos a llamar" are no past at all.
_PROMISE_EN = re.compile(
    rf"(?:(?<=\w)['’](?i:ll|(?:re|m|s)\s+going\s+to)|(?<![\w-])(?i:will|shall|can|would|(?:am|is|are)\s+going\s+to))\s+(?:(?i:be\s+(?:happy|glad)\s+to|personally|gladly|also|then|quickly|promptly)\s+)?"
    rf"(?i:{_alt(_words('promise_verbs'))})\s+(?i:(?:back\s+)?(?:to|with)\s+)?(?:you|u)(?:\s+(?i:back))?(?![\w-])"
)
_STEMS = _alt(_words("promise_stems_es"))
_ENDINGS = r"(?:aremos|eremos|iremos|aran|eran|iran|ara|era|ira|amos|emos|imos|an|en|a|e)"  # not -o: "llamo" is "llamó" folded
_PROMISE_ES = re.compile(
    rf"(?<![\w-])(?i:le|les|te|lo|la)\s+(?P<go>(?i:vamos|va|van|voy)\s+a\s+(?i:{_STEMS})(?i:ar|er|ir)"
    rf"|(?i:podemos|puede|pueden)\s+(?i:{_STEMS})(?i:ar|er|ir)|(?P<verb>(?i:{_STEMS}){_ENDINGS}))(?:\s+(?i:la\s+llamada))?(?![\w-])"
    rf"|(?<![\w-])(?P<go2>(?i:vamos|va|van|voy)\s+a|(?i:podemos|puede|pueden))\s+(?i:{_STEMS})(?i:ar|er|ir)(?i:le|te|les)(?![\w-])"
)
_PROMISE_TIME = _bounded(_words("promise_times"))
_PROMISE_PAST = _bounded(_words("promise_past"))


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
    marks = _marks(text)
    if not marks:
        return
    bounds = _clauses(text)
    promises = _promises(text, bounds)
    if promises:  # the reader in a promise, and the times right after it, are what comes next
        marks = [m for m in marks if not (m.kind in (WHO, DEAL) and _inside(promises, m.start, m.end))]
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
    by_clause: dict[int, list[_Mark]] = {}
    for mark in marks:
        by_clause.setdefault(bisect_right(bounds, mark.start), []).append(mark)
    events = {bisect_right(bounds, m.start()) for m in _EVENT.finditer(text)}
    general = {bisect_right(bounds, m.start()) for m in _GENERAL_MARKERS.finditer(text)}
    for index, clause in by_clause.items():
        best: tuple[int, int, int, str] | None = None  # (gap, start, end, what)
        for who, what in _nearby(clause):
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
        "le", "te", "lo atendimos", "verla") together with a sign of dealings:
        visits and bookings ("you checked in", "you were booked for the 2:30
        slot", "usted canceló su cita"), calls, waiting, arriving, leaving or
        behaving ("you raised your voice"), the staff they saw ("our front desk
        was short with you"), being a patient ("one of our favorite patients",
        "desde que usted es paciente con nosotros"), or a time ("great seeing
        you again", "you've trusted us for years", "nice to see you back in
        March", "tu próxima cita para el 12"). It also flags, on their own:
        the reader's relatives ("your wife", "su esposo"); "your visit",
        "your bill", "su expediente"; the practice's records ("our records
        show", "I looked at the schedule", "según el sistema", "the number on
        file"); an apology whose object is a day ("sorry about Tuesday"); a
        clinician by name ("Dr. Chen"). And with a visit or a time: a
        relative or a family by name ("thanks for bringing grandma in every
        month", "the Hendersons are on the schedule"), or no one at all
        ("llegó a las 9:10", "the appointment on the 20th"); a wait with when
        or how long ("sorry about the 40-minute wait", "lamentamos que haya
        esperado dos horas"; a bare "sorry you had to wait" or "qué pena que
        haya tenido que esperar" restates the review and passes); and
        whatever "went smoothly" ("glad the scope itself went smoothly",
        "qué bueno que todo salió bien"). Hypotheticals and
        negations still count ("if you visited us last week", "we can't
        discuss your visit"); a sentence about no one in particular does not
        ("we never discuss anyone's visit online"), nor "whether or not you
        are a patient". Courtesies, invitations, opening hours and public
        events pass: "thank you", "your feedback", "sus comentarios", "you
        can reach us Monday through Friday", "we'd love to hear from you",
        "hope to see you at the health fair next month", and a promise to
        answer with when we will ("we'll call you back tomorrow", "alguien
        le contesta el mismo dia", "le llamamos manana"); an answer already
        given is a dealing again ("we called you back on Monday", "ya le
        contestamos", "le llamamos ayer"). Only the body is
        read (the title is an internal label), and HTML comments are skipped
        because they are notes to the author, not part of the reply. Posts
        are not checked: a post speaks to the public, so "book your visit"
        there is an invitation, not a disclosure.

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
        Triggers: `So glad the procedure itself went smoothly!`
        Passes: `We're sorry you had to wait. Please call {{ contact.phone }}.`
        Passes: `We're sorry to hear this. Please call {{ contact.name }} at {{ contact.phone }} so we can talk privately.`
        Passes: `Lamentamos lo que describe; llámenos al {{ contact.phone }}.`
    """
    for text in texts(template, body_only=True, links=False, comments=False):
        found = [(m.start(), m.end(), "phrase") for m in (*_CONFIRMS.finditer(text.text), *_YOUR_CARE.finditer(text.text))]
        found += [(m.start(), m.end(), "relative") for m in _RELATIVE.finditer(text.text)]
        found += [(m.start(), m.end(), "records") for m in _RECORDS.finditer(text.text)]
        found += [(m.start(), m.end(), POINT) for m in _SORRY_DAY.finditer(text.text)]
        found += [(m.start(), m.end(), "clinician") for m in _CLINICIAN.finditer(text.text)]
        found += [(m.start(), m.end(), "phrase") for m in _WENT_WELL.finditer(text.text) if not _EVENT.search(m.group(0))]
        found += list(_pairs(text.text))
        taken = -1
        for start, end, why in sorted(found, key=lambda f: (f[0], -f[1])):
            if start < taken:
                continue
            taken = end
            yield _remove(text, start, end, why)


# --- PHI002 clinical-detail-in-response -----------------------------------------------------------------

_MONEY = re.compile(
    r"(?<![\w$])\$\s?\d[\d,]*(?:\.\d+)?(?:\s?[kK]\b)?"
    r"|(?<![\w.,])\d[\d,]*(?:\.\d{2})?\s?(?:dollars|USD|bucks|pesos|dolares|euros)(?!\w)",
    re.IGNORECASE,
)
_PAYERS = re.compile(rf"(?<![\w-])(?:{_alt(_words('payers'))}|{_alt(_words('payers_as_written'), as_written=True)})(?![\w-])")
_MONEY_TERMS = _bounded(_words("money_terms"))
_MONEY_COMMON = _bounded(_words("money_common"))
_MONEY_GENERAL = _bounded(_words("money_general"))
_CARE_THINGS = _bounded(_words("care_things"))
_CARE_EPISODES = _bounded(_words("care_episodes"))
_GENERAL_FRAMES = _bounded(_words("general_frames"))
_GENERAL = frozenset(w.lower() for w in _words("money_general", "clinical_general"))
_IGNORED = frozenset(w.lower() for w in _words("clinical_ignored"))
_EVERYDAY = _bounded(_words("everyday_phrases"))
_DEPARTMENTS = _bounded(_words("departments"))
_GENERAL_MARKERS = _bounded(_words("general_markers"))
_OCCASION = _bounded(_words("apology", "occasions"))
_TIED = re.compile(rf"(?<![\w-])(?:{_POSSESSIVE})\s+(?:[\w'’-]+\s+){{0,2}}$")
# "your"/"su" before anything but the review itself: "mandamos su caso a la aseguradora".
_OWNED = re.compile(rf"(?<![\w-])(?:{_POSSESSIVE})(?!{_REVIEW_NOUN.pattern})(?![\w-])")
SPECIFIC, COMMON, GENERAL = "specific", "common", "general"
_MONEY_AND_THINGS = (
    (_PAYERS, SPECIFIC), (_MONEY_TERMS, SPECIFIC), (_MONEY, SPECIFIC), (_MONEY_COMMON, COMMON), (_MONEY_GENERAL, GENERAL),
    (_CARE_THINGS, COMMON),
)  # fmt: skip
_ARTICLE = re.compile(r"(?i:the|your|la|el|los|las|su|sus)\s+(?=\S)")
_MONEY_WORDS = (_PAYERS, _MONEY_TERMS, _MONEY, _MONEY_COMMON, _MONEY_GENERAL)
# Advice for the reader's own next step, at the start of a clause: "(for next time,) ask about the
# low-volume prep", "pregunte por la sedación". It makes a clinical word the reader's, not a bill's.
_IMPERATIVE = re.compile(
    r"\s*(?:(?i:for\s+)?(?i:next\s+time|la\s+proxima\s+vez|para\s+la\s+proxima),?\s+)?"
    r"(?i:ask\s+(?:about|for)|remember\s+to|make\s+sure|be\s+sure|don't\s+forget|do\s+not\s+forget|try\s+(?:the|a|an)"
    r"|keep\s+(?:the|taking|using)|pregunte\s+por|pregunta\s+por|pida|pide|recuerde|recuerda|no\s+olvide|no\s+olvides"
    r"|siga\s+con|sigue\s+con)(?![\w-])"
)


def clinical_terms(text: str) -> list[tuple[int, int, str]]:
    """(start, end, tier) for each clinical, insurance or money term in the text.

    The one place the vocabulary is looked up: clinical words from the lexicon (drugs,
    ICD-10 conditions, procedures and tests, English and Spanish), payers, money terms
    and amounts from rules/data/privacy-stance.yml. The tier says how much context a
    word needs to disclose: SPECIFIC ("Ozempic", "colonoscopy", "copay", "$40") none;
    COMMON, a clinical word that is also an everyday word ("pregnancy", "crown"), a body
    part or a specialty ("knee", "cardiology"), an occasion (sorry, glad, congratulations,
    a day) or the reader; GENERAL ("insurance", "bills", "vaccines") the reader. Where to
    go in an emergency ("the ER", "urgencias") is advice, not a detail.
    """
    departments = [m.span() for m in _DEPARTMENTS.finditer(text)]
    found: list[tuple[int, int, str]] = []
    everyday = [m.span() for m in _EVERYDAY.finditer(text)]
    for match in lexicon.find(text):
        term = match.term
        if term in _IGNORED or _inside(everyday, match.start, match.end):
            continue
        if term in _GENERAL:
            tier = GENERAL
        elif match.common or match.category in (lexicon.BODY_PART, lexicon.CARE_SETTING):
            tier = COMMON  # "glad the knee is stronger" is someone's; "our cardiology team" is the practice's own
        else:
            tier = SPECIFIC
        found.append((match.start, match.end, tier))
    for pattern, tier in _MONEY_AND_THINGS:
        found.extend((m.start(), m.end(), tier) for m in pattern.finditer(text))
    for m in _CARE_EPISODES.finditer(text):  # "the prep": the finding points at the noun
        article = _ARTICLE.match(text, m.start(), m.end())
        found.append((article.end() if article else m.start(), m.end(), COMMON))
    kept, taken = [], -1
    rank = {SPECIFIC: 0, COMMON: 1, GENERAL: 2}  # where two finds start and end together, the more telling wins
    for start, end, tier in sorted(found, key=lambda f: (f[0], -f[1], rank[f[2]])):
        if start >= taken and not _inside(departments, start, end):
            kept.append((start, end, tier))
            taken = end
    return kept


# A definite thing that happened: "the claim was denied", "la prueba salió negativa".
_DEFINITE_BEFORE = re.compile(r"(?<![\w-])(?i:the|that|this|those|el|la|los|las|ese|esa|esos|esas)\s+(?:[\w'’-]+\s+)?$")
_PAST_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?i:was|were|came\s+back|went|got|has\s+been|have\s+been|fue|fueron|salio|salieron|llego|quedo)(?![\w-])")


def _event(text: str, start: int, end: int) -> bool:
    """True when the term names a definite thing that happened ("the claim was denied")."""
    return bool(_DEFINITE_BEFORE.search(text, max(0, start - 30), start) and _PAST_AFTER.match(text, end, end + 40))


def _disclosing(text: str) -> Iterator[tuple[int, int]]:
    """The clinical and money terms of a reply that read as the reader's (tiers: see clinical_terms)."""
    terms = clinical_terms(text)
    if not terms:
        return
    clauses, sentences = _clauses(text), sentence_bounds(text)

    def where(bounds: list[int], *patterns: re.Pattern) -> set[int]:
        return {bisect_right(bounds, m.start()) for pattern in patterns for m in pattern.finditer(text)}

    readers = {bisect_right(clauses, m.start) for m in _readers(text)} | where(clauses, _RELATIVE, _OWNED)
    addressed = {bisect_right(sentences, m.start) for m in _readers(text)} | where(sentences, _RELATIVE, _OWNED)
    occasions = where(clauses, _OCCASION, _TIME_SHAPES, _POINT_WORDS)
    advised = {index + 1 for index, at in enumerate(clauses) if _IMPERATIVE.match(text, at)}
    general = where(clauses, _GENERAL_MARKERS)
    frame = next(_GENERAL_FRAMES.finditer(text), None)
    for start, end, tier in terms:
        clause = bisect_right(clauses, start)
        if clause not in readers and not _TIED.search(text, max(0, start - 40), start):  # not about the reader ...
            advice = clause in advised and not any(p.match(text, start) for p in _MONEY_WORDS)
            event = _event(text, start, end)
            if tier == GENERAL or (tier == COMMON and clause not in occasions and not advice and not event):
                continue  # ... and too broad, or common without an occasion
            addressed_here = bisect_right(sentences, start) in addressed
            if clause in general and not addressed_here:
                continue  # ... and said to be general, in a sentence that does not address the reader
            if frame is not None and frame.start() < start and not addressed_here and clause not in occasions | advised and not event:
                continue  # ... and part of a reply framed as a general answer ("in general, ...")
        yield start, end


@rule("PHI002", "clinical-detail-in-response", serves="privacy", severity=Severity.ERROR, scope="response")
def clinical_detail_in_response(template: ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A reply that mentions a diagnosis, treatment, medicine, insurance or money.

    What it flags:
        Clinical, insurance and billing words in the body of a response
        template: diagnoses and injuries ("ACL", "fracture", "arthritis"),
        mental health ("depression", "anxiety"), procedures and tests
        ("surgery", "physical therapy", "MRI", "biopsy"), medicines
        ("prescription", "opioid"), payers by name ("Aetna", "Cigna",
        "Medicaid", "Medi-Cal", "Blue Cross"), insurance and money terms
        ("copay", "deductible", "balance", "collections", "refund", "copago",
        "deducible", "saldo"), and any amount of money ("$1,200", "300
        dollars"). A specific term is flagged even in a general sentence
        ("Healing from a fracture can be slow"), unless the sentence says it is
        general ("in general", "for everyone", "we accept most plans") and
        nothing in it points at the reader. Clinical words that are also
        everyday words, body parts and specialties ("pregnancy", "knee",
        "cardiology"), and money words a general answer uses ("statement",
        "payment plan", "HSA") are flagged with the reader in their clause, or
        an occasion: an apology, a congratulation, a day, a definite event
        ("congrats on the pregnancy", "glad the knee is stronger", "the claim
        was denied"). Broad words ("insurance", "bills", "costs", "vaccines",
        "seguro", "factura") are flagged when their clause ties them to the
        reader ("your insurance", "su seguro no cubrió") and pass in a general
        answer ("questions about bills and insurance can be stressful", "we
        offer flu shots on Saturdays"). The steps of a care episode in lay
        words are common words too: preparation, the procedure, results and
        recovery ("sorry the bowel prep was so rough", "glad the numbing wore
        off", "your transfer", "sentimos que la prepa fuera pesada", "los
        puntos"), and advice for the reader's next time is an occasion ("for
        next time, ask about the low-volume prep", "para la próxima, pregunte
        por la sedación"). A reply that frames itself as a general answer
        ("we can't give personal advice here, but in general ...", "no podemos
        dar consejos médicos por aquí; en general ...") keeps its later
        sentences general while they do not address the reader, mark an
        occasion or state a definite event. Department names ("our billing
        team") and where to go in an emergency ("the ER") are routes, not
        details.

    Why:
        A reply sits under the review it answers. Next to "my knee still
        hurts", even a general sentence about knee surgery reads as a
        statement about the reviewer's care. Enforcement cases have turned on
        replies that named a reviewer's condition, treatment plan or bill. The
        reply should say none of it and offer a private route.

    Examples:
        Triggers: `Physical therapy after an ACL repair often takes months.`
        Triggers: `The $1,200 balance reflects your deductible.`
        Triggers: `Lamentamos que su seguro no cubriera el estudio.`
        Triggers: `Sorry the prep was so rough; for next time, ask about the low-volume prep.`
        Passes: `We can't give personal advice here, but in general braces take 18 months. An orthodontist consult is the best start.`
        Passes: `We're sorry things fell short. Please call {{ contact.phone }} so we can help.`
        Passes: `Questions about bills and insurance can be stressful; our billing team can help at {{ contact.phone }}.`
    """
    for text in texts(template, body_only=True, links=False, comments=False):
        for start, end in _disclosing(text.text):
            yield text.hit(
                start,
                f"Remove '{clip(text.span.show(start, end))}': a reply must not mention diagnoses, treatments, medicines, insurance or money; under a review they read as the reviewer's",
                "Under a review, any clinical or billing detail reads as a fact about the reviewer. Say you're sorry, say nothing about care, and offer {{ contact.name }} at {{ contact.phone }}.",
            )
