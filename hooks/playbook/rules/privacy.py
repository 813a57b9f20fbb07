"""PHI: privacy. Nothing that could identify a patient, or confirm that someone is one, is published.

HIPAA counts far more than a name as identifying: contact details, record and
account numbers, dates tied to a person, street addresses, ages over 89 and
anything that makes one person stand out. Replies to reviews carry a further
risk: saying anything about the reviewer's care confirms they are a patient.

The rules here err on the side of flagging. A false alarm costs an author a
minute; a missed one costs a patient their privacy and the practice a fine.
When a flagged text is truly safe (a partner's public address, an official's
name), the file waives the rule with a reason, and the waiver only counts once
someone in the privacy role has approved the file.

Phrase lists live in rules/data/privacy.yml. Response templates are Jinja: the
placeholders (`{{ reviewer }}`, `{{ contact.phone }}` ...) are blanked before
any rule looks at the text, so they never count as names or numbers.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Iterator

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from ..delimited import Delimited
from ..findings import Severity
from ..model import NOTES, Authorization, Plans, Post, ResponseTemplate
from ..text import DOMAIN, URL, Span, alternation, domain_matches, host_of, is_trusted, phrase_pattern, spans, urls
from ..wordlists import wordlist
from .registry import Hit, rule

_WORDS = wordlist("privacy")


# --- shared helpers ----------------------------------------------------------------------------------

_JINJA = Delimited(("{{", "}}"), ("{%", "%}"), ("{#", "#}"))  # linear even when a mark is never closed
_EMAIL = re.compile(r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\b")


def _blank(text: str, pattern: re.Pattern) -> str:
    """Replace every match with spaces (newlines kept), so offsets and lines stay where they were."""
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def _quote(text: str, limit: int = 60) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Text:
    """A span with a copy of its text in which placeholders (and maybe links) are blanked out."""

    def __init__(self, span: Span, text: str) -> None:
        self.span = span
        self.text = text
        self._newlines: list[int] | None = None

    def hit(self, offset: int, message: str, hint: str = "") -> Hit:
        if self._newlines is None:  # located by bisection, so many hits in a long text stay cheap
            self._newlines = [m.start() for m in re.finditer("\n", self.span.text)]
        before = bisect_right(self._newlines, offset - 1)
        column = 0
        if self.span.field == "body":
            column = offset - (self._newlines[before - 1] if before else -1)
        return Hit(message, self.span.line + before, column, hint)


def _texts(item: Post | ResponseTemplate, *, body_only: bool = False, links: bool = True, comments: bool = True) -> Iterator[_Text]:
    """The item's human-written texts, Jinja placeholders blanked.

    links=False also blanks URLs, bare domains and email addresses (for rules that
    look for names, numbers and dates, which links would only confuse).
    comments=False blanks HTML comments: notes to the team, which the library strips
    before a reply is copied (placeholders.render_reply), so they never reach a reviewer.
    """
    for span in spans(item):
        if body_only and span.field != "body":
            continue
        if not span.text:
            continue
        text = _blank(span.text, _JINJA)
        if not comments:
            text = _blank(text, NOTES)
        if not links:
            text = _blank(text, URL)
            text = _blank(text, _EMAIL)
            text = _blank(text, DOMAIN)
        yield _Text(span, text)


class _Ranges:
    """Report a passage once when several patterns match it. Claims must come in order of start."""

    def __init__(self) -> None:
        self._end = -1

    def claim(self, start: int, end: int) -> bool:
        if start < self._end:
            return False
        self._end = end
        return True


def _in_order(matches: Iterable[re.Match]) -> list[re.Match]:
    """Matches by start, the longest first where two start together."""
    return sorted(matches, key=lambda m: (m.start(), -m.end()))


def _distinct(matches: Iterable[re.Match]) -> Iterator[re.Match]:
    """Matches in order, leaving out any that overlaps one already given: one finding per passage."""
    taken = _Ranges()
    for match in _in_order(matches):
        if taken.claim(match.start(), match.end()):
            yield match


def _publish_date(post: Post, plans: Plans) -> dt.date:
    return post.publish.astimezone(plans.tz).date()


# --- PHI001 confirms-patient ---------------------------------------------------------------------------

_CONFIRMS = phrase_pattern(_WORDS["confirms_patient"])
_YOUR_CARE = re.compile(
    rf"(?<![\w-])your\s+(?:(?:{alternation(_WORDS['family_members'])})['’]s\s+)?"
    rf"(?:(?:{alternation(_WORDS['care_modifiers'])})[\s-]+){{0,2}}(?:{alternation(_WORDS['care_nouns'])})(?![\w-])",
    re.IGNORECASE,
)
_CLINICIAN = re.compile(r"(?<![\w.])(?:Dr\.?|Doctor)[ \t]+[A-Z][\w'’-]*")
_OFFLINE_HINT = (
    "Keep the reply general (no visit, care, bill or timing), and invite the reviewer to contact "
    "{{ contact.name }} at {{ contact.phone }}, where details can be discussed privately."
)


@rule("PHI001", "confirms-patient", serves="privacy", severity=Severity.ERROR, scope="response")
def confirms_patient(template: ResponseTemplate, ctx) -> Iterator[Hit]:
    """A reply that confirms or hints that the reviewer is a patient.

    What it flags:
        Words in a response template that only make sense if the reviewer was
        cared for here: "your visit", "your last appointment", "your missed
        appointments", "your knee surgery", "your bill", "your MRI", "your
        doctor", "your daughter's cast"; a clinician by name ("Dr. Okafor");
        "our records show", "when you came in", "you were seen",
        "during your stay", "as our patient", "you missed", "you cancelled",
        "you had to wait", "thanks for choosing us", "get well soon". Only the
        body is read (the title is an internal label), and HTML comments are
        skipped because they are notes to the author, not part of the reply.
        Posts are not checked: a post speaks to the public, so "book your
        visit" there is an invitation, not a disclosure.

    Why:
        Under HIPAA, the fact that someone is a patient is itself protected.
        A reviewer may say anything about themselves; the practice may not
        confirm it. Regulators have fined practices for replies that did no
        more than mention the reviewer's appointments. A safe reply is
        sympathetic and general and moves the conversation offline.

    Examples:
        Triggers: `We're sorry about the wait during your visit last Tuesday.`
        Triggers: `Our records show you missed two appointments.`
        Passes: `We're sorry to hear this. Please call {{ contact.name }} at {{ contact.phone }} so we can talk privately.`
    """
    for text in _texts(template, body_only=True, comments=False):
        for match in _distinct([*_CONFIRMS.finditer(text.text), *_YOUR_CARE.finditer(text.text), *_CLINICIAN.finditer(text.text)]):
            if match.re is _CLINICIAN:
                message = f"Remove '{match.group(0)}': naming a clinician in a reply ties the reviewer to their care"
            else:
                message = f"Remove '{_quote(match.group(0))}': a reply must not confirm or hint that the reviewer is a patient"
            yield text.hit(match.start(), message, _OFFLINE_HINT)


# --- PHI002 clinical-detail-in-response -----------------------------------------------------------------

_CLINICAL = phrase_pattern(_WORDS["clinical_terms"])
_MONEY = re.compile(r"(?<![\w$])\$\s?\d[\d,]*(?:\.\d+)?(?:\s?[kK]\b)?|(?<![\w.,])\d[\d,]*(?:\.\d{2})?\s?(?:dollars|USD|bucks)(?!\w)", re.IGNORECASE)


@rule("PHI002", "clinical-detail-in-response", serves="privacy", severity=Severity.ERROR, scope="response")
def clinical_detail_in_response(template: ResponseTemplate, ctx) -> Iterator[Hit]:
    """A reply that mentions a diagnosis, treatment, medicine, insurance or money.

    What it flags:
        Clinical, insurance and billing words in the body of a response
        template, from the `clinical_terms` list in rules/data/privacy.yml:
        diagnoses and injuries ("ACL", "fracture", "arthritis"), mental
        health ("depression", "anxiety", "bipolar"), procedures and tests
        ("surgery", "physical therapy", "MRI", "treatment plan"), medicines
        ("prescription", "opioid"), insurance and money ("Medicaid",
        "insurance", "copay", "deductible", "balance"), and any amount of
        money ("$1,200", "300 dollars").

    Why:
        A reply sits under the review it answers. Next to "my knee still
        hurts", even a general sentence about knee surgery or insurance reads
        as a statement about the reviewer's care. Enforcement cases have
        turned on replies that named a reviewer's condition, treatment plan
        or bill. The reply should say none of it and offer a private route.

    Examples:
        Triggers: `Physical therapy after an ACL repair often takes months.`
        Triggers: `The $1,200 balance reflects your deductible.`
        Passes: `We're sorry things fell short. Please call {{ contact.phone }} so we can help.`
    """
    for text in _texts(template, body_only=True, comments=False):
        for match in _distinct([*_CLINICAL.finditer(text.text), *_MONEY.finditer(text.text)]):
            term = _quote(match.group(0))
            yield text.hit(
                match.start(),
                f"Remove '{term}': a reply must not mention diagnoses, treatments, medicines, insurance or money, even in general terms",
                "Under a review, any clinical or billing detail reads as a fact about the reviewer. "
                "Say you're sorry, say nothing about care, and offer {{ contact.name }} at {{ contact.phone }}.",
            )


# --- PHI003 person-name --------------------------------------------------------------------------------

_NOT_NAMES = frozenset(w.lower() for w in (*_WORDS["not_names"], *_WORDS["honorifics"]))
_GIVEN = frozenset(_WORDS["given_names"])
_TOKEN = re.compile(r"[A-Z][a-z]*(?:['’][A-Z][a-z]+|[A-Z][a-z]+)*(?:-[A-Z][a-z]+)?(?![\w])")
_GAP = re.compile(r"[ \t]+")
_HONORIFIC = re.compile(
    r"(?<![\w.@#])(?:"
    + "|".join(rf"{re.escape(h)}\.?" if len(h) <= 4 else rf"{re.escape(h)}|(?i:{re.escape(h)})" for h in sorted(_WORDS["honorifics"], key=len, reverse=True))
    + r")(?![\w])"
)
_PATIENT_BEFORE = re.compile(r"(?<![\w-])(?i:patients?|clients?)(?:[ \t]*,)?[ \t]+(?:(?i:named|called)[ \t]+)?(?=[A-Z])")
_PATIENT_AFTER = re.compile(
    r"(?<![\w'’-])((?:[A-Z][a-z'’-]+[ \t]+)?[A-Z][a-z'’-]+),?[ \t]+"
    r"(?i:one\s+of\s+our\s+(?:patients|clients)|a\s+(?:former\s+|recent\s+|longtime\s+|long-time\s+|new\s+)?(?:patient|client)(?![\w-])|our\s+(?:patient|client)(?![\w-]))"
)
_FULL_NAME = re.compile(rf"(?<![\w'’.-])(?:{'|'.join(sorted(_GIVEN, key=len, reverse=True))})[ \t]+(?=[A-Z])")
_GREETING = re.compile(rf"(?<![\w-])(?i:{alternation(_WORDS['greetings'])})[ \t]*,?[ \t]+(?=[A-Z])")
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}(?![\w])")
_HANDLE = re.compile(r"(?<![\w@./:+-])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,48}[A-Za-z0-9_])?)")


def _name_tokens(text: str, pos: int, limit: int = 3) -> list[re.Match]:
    """Capitalised name words starting at pos ("Ada Okafor"), stopping at an ordinary word."""
    tokens = []
    while len(tokens) < limit:
        match = _TOKEN.match(text, pos)
        if not match or match.group(0).lower() in _NOT_NAMES:
            break
        tokens.append(match)
        pos = match.end()
        if text.startswith(".", pos) and len(match.group(0)) == 1:  # an initial: "J."
            pos += 1
        gap = _GAP.match(text, pos)
        if not gap:
            break
        pos = gap.end()
    return tokens


_PERSONAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx"})


def _title(word: str) -> str:
    """'Dr.' and 'Doctor' -> 'dr'; 'Mrs.' -> 'mrs'."""
    word = word.lower().rstrip(".")
    return "dr" if word == "doctor" else word


@dataclass(frozen=True)
class _Known:
    """Who may be named: the team (with the titles each may carry), the practice's own words and handles."""

    team: tuple[tuple[frozenset[str], frozenset[str]], ...]  # (name words, titles) per member
    org: frozenset[str]
    handles: frozenset[str]
    squashed_name: str

    @classmethod
    def of(cls, plans: Plans) -> "_Known":
        honorifics = {h.lower() for h in _WORDS["honorifics"]}
        team = []
        for person in plans.team.values():
            found = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", person.name)}
            titles = {_title(w) for w in found & honorifics}
            if "clinical" in person.roles:
                titles.add("dr")
            if found - honorifics:
                team.append((frozenset(found - honorifics), frozenset(titles)))
        domains = plans.practice.domains + plans.practice.trusted_domains
        own_words = f"{plans.practice.name} {plans.practice.contact.name} " + " ".join(d.split(".")[0] for d in domains)
        handles = {label.replace("-", "") for d in domains for label in d.lower().split(".")[:-1]}
        return cls(
            tuple(team),
            frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", own_words)),
            frozenset(handles),
            re.sub(r"[^a-z0-9]", "", plans.practice.name.lower()),
        )

    def is_team(self, words: Iterable[str], title: str = "") -> bool:
        """True when every word (initials aside) belongs to the name of one team member.

        A personal or doctor's title must be the member's own: "Dr. Okafor" passes for Dr. Ada
        Okafor, but "Mrs. Patel" does not for Sam Patel, nor "Dr. Lee" for Jordan Lee (not clinical).
        Role titles ("Nurse", "Coach", "Officer") pass with any member's name.
        """
        wanted = {w.lower() for w in words if len(w) > 1}
        title = _title(title)
        checked = title in _PERSONAL_TITLES or title == "dr"
        return bool(wanted) and any(wanted <= member and (not checked or title in titles) for member, titles in self.team)

    def is_own_handle(self, handle: str) -> bool:
        low = handle.lower()
        return low in self.handles or (len(low) >= 5 and self.squashed_name.startswith(low))


