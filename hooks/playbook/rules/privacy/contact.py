"""PHI004-PHI005: phone numbers and e-mail addresses that are not the practice's own (links: links.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from ... import lazyre
from ...findings import Severity
from ...model import Plans, Post, ResponseTemplate
from ...text import clip, domain_matches
from ..context import Context
from ..registry import Hit, rule
from .common import EMAIL, Ranges, blood_pressures, distinct, texts, within

# --- PHI004 phone-number -------------------------------------------------------------------------------


def _phone_key(number: phonenumbers.PhoneNumber) -> str:
    return f"+{number.country_code}{number.national_number}"


def _own_phone_keys(plans: Plans, region: str) -> set[str]:
    keys = set()
    for raw in filter(None, (plans.practice.contact.phone, *plans.practice.phones)):  # the contact route and the other lines it owns
        try:
            keys.add(_phone_key(phonenumbers.parse(raw, region)))
        except phonenumbers.NumberParseException:
            pass
        digits = re.sub(r"\D", "", raw)
        keys.add("+" + digits if raw.strip().startswith("+") else "+1" + digits)
    return keys


_REGION = "US"


def _region_problem(value: object) -> str:
    """'' when `value` names a numbering plan phonenumbers knows ("GB", "de"), else what is wrong."""
    region = str(value).strip().upper()
    if region in phonenumbers.SUPPORTED_REGIONS:
        return ""
    return f"'{value}' is not a two-letter country code with a phone numbering plan (such as US, CA, GB, MX)"


# Plans always read besides the practice's own: the US plan also reads Mexico's ten-digit national numbers
# ("81 1844 2093"), and Spain's plan its nine-digit ones ("612 34 56 78"), which no other plan would.
_ALWAYS = (_REGION, "ES")


def _regions(value: object) -> tuple[str, ...]:
    """The practice's region (when valid) and the default ones: a region setting only ever adds numbers found."""
    region = str(value or "").strip().upper()
    return tuple(dict.fromkeys(r for r in (region, *_ALWAYS) if r and not _region_problem(r)))


# A national number with a trunk zero, as most of Europe and Latin America write them ("0161 496 0327",
# "07700 900123", "01 23 45 67 89", "(0155) 1234 5678"): ten to twelve digits in groups.
_TRUNK = lazyre.compile(r"(?<![\w+.\-/])(?:\(0\d{1,4}\)|0\d{1,4})(?:[ .\-/]?\d{2,5}){2,4}(?![\w]|[.\-/]\d)")

# An international number as staff paste it, "+" and a country code then groups of digits, even one its numbering plan
# no longer accepts (Mexico's old mobile "1" after +52: "+52 1 656 218 4470") or that the library cannot place.
_INTERNATIONAL = lazyre.compile(r"(?<![\w+])\+\d{1,3}(?:[ .\-]?\(?\d{1,5}\)?){2,6}(?![\w]|[.\-/]\d)")


_SEVEN_DIGITS = lazyre.compile(r"\d(?:[^\d\n]{0,3}\d){6}")

# A dose or measure written as a range before its unit ("B12 350-1000 mcg", "1200–1500 mg", "400-800 UI al día"): the
# digits a matcher joins into a number end in a range, and a unit of mass, volume or activity follows; no phone does.
_RANGE_END = lazyre.compile(r"(\d+)\s?[-–—]\s?([1-9]\d*)\Z")
_DOSE_UNIT = lazyre.compile(r"\s?(?i:mcg|µg|μg|ug|mg|g|gr|gramos|grams|kg|iu|ui|ml|cc|l|units?|unidades|u|meq|mmol|kcal|calor[ií]as|calories)(?![\w])")


def _dose_range(text: str, start: int, end: int) -> bool:
    """True when text[start:end] ends in a rising range of numbers ("350-1000", never a line's "555-0147") and a unit of
    dose or measure follows it."""
    rising = _RANGE_END.search(text, start, end)
    return bool(rising and int(rising.group(1)) < int(rising.group(2)) and _DOSE_UNIT.match(text, end))


