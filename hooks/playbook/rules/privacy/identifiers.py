"""PHI007-PHI010: record numbers, dates tied to a person, street addresses, ages over 89."""

from __future__ import annotations

import re
from typing import Iterator

from ...findings import Severity
from ...model import Post, ResponseTemplate
from ...normalize import fold
from ...text import alternation, phrase_pattern
from ..registry import Hit, rule
from .common import (
    CLINICAL,
    WORDS,
    Ranges,
    distinct,
    in_order,
    quote,
    sentence_bounds,
    sentence_of,
    texts,
)
from .names import ONE_PERSON, PERSON

# --- PHI007 identifier-number --------------------------------------------------------------------------

# Digits may be grouped by spaces, dots, slashes or any dash: "123 45 6789", "MRN 44.88.12", "123–45–6789".
_DASHES = "\u2010-\u2015\u2212\ufe58\ufe63\uff0d-"
_NUMBER_SEP = rf"(?:[ \t]*[./{_DASHES}][ \t]*|[ \t])"
_ID_TOKEN = rf"#?[ \t]*((?=[A-Z0-9./ \t{_DASHES}]*\d)[A-Z0-9](?:[A-Z0-9]|[./{_DASHES}](?=[A-Z0-9])|(?<=\d)[ \t](?=\d))*)(?![\w-])"
_ID_MARKER = r"(?:number|num|no\.?|nbr|ID|#)"
_ID_STRONG = re.compile(
    rf"(?<![\w-])(?i:{alternation(WORDS['identifier_labels_strong'])})(?:[ \t]*(?i:{_ID_MARKER}))?[ \t]*(?:[:#=]|(?i:is|was|of))?[ \t]*{_ID_TOKEN}"
)
_ID_WEAK = re.compile(
    rf"(?<![\w-])(?i:{alternation(WORDS['identifier_labels_weak'])})[ \t]*(?:(?i:{_ID_MARKER})[ \t]*[:#=]?|[:#=])[ \t]*{_ID_TOKEN}"
)
_SSN = re.compile(rf"(?<![\w.{_DASHES}])\d{{3}}{_NUMBER_SEP}\d{{2}}{_NUMBER_SEP}\d{{4}}(?![\w{_DASHES}]|\.\d)")


@rule("PHI007", "identifier-number", serves="privacy", severity=Severity.ERROR, scope="document")
def identifier_number(item: Post | ResponseTemplate, ctx) -> Iterator[Hit]:
    """A Social Security, record, member, policy, account or claim number.

    What it flags:
        Numbers shaped like a Social Security number ("123-45-6789", also
        grouped with spaces, dots, slashes or any dash), and numbers (with at
        least one digit, three characters or more, groups joined the same way) right
        after a label such as MRN, medical record, chart, patient ID, member
        ID, policy, group, claim, account, case, Medicare or Medicaid,
        license or serial number: "MRN 448812", "member ID: XJ4429",
        "account #55821", "SSN ending 6789". Short words like "account" or
        "policy" need a marker ("#", "number", "ID", ":") before the number,
        so "policy 2027" in a sentence does not count. The labels are in
        rules/data/privacy.yml.

    Why:
        Record, plan and account numbers are HIPAA identifiers: each points
        at exactly one person's file. They have no place in a post or a
        reply, even partly masked.

    Examples:
        Triggers: `We found MRN 448812 in the scheduling notes.`
        Triggers: `Please quote account #55821 when you call.`
        Passes: `Medicare Part B covers some bone density tests.`
    """
    for text in texts(item, ctx.plans, links=False):
        found = [*_SSN.finditer(text.text)]
        for pattern in (_ID_STRONG, _ID_WEAK):
            found.extend(m for m in pattern.finditer(text.text) if len(re.sub(r"\W", "", m.group(1))) >= 3 and re.search(r"\d", m.group(1)))
        for match in distinct(found):
            yield text.hit(
                match.start(),
                f"Remove '{text.show(match)}': Social Security, record, member, account and claim numbers identify a patient",
                "No identifier belongs in published copy, not even the last digits.",
            )


