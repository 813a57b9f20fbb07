"""Open reviews for the needs-action list: the one place the list asks the review log.

Only what the log itself keeps is shown: the platform, the link to the public
review, when it came in and when the reply is due, never a reviewer's name or
the review's text. A practice without a log (no plans/reviews/) gets None: the
list says there is nothing to do.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..check import Report
from ..reviews.queue import open_reviews as log_open_reviews
from .labels import PLATFORM_LABELS


@dataclass(frozen=True)
class OpenReview:
    platform: str
    url: str  # the public review on its platform
    received: dt.datetime
    due: dt.datetime | None = None  # when the reply is due (the practice's response-time target)
    rating: int | None = None

    @property
    def label(self) -> str:
        stars = f", {self.rating} star{'s' if self.rating != 1 else ''}" if self.rating is not None else ""
        return f"{PLATFORM_LABELS.get(self.platform, self.platform)} review{stars}, received {self.received:%a} {self.received.day} {self.received:%b}"


def open_reviews(report: Report) -> list[OpenReview] | None:
    """Unanswered negative reviews, oldest first, or None when the practice keeps no review log."""
    log = getattr(report.corpus, "reviews", None)
    if log is None or not (log.files or log.reviews):
        return None
    found = log_open_reviews(report.corpus, report.today)
    tz = report.corpus.plans.tz
    return [OpenReview(o.review.platform, o.link, o.review.received, dt.datetime.combine(o.due, dt.time(23, 59), tzinfo=tz), o.review.rating) for o in found if o.negative]