def _raw_key(raw: str) -> str:
    """The key of a number written with its country code (the practice's own may be written so); '' without one."""
    try:
        return _phone_key(phonenumbers.parse(raw, None)) if raw.startswith("+") else ""
    except phonenumbers.NumberParseException:
        return ""


def _placed(raw: str) -> bool:
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(raw, None))
    except phonenumbers.NumberParseException:
        return False


def _trunk_numbers(text: str) -> list[tuple[int, int]]:
    found = []
    for match in _TRUNK.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if 10 <= len(digits) <= 12 and not re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}", match.group(0)):
            found.append((match.start(), match.end()))
    for match in _INTERNATIONAL.finditer(text):  # the library's matcher reads every number it can place
        if 11 <= len(re.sub(r"\D", "", match.group(0))) <= 15 and not _placed(match.group(0)):
            found.append((match.start(), match.end()))
    return found


# Toll-free numbers belong to organisations, never to a person: a national helpline ("SAMHSA's helpline is
# 1-800-662-4357", "Línea de la Vida 800 911 2000"), a hotline spelled in letters ("1-800-QUIT-NOW"), a
# freephone written with a trunk zero ("0800 ...", "0808 ..."). Short public numbers (988, 211, 911) have too
# few digits to be read as phone numbers at all.
_TOLL_FREE_DIGITS = lazyre.compile(r"1?8(?:00|88|77|66|55|44|33)\d*|08(?:00|08)\d*")
_VANITY = lazyre.compile(r"[-. ]?[A-Za-z]{2,}(?:[-. ][A-Za-z]{2,})?(?![\w-])")


def _toll_free(text: str, start: int, end: int, number: phonenumbers.PhoneNumber | None) -> bool:
    """True when text[start:end] is a toll-free number (or the digits of one spelled with letters after them)."""
    if number is not None and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.TOLL_FREE:
        return True
    digits = re.sub(r"\D", "", text[start:end])
    if not _TOLL_FREE_DIGITS.fullmatch(digits):
        return False
    return number is None or bool(_VANITY.match(text, end))


# A number spelled out digit by digit, as staff read one aloud or write it around a filter: "five five five, three
# one seven, six two nine four", "tres tres, uno cuatro cinco dos ...". Seven digit words or more in a row,
# kept apart only by spaces, commas, dots or dashes; a count ("one, two, three, ... nine") is no number.
_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "cero": "0", "uno": "1", "un": "1", "dos": "2", "tres": "3", "cuatro": "4",
    "cinco": "5", "seis": "6", "siete": "7", "ocho": "8", "nueve": "9",
}  # fmt: skip
_DIGIT_WORD = rf"(?i:{'|'.join(sorted(_DIGIT_WORDS, key=len, reverse=True))})(?![\w'’-])"
_SPELLED_NUMBER = lazyre.compile(rf"(?<![\w'’-]){_DIGIT_WORD}(?:[ \t]*[,.\-–—/]?[ \t]*(?<![\w'’-]){_DIGIT_WORD}){{6,14}}")


