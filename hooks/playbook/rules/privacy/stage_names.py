"""A public figure's nickname or stage name: 'Ramiro "El Tigre" Salas', "El reguetonero 'El <Nickname> de la 49'".

Athletes and performers go by a name in quotes: a nickname inside the name ('<Given> "El Tigre" <Surname>',
'<Given> "The Hammer" <Surname>') or a stage name after their role ("the rapper 'Lil <Word>'", "la salsera 'La
<Word>'"). A name so written, in a sentence that tells news they or their camp made public ("segun informo el club",
"the club said", "conto en su Instagram"), is a public figure (public.py weighs the rest: no guess at their health,
no care of ours); and so is a word of the stage name greeted after it ("¡Recuperate pronto, <Word>!"), when the
stage name's own sentence told their news and the greeting's, and the next, say no care of ours ("... Te
esperamos el lunes para quitarte el yeso" keeps it an error), nor does any sentence after the stage name ("... Lots of
love from the team. Our cardiac rehab nurses will see you Monday"). A patient keeps no nickname
here: "our patient ... came in for", "se opero con nosotros", "news told to us" stay errors (own_news.py). A public role right
before the name or the stage name ('El campeon de peso ligero <Given> "El <Word>" <Surname>', 'La luchadora "La <Word>"') names a
public figure as a role before a plain name does, no news needed (round 33); public.py still weighs their care.
Each reading is bounded: the stage names are found once per text.
"""

from __future__ import annotations

import functools
from bisect import bisect_right

from ... import lazyre
from ...text import alternation, phrase_pattern, sentence_of
from .care import care_in, cared_by_us, own_care
from .known import Person
from .own_news import ours_near, own_news
from .vocabulary import NAMES

_OPEN = "\"“'‘«"
_CLOSE = "\"”'’»"
_QUOTED = rf"[{_OPEN}](?P<name>[^{_OPEN}{_CLOSE}\n]{{1,40}})[{_CLOSE}]"
# A nickname between a name's words: '<Given> "El Tigre" <Surname>', "<Given> 'Dinamita' <Surname>"
_INSIDE = lazyre.compile(rf"[A-Z][\w'’-]*[ \t]+{_QUOTED}[ \t]+[A-Z]")
_BEFORE = lazyre.compile(rf"[A-Z][\w'’-]*[ \t]+{_QUOTED}[ \t]+$")
_DEVICES = phrase_pattern(NAMES["care_devices"])  # "la bota", "your new brace": what we hand a patient
_REACH = 64  # characters read before a surname for a given name and a nickname
# A stage name right after a public role, a word or two between: "El reguetonero 'El <Word> de la 49'"
_STAGE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['public_roles'])})(?:[ \t]+[a-z][\w-]+){{0,2}}?[ \t]*,?[ \t]*{_QUOTED}")

# We, in a word or a Spanish verb's ending: "we", "nuestro", "te pusimos", "te esperamos"
_WE = lazyre.compile(r"(?<![\w-])(?i:we|us|our|nosotros|nuestr[oa]s?|[a-z]+(?:amos|emos|imos))(?![\w-])")


def nickname_inside(text: str, person: Person) -> bool:
    """Whether the name found holds a nickname in quotes between its words ('<Given> "El Tigre" <Surname>'), or is the
    surname after one (a given name no list knows is left out of the name found: '<Given> "Dinamita" <Surname>')."""
    if _INSIDE.search(text, person.start, person.end) is not None:
        return True
    return _BEFORE.search(text, max(0, person.start - _REACH), person.start) is not None


