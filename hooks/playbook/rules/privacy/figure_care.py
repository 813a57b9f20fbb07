"""Care we gave a public figure: however the figure is introduced, and whatever they told the press, it is a record.

A public figure may be named with news they made public (public.py, own_news.py), but care placed with us in the
clause after their name ("had his knee scoped here", "had her gallbladder removed at our clinic", "se operó la rodilla
con nuestro Dr. <Name>", "got his hernia repaired by our surgeons") is ours to keep: their telling reporters about it
after does not excuse our telling it. A role word may also introduce a name no list knows, a stage name written
without quotes ("rapper K-Dub", "el cantante local El Flaco", "DJ Spinz"): with care of ours after it, that name is
one person's too. Their own care told elsewhere ("told reporters about her own knee surgery at the county hospital")
names no care of ours and still passes. One bounded pass per role word: linear.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation, sentence_bounds, sentence_of
from .care import care_in, own_care
from .known import Known, Person
from .own_news import blank_told
from .vocabulary import NAMES
from .work_titles import without_titles

# Care placed with us: "here", "with us", "at our clinic", "by our surgeons", "con nuestro Dr. <Name>", "Dr. <Name>".
_OURS = lazyre.compile(
    r"(?<![\w-])(?i:here|aqui|aca)(?![\w-])"
    r"|(?<![\w-])(?i:with|at|in|con|en|por|de)[ \t]+(?i:us|nosotros|our|nuestr[oa]s?)(?![\w-])"
    # "by our surgeons", not a visit: "stopped by our booth", "came by our open house"
    r"|(?<!(?i:stopped)[ \t])(?<!(?i:stop)[ \t])(?<!(?i:stops)[ \t])(?<!(?i:came)[ \t])(?<!(?i:come)[ \t])(?<!(?i:dropped)[ \t])(?<!(?i:swung)[ \t])(?<!(?i:popped)[ \t])"
    r"(?<![\w-])(?i:by)[ \t]+(?i:us|our)(?![\w-])"
    # a doctor doing it, not an official's own title ("the health officer, Dr. <Name>, got her shot")
    r"|(?<![\w-])(?i:with|by|con|por|our|nuestr[oa])[ \t]+(?:(?i:the|la|el)[ \t]+)?(?:Dr|Dra|Doctor|Doctora)\.?[ \t]+[A-Z]"
    # ... or a doctor doing it as the subject ("after Dr. <Name> repaired her shoulder", "la Dra. <Name> le operó la rodilla")
    r"|(?P<did>(?<![\w-])(?:Dr|Dra|Doctor|Doctora)\.?[ \t]+[A-Z][\w'’-]+[ \t]+(?:(?i:le|lo|la)[ \t]+)?"
    r"(?i:repaired|fixed|scoped|replaced|rebuilt|reconstructed|set|operated|removed|stitched|treated|oper[oó]|repar[oó]|trat[oó]|reconstruy[oó]|cos[ií]o|quit[oó])(?![\w-]))"
)
# A Spanish reflexive of care: "se operó la rodilla", "se hizo su colonoscopia", "se sometió a una cirugía" (the verb a word
# of care, or one of doing with care after it).
_SELF = lazyre.compile(r"(?<![\w-])(?i:se)[ \t]+([\w-]+)")
_DOING = frozenset(("hizo", "realizo", "sometio", "puso", "aplico", "opero", "vacuno", "fracturo", "rompio", "lesiono", "quebro", "trato", "atendio"))
# Care had done, in English: "had a mole removed", "got two teeth pulled", "underwent a knee scoped" (a word of care, then
# what was done to it, or a doing that is care whatever the part; not "had lunch at our diabetes walk": nothing done).
_HAD_DONE = lazyre.compile(r"(?<![\w-])(?i:had|got|gets|has|underwent)[ \t]+((?:[\w'’-]+[ \t]+){1,3}?)((?i:[a-z]+ed|out|done|set|taken))(?![\w-])")
# What was done is itself care, whatever the part: "had his thumb pinned", "got her wrist set", "had his ankle casted"
_CARE_DONE = frozenset(
    "pinned set cast casted scoped repaired fixed removed replaced stitched sutured drained pulled splinted braced x-rayed examined "
    "screened treated operated reconstructed realigned bandaged lanced biopsied injected vaccinated straightened extracted "
    "filled capped crowned fused rebuilt reattached amputated transplanted implanted".split()
)
_TOPIC = lazyre.compile(r"(?<![\w-])(?i:about|sobre|acerca[ \t]+de)[ \t]+[^,;:.!?()\n]{1,120}")  # what is talked about
_CLAUSE = 160
_CLAUSE_END = lazyre.compile(r"[,;:()]")  # characters after the name read for the care and its place


# A room or a wing said new (public.NEW_ROOM reads them too), and what it is for, after it: "de cirugía de cataratas", "for
# cataract surgery" (not "for her recovery": someone's)
NEW = r"(?:brand[ -])?new|renovated|expanded|remodell?ed|nuev[oa]|renovad[oa]|ampliad[oa]"
ROOM_OF = r"(?:[ \t]+(?i:de|del|para|for)[ \t]+(?!(?i:his|her|their|su|sus|him|ella|[eé]l)(?![\w-]))(?:(?i:la|el|los|las|the)[ \t]+)?[\w'’-]+(?:[ \t]+(?!(?i:de|del|para|for)(?![\w-]))[a-z][\w'’-]*)?)"


# "our" before a place or an event of ours: at an event ("read to kids at our fair", "en nuestra feria") or as its guest
# ("la invitada especial en nuestro consultorio de alergias") the figure was our guest, no one's care was placed; a place's own words ("our renovated asthma wing") name the place, not her care.
# A guest's place is an event whatever it is called: "the guest of honor at our asthma clinic", "el invitado en nuestra clinica de asma".
_OUR_PLACE = lazyre.compile(
    r"(?<![\w-])(?P<guest>(?i:guests?|invitad[oa]s?)(?:[ \t]+(?i:of[ \t]+honou?r|de[ \t]+honor|especial(?:es)?))?[ \t]+)?"
    r"(?P<at>(?i:at|in|to|en|a)[ \t]+)?(?i:our|nuestr[oa]s?)[ \t]+(?P<words>(?:[\w'’-]+[ \t]+){0,3}?)"
    r"(?P<noun>(?i:(?P<event>fair|feria|booth|walk|run|5k|party|festival|gala|event|open[ \t]+house|drive|kermes|kermés|caminata"
    r"|fiesta|celebration|celebración|carrera|luncheon|brunch|breakfast|ceremony|story[ \t]+hour|read-along|tent|table|stand|puesto|carpa"
    r"|rally|vigil|vigilia|march|marcha|concert|concierto|cookout|picnic|panel|forum|foro|expo|town[ \t]+hall|kick-?off)"  # round 98; 107: "our Diabetes Camp Kickoff"
    r"|wing|center|centre|clinic|room|lab|gym|office|unit|building|lobby|sala|clinica|clínica|centro|consultorio|edificio))(?![\w-])"
    rf"(?P<of>{ROOM_OF})?"  # what a new room is for, after it: "nuestra nueva sala de rayos X" (round 143)
)
_NEW = lazyre.compile(rf"(?<![\w-])(?i:{NEW})(?![\w-])")
# A place toured by a visitor: "toured the new hyperbaric unit with Dr. <Name>", "recorrió la sala de urgencias" (round 158)
_TOURED = lazyre.compile(
    r"(?<![\w-])(?i:toured|tours|touring|recorri[oó]|recorrieron|walked[ \t]+through)[ \t]+(?i:the|our|la|el|nuestr[oa]s?)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?"
    rf"(?i:wing|center|centre|clinic|room|lab|gym|office|unit|suite|floor|building|sala|cl[ií]nica|centro|consultorio|edificio|unidad|piso)(?![\w-]){ROOM_OF}?"
)


@functools.lru_cache(maxsize=8)
def without_tours(text: str) -> str:
    """text with every place a visitor toured blanked, same length ("She toured the new hyperbaric unit with Dr. <Name>":
    a visit, no one's care; ties.told_next reads an office's next sentence with them left out). Once per text: linear."""
    return _TOURED.sub(lambda m: " " * len(m.group(0)), text)


def _our_places_blanked(text: str, start: int, end: int) -> str:
    """text with, in text[start:end], our events and the places a visitor toured blanked whole and our places' own words blanked (see _OUR_PLACE)."""

    def blank(match) -> str:
        if match.group("event") or match.group("guest") and match.group("at") or _NEW.search(match.group("words")):
            return " " * len(match.group(0))  # an event of ours, or a new room and what it is for: no one's care
        words = match.start("words") - match.start()
        return match.group(0)[:words] + " " * len(match.group("words")) + match.group("noun") + (match.group("of") or "")

    text = without_tours(text)  # a visitor's tour: no one's care
    return text[:start] + _OUR_PLACE.sub(blank, text[start:end]) + text[end:]


