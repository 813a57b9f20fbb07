"""The card at the top of every post page: a one-line verdict, then when, where, how long, who approved, what the checks say.

Below the card come the previews per channel (previews.py), then the copy itself.
"""

from __future__ import annotations

from .. import approvals
from ..check import Report
from ..layout import src_uri
from ..limits import measure
from ..model import Post
from ..text import host_of
from .labels import GUIDELINE_LABELS, GUIDELINE_PAGES, STATUS_LABELS, channel_label
from .marks import Marks, marks_for
from .previews import image_sources, previews
from .render import relative_url, render


def _roles(roles: tuple[str, ...]) -> str:
    """'clinical approval and a sign-off' ('' for no roles)."""
    words = [{"approver": "a sign-off"}.get(r, f"{r} approval") for r in roles]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1] if words else ""


def state_text(post: Post, report: Report) -> str:
    """Where the post stands, in words: 'waiting on clinical approval (due Fri 12 Feb)'."""
    plans = report.corpus.plans
    missing = approvals.missing_roles(post, plans)
    due = approvals.deadline(post, plans, report.thresholds)
    going = plans.local(post.publish).date() >= report.today
    when = f" (due {due:%a} {due.day} {due:%b})" if going else ""
    if post.status == "cancelled":
        return "cancelled: it will not go out"
    if post.status == "published":
        return "published"
    if post.status == "approved":
        return f"approved, but still without {_roles(missing)}" if missing else "approved and ready to go out"
    if post.status == "in-review":
        return f"waiting on {_roles(missing)}{when}" if missing else "every approval is in: set its status to approved"
    word = "an idea" if post.status == "idea" else "a draft"
    if not missing:
        return f"still {word}, although its approvals are in: finish it and set its status"
    return f"still {word}: it will need {_roles(missing)}{when}"


def summary(marks: Marks, post: Post, report: Report) -> str:
    """'2 errors, 1 warning — waiting on clinical approval (due Fri 12 Feb)'."""
    return f"{marks.summary or 'All checks pass'} — {state_text(post, report)}"


def post_card(post: Post, report: Report) -> str:
    plans = report.corpus.plans
    src = src_uri(post.path)
    overrides = report.thresholds.get("CH001", {})
    channels = []
    for channel in post.channels:
        used, limit = measure(channel, post.copy_for(channel), overrides)
        channels.append(
            {
                "label": channel_label(channel),
                "count": used,
                "limit": limit,
                "over": limit is not None and used > limit,
                "variant": channel in post.variants,
            }
        )
    team = plans.team
    approvals_given = [{"name": team[a.by].name if a.by in team else a.by, "role": a.role, "on": a.on} for a in post.approvals]
    series = plans.series.get(post.series)
    campaign = plans.campaigns.get(post.campaign)
    found = sorted(report.for_path(post.path), key=lambda f: (-f.severity, f.line, f.column, f.code))
    findings = [{"severity": f.severity.label, "code": f.code, "rule_url": relative_url(f"rules/{f.code.lower()}.md", src), "line": f.line, "message": f.message, "hint": f.hint} for f in found]
    marks = marks_for(post, report)
    local = plans.local(post.publish)
    return render(
        "post_card.html.j2",
        post=post,
        when=local,
        timezone=plans.practice.timezone,
        channels=channels,
        guideline=GUIDELINE_LABELS.get(post.guideline, post.guideline),
        guideline_url=relative_url(GUIDELINE_PAGES.get(post.guideline, "index.md"), src),
        status=STATUS_LABELS.get(post.status, post.status),
        marks=marks,
        summary=summary(marks, post, report),
        author=team[post.author].name if post.author in team else post.author,
        approvals=approvals_given,
        series=series.name if series else post.series,
        campaign=campaign.name if campaign else post.campaign,
        sources=[{"url": url, "host": host_of(url)} for url in post.sources],
        event=post.event
        and {"name": post.event.name, "start": plans.local(post.event.start), "end": post.event.end and plans.local(post.event.end), "location": post.event.location, "url": post.event.url},
        findings=findings,
        calendar_url=relative_url(f"calendar/{local:%Y-%m}.md", src),
        previews=previews(post, report),
    )


def card_inputs(post: Post, report: Report) -> tuple:
    """What `post_card` reads besides the engine and plans/ (the memo keys on those itself): same inputs, same card.

    The post (its path gives the page's links), today (what is due), the post's
    findings (cross-file ones too: another post's edit can change them) and
    which of its pictures are in the docs folder.
    """
    return (post, report.today, report.for_path(post.path), image_sources(post, report))
