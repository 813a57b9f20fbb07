"""A work's title in quotes, after the word for the work: it names a book or a song, not its maker's health.

Authors, singers and filmmakers are named with their work, and a work's title may carry a word of care: 'the author
<Name> read her book "Sugar in My Blood"', 'la cantante <Name> estrenó su canción "Corazón roto"', 'filmmaker <Name>
screened "The Cancer Year"'. Read as words about the person, the title would make it sound as if we spoke of their
health. After a work's word (rules/data/privacy-names.yml work_nouns) and at most two words more ("her new book"),
the quoted run of at most 80 characters is the title and is set aside (in single quotes too when a space opens them and
a capital starts the title: "su libro 'Los <Word> de <Name>'"), and so is a work performed for an audience, its title
between the verb and the audience ('read aloud "<Title>" to the kids', 'nos cantó "<Title>" a todos': rules/data
privacy-names.yml work_verbs); a quote with no work's word before it (what someone said) is read as before. A title that tells care with us, at a clinic named in it, or here ('her book "My
Mastectomy at Riverbend Orthopaedics"', '"Mi cirugia con nosotros"') is not set aside: it tells the author's care
where we would give it. A name inside such a title is the work's, a character's or a title's word ('her picture book
"Sugar Sam"', 'su nuevo libro "El Diente de Tito"'), not a person's, unless its sentence tells care we gave. The same holds for a title in
quotes of any kind (' " “ ” « » ‘ ’) after an event's word or a verb that reads, sings or shows it ("leyó su libro 'Los
dientes de <Name>'", 'la jornada "<Words>"', 'read "Brave Like <Word>" to the kids'), even when a child's word opens the
title; not for a message written on a poster, a sign or a card ('a banner reading "Go <Name>"'). One bounded scan
of the window: linear. The same lone name told again outside the title ("that's where Gus came from") is the
character (title_character; the titles' words are read once per text).
"""

from __future__ import annotations

import functools

from ... import lazyre
from ...text import alternation, sentence_bounds, sentence_of
from .care import care_in, cared_by_us
from .known import Person
from .vocabulary import DESCRIBED, NAMES

_TITLE = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation(NAMES['work_nouns'])})(?:[ \t]+[\w'’-]+){{0,2}}?[ \t]*,?[ \t]*[\"“«]([^\"”»\n]{{1,80}})[\"”»]"
    # in single quotes, after a space and opening on a capital ("su nuevo libro 'Los dientes de <Name>'"), not an apostrophe
    rf"|(?<![\w-])(?i:{alternation(NAMES['work_nouns'])})(?:[ \t]+[\w'’-]+){{0,2}}?[ \t]*,?[ \t]+['‘]([A-ZÁÉÍÓÚÑ¿¡][^'’\n]{{0,79}})['’](?![A-Za-z])"
    # a work performed for an audience: 'read "<Title>" to the kids', 'nos canto "<Title>" a todos'
    rf"|(?<![\w-])(?i:{alternation(NAMES['work_verbs'])})(?:[ \t]+(?i:aloud|us|nos))?[ \t]*[\"“«]([^\"”»\n]{{1,80}})[\"”»]"
    rf"(?=[ \t]+(?i:to|for|with|at|a|al|para|con|en)[ \t]+(?i:the|our|all|every|los|las|el|la|nuestr[oa]s?|tod[oa]s|each|everyone|kids|children|ni[nñ]os|familias|residents)(?![\w-]))"
    # what an author introduced as one wrote: 'la autora <Name>, who wrote "<Title>"', "the poet <Name>, que escribió '<Title>'"
    # (round 107; a quote after "wrote" with no author before it may be a patient's testimony, and is read as before)
    rf"|(?<![\w-])(?i:{alternation(NAMES['authors'])})(?![\w-])[^.!?\n\"“«]{{0,60}}?(?<![\w-])(?i:{alternation(NAMES['writing_verbs'])})[ \t]*[\"“«]([^\"”»\n]{{1,80}})[\"”»]"
)


_KIN = "a patient, a child or a relative named"

# A title in quotes of any kind after a work's word, an event's word or a verb that reads, sings or shows one: 'su libro
# 'Los dientes de <Name>'', 'la jornada "Mira Bien, Aprende Mejor"', 'to read "Brave Like <Word>" to the kids'
_LEADS = (*NAMES["work_nouns"], *DESCRIBED["events"], *NAMES["work_verbs"])
_ANY_TITLE = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation(_LEADS)})(?:[ \t]+\w[\w'’-]*){{0,2}}?[ \t]*,?[ \t]*"
    r"(?:[\"“«]([^\"”»\n]{1,80})[\"”»]|(?<!\w)['‘]((?:[^'’\n]|['’](?=[A-Za-z])){1,80})['’](?![A-Za-z]))"
)

# A thing that carries writing before the verb: 'a poster reading "Go <Name>!"', "un cartel que dice": its message, not a title
_WRITTEN_ON = lazyre.compile(
    r"(?i:sign|poster|banner|card|cake|shirt|balloon|note|board|letrero|cartel|pancarta|tarjeta|pastel|camiseta|globo|nota)s?"
    r"[ \t]+(?i:that[ \t]+|which[ \t]+|que[ \t]+)?$"
)

_FACILITY = r"(?i:clinic|clinica|clínica|hospital|orthopaedics|orthopedics|pediatrics|medical|health|dental|surgery|urgent[ \t]+care|practice|consultorio)"
_CAP = r"[A-ZÁÉÍÓÚÑ][\w'’-]*"
# Care where we give it: "at Riverbend Orthopaedics", "en la Clinica Loma Verde", "with us", "con nosotros", "here", "at our clinic"
_OURS = lazyre.compile(
    rf"(?<![\w-])(?i:at|in|with|en|con|de|del)[ \t]+(?:(?i:the|la|el)[ \t]+)?(?:(?:{_CAP}[ \t]+){{1,3}}{_FACILITY}|{_FACILITY}[ \t]+{_CAP})(?![\w-])"
    rf"|(?<![\w-])(?i:with[ \t]+us|con[ \t]+nosotros|here|aqu[ií])(?![\w-])"
    rf"|(?<![\w-])(?i:our|nuestr[oa]s?)[ \t]+{_FACILITY}(?![\w-])"
)


def _told_with_us(title: str) -> bool:
    """Whether a title tells care given with us or at a clinic it names ('"My Mastectomy at Riverbend Orthopaedics"')."""
    return _OURS.search(title) is not None and care_in(title)


# An event's name in double quotes after its word: 'la caminata "Paso a Paso contra la <Condition>"' (round 156). Blanked
# only where a public figure's own care is read (public.py, figure_care.py): a benefit named for a patient ('la carrera "Corre por <Name>"')
# still ties that name to the care told beside it.
_EVENT_TITLE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(DESCRIBED['events'])})[ \t]*,?[ \t]*[\"“«]([^\"”»\n]{{1,80}})[\"”»]")


