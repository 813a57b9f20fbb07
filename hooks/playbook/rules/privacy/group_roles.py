"""One person singled out by a role or a position in a named group or place, with care told in the post (PHI011).

names.py and local_roles.py weigh a role at a place against the care in its own sentence. A social post is short,
and its writer often puts who and what in different sentences, or names the person last: "... with a ruptured
Achilles ... Number 7 on the Ballers, I see you", "the doorman of the inn across from Oak Park walks in ... ten
stitches later he went back to work", "la maestra de kinder de la Escuela Lomas ... Fue un honor acompanarlos en
el parto". Read here, whatever the sentence: a role, a place in a band or a class ("snare", "first-chair trumpet",
"7th grader") or a player's number, a link word and a named group or place (a capitalised name, a numbered street or
station, "the <Team>"), or the name before the noun ("a Westbrook High drumline snare", its possessive with or without
an article: "Westside Little League's shortstop", "the Eagles' starting goalie"); a job may be said by one's post at
work ("la muchacha de la caja de <Shop>", "the guy behind the deli counter at <Market>"). It counts when a sentence
near it tells of one person's care (theirs, ours of them or of a relative, "whose husband we treated", or a word of
care with "he", "he's", "she", "this man").
"Our" is left out (a staff spotlight names one of us), and so is news ("the club said") with no care of ours (not when
the post nods at the one described, "#22, you know who you are": news never does), a
building named by a role word ("the dialysis center on Elm Street", venues.py), and one who hosts or opens an event
of ours with no care of their own told near it ("the head coach at <School> is hosting free sports physicals with our
team", openings.py), and a care role someone went to see ("her coach convinced her to see a counselor in <City>"). A voice or a face of a named station or channel with care beside it ("the voice of the traffic report
on <Station> was in our chair") is read by media_voices.py.
Every pattern is bounded and the sentences are judged once each: linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation, phrase_pattern, sentence_bounds
from ...wordlists import wordlist
from . import care, media_voices, openings, ties, venues, vocabulary
from .everyday_senses import TREATED_TO

_DESC = wordlist("privacy-described")
_STAFF = frozenset(_DESC["staff_roles"])  # a practice's own clinical staff: one of us, not a neighbour
_PARTS = alternation((*_DESC["team_positions"], *_DESC["section_parts"]))
_ROLE = alternation(r for r in (*vocabulary.NAMES["occupations"], *_DESC["roles"], *_DESC["team_positions"], *_DESC["section_parts"]) if r.lower() not in _STAFF)
# A role word that opens a place's or a body's name: "the <County> Senior Center", "Senior Citizens", "Junior League"
_NAMES_A_PLACE = lazyre.compile(rf"[ \t]+(?i:{alternation(_DESC['role_place_heads'])})(?![\w'’-])")
_GRADE = (
    r"(?:\d{1,2}(?i:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth))[ \t-](?i:grader)"
    r"|(?i:freshman|sophomore|junior|senior)"
    # "una alumna de quinto grado", "un estudiante de 7º": a pupil by grade, in Spanish
    r"|(?i:alumn[oa]|estudiante|nin[oa]|niñ[oa])[ \t]+de[ \t]+(?:\d{1,2}[º°]?|(?i:primer|primero|segundo|tercer|tercero|cuarto|quinto|sexto|s[eé]ptimo|octavo|noveno))"
    r"(?:[ \t]+(?i:grado|año|ano))?"
)
# A job said by one's post at work: "la muchacha de la caja", "the guy behind the deli counter", "el senor del mostrador"
_POST = (
    rf"(?i:{alternation(_DESC['people'])})[ \t]+(?i:at|behind|on|from|of|de|del|en|detras[ \t]+del?)[ \t]+(?:(?i:the|la|el|los|las)[ \t]+)?"
    rf"(?i:{alternation(_DESC['work_posts'])})"
)
_POSS = r"(?:['’]s|(?<=s)['’])"  # "the Comets's", "the Eagles'"
_NOT_PLACE = alternation((*vocabulary.CALENDAR, *vocabulary.LANGUAGES, "I"))
# A name: "Lindell Park", "Mt. Zion AME", "St Jude"; not "March", "Spanish", "I"
_CAP = r"[A-Z][A-Za-z'’]*[A-Za-z]"
_CAP_NAME = rf"(?!(?i:{_NOT_PLACE})(?![\w'’-]))(?:[A-Z][a-z]{{1,2}}\.(?=[ \t]+[A-Z])|{_CAP})(?:[ \t]+{_CAP}){{0,3}}"
_PLACE = (
    rf"(?:(?i:{alternation(_DESC['place_nouns'])})[ \t]+(?:{_CAP_NAME}|\d{{1,4}}(?!\d|[:.,/]\d))"  # "calle Fresno", "Station 4"
    rf"|\d{{1,3}}(?i:st|nd|rd|th)[ \t]+(?i:street|st|avenue|ave|calle)(?![\w-])"  # "8th Street"
    rf"|{_CAP_NAME})"
)
_LINK = (
    r"(?i:at|from|of|on|for|with|in|de|del|en|con|across[ \t]+from|across[ \t]+the[ \t]+street[ \t]+from|next[ \t]+to|behind|near"
    r"|outside|frente[ \t]+al?|enfrente[ \t]+del?|cerca[ \t]+del?|junto[ \t]+al?|al[ \t]+lado[ \t]+del?)"
)
_ART = r"(?:(?i:the|a|la|el|los|las|un|una)[ \t]+)"
_DET = r"(?<![\w-])(?i:a|an|the|this|that|un|una|el|la|al|del|este|esta|ese|esa)[ \t]+"  # not "our": one of us
_LOWER = r"(?:(?!(?i:who|que|and|y|but|pero)[ \t])[a-z][\w'’-]*[ \t]+)"  # "retired ", "de salsa del estudio ": lower-case words
_DESCRIBED = lazyre.compile(
    # a role, then a link and a place: "the doorman of the inn across from Elm Park", "bombero de la Estacion 4",
    # "la maestra de salsa del estudio de la calle Fresno", "a 7th grader at Lomas Middle"
    rf"(?:{_DET}{_LOWER}{{0,3}}?|(?<=,)[ \t]*)(?:(?i:{_ROLE})|{_GRADE}|{_POST})(?![\w'’-])(?:[ \t]+{_LOWER}{{0,4}}?|[ \t]+){_LINK}[ \t]+{_ART}?{_PLACE}"
    # the group's name first: "the Edinburg North 7th grader", "a Lowndes High drumline snare", or its possessive
    # with or without an article: "Westside Little League's shortstop", "the Mesa Verde High drumline's bass drummer"
    rf"|(?:(?<![\w-])(?i:a|an|the|this|that)[ \t]+{_CAP_NAME}{_POSS}?|(?<![\w'’.-]){_CAP_NAME}{_POSS})[ \t]+{_LOWER}{{0,2}}?(?:(?i:{_PARTS})|{_GRADE})(?![\w'’-])"
    # a player by number: "Number 7 on the Boricua Ballers", "#12 for the Hawks", "el numero 10 de los Halcones"
    # a title worn at a named school's or town's event: "at Sharyland High's homecoming you've seen her crown"
    rf"|(?<![\w-]){_CAP_NAME}(?:['’]s)?[ \t]+(?i:homecoming|prom|pageant|rodeo|reinado|carnaval)(?![\w-])[^.!?\n]{{0,60}}?"
    rf"(?<![\w-])(?i:crown|crowned|tiara|sash|corona|coronada|coronado)(?![\w-])"
    rf"|(?<![\w#-])(?:(?i:number|numero|num\.?|no\.)[ \t]*|#)\d{{1,3}}(?!\d)[ \t]+(?i:on|for|of|with|de|del|con)[ \t]+{_ART}?{_CAP_NAME}"
)
# One person in a sentence: "he", "she", "this man", an enclitic of ours on them ("acompanarlos", "atenderla").
_ONE = lazyre.compile(
    r"(?<![\w'’-])(?:(?i:he|she|his|him|her|ella)|(?i:this|that)[ \t]+(?i:man|woman|guy|lady|gal|kid|boy|girl|gentleman|young[ \t]+man|young[ \t]+lady|champ))(?:['’](?i:s|d|ll))?(?![\w'’-])"
    r"|(?<![\w-])[a-z]{3,}(?:ar|er|ir)(?:l[oa]s?)(?![\w-])"
)
# Being one of ours: "one of our teen clients", "una de nuestras pacientes".
_OURS = lazyre.compile(r"(?<![\w-])(?i:one[ \t]+of[ \t]+our|un[oa][ \t]+de[ \t]+nuestr[oa]s)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?i:patients|clients|pacientes)(?![\w-])")
_WE = lazyre.compile(r"(?<![\w-])(?i:we|us|our|nosotros|nuestr[oa]s?)(?![\w-])")  # "one of our house-call ladies, the ..."
_NOT_OWN = phrase_pattern((*_DESC["topics"], *_DESC["events"], *_DESC["not_own_care"]))
_NEAR = 2  # sentences either side of the description
# The one described is the object of our care: "taking the pulse of a 6th grader at <School>",
# "vaccinating a sophomore at <High>", "la presión de una alumna de 5º de la Escuela <X>" (a care word just before).
_ART_ONE = r"(?:(?i:a|an|the|this|that|un|una|el|la|este|esta)[ \t]+)?"
_OBJECT_OF = lazyre.compile(rf"(?<![\w-])(?i:of|for|on|to|de|del|para|a)[ \t]+{_ART_ONE}$")
_CARE_VERB = lazyre.compile(rf"(?<![\w-])(?i:checking|checked|examin\w*|vaccinat\w*|treat\w*|screen\w*|vacun\w*|revis\w*|atend\w*)[ \t]+(?:(?i:a)[ \t]+)?{_ART_ONE}$")
_WHO = lazyre.compile(rf"(?:(?i:{_ROLE})|{_GRADE}|{_POST})(?![\w'’-])")
_OBJECT_REACH = 60  # characters before the description where the care word stands
# One whose care role someone went to see gives the care (round 146): "convinced her to see a counselor in <City>", "la
# mandaron con una psicóloga de <Town>"; not when we saw them ("we saw a nurse from <School>": ours, the care theirs).
_SOUGHT = lazyre.compile(
    r"(?<![\w-])(?i:see|saw|seeing|go[ \t]+to|went[ \t]+to|going[ \t]+to|referred(?:[ \t]+\w+)?[ \t]+to|sent(?:[ \t]+\w+)?[ \t]+to|talk(?:ed)?[ \t]+to"
    r"|ver[ \t]+a|fue[ \t]+(?:a[ \t]+ver[ \t]+a|con)|ir[ \t]+con|acudi[oó]?[ \t]+a|acudir[ \t]+a|mand(?:aron|[oó])[ \t]+con)[ \t]+(?i:a|an|the|un|una|el|la)[ \t]+$"
)
_WE_SAW = lazyre.compile(r"(?<![\w-])(?i:we|i|our[ \t]+\w+|nosotros|dr|dra)\.?[ \t]+(?:\w+[ \t]+)?$")


def _sought(body: str, match: re.Match) -> bool:
    """Whether the one described is a care role someone went to see: the care's giver, not its receiver."""
    who = _WHO.search(body, match.start(), match.end())
    if who is None or who.group(0).lower() not in vocabulary.CARE_ROLES:
        return False
    verb = _SOUGHT.search(body, max(0, who.start() - 40), who.start())
    return verb is not None and _WE_SAW.search(body, max(0, verb.start() - 24), verb.start()) is None


