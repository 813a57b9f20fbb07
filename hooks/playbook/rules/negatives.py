"""NEG: guideline 2, address the negatives.

Every complaint gets a reply, and the reply is short, kind and dull to argue
with: an apology or a word of sympathy, a named person and a way to reach
them, no blame, no threats, no medical advice, and never a reward for a
review. Phrase lists live in rules/data/negatives.yml.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..delimited import Delimited
from ..findings import Severity
from ..model import Post, ResponseTemplate
from ..text import Span, phrase_pattern
from ..wordlists import wordlist
from ..text import Gate, alternation, is_negated, prose, sentence_spans, tokens, where
from .registry import Hit, rule

_WORDS = wordlist("negatives")
_EXPERT = wordlist("expert")
CALM_SCENARIOS = frozenset(_WORDS["calm_scenarios"])


def is_complaint(template: ResponseTemplate) -> bool:
    """Scenarios where someone is unhappy or worried (everything but praise, neutral notes and spam)."""
    return template.scenario not in CALM_SCENARIOS


def _body(template: ResponseTemplate) -> Span:
    return Span(template.body, template.body_line, "body")


def _phrase_hits(span: Span, gate: Gate, pattern: re.Pattern, idioms: re.Pattern | None, negations: frozenset[str] | None) -> Iterator[tuple[int, str]]:
    """(offset, phrase) for each match of `pattern` not inside an idiom and not negated in its sentence."""
    text = span.text
    if not gate.open(tokens(text)):
        return
    skip = [(m.start(), m.end()) for m in idioms.finditer(text)] if idioms else []
    for begin, end in sentence_spans(text):
        sentence = text[begin:end]
        for match in pattern.finditer(sentence):
            at = begin + match.start()
            if any(s <= at < e for s, e in skip):
                continue
            if negations and is_negated(sentence, match.start(), negations, 4):
                continue
            yield at, " ".join(match.group(0).split())


# --- NEG001 ---------------------------------------------------------------

_SYMPATHY = phrase_pattern(_WORDS["sympathy"])


@rule("NEG001", "no-apology", serves="negatives", severity=Severity.WARNING, scope="response")
def no_apology(template: ResponseTemplate, ctx) -> Iterator[Hit]:
    """A reply to a complaint that offers no apology or sympathy.

    What it flags:
        A response template for an unhappy scenario (every scenario except
        `positive-review`, `neutral-review` and `rude-comment-or-spam`) whose
        text has no apology or sympathy: "we're sorry", "we apologise",
        "we understand how frustrating", "that's not the experience we want
        for anyone" and the other phrasings in rules/data/negatives.yml.

    Why:
        People reading a public complaint judge the practice by the tone of
        the answer. A sincere first sentence calms the writer and shows every
        other reader that the practice listens, without admitting anything
        about anyone's care.

    Examples:
        Triggers: `Thank you for your review. Please call {{ contact.phone }}.`
        Triggers: `Our policy is to see patients in order of arrival.`
        Passes: `We're sorry to hear this, {{ reviewer }}.`
        Passes: `That sounds frustrating, and we'd like to understand what happened.`
        Passes: any reply for the `positive-review` scenario.
    """
    if not is_complaint(template) or _SYMPATHY.search(template.body):
        return
    yield Hit(
        f"Open this {template.scenario} reply with an apology or a word of sympathy",
        template.body_line,
        hint="e.g. 'We're sorry to hear this, {{ reviewer }}.' or 'That sounds frustrating.'",
    )


# --- NEG002 ---------------------------------------------------------------

_PLACEHOLDER = r"\{\{\s*contact\.%s\b[^}]*\}\}"
_NAME_SLOT = re.compile(_PLACEHOLDER % "name")
_PHONE_SLOT = re.compile(_PLACEHOLDER % "phone")
_EMAIL_SLOT = re.compile(_PLACEHOLDER % "email")
_PHONE_LIKE = re.compile(r"\+?\d[\d\s().-]{5,}\d")


def _same_number(a: str, b: str) -> bool:
    """Same phone number, with or without the country code: '+1 555 0100' and '555-0100'."""
    a, b = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    short, long = sorted((a, b), key=len)
    return len(short) >= 7 and long.endswith(short)


def _has_phone(text: str, phone: str) -> bool:
    if _PHONE_SLOT.search(text):
        return True
    return bool(phone) and any(_same_number(m.group(0), phone) for m in _PHONE_LIKE.finditer(text))


def _has_literal(text: str, value: str) -> bool:
    return bool(value.strip()) and value.strip().lower() in text.lower()


@rule("NEG002", "no-contact-route", serves="negatives", severity=Severity.ERROR, scope="response")
def no_contact_route(template: ResponseTemplate, ctx) -> Iterator[Hit]:
    """A reply to a complaint that gives no way to continue in private.

    What it flags:
        A response template for an unhappy scenario (see NEG001) that does
        not name the practice's contact, `{{ contact.name }}` (or the name
        written out, as in plans/practice.yml), together with a way to reach
        them: `{{ contact.phone }}` or `{{ contact.email }}`, or the number or
        address written out. Replies to praise, neutral notes and spam are
        not checked.

    Why:
        Details of anyone's care can never be discussed in public. Moving
        the conversation to a named person and a direct line is the only way
        to actually solve the problem, and it shows every reader that the
        practice wants to.

    Examples:
        Triggers: `We're sorry to hear this. Please get in touch.`
        Triggers: `We're sorry. Call us at {{ contact.phone }}.` (nobody named)
        Triggers: `We're sorry. {{ contact.name }} would like to help.` (no number or address)
        Passes: `Please reach {{ contact.name }} at {{ contact.phone }} or {{ contact.email }}.`
        Passes: `Please email Patient Relations at care@example-ortho.test.`
    """
    if not is_complaint(template):
        return
    contact = ctx.plans.practice.contact
    text = template.body
    named = bool(_NAME_SLOT.search(text)) or _has_literal(text, contact.name)
    reachable = _has_phone(text, contact.phone) or bool(_EMAIL_SLOT.search(text)) or _has_literal(text, contact.email)
    if named and reachable:
        return
    if not named and not reachable:
        message = "Give the reviewer a way to talk in private: name {{ contact.name }} and add {{ contact.phone }} or {{ contact.email }}"
    elif not reachable:
        message = "Add {{ contact.phone }} or {{ contact.email }} so the reviewer can reach {{ contact.name }}"
    else:
        message = "Say who will help: add {{ contact.name }} next to the phone number or email"
    yield Hit(message, template.body_line, hint="e.g. 'Please reach {{ contact.name }} at {{ contact.phone }} or {{ contact.email }}.'")


# --- NEG003 ---------------------------------------------------------------

_BLAME = rf"you\s+(?:should|could|ought\s+to)(?:\s+have|'ve|’ve)\s+(?:{alternation(_WORDS['blame_participles'])})"
_HOSTILE = re.compile(rf"(?<![\w-])(?:{alternation(_WORDS['hostile'])}|{_BLAME})(?![\w-])", re.IGNORECASE)
_HOSTILE_IDIOMS = phrase_pattern(_WORDS["hostile_idioms"])
_HOSTILE_GATE = Gate(_WORDS["hostile"], ["you should", "you could", "you ought"])


@rule("NEG003", "hostile-reply", serves="negatives", severity=Severity.ERROR, scope="response")
def hostile_reply(template: ResponseTemplate, ctx) -> Iterator[Hit]:
    """A reply that argues with, blames or threatens the reviewer.

    What it flags:
        Words that call the reviewer a liar ("lying", "fake review", "that
        never happened"), threaten them ("lawyer", "defamation", "legal
        action", "remove your review", "take down") or blame them ("your
        fault", "you failed to", "you should have called"), in any response
        template, whatever the scenario. The list is in
        rules/data/negatives.yml; "lying down" and similar phrases pass.

    Why:
        A public argument cannot be won. It draws more attention to the
        complaint, looks petty to every future patient, and tempts the
        practice to reveal details of someone's care to prove a point, which
        breaks privacy law. Disputes belong with the practice's privacy or
        legal staff, never in the reply.

    Examples:
        Triggers: `This is a fake review and we have asked our lawyer to look at it.`
        Triggers: `Please remove your review; it is defamatory.`
        Triggers: `You should have arrived on time.`
        Passes: `We're sorry to hear this, {{ reviewer }}. We'd like to understand what happened.`
        Passes: `Thank you for taking the time to write.`
    """
    for at, phrase in _phrase_hits(_body(template), _HOSTILE_GATE, _HOSTILE, _HOSTILE_IDIOMS, None):
        yield Hit(
            f"Remove '{phrase}': a reply must never blame, accuse or threaten the reviewer",
            template.body_line + template.body.count("\n", 0, at),
            hint="Apologise, offer a private route, and take any dispute to the privacy officer off-line",
        )


# --- NEG004 ---------------------------------------------------------------

_ADVICE_NEGATIONS = frozenset(_WORDS["advice_negations"])
_YOU_HAVE = (
    r"(?:you\s+(?:probably|likely|may|might|could|must)\s+have|(?:it\s+)?sounds\s+like(?:\s+you\s+have)?|you(?:'ve|’ve|\s+have)\s+(?:probably\s+|likely\s+)?got)"
    rf"\s+(?:an?\s+|some\s+)?(?:[\w-]+\s+){{0,2}}(?:{alternation(_EXPERT['diagnoses'])})"
)
_DRUG = (
    rf"(?:{alternation(_WORDS['medicine_verbs'])})\s+(?:some\s+|an?\s+|more\s+|less\s+|your\s+|the\s+|over-the-counter\s+)?"
    rf"(?:{alternation(_WORDS['medicines'])})"
)
_ADVICE = re.compile(rf"(?<![\w-])(?:{alternation(_WORDS['advice'])}|{_YOU_HAVE}|{_DRUG})(?![\w-])", re.IGNORECASE)
_ADVICE_IDIOMS = phrase_pattern(_WORDS["advice_idioms"])
_ADVICE_GATE = Gate(_WORDS["advice"], _WORDS["medicines"], ["you", "sounds"])


@rule("NEG004", "advice-in-reply", serves="negatives", severity=Severity.ERROR, scope="response")
def advice_in_reply(template: ResponseTemplate, ctx) -> Iterator[Hit]:
    """A reply that gives one person medical advice.

    What it flags:
        Advice aimed at the person who wrote: what to take or stop taking
        ("try ibuprofen", "stop taking", "increase your dose"), what to do
        with an injury ("ice it", "rest it", "try a brace"), what they have
        ("it sounds like you have a torn meniscus") or what they need ("you
        need surgery"). A negated or conditional phrase ("we can't say
        whether you need surgery") passes. Lists are in
        rules/data/negatives.yml.

    Why:
        Advice in a public reply is given without an exam, can harm the
        person, and tells the world what their condition is. The right
        answer is sympathy and a route to a clinician.

    Examples:
        Triggers: `Sorry you're hurting! Try ibuprofen and ice it for a day.`
        Triggers: `It sounds like you have a torn meniscus.`
        Triggers: `You need surgery on that knee, so book soon.`
        Passes: `We can't give advice here, but {{ contact.name }} can help you book a visit.`
        Passes: `Please don't stop taking any medicine without talking to your clinician.`
    """
    for at, phrase in _phrase_hits(_body(template), _ADVICE_GATE, _ADVICE, _ADVICE_IDIOMS, _ADVICE_NEGATIONS):
        yield Hit(
            f"Remove '{phrase}': a public reply must not give one person medical advice",
            template.body_line + template.body.count("\n", 0, at),
            hint="Say you can't advise in public and offer {{ contact.name }} to arrange a visit",
        )


# --- NEG005 ---------------------------------------------------------------

_REVIEW = rf"(?:{alternation(_WORDS['review_words'])})"
_REWARD = rf"(?:{alternation(_WORDS['rewards'])}|\$\s?\d+|\d+\s*%)"
# Asking for a review: "leave us a 5-star review", "review us", "on Google".
_INVITE = (
    r"(?:(?:leave|write|post|give|share|drop|add|submit)\s+(?:us\s+)?(?:a\s+|an\s+|your\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:review|rating|stars?|testimonial)|review\s+us|rate\s+us|(?:on|at)\s+(?:google|yelp|facebook|healthgrades|vitals|zocdoc)\b)"
)
# Receiving something of value: "get 10% off", "receive a gift card", "win", "be entered".
_GAIN = (
    rf"(?:(?:gets?|receives?|earns?|scores?|claims?|unlocks?|grabs?|will\s+(?:get|receive|earn))\s+[^.!?\n]{{0,30}}?{_REWARD}"
    r"|(?:wins?|will\s+win|enters?|(?:is|are|be|get|gets|will\s+be)\s+entered)\b)"
)
_INCENTIVE = re.compile(
    rf"(?<![\w-])(?:"
    rf"(?:{_INVITE}|{_REVIEW})[^.!?\n]{{0,60}}?\b(?:and|to|&)\s+{_GAIN}"
    rf"|(?:in\s+exchange|in\s+return)\s+for\s+(?:[\w-]+\s+){{0,3}}?{_REVIEW}"
    rf"|{_REVIEW}[^.!?\n]{{0,40}}?\bin\s+(?:exchange|return)\s+for\b"
    rf"|{_REWARD}[^.!?\n]{{0,40}}?\bfor\s+(?:[\w-]+\s+){{0,4}}?{_REVIEW}"
    rf"|(?:reviewers?|(?:everyone|anyone|everybody|anybody)\s+who\s+(?:reviews?|rates?)(?:\s+us)?)[^.!?\n]{{0,40}}?{_GAIN}"
    rf"|(?:raffle|drawing|giveaway|sweepstakes|prize)[^.!?\n]{{0,80}}?{_REVIEW}"
    rf"|{_REVIEW}[^.!?\n]{{0,80}}?(?:raffle|drawing|giveaway|sweepstakes|prize)"
    rf")(?![\w-])",
    re.IGNORECASE,
)
_REWARD_IDIOMS = phrase_pattern(_WORDS["reward_idioms"])
# Every incentive or gate mentions reviews, ratings or a review site.
_REVIEW_GATE = Gate(_WORDS["review_words"], ["rate us", "rates us", "star", "stars", "reviewer", "reviewers", "testimonial", "google", "yelp", "facebook", "healthgrades", "vitals", "zocdoc"])
_PLACEHOLDERS = Delimited(("{{", "}}"))  # "{{ reviewer }}" is a slot, not a word
_GATE = phrase_pattern(_WORDS["gate_phrases"])
_HAPPY = phrase_pattern(_WORDS["happy"])
_UNHAPPY = phrase_pattern(_WORDS["unhappy"])
_PRIVATE = phrase_pattern(_WORDS["private_routes"])
_INVITE_RE = re.compile(_INVITE, re.IGNORECASE)
_NEGATIONS = frozenset(w.lower() for w in _EXPERT["negations"] if " " not in w)
_BRANCH_REACH = 120  # characters from a condition to its action ("Loved your visit? Leave us a review")
_GATE_REACH = 400  # characters between the happy and the unhappy branch


def _negated_here(text: str, at: int) -> bool:
    """'not happy', "weren't satisfied": the word at `at` is negated by the two words before it."""
    start = max(0, at - 40)
    return is_negated(text[start:at], at - start, _NEGATIONS, 2)


def _first(pattern: re.Pattern, text: str, start: int) -> int | None:
    match = pattern.search(text, start, start + _BRANCH_REACH)
    return match.start() if match else None


def _gating(text: str) -> int | None:
    """Offset where a happy-to-review branch pairs with an unhappy-to-private branch, or None."""
    happy, unhappy = [], []
    for match in _HAPPY.finditer(text):
        if _negated_here(text, match.start()):
            unhappy.append(match)  # "Not happy?" is the unhappy branch
        elif _first(_INVITE_RE, text, match.end()) is not None:
            happy.append(match.start())
    unhappy += list(_UNHAPPY.finditer(text))
    routes = []
    for match in unhappy:
        private, review = _first(_PRIVATE, text, match.end()), _first(_INVITE_RE, text, match.end())
        if private is not None and (review is None or private < review):  # "Not happy? Tell us in a review" is fine
            routes.append(match.start())
    for h in happy:
        for u in routes:
            if abs(h - u) <= _GATE_REACH:
                return min(h, u)
    return None


def _mask(text: str, pattern: re.Pattern) -> str:
    """`text` with every match of `pattern` blanked out (offsets kept), so "feel free" offers nothing."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


@rule("NEG005", "review-incentive-or-gating", serves="negatives", severity=Severity.ERROR, scope="document")
def review_incentive_or_gating(item: Post | ResponseTemplate, ctx) -> Iterator[Hit]:
    """A post or reply that pays for reviews or steers only happy people to them.

    What it flags:
        In posts and response templates alike: anything of value offered for
        a review ("leave us 5 stars and get 10% off", "every review enters
        our raffle", "a gift card in exchange for a review"), and review
        gating, where happy people are sent to the public review site and
        unhappy ones to a private channel ("Loved your visit? Review us on
        Google! Not happy? Email us first."), or told to contact the
        practice instead of reviewing. A negated mention ("we never offer
        discounts for reviews") passes.

    Why:
        Reviews bought with a reward, or filtered so only praise gets
        through, mislead the people who rely on them. The FTC's rule on
        consumer reviews forbids buying reviews that take a side, and review
        sites remove them and penalise the business. Ask everyone, in the
        same words, and answer the unhappy ones in public with care.

    Examples:
        Triggers: `Leave us a 5-star review and get 10% off your next visit!`
        Triggers: `Everyone who reviews us this month is entered in our gift card raffle.`
        Triggers: `Happy with your visit? Review us on Google! Not happy? Email us instead.`
        Passes: `We read every review, good or bad, and we never offer rewards for reviews.`
        Passes: `Thank you for the kind words, {{ reviewer }}! We're glad you stopped by.`
    """
    if getattr(item, "status", "") == "cancelled":
        return
    for span in prose(item):
        text = _mask(span.text, _PLACEHOLDERS)
        if not _REVIEW_GATE.open(tokens(text)):
            continue
        text = _mask(text, _REWARD_IDIOMS)
        reported = False
        for begin, end in sentence_spans(text):
            sentence = text[begin:end]
            if not _REVIEW_GATE.open(tokens(sentence)):
                continue
            for pattern, label in ((_INCENTIVE, "offers a reward for a review"), (_GATE, "steers people away from reviewing")):
                match = next((m for m in pattern.finditer(sentence) if not is_negated(sentence, m.start(), _NEGATIONS, 4)), None)
                if match is not None:
                    quoted = " ".join(match.group(0).split())
                    yield Hit(
                        f"Remove '{quoted}'{where(span)}: it {label}; ask everyone for honest reviews, with nothing in return",
                        span.line_at(begin + match.start()),
                        hint="e.g. 'We read every review, good or not so good.'",
                    )
                    reported = True
                    break
        at = None if reported else _gating(text)
        if at is not None:
            yield Hit(
                f"Don't send only happy people to reviews{where(span)}: praise goes to the review site and complaints to a private channel",
                span.line_at(at),
                hint="Invite everyone to review in the same words; offer the private route to anyone, separately",
            )
