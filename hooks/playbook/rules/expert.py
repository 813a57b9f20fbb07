"""EXP: guideline 1, be the expert.

A practice earns trust by explaining health news well: checked by a
clinician, backed by a source, timely, careful about real people, modest in
its claims and clear that a post is education, not advice. The phrase lists
live in rules/data/expert.yml (its `negations` serve every rule, through
text.is_negated); this module holds the engine.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from .. import lazyre
from ..findings import Severity
from ..model import APPROVED_STATUSES, Post
from ..statuses import WRITTEN_STATUSES
from ..text import WORD, Gate, alternation, copies, host_of, is_negated, is_trusted, phrase_pattern, prose, sentence_spans, tokens, where
from ..wordlists import wordlist
from .context import Context
from .registry import Hit, rule

_WORDS = wordlist("expert")
CHECKED_STATUSES = WRITTEN_STATUSES  # ideas are notes; cancelled posts never go out


@rule("EXP001", "expert-without-clinical-approval", serves="expert", severity=Severity.ERROR, scope="post")
def expert_without_clinical_approval(post: Post, ctx: Context) -> Iterator[Hit]:
    """An approved or published expert post that no clinician has signed off.

    What it flags:
        A post with `guideline: expert` and `status: approved` or `published`
        whose `approvals` hold no entry with `role: clinical` from someone who
        has the `clinical` role in `plans/team.yml`. An entry that claims the
        clinical role for a person the team list does not give it to is
        reported by name. Ideas, drafts and posts in review are not checked
        yet: the sign-off is needed before a post is approved.

    Why:
        Expert posts speak for the practice on health questions. A clinician
        reading the facts before they go out is what makes the voice expert;
        a marketing approval alone does not.

    Examples:
        Triggers: an expert post with `status: approved` and `approvals: [{by: jo, role: approver, on: 2027-01-15}]` (no clinical reviewer).
        Triggers: an expert post with `status: approved` and `approvals: [{by: alex, role: clinical, on: 2027-01-15}]` (alex is an author only).
        Passes: an expert post with `status: approved` and `approvals: [{by: dr-chen, role: clinical, on: 2027-01-15}]`.
        Passes: an expert post with `status: draft` (no approvals yet).
    """
    if post.guideline != "expert" or post.status not in APPROVED_STATUSES:
        return
    team = ctx.plans.team
    claimed = [a for a in post.approvals if a.role == "clinical"]
    if any("clinical" in team[a.by].roles for a in claimed if a.by in team):
        return
    clinicians = sorted(p.id for p in team.values() if "clinical" in p.roles)
    if clinicians:
        hint = f"Ask {' or '.join(clinicians)} to check it, then add `- {{by: {clinicians[0]}, role: clinical, on: YYYY-MM-DD}}` under approvals"
    else:
        hint = "Nobody in plans/team.yml has the clinical role; add the clinician who reviews health posts there"
    if claimed:
        for approval in claimed:
            yield Hit(
                f"'{approval.by}' signed as clinical reviewer but plans/team.yml does not give them the clinical role; an {post.status} expert post needs a clinician's sign-off",
                approval.line or post.line_of("approvals"),
                hint=hint,
            )
        return
    line = post.line_of("approvals") if post.approvals else post.line_of("status")
    yield Hit(f"Get a clinician to check this {post.status} expert post: no approval has role: clinical", line, hint=hint)


@rule("EXP002", "expert-without-source", serves="expert", severity=Severity.WARNING, scope="post")
def expert_without_source(post: Post, ctx: Context) -> Iterator[Hit]:
    """An expert post that cites no authoritative source.

    What it flags:
        A post with `guideline: expert` (in draft, in review, approved or
        published) whose `sources` list has no link on a trusted domain:
        one listed under `trusted_domains` in `plans/practice.yml`, or one of
        the practice's own `domains`. Links in the body do not count; the
        `sources` field is where the clinical reviewer looks. Ideas are not
        checked yet.

    Why:
        Health facts should be checkable. A link to a public-health agency or
        a specialty society lets readers and the clinical reviewer confirm
        the post, and keeps the practice from repeating a rumour.

    Examples:
        Triggers: an expert post `Sprained an ankle? Rest it, ice it and keep it raised for a day or two.` (no `sources:`).
        Triggers: an expert post with `sources: [https://fitness-tips.example.com/ankles]` (a site the practice does not trust).
        Passes: an expert post with `sources: [https://orthoinfo.aaos.org/en/diseases--conditions/sprained-ankle/]`.
        Passes: an expert post with `sources: [https://www.cdc.gov/falls/]`.
    """
    if post.guideline != "expert" or post.status not in CHECKED_STATUSES:
        return
    plans = ctx.plans
    if any(is_trusted(plans, host_of(source)) for source in post.sources):
        return
    trusted = ", ".join((*plans.practice.trusted_domains[:4], *plans.practice.domains[:1]))
    if not post.sources:
        yield Hit(
            "Add an authoritative source under `sources:` so readers and the clinical reviewer can check the facts",
            post.line_of("guideline"),
            hint=f"Link a page on a trusted domain, e.g. {trusted}",
        )
        return
    hosts = ", ".join(sorted({host_of(s) or s for s in post.sources}))
    yield Hit(
        f"None of the sources is on a trusted domain ({hosts}); cite a public-health or specialty source",
        post.line_of("sources"),
        hint=f"Trusted: {trusted}. If the practice trusts this site, add it to trusted_domains in plans/practice.yml",
    )


@rule("EXP003", "stale-news", serves="expert", severity=Severity.WARNING, scope="post", thresholds={"max_age_days": 0})
def stale_news(post: Post, ctx: Context) -> Iterator[Hit]:
    """A news-driven post that will be old news on its publish date.

    What it flags:
        A post with a `news:` entry whose `date` is more than `max_age_days`
        days before the post's publish date (counted in the practice's time
        zone), and a news date that falls after the publish date, which is
        usually a typo. Cancelled posts are skipped.

        Threshold `max_age_days` (default 0, meaning: use `news_fresh_days`
        from `plans/cadence.yml`, itself 7 when unset).

    Why:
        Commenting on the news shows the practice follows what its community
        is talking about. A week later the conversation has moved on, and a
        late post reads as an afterthought or, worse, as an advertisement
        riding on someone's misfortune.

    Examples:
        Triggers: `news: {url: "https://maplewood-gazette.test/fc-knee", date: 2027-01-02}` with `publish: 2027-01-18 09:00` (16 days old, the limit is 7).
        Triggers: `news: {url: "https://maplewood-gazette.test/fc-knee", date: 2027-02-10}` with `publish: 2027-02-01 10:00` (news dated after the post).
        Passes: `news: {url: "https://maplewood-gazette.test/fc-knee", date: 2027-01-14}` with `publish: 2027-01-18 09:00`.
        Passes: `Warm up before your run.` (no `news:`).
    """
    news = post.news
    if news is None or post.status == "cancelled":
        return
    limit = ctx.limit("EXP003", "max_age_days") or ctx.plans.cadence.news_fresh_days
    published = ctx.plans.local(post.publish).date()
    age = (published - news.date).days
    line = news.line or post.line_of("news")
    if age < 0:
        yield Hit(
            f"news.date {news.date} is after the publish date {published}; correct the date of the news item or the post",
            line,
        )
    elif age > limit:
        yield Hit(
            f"The news will be {age} days old when this post goes out on {published} (limit {limit}); publish sooner or drop the news hook",
            line,
            hint=f"Publish on or before {news.date + dt.timedelta(days=limit)}, or turn it into an evergreen post without `news:`",
        )


# --- EXP004 ---------------------------------------------------------------

_ROLE = alternation(_WORDS["person_roles"])
_NOT_NAMES = frozenset(_WORDS["not_names"])
_BODY = alternation(_WORDS["body_parts"])
_DIAG = alternation(_WORDS["diagnoses"])
_HARM = alternation(_WORDS["general_harms"])
_NAME_STOP = frozenset(w.lower() for w in (*_WORDS["body_parts"], *_WORDS["diagnoses"], *_WORDS["general_harms"]))
_DETERMINERS = frozenset("the a an your my our their his her its this that any every each".split())

# Who: he/she, "the (star) striker", or a capitalised name ("Jordan", "Riverbend FC's striker").
# A name word is at most 41 characters, so a long run such as 'St.St.St.' is not rescanned from every capital.
_SUBJECT = (
    r"(?P<subject>(?i:\b(?:he|she)\b)"
    rf"|(?i:\b(?:the|that|this|their|our|his|her)\s+(?:[\w'’-]+\s+){{0,2}}(?:{_ROLE})s?\b)"
    rf"|(?P<name>\b[A-Z][a-z][\w'’.-]{{0,40}}(?:\s+[A-Z][\w'’.-]{{0,40}}){{0,2}})(?:\s+(?i:{_ROLE}))?)"
)
# What: a diagnosis or injury, after a few connecting words ("has a partial", "may have", "is out with a").
_FILLER = rf"(?:(?:have|has|had|'ve|’ve|be|been|got|gotten|suffered|sustained|is|was|dealing|out|with|facing|a|an|the|his|her|their|some|kind|sort|of|serious|severe|bad|nasty|full|partial|complete|high|low|minor|major|grade|another|new|left|right|\d|{_BODY})\s+)"
_INJURY_VERB = r"(?:tore|torn|ruptured|sprained|fractured|dislocated|strained|hyperextended|re-?injured|concussed)"
_HURT = rf"(?:broke|broken|hurt|injured|tweaked|jammed|rolled|twisted|blew\s+out|blown\s+out|banged\s+up)\s+(?:[\w'’-]+\s+){{0,2}}(?:{_BODY})\b"
_WHAT = rf"(?i:{_FILLER}{{0,5}}(?:{_INJURY_VERB}\b|{_HURT}|(?:{_DIAG})\b|(?:{_HARM})\b|needs?\s+(?:an?\s+)?(?:surgery|operation|MRI|scan)\b|(?:need|needing)\s+surgery\b))"
_HEDGE = r"(?i:(?:'s|’s|\s+is|\s+was)?\s+(?:probably|likely|most\s+likely|possibly|almost\s+certainly|surely|must|may|might|could|seems\s+to|appears\s+to|looks\s+to)\b)"
_LEADIN = r"(?i:\b(?:(?:it\s+)?(?:looks|sounds|seems)\s+like|(?:i|we)\s+(?:bet|think|believe|guess|suspect|figure|reckon)(?:\s+that)?|apparently|clearly|obviously|no\s+doubt)\s+)"
_GUESSES = (lazyre.compile(rf"{_SUBJECT}{_HEDGE}\s+{_WHAT}"), lazyre.compile(rf"{_LEADIN}{_SUBJECT}\s+{_WHAT}"))
_MUST_HAVE = lazyre.compile(rf"(?i:\bmust(?:\s+have|'ve|’ve)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:{_INJURY_VERB}|broken|fractured)\b)")
_OPENER = lazyre.compile(rf"(?i:(?<![\w-])(?:{alternation(_WORDS['speculation_openers'])})(?![\w-]))")
_SPECIFIC = lazyre.compile(rf"(?i:\b(?:{_INJURY_VERB}|{_HURT}|{_DIAG})\b)")
_HARM_RE = lazyre.compile(rf"(?i:\b(?:{_HARM})\b)")
_ANY_SUBJECT = lazyre.compile(_SUBJECT)
_INJURY_GATE = Gate(
    _WORDS["diagnoses"],
    _WORDS["general_harms"],
    "tore torn ruptured sprained fractured dislocated strained hyperextended injured reinjured concussed".split(),
    "broke broken hurt tweaked jammed rolled twisted blew blown banged need needs needing".split(),
)
# A guess needs a hedge or a guessing phrase as well as an injury word.
_GUESS_GATE = Gate(
    _WORDS["speculation_openers"],
    "probably likely possibly certainly surely must may might could seems appears looks sounds bet think believe guess suspect figure reckon apparently clearly obviously doubt ve".split(),
)
_POSSESSIVE = lazyre.compile(r"['’]s?$")
_CONDITIONAL = lazyre.compile(r"(?i:\b(?:if|when|whenever|unless|whether|in\s+case)\b)")


def _real_name(text: str, match: re.Match) -> bool:
    """A capitalised subject is a person's name, not a sentence-opening common word."""
    name = match.group("name")
    if name is None:
        return True
    first = _POSSESSIVE.sub("", name.split()[0])
    if first in _NOT_NAMES or first.lower() in _NAME_STOP:
        return False
    before = WORD.findall(text[: match.start("name")])
    return not (before and before[-1].lower() in _DETERMINERS)


