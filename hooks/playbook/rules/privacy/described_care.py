"""One person singled out by a description, with an event of their own care (PHI013, read by media._story_signal).

Staff describe a patient by where they stop, sing, pray, work or drive, or by the family they belong to ("the grandpa
from the <Town> gurdwara who brings parathas", "el nino que toca en la banda de <Parroquia>", "la hija menor de los
duenos de la tortilleria", "the old fellow who kept the feed mill for decades", "a longtime school bus driver, who has driven
Route 14"), and no word list of descriptions can hold them all. What they share is a structure: a definite singular
person (an article and a person or kin word, an initial, or her place on a school's team: "our eighth-grade catcher
who ...") with a clause or a "from/de" that sets them apart, then an
event of their own care told in that sentence or the next ("came in for his sugar check", "vino a revisarse tras
la operacion", "returned to work following cataract surgery performed by Dr. <Team>", "is on our hospice service now",
"your toe is officially healed"). That is a patient's story, named or not; so is one set apart by where she is from whom
we sat with and whose death is told after ("I sat with a grandmother from <Town> ... She passed peacefully", with_them.py). Passes: health education ("when your child
has his tonsils out ..."), a group or a hypothetical, our own staff ("the nurse who runs our wound clinic"), someone's
news they told themselves (a reported verb), and a described person with no care.

One scan for the persons, each sentence read once for care: linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...text import alternation, sentence_bounds
from ...wordlists import wordlist
from . import care, with_them
from .common import not_one, with_care_after
from .own_news import own_news
from .vocabulary import NAMES

_DESC = wordlist("privacy-described")
_SHOWN = wordlist("privacy-pictured")
_TRADES = wordlist("privacy-trades")
_PEOPLE = alternation((*_DESC["people"], *_DESC["kin"], *_DESC["kin_es"], *_DESC["ranked_people"], *_SHOWN["shown_people"], *_TRADES["worn_people"], *_TRADES["performers"]))
_ROLES = alternation(r for r in _DESC["roles"] if r not in frozenset(_DESC["staff_roles"]))
_POSITIONS = alternation(_DESC["team_positions"])
_SETS_APART = r"(?:who|que|from|de|del|at|of)"
_PERSONS = lazyre.compile(
    # "the grandpa from ...", "el nino que ...", "la hija menor de ...", "the fellow who kept ..."
    rf"(?<![\w'’-])(?i:the|el|la|al|del|that|ese|esa)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{_PEOPLE})(?:[ \t]+[a-z][\w'’-]*)??[ \t]+(?i:{_SETS_APART})(?![\w'’-])"
    # an initial set apart by where they are from: "K from the <Place> stop"
    r"|(?<![\w'’.-])[A-Z]\.?[ \t]+(?i:from|de|del)[ \t]+(?i:the|la|el)(?![\w'’-])"
    # one known by a job or set apart by a clause of their own: "a longtime <District> bus driver, who has driven ..."
    rf"|(?<![\w'’-])(?i:a|an|un|una)[ \t]+(?:[\w'’-]+[ \t]+){{0,5}}?(?:(?i:{_ROLES}|driver|chofer)[ \t]*,?|[\w'’-]+[ \t]*,)[ \t]+(?i:who|que)(?![\w'’-])"
    # one set apart by where she is from, sat with as she died: "I sat with a grandmother from <Town>" (with_them.py)
    rf"|(?P<from>(?<![\w'’-])(?i:a|an|un|una)[ \t]+(?:[\w'’-]+[ \t]+)??(?i:{_PEOPLE})[ \t]+(?i:from|de)[ \t]+[A-Z])"
    # one known by her place on a team or in a class, set apart by a clause: "our eighth-grade catcher who ...",
    # "the varsity setter who ...", "nuestra portera de sexto que ..." (a team's or a school's, never our staff; a bare
    # "the quarterback who" is a star in the news)
    rf"|(?P<ranked>(?<![\w'’-])(?:(?i:our|my|nuestr[oa]|mi)[ \t]+(?:[\w'’-]+[ \t]+){{0,4}}?|(?i:the|el|la)[ \t]+(?:[\w'’-]+[ \t]+){{1,4}}?)(?i:{_POSITIONS})(?:[ \t]+(?i:de|del)[ \t]+[\w'’-]+)?[ \t]*,?[ \t]+(?i:who|que)(?![\w'’-]))"
)
# Not one of ours: a hypothetical, a group or the reader's own case, or our own staff.
_GENERIC = not_one(
    r"patients|pacientes|people|personas|many|most|muchos|muchas|may|might|can|could|should|puede|pueden|podria|deberia|everyone|todos|todas|"
    r"our[ \t]+(?:own[ \t]+)?(?:nurse|doctor|staff|team|provider)s?|nuestr[oa][ \t]+(?:enfermer[oa]|equipo|personal)",
    before="(?<!remember )(?<!recuerdas )(?<!recuerda )",
)
# Care right behind their return: "returned to work following cataract surgery", "volvio al trabajo tras la cirugia"
_FOLLOWING = lazyre.compile(r"(?<![\w'’-])(?i:following|after|tras|despues[ \t]+de|luego[ \t]+de)(?![\w'’-])")
_BY_OURS = lazyre.compile(r"(?<![\w'’-])(?i:performed|done|done|realizada|realizado|hecha|hecho)[ \t]+(?i:by|por)[ \t]+(?i:dr|dra|our|nuestr[oa])\b")
_PARTS = frozenset((*_DESC["treated_parts"], *wordlist("privacy-owned")["body_parts"]))  # "your forehead", "your scalp" (round 141)
# In our care now: "she is on our palliative service now", "sigue en nuestro programa de dialisis"
_IN_OURS = lazyre.compile(r"(?<![\w'’-])(?i:been|is|are|remains|stays|esta|sigue|lleva)[ \t]+(?i:on|in|with|en|con)[ \t]+(?i:our|nuestro|nuestra)[ \t]+")
_YOUR = lazyre.compile(r"(?<![\w'’-])(?i:your|tu)[ \t]+(?=[a-z])")
_REACH = 40
# A person of ours described, not a patient: "a nuestra asistente dental <Name>, que ...", "the nurse who ..."
_OURS = lazyre.compile(rf"(?<![\w'’-])(?i:our|my|nuestr[oa]s?|mis?|{alternation(NAMES['staff_nouns_alt'])})(?![\w'’-])")


def described_in_care(text: str) -> re.Match | None:
    """The first person singled out by a description whose own care is told in their sentence or the next (folded
    text), or None."""
    persons = [m for m in _PERSONS.finditer(text) if (m.group("ranked") or not _OURS.search(m.group(0))) and not _public_telling(text, m)]
    sat = (m for m in persons if m.group("from") and with_them.sat_through(text, m.start(), m.end()))
    return next(sat, None) or next(with_care_after(text, (m for m in persons if not m.group("from")), _cared, 1), None)


_PUBLIC_ROLE = lazyre.compile(rf"(?<![\w'’-])(?i:{alternation(NAMES['public_roles'])})(?![\w'’-])")


def _public_telling(text: str, person: re.Match) -> bool:
    """A description that holds a public role ("la cantante de cumbia <Name>", "the station's weather anchor who") with
    news that figure made public in its sentence or the next and no care of ours (own_news): their story, not ours."""
    return _PUBLIC_ROLE.search(person.group(0)) is not None and own_news(text, sentence_bounds(text), person.start(), outright=True)


def _cared(text: str, start: int, end: int) -> bool:
    """One person's own care told in text[start:end], not advice, a group, our staff or news they told."""
    if _GENERIC.search(text, start, end) or care.REPORTED_VERB.search(text, start, end):
        return False
    if care.own_care(text, start, end) or care.cared_by_us(text, start, end):
        return True
    for after in _FOLLOWING.finditer(text, start, end):  # "... following bilateral cataract surgery performed by Dr."
        window_end = min(end, after.end() + _REACH)
        if care.care_in(text, after.end(), window_end) and _BY_OURS.search(text, after.end(), min(end, window_end + _REACH)):
            return True
    for ours in _IN_OURS.finditer(text, start, end):  # "has been on our hospice service"
        if care.care_in(text, ours.end(), min(end, ours.end() + 24)):
            return True
    for your in _YOUR.finditer(text, start, end):  # said to them: "your toe is officially healed"
        word = re.match(r"[a-z]+", text[your.end() : your.end() + 24])
        found = lexicon_clinical.find(text[your.end() : your.end() + 24])
        part = word is not None and word.group(0) in _PARTS or found and found[0].start == 0 and found[0].category == "body_part"
        if part and care.care_in(text, start, end):
            return True
    return False