def without_titles(text: str, *, events: bool = False) -> str:
    """`text` with every quoted work's title blanked, offsets kept; with `events`, every event's quoted name too."""
    pieces, last = [], 0
    for match in sorted([*_TITLE.finditer(text), *(_EVENT_TITLE.finditer(text) if events else ())], key=lambda m: m.start()):
        if match.start() < last:
            continue
        g = match.lastindex or 1
        if _told_with_us(match.group(g)):
            continue  # the author's care at a clinic, or with us: read as said
        pieces += [text[last : match.start(g)], " " * (match.end(g) - match.start(g))]
        last = match.end(g)
    return "".join(pieces) + text[last:] if pieces else text


def in_work_title(text: str, person: Person) -> bool:
    """Whether `person` lies inside a quoted title after a work's or an event's word or a verb that reads one ('her new
    book "Sugar Sam"', "leyó su libro 'Los dientes de <Name>'"), a title that tells no care with us, in a sentence that
    tells none either. A patient's or a child's word inside the title is the title's ('read "Brave Like Me"'); one
    before the quotes ('our patient "Sweet Pea"') is never excused here."""
    if not person.excusable and person.how != _KIN:
        return False  # a child's or kin's word read before a name is excused only when it lies inside the title ('"Brave Like Me"')
    for match in _ANY_TITLE.finditer(text, max(0, person.start - 120), min(len(text), person.end + 100)):
        group = 1 if match.group(1) is not None else 2
        if match.start(group) <= person.start and person.end <= match.end(group):
            if _WRITTEN_ON.search(text, max(0, match.start() - 20), match.start()):
                return False  # 'a poster reading "Go <Name>!"': a cheer written on something, read as said
            if _told_with_us(match.group(group)):
                return False
            lo, hi = sentence_of(sentence_bounds(text), match.start())
            return not cared_by_us(text, lo, hi)
    return False


@functools.lru_cache(maxsize=4)
def _title_words(text: str) -> frozenset[str]:
    """The capitalised words of the works' titles quoted in `text` (care with us excepted): read once per text. An
    event's title is left out: a benefit named for someone ('the walk "Steps for Liam"') names the patient."""
    titles = (match.group(match.lastindex or 1) for match in _TITLE.finditer(text))  # a work's, never an event's ('the walk "Team Ava"')
    return frozenset(word for title in titles if not _told_with_us(title) for word in title.split() if word[:1].isupper())


def title_character(text: str, person: Person) -> bool:
    """Whether `person`, one given name, is a word of a work's title quoted elsewhere in the text: the character told
    of again ('creator of "Gus the Gap-Toothed Gator" ... that's where Gus came from'), in a sentence of no care of ours."""
    if len(person.words) != 1 or not person.excusable or person.words[0] not in _title_words(text):
        return False
    lo, hi = sentence_of(sentence_bounds(text), person.start)
    return not cared_by_us(text, lo, hi)