def our_care_after(text: str, start: int, end: int) -> bool:
    """Whether a clause of text[start:end] (the rest of a figure's sentence) tells their own care and places it with us;
    what a telling of theirs is about ("talked about his old rib fracture") is no care of ours (own_news.blank_told), nor
    is care told in one clause and our event in another ("quien anunció su desprendimiento de retina, firmará en nuestra feria")."""
    end = min(end, start + _CLAUSE)
    text = _our_places_blanked(text, start, end)
    if _OURS.search(text, start, end) is None:
        return False
    text = blank_told(text, start, end)
    text = text[:start] + without_titles(text[start:end], events=True) + text[end:]  # 'walked our "Steps Against <Condition>" walk with us': the event's name (round 156)
    # "chatted about his own gout"; a topic that places the care with us is kept ("about coming back from it with our team"; round 157)
    text = text[:start] + _TOPIC.sub(lambda m: m.group(0) if _OURS.search(m.group(0)) else " " * len(m.group(0)), text[start:end]) + text[end:]
    for lo, hi in _clauses(text, start, end):
        if _OURS.search(text, lo, hi) is not None and _cared(text, lo, hi):
            return True
    return False


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of text[start:end] between commas, semicolons, colons and brackets."""
    cuts = [start, *(m.end() for m in _CLAUSE_END.finditer(text, start, end)), end]
    return list(zip(cuts, cuts[1:]))


def _cared(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] tells someone's own care: a Spanish reflexive, care had done, or care.own_care."""
    for verb in _SELF.finditer(text, lo, hi):
        if verb.group(1).lower() in _DOING and care_in(text, verb.start(), min(hi, verb.end() + 40)):
            return True
    if any(care_in(done.group(1)) or done.group(2).lower() in _CARE_DONE for done in _HAD_DONE.finditer(text, lo, hi)) or own_care(text, lo, hi):
        return True
    # "la Dra. <Name> le operó el hombro": the part our doctor worked on, after the act
    return any(ours.group("did") and care_in(text, ours.end(), min(hi, ours.end() + 40)) for ours in _OURS.finditer(text, lo, hi))