def _person_in(sentence: str) -> bool:
    """he, she or a role ("the striker", "Riverbend FC's keeper"); a bare capitalised word is too weak here."""
    return any(m.group("name") is None or m.end() > m.end("name") for m in _ANY_SUBJECT.finditer(sentence))


@rule("EXP004", "diagnosis-speculation", serves="expert", severity=Severity.ERROR, scope="post")
def diagnosis_speculation(post: Post, ctx: Context) -> Iterator[Hit]:
    """A guess at what is wrong with a real, identifiable person.

    What it flags:
        A sentence that guesses at someone's diagnosis or injury: a person
        (he, she, a name, "the striker") with a hedge and an injury ("he
        probably tore his ACL", "looks like Casey broke her wrist", "the
        quarterback likely has a concussion"); a confident "must have torn";
        and a guessing phrase ("we suspect", "our guess is", "from the
        replay") in the same sentence as a specific injury ("a torn
        meniscus") or a person and an injury ("the goalkeeper's injury").
        General teaching that talks to the reader ("you may have torn your
        ACL if...") and conditional sentences ("if she feels dizzy, she may
        have a concussion") are not flagged.

    Why:
        The practice does not know the person's diagnosis, and saying so in
        public reads as insider knowledge, may be wrong, and may even be
        right (which is worse). Explain the condition in general terms and
        say plainly that you do not know this person's details.

    Examples:
        Triggers: `From the replay, he probably tore his ACL.`
        Triggers: `Our guess is a high ankle sprain for the Maplewood FC striker.`
        Triggers: `It looks like Marcus Vale has a torn meniscus.`
        Passes: `We don't know the details of the player's injury, and we won't guess.`
        Passes: `An ACL tear often follows a sudden stop or twist.`
    """
    if post.status == "cancelled":
        return
    for span in prose(post):
        text = span.text
        present = tokens(text)
        if not (_INJURY_GATE.open(present) and _GUESS_GATE.open(present)):
            continue
        for begin, end in sentence_spans(text):
            sentence = text[begin:end]
            present = tokens(sentence)
            if not (_INJURY_GATE.open(present) and _GUESS_GATE.open(present)):
                continue
            hit = None
            for match in (m for pattern in _GUESSES for m in pattern.finditer(sentence)):
                if _real_name(sentence, match) and not _CONDITIONAL.search(sentence[: match.start()]):
                    hit = match
                    break
            if hit is None:
                hit = _MUST_HAVE.search(sentence)
            if hit is None:
                opener = _OPENER.search(sentence)
                if opener and not is_negated(sentence, opener.start(), window=3) and (_SPECIFIC.search(sentence) or (_HARM_RE.search(sentence) and _person_in(sentence))):
                    hit = opener
            if hit is not None:
                quoted = " ".join(hit.group(0).split())
                yield Hit(
                    f"Remove the guess '{quoted}'{where(span)}: never speculate about a real person's diagnosis",
                    *span.position(begin + hit.start()),
                    hint="Explain the condition in general terms and say you don't know this person's details",
                )


