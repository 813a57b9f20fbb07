"""The box on each guideline page: this month's posts for the guideline, and the rules that check it."""

from __future__ import annotations

from ..check import Report
from ..layout import src_uri
from ..ruledocs import guideline_rules_markdown
from .labels import GUIDELINE_LABELS, GUIDELINE_PAGES, channel_label
from .marks import marks_for
from .render import relative_url, render
from .slots import RAW

# The rule areas each guideline page lists; privacy.md covers the cross-cutting ones.
PAGE_AREAS = {page: (guideline,) for guideline, page in GUIDELINE_PAGES.items()}
PAGE_AREAS["guidelines/privacy.md"] = ("privacy", "honest-marketing", "accessibility")


def _month(post, plans) -> tuple[int, int]:
    local = plans.local(post.publish)
    return local.year, local.month


def guideline_box(src: str, report: Report) -> str:
    """This month's posts for the page's guideline, as HTML ('' on a page that is no guideline's)."""
    guideline = PAGE_AREAS.get(src, ("",))[0]
    if guideline not in GUIDELINE_LABELS:
        return ""
    today, plans = report.today, report.corpus.plans
    this_month = [p for p in report.corpus.posts if p.status != "cancelled" and _month(p, plans) == (today.year, today.month)]
    mine = [p for p in this_month if p.guideline == guideline]
    return render(
        "guideline_month.html.j2",
        label=GUIDELINE_LABELS[guideline],
        month=today.strftime("%B %Y"),
        count=len(mine),
        total=len(this_month),
        calendar_url=relative_url(f"calendar/{today:%Y-%m}.md", src) if this_month else "",
        posts=[
            {
                "title": p.title,
                "url": relative_url(src_uri(p.path), src),
                "when": plans.local(p.publish),
                "channels": ", ".join(channel_label(c) for c in p.channels),
                "marks": marks_for(p, report),
            }
            for p in mine
        ],
    )


def guideline_rules(src: str, lists: dict[str, str] | None = None) -> str:
    """The "Rules that check this" lists of the page's areas, as Markdown (their headings belong in the contents).

    `lists`: each area's list, when the caller has them (site.rulepages); else they are made here.
    """
    return "".join(lists[area] if lists else guideline_rules_markdown(area) for area in PAGE_AREAS.get(src, ()))


def guideline_extras(src: str, report: Report, slots=RAW, lists: dict[str, str] | None = None) -> str:
    """What a guideline page gets below its own text: the box (held in `slots` until after Markdown), then the rules."""
    if src not in PAGE_AREAS:
        return ""
    box = guideline_box(src, report)
    return (slots.hold(box) if box else "\n") + guideline_rules(src, lists)
