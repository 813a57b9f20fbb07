"""PHI004-PHI006: phone numbers, e-mail addresses and links that are not the practice's own."""

from __future__ import annotations

import re
from typing import Iterator

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from ...findings import Severity
from ...model import Plans, Post, ResponseTemplate
from ...text import DOMAIN, domain_matches, host_of, is_trusted, urls
from ..registry import Hit, rule
from .common import EMAIL, Ranges, texts

# --- PHI004 phone-number -------------------------------------------------------------------------------


def _phone_key(number: phonenumbers.PhoneNumber) -> str:
    return f"+{number.country_code}{number.national_number}"


def _own_phone_keys(plans: Plans, region: str) -> set[str]:
    raw = plans.practice.contact.phone
    keys = set()
    if raw:
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


def _regions(value: object) -> tuple[str, ...]:
    """The practice's region (when valid) and the default one: a region setting only ever adds numbers found."""
    region = str(value or "").strip().upper()
    return tuple(dict.fromkeys(r for r in (region, _REGION) if r and not _region_problem(r)))


@rule(
    "PHI004", "phone-number", serves="privacy", severity=Severity.ERROR, scope="document",
    thresholds={"region": _REGION}, threshold_checks={"region": _region_problem},
)  # fmt: skip
def phone_number(item: Post | ResponseTemplate, ctx) -> Iterator[Hit]:
    """A phone or fax number that is not the practice's own.

    What it flags:
        Any phone or fax number in any text of a post or response, found by
        the `phonenumbers` library with the most lenient matching, so short
        and fictional numbers count too, however they are separated (spaces,
        dots, slashes, any dash) or disguised (fullwidth or other-script
        digits, invisible characters). Numbers without a country code are
        read in the numbering plan of the `region` threshold (a two-letter
        country code) and in the US plan: a region adds numbers, never hides
        them, and an unknown region is reported in plans/checks.yml and
        ignored. The practice's own
        `contact.phone` from plans/practice.yml passes however it is written
        ("+1 555 0100", "555-0100", "(555) 0100"); so does the
        `{{ contact.phone }}` placeholder.

    Why:
        A phone number points at one person. A patient's or a staff member's
        direct line in a post is an identifier under HIPAA, and a reply that
        gives any number but the official contact route sends the
        conversation somewhere nobody is accountable for.

    Examples:
        Triggers: `Text Dana at 312-555-0147 to set up a time.`
        Triggers: `Fax your records to (312) 555-0199.`
        Passes: `Questions? Call us at +1 555 0100.`
    """
    regions = _regions(ctx.limit("PHI004", "region"))
    own = {key for region in regions for key in _own_phone_keys(ctx.plans, region)}
    own_text = ctx.plans.practice.contact.phone or "{{ contact.phone }}"
    for text in texts(item, ctx.plans, links=False):
        if not re.search(r"\d{3}", text.text):
            continue
        found = [match for region in regions for match in PhoneNumberMatcher(text.text, region, leniency=Leniency.POSSIBLE)]
        taken = Ranges()
        for match in sorted(found, key=lambda m: (m.start, -m.end)):
            if not taken.claim(match.start, match.end) or _phone_key(match.number) in own:
                continue
            shown = text.span.show(match.start, match.end)
            yield text.hit(
                match.start,
                f"Remove the phone number '{shown}': the only number that may appear is the practice's own ({own_text})",
                "In a response, write {{ contact.phone }}; never a patient's or a staff member's direct number.",
            )


# --- PHI005 email-address ------------------------------------------------------------------------------


@rule("PHI005", "email-address", serves="privacy", severity=Severity.ERROR, scope="document")
def email_address(item: Post | ResponseTemplate, ctx) -> Iterator[Hit]:
    """An email address outside the practice's own domains.

    What it flags:
        Any email address in any text of a post or response whose domain is
        not one of the practice's `domains` (or the domain of its
        `contact.email`) in plans/practice.yml. Partners' addresses count
        too: link to their site instead. The `{{ contact.email }}`
        placeholder passes.

    Why:
        An email address usually names its owner, and HIPAA lists it among
        the identifiers. Only the practice's own, monitored addresses belong
        in published copy.

    Examples:
        Triggers: `Send your photos to jenny.runs@mailbox.test!`
        Triggers: `Questions? Write to coach.dana@maplewood5k.test.`
        Passes: `Write to care@example-clinic.test any time.`
    """
    plans = ctx.plans
    own = list(plans.practice.domains)
    if "@" in plans.practice.contact.email:
        own.append(plans.practice.contact.email.rsplit("@", 1)[1].lower())
    for text in texts(item, plans):
        for match in EMAIL.finditer(text.text):
            if domain_matches(match.group(1).lower(), own):
                continue
            yield text.hit(
                match.start(),
                f"Remove the email address '{text.show(match, 200)}': only the practice's own addresses may appear",
                "Use {{ contact.email }} in a response; for a partner, link to their website instead.",
            )


# --- PHI006 foreign-link -------------------------------------------------------------------------------


@rule("PHI006", "foreign-link", serves="privacy", severity=Severity.ERROR, scope="document")
def foreign_link(item: Post | ResponseTemplate, ctx) -> Iterator[Hit]:
    """A link or bare domain that is neither the practice's own nor trusted.

    What it flags:
        URLs ("https://...", "www...") and bare domains ("gofundme.example")
        in the texts of a post or response (body, title, variants, alt text,
        event name and place) whose host is not one of the practice's
        `domains` or `trusted_domains` in plans/practice.yml, subdomains
        included, however the address is disguised ("jennyruns.еxample.com"
        with a Cyrillic е). Front-matter links (`sources`, `news.url`,
        `event.url`) are vetted by the families that own those fields; a link
        hidden in any link's query (`?next=https://fundraiser.example/...`)
        is checked here.

    Why:
        A link can identify a patient as surely as a name: a fundraiser page,
        a personal blog, a profile on a social network. Keeping links to a
        short list the practice has vetted also keeps trackers and
        look-alike sites out of its posts.

    Examples:
        Triggers: `Support Jenny's recovery: https://fundraiser.example/jenny`
        Triggers: `Read her story at jennyruns.example.com`
        Passes: `Read more at https://orthoinfo.aaos.org/en/diseases--conditions/`
    """
    plans = ctx.plans
    for text in texts(item, plans):
        taken = Ranges()
        found: list[tuple[int, int, str]] = []
        for url, offset in urls(text.text):
            found.append((offset, offset + len(url), host_of(url)))
        for match in DOMAIN.finditer(text.text):
            found.append((match.start(), match.end(), match.group(0).lower()))
        for start, end, host in sorted(found, key=lambda f: (f[0], -f[1])):
            if not taken.claim(start, end) or not host or is_trusted(plans, host):
                continue
            name = host[4:] if host.startswith("www.") else host
            yield text.hit(
                start,
                f"Remove the link to '{host}': it is not one of the practice's own or trusted domains",
                f"If it is a source the practice vets and trusts, add '{name}' under trusted_domains in plans/practice.yml; "
                "links to a person's page or fundraiser never belong in a post.",
            )