# --- PHI008 date-tied-to-person ------------------------------------------------------------------------

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DATE = re.compile(
    rf"(?<![\w/.-])(?:"
    rf"{_MONTH}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?![\d:])(?:,?[ \t]+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH}(?:,?[ \t]+\d{{4}})?"
    rf"|(?P<m>\d{{1,2}})[/\u2044\u2215](?P<d>\d{{1,2}})(?:[/\u2044\u2215]\d{{2}}(?:\d{{2}})?)?"
    rf"|(?P<m2>\d{{1,2}})[.{_DASHES}](?P<d2>\d{{1,2}})[.{_DASHES}]\d{{4}}"
    rf"|\d{{4}}[{_DASHES}]\d{{2}}[{_DASHES}]\d{{2}}"
    rf")(?![\w/]|[.-]\d)"
)
_PRONOUNS = r"(?i:her|his|my)"  # not "their": "families can move their appointments before Dec. 24" is no one in particular
_DATE_EVENTS = phrase_pattern(WORDS["date_person_events"])
_DATE_INJURY = re.compile(rf"(?<![\w-])(?i:{alternation(WORDS['date_person_injury_verbs'])})\s+{_PRONOUNS}(?![\w-])")
_NOUNS = alternation(WORDS["date_person_nouns"])
_MODIFIERS = alternation(WORDS["care_modifiers"])
_DATE_POSSESSIVE = re.compile(rf"(?<![\w-])(?:{_PRONOUNS}|(?i:patient)['’]s|[A-Z][a-z]+['’]s)\s+(?:(?i:{_MODIFIERS})[\s-]+){{0,2}}(?i:{_NOUNS})(?![\w-])")
_DATE_POSSESSIVE_REPLY = re.compile(rf"(?<![\w-])(?i:your)\s+(?:(?i:{_MODIFIERS})[\s-]+){{0,2}}(?i:{_NOUNS})(?![\w-])")
_DATE_HAD = re.compile(
    rf"(?<![\w-])(?:had|underwent)\s+(?:(?:a|an|her|his|my)\s+)?"
    rf"(?:(?:{_MODIFIERS})[\s-]+){{0,2}}(?:{alternation(WORDS['date_person_had'])})(?![\w-])",
    re.IGNORECASE,
)
_DATE_BEFORE = re.compile(rf"(?<![\w-])(?i:{alternation(WORDS['date_person_before'])})(?:\s+on)?\s*:?\s*$")
_DOB = re.compile(r"(?<![\w.])(?:DOB|D\.O\.B\.?)(?![\w])")
def _valid_date(match: re.Match) -> bool:
    for month_key, day_key in (("m", "d"), ("m2", "d2")):
        if match.group(month_key):
            month, day = int(match.group(month_key)), int(match.group(day_key))
            return 1 <= month <= 12 and 1 <= day <= 31
    return True


