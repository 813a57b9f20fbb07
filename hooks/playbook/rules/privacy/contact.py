"""PHI004-PHI006: phone numbers and e-mail addresses that are not the practice's own, links that can lead to a person."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from ... import lazyre
from ...findings import Severity
from ...model import Plans, Post, ResponseTemplate
from ...text import DOMAIN, URL, alternation, clip, domain_matches, host_of, is_trusted, sentence_bounds, sentence_of, urls
from ...wordlists import wordlist
from ..context import Context
from ..registry import Hit, rule
from .common import EMAIL, Ranges, blank, blood_pressures, distinct, texts, within
from .known import Known, is_org_handle
from .names import ONE_PERSON

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


_SEVEN_DIGITS = lazyre.compile(r"\d(?:[^\d\n]{0,3}\d){6}")


def _trunk_numbers(text: str) -> list[tuple[int, int]]:
    found = []
    for match in _TRUNK.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if 10 <= len(digits) <= 12 and not re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}", match.group(0)):
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
        counts in any plan. A region adds numbers, never hides them, and an
        unknown region is reported in plans/checks.yml and ignored. The
        practice's own
        `contact.phone` from plans/practice.yml passes however it is written
        ("+1 555 0100", "555-0100", "(555) 0100"); so does the
        `{{ contact.phone }}` placeholder. Toll-free numbers pass: they
        belong to organisations, never to a person, and public helplines
        use them ("SAMHSA's helpline is 1-800-662-4357", "Línea de la Vida
        800 911 2000", "1-800-QUIT-NOW", a "0800" freephone); short public
        numbers such as 988, 211 and 911 are too short to read as numbers.
        Blood-pressure readings and ranges ("140–159/90–99", spaced "150-159 / 95-99.") are measures.
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
        found += [(start, end, "", None) for start, end in _trunk_numbers(text.text)]
        taken = Ranges()
        pressures = blood_pressures(text.text)
        for start, end, key, number in sorted(found, key=lambda f: (f[0], -f[1])):
            if not taken.claim(start, end) or key in own or _toll_free(text.text, start, end, number):
                continue
            if within(pressures, start, end):
                continue  # "140–159/90–99": a range of blood pressures
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


# --- PHI006 foreign-link -------------------------------------------------------------------------------

IDS = wordlist("privacy-identifiers")
_PUBLIC_HEALTH = tuple(IDS["public_health_domains"])
_GOVERNMENT = lazyre.compile(r"(?:^|\.)(?:gov|mil|int|(?:gov|gob|gouv|govt|go)\.[a-z]{2}|nhs\.uk|nhs\.scot|gc\.ca|canada\.ca|europa\.eu)$")
_PERSONAL_HOSTS = tuple(IDS["personal_hosts"])
_PERSONAL_PATH = frozenset(w.lower() for w in IDS["personal_link_words"])
_PERSONAL_HOST_PART = lazyre.compile(alternation(IDS["personal_host_parts"]), re.IGNORECASE)
_PATH_WORD = lazyre.compile(r"[~@]|[a-z0-9]+(?:-[a-z0-9]+)?", re.IGNORECASE)
_BEFORE_LINK = 120  # how far before a link its sentence is read for a person ("Read how Marcus beat ...: https://...")


def public_health(host: str) -> bool:
    """A public-health authority: a government host by its suffix (.gov, .gob.mx, .gc.ca, .nhs.uk ...) or a listed agency."""
    host = host.lower().rstrip(".")
    return bool(_GOVERNMENT.search(host)) or domain_matches(host, _PUBLIC_HEALTH)


def _core(domain: str) -> str:
    """The name a domain registers: 'cdc' for www.cdc.gov, 'riverbend5k' for riverbend5k.test, 'bbc' for bbc.co.uk."""
    labels = domain.lower().split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in ("co", "com", "org", "net", "gob", "gov", "ac", "edu"):
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else labels[0]


def _look_alike(host: str, known: tuple[str, ...]) -> str:
    """The trusted domain `host` imitates ("cdc.gov.lookalike.example", "riverbend5k.example"), or ''."""
    for domain in known:
        if f".{domain}." in f".{host}." or _core(host) == _core(domain):
            return domain
    return ""


def _personal_part(url: str, host: str) -> str:
    """A host part or path word saying the page is about one person ('fundraiser', 'stories', '~jane'), or ''."""
    part = _PERSONAL_HOST_PART.search(host)
    if part:
        return next(label for label in host.split(".") if part.group(0).lower() in label.lower())
    path = urlsplit(url if "://" in url else "https://" + url).path if "/" in url else ""
    for word in _PATH_WORD.findall(path):
        if word.lower() in _PERSONAL_PATH or word in "~@":
            return word
    return ""


_SHORTENERS = tuple(IDS["link_shorteners"])
_SHORTENED = "it hides where it leads, so the check cannot tell whether that page is about one person"
_SOCIAL_HOSTS = tuple(IDS["social_hosts"])
# The account a social link opens: facebook.com/CountyHealth, youtube.com/@StateHealthDept, x.com/CDCgov/status/1.
_ACCOUNT = lazyre.compile(r"/(?:(?:c|user|channel|company|in|pg)/)?@?([A-Za-z0-9_.-]{2,60})(?=[/?#]|$)")
_NOT_ACCOUNTS = frozenset(
    [
        "watch",
        "shorts",
        "reel",
        "reels",
        "p",
        "share",
        "video",
        "videos",
        "photo",
        "photos",
        "story",
        "stories",
        "groups",
        "events",
        "hashtag",
        "search",
        "explore",
        "profile.php",
        "permalink.php",
        "story.php",
        "sharer",
        "i",
    ]
)


def _social_account(url: str) -> str:
    """The account a social-site link opens ('' when the link opens a video, a post or a search instead)."""
    path = urlsplit(url if "://" in url else "https://" + url).path
    match = _ACCOUNT.match(path)
    return "" if match is None or match.group(1).lower() in _NOT_ACCOUNTS else match.group(1)


def _link_problem(url: str, host: str, plans: Plans, is_reply: bool) -> str:
    """Why a link that is neither the practice's own nor trusted can identify someone ('' when it cannot)."""
    if domain_matches(host, _PERSONAL_HOSTS):
        return "pages there belong to one person (a fundraiser, a profile, a blog, shared files or photos)"
    if domain_matches(host, _SHORTENERS):
        return _SHORTENED
    if domain_matches(host, _SOCIAL_HOSTS):
        account = _social_account(url)
        if account and (is_org_handle(account) or Known.of(plans).is_own_handle(account)):
            return ""  # an agency's, a campaign's or the practice's own account, judged like its @handle
        return "pages there are people's profiles, posts and videos: link the organisation's own account or site"
    known = (*plans.practice.domains, *plans.practice.trusted_domains, *_PUBLIC_HEALTH)
    imitated = _look_alike(host, known)
    if imitated:
        return f"it looks like '{imitated}' but is another site"
    part = _personal_part(url, host)
    if part:
        return f"it reads as a page about one person ('{part}')"
    if is_reply:
        return "a reply may only send the reader to the practice's own or trusted sites"
    return ""


