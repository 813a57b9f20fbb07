"""REV: guideline 2 in practice. Every negative review is answered in time, with an approved reply
that fits it, and a reply checked against the review itself says nothing the review did not.

The log (plans/reviews/) is read by reviews/loader.py; due days and states come
from reviews/queue.py, the same module the site, the feed and `playbook review
list` use, so a finding and the needs-action list always agree. REV007 and
REV008 run only in `playbook review draft`, where the review's text is at hand
(in memory, never stored); REV009 is reported while the log is read.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..model import APPROVED_STATUSES
from ..reviews import details
from ..reviews.model import ReplyDraft, Review
from ..reviews.queue import LATE, VERY_LATE, received_day, state_on
from ..text import column
from .context import Context
from .registry import Hit, declare, rule

ANSWER_HINT = "reply on the platform with an approved template, then run `playbook review answer {id} --template UID`"


def _stars(review: Review) -> str:
    return f"{review.rating}★" if review.rating is not None else "no rating"


def _day(day) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def _label(review: Review, tz) -> str:
    return f"{review.platform} review {review.id} ({_stars(review)}, {review.scenario}) received {_day(received_day(review, tz))}"


def _open_states(corpus, ctx: Context, wanted: str) -> Iterator[Hit]:
    log = corpus.reviews
    tz = ctx.plans.tz
    for review in log.reviews:
        if not review.is_open or not review.negative or received_day(review, tz) > ctx.today:
            continue
        item = state_on(review, ctx.today, log.settings, tz)
        if item.state != wanted:
            continue
        target = log.settings.target_business_days
        limit = f"the {target}-business-day target" if wanted == LATE else f"twice the {target}-business-day target"
        yield Hit(
            f"Unanswered: {_label(review, tz)} is {item.text()} and past {limit}; answer it today",
            review.line,
            hint=ANSWER_HINT.format(id=review.id),
            path=review.path,
        )


@rule("REV001", "review-past-target", serves="negatives", severity=Severity.WARNING, scope="corpus")
def review_past_target(corpus, ctx: Context) -> Iterator[Hit]:
    """A negative review still unanswered after the practice's response target.

    What it flags:
        A review in plans/reviews/ without `answered` that is negative (a
        rating of 3 or less, or a complaint scenario such as `wait-time` or
        `billing`) and whose due day has passed. The due day is the end of
        the Nth business day after the day the review came in, in the
        practice's timezone; N is `reviews.target_business_days` in
        plans/checks.yml (2 unless the practice says otherwise), business days
        are `reviews.open_days` (Monday to Friday) minus `reviews.closed`.
        Past twice the target it is REV002, an error.

    Why:
        An unanswered complaint is read by every later visitor as the
        practice's answer. A prompt, calm reply that moves the conversation
        offline is the second guideline; reputation tools measure response
        time for the same reason.

    Examples:
        Triggers: a 2-star review received Friday 15 January 2027, unanswered on Wednesday 20 January (due Tuesday).
        Passes: the same review answered on Tuesday 19 January.
        Passes: a 5-star `positive-review` left unanswered (no target; a thank-you is still kind).
    """
    yield from _open_states(corpus, ctx, LATE)


@rule("REV002", "review-far-past-target", serves="negatives", severity=Severity.ERROR, scope="corpus")
def review_far_past_target(corpus, ctx: Context) -> Iterator[Hit]:
    """A negative review unanswered for more than twice the practice's response target.

    What it flags:
        Like REV001, but the review has waited past twice the target: with
        the default target of 2 business days, a review received on a Monday
        and still open on the Monday after (due Wednesday, twice the target
        Friday).

    Why:
        By then the complaint has stood alone on the practice's page for a
        week; the build stops so that someone answers it before anything else
        is published.

    Examples:
        Triggers: a 2-star review received Monday 11 January 2027, unanswered on Wednesday 20 January.
        Passes: the same review answered on Tuesday 12 January.
        Passes: a 2-star review received Friday 15 January, unanswered on Wednesday 20 January (late, but not twice the target).
    """
    yield from _open_states(corpus, ctx, VERY_LATE)


def _templates(corpus) -> dict:
    return {t.uid: t for t in corpus.responses if t.uid}


def _answered(corpus) -> Iterator[tuple[Review, object]]:
    templates = _templates(corpus)
    for review in corpus.reviews.reviews:
        if review.answered is not None and review.template in templates:
            yield review, templates[review.template]


@rule("REV003", "reply-template-not-approved", serves="negatives", severity=Severity.ERROR, scope="corpus")
def reply_template_not_approved(corpus, ctx: Context) -> Iterator[Hit]:
    """A review answered with a response template that was not approved.

    What it flags:
        A log entry whose `template` names a response template whose status is
        `idea`, `draft`, `in-review` or `cancelled`, or one that is approved
        now but whose last approval is dated after the day the reply was
        posted: either way the reply went out without the privacy officer's
        approval.

    Why:
        Replies to reviews are where practices most often disclose patient
        information by accident. The library offers approved templates only;
        a reply written from a draft skipped the one review that protects the
        reviewer's privacy. Check the posted reply, and edit it on the
        platform if it says anything about the reviewer's care.

    Examples:
        Triggers: `template: rb-draft` where that template is `status: draft`.
        Triggers: answered 2027-01-06 with a template approved on 2027-01-12.
        Passes: `template: rb-ok` where that template is `status: approved`, approved before the reply.
        Passes: an unanswered review (no template yet).
    """
    tz = ctx.plans.tz
    for review, template in _answered(corpus):
        approved_on = max((a.on for a in template.approvals), default=None)
        day = review.answered.astimezone(tz).date()
        if template.status not in APPROVED_STATUSES:
            state = f"which is '{template.status}', not approved"
        elif approved_on is not None and approved_on > day:
            state = f"which was approved only on {approved_on.isoformat()}, after the reply went out ({day.isoformat()})"
        else:
            continue
        yield Hit(
            f"Review {review.id} was answered with '{template.title}' ({template.path}), {state}: check the posted reply now and edit it on the platform if it says anything about the reviewer",
            review.line_of("template"),
            hint="use approved templates only (the response library shows them); have the privacy officer approve this one",
            path=review.path,
        )


@rule("REV004", "template-scenario-mismatch", serves="negatives", severity=Severity.WARNING, scope="corpus")
def template_scenario_mismatch(corpus, ctx: Context) -> Iterator[Hit]:
    """A review answered with a template written for another scenario.

    What it flags:
        A log entry whose `scenario` differs from the `scenario` of the
        response template it names: a `positive-review` thank-you used for a
        `billing` complaint, a `wait-time` reply for a `staff-conduct` one.

    Why:
        A reply that answers another complaint reads as a form letter, or
        worse, as dismissive; the library has a template for each scenario
        because each needs different words. If the scenario in the log is
        wrong, correct the log instead.

    Examples:
        Triggers: a `billing` review answered with the `positive-review` template.
        Passes: a `wait-time` review answered with the `wait-time` template.
        Passes: an unanswered review.
    """
    for review, template in _answered(corpus):
        if template.scenario and template.scenario != review.scenario:
            yield Hit(
                f"Review {review.id} is a '{review.scenario}' review but was answered with '{template.title}', written for '{template.scenario}'",
                review.line_of("template"),
                hint=f"use a '{review.scenario}' template next time, or correct 'scenario' if the log is wrong",
                path=review.path,
            )


@rule("REV005", "date-before-received", serves="negatives", severity=Severity.ERROR, scope="corpus")
def date_before_received(corpus, ctx: Context) -> Iterator[Hit]:
    """A review answered, or followed up, before it was received.

    What it flags:
        `answered` earlier than `received`, or `followed_up` on a day before
        the day the review came in (both in the practice's timezone when no
        offset is written).

    Why:
        The log is the practice's proof that every review was answered and
        how fast; a reply before the review is a typo (often the month or the
        year) that makes the response times meaningless.

    Examples:
        Triggers: `received: 2027-01-12 09:00` with `answered: 2027-01-11 16:00`.
        Triggers: `received: 2027-01-12 09:00` with `followed_up: 2026-01-13`.
        Passes: `received: 2027-01-12 09:00` with `answered: 2027-01-12 15:30`.
    """
    tz = ctx.plans.tz
    for review in corpus.reviews.reviews:
        if review.answered is not None and review.answered < review.received:
            yield Hit(
                f"'answered' ({review.answered.astimezone(tz):%Y-%m-%d %H:%M}) is before 'received' ({review.received.astimezone(tz):%Y-%m-%d %H:%M}); check the dates",
                review.line_of("answered"),
                path=review.path,
            )
        if review.followed_up is not None and review.followed_up < received_day(review, tz):
            yield Hit(
                f"'followed_up' ({review.followed_up.isoformat()}) is before the review was received ({received_day(review, tz).isoformat()}); check the date",
                review.line_of("followed_up"),
                path=review.path,
            )


@rule("REV006", "template-platform-mismatch", serves="negatives", severity=Severity.INFO, scope="corpus")
def template_platform_mismatch(corpus, ctx: Context) -> Iterator[Hit]:
    """A review answered with a template not written for its platform.

    What it flags:
        A log entry whose `platform` is not among the `platforms` of the
        response template it names.

    Why:
        Platforms differ in what a reply may say and how long it may be (a
        Facebook comment thread is not a Healthgrades response); a template
        lists the platforms its wording was checked for.

    Examples:
        Triggers: a `yelp` review answered with a template for `[google, facebook]`.
        Passes: a `google` review answered with a template for `[google, yelp]`.
        Passes: an unanswered review.
    """
    for review, template in _answered(corpus):
        if template.platforms and review.platform not in template.platforms:
            yield Hit(
                f"Review {review.id} is on {review.platform}, but '{template.title}' was written for {', '.join(template.platforms)}",
                review.line_of("template"),
                hint=f"add {review.platform} to the template's platforms once its wording suits it",
                path=review.path,
            )


# --- the reply against the review (playbook review draft) ---------------------------------------------------


def _reply_details(draft: ReplyDraft, ctx: Context) -> Iterator[tuple[details.Detail, bool]]:
    """(detail, repeated from the review) for every detail of the reply."""
    plans = ctx.plans
    contact = plans.practice.contact
    own = [plans.practice.name, contact.name, contact.phone, contact.email, draft.reviewer, *(p.name for p in plans.team.values())]
    allowed = details.allowed_words(own)
    reply = details.blank_phrases(draft.reply, own)
    review_words = details.word_keys(draft.review_text)
    for detail in details.find_details(reply, allowed):
        yield detail, details.repeated(detail, review_words)


def _hit(draft: ReplyDraft, offset: int, message: str, hint: str) -> Hit:
    line = draft.first_line + draft.reply.count("\n", 0, offset)
    return Hit(message, line, column(draft.reply, offset), hint, draft.path)


@rule("REV007", "reply-repeats-review-detail", serves="privacy", severity=Severity.ERROR, scope="reply")
def reply_repeats_review_detail(draft: ReplyDraft, ctx: Context) -> Iterator[Hit]:
    """A reply that repeats a clinical or personal detail from the review it answers.

    What it flags:
        Run by `playbook review draft` with the review's text: a clinical term
        (condition, procedure, test, medicine, body part, care setting, in
        English or Spanish), a person's name, a family member, a number or a
        day in the reply that the review also mentions.

    Why:
        A reviewer may say anything about themselves; the practice may not
        confirm it. "We're sorry your knee surgery went this way" under a
        review about knee surgery confirms that the reviewer is a patient and
        what was done. The reply may use the reviewer's public display name,
        nothing else from the review.

    Examples:
        Triggers: review "My knee surgery was botched", reply "We're sorry to hear about your surgery."
        Triggers: review "Esperé dos horas para mi resonancia", reply "Lamentamos la espera de su resonancia."
        Passes: review "My knee surgery was botched", reply "We're sorry to hear this. Please call Patient Relations."
    """
    for detail, again in _reply_details(draft, ctx):
        if again:
            yield _hit(
                draft,
                detail.start,
                f"Remove '{detail.text}': the reply repeats {detail.what} from the review, which confirms it",
                "say nothing about what the review describes; thank, apologise and offer the private route",
            )


@rule("REV008", "reply-adds-detail", serves="privacy", severity=Severity.ERROR, scope="reply")
def reply_adds_detail(draft: ReplyDraft, ctx: Context) -> Iterator[Hit]:
    """A reply that adds a clinical or personal detail the review did not mention.

    What it flags:
        Run by `playbook review draft` with the review's text: a clinical term,
        a person's name (other than staff and the reviewer's public name), a
        family member, a number or a day in the reply that the review does
        not mention.

    Why:
        Anything the reply adds comes from the practice's own knowledge of the
        reviewer: a date, a test, a relative, a clinician's name. Published
        under the review, it discloses care the reviewer never made public.

    Examples:
        Triggers: review "Worst wait ever", reply "We're sorry your MRI was delayed."
        Triggers: review "Rude front desk", reply "We spoke to Emma about your call."
        Passes: review "Worst wait ever", reply "We're sorry about the wait. Please call Patient Relations."
    """
    for detail, again in _reply_details(draft, ctx):
        if not again:
            yield _hit(
                draft,
                detail.start,
                f"Remove '{detail.text}': the reply adds {detail.what} the review does not mention",
                "a public reply says nothing about anyone's care; offer the private route instead",
            )


@declare("REV009", "private-text-in-log", serves="privacy")
def private_text_in_log():
    """A comment in the review log that holds what a review said or who wrote it.

    What it flags:
        A YAML comment (`# ...`) in plans/reviews/ that mentions a clinical
        term, a person's name (other than staff) or a family member: the kind
        of note that copies the review into the repository ("# Pat said her
        knee surgery went badly").

    Why:
        The log never stores the reviewer's name or the review's text: it
        links to the review, where the reviewer chose to publish it. A
        repository is copied to every laptop and kept forever; health details
        about an identifiable person have no place in it.

    Examples:
        Triggers: `# unhappy about her knee MRI results` above an entry.
        Triggers: `# reviewer is Emma Carlson` above an entry.
        Passes: `# Review log, January 2027: one entry per review.` above an entry.
    """
