"""The review log as typed objects: one Review per public review, never its text or its author."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..wordlists import wordlist

LOG_DIR = "plans/reviews"
NEGATIVE_RATING = 3  # a rating at or below this is negative, whatever the scenario
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # date.weekday() order


def is_calm(scenario: str) -> bool:
    """Whether a scenario is one of the calm ones the NEG rules name (praise, neutral notes, spam); every other is a
    complaint whatever the rating (a 4-star review about a bill still needs a careful reply)."""
    return scenario in _calm_scenarios()


@functools.cache
def _calm_scenarios() -> frozenset[str]:
    """From the NEG rules' data file, read when first asked: every command imports this module, few need it."""
    return frozenset(wordlist("negatives")["calm_scenarios"])


@dataclass(frozen=True)
class Review:
    """One public review: where it is, when it came in, and (once answered) how it was answered."""

    id: str
    platform: str
    url: str
    received: dt.datetime  # timezone-aware
    rating: int | None  # 1-5, or None where the platform has no stars
    scenario: str
    answered: dt.datetime | None = None
    template: str = ""  # the response template's uid
    by: str = ""  # a team member id
    followed_up: dt.date | None = None  # the private follow-up, if any
    path: str = ""
    line: int = 0
    lines: Mapping[str, int] = field(default_factory=dict)  # field name -> line of its key

    def line_of(self, name: str) -> int:
        return self.lines.get(name, self.line)

    @property
    def negative(self) -> bool:
        """Needs a reply within the practice's target: a low rating or a complaint."""
        low = self.rating is not None and self.rating <= NEGATIVE_RATING
        return low or not is_calm(self.scenario)

    @property
    def is_open(self) -> bool:
        return self.answered is None


@dataclass(frozen=True)
class ReviewSettings:
    """How fast a negative review must be answered: `target_business_days` business days after the day
    it came in, counted on the practice's open weekdays in its timezone, skipping its closed days."""

    target_business_days: int = 2
    open_days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday to Friday
    closed: frozenset[dt.date] = frozenset()


@dataclass(frozen=True)
class ReviewLog:
    reviews: tuple[Review, ...] = ()  # sorted by received, then id
    settings: ReviewSettings = field(default_factory=ReviewSettings)
    files: tuple[str, ...] = ()  # the log files read, relative to the root

    def get(self, review_id: str) -> Review | None:
        return next((r for r in self.reviews if r.id == review_id), None)


@dataclass(frozen=True)
class ReplyDraft:
    """A reply as it would be posted, beside the public review it answers (`playbook review draft`).

    The review's text lives only in memory for the length of one check: nothing
    here is ever written to the repository, the site or a feed.
    """

    reply: str  # rendered: placeholders filled, notes to the team removed
    review_text: str
    reviewer: str = ""  # the reviewer's public display name, which the reply may use
    path: str = "reply"  # what findings are located in
    first_line: int = 1