@rule("PHI006", "foreign-link", serves="privacy", severity=Severity.ERROR, scope="document")
def foreign_link(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A link that can lead to one person's page, or that imitates a trusted site.

    What it flags:
        URLs ("https://...", "www...") and bare domains ("gofundme.com") in
        the texts of a post or response (body, title, variants, alt text,
        event name and place), and links hidden in any link's query
        (`?next=https://fundraiser.example/...`), that are not the
        practice's own `domains`, its `trusted_domains` (plans/practice.yml)
        or a public-health authority (trusted by default: government hosts
        such as .gov, .gob.mx, .gc.ca, .nhs.uk, and agencies such as who.int
        and paho.org) — when the link can lead to one person: a host whose
        pages belong to people (fundraisers, personal blogs, file and photo
        shares, webmail), a social site's profile, post or video (an
        organisation's own account there is judged like its @handle and
        passes: "facebook.com/CountyHealthDept", "youtube.com/@StateCancerNetwork"),
        a link shortener, which hides where it leads (the finding asks for
        the full address; government shorteners are .gov hosts); a host or path that
        reads as a person's page ("fundraiser.example", "/stories/jenny",
        "/~jane", "photoshare.example"); a link in the same sentence as a
        person ("Read her story at jennyruns.example.com"); any such link in
        a reply, which routes the reader only to the practice's own channels.
        A link that imitates a trusted one ("cdc.gov.lookalike.example",
        "maplewood5k.example" beside a trusted maplewood5k.test) is flagged
        everywhere, however disguised. An organisation's page shared in a
        post (a partner's event, a news article credited, the Red Cross)
        passes. Front-matter links (`sources`, `news.url`, `event.url`) are
        vetted by the families that own those fields.

    Why:
        A link can identify a patient as surely as a name: a fundraiser page,
        a personal blog, a profile on a social network, a shared folder of
        photos. A look-alike of a trusted site is a trap for the readers.
        Public-health agencies and partners' pages point at no one.

    Examples:
        Triggers: `Support Jenny's recovery: https://fundraiser.example/jenny`
        Triggers: `Read her story at jennyruns.example.com`
        Passes: `Read more at https://www.cdc.gov/flu/`
        Passes: `Drop in any weekday, or reserve a slot at redcross.org.`
    """
    for text, start, host, why in _outside_links(item, ctx.plans):
        if why:
            if why == _SHORTENED:
                yield text.hit(start, f"Replace the shortened link '{host}' with the full address: {why}", "Open the short link, copy the address it lands on, and paste that instead.")
                continue
            yield text.hit(
                start,
                f"Remove the link to '{host}': {why}",
                f"If it is a source the practice vets and trusts, add '{_bare(host)}' under trusted_domains in plans/practice.yml; links to a person's page or fundraiser never belong in a post.",
            )


def _bare(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


def _outside_links(item: Post | ResponseTemplate, plans: Plans) -> Iterator[tuple]:
    """(text, offset, host, why) for each link outside the practice's own, trusted and public-health sites.

    `why` says how the link can lead to one person; it is empty for an organisation's page
    that nobody has vetted yet (PHI015 asks for that, PHI006 refuses the rest).
    """
    is_reply = isinstance(item, ResponseTemplate)
    for text in texts(item, plans):
        taken = Ranges()
        found: list[tuple[int, int, str, str]] = []
        for url, offset in urls(text.text):
            found.append((offset, offset + len(url), host_of(url), url))
        for match in DOMAIN.finditer(text.text):
            found.append((match.start(), match.end(), match.group(0).lower(), match.group(0)))
        bounds = None
        for start, end, host, url in sorted(found, key=lambda f: (f[0], -f[1])):
            if not taken.claim(start, end) or not host or is_trusted(plans, host) or public_health(host):
                continue
            why = _link_problem(url, host, plans, is_reply)
            if not why:
                bounds = bounds or sentence_bounds(text.text)
                first, last = sentence_of(bounds, start, _BEFORE_LINK)
                person = ONE_PERSON.search(blank(text.text[first:last], URL))
                if person:
                    why = f"its sentence is about a person ('{person.group(0)}'), and the page can be their story"
            yield text, start, host, why


@rule("PHI015", "unvetted-link", serves="privacy", severity=Severity.WARNING, scope="document")
def unvetted_link(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A link to a site nobody has vetted yet: not the practice's own, not trusted, not a public-health authority.

    What it flags:
        URLs and bare domains in the texts of a post (body, title, variants,
        alt text, event name and place) whose site is not in `domains` or
        `trusted_domains` (plans/practice.yml) and not a public-health
        authority, when nothing about the link points at one person (that is
        PHI006, an error). A partner's event page, a local newspaper, a
        sponsor's shop. As a warning it stops `mkdocs build --strict`, so CI
        publishes nothing until someone has looked.

    Why:
        The privacy officer vets the sites a practice sends people to: an
        organisation's page today can be a patient's story tomorrow, and a
        typo can land on someone else's site. Once vetted, the site goes in
        `trusted_domains` and every later post may link to it.

    Examples:
        Triggers: `Sign up for the river walk at https://millcreekparks.example/walk`
        Passes: `Read more at https://www.cdc.gov/flu/`
        Passes: `Pick a time online: https://www.example-clinic.test/appointments`
    """
    for text, start, host, why in _outside_links(item, ctx.plans):
        if not why:
            yield text.hit(
                start,
                f"Check the link to '{host}': no one has vetted this site yet",
                f"If the privacy officer agrees it points at no one, add '{_bare(host)}' under trusted_domains in plans/practice.yml.",
            )
