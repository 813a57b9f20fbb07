"""PHI010 age-over-89: an age of 90 or more, in digits or words, English and Spanish; a thing's age and a group's pass."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...findings import Severity
from ...model import Post, ResponseTemplate
from ...text import alternation, sentence_bounds, sentence_of
from ...wordlists import wordlist
from ..context import Context
from ..registry import Hit, rule
from .common import WORDS, distinct, folded, texts
from .one_person import ONE_PERSON, PERSON, PERSON_ES

IDS = wordlist("privacy-identifiers")

_AGE_NUMBER = r"(?:9\d|1[0-4]\d)"
_AGE_WORD = r"(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[- ]hundred(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)"
_AGE_ANY = rf"(?:{_AGE_NUMBER}|{_AGE_WORD})"
_NOT_AN_AGE = r"(?!\s*(?:degrees?|°|%|percent|minutes?|mins?|seconds?|secs?|miles?|mi\b|km|kilometers?|meters?|pounds?|lbs?|kg|feet|ft|inches|yards|days|hours|times|reps|steps|ago|years\s+ago))"
_THINGS = alternation(WORDS["age_things"])
# Always an age of a person.
_AGE_ALWAYS = lazyre.compile(
    rf"(?<![\w-])(?:aged|age:?)[ \t]+{_AGE_ANY}(?![\w,.]\d|\w){_NOT_AN_AGE}"
    rf"|(?<![\w-])(?:super)?centenarian(?![\w])|(?<![\w-])nonagenarian(?![\w])"
    rf"|(?<![\w-])our[ \t]+(?:\w+[ \t]+)?(?:super)?(?:centenarians|nonagenarians)(?![\w])"
    rf"|(?<![\w-])in[ \t]+(?:her|his|my)[ \t]+(?:(?:early|mid|late)[- ]?)?(?:90s|90’s|90's|nineties)(?![\w])"
    rf"|(?<![\w.,-]){_AGE_ANY}[- ]years?[- ]old(?![\w-])(?!\s+(?:{_THINGS})s?(?![\w-]))"
    rf"|(?<![\w.,-]){_AGE_ANY}-year-old(?=-|\s+(?:[a-z-]+\s+)?(?:{PERSON})s?(?![\w-]))"
    # turns of phrase: "all 96 of her years", "in his 95 years" (not "her 94 years of service")
    rf"|(?<![\w-])all[ \t]+{_AGE_ANY}[ \t]+of[ \t]+(?:her|his|my|their|your)[ \t]+years(?![\w-])"
    rf"|(?<![\w-])(?:her|his)[ \t]+{_AGE_ANY}[ \t]+years(?![\w-])(?![ \t]+(?:of|at|in|on|with|as|serving|teaching|working|here)(?![\w-]))",
    re.IGNORECASE,
)
# An age unless a thing comes first in the sentence ("the library turns 100", "its 100th birthday").
_AGE_UNLESS_THING = lazyre.compile(
    rf"(?<![\w.,-]){_AGE_ANY}[ \t]+years?[ \t]+(?:old|young)(?![\w-])"
    rf"|(?<![\w-])(?:turned|turning|turns|turn)[ \t]+{_AGE_ANY}(?![\w,.]\d|\w){_NOT_AN_AGE}"
    rf"|(?<![\w-])celebrat(?:ed|es|ing)\s+(?:her|his)\s+{_AGE_NUMBER}(?:st|nd|rd|th)(?=\s*[,!.]|\s+(?:with|today|on|at|in|this|last)(?![\w-]))"
    # "a young 91", "a spry 92,": a word of vigour before a bare age (rules/data: age_vigour)
    rf"|(?<![\w-])an?[ \t]+(?:{alternation(IDS['age_vigour'])})[ \t]+{_AGE_ANY}(?=[ \t]*(?:[,.;:!?)]|$|and\b|but\b|years?\b|yet\b|who\b|still\b))"
    rf"|(?<![\w.,-])(?:{_AGE_NUMBER}(?:st|nd|rd|th)|ninetieth|ninety-\w+th|hundredth|one[- ]hundredth|(?:one|a)[- ]hundred[- ]\w+th)[ \t]+birthday",
    re.IGNORECASE,
)
# A bare number is an age only when the sentence is about a person: "Mr. Diaz, now 94 and still golfing".
_AGE_BARE = lazyre.compile(
    rf"(?<![\w-])(?:she|he|who|(?-i:[A-Z][a-z]+))(?:['’]s|\s+is|\s+was|\s+turns|\s+will\s+be)\s+(?:now\s+|almost\s+|nearly\s+|over\s+)?{_AGE_ANY}(?=\s*(?:[,.;:!?)]|and\b|but\b|$))"  # "Opal is 94 and ..." (round 147)
    rf"|(?<![\w-])now\s+{_AGE_ANY}(?=\s*(?:[,.;:!?)]|and\b|but\b|$))|(?<=,)[ \t]*{_AGE_ANY}[ \t]*(?=,)"
    rf"|(?<![\w-])at\s+{_AGE_ANY}(?=\s*,|\s+(?:you|she|he)(?:['’](?:re|s)|\s+(?:are|is|still|can|could|keep|keeps|have|has|were|was))(?![\w-]))"
    rf"|(?<=\()[ \t]*{_AGE_ANY}(?:[ \t]+(?:anos|years))?[ \t]*(?=\))"  # "At 92, she ...", "At 93 you're still ...", "Mr. Diaz (94)"
    # "Mrs. Odom is 93 today", "will be 100 on Sunday", "hit 100!", "celebrated 100 years", "Happy 100th, Mr. Ng!"
    rf"|(?<![\w-])(?:is|was|will\s+be|hit|hits|reached|reaches|celebrated|celebrates|celebrating)\s+(?:just\s+|now\s+)?{_AGE_ANY}"
    rf"(?:\s+years(?:\s+young)?)?(?=\s*!|\s+(?:today|tonight|tomorrow|yesterday|this|next|last|on|and\s+counting|years\s+young)(?![\w-]))"
    rf"|(?<![\w-])(?:happy|feliz)\s+{_AGE_NUMBER}(?:st|nd|rd|th)(?=\s*[,!.]|\s+to\s)"
    rf"|(?<![\w.,-]){_AGE_ANY}[ \t]+and[ \t]+counting(?![\w-])",  # "Grandpa Tito, 94 and counting": the number alone, a person near
    re.IGNORECASE,
)
_READER = lazyre.compile(r"(?<![\w'’-])(?i:you|you['’]re|usted|ud)(?![\w'’-])")  # the reviewer, in a reply
_THING_WORD = lazyre.compile(rf"(?<![\w-])(?:(?:{_THINGS})(?:s|['’]s)?|its|(?:{alternation(folded(IDS['age_things_es']))})s?)(?![\w-])", re.IGNORECASE)
# Spanish (folded, so "años" reads "anos"): "cumplió 94 años", "a sus 101 años", "tiene 92 años", "Don Aurelio, de 95
# años", "noventa y dos años de edad". A thing's age ("la clínica cumple 100 años") and a span of time ("hace 95 años",
# "100 años de historia") pass.
_EDAD = r"(?:9\d|1[0-4]\d|noventa(?:[ \t]+y[ \t]+(?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cien|ciento[ \t]+(?:un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez))"
_YEARS_ES = alternation(IDS["age_years_es"])  # "anos", and said playfully: "primaveras", "abriles", "inviernos"
_ANOS = rf"{_EDAD}[ \t]+(?i:{_YEARS_ES})(?![\w-])"
_AGE_ES_ALWAYS = lazyre.compile(
    rf"(?<![\w-])(?i:a[ \t]+sus|de[ \t]+sus|con[ \t]+sus)[ \t]+{_ANOS}"
    rf"|(?<![\w.,-]){_ANOS}[ \t]+(?i:de[ \t]+edad)"
    rf"|(?<![\w.,-]){_EDAD}[ \t]+(?i:anitos)(?![\w-])"
    rf"|(?<=,)[ \t]*(?i:de[ \t]+)?{_ANOS}[ \t]*(?=[,.;!?)]|$|[ \t]+(?i:y|que|quien)\b)"
    rf"|(?<![\w-])(?i:nonagenari[oa])(?![\w-])",
    re.IGNORECASE,
)
_AGE_ES_UNLESS_THING = lazyre.compile(
    rf"(?<![\w-])(?i:cumple|cumplio|cumplira|cumplir|cumpliendo|cumplio[ \t]+ya|celebra|celebro|festeja|festejo|tiene|tenia|tendra|llego[ \t]+a(?:[ \t]+los)?)[ \t]+(?:(?i:sus|los)[ \t]+)?{_ANOS}"
    # a birthday verb with a bare number ("cumplió 95 el domingo", "ya tiene 98."): needs a person in its sentence
    rf"|(?<![\w-])(?i:cumple|cumplio|cumplira|cumplir|cumpliendo|festejo|celebro|llego[ \t]+a(?:[ \t]+los)?)[ \t]+(?:(?i:hoy|ayer|ya|manana)[ \t]+)?{_EDAD}"
    rf"(?=[ \t]*(?:[.!,;]|$)|[ \t]+(?i:hoy|ayer|manana|el|este|esta|y|en[ \t]+(?:mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|enero|febrero|marzo|abril))(?![\w-]))"
    rf"|(?<![\w-])(?i:tiene|ya[ \t]+tiene)[ \t]+{_EDAD}(?=[ \t]*(?:[.!;]|$)|[ \t]+(?i:y|pero)[ \t]+(?i:todavia|aun|sigue|ya|no)(?![\w-]))"  # "tiene 94 y todavía maneja"
    rf"|(?<![\w-])(?i:cumpleanos)[ \t]+(?:(?i:numero)[ \t]+|#[ \t]*|(?i:no)\.?[ \t]*)?{_EDAD}(?![\w-])"
    rf"|(?<![\w-])(?i:feliz)[ \t]+{_EDAD}(?:[ \t]+(?i:feliz))?[ \t]+(?i:cumpleanos)(?![\w-])"  # "¡Feliz 93 cumpleaños a ...!"
    rf"|(?<![\w-])(?i:centenari[oa])(?![\w-])"
    rf"|(?<![\w-])(?i:sus|lleva|llevaba)[ \t]+{_ANOS}"  # "sus 95 primaveras", "ya lleva 93 abriles"
    rf"|(?<![\w.,-]){_ANOS}",  # a bare "95 años": an age only in a sentence about one person (below)
    re.IGNORECASE,
)
# What every age above holds (checked once per text, so most texts skip the five patterns): a number
# from 90 to 149 (_AGE_NUMBER, _EDAD) or a word of ninety or a hundred, English or Spanish.
_ANY_AGE = lazyre.compile(r"9\d|1[0-4]\d|ninet|hundred|centenari|nonagenari|noventa|cien", re.IGNORECASE)


def _thing_first(body: str, start: int, end: int) -> bool:
    """Whether the age in body[start:end]'s sentence belongs to a thing: a thing word comes before it, and no
    person after that thing ("the library turns 100", but "our clinic's Mrs. Odom, who turned 97") nor that
    thing only where a person belongs ("our newest patient of the club, who turns 102")."""
    things = list(_THING_WORD.finditer(body, start, end))
    if not things or _ONE_OF.search(body, start, end):
        return False  # "one of our dialysis unit patients turned 102": one of a group of people, whatever words name the group
    last = things[-1]
    if _OWNED_BY.search(body, max(start, last.start() - 40), last.start()):
        # "nuestra paciente más nueva del club, que cumple 102 años": a thing after "of"/"del" that follows a person
        # is where the person belongs, not the subject
        before = next((t.end() for t in reversed(things[:-1]) if not _OWNED_BY.search(body, max(start, t.start() - 40), t.start())), start)
        if ONE_PERSON.search(body, before, last.start()) or PERSON_ES.search(body, before, last.start()):
            return False
    return not (ONE_PERSON.search(body, last.end(), end) or PERSON_ES.search(body, last.end(), end))


# One person of a group: "one of our patients", "one of the clinic's members", "una de nuestras pacientes", "uno de los abuelos"
_GROUP_OF_PEOPLE = alternation(
    (*(f"{w}s" for w in WORDS["person_nouns"]), "members", "folks", "pacientes", "abuelitas", "abuelitos", "abuelas", "abuelos", "miembros", "vecinos", "vecinas", "socios", "socias")
)
_ONE_OF = lazyre.compile(
    r"(?<![\w-])(?i:one[ \t]+of[ \t]+(?:our|the|my|these|those|its)|un[oa][ \t]+de[ \t]+(?:nuestr[oa]s|l[oa]s|mis|sus|est[oa]s))"
    rf"(?:[ \t]+[\w'’-]+){{0,3}}?[ \t]+(?i:{_GROUP_OF_PEOPLE})(?![\w-])"
)
# "of the", "of two <Town>": up to two words between ("the aunt of two <Town> Mills players, 95 years young")
_OWNED_BY = lazyre.compile(r"(?<![\w-])(?i:of|at|from|del|de|en|con)[ \t]+(?:[\w'’]+[ \t]+){0,2}$")


_DURATION_BEFORE = lazyre.compile(r"(?<![\w-])(?i:hace|mas[ \t]+de|desde[ \t]+hace|durante|por|en|ultimos|cada|casi|unos|(?:durante|en|por|de)[ \t]+los)[ \t]+$")
_DURATION_AFTER = lazyre.compile(rf"[ \t]*(?i:{alternation(folded(IDS['age_duration_after_es']))})(?![\w-])")
# "aged 90 and older", "de 90 años o más": a group, as HIPAA's own "90 or older" is; and a range ("aged 90-99").
_WISHED = lazyre.compile(r"(?<![\w-])(?i:felices|feliz)[ \t]+$")  # "¡Felices 93 años ...!": a birthday wished
# Whom it is wished to, described by a word that is no name ("a la más alegre del coro", "a nuestro voluntario más fiel",
# "a la consentida de los martes"): someone, where "a la Cruz Roja", "al Seguro Social", "a los Dodgers" are bodies.
_WISHED_TO = lazyre.compile(
    r"[ \t]*,?[ \t]+(?i:a|al|para)[ \t]+(?:(?i:la|el|los|las|nuestr[oa]s?|mi|mis|tu|su|esta|este)[ \t]+)?(?:(?i:mas|querid[oa]|gran)[ \t]+)?"
    r"(?!(?i:la|el|los|las|nuestr[oa]s?|mi|mis|tu|su|esta|este|mas|querid[oa]|gran)[ \t])([a-z][\w'’-]*)"
)
_LEAD_VERB = lazyre.compile(r"(?i:cumpl|celebr|festej|tien|teni|tendr|lleg|ya|sus|llev)")
_ANOS_END = lazyre.compile(rf"(?i:{_YEARS_ES})$")
_OPEN_ENDED = lazyre.compile(rf"[ \t]*(?:\+|(?i:{alternation(folded(IDS['age_open_ended']))})(?![\w-])|(?:-|–|to|a)[ \t]*\d)")


@rule("PHI010", "age-over-89", serves="privacy", severity=Severity.ERROR, scope="document")
def age_over_89(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """An age of 90 or more.

    What it flags:
        Ages from 90 up, written in digits or words, in English and Spanish:
        "a 93-year-old", "aged 97", "turned 101", "her 100th birthday",
        "ninety-two years old", "in his late 90s", "centenarian",
        "nonagenarian", "cumplió 94 años", "a sus 101 años", "tiene noventa
        y dos años", "Don Pedro, de 96 años", "su cumpleaños número 100"; and
        a bare number in a sentence about one person ("she's 96", "Mr. Diaz,
        now 94 and still golfing", "Rose Hill, 97, led the walk", "At 92,
        she ...", in a reply "At 93 you're still ..." (the reviewer), "Mr. Diaz (94)", "Don
        Aurelio 95 años" in a file name, "Mrs. Odom is 93 today", "will be
        100 on Sunday", "Happy 100th, Mr. Ng!", "cumplió 95 el domingo", "ya
        tiene 98."); and ages said playfully ("94 years young", "96 and
        counting", "all 93 of her years", "a spry 92", "con sus 93
        primaveras", "ya lleva 95 abriles"). A club or clinic the person belongs to does not make
        the age a thing's ("our newest patient of the club, who turns 102"
        stays an error). Measures that look like ages
        ("turn your foot 90 degrees"), ages under 90, spans of time ("hace 95
        años", "100 años de historia"), the age of a thing ("the
        100-year-old library", "Riverside Park turns 100", "la clínica cumple
        100 años"; the thing words are in rules/data/privacy.yml and
        privacy-identifiers.yml), and ages that count a group ("people aged
        90 and older", "de 90 años o más", "centenarians") pass.

    Why:
        So few people are over 89 that HIPAA counts their exact age as an
        identifier; only "90 or older" may be shared. In a town the size of
        most practices' catchment, "our 97-year-old patient" is one person.

    Examples:
        Triggers: `Our oldest walker, a 93-year-old grandmother, led the pack.`
        Triggers: `¡Felicidades a Doña Refugio, que hoy cumple 99 años!`
        Passes: `Bend your knee to 90 degrees and hold for five seconds.`
        Passes: `For adults aged 90 and older, a yearly hearing test is worth booking.`
    """
    reply = isinstance(item, ResponseTemplate)
    for text in texts(item, ctx.plans, links=False):
        body = text.text
        if not _ANY_AGE.search(body):
            continue
        found = [*_AGE_ALWAYS.finditer(body), *_AGE_ES_ALWAYS.finditer(body)]
        bounds = None
        for match in _AGE_ES_UNLESS_THING.finditer(body):
            lead = _LEAD_VERB.match(match.group(0))
            if (not lead and _DURATION_BEFORE.search(body, max(0, match.start() - 12), match.start())) or _DURATION_AFTER.match(body, match.end()):
                continue  # "hace 95 años", "100 años de historia": time, not an age
            bounds = bounds or sentence_bounds(body)
            start, end = sentence_of(bounds, match.start())
            if _thing_first(body, start, match.start()):
                continue  # "la clínica cumple 100 años"
            wished = "cumpleanos" in match.group(0).lower() or _WISHED.search(body, max(0, match.start() - 10), match.start())
            to = _WISHED_TO.match(body, match.end()) if wished else None
            if to and not _THING_WORD.fullmatch(to.group(1)):
                found.append(match)  # "¡Feliz cumpleaños número 95 a la más alegre del coro!", "¡Felices 93 años a ...!": a birthday is someone's
                continue
            if (not lead or not _ANOS_END.search(match.group(0))) and not (ONE_PERSON.search(body, start, end) or PERSON_ES.search(body, start, end)):
                continue  # a bare "95 años" or "centenario" needs a person in its sentence ("el centenario de la ciudad")
            found.append(match)
        found = [m for m in found if not _OPEN_ENDED.match(body, m.end())]
        for match in _AGE_BARE.finditer(body):
            bounds = bounds or sentence_bounds(body)
            start, end = sentence_of(bounds, match.start())
            if (ONE_PERSON.search(body, start, end) or (reply and _READER.search(body, start, end))) and not _thing_first(body, start, match.start()):
                found.append(match)  # in a reply "you" is one person: the reviewer
        for match in _AGE_UNLESS_THING.finditer(body):
            bounds = bounds or sentence_bounds(body)
            start, _ = sentence_of(bounds, match.start())
            if not _thing_first(body, start, match.start()):  # the subject is a thing: "the library turns 100"
                found.append(match)
        for match in distinct(found):
            yield text.hit(
                match.start(),
                f"Remove '{text.show(match)}': an age of 90 or more identifies a person",
                "Leave the age out; if it matters, say 'over 89' without pointing at anyone.",
            )