def _spelled_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of every phone number spelled in digit words."""
    found = []
    if not re.search(_DIGIT_WORD, text):
        return found
    for match in _SPELLED_NUMBER.finditer(text):
        words = re.findall(r"[A-Za-z]+", match.group(0))
        digits = "".join(_DIGIT_WORDS[w.lower()] for w in words)
        steps = {int(b) - int(a) for a, b in zip(digits, digits[1:])}
        if steps in ({1}, {-1}):
            continue  # "one, two, three, four, five, six, seven": counting
        found.append((match.start(), match.end(), digits))
    return found


@rule(
    "PHI004", "phone-number", serves="privacy", severity=Severity.ERROR, scope="document",
    thresholds={"region": _REGION}, threshold_checks={"region": _region_problem},
)  # fmt: skip
def phone_number(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A phone or fax number that is not the practice's own.

    What it flags:
        Any phone or fax number in any text of a post or response, found by
        the `phonenumbers` library with the most lenient matching, so short
        and fictional numbers count too, however they are separated (spaces,
        dots, slashes, any dash) or disguised (fullwidth or other-script
        digits, invisible characters). Numbers without a country code are
        read in the numbering plan of the `region` threshold (a two-letter
        country code), in the US plan (which also reads Mexico's ten-digit
        numbers: "81 1844 2093") and in Spain's ("612 34 56 78"); a national
        number written with a trunk zero ("0161 496 0327", "01 23 45 67 89")
        counts in any plan, and so does "+", a country code and 11 to 15
        digits in groups that no plan accepts (Mexico's old mobile "1":
        "+52 1 656 218 4470"). A region adds numbers, never hides them, and an
        unknown region is reported in plans/checks.yml and ignored. The
        practice's own
        `contact.phone` from plans/practice.yml passes however it is written
        ("+1 555 0100", "555-0100", "(555) 0100"); so does the
        `{{ contact.phone }}` placeholder. Toll-free numbers pass: they
        belong to organisations, never to a person, and public helplines
        use them ("SAMHSA's helpline is 1-800-662-4357", "Línea de la Vida
        800 911 2000", "1-800-QUIT-NOW", a "0800" freephone); short public
        numbers such as 988, 211 and 911 are too short to read as numbers.
        Blood-pressure readings and ranges ("140–159/90–99", spaced "150-159 / 95-99.") are measures, and so is a
        range before a unit of dose ("B12 350-1000 mcg", "400-800 UI").
        A number spelled out digit by digit, seven digit words or more
        ("five five five, three one seven, six two nine four", "tres tres,
        uno cuatro cinco dos ..."), counts too, unless it is the practice's
        own or a count ("one, two, three, ... nine").

    Why:
        A phone number points at one person. A patient's or a staff member's
        direct line in a post is an identifier under HIPAA, and a reply that
        gives any number but the official contact route sends the
        conversation somewhere nobody is accountable for.

    Examples:
        Triggers: `Text Dana at 312-555-0147 to set up a time.`
        Triggers: `Fax your records to (312) 555-0199.`
        Triggers: `Le marcamos al +52 81 1844 2093 por WhatsApp.`
        Passes: `Questions? Call us at +1 555 0100.`
        Passes: `Free, confidential help 24/7: call 1-800-662-4357 or dial 988.`
    """
    regions = _regions(ctx.limit("PHI004", "region"))
    own: set[str] | None = None  # parsed on first need: parsing loads the numbering plans' metadata
    own_text = ", ".join(filter(None, (ctx.plans.practice.contact.phone, *ctx.plans.practice.phones))) or "{{ contact.phone }}"
    for text in texts(item, ctx.plans, links=False):
        for start, end, digits in _spelled_numbers(text.text):
            owned = [re.sub(r"\D", "", raw) for raw in (ctx.plans.practice.contact.phone, *ctx.plans.practice.phones) if raw]
            if any(own_digits and (own_digits.endswith(digits) or digits.endswith(own_digits[-7:])) for own_digits in owned):
                continue  # the practice's own number, read aloud
            yield text.hit(
                start,
                f"Remove the phone number spelled out as '{clip(text.span.show(start, end))}': written in words it still reaches one person",
                "In a response, write {{ contact.phone }}; never a patient's or a staff member's direct number, in digits or in words.",
            )
        if not _SEVEN_DIGITS.search(text.text):  # every phone number has seven digits or more
            continue
        if own is None:
            own = {key for region in regions for key in _own_phone_keys(ctx.plans, region)}
        found = [(match.start, match.end, _phone_key(match.number), match.number) for region in regions for match in PhoneNumberMatcher(text.text, region, leniency=Leniency.POSSIBLE)]
        found += [(start, end, _raw_key(text.text[start:end]), None) for start, end in _trunk_numbers(text.text)]
        taken = Ranges()
        pressures = blood_pressures(text.text)
        for start, end, key, number in sorted(found, key=lambda f: (f[0], -f[1])):
            if not taken.claim(start, end) or key in own or _toll_free(text.text, start, end, number):
                continue
            if within(pressures, start, end) or _dose_range(text.text, start, end):
                continue  # "140–159/90–99": a range of blood pressures; "350-1000 mcg": a dose
            shown = text.span.show(start, end)
            yield text.hit(
                start,
                f"Remove the phone number '{shown}': the only number that may appear is the practice's own ({own_text})",
                "In a response, write {{ contact.phone }}; never a patient's or a staff member's direct number.",
            )


