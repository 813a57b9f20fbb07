"""The box on each guideline page: this month's posts for the guideline, and the rules that check it."""

from __future__ import annotations

from ..check import Report
from ..layout import src_uri
from ..ruledocs import guideline_rules_markdown
from .labels import GUIDELINE_LABELS, GUIDELINE_PAGES, channel_label
from .marks import marks_for
from .render import render, source_link

# The rule areas each guideline page lists; privacy.md covers the cross-cutting ones.
PAGE_AREAS = {page: (guideline,) for guideline, page in GUIDELINE_PAGES.items()}
PAGE_AREAS["guidelines/privacy.md"] = ("privacy", "honest-marketing", "accessibility")


def _month(post, plans) -> tuple[int, int]:
    local = plans.local(post.publish)
    return local.year, local.month


def guideline_extras(src: str, report: Report) -> str:
    areas = PAGE_AREAS.get(src)
    if not areas:
        return ""
    parts = []
    guideline = areas[0]
    if guideline in GUIDELINE_LABELS:
        today, plans = report.today, report.corpus.plans
        this_month = [p for p in report.corpus.posts if p.status != "cancelled" and _month(p, plans) == (today.year, today.month)]
        mine = [p for p in this_month if p.guideline == guideline]
        parts.append(
            render(
                "guideline_month.md.j2",
                label=GUIDELINE_LABELS[guideline],
                month=today.strftime("%B %Y"),
                count=len(mine),
                total=len(this_month),
                calendar_url=source_link(f"calendar/{today:%Y-%m}.md", src) if this_month else "",
                posts=[
                    {
                        "title": p.title,
                        "url": source_link(src_uri(p.path), src),
                        "when": plans.local(p.publish),
                        "channels": ", ".join(channel_label(c) for c in p.channels),
                        "marks": marks_for(p, report),
                    }
                    for p in mine
                ],
            )
        )
    parts += [guideline_rules_markdown(area) for area in areas]
    return "\n" + "\n".join(parts)
