"""Open reviews for the needs-action list: the one place the site asks the review log.

The review log (`plans/reviews/`, issue 15) is built on its own branch. Until its
engine API lands, `open_reviews` answers None ("no log"), and the list says
there is nothing to do; swapping in the log's own query is a change to this
function only. Only what the log itself keeps is shown: the platform, the link
to the public review, when it came in and when the reply is due, never a
reviewer's name or the review's text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..check import Report
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
    """Unanswered reviews, or None when the practice keeps no review log (yet)."""
    return None