def _cares(body: str, bounds: list[int]) -> list[bool]:
    """Per sentence (bounds[i]..bounds[i+1]): whether it tells of one person's care."""
    flags = []
    for start, end in zip(bounds, bounds[1:]):
        cared = care.cared_for(body, start, end) or care.own_care(body, start, end) or _OURS.search(body, start, end) is not None
        told = care.care_in(body, start, end) and _ONE.search(body, start, end) is not None and not _NOT_OWN.search(body, start, end)
        flags.append(cared or told)  # "she shared her tips on asthma": a topic, no care of hers
    return flags


def singled_out(body: str) -> Iterator[re.Match]:
    """Each role or position in a named group or place with one person's care in its sentence or two either side."""
    flags = None
    for match in _DESCRIBED.finditer(body):
        if flags is None:
            bounds = sentence_bounds(body)  # 0, each sentence's end, len(body)
            flags = _cares(body, bounds)
            ours = any(flag and _WE.search(body, s, e) for flag, s, e in zip(flags, bounds, bounds[1:]))
            # a club's news, unless the post nods at the one described ("#22, you know who you are"): news never does
            news = not ours and care.REPORTED_VERB.search(body) is not None and ties.NOD.search(body) is None
        at = bisect.bisect_right(bounds, match.start()) - 1
        if news and not _WE.search(body, bounds[at], bounds[at + 1]):
            continue  # "the Comets' shortstop is out with a torn ACL, the club said": their news, not our care
        if venues.facility(match) or _NAMES_A_PLACE.match(body, match.end()) or _sought(body, match):
            continue  # "the dialysis center on Elm Street": a building, no player (venues.py); "the <County> Senior Center"
        near = range(max(0, at - _NEAR), min(len(flags), at + _NEAR + 1))
        if flags[at] and not any(flags[i] for i in near if i != at) and openings.hosted(body, bounds, match, bounds[at], bounds[at + 1]):
            continue  # "the head coach at <School> is hosting free sports physicals with our team": the event they put on
        if any(flags[i] for i in near) or _cared_object(body, max(bounds[at], match.start() - _OBJECT_REACH), match):
            yield match
    yield from media_voices.voices(body)  # "the voice of the traffic report on <Station> ... in our chair": media_voices.py


def _cared_object(body: str, start: int, match: re.Match) -> bool:
    """Whether the one described is what a care word just before was done to ("the blood pressure of a ...",
    "vaccinating a ...")."""
    who = _WHO.search(body, match.start(), match.end())
    at = who.start() if who else match.start()
    verb = _CARE_VERB.search(body, start, at)
    if verb and TREATED_TO.match(body, verb.start()) is None:
        return True  # not "treated <them> to breakfast": hospitality
    return _OBJECT_OF.search(body, start, at) is not None and care.care_in(body, start, at)
