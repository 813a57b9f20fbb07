"""reviews-due.ics: one event per open negative review, on the day its reply is due.

Whoever is on duty subscribes and sees "Reply due: Google review, 2★ wait-time"
at the start of the due day (REMIND_AT, practice time: the reply is due by the
end of that day), with the link to the review. A review already past its due
day sits on today, marked late, so it never hides in the past. Like the other feeds
the file depends only on the commit and today: UIDs come from review ids, the
stamp is fixed, and nothing of the review's text exists to leak (the log never
holds it).
"""

from __future__ import annotations

import datetime as dt

from icalendar import Event

from ..feeds import EPOCH, Feed, FeedBuilder, _text
from ..site.labels import PLATFORM_LABELS
from .queue import open_in

FILENAME = "reviews-due.ics"
REMIND_AT = dt.time(9, 0)
DURATION = dt.timedelta(minutes=30)
LIBRARY_PAGE = "responses/"


def _stars(rating: int | None) -> str:
    return f"{rating}★" if rating is not None else "no stars"


def review_event(builder: FeedBuilder, item, today: dt.date) -> Event:
    review = item.review
    tz = builder.plans.tz
    platform = PLATFORM_LABELS.get(review.platform, review.platform)
    day = today if item.late else item.due
    late = "Late: " if item.late else ""
    event = Event()
    event.add("uid", f"review-{review.id}@{builder.domain}")
    event.add("dtstamp", EPOCH)
    event.add("dtstart", dt.datetime.combine(day, REMIND_AT, tz))
    event.add("duration", DURATION)
    event.add("summary", _text(f"{late}Reply due: {platform} review, {_stars(review.rating)} {review.scenario} ({review.id})"))
    lines = [
        f"A {platform} review ({_stars(review.rating)}, {review.scenario}) came in on {review.received.astimezone(tz):%a %d %b %Y, %H:%M}.",
        f"Reply: {item.text()}.",
        "",
        f"Open the review: {review.url}",
        (
            "Reply with an approved template from the response library, check it with "
            f"`playbook review draft {review.id} --template UID`, then record it: `playbook review answer {review.id} --template UID`."
        ),
    ]
    if builder.site_url:
        lines.append(f"Response library: {builder.site_url.rstrip('/')}/{LIBRARY_PAGE}")
    event.add("description", _text("\n".join(lines)))
    if review.url.startswith("https://"):
        event.add("url", review.url)
    event.add("categories", ["review-reply", review.platform])
    event.add("status", "CONFIRMED")
    event.add("transp", "TRANSPARENT")
    event.add("sequence", 0)
    return event


def reviews_due_feed(builder: FeedBuilder) -> Feed:
    """The feed of replies due: open negative reviews received on or before today, by due day."""
    report = builder.report
    tz = builder.plans.tz
    today = report.today
    items = [o for o in open_in(report.corpus.reviews, today, tz) if o.negative]
    name = builder.plans.practice.name or "Practice"
    title = f"{name}: review replies due"
    cal = builder._calendar(title, "Open negative reviews, each on the day its reply is due.", [dt.datetime.combine(today, REMIND_AT, tz)])
    events = [review_event(builder, item, today) for item in items]
    for event in sorted(events, key=lambda e: (e.decoded("dtstart"), str(e["uid"]))):
        cal.add_component(event)
    return Feed(FILENAME, title, "Negative reviews still waiting for a reply, on their due day", cal.to_ical())