@rule("PHI008", "date-tied-to-person", serves="privacy", severity=Severity.ERROR, scope="document")
def date_tied_to_person(item: Post | ResponseTemplate, ctx) -> Iterator[Hit]:
    """A specific date tied to a person's care, birth or death.

    What it flags:
        A date ("March 3", "Feb. 14th", "2/14", "01/05/2027", "2027-01-05",
        "3 March") in the same sentence as words that make it about one
        person: "was seen", "was admitted", "born", "diagnosed", "passed
        away", "underwent", "gave birth"; an injury verb with a pronoun ("tore
        his"); care someone had ("had hip surgery", "had an MRI"); a
        care word after her, his, my or a name ("her surgery", "Maria's
        appointment", and in a reply "your visit"); or a label right before
        it ("admitted 01/05/2027", "DOB: 4/2/1950"). "DOB" is flagged on its
        own. In a link or a file name, a clinical word ties a date too:
        `jane-doe-mri-2027-01-03.jpg`, `?dob=1950-01-02`. Dates of events,
        campaigns and deadlines pass.

    Why:
        HIPAA treats every part of a date except the year as an identifier
        when it belongs to a person: the day of a visit, a surgery, an
        admission, a birth. Combined with a small town and a condition, a
        date is often enough to know who is meant.

    Examples:
        Triggers: `She was seen on March 3 and was back running by May.`
        Triggers: `Her surgery on 2/14 went smoothly.`
        Passes: `The Maplewood Winter 5K is on Saturday, Feb 13.`
    """
    is_response = isinstance(item, ResponseTemplate)
    contexts = [_DATE_EVENTS, _DATE_INJURY, _DATE_HAD, _DATE_POSSESSIVE] + ([_DATE_POSSESSIVE_REPLY] if is_response else [])
    message = "Remove the date '{date}' or what ties it to a person ('{why}'): the date of someone's care, birth or death identifies them"
    hint = "Dates of public events are fine; the day someone was seen, operated on, admitted or born is not. Say 'this winter' or leave the time out."
    for text in texts(item, ctx.plans, links=False):
        body = text.text
        for match in _DOB.finditer(body):
            yield text.hit(match.start(), f"Remove '{text.show(match)}': a date of birth identifies a person", hint)
        dates = [m for m in _DATE.finditer(body) if _valid_date(m)]
        if not dates:
            continue
        bounds = sentence_bounds(body)
        for date in dates:
            before = _DATE_BEFORE.search(body, max(0, date.start() - 40), date.start())
            if before and not _DOB.fullmatch(before.group(0).split(":")[0].strip()):
                yield text.hit(date.start(), message.format(date=text.show(date), why=quote(before.group(0).rstrip(" :"))), hint)
                continue
            if before:  # "DOB 4/2/1950": already reported above
                continue
            start, end = sentence_of(bounds, date.start())
            for pattern in contexts if not text.where else (*contexts, CLINICAL):  # a file name "...-mri-2027-01-03"
                why = pattern.search(body, start, end)
                if why:
                    yield text.hit(date.start(), message.format(date=text.show(date), why=quote(why.group(0))), hint)
                    break


# --- PHI009 street-address -----------------------------------------------------------------------------

_STREET = re.compile(
    r"(?<![\w$.,/#:-])(\d{1,6}(?:[A-Z](?![\w]))?(?:-\d{1,4})?)[ \t]+"
    r"((?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?[ \t]+)?"
    r"(?:(?:[A-Z][a-z]+(?:['’][a-z]+)?|\d+(?:st|nd|rd|th))[ \t]+){1,3})"
    rf"(?:{'|'.join(sorted(WORDS['street_types'], key=len, reverse=True))})(?![\w])\.?"
)
_PO_BOX = re.compile(r"(?<![\w])(?i:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]+Office[ \t]+Box)[ \t]*#?\d+|(?<![\w])(?:Apt|Apartment)\.?[ \t]*#?[ \t]*\d+[A-Za-z]?(?![\w])")
_STATES = "|".join(re.escape(s).replace(r"\ ", r"[ \t]+") for s in sorted(WORDS["us_states"], key=len, reverse=True))
_ZIP = re.compile(
    rf"(?<![\w-])(?:{_STATES})\.?,?[ \t]+\d{{5}}(?:-\d{{4}})?(?![\w-])"
    rf"|(?<![\w-])(?i:zip(?:[ \t]*code)?|postal[ \t]+code)[ \t]*:?[ \t]*\d{{5}}(?:-\d{{4}})?(?![\w-])"
)
_NOT_STREET = frozenset(w.lower() for w in WORDS["not_street_names"])
_ADDRESS_WORDS = {
    "st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "blvd": "boulevard", "dr": "drive", "ln": "lane",
    "ct": "court", "pl": "place", "ter": "terrace", "cir": "circle", "pkwy": "parkway", "hwy": "highway", "trl": "trail",
    "sq": "square", "plz": "plaza", "n": "north", "s": "south", "e": "east", "w": "west", "ste": "suite", "apt": "apartment",
}  # fmt: skip


