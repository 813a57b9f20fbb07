"""NEG: guideline 2, address the negatives.

Every complaint gets a reply, and the reply is short, kind and dull to argue
with: an apology or a word of sympathy, a named person and a way to reach
them, no blame, no threats and no medical advice, in English or in Spanish.
Phrase lists live in rules/data/negatives.yml. (Rewards for reviews and review
gating are honest-marketing rules: FTC004 in honesty/review_gating.py.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lazyre
from ..bilingual import NEGATIONS, fold, looks_spanish, negated, pattern, phrases
from ..findings import Severity
from ..model import ResponseTemplate
from ..reviews.model import is_calm
from ..text import Gate, Span, alternation, domain_matches, is_negated, phrase_pattern, sentence_spans, tokens
from ..wordlists import wordlist
from .context import Context
from .registry import Hit, rule

_WORDS = wordlist("negatives")
_EXPERT = wordlist("expert")


def is_complaint(template: ResponseTemplate) -> bool:
    """Scenarios where someone is unhappy or worried (everything but praise, neutral notes and spam)."""
    return not is_calm(template.scenario)


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

_SYMPATHY = pattern(_WORDS["sympathy"])
# "Sorry if you feel that way", "lamentamos que usted lo vea así": the feeling is the problem, not what happened.
_NON_APOLOGY = lazyre.compile(
    rf"(?<![\w-])(?:{phrases(_WORDS['non_apologies'])}"
    rf"|sorry\s+(?:if\s+|that\s+)?(?:you|anyone)\s+(?:{phrases(_WORDS['feeling_verbs'])})\s+(?:{phrases(_WORDS['feeling_objects'])})"
    rf"|(?:lamentamos|lamento|sentimos|siento)(?:\s+(?:de\s+verdad|de\s+veras|de\s+corazon|profundamente|sinceramente|realmente|mucho|muchisimo|tanto))?\s+que\s+(?:usted\s+|ud\.?\s+)?(?:lo\s+|se\s+)?(?:{phrases(_WORDS['feeling_verbs'])})\s+(?:{phrases(_WORDS['feeling_objects'])}))(?![\w-])",
    re.IGNORECASE,
)


def sympathy(text: str) -> re.Match | None:
    """The first apology or word of sympathy in `text` that is meant ("we're not sorry" is not)."""
    folded = fold(text)
    hollow = [(m.start(), m.end()) for m in _NON_APOLOGY.finditer(folded)]
    for begin, end in sentence_spans(folded):
        sentence = folded[begin:end]
        for match in _SYMPATHY.finditer(sentence):
            at = begin + match.start()
            if not any(s <= at < e for s, e in hollow) and not negated(sentence, match.start(), 5):
                return match
    return None


@rule("NEG001", "no-apology", serves="negatives", severity=Severity.ERROR, scope="response")
def no_apology(template: ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A reply to a complaint that offers no apology or sympathy.

    What it flags:
        A response template for an unhappy scenario (every scenario except
        `positive-review`, `neutral-review` and `rude-comment-or-spam`) whose
        text has no apology or sympathy, in English or Spanish: "we're sorry",
        "we apologise", "that sounds frustrating", "that's not the experience
        we want for anyone", "lamentamos", "sentimos mucho", "le pedimos
        disculpas", "nos apena" and the other phrasings in
        rules/data/negatives.yml (accents optional). A denied apology ("we're
        not sorry", "no lo sentimos") or one that blames the reader's feelings
        ("sorry you feel that way") does not count.

    Why:
        People reading a public complaint judge the practice by the tone of
        the answer. A sincere first sentence calms the writer and shows every
        other reader that the practice listens, without admitting anything
        about anyone's care. A reply that only states policy reads as a
        brush-off, which is why this is an error and not a style note.

    Examples:
        Triggers: `Thank you for your review. Please call {{ contact.phone }}.`
        Triggers: `Our policy is to see patients in order of arrival.`
        Triggers: `Su comentario fue recibido. Escriba a {{ contact.email }}.`
        Triggers: `We're sorry you feel that way. Call {{ contact.name }} at {{ contact.phone }}.`
        Passes: `We're sorry to hear this, {{ reviewer }}.`
        Passes: `Lamentamos mucho lo ocurrido, {{ reviewer }}.`
        Passes: `Thank you for the kind words, {{ reviewer }}!` with `scenario: positive-review` (any reply to a positive review).
    """
    if not is_complaint(template) or sympathy(template.body):
        return
    example = "'Lamentamos mucho leer esto, {{ reviewer }}.'" if looks_spanish(template.body) else "'We're sorry to hear this, {{ reviewer }}.' or 'That sounds frustrating.'"
    yield Hit(
        f"Open this {template.scenario} reply with an apology or a word of sympathy",
        template.body_line,
        hint=f"e.g. {example}",
    )