# --- PHI005 email-address ------------------------------------------------------------------------------


# An address spelled out so a filter would not see it: "jane.doe [at] gmail [dot] com", "juanca arroba outlook punto com".
_AT = r"(?:\s*[\[(]\s*(?i:at|arroba)\s*[\])]\s*|\s+(?i:at|arroba)\s+|\s*@\s*)"
_DOT = r"(?:\s*[\[(]\s*(?i:dot|punto)\s*[\])]\s*|\s+(?i:dot|punto)\s+|\.)"
_SPELLED = lazyre.compile(rf"(?<![\w.@'’%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*{_AT}((?:[A-Za-z0-9-]+{_DOT}){{1,4}}[A-Za-z]{{2,6}})(?![\w@])")
_PLAIN_AT = lazyre.compile(r"\s+(?i:at)\s+")


def _spelled_emails(text: str) -> list[re.Match]:
    """Addresses written around a filter: the 'at' in brackets or as 'arroba', or the dots spelled out."""
    if not re.search(r"(?i:\bat\b|arroba|\bdot\b|\bpunto\b)", text):
        return []
    found = []
    for match in _SPELLED.finditer(text):
        written = match.group(0)
        if "@" in written and "." in match.group(1) and not re.search(r"(?i:dot|punto)", written):
            continue  # a plain address: EMAIL reads it
        if _PLAIN_AT.search(written) and not re.search(r"(?i:\bdot\b|\bpunto\b)", written):
            continue  # "find us at example.com" is a link, not an address
        found.append(match)
    return found


def _spelled_domain(domain: str) -> str:
    return re.sub(r"\s*[\[(]?\s*(?i:dot|punto)\s*[\])]?\s*|\s+", ".", domain.strip()).lower()


@rule("PHI005", "email-address", serves="privacy", severity=Severity.ERROR, scope="document")
def email_address(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """An email address outside the practice's own domains.

    What it flags:
        Any email address in any text of a post or response whose domain is
        not one of the practice's `domains` (or the domain of its
        `contact.email`) in plans/practice.yml, also when it is spelled out
        to slip past a filter ("jane.doe [at] gmail [dot] com", "juanca
        arroba outlook punto com"). Partners' addresses count
        too: link to their site instead. The `{{ contact.email }}`
        placeholder passes.

    Why:
        An email address usually names its owner, and HIPAA lists it among
        the identifiers. Only the practice's own, monitored addresses belong
        in published copy.

    Examples:
        Triggers: `Send your photos to jenny.runs@mailbox.test!`
        Triggers: `Questions? Write to coach.dana@maplewood5k.test.`
        Triggers: `Mándele su foto a rosy.v77 arroba hotmail punto com.`
        Passes: `Write to care@example-clinic.test any time.`
    """
    plans = ctx.plans
    own = list(plans.practice.domains)
    if "@" in plans.practice.contact.email:
        own.append(plans.practice.contact.email.rsplit("@", 1)[1].lower())
    for text in texts(item, plans):
        for match in distinct((*EMAIL.finditer(text.text), *_spelled_emails(text.text))):
            if domain_matches(_spelled_domain(match.group(1)), own):
                continue
            yield text.hit(
                match.start(),
                f"Remove the email address '{text.show(match, 200)}': only the practice's own addresses may appear",
                "Use {{ contact.email }} in a response; for a partner, link to their website instead.",
            )