@functools.lru_cache(maxsize=8)
def _stage_names(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """The stage names after a public role: where each stands and its capitalised words; once per text."""
    return tuple((m.start("name"), m.end("name"), frozenset(w for w in m.group("name").split() if w[:1].isupper())) for m in _STAGE.finditer(text))


def stage_names(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """The stage names after a public role (nicknamed.py reads them as people): start, end and capitalised words."""
    return _stage_names(text)


def greets_stage_name(text: str, person: Person, bounds: list[int]) -> bool:
    """Whether `person`, one word of a stage name introduced with their own news, is that stage name itself or the
    name greeted after it ("¡Recuperate pronto, <Word>!" after "El reguetonero 'El <Word> de la 49' conto en su
    Instagram ..."), and the greeting's sentence and the next tell no care of ours."""
    if len(person.words) != 1:
        return False
    said = [(start, end) for start, end, words in _stage_names(text) if start <= person.start and person.words[0] in words]
    if not said or not own_news(text, bounds, said[-1][0]):
        return False
    if _last_our_care(text, bounds) > said[-1][0]:
        return False  # "... Get well soon, <Word>! Lots of love from the team. Our cardiac rehab nurses will see you Monday"
    if person.end <= said[-1][1]:
        return True  # the stage name itself, in its quotes
    lo, hi = sentence_of(bounds, person.start)
    after = sentence_of(bounds, hi)[1] if hi < len(text) else hi
    if _WE.search(text, person.end, after) and (care_in(text, person.end, after) or _DEVICES.search(text, person.end, after)):
        return False  # "... Te esperamos el lunes para quitarte el yeso", "Ya te pusimos la bota": we and care after the greeting
    return not (cared_by_us(text, lo, after) or ours_near(text, lo, after) or own_care(text, person.end, after, second_person=True))


_LAST: dict[str, int] = {}  # the one text read last and its answer: keyed by the text alone, no tuple of bounds hashed per name


def _last_our_care(text: str, bounds: list[int]) -> int:
    """Where the last sentence telling "we" and care (a word of care or what we hand a patient) starts, -1 if none: once
    per text, so care of ours anywhere after a stage name is seen without reading the rest of the text per name."""
    if text in _LAST:
        return _LAST[text]
    _LAST.clear()
    _LAST[text] = last = _read_last_our_care(text, bounds)
    return last


def _read_last_our_care(text: str, bounds: list[int]) -> int:
    last = -1
    for start, stop in zip(bounds, bounds[1:]):
        if _WE.search(text, start, stop) and (care_in(text, start, stop) or _DEVICES.search(text, start, stop)):
            last = start
    return last


# A public role just before a given name, up to three lowercase words between (a weight class, a demonym): "El campeon
# de peso ligero <Given>", "the heavyweight champ <Given>", "la luchadora tapatia <Given>"; then the nickname and surname.
_ROLE_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['public_roles'])})(?:[ \t]+[a-z][\w-]*){{0,3}}[ \t]*,?[ \t]*$")
_GIVEN_BEFORE = lazyre.compile(rf"(?:^|[ \t]+)[A-Z][\w'’-]*[ \t]+[{_OPEN}][^{_OPEN}{_CLOSE}\n]{{1,40}}[{_CLOSE}][ \t]+$")


def role_before_nickname(text: str, person: Person) -> bool:
    """Whether a public role stands right before the name whose nickname in quotes ends at `person` ('El campeon de peso
    ligero <Given> "El <Word>" <Surname>'), or right before the stage name `person` is in ("La luchadora 'La Dama de <Word>'"):
    the role names them, as it does a plain name after it (public.py); their care is weighed there as for any figure."""
    said = _stage_names(text)
    i = bisect_right(said, (person.start, len(text) + 1)) - 1  # the last stage name opening at or before the person
    if i >= 0 and person.end <= said[i][1]:
        return True
    if _INSIDE.search(text, person.start, person.end) is not None:
        at = person.start  # the name found holds its nickname: '<Given> "<Word>" <Surname>'
    else:
        given = _GIVEN_BEFORE.search(text, max(0, person.start - _REACH), person.start)
        if given is None:
            return False
        at = given.start() + len(given.group(0)) - len(given.group(0).lstrip())
    return _ROLE_BEFORE.search(text, max(0, at - 60), at) is not None


# A stage name's first word that is also a child's or a nickname's word ("Lil", "Baby", "Big", "Young"), capitalised right
# after a public role or a DJ's or MC's title, a word or two between ("Atlanta rapper Lil <Word>", "el cantante Baby <Word>",
# "DJ Big <Word>"): the role names a stage name, not "little <Name>" (round 49).
# ... and a church's title of respect a gospel singer goes by ("gospel recording artist Sister <Name>", "Brother <Name>")
_PREFIXES = frozenset(w.lower() for w in (*NAMES["nicknames"], "Baby", "Young", "Yung", "Lil", "Little", "Big", "Sister", "Brother"))
_PREFIX = lazyre.compile(r"[A-Z][\w'’]*")
_NAME_AFTER = lazyre.compile(r"[ \t]+[A-Z][\w'’-]*")
_AGAIN_REACH = 600  # characters read back for the stage name said first with its role: a bounded look
_ROLE_RIGHT_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{alternation((*NAMES['public_roles'], 'dj', 'mc', 'emcee'))})(?:[ \t]+[a-z][\w-]*){{0,2}}?[ \t]*,?[ \t]+$")


def stage_prefix(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` opens a stage name after a public role ("rapper Lil <Word>", "singer Baby
    <Word>"): a stage name's word, not a child's ("little <Name>") nor a nickname the town gives a patient ("Big <Name>")."""
    word = _PREFIX.match(text, start)
    if word is None or word.group(0).lower().rstrip("'’") not in _PREFIXES and word.group(0).lower() not in _PREFIXES:
        return False
    if _ROLE_RIGHT_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    named = _NAME_AFTER.match(text, word.end())  # said again without the role: "... artist Sister <Name> ... Sister <Name> sang"
    if named is None:
        return False
    earlier = text.find(text[start : named.end()], max(0, start - _AGAIN_REACH), start)
    return earlier >= 0 and _ROLE_RIGHT_BEFORE.search(text, max(0, earlier - 60), earlier) is not None


def stage_name(text: str, person: Person, bounds: list[int]) -> bool:
    """A public figure by the name in quotes they go by: inside the name with news made public or a public role before it,
    the stage name itself after its role, or a stage name greeted."""
    if role_before_nickname(text, person):
        return True
    if nickname_inside(text, person):
        return own_news(text, bounds, person.start)
    return greets_stage_name(text, person, bounds)