# --- NEG002 ---------------------------------------------------------------

_PLACEHOLDER = r"\{\{\s*contact\.%s\b[^}]*\}\}"
_NAME_SLOT = lazyre.compile(_PLACEHOLDER % "name")
_PHONE_SLOT = lazyre.compile(_PLACEHOLDER % "phone")
_EMAIL_SLOT = lazyre.compile(_PLACEHOLDER % "email")
_PHONE_LIKE = lazyre.compile(r"\+?\d[\d\s().-]{5,}\d")
_EMAIL_LIKE = lazyre.compile(r"(?<![\w.+-])[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})", re.IGNORECASE)  # starts a word: no rescans of a long run
_PEOPLE = pattern(_WORDS["contact_people"])
_SLOTS = lazyre.compile(r"\{\{[^{}]*\}\}")  # no brace inside: a run of "{{" is scanned once, not once per "{{"
_INVITATION = pattern(_WORDS["contact_invitations"])


def _same_number(a: str, b: str) -> bool:
    """Same phone number, with or without the country code: '+1 555 0100' and '555-0100'."""
    a, b = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    short, long = sorted((a, b), key=len)
    return len(short) >= 7 and long.endswith(short)


def _has_phone(text: str, phones: tuple[str, ...]) -> bool:
    """`{{ contact.phone }}`, or one of the practice's own lines written out (contact.phone, or another of `phones:`)."""
    if _PHONE_SLOT.search(text):
        return True
    owned = [phone for phone in phones if phone]
    return bool(owned) and any(_same_number(m.group(0), phone) for m in _PHONE_LIKE.finditer(text) for phone in owned)


def _has_email(text: str, email: str, domains: tuple[str, ...]) -> bool:
    """The contact address, or any address at one of the practice's own domains (billing@, care@)."""
    if _EMAIL_SLOT.search(text) or _has_literal(text, email):
        return True
    return any(domain_matches(m.group(1).lower(), domains) for m in _EMAIL_LIKE.finditer(text))


def _has_literal(text: str, value: str) -> bool:
    return bool(value.strip()) and value.strip().lower() in text.lower()


