"""The starter configuration `playbook init` chooses from the team's size and the posting rhythm.

The sample practice has six people and posts most days; its targets make no
sense for a one-person practice that posts twice a week. So:

- Longest gap per channel: 1.5 times the average spacing of its posts, rounded
  up (2 a week -> 6 days, 1 a week -> 11, 3 a week -> 4, daily -> 2). A gap
  warning then means a post is really missing, not that the rhythm is relaxed.
- Approval lead time: 3 days for a team of three or more (a second person
  needs time to review), 1 day for two people, 0 for one person (the same
  person writes and approves: approvals are due on the day).
- Planning horizon (how far ahead open series slots are reported): 8 weeks,
  or 4 weeks for a team of one or two.
- A team of one or two may approve its own posts: WF005 (self-approval) is
  reported as info instead of a warning, so it never fails the strict build.
  Privacy (PHI) rules are never softened, whatever the team's size.

Each choice is written into plans/cadence.yml and plans/checks.yml with a
comment saying why, so the practice can change it there.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .answers import Answers

QUIET_HOURS = "21:00-07:00"
SMALL_TEAM = 2


@dataclass(frozen=True)
class ChannelTarget:
    per_week: float
    max_gap_days: int
    quiet_hours: str = QUIET_HOURS


@dataclass(frozen=True)
class Starter:
    channels: dict[str, ChannelTarget]
    approval_lead_days: int
    planning_horizon_days: int
    severity: dict[str, str]  # rule code -> severity, for plans/checks.yml
    small_team: bool


def max_gap_days(per_week: float) -> int:
    """1.5 times the average days between posts, rounded up, never under 2 days."""
    return max(2, math.ceil(1.5 * 7 / per_week))


def lead_days(team_size: int) -> int:
    return 0 if team_size <= 1 else 1 if team_size == 2 else 3


def choose(answers: Answers) -> Starter:
    size = len(answers.team)
    small = size <= SMALL_TEAM
    channels = {channel: ChannelTarget(per_week, max_gap_days(per_week)) for channel, per_week in answers.posts_per_week.items()}
    return Starter(
        channels=channels,
        approval_lead_days=lead_days(size),
        planning_horizon_days=28 if small else 56,
        severity={"WF005": "info"} if small else {},
        small_team=small,
    )
