"""The practice seeing, meeting, having or caring for the reader: a reply's warm words that confirm a visit (PHI001).

A reply sits under the reviewer's words, so "we loved seeing you", "it is always a joy to see you" or "¡qué gusto
verla!" say the reviewer came to us, though no visit, day or staff is named. The shape is a verb of seeing, meeting,
welcoming, having or caring for, with the reader as its object, said as something that happened: a past tense ("we
saw you"), a gerund after joy ("loved seeing you", "great meeting y'all"), an infinitive after a habit or a past
("always a pleasure to see you", "it was nice to meet you"), a Spanish verb with the reader as its ending after joy
("qué gusto verla", "siempre es un placer atenderle"). A wish or an offer keeps it to come and passes: "we look
forward to seeing you", "hope to see you at the fair", "will be glad to welcome you", "será un gusto atenderle".
So does our help or care done for the reader: an ability after joy ("so glad we could squeeze you in", "qué bueno que
pudimos atenderla"), a mending or a return in the past ("we patched you up", "we got your crew back on the road").
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from .common import clause_after, clause_before
from .stance import ON_THE_TEAM, REVIEW_NOUN, alt, words

_READER = r"(?:you|u|y['’]all|yall|your\s+(?:family|kids|little\s+ones|crew|whole\s+family))"
_SUBJECT = r"(?:we|i|the\s+team|our\s+team|our\s+staff|everyone\s+here|we\s+have|we['’]ve|i['’]ve)"  # who saw or helped the reader: us
_PAST = lazyre.compile(rf"(?<![\w-])(?i:{_SUBJECT})\s+(?:(?i:\w+ly|already|just|finally|all)\s+)?(?i:{alt(words('seen_past'))})\s+(?i:{_READER})(?![\w'’-])")
_GERUND = lazyre.compile(rf"(?<![\w-])(?i:{alt(words('seen_gerund'))})\s+(?i:{_READER})(?![\w'’-])")
_INFINITIVE = lazyre.compile(rf"(?<![\w-])(?i:to)\s+(?i:{alt(words('seen_infinitive'))})\s+(?i:{_READER})(?![\w'’-])")
_JOY = lazyre.compile(rf"(?<![\w-])(?:{alt(words('seen_joy', 'seen_habit'))})(?![\w-])")
_ELSEWHERE = lazyre.compile(rf"(?<![\w-])(?:{alt(words('seen_elsewhere'))})(?![\w-])")
_JOY_AFTER = lazyre.compile(rf"(?<![\w-])(?:{alt(words('seen_joy_after'))})(?![\w-])")
_HABIT = lazyre.compile(rf"(?<![\w-])(?:{alt(words('seen_habit'))})(?![\w-])")
_AHEAD = lazyre.compile(rf"(?<![\w-])(?:{alt(words('seen_ahead'))})(?![\w-])|['’](?i:ll|d)(?![\w-])")
_ENCLITIC = lazyre.compile(rf"(?<![\w-])(?i:{alt(words('seen_es_verbs'))})(?i:la|lo|le|te|los|las)(?![\w-])")
_JOY_ES = lazyre.compile(rf"(?<![\w-])(?:{alt(words('seen_es_joy'))})(?![\w-])")
_AHEAD_ES = lazyre.compile(rf"(?<![\w-])(?:{alt(words('seen_es_ahead'))})(?![\w-])|(?i:\w+ria)(?=\s+(?:\w+\s+)?(?i:ver|atender|recibir|conocer|tener))")
# Our help or care done for the reader (round 145): the reader, or the people the reader brought
_DONE_READER = rf"(?:{_READER}|you\s+(?:all|guys)|your\s+(?:group|gang|bunch|party|whole\s+crew|{alt(words('relatives'))}))"
_TO_THE_READER = r"(?i:thank|answer|reply|respond|write|tell|update|remind|invite|congratulate|wish)(?![\w-])"  # words to them, here: no care
_ABLE = lazyre.compile(rf"(?<![\w-])(?i:{_SUBJECT})\s+(?:{alt(words('done_able'))})\s+(?:(?i:\w+ly)\s+)?(?!{_TO_THE_READER})(?i:[a-z]+)\s+(?i:{_DONE_READER})(?![\w'’-])")
_MENDED = lazyre.compile(
    rf"(?<![\w-])(?i:{_SUBJECT})\s+(?:(?i:\w+ly|already|just|finally)\s+)?(?:{alt(words('done_mended'))})\s+(?i:{_DONE_READER})\s+(?:{alt(words('done_mended_after'))})(?![\w'’-])"
)
_DONE_JOY = lazyre.compile(rf"(?<![\w-])(?:{alt(words('seen_joy', 'done_joy'))})(?![\w-])")
_ES_VERB = rf"(?:{alt(words('done_es_verbs'))})"
_ABLE_ES = lazyre.compile(
    rf"(?<![\w-])(?i:lo|la|le|te|los|las|les)\s+(?:{alt(words('done_es_able'))})\s+{_ES_VERB}(?![\w-])"
    rf"|(?<![\w-])(?:{alt(words('done_es_able'))})\s+{_ES_VERB}(?i:la|lo|le|te|los|las|les)(?![\w-])"
)
_DONE_JOY_ES = lazyre.compile(rf"(?<![\w-])(?:{alt(words('seen_es_joy', 'done_es_joy'))})(?![\w-])")
_BEFORE = 40  # characters of the clause before the verb that are read for joy, a habit or a wish
_STOP = ".!?;:\n"


def _window(text: str, start: int) -> tuple[int, int]:
    """The stretch of its clause before `start`, at most _BEFORE characters, cut at a sentence or clause end."""
    return clause_before(text, start, _BEFORE, _STOP), start


def _after(text: str, end: int) -> bool:
    """A wish right after, in the same clause: "see you soon", "see you next time"; a wish of the next sentence is
    about something else ("Great seeing you! Hope the new glasses are working out": the seeing happened)."""
    return _AHEAD.search(text, end, clause_after(text, end, 20, _STOP)) is not None


def _joy_after(text: str, end: int) -> bool:
    """Joy said later in the sentence of a seeing ("... is the highlight of our week"), with no wish before it."""
    joy = _JOY_AFTER.search(text, end, clause_after(text, end, 150))
    if joy is None or _AHEAD.search(text, end, joy.start()) or _ELSEWHERE.search(text, end, joy.start()):
        return False  # a wish, or seen at the fair or online
    return not REVIEW_NOUN.search(text, end, joy.start())  # not "seeing you smile in this review"


def seen(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause that says the practice saw, met, had or cared for the reader."""
    for match in _PAST.finditer(text):
        begin, _ = _window(text, match.start())
        if not _AHEAD.search(text, begin, match.start()):
            yield match.span()
    for pattern, joy in ((_GERUND, _JOY), (_INFINITIVE, _HABIT)):
        for match in pattern.finditer(text):
            begin, stop = _window(text, match.start())
            if joy.search(text, begin, stop) and not _AHEAD.search(text, begin, stop) and not _after(text, match.end()):
                yield match.span()
            elif pattern is _GERUND and not _AHEAD.search(text, begin, stop) and _joy_after(text, match.end()):
                yield match.span()  # "seeing you come in each week is a highlight for us"
    for match in _ENCLITIC.finditer(text):
        if ON_THE_TEAM.match(text, match.end()):
            continue  # "es un gusto tenerla en el equipo": the member praised, had on the team
        begin, stop = _window(text, match.start())
        if _JOY_ES.search(text, begin, stop) and not _AHEAD_ES.search(text, begin, stop) and not _AHEAD_ES.search(text, match.end(), min(len(text), match.end() + 20)):
            if not _elsewhere(text, begin, match.end()):
                yield match.span()  # not "qué gusto saludarlos en la feria"
    yield from _done(text)


def _elsewhere(text: str, begin: int, end: int) -> bool:
    """At an event of ours or online, in the clause of the seeing ("qué gusto saludarlos en la feria")."""
    return _ELSEWHERE.search(text, begin, clause_after(text, end, 80, _STOP)) is not None


def _done(text: str) -> Iterator[tuple[int, int]]:
    """Our help or care done for the reader: an ability after joy, a mending or a return in the past; not at the fair
    or online, not wished ("we'd be glad if we could see you")."""
    for pattern, joy, ahead in ((_ABLE, _DONE_JOY, _AHEAD), (_MENDED, None, _AHEAD), (_ABLE_ES, _DONE_JOY_ES, _AHEAD_ES)):
        for match in pattern.finditer(text):
            begin, stop = _window(text, match.start())
            if (joy is None or joy.search(text, begin, stop)) and not ahead.search(text, begin, stop) and not _elsewhere(text, begin, match.end()):
                yield match.span()