@rule("NEG002", "no-contact-route", serves="negatives", severity=Severity.ERROR, scope="response")
def no_contact_route(template: ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A reply to a complaint that gives no way to continue in private.

    What it flags:
        A response template for an unhappy scenario (see NEG001) without a
        private route: the practice's phone or email (`{{ contact.phone }}`,
        `{{ contact.email }}`, the number or address written out as in
        plans/practice.yml (the contact's line or another of the practice's
        own `phones:`), or an address at one of the practice's own
        domains), offered by someone: `{{ contact.name }}` (or the name
        written out), a role or team ("our practice manager", "nuestra
        coordinadora", "el área de facturación"), or an invitation ("call
        us", "write to", "llámenos", "escríbanos", "comuníquese con"). Replies
        to praise, neutral notes and spam are not checked.

    Why:
        Details of anyone's care can never be discussed in public. Moving
        the conversation to a named person and a direct line is the only way
        to actually solve the problem, and it shows every reader that the
        practice wants to.

    Examples:
        Triggers: `We're sorry to hear this. Please get in touch.`
        Triggers: `We're sorry. {{ contact.name }} would like to help.` (no number or address)
        Triggers: `Lamentamos lo ocurrido. Envíenos un mensaje privado.`
        Passes: `Please reach {{ contact.name }} at {{ contact.phone }} or {{ contact.email }}.`
        Passes: `Please email {{ contact.name }} at {{ contact.email }}.`
        Passes: `Lo sentimos mucho. Llámenos al {{ contact.phone }}.`
    """
    if not is_complaint(template):
        return
    practice = ctx.plans.practice
    contact = practice.contact
    text = template.body
    folded = fold(_SLOTS.sub(lambda m: " " * len(m.group(0)), text))  # "{{ contact.phone }}" invites nobody
    named = bool(_NAME_SLOT.search(text)) or _has_literal(text, contact.name) or bool(_PEOPLE.search(folded))
    reachable = _has_phone(text, (contact.phone, *practice.phones)) or _has_email(text, contact.email, practice.domains)
    if reachable and (named or _INVITATION.search(folded)):
        return
    if not named and not reachable:
        message = "Give the reviewer a way to talk in private: name {{ contact.name }} and add {{ contact.phone }} or {{ contact.email }}"
    elif not reachable:
        message = "Add {{ contact.phone }} or {{ contact.email }} so the reviewer can reach {{ contact.name }}"
    else:
        message = "Say who will help: add {{ contact.name }} next to the phone number or email"
    example = "'Llame a {{ contact.name }} al {{ contact.phone }}.'" if looks_spanish(text) else "'Please reach {{ contact.name }} at {{ contact.phone }} or {{ contact.email }}.'"
    yield Hit(message, template.body_line, hint=f"e.g. {example}")


# --- NEG003 ---------------------------------------------------------------

_BLAME = (
    rf"you\s+(?:should|could|ought\s+to)(?:\s+have|'ve)\s+(?:{alternation(_WORDS['blame_participles'])})"
    rf"|(?:you\s+(?:were|was|are|must\s+be|seem)|you're|you've\s+been|usted\s+(?:fue|estaba|estuvo|esta|se\s+puso))\s+"
    rf"(?:(?:so|very|extremely|really|clearly|obviously|simply|just|evidently|muy|bastante|claramente|evidentemente)\s+)?(?:{phrases(_WORDS['blame_conduct'])})"
    r"|you\s+(?:(?:obviously|clearly|simply|just|never|also)\s+)?(?:didn't|did\s+not|never)\s+(?:bother|read|follow|call|show|bring|fill|pay|cancel|listen|check|arrive|tell|mention|ask)"
    r"|you\s+(?:were|have)\s+never\s+(?:been\s+)?(?:here|at\s+our|in\s+our|a\s+patient|seen)"
    rf"|(?:you|usted)\s+(?:(?:just|simply|then|also|ya|tambien)\s+)?(?:{phrases(_WORDS['blame_actions'])})"
    r"|(?:you|usted)\s+(?:showed\s+up|arrived|came\s+in|got\s+here|llego|vino)\s+(?:[\w-]+\s+){0,3}?(?:late|tarde)"
    r"|llegaste\s+(?:[\w-]+\s+){0,3}?tarde"
    rf"|(?:{phrases(_WORDS['removal_verbs'])})(?:la|lo)?\s+(?:your|this|that|the|su|esa|esta|la|el|tu|ese|este)\s+(?:[\w-]+\s+)?(?:{phrases(_WORDS['removal_objects'])})"
)
# Refusing to engage: "we won't dignify this", "we will not respond further", "no vamos a perder el tiempo".
_REFUSAL = (
    r"(?:won't|will\s+not|not\s+going\s+to|refuse\s+to|no\s+longer)\s+(?:be\s+)?(?:dignif|entertain|argu|engag)\w*"
    r"|(?:won't|will\s+not|not\s+going\s+to|refuse\s+to|no\s+longer)\s+(?:be\s+)?(?:respond|repl)\w*\s+(?:[\w-]+\s+){0,2}?(?:further|anymore|any\s+more|again)"
    r"|no\s+vamos\s+a\s+(?:seguir\s+)?(?:responder|contestar|perder\s+(?:el\s+|nuestro\s+)?tiempo|entrar\s+en)"
)
# "The problem is you", "nobody else has ever complained", "is completely made up" (not "made up of"),
# "our staff did nothing wrong", "go somewhere else", "puede atenderse en otro lugar", "we won't apologize".
_DISMISSIVE = (
    r"(?:we|our\s+(?:[\w-]+\s+){0,2}?(?:staff|team|doctors?|nurses?|providers?|front\s+desk|receptionists?))\s+(?:did|have\s+done|has\s+done)\s+(?:nothing\s+wrong|everything\s+right)"
    r"|(?:go|look|try|find|take\s+your\s+\w+)\s+(?:[\w-]+\s+){0,2}?(?:elsewhere|somewhere\s+else|another\s+(?:practice|doctor|provider|clinic|office))"
    r"|(?:puede|pueden|podria|vaya|vayan|busque|busquen|ir|atenderse|buscar)\s+(?:[\w-]+\s+){0,2}?(?:otro|otra)\s+(?:lugar|sitio|consultorio|clinica|medico|doctor|doctora|proveedor)"
    r"|(?:not\s+going\s+to|won't|will\s+not|refuse\s+to|no\s+vamos\s+a|no\s+va\s+a)\s+(?:apologi[sz]e|disculpar\w*|pedir\s+(?:disculpas|perdon))"
    r"|(?:problem|issue)\s+(?:is|was)\s+(?:clearly\s+|obviously\s+|just\s+)?you"
    r"|(?:nobody|no\s+one|no\s+other\s+(?:patient|person))\s+else\s+(?:has\s+)?(?:ever\s+)?complain\w*"
    r"|nadie\s+mas\s+(?:se\s+)?(?:ha\s+)?quej\w*"
    r"|(?:is|are|was|were|completely|totally|entirely|simply|all)\s+made\s+up(?!\s+of)"
)
# Reporting the review to the platform: "we have reported this to Google", "la reportamos a Yelp".
_REPORTING = (
    r"(?:report|reporting|reported|flag|flagging|flagged|reportamos|reportaremos|reportar|reportarla|reportarlo|denunciamos"
    r"|(?:will\s+be|has\s+been|was|sera|fue|ha\s+sido)\s+(?:reported|flagged|reportada|reportado|denunciada|denunciado))"
    r"\s+(?:(?:it|this|this\s+review|your\s+review|the\s+review|la|lo|su\s+resena|esta\s+resena|la\s+resena)\s+)?"
    r"(?:to|a|con|ante)\s+(?:google|yelp|facebook|healthgrades|the\s+platform|la\s+plataforma)"
)
# Denying the reviewer's whole account: "none of this is true", "nothing you describe happened",
# "nada de eso pasó"; not "none of this should have happened", which is sympathy.
_DENIAL = (
    r"(?:nothing|none\s+of)\s+(?:what\s+)?(?:you|this|that|it)\b(?:\s+(?!should|would|could|must|ought)[\w']+){0,3}?"
    r"\s+(?:actually\s+|really\s+|ever\s+)?(?:happened|occurred|is\s+true|was\s+true)"
    r"|nada\s+de\s+(?:lo\s+que|esto|eso)(?:\s+(?!debi|deberi)\w+){0,3}?\s+(?:paso|sucedio|ocurrio|es\s+(?:verdad|cierto))"
)
# Hostile unless denied or only supposed: "it's not your fault", "if you were told the wrong time, that's on us".
_HOSTILE_UNLESS_DENIED = lazyre.compile(rf"(?<![\w-])(?:{phrases(_WORDS['removal_demands'] + _WORDS['blame'])}|{_BLAME})(?![\w-])", re.IGNORECASE)
_DENIED = NEGATIONS | {"if", "si"}
# "If you don't take it down", "si no borra esta publicación": a condition with a denial is a demand.
_ULTIMATUM = lazyre.compile(r"(?<![\w-])(?:if\s+(?:you|it|this)\s+(?:don't|do\s+not|doesn't|isn't|is\s+not|won't)|unless|si\s+no|a\s+menos\s+que)(?![\w-])", re.IGNORECASE)
# Threats stand even after "not" ("we will not tolerate defamation"); only "never" takes them back.
_LEGAL = r"legal(?:ly)?\s+(?:action|actions|options?|steps?|remed(?:y|ies)|team|counsel|department|measures|recourse|proceedings|route|means)"
_THREAT = lazyre.compile(rf"(?<![\w-])(?:{phrases(_WORDS['threats'])}|{_REPORTING}|{_LEGAL})(?![\w-])", re.IGNORECASE)
_NEVER = frozenset({"never", "nunca", "jamas"})
# "Your claims are baseless", "sus acusaciones son infundadas", "everyone else had a great time".
_BASELESS = (
    r"(?:this|that|your|these|those|su|sus|esta|esa|este|ese)\s+(?:review|reviews|comment|comments|claim|claims|complaint|complaints|accusations?|story|post|resena|comentarios?|acusaciones|quejas?|afirmaciones|publicacion)"
    r"\s+(?:is|are|was|were|es|son|fue|fueron)\s+(?:completely\s+|totally\s+|simply\s+|totalmente\s+|completamente\s+)?"
    r"(?:baseless|unfounded|ridiculous|absurd|nonsense|laughable|outrageous|infundad[oa]s?|absurd[oa]s?|ridicul[oa]s?|sin\s+fundamento)"
    r"|(?:everyone|everybody)\s+else\s+(?:had|has|was|is|seems|seemed|loved|loves|enjoyed|enjoys|gets|got)"
    r"|todos\s+los\s+dem[aá]s\s+(?:quedan|quedaron|est[aá]n|estaban)"
)
# Hostile whatever comes before them: "we don't believe fake reviews" still calls this one fake.
_ALWAYS_HOSTILE = lazyre.compile(rf"(?<![\w-])(?:{phrases(_WORDS['accusations'] + _WORDS['dismissals'])}|{_REFUSAL}|{_DISMISSIVE}|{_DENIAL}|{_BASELESS})(?![\w-])", re.IGNORECASE)
_HOSTILE_IDIOMS = pattern(_WORDS["hostile_idioms"])


def hostile_phrases(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each phrase in `text` that accuses, threatens, blames or brushes off the reader."""
    folded = fold(text)
    idioms = [(m.start(), m.end()) for m in _HOSTILE_IDIOMS.finditer(folded)]
    found = []
    for begin, end in sentence_spans(folded):
        sentence = folded[begin:end]
        found += [(begin + m.start(), begin + m.end()) for m in _ALWAYS_HOSTILE.finditer(sentence)]
        found += [(begin + m.start(), begin + m.end()) for m in _THREAT.finditer(sentence) if not negated(sentence, m.start(), 4, _NEVER)]
        for match in _HOSTILE_UNLESS_DENIED.finditer(sentence):
            window = sentence[max(0, match.start() - 40) : match.start()]
            if _ULTIMATUM.search(window) or not negated(sentence, match.start(), 6, _DENIED):
                found.append((begin + match.start(), begin + match.end()))
    last = -1
    for start, end in sorted(found):
        if start >= last and not any(s <= start < e for s, e in idioms):
            yield start, end
            last = end


@rule("NEG003", "hostile-reply", serves="negatives", severity=Severity.ERROR, scope="response")
def hostile_reply(template: ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A reply that argues with, blames, belittles or threatens the reviewer.

    What it flags:
        In any response template, whatever the scenario, and in English or
        Spanish: calling the reviewer a liar or the review false ("fake
        review", "that never happened", "mentira", "reseña falsa"), threats
        ("lawyer", "defamation", "legal action", "abogado", "difamación"),
        demands to take the review down ("remove your review", "retire su
        reseña"), blame ("you should have called", "your fault", "usted llegó
        tarde"), and brush-offs ("take your business elsewhere", "we're not
        going to respond", "no vamos a discutir", "hay muchos otros
        consultorios"). Lists are in rules/data/negatives.yml. A denied
        threat or blame passes ("it's not your fault", "no es culpa suya"),
        and so do everyday phrases such as "lying down".

    Why:
        A public argument cannot be won. It draws more attention to the
        complaint, looks petty to every future patient, and tempts the
        practice to reveal details of someone's care to prove a point, which
        breaks privacy law. Disputes belong with the practice's privacy or
        legal staff, never in the reply.

    Examples:
        Triggers: `This is a fake review and we have asked our lawyer to look at it.`
        Triggers: `You should have arrived on time.`
        Triggers: `Esto es mentira y nuestro abogado ya lo sabe.`
        Triggers: `Si no le parece, hay muchos otros consultorios en la ciudad.`
        Passes: `We're sorry to hear this, {{ reviewer }}. It was not your fault.`
        Passes: `Lamentamos la espera; no fue culpa suya.`
        Passes: `Thank you for taking the time to write.`
    """
    text = template.body
    for start, end in hostile_phrases(text):
        phrase = " ".join(text[start:end].split())
        yield Hit(
            f"Remove '{phrase}': a reply must never blame, accuse, brush off or threaten the reviewer",
            *_body(template).position(start),
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
_ADVICE = lazyre.compile(rf"(?<![\w-])(?:{alternation(_WORDS['advice'])}|{_YOU_HAVE}|{_DRUG})(?![\w-])", re.IGNORECASE)
_ADVICE_IDIOMS = phrase_pattern(_WORDS["advice_idioms"])
_ADVICE_GATE = Gate(_WORDS["advice"], _WORDS["medicines"], ["you", "sounds"])


@rule("NEG004", "advice-in-reply", serves="negatives", severity=Severity.ERROR, scope="response")
def advice_in_reply(template: ResponseTemplate, ctx: Context) -> Iterator[Hit]:
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
            *_body(template).position(at),
            hint="Say you can't advise in public and offer {{ contact.name }} to arrange a visit",
        )


@rule("NEG005", "negatives-review-incentive", serves="negatives", severity=Severity.ERROR, scope="document", status="removed", replaced_by="FTC004")
def negatives_review_incentive(item, ctx: Context) -> Iterator[Hit]:
    """Removed: rewards for reviews and review gating are checked by FTC004.

    What it flags:
        Nothing any more. It flagged replies and posts that offered
        something for a review or asked only happy people for one; FTC004
        (review-incentive-or-gating) checks that now, in English and
        Spanish, in every text field.

    Why:
        Buying or filtering reviews is an honest-marketing question (the
        FTC's rule on consumer reviews), not a matter of answering
        complaints, so the check moved to the honest-marketing family. The
        code stays reserved so that it never means something else.

    Examples:
        Triggers: nothing; a waiver or a `plans/checks.yml` entry naming NEG005 is reported as FM050.
        Passes: every file; `Leave us 5 stars and get $10 off` is FTC004's finding now.
    """
    return iter(())
