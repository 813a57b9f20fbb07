"""The card at the top of every post page: when, where, how long, who approved, what the checks say."""

from __future__ import annotations

from ..check import Report
from ..limits import measure
from ..model import Post
from ..text import host_of
from .labels import GUIDELINE_LABELS, GUIDELINE_PAGES, STATUS_LABELS, channel_label
from .render import relative_url, render


def post_card(post: Post, report: Report) -> str:
    plans = report.corpus.plans
    src = post.path.split("content/", 1)[-1]
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
    approvals = [{"name": team[a.by].name if a.by in team else a.by, "role": a.role, "on": a.on} for a in post.approvals]
    series = plans.series.get(post.series)
    campaign = plans.campaigns.get(post.campaign)
    findings = [
        {"severity": f.severity.label, "code": f.code, "rule_url": relative_url(f"rules/{f.code.lower()}.md", src), "line": f.line, "message": f.message, "hint": f.hint}
        for f in report.for_path(post.path)
    ]
    local = post.publish.astimezone(plans.tz)
    return render(
        "post_card.html.j2",
        post=post,
        when=local,
        timezone=plans.practice.timezone,
        channels=channels,
        guideline=GUIDELINE_LABELS.get(post.guideline, post.guideline),
        guideline_url=relative_url(GUIDELINE_PAGES.get(post.guideline, "index.md"), src),
        status=STATUS_LABELS.get(post.status, post.status),
        author=team[post.author].name if post.author in team else post.author,
        approvals=approvals,
        series=series.name if series else post.series,
        campaign=campaign.name if campaign else post.campaign,
        sources=[{"url": url, "host": host_of(url)} for url in post.sources],
        event=post.event and {"name": post.event.name, "start": post.event.start.astimezone(plans.tz), "end": post.event.end and post.event.end.astimezone(plans.tz), "location": post.event.location, "url": post.event.url},
        media=post.media,
        findings=findings,
        calendar_url=relative_url(f"calendar/{local:%Y-%m}.md", src),
    )