# A role word, up to two lowercase words (a place, "local"), then a capitalised name no list need know, up to three
# words, maybe in commas: "rapper K-Dub", "DJ Spinz", "el cantante local El Flaco", "our DJ, Spinz, got".
# A joining word between is no word of the role: "la síndica de <Town>" names a town.
_NO_JOIN = r"(?!(?i:de|del|of|for|from|at|in|en|on|the|la|el|los|las|y|and|with|con)(?![\w-]))"
_ROLE_NAME = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation((*NAMES['public_roles'], 'dj', 'mc', 'emcee'))})(?:[ \t]+{_NO_JOIN}[a-z][\w-]*){{0,2}}?[ \t]*,?[ \t]+"
    r"(?P<name>[A-Z0-9][\w'’.$!-]*(?:[ \t]+[A-Z][\w'’$!-]*){0,2})"
    # then the verb of their care, no place or office after the name ("director de Salud Pública del condado")
    r"(?=,?[ \t]+(?!(?i:de|del|of|for|from|y|and|en|in|at|on)(?![\w-]))[a-z])"
)


def role_named(text: str, known: Known) -> Iterator[Person]:
    """A name after a role word with care of ours after it in its sentence: one person, whatever the name's words."""
    bounds = None
    for match in _ROLE_NAME.finditer(text):
        name = match.group("name").rstrip(".")
        words = tuple(name.split())
        if known.is_team(words):
            continue
        bounds = bounds or sentence_bounds(text)
        if our_care_after(text, match.end("name"), sentence_of(bounds, match.start("name"))[1]):
            yield Person(match.start("name"), match.start("name") + len(name), words, "a name after a role, with care of ours", excusable=False, public=False)