def _names(body: str, known: _Known, is_response: bool) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, how it was spotted) for every name-like passage not on the team list."""
    for match in _HONORIFIC.finditer(body):
        gap = _GAP.match(body, match.end())
        tokens = _name_tokens(body, gap.end()) if gap else []
        if tokens and not known.is_team((t.group(0) for t in tokens), match.group(0)):
            yield match.start(), tokens[-1].end(), body[match.start() : tokens[-1].end()], "a title and a name"
    for match in _PATIENT_BEFORE.finditer(body):  # a patient is never excused by sharing a team member's name
        tokens = [t for t in _name_tokens(body, match.end(), limit=2) if t.group(0).lower() not in known.org]
        if tokens:
            yield match.start(), tokens[-1].end(), body[match.start() : tokens[-1].end()], "a patient named"
    for match in _PATIENT_AFTER.finditer(body):
        words = [w for w in match.group(1).split() if w.lower() not in _NOT_NAMES and w.lower() not in known.org]
        if words:
            yield match.start(1), match.end(), " ".join(words), "a patient named"
    for match in _FULL_NAME.finditer(body):
        tokens = _name_tokens(body, match.end(), limit=2)
        words = [match.group(0).strip(), *(t.group(0) for t in tokens)]
        if tokens and not known.is_team(words):
            yield match.start(), tokens[-1].end(), " ".join(words), "a full name"
    for match in _GREETING.finditer(body):
        tokens = _name_tokens(body, match.end(), limit=2)
        if not tokens:
            initials = _INITIALS.match(body, match.end()) if is_response else None  # "Hi JB,"
            if initials and initials.group(0).replace(".", "").lower() not in _NOT_NAMES:
                yield initials.start(), initials.end(), initials.group(0), "greeted by name"
            continue
        words = [t.group(0) for t in tokens]
        # In a post only a known given name counts ("Hello February!" is not a person); a reply greets no one but {{ reviewer }}.
        named = words[0] in _GIVEN or (is_response and words[0].lower() not in known.org)
        if named and not known.is_team(words):
            yield tokens[0].start(), tokens[-1].end(), " ".join(words), "greeted by name"
    for match in _HANDLE.finditer(body):
        handle = match.group(1).rstrip(".")
        if re.search(r"[A-Za-z]", handle) and not known.is_own_handle(handle):
            yield match.start(), match.end(), "@" + handle, "a social handle"


_NAME_HINT = (
    "Patients are never named. Refer to a reviewer only as {{ reviewer }}; for a person who agreed in writing, "
    "or who is not a patient (a partner, an official), waive PHI003 for this file with the reason and a privacy approval."
)


@rule("PHI003", "person-name", serves="privacy", severity=Severity.ERROR, scope="document")
def person_name(item: Post | ResponseTemplate, ctx) -> Iterator[Hit]:
    """A person's name that is not on the team list.

    What it flags:
        In every text of a post or response (body, title, variants, alt text,
        event name and place, tags): a title followed by a name ("Dr. Smith",
        "Mrs. Alvarez", "Mr. Tom Baker", "Nurse Kelly", "Coach Rivera"); a
        patient or client named ("our patient Maria", "client Jane",
        "Maria, one of our patients"); a common given name followed by a
        surname ("Robert Smith"); a greeting or shout-out to someone by name
        ("Congrats, Jenny!", and in a response "Hi Kevin"); and social
        handles ("@jenny_runs"). Team members from plans/team.yml pass with or
        without a title ("Dr. Okafor" for Dr. Ada Okafor) as long as the title
        is theirs: "Dr." needs a clinical member or one whose name carries it,
        and "Mrs. Patel" is not Sam Patel. The practice's own name, its
        contact route, handles matching the practice's or a trusted
        partner's domain, and the `{{ reviewer }}` placeholder pass too.

    Why:
        A name is the first of HIPAA's identifiers. Next to a health post or
        a reply to a review, it tells the world that this person is a
        patient. Replies in enforcement cases added a reviewer's full name to
        their nickname; a handle is as identifying as a name.

    Examples:
        Triggers: `Congratulations to our patient Maria on finishing the 5K!`
        Triggers: `Thanks to Mrs. Alvarez for the kind words.`
        Passes: `Dr. Okafor says a brisk walk is her favorite warm-up.`
    """
    known = _Known.of(ctx.plans)
    is_response = isinstance(item, ResponseTemplate)
    for text in _texts(item, links=False):
        taken = _Ranges()
        for start, end, name, how in sorted(_names(text.text, known, is_response), key=lambda n: (n[0], -n[1])):
            if taken.claim(start, end):
                yield text.hit(start, f"Remove the name '{_quote(name)}' ({how}): only team members in plans/team.yml may be named", _NAME_HINT)


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


@rule("PHI004", "phone-number", serves="privacy", severity=Severity.ERROR, scope="document", thresholds={"region": "US"})
def phone_number(item: Post | ResponseTemplate, ctx) -> Iterator[Hit]:
    """A phone or fax number that is not the practice's own.

    What it flags:
        Any phone or fax number in any text of a post or response, found by
        the `phonenumbers` library with the most lenient matching, so short
        and fictional numbers count too. Numbers without a country code are
        read in the numbering plan of the `region` threshold (default "US",
        a two-letter country code). The practice's own
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
    region = str(ctx.limit("PHI004", "region") or "US").upper()
    own = _own_phone_keys(ctx.plans, region)
    own_text = ctx.plans.practice.contact.phone or "{{ contact.phone }}"
    for text in _texts(item, links=False):
        if not re.search(r"\d{3}", text.text):
            continue
        for match in PhoneNumberMatcher(text.text, region, leniency=Leniency.POSSIBLE):
            if _phone_key(match.number) in own:
                continue
            yield text.hit(
                match.start,
                f"Remove the phone number '{match.raw_string}': the only number that may appear is the practice's own ({own_text})",
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
        Triggers: `Questions? Write to coach.dana@riverbend5k.test.`
        Passes: `Write to care@example-ortho.test any time.`
    """
    plans = ctx.plans
    own = list(plans.practice.domains)
    if "@" in plans.practice.contact.email:
        own.append(plans.practice.contact.email.rsplit("@", 1)[1].lower())
    for text in _texts(item):
        for match in _EMAIL.finditer(text.text):
            if domain_matches(match.group(1).lower(), own):
                continue
            yield text.hit(
                match.start(),
                f"Remove the email address '{match.group(0)}': only the practice's own addresses may appear",
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
        included. Front-matter links (`sources`, `news.url`, `event.url`) are
        checked by the families that own those fields.

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
    for text in _texts(item):
        taken = _Ranges()
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


# --- PHI007 identifier-number --------------------------------------------------------------------------

_ID_TOKEN = r"#?[ \t]*((?=[A-Z0-9-]*\d)[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?)(?![\w-])"
_ID_MARKER = r"(?:number|num|no\.?|nbr|ID|#)"
_ID_STRONG = re.compile(
    rf"(?<![\w-])(?i:{alternation(_WORDS['identifier_labels_strong'])})(?:[ \t]*(?i:{_ID_MARKER}))?[ \t]*(?:[:#=]|(?i:is|was|of))?[ \t]*{_ID_TOKEN}"
)
_ID_WEAK = re.compile(
    rf"(?<![\w-])(?i:{alternation(_WORDS['identifier_labels_weak'])})[ \t]*(?:(?i:{_ID_MARKER})[ \t]*[:#=]?|[:#=])[ \t]*{_ID_TOKEN}"
)
_SSN = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")


@rule("PHI007", "identifier-number", serves="privacy", severity=Severity.ERROR, scope="document")
def identifier_number(item: Post | ResponseTemplate, ctx) -> Iterator[Hit]:
    """A Social Security, record, member, policy, account or claim number.

    What it flags:
        Numbers shaped like a Social Security number ("123-45-6789"), and
        numbers (with at least one digit, three characters or more) right
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
    for text in _texts(item, links=False):
        found = [*_SSN.finditer(text.text)]
        for pattern in (_ID_STRONG, _ID_WEAK):
            found.extend(m for m in pattern.finditer(text.text) if len(re.sub(r"\W", "", m.group(1))) >= 3)
        for match in _distinct(found):
            yield text.hit(
                match.start(),
                f"Remove '{_quote(match.group(0))}': Social Security, record, member, account and claim numbers identify a patient",
                "No identifier belongs in published copy, not even the last digits.",
            )


# --- PHI008 date-tied-to-person ------------------------------------------------------------------------

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DATE = re.compile(
    rf"(?<![\w/.-])(?:"
    rf"{_MONTH}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?![\d:])(?:,?[ \t]+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH}(?:,?[ \t]+\d{{4}})?"
    rf"|(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})(?:/\d{{2}}(?:\d{{2}})?)?"
    rf"|(?P<m2>\d{{1,2}})[.-](?P<d2>\d{{1,2}})[.-]\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"
    rf")(?![\w/]|[.-]\d)"
)
_PRONOUNS = r"(?i:her|his|my)"  # not "their": "families can move their appointments before Dec. 24" is no one in particular
_DATE_EVENTS = phrase_pattern(_WORDS["date_person_events"])
_DATE_INJURY = re.compile(rf"(?<![\w-])(?i:{alternation(_WORDS['date_person_injury_verbs'])})\s+{_PRONOUNS}(?![\w-])")
_NOUNS = alternation(_WORDS["date_person_nouns"])
_MODIFIERS = alternation(_WORDS["care_modifiers"])
_DATE_POSSESSIVE = re.compile(rf"(?<![\w-])(?:{_PRONOUNS}|(?i:patient)['’]s|[A-Z][a-z]+['’]s)\s+(?:(?i:{_MODIFIERS})[\s-]+){{0,2}}(?i:{_NOUNS})(?![\w-])")
_DATE_POSSESSIVE_REPLY = re.compile(rf"(?<![\w-])(?i:your)\s+(?:(?i:{_MODIFIERS})[\s-]+){{0,2}}(?i:{_NOUNS})(?![\w-])")
_DATE_HAD = re.compile(
    rf"(?<![\w-])(?:had|underwent)\s+(?:(?:a|an|her|his|my)\s+)?"
    rf"(?:(?:{_MODIFIERS})[\s-]+){{0,2}}(?:{alternation(_WORDS['date_person_had'])})(?![\w-])",
    re.IGNORECASE,
)
_DATE_BEFORE = re.compile(rf"(?<![\w-])(?i:{alternation(_WORDS['date_person_before'])})(?:\s+on)?\s*:?\s*$")
_DOB = re.compile(r"(?<![\w.])(?:DOB|D\.O\.B\.?)(?![\w])")
_ABBREVIATIONS = frozenset(
    "dr mr mrs ms mx st jan feb mar apr jun jul aug sep sept oct nov dec no vs e.g i.e a.m p.m am pm jr sr prof approx est".split()
)
_SENTENCE_BREAK = re.compile(r"[.!?]+(?=[\s\"')\]]|$)|\n[ \t]*\n|\n[ \t]*(?:[-*+]|\d+[.)])[ \t]")


def _sentence_bounds(text: str) -> list[int]:
    """Offsets where a sentence ends (abbreviations such as 'Dr.' and 'Feb.' do not end one)."""
    bounds = [0]
    for match in _SENTENCE_BREAK.finditer(text):
        if match.group(0).startswith("."):
            word = re.search(r"([\w.]+)$", text[max(0, match.start() - 12) : match.start()])
            if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
        bounds.append(match.end())
    bounds.append(len(text))
    return bounds


def _sentence_of(bounds: list[int], offset: int, reach: int = 300) -> tuple[int, int]:
    """The sentence around offset, at most `reach` characters either side (so run-on text stays linear)."""
    index = bisect_right(bounds, offset) - 1
    return max(bounds[max(index, 0)], offset - reach), min(bounds[min(index + 1, len(bounds) - 1)], offset + reach)


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
        own. Dates of events, campaigns and deadlines pass.

    Why:
        HIPAA treats every part of a date except the year as an identifier
        when it belongs to a person: the day of a visit, a surgery, an
        admission, a birth. Combined with a small town and a condition, a
        date is often enough to know who is meant.

    Examples:
        Triggers: `She was seen on March 3 and was back running by May.`
        Triggers: `Her surgery on 2/14 went smoothly.`
        Passes: `The Riverbend Winter 5K is on Saturday, Feb 13.`
    """
    is_response = isinstance(item, ResponseTemplate)
    contexts = [_DATE_EVENTS, _DATE_INJURY, _DATE_HAD, _DATE_POSSESSIVE] + ([_DATE_POSSESSIVE_REPLY] if is_response else [])
    message = "Remove the date '{date}' or what ties it to a person ('{why}'): the date of someone's care, birth or death identifies them"
    hint = "Dates of public events are fine; the day someone was seen, operated on, admitted or born is not. Say 'this winter' or leave the time out."
    for text in _texts(item, links=False):
        body = text.text
        for match in _DOB.finditer(body):
            yield text.hit(match.start(), f"Remove '{match.group(0)}': a date of birth identifies a person", hint)
        dates = [m for m in _DATE.finditer(body) if _valid_date(m)]
        if not dates:
            continue
        bounds = _sentence_bounds(body)
        for date in dates:
            before = _DATE_BEFORE.search(body, max(0, date.start() - 40), date.start())
            if before and not _DOB.fullmatch(before.group(0).split(":")[0].strip()):
                yield text.hit(date.start(), message.format(date=date.group(0), why=_quote(before.group(0).rstrip(" :"))), hint)
                continue
            if before:  # "DOB 4/2/1950": already reported above
                continue
            start, end = _sentence_of(bounds, date.start())
            for pattern in contexts:
                why = pattern.search(body, start, end)
                if why:
                    yield text.hit(date.start(), message.format(date=date.group(0), why=_quote(why.group(0))), hint)
                    break


# --- PHI009 street-address -----------------------------------------------------------------------------

_STREET = re.compile(
    r"(?<![\w$.,/#:-])(\d{1,6}(?:[A-Z](?![\w]))?(?:-\d{1,4})?)[ \t]+"
    r"((?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?[ \t]+)?"
    r"(?:(?:[A-Z][a-z]+(?:['’][a-z]+)?|\d+(?:st|nd|rd|th))[ \t]+){1,3})"
    rf"(?:{'|'.join(sorted(_WORDS['street_types'], key=len, reverse=True))})(?![\w])\.?"
)
_PO_BOX = re.compile(r"(?<![\w])(?i:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]+Office[ \t]+Box)[ \t]*#?\d+|(?<![\w])(?:Apt|Apartment)\.?[ \t]*#?[ \t]*\d+[A-Za-z]?(?![\w])")
_STATES = "|".join(re.escape(s).replace(r"\ ", r"[ \t]+") for s in sorted(_WORDS["us_states"], key=len, reverse=True))
_ZIP = re.compile(
    rf"(?<![\w-])(?:{_STATES})\.?,?[ \t]+\d{{5}}(?:-\d{{4}})?(?![\w-])"
    rf"|(?<![\w-])(?i:zip(?:[ \t]*code)?|postal[ \t]+code)[ \t]*:?[ \t]*\d{{5}}(?:-\d{{4}})?(?![\w-])"
)
_NOT_STREET = frozenset(w.lower() for w in _WORDS["not_street_names"])
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
        Triggers: `Mail the form to 22 Elm St., Riverbend, IL 60614.`
        Passes: `Meet us at Riverside Park, by the north pavilion.`
    """
    allowed = [_normal_address(ctx.plans.practice.address)] if ctx.plans.practice.address else []
    if isinstance(item, Post) and item.event and item.event.location:
        allowed.append(_normal_address(item.event.location))
    for text in _texts(item, links=False):
        body = text.text
        taken = _Ranges()
        found = []
        for match in _STREET.finditer(body):
            if match.group(2).split()[0].lower() in _NOT_STREET:  # "3 Easy Ways", not a house number
                continue
            found.append(match)
        found.extend(_PO_BOX.finditer(body))
        found.extend(_ZIP.finditer(body))
        for match in _in_order(found):
            if not taken.claim(match.start(), match.end()):
                continue
            normal = _normal_address(match.group(0))
            if any(normal in own for own in allowed):
                continue
            yield text.hit(
                match.start(),
                f"Remove the address '{_quote(match.group(0).rstrip('.'))}': a street address or ZIP code can point at one household",
                "Only the practice's own address (plans/practice.yml) and the place of the post's own event may appear; name the town instead.",
            )


# --- PHI010 age-over-89 --------------------------------------------------------------------------------

_PERSON = alternation(_WORDS["person_nouns"])
# Something in a sentence that shows it is about one person.
_ONE_PERSON = re.compile(
    rf"(?<![\w-])(?:(?i:she|he|her|his|him|who)|(?i:{_PERSON})|{'|'.join(sorted(_GIVEN, key=len, reverse=True))})(?![\w-])|{_HONORIFIC.pattern}"
)


_AGE_NUMBER = r"(?:9\d|1[0-4]\d)"
_AGE_WORD = r"(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[- ]hundred(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)"
_AGE_ANY = rf"(?:{_AGE_NUMBER}|{_AGE_WORD})"
_NOT_AN_AGE = r"(?!\s*(?:degrees?|°|%|percent|minutes?|mins?|seconds?|secs?|miles?|mi\b|km|kilometers?|meters?|pounds?|lbs?|kg|feet|ft|inches|yards|days|hours|times|reps|steps|ago|years\s+ago))"
_THINGS = alternation(_WORDS["age_things"])
# Always an age of a person.
_AGE_ALWAYS = re.compile(
    rf"(?<![\w-])(?:aged|age:?)[ \t]+{_AGE_ANY}(?![\w,.]\d|\w){_NOT_AN_AGE}"
    rf"|(?<![\w-])(?:super)?centenarians?(?![\w])|(?<![\w-])nonagenarians?(?![\w])"
    rf"|(?<![\w-])in[ \t]+(?:her|his|my)[ \t]+(?:(?:early|mid|late)[- ]?)?(?:90s|90’s|90's|nineties)(?![\w])"
    rf"|(?<![\w.,-]){_AGE_ANY}[- ]years?[- ]old(?![\w-])(?!\s+(?:{_THINGS})s?(?![\w-]))"
    rf"|(?<![\w.,-]){_AGE_ANY}-year-old(?=-|\s+(?:[a-z-]+\s+)?(?:{_PERSON})s?(?![\w-]))",
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
    for text in _texts(item, links=False):
        body = text.text
        found = [*_AGE_ALWAYS.finditer(body)]
        bounds = None
        for match in _AGE_BARE.finditer(body):
            bounds = bounds or _sentence_bounds(body)
            start, end = _sentence_of(bounds, match.start())
            if _ONE_PERSON.search(body, start, end) and not _THING_WORD.search(body, start, match.start()):
                found.append(match)
        for match in _AGE_UNLESS_THING.finditer(body):
            bounds = bounds or _sentence_bounds(body)
            start, _ = _sentence_of(bounds, match.start())
            if not _THING_WORD.search(body, start, match.start()):  # the subject is a thing: "the library turns 100"
                found.append(match)
        for match in _distinct(found):
            yield text.hit(
                match.start(),
                f"Remove '{_quote(match.group(0))}': an age of 90 or more identifies a person",
                "Leave the age out; if it matters, say 'over 89' without pointing at anyone.",
            )


# --- PHI011 unique-characteristic ----------------------------------------------------------------------

_GAP_WORD = r"(?:(?!(?:way|ways|time|times|thing|things|place|day|step|reason|chance|sign|signs)\b)[a-z-]+\s+)"
_FIRST_ONLY = re.compile(
    rf"(?<![\w-])(?:the|our|its|their|her|his)\s+(?:very\s+)?(?:first|only|first-ever|sole)\s+{_GAP_WORD}{{0,2}}?(?:{_PERSON})(?![\w-])"
    rf"|(?<![\w-])(?:became|becomes|become)\s+the\s+(?:first|only)(?![\w-])",
    re.IGNORECASE,
)
_YOUNG_OLD = re.compile(
    rf"(?<![\w-])(?:the|our|its|their)\s+(?:very\s+)?(?:youngest|oldest)\s+{_GAP_WORD}{{0,2}}?(?:{_PERSON})(?![\w-])",
    re.IGNORECASE,
)
_UNIQUE_ALWAYS = phrase_pattern(_WORDS["unique_always"])
_UNIQUE_WITH_PERSON = phrase_pattern(_WORDS["unique_with_person"])
_ONE_OF_FEW = re.compile(
    r"(?<![\w-])one\s+of\s+(?:only\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\s+handful\s+of|very\s+few)\s+(?:people|patients|women|men|kids|children|cases|survivors)(?![\w-])",
    re.IGNORECASE,
)


@rule("PHI011", "unique-characteristic", serves="privacy", severity=Severity.ERROR, scope="document")
def unique_characteristic(item: Post | ResponseTemplate, ctx) -> Iterator[Hit]:
    """A detail that singles out one person: a first, an only, a record.

    What it flags:
        "The first" or "the only" person of some kind ("our first triplets",
        "the only patient who...", "the first woman in Riverbend to..."),
        "became the first", "our youngest patient" or "the oldest runner"
        (one person, not "our youngest patients"), "one of only 3 people",
        "one in a million", "first known case", "miracle baby", and records
        in a sentence about one person ("she set a record", "his
        record-breaking recovery"). A record of a crowd ("a record-breaking
        400 runners") passes. The phrases are in rules/data/privacy.yml.

    Why:
        HIPAA's last identifier is "any other unique characteristic". No name
        is needed when only one family in town had triplets this year, or
        only one patient is 14 and had a hip replaced.

    Examples:
        Triggers: `Congratulations to the parents of our first triplets in Riverbend!`
        Triggers: `At 14, she is our youngest patient to have this surgery.`
        Passes: `A record-breaking 412 runners crossed the finish line.`
    """
    for text in _texts(item, links=False):
        body = text.text
        found = [*_FIRST_ONLY.finditer(body), *_YOUNG_OLD.finditer(body), *_UNIQUE_ALWAYS.finditer(body), *_ONE_OF_FEW.finditer(body)]
        bounds = None
        for match in _UNIQUE_WITH_PERSON.finditer(body):
            bounds = bounds or _sentence_bounds(body)
            start, end = _sentence_of(bounds, match.start())
            if _ONE_PERSON.search(body, start, end):
                found.append(match)
        for match in _distinct(found):
            yield text.hit(
                match.start(),
                f"Remove '{_quote(match.group(0))}': a first, an only or a record can single out one person",
                "Describe the group or the condition in general terms instead of the one person who stands out.",
            )


# --- PHI012 / PHI013 authorizations ----------------------------------------------------------------------


def _authorization_problem(plans: Plans, auth_id: str, publish: dt.date) -> str:
    """Why authorization `auth_id` does not cover a post published on `publish` ('' when it does)."""
    if not auth_id:
        return "has no `authorization`"
    auth: Authorization | None = plans.authorizations.get(auth_id)
    if auth is None:
        return f"names authorization '{auth_id}', which is not in plans/authorizations.yml"
    if auth.revoked:
        return f"relies on authorization '{auth_id}', which has been revoked"
    if auth.signed is None:
        return f"relies on authorization '{auth_id}', which has no signing date"
    if auth.signed > publish:
        return f"relies on authorization '{auth_id}', signed {auth.signed.isoformat()}, after the publish date {publish.isoformat()}"
    if auth.expires is not None and auth.expires <= publish:
        return f"relies on authorization '{auth_id}', which expires {auth.expires.isoformat()}, on or before the publish date {publish.isoformat()}"
    return ""


@rule("PHI012", "media-without-authorization", serves="privacy", severity=Severity.ERROR, scope="post")
def media_without_authorization(post: Post, ctx) -> Iterator[Hit]:
    """A photo or video of people without a valid signed authorization.

    What it flags:
        Each `media` item marked `people: true` whose `authorization` is
        missing, is not in plans/authorizations.yml, has been revoked, has no
        signing date, was signed after the post's publish date, or expires
        on or before the publish date (the publish date is taken in the
        practice's timezone; an authorization that expires on a day no
        longer covers that day).

    Why:
        A face is an identifier, and a photo taken at the practice or of a
        patient needs the person's written authorization before it is
        published. The register holds ids and dates only; the signed forms
        stay in the practice's records.

    Examples:
        Triggers: `media: [{file: finish.jpg, alt: ..., people: true}]` (no authorization)
        Triggers: `authorization: AUTH-2026-088` when that authorization is revoked
        Passes: `people: true` with `authorization: AUTH-2027-014`, signed before and valid after the publish date
    """
    publish = _publish_date(post, ctx.plans)
    for media in post.media:
        if not media.people:
            continue
        problem = _authorization_problem(ctx.plans, media.authorization, publish)
        if problem:
            yield Hit(
                f"Media '{media.file}' shows people but {problem}",
                media.line or post.line_of("media"),
                hint="Add `authorization: <id>` naming a signed, unexpired, unrevoked entry of plans/authorizations.yml, or use a photo without people.",
            )


_STORY = phrase_pattern(_WORDS["story_phrases"])
_STORY_TAGS = frozenset(t.lower() for t in _WORDS["story_tags"])
_CARE_STEP = r"(?:surgery|procedure|operation|replacement|reconstruction|repair|rehab|therapy|treatment|injections?)"
_FIRST_PERSON = r"(?i:I|I'm|I’m|I've|I’ve|my|she|he|she's|he's|she’s|he’s|her|his)"
_PATIENT_WORDS = r"(?i:one\s+of\s+our\s+patients|a\s+(?:former\s+|recent\s+|happy\s+|grateful\s+|longtime\s+)?patient|our\s+patient|patient\b)"
_NOT_A_STORY = r"(?!\s+(?i:relations|portal|experience|advocates?|education|services|safety|care|forms?|lounge|parking|entrance|survey|satisfaction|privacy|rights|line)\b)"
_STORY_PATTERNS = (
    # "after her knee replacement", "after my surgery"
    re.compile(rf"(?<![\w-])after\s+(?:her|his|my)\s+(?:[\w-]+\s+){{0,2}}?{_CARE_STEP}(?![\w-])", re.IGNORECASE),
    # "Thanks to Dr. Okafor, I'm back", "thanks to the team at Riverbend, she..."
    re.compile(
        r"(?<![\w-])(?i:thanks\s+to|thank\s+you,?|because\s+of)\s+"
        r"(?:(?:Dr\.?|Doctor)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|(?i:our|the|your)\s+(?i:team|therapists?|surgeons?|staff|doctors?|nurses?|clinicians?))"
        r"(?:\s+(?i:and|&)\s+(?i:the|her|his|their|our)\s+(?i:team|staff))?(?:\s+(?i:at|from|of)\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})?"
        rf"\s*,?\s*{_FIRST_PERSON}(?![\w-])"
    ),
    # a quote signed by a patient: “...,” says a grateful patient
    re.compile(rf"[\"“][^\"“”\n]{{8,}}[\"”]\s*,?\s*(?:[—–-]+\s*)?(?i:says|said|shares|shared|writes|wrote|told\s+us)?\s*,?\s*{_PATIENT_WORDS}"),
    # a signature: — Maria, patient
    re.compile(rf"[—–]\s*(?:[A-Z][a-z]+\.?,?\s+)?(?:[A-Z]\.\s*,?\s*)?(?i:a\s+)?(?i:former\s+|recent\s+|happy\s+|grateful\s+)?(?i:patient)(?![\w-]){_NOT_A_STORY}"),
    # "our patient" (not "our patient portal")
    re.compile(rf"(?<![\w-])(?i:our\s+patient)(?![\w-]){_NOT_A_STORY}"),
)
# "..., writes Karen L." / "says Maria": words attributed to someone who is not on the team
_ATTRIBUTION = re.compile(r"(?<![\w-])(?i:says|said|writes|wrote|shares|shared|tells\s+us|told\s+us)[ \t]+(?=[A-Z])")


def _attributed_to_outsider(body: str, known: _Known) -> re.Match | None:
    for match in _ATTRIBUTION.finditer(body):
        tokens = _name_tokens(body, match.end(), limit=2)
        if tokens and tokens[0].group(0) in _GIVEN and not known.is_team(t.group(0) for t in tokens):
            return match
    return None


def _story_signal(post: Post, known: _Known) -> tuple[int, str] | None:
    """(line, quoted words) of the first sign that the post is a patient story, or None."""
    for tag in post.tags:
        if tag.lower().strip() in _STORY_TAGS:
            return post.line_of("tags"), f"tag '{tag}'"
    for text in _texts(post, links=False):
        if text.span.field == "tags":
            continue
        candidates = (_STORY.search(text.text), *(p.search(text.text) for p in _STORY_PATTERNS), _attributed_to_outsider(text.text, known))
        found = [m for m in candidates if m]
        if found:
            first = min(found, key=lambda m: m.start())
            return text.span.line_at(first.start()), f"'{_quote(first.group(0), 50)}'"
    return None


@rule("PHI013", "story-without-authorization", serves="privacy", severity=Severity.ERROR, scope="post")
def story_without_authorization(post: Post, ctx) -> Iterator[Hit]:
    """A patient story or testimonial without a valid signed authorization.

    What it flags:
        A post that reads as a patient's story or testimonial (tagged
        `testimonial` or `patient-story`; or saying "patient story", "one of
        our patients", "a patient of ours", "after her surgery", "thanks to
        Dr. Okafor, I'm back...", "in his own words", "my surgery", a quote
        signed by a patient, or words attributed to someone who is not on the
        team: "..., writes Karen L.") when none of its media items carries an
        authorization that is in the register, signed, not revoked and not
        expired on the publish date. The post's authorizations are its own
        `authorizations:` list plus the `authorization` of each media item.

    Why:
        A patient story discloses that the person is a patient and something
        about their care. HIPAA requires their written authorization before
        the practice publishes it, with or without a name or a photo, and the
        FTC expects the story to be real.

    Examples:
        Triggers: `One of our patients ran her first 5K after her knee surgery.`
        Triggers: a post tagged `testimonial` whose only media has no authorization
        Passes: the same post with media carrying `authorization: AUTH-2027-014`
        Passes: the same post with `authorizations: [AUTH-2027-014]` and no media
    """
    signal = _story_signal(post, _Known.of(ctx.plans))
    if signal is None:
        return
    publish = _publish_date(post, ctx.plans)
    problems = []
    for auth_id in post.authorization_ids():
        problem = _authorization_problem(ctx.plans, auth_id, publish)
        if not problem:
            return
        problems.append(problem)
    line, what = signal
    reason = f"; the post {problems[0]}" if problems else ""
    yield Hit(
        f"This reads as a patient story or testimonial ({what}) but carries no valid signed authorization{reason}",
        line,
        hint=(
            "Record the patient's signed authorization in plans/authorizations.yml and list it under the post's "
            "`authorizations:` (or its media's `authorization:`); without it, rewrite the post as general information."
        ),
    )
