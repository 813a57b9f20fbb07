"""REV: the review log's rules. Today is Wednesday 2027-01-20 (harness.TODAY); the practice is in America/Chicago.

Default target: 2 business days, Monday to Friday. A review received on Friday 15 January
is due on Tuesday 19 and past twice the target after Thursday 21.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import pytest
from playbook.reviews.model import ReplyDraft, Review, ReviewLog, ReviewSettings

from tests.rules.harness import TZ, Cases, Example, approval, hits, named, response

_ids = itertools.count(1)
REPLY = "We're sorry to hear this, {{ reviewer }}. Please call {{ contact.name }} at {{ contact.phone }} so we can help."


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=TZ)


def rev(
    received: str,
    rating: int | None = 2,
    scenario: str = "wait-time",
    *,
    answered: str | None = None,
    template: str = "",
    by: str = "jlee",
    followed_up: str | None = None,
    platform: str = "google",
    n: int = 0,
) -> Review:
    n = n or next(_ids)
    stamp = at(answered) if answered and "+" not in answered and not answered.endswith("Z") else (dt.datetime.fromisoformat(answered.replace("Z", "+00:00")) if answered else None)
    return Review(
        id=f"rv-test-{n:03d}",
        platform=platform,
        url=f"https://g.page/r/example/review/{n}",
        received=at(received),
        rating=rating,
        scenario=scenario,
        answered=stamp,
        template=template if answered else "",
        by=by if answered else "",
        followed_up=dt.date.fromisoformat(followed_up) if followed_up else None,
        path="plans/reviews/2027-01.yml",
        line=10 * n,
        lines={"id": 10 * n, "answered": 10 * n + 6, "template": 10 * n + 7, "followed_up": 10 * n + 9},
    )


def log(*reviews: Review, **settings) -> ReviewLog:
    return ReviewLog(tuple(reviews), ReviewSettings(**settings))


def _renumbered(review: Review, n: int) -> Review:
    """The review as the n-th entry of its log: an id, url and lines that do not depend on how
    many reviews the tables made before it (the pins in tests/rules/pins/ name its lines)."""
    again = rev("2027-01-01 00:00", n=n)
    return replace(review, id=again.id, url=again.url, line=again.line, lines=again.lines)


def _numbered(items) -> list:
    """Each review of an example numbered by its place in it, those in a log included."""
    count = itertools.count(1)
    out = []
    for item in items:
        if isinstance(item, Review):
            item = _renumbered(item, next(count))
        elif isinstance(item, ReviewLog):
            item = replace(item, reviews=tuple(_renumbered(r, next(count)) for r in item.reviews))
        out.append(item)
    return out


def tpl(uid: str, scenario: str = "wait-time", status: str = "approved", on: str = "2027-01-04", platforms=("google", "yelp")):
    approvals = (approval("mreyes", "privacy", on),) if status in ("approved", "published") else ()
    return response(REPLY, uid=uid, scenario=scenario, status=status, approvals=approvals, platforms=platforms)


def answered_with(template, review_scenario: str = "wait-time", answered: str = "2027-01-06 10:00", platform: str = "google", **fields):
    return Example(
        f"{review_scenario}-with-{template.uid}-{template.scenario}",
        _numbered([template, rev("2027-01-05 09:00", 2, review_scenario, answered=answered, template=template.uid, platform=platform, **fields)]),
    )


def one(name: str, *items) -> Example:
    return Example(name, _numbered(items))


def draft(review: str, reply: str, reviewer: str = "") -> ReplyDraft:
    return ReplyDraft(reply, review, reviewer)


def review_file(body: str) -> dict:
    return {"plans/reviews/2027-01.yml": body}


ENTRY = "- id: rv-2027-01-01\n  platform: google\n  url: https://g.page/r/x/review/1\n  received: 2027-01-04 09:00\n  rating: 2\n  scenario: wait-time\n"

CASES = {
    "REV001": Cases(
        trigger=[
            one("a 2-star review received Friday 15 January 2027, unanswered on Wednesday 20 January (due Tuesday).", rev("2027-01-15 10:00")),
            one("complaint scenario with 4 stars", rev("2027-01-14 16:00", 4, "general-complaint")),
            one("no stars, billing, Saturday", rev("2027-01-16 11:00", None, "billing")),
            one("target of one day", log(rev("2027-01-18 10:00"), target_business_days=1)),
            one("3 stars is negative", rev("2027-01-15 12:00", 3, "neutral-review")),
        ],
        clean=[
            one("due today", rev("2027-01-18 10:05")),
            one("the same review answered on Tuesday 19 January.", rev("2027-01-15 10:00", answered="2027-01-19 09:00", template="x")),
            one("a 5-star `positive-review` left unanswered (no target; a thank-you is still kind).", rev("2027-01-04 10:00", 5, "positive-review")),
            one("closed Monday moves the due day", log(rev("2027-01-15 10:00"), closed=frozenset({dt.date(2027, 1, 18)}))),
            one("received after today", rev("2027-01-22 10:00")),
            one("past twice the target: REV002", rev("2027-01-11 10:00")),
        ],
    ),
    "REV002": Cases(
        trigger=[
            one("a 2-star review received Monday 11 January 2027, unanswered on Wednesday 20 January.", rev("2027-01-11 10:00")),
            one("last year", rev("2026-12-20 10:00", 1, "negative-review")),
            one("neutral 3 stars", rev("2027-01-13 10:00", 3, "neutral-review")),
            one("target of one day", log(rev("2027-01-14 10:00"), target_business_days=1)),
        ],
        clean=[
            one("a 2-star review received Friday 15 January, unanswered on Wednesday 20 January (late, but not twice the target).", rev("2027-01-15 10:00")),
            one("the same review answered on Tuesday 12 January.", rev("2027-01-11 10:00", answered="2027-01-12 09:00", template="x")),
            one("positive", rev("2027-01-04 10:00", 5, "positive-review")),
            one("a longer target", log(rev("2027-01-11 10:00"), target_business_days=5)),
        ],
    ),
    "REV003": Cases(
        trigger=[
            named("`template: rb-draft` where that template is `status: draft`.", answered_with(tpl("rb-draft", status="draft"))),
            answered_with(tpl("rb-cancelled", status="cancelled")),
            named("answered 2027-01-06 with a template approved on 2027-01-12.", answered_with(tpl("rb-later", on="2027-01-12"))),
            answered_with(tpl("rb-review", status="in-review")),
        ],
        clean=[
            named("`template: rb-ok` where that template is `status: approved`, approved before the reply.", answered_with(tpl("rb-ok"))),
            answered_with(tpl("rb-same-day", on="2027-01-06")),
            one("an unanswered review (no template yet).", tpl("rb-ok2"), rev("2027-01-19 10:00")),
            one("unknown template: FM008's concern", rev("2027-01-05 09:00", answered="2027-01-06 10:00", template="rb-ghost")),
        ],
    ),
    "REV004": Cases(
        trigger=[
            named("a `billing` review answered with the `positive-review` template.", answered_with(tpl("rb-thanks", "positive-review"), "billing")),
            answered_with(tpl("rb-wait", "wait-time"), "staff-conduct"),
            answered_with(tpl("rb-neg", "negative-review"), "neutral-review"),
        ],
        clean=[
            named("a `wait-time` review answered with the `wait-time` template.", answered_with(tpl("rb-wait2", "wait-time"), "wait-time")),
            one("an unanswered review.", tpl("rb-thanks2", "positive-review"), rev("2027-01-19 10:00", 2, "billing")),
            one("unknown template", rev("2027-01-05 09:00", answered="2027-01-06 10:00", template="rb-ghost")),
        ],
    ),
    "REV005": Cases(
        trigger=[
            one("`received: 2027-01-12 09:00` with `answered: 2027-01-11 16:00`.", rev("2027-01-12 09:00", answered="2027-01-11 16:00", template="x")),
            one("answered a minute before", rev("2027-01-12 09:00", answered="2027-01-12 08:59", template="x")),
            one("answered in UTC, before", rev("2027-01-12 09:00", answered="2027-01-12T14:30Z", template="x")),
            one("`received: 2027-01-12 09:00` with `followed_up: 2026-01-13`.", rev("2027-01-12 09:00", followed_up="2026-01-13")),
        ],
        clean=[
            one("`received: 2027-01-12 09:00` with `answered: 2027-01-12 15:30`.", rev("2027-01-12 09:00", answered="2027-01-12 15:30", template="x")),
            one("answered in UTC, after", rev("2027-01-12 09:00", answered="2027-01-12T15:30Z", template="x")),
            one("follow-up the same day", rev("2027-01-12 09:00", answered="2027-01-12 10:00", template="x", followed_up="2027-01-12")),
        ],
    ),
    "REV006": Cases(
        trigger=[
            named("a `yelp` review answered with a template for `[google, facebook]`.", answered_with(tpl("rb-gf", platforms=("google", "facebook")), platform="yelp")),
            answered_with(tpl("rb-g", platforms=("google",)), platform="healthgrades"),
            answered_with(tpl("rb-social", platforms=("facebook", "instagram")), platform="google"),
        ],
        clean=[
            named("a `google` review answered with a template for `[google, yelp]`.", answered_with(tpl("rb-gy", platforms=("google", "yelp")), platform="google")),
            one("an unanswered review.", tpl("rb-gy2", platforms=("google",)), rev("2027-01-19 10:00", platform="yelp")),
            answered_with(tpl("rb-gy3", platforms=("google", "yelp")), platform="yelp"),
        ],
    ),
    "REV007": Cases(
        trigger=[
            named('review "My knee surgery was botched", reply "We\'re sorry to hear about your surgery."', draft("My knee surgery was botched.", "We're sorry to hear about your surgery.")),
            named(
                'review "Esperé dos horas para mi resonancia", reply "Lamentamos la espera de su resonancia."', draft("Esperé dos horas para mi resonancia.", "Lamentamos la espera de su resonancia.")
            ),
            draft("Dr. Smith was rude to me.", "We're sorry Dr. Smith upset you."),
            draft("I waited 3 hours on Tuesday.", "We're sorry about Tuesday."),
            draft("They billed me $450 for nothing.", "We will look into the $450 charge."),
            draft("Mi hija Lucía salió con una fractura mal tratada.", "Esperamos que Lucía ya esté mejor."),
            draft("My MRI results took a month.", "Your MRI results should never take that long."),
            draft("They ignored my daughter at check-in.", "We're sorry your daughter felt ignored."),
        ],
        clean=[
            named(
                'review "My knee surgery was botched", reply "We\'re sorry to hear this. Please call Patient Relations."',
                draft("My knee surgery was botched.", "We're sorry to hear this. Please call Patient Relations."),
            ),
            draft("My knee surgery was botched.", "We're sorry to hear this, Pat. Please call Patient Relations at +1 555 0100.", "Pat"),
            draft("Esperé dos horas para mi resonancia.", "Lamentamos mucho lo que nos cuenta. Llame a Patient Relations al +1 555 0100."),
            draft("Maria here. Awful wait!", "We're sorry, Maria G. Please write to care@example-ortho.test.", "Maria G."),
            draft("Morgan at the desk was kind.", "Thank you! We'll tell Morgan Reyes, who reads every note."),
        ],
    ),
    "REV008": Cases(
        trigger=[
            named('review "Worst wait ever", reply "We\'re sorry your MRI was delayed."', draft("Worst wait ever.", "We're sorry your MRI was delayed.")),
            named('review "Rude front desk", reply "We spoke to Emma about your call."', draft("Rude front desk.", "We spoke to Emma about your call.")),
            draft("Awful.", "We're sorry about what happened on Tuesday."),
            draft("Pésimo servicio.", "Lamentamos lo de su cirugía de rodilla."),
            draft("Long wait.", "Sorry your husband had to wait so long."),
            draft("Not happy.", "We have refunded the $120 to your card."),
        ],
        clean=[
            named(
                'review "Worst wait ever", reply "We\'re sorry about the wait. Please call Patient Relations."', draft("Worst wait ever.", "We're sorry about the wait. Please call Patient Relations.")
            ),
            draft("Pésimo servicio.", "Lamentamos mucho lo ocurrido. Por favor llame a Patient Relations al +1 555 0100."),
            draft("Rude front desk.", "We're sorry, Jo. Please reach Patient Relations at +1 555 0100 or care@example-ortho.test.", "Jo"),
            draft("Great team!", "Thank you, Sam! We'll share this with Dr. Okafor and the team.", "Sam"),
        ],
    ),
    "REV009": Cases(
        trigger=[
            named("`# unhappy about her knee MRI results` above an entry.", review_file("# unhappy about her knee MRI results\n" + ENTRY)),
            named("`# reviewer is Emma Carlson` above an entry.", review_file("# reviewer is Emma Carlson\n" + ENTRY)),
            review_file(ENTRY.replace("rating: 2", "rating: 2  # says her ACL repair failed")),
            review_file("# her husband wrote this one\n" + ENTRY),
        ],
        clean=[
            named("`# Review log, January 2027: one entry per review.` above an entry.", review_file("# Review log, January 2027: one entry per review.\n" + ENTRY)),
            review_file("# answered by Morgan Reyes after a call\n" + ENTRY),
            review_file(ENTRY.replace("review/1", "review/1#emma-knee-surgery")),
            review_file("# 3 negative reviews this month, all answered within 2 business days\n" + ENTRY),
        ],
    ),
}


# --- where findings land and what they say ---------------------------------------------------------------


def test_open_review_findings_point_at_the_entry_and_say_what_to_do():
    late = rev("2027-01-15 10:00")
    found = hits("REV001", [late])
    assert [(h.path, h.line) for h in found] == [(late.path, late.line)]
    assert "1 business day late (was due Tue 19 Jan)" in found[0].message
    assert f"playbook review answer {late.id} --template UID" in found[0].hint


def test_far_past_target_says_how_late():
    found = hits("REV002", [rev("2027-01-11 10:00")])
    assert "5 business days late (was due Wed 13 Jan)" in found[0].message
    assert "twice the 2-business-day target" in found[0].message


def test_template_findings_point_at_the_template_line():
    template = tpl("rb-later", on="2027-01-12")
    review = rev("2027-01-05 09:00", answered="2027-01-06 10:00", template="rb-later")
    found = hits("REV003", [template, review])
    assert [(h.path, h.line) for h in found] == [(review.path, review.line_of("template"))]
    assert "approved only on 2027-01-12, after the reply went out (2027-01-06)" in found[0].message


def test_date_findings_point_at_the_date_that_is_wrong():
    review = rev("2027-01-12 09:00", answered="2027-01-11 16:00", template="x", followed_up="2027-01-10")
    found = hits("REV005", [review])
    assert sorted(h.line for h in found) == [review.line_of("answered"), review.line_of("followed_up")]


@pytest.mark.parametrize(
    "review, reply, code, quoted, column",
    [
        ("My knee surgery was botched.", "We're sorry to hear about your surgery.", "REV007", "surgery", 32),
        ("Worst wait ever.", "Sorry.\nWe're sorry your MRI was delayed.", "REV008", "MRI", 18),
        ("Esperé dos horas para mi resonancia.", "Lamentamos la espera de su resonancia.", "REV007", "resonancia", 28),
        ("Pésimo servicio.", "Lamentamos lo de su cirugía de rodilla.", "REV008", "cirugía de rodilla", 21),
    ],
)
def test_reply_findings_quote_the_reply_and_locate_it(review, reply, code, quoted, column):
    found = hits(code, draft(review, reply))
    assert len(found) == 1
    assert f"Remove '{quoted}'" in found[0].message
    assert found[0].column == column
    assert found[0].line == 1 + reply.count("\n")


def test_reply_findings_never_quote_the_review():
    review = "My name is Carla Mendes and my ACL reconstruction with Dr. Smith on March 3 failed."
    found = hits("REV007", draft(review, "We're sorry, Carla Mendes. Your ACL reconstruction on March 3 matters to us.")) + hits("REV008", draft(review, "Please call us."))
    assert found
    for hit in found:
        assert "failed" not in hit.message and "My name is" not in hit.message and "Dr. Smith" not in hit.message