# --- EXP005 ---------------------------------------------------------------

_PROMISE = phrase_pattern(_WORDS["promises"])
_NEEDS_SOURCE = phrase_pattern(_WORDS["needs_source"])
_IDIOMS = phrase_pattern(_WORDS["claim_idioms"])
_ERRANDS = phrase_pattern(_WORDS["errands"])
_CLAIM_GATE = Gate(_WORDS["promises"], _WORDS["needs_source"])


@rule("EXP005", "absolute-claim", serves="expert", severity=Severity.WARNING, scope="post")
def absolute_claim(post: Post, ctx: Context) -> Iterator[Hit]:
    """A health promise that nothing can back, or a strong claim without a source.

    What it flags:
        Two kinds of wording, in any post (body, title, variants, alt text):
        promises such as "guaranteed", "miracle", "risk-free", "100%
        effective", "never fails", "permanent fix" or "no side effects" are
        flagged always, because no source makes them true; strong claims such
        as "cure", "painless" or "clinically proven" are flagged only when
        the post lists no trusted link under `sources:`. A claim that is
        negated just before it ("there is no miracle cure", "we can't promise
        painless"), everyday idioms ("the cure for cabin fever") and strong
        words about errands ("online check-in is quick and painless") pass.
        Both lists live in rules/data/expert.yml.

    Why:
        Medicine has no guarantees, and readers, regulators and plaintiffs
        read promises literally. An expert voice says what usually happens
        and points to the evidence.

    Examples:
        Triggers: `This stretch is guaranteed to end knee pain.`
        Triggers: `Our new therapy is a miracle for bad backs.`
        Triggers: `Cortisone shots cure arthritis.` (no `sources:`)
        Passes: `There is no miracle cure for arthritis, but movement helps.`
        Passes: `An X-ray is quick and painless.` with `sources: [https://medlineplus.gov/xrays.html]`.
        Passes: `A brisk walk is the best cure for cabin fever.`
    """
    if post.status == "cancelled":
        return
    sourced = any(is_trusted(ctx.plans, host_of(s)) for s in post.sources)
    for span in prose(post):
        text = span.text
        if not _CLAIM_GATE.open(tokens(text)):
            continue
        idioms = [(m.start(), m.end()) for m in _IDIOMS.finditer(text)]
        for begin, end in sentence_spans(text):
            sentence = text[begin:end]
            if not _CLAIM_GATE.open(tokens(sentence)):
                continue
            found = [(m, True) for m in _PROMISE.finditer(sentence)]
            if not sourced and not _ERRANDS.search(sentence):
                found += [(m, False) for m in _NEEDS_SOURCE.finditer(sentence)]
            for match, promise in sorted(found, key=lambda pair: pair[0].start()):
                at = begin + match.start()
                if any(s <= at < e for s, e in idioms) or is_negated(sentence, match.start()):
                    continue
                word = " ".join(match.group(0).split())
                if promise:
                    message = f"Drop '{word}'{where(span)}: health care has no guarantees; say what usually happens instead"
                    hint = "e.g. 'many people feel better within a few weeks'"
                else:
                    message = f"'{word}'{where(span)} is a strong claim; soften it or add a trusted source under `sources:`"
                    hint = "e.g. 'can ease', 'often helps', with a link to cdc.gov, medlineplus.gov or a specialty society"
                yield Hit(message, *span.position(at), hint=hint)