def _normal_address(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return " " + " ".join(_ADDRESS_WORDS.get(w, w) for w in words) + " "


@rule("PHI009", "street-address", serves="privacy", severity=Severity.ERROR, scope="document")
def street_address(item: Post | ResponseTemplate, ctx) -> Iterator[Hit]:
    """A street address or ZIP code that is not the practice's own.

    What it flags:
        A house number, a street name and a street type ("1420 Maple
        Avenue", "22 Elm St.", "8 W. 3rd Street"), a PO box or apartment
        number, and a ZIP code after a state or the word ZIP ("IL 60614",
        "ZIP: 60614-2231"). The practice's own `address` in
        plans/practice.yml passes however it is abbreviated, and so does an
        address that is part of the post's own `event.location` (a public
        venue the event post announces).

    Why:
        A street address, and any part of it smaller than a state, is a HIPAA
        identifier. "A patient on Maple Avenue" is one household on one
        street.

    Examples:
        Triggers: `Our patient on 1420 Maple Avenue is back on her bike.`
        Triggers: `Mail the form to 22 Elm St., Maplewood, IL 60614.`
        Passes: `Meet us at Riverside Park, by the north pavilion.`
    """
    allowed = [_normal_address(fold(ctx.plans.practice.address).text)] if ctx.plans.practice.address else []
    if isinstance(item, Post) and item.event and item.event.location:
        allowed.append(_normal_address(fold(item.event.location).text))
    for text in texts(item, ctx.plans, links=False):
        body = text.text
        taken = Ranges()
        found = []
        for match in _STREET.finditer(body):
            if match.group(2).split()[0].lower() in _NOT_STREET:  # "3 Easy Ways", not a house number
                continue
            found.append(match)
        found.extend(_PO_BOX.finditer(body))
        found.extend(_ZIP.finditer(body))
        for match in in_order(found):
            if not taken.claim(match.start(), match.end()):
                continue
            normal = _normal_address(match.group(0))
            if any(normal in own for own in allowed):
                continue
            yield text.hit(
                match.start(),
                f"Remove the address '{text.show(match).rstrip('.')}': a street address or ZIP code can point at one household",
                "Only the practice's own address (plans/practice.yml) and the place of the post's own event may appear; name the town instead.",
            )


# --- PHI010 age-over-89 --------------------------------------------------------------------------------



_AGE_NUMBER = r"(?:9\d|1[0-4]\d)"
_AGE_WORD = r"(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[- ]hundred(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)"
_AGE_ANY = rf"(?:{_AGE_NUMBER}|{_AGE_WORD})"
_NOT_AN_AGE = r"(?!\s*(?:degrees?|°|%|percent|minutes?|mins?|seconds?|secs?|miles?|mi\b|km|kilometers?|meters?|pounds?|lbs?|kg|feet|ft|inches|yards|days|hours|times|reps|steps|ago|years\s+ago))"
_THINGS = alternation(WORDS["age_things"])
# Always an age of a person.
_AGE_ALWAYS = re.compile(
    rf"(?<![\w-])(?:aged|age:?)[ \t]+{_AGE_ANY}(?![\w,.]\d|\w){_NOT_AN_AGE}"
    rf"|(?<![\w-])(?:super)?centenarians?(?![\w])|(?<![\w-])nonagenarians?(?![\w])"
    rf"|(?<![\w-])in[ \t]+(?:her|his|my)[ \t]+(?:(?:early|mid|late)[- ]?)?(?:90s|90’s|90's|nineties)(?![\w])"
    rf"|(?<![\w.,-]){_AGE_ANY}[- ]years?[- ]old(?![\w-])(?!\s+(?:{_THINGS})s?(?![\w-]))"
    rf"|(?<![\w.,-]){_AGE_ANY}-year-old(?=-|\s+(?:[a-z-]+\s+)?(?:{PERSON})s?(?![\w-]))",
    re.IGNORECASE,
)
# An age unless a thing comes first in the sentence ("the library turns 100", "its 100th birthday").
_AGE_UNLESS_THING = re.compile(
    rf"(?<![\w.,-]){_AGE_ANY}[ \t]+years?[ \t]+(?:old|young)(?![\w-])"
    rf"|(?<![\w-])(?:turned|turning|turns|turn)[ \t]+{_AGE_ANY}(?![\w,.]\d|\w){_NOT_AN_AGE}"
    rf"|(?<![\w.,-])(?:{_AGE_NUMBER}(?:st|nd|rd|th)|ninetieth|ninety-\w+th|hundredth|one[- ]hundredth|(?:one|a)[- ]hundred[- ]\w+th)[ \t]+birthday",
    re.IGNORECASE,
)
# A bare number is an age only when the sentence is about a person: "Mr. Diaz, now 94 and still golfing".
_AGE_BARE = re.compile(
    rf"(?<![\w-])(?:she|he|who)(?:['’]s|\s+is|\s+was|\s+turns|\s+will\s+be)\s+(?:now\s+|almost\s+|nearly\s+|over\s+)?{_AGE_ANY}(?=\s*(?:[,.;:!?)]|and\b|but\b|$))"
    rf"|(?<![\w-])now\s+{_AGE_ANY}(?=\s*(?:[,.;:!?)]|and\b|but\b|$))|(?<=,)[ \t]*{_AGE_ANY}[ \t]*(?=,)",
    re.IGNORECASE,
)
_THING_WORD = re.compile(rf"(?<![\w-])(?:(?:{_THINGS})(?:s|['’]s)?|its)(?![\w-])", re.IGNORECASE)


@rule("PHI010", "age-over-89", serves="privacy", severity=Severity.ERROR, scope="document")
def age_over_89(item: Post | ResponseTemplate, ctx) -> Iterator[Hit]:
    """An age of 90 or more.

    What it flags:
        Ages from 90 up, written in digits or words: "a 93-year-old",
        "aged 97", "turned 101", "her 100th birthday", "ninety-two years
        old", "in his late 90s", "centenarian", "nonagenarian"; and a bare
        number in a sentence about one person ("she's 96", "Mr. Diaz, now 94
        and still golfing", "Rose Hill, 97, led the walk"). Measures that
        look like ages ("turn your foot 90 degrees"), ages under 90, and the
        age of a thing ("the 100-year-old library", "Riverside Park turns
        100"; the thing words are in rules/data/privacy.yml) pass.

    Why:
        So few people are over 89 that HIPAA counts their exact age as an
        identifier; only "90 or older" may be shared. In a town the size of
        most practices' catchment, "our 97-year-old patient" is one person.

    Examples:
        Triggers: `Our oldest walker, a 93-year-old grandmother, led the pack.`
        Triggers: `Happy 100th birthday to a friend of the clinic!`
        Passes: `Bend your knee to 90 degrees and hold for five seconds.`
    """
    for text in texts(item, ctx.plans, links=False):
        body = text.text
        found = [*_AGE_ALWAYS.finditer(body)]
        bounds = None
        for match in _AGE_BARE.finditer(body):
            bounds = bounds or sentence_bounds(body)
            start, end = sentence_of(bounds, match.start())
            if ONE_PERSON.search(body, start, end) and not _THING_WORD.search(body, start, match.start()):
                found.append(match)
        for match in _AGE_UNLESS_THING.finditer(body):
            bounds = bounds or sentence_bounds(body)
            start, _ = sentence_of(bounds, match.start())
            if not _THING_WORD.search(body, start, match.start()):  # the subject is a thing: "the library turns 100"
                found.append(match)
        for match in distinct(found):
            yield text.hit(
                match.start(),
                f"Remove '{text.show(match)}': an age of 90 or more identifies a person",
                "Leave the age out; if it matters, say 'over 89' without pointing at anyone.",
            )
