"""Who must sign a post off, and which of those sign-offs are still missing.

The playbook's working rule (README, "How we work each week"): a clinician
approves health tips, the privacy lead approves anything with people in it or
that answers a complaint, and an approver signs off everything. The site's
"needs action" list and the post card read it from here, so they name the same
missing role; the rules that enforce parts of it (EXP001, WF002) stay where
they are.
"""

from __future__ import annotations

import datetime as dt

from .model import Plans, Post

ROLE_WORDS = {"clinical": "clinical", "privacy": "privacy", "approver": "sign-off"}


def required_roles(post: Post) -> tuple[str, ...]:
    """The approving roles this post needs, in the order they are usually given."""
    roles = []
    if post.guideline == "expert":
        roles.append("clinical")
    if post.guideline == "negatives" or post.authorization_ids() or any(m.people for m in post.media):
        roles.append("privacy")
    roles.append("approver")
    return tuple(roles)


def missing_roles(post: Post, plans: Plans) -> tuple[str, ...]:
    """Required roles no approval covers yet (an approval counts only from someone who holds the role)."""
    team = plans.team
    given = {a.role for a in post.approvals if a.by in team and a.role in team[a.by].roles}
    return tuple(role for role in required_roles(post) if role not in given)


def who_can(role: str, plans: Plans, author: str = "") -> tuple[str, ...]:
    """Names of the people who hold `role`: those with fewest other duties first, the author last
    (approving one's own post is a last resort)."""
    people = sorted((p for p in plans.team.values() if role in p.roles), key=lambda p: (p.id == author, len(p.roles), p.name))
    return tuple(p.name for p in people)


def lead_days(plans: Plans, thresholds: dict | None = None) -> int:
    """Days before publishing that approvals are due: WF001's threshold if set, else plans/cadence.yml."""
    lead = (thresholds or {}).get("WF001", {}).get("lead_days")
    if isinstance(lead, int) and not isinstance(lead, bool) and lead >= 0:
        return lead
    return plans.cadence.approval_lead_days


def deadline(post: Post, plans: Plans, thresholds: dict | None = None) -> dt.date:
    """The day approvals are due: the local publish date minus the lead time."""
    return plans.local(post.publish).date() - dt.timedelta(days=lead_days(plans, thresholds))