# --- EXP006 ---------------------------------------------------------------

_CONSULT = (
    rf"(?:{alternation(_WORDS['consult_verbs'])})\s+(?:with\s+)?(?:your|a|an|the)\s+(?:own\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}(?:{alternation(_WORDS['clinicians'])})(?![\w-])"
)
_DISCLAIMER = lazyre.compile(rf"(?<![\w-])(?:{alternation(_WORDS['disclaimers'])}|{_CONSULT})(?![\w-])", re.IGNORECASE)


def has_disclaimer(text: str) -> bool:
    # Disclaimers usually close a post: look at the end first, then everywhere.
    tail = max(0, len(text) - 300)
    return _DISCLAIMER.search(text, tail) is not None or (tail > 0 and _DISCLAIMER.search(text) is not None)


@rule("EXP006", "missing-disclaimer", serves="expert", severity=Severity.WARNING, scope="post")
def missing_disclaimer(post: Post, ctx: Context) -> Iterator[Hit]:
    """An expert post that does not say it is general information.

    What it flags:
        A post with `guideline: expert` (in draft, in review, approved or
        published) whose body, or any channel variant, has no sentence
        marking it as education: "General information only, not medical
        advice", "This can't diagnose you", "Talk with your own clinician
        about your situation" and many similar phrasings (the list is in
        rules/data/expert.yml). Each channel's copy is checked on its own,
        because each is read on its own.

    Why:
        Readers take health posts personally. One short sentence reminds
        them that the post does not know their situation and points them to
        their own clinician, which protects them and the practice.

    Examples:
        Triggers: an expert post `ACL injuries often follow a sudden stop or twist. Rehab takes months.` (no advice-to-check line).
        Triggers: a disclaimer in the body but an X variant without one.
        Passes: an expert post `General information only, not medical advice. Talk with your own clinician about your situation.`
        Passes: a disclaimer in the body and an X variant that says `Not medical advice.` too.
        Passes: an expert post `If the pain lasts, check with your doctor.`
    """
    if post.guideline != "expert" or post.status not in CHECKED_STATUSES:
        return
    for copy in copies(post):
        if has_disclaimer(copy.text):
            continue
        if copy.field == "body":
            yield Hit(
                "Add a line saying this is general information, not medical advice, and to talk with their own clinician",
                copy.line,
                hint="e.g. 'General information only, not medical advice. Talk with your own clinician about your situation.'",
            )
        else:
            yield Hit(
                f"The {copy.field.split('.', 1)[1]} variant has no disclaimer; add a short 'Not medical advice.'",
                copy.line,
            )
