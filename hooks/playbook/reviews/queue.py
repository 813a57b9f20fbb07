"""Open reviews and their due days: the one API the site's needs-action list, the feed, the CLI
and the rules share, so they can never disagree about what is late.

    from playbook.reviews import open_reviews
    for item in open_reviews(corpus, today):        # oldest first
        item.review.url, item.due, item.left, item.state, item.text()
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .businessdays import business_days_between, due_day
from .model import Review, ReviewLog, ReviewSettings

# States of an open review on a given day, from calm to urgent.
WITHIN = "within-target"  # due day still ahead
DUE_TODAY = "due-today"
LATE = "past-target"  # due day passed: REV001
VERY_LATE = "past-twice-target"  # twice the target passed: REV002
NO_TARGET = "no-target"  # not negative: answering it is good practice, not a deadline


@dataclass(frozen=True)
class Deadlines:
    due: dt.date  # the target's last day
    hard: dt.date  # twice the target's last day


def deadlines(review: Review, settings: ReviewSettings, tz) -> Deadlines:
    day = received_day(review, tz)
    target = settings.target_business_days
    return Deadlines(due_day(day, target, settings), due_day(day, 2 * target, settings))


def received_day(review: Review, tz) -> dt.date:
    return review.received.astimezone(tz).date()


@dataclass(frozen=True)
class OpenReview:
    """An unanswered review on `today`: its due day, the business days left (negative once late) and its state."""

    review: Review
    due: dt.date
    hard: dt.date
    left: int
    state: str

    @property
    def link(self) -> str:
        return self.review.url

    @property
    def negative(self) -> bool:
        return self.review.negative

    @property
    def late(self) -> bool:
        return self.state in (LATE, VERY_LATE)

    def text(self) -> str:
        """Time left in words: 'due today', 'due in 2 business days (Fri 22 Jan)', '3 business days late'."""
        when = f"{self.due:%a} {self.due.day} {self.due:%b}"
        if self.state == NO_TARGET:
            return "no deadline (not a negative review)"
        if self.state == DUE_TODAY:
            return f"due today ({when})"
        if self.left > 0:
            return f"due in {_days(self.left)} ({when})"
        return f"{_days(-self.left)} late (was due {when})" if self.left < 0 else f"late (was due {when})"


def _days(n: int) -> str:
    return f"{n} business day{'s' if n != 1 else ''}"


def state_on(review: Review, today: dt.date, settings: ReviewSettings, tz) -> OpenReview:
    limits = deadlines(review, settings, tz)
    left = business_days_between(today, limits.due, settings)
    if not review.negative:
        state = NO_TARGET
    elif today > limits.hard:
        state = VERY_LATE
    elif today > limits.due:
        state = LATE
    elif today == limits.due:
        state = DUE_TODAY
    else:
        state = WITHIN
    return OpenReview(review, limits.due, limits.hard, left, state)


def open_in(log: ReviewLog, today: dt.date, tz) -> list[OpenReview]:
    """Every unanswered review received on or before `today`, oldest first."""
    found = [state_on(r, today, log.settings, tz) for r in log.reviews if r.is_open and received_day(r, tz) <= today]
    return sorted(found, key=lambda o: (o.review.received, o.review.id))


def open_reviews(corpus, today: dt.date) -> list[OpenReview]:
    """The corpus's unanswered reviews on `today`, oldest first (negative and not; see OpenReview.negative)."""
    log = getattr(corpus, "reviews", None) or ReviewLog()
    return open_in(log, today, corpus.plans.tz)
