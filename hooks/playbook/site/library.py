"""The response library: every reply template rendered with the practice's details, ready to copy."""

from __future__ import annotations

import re

from ..check import Report
from ..content import PLATFORMS, SCENARIOS
from ..layout import src_uri
from ..markup import inert
from ..model import ResponseTemplate
from ..placeholders import ALLOWED, REVIEWER_PLACEHOLDER, placeholders, render_reply
from ..reviews.times import template_usage
from ..statuses import APPROVED_STATUSES, PENDING_STATUSES
from .filters import FilterGroup
from .labels import PLATFORM_LABELS, STATUS_LABELS
from .render import relative_url, render

SCENARIO_LABELS = {
    "negative-review": "Negative review",
    "general-complaint": "General complaint",
    "billing": "Billing and costs",
    "wait-time": "Wait time",
    "staff-conduct": "Staff conduct",
    "medical-question-in-comments": "Medical question in the comments",
    "positive-review": "Positive review",
    "neutral-review": "Neutral review",
    "parking-and-access": "Parking and access",
    "scheduling-difficulty": "Scheduling difficulty",
    "rude-comment-or-spam": "Rude comment or spam",
    "privacy-worry": "Privacy worry",
}


READY = APPROVED_STATUSES  # only these may be copied; the rest wait for the privacy lead


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


_ids_cache: dict = {"responses": None, "ids": {}}


def _base_id(template: ResponseTemplate) -> str:
    return "reply-" + (_slug(template.uid or template.path.rsplit("/", 1)[-1][:-3]) or "text")


def reply_ids(responses: tuple[ResponseTemplate, ...]) -> dict[str, str]:
    """A DOM id per template path, unique in the library, so each copy button copies its own reply.

    Uids that differ only in case or punctuation (`Reply.One`, `reply-one`)
    share a slug; the later file (by path) gets `-2`, `-3` ... Each id also
    owns `<id>-title`, so no id can equal another reply's title id.
    """
    if _ids_cache["responses"] is responses:  # every response page asks again during one build
        return _ids_cache["ids"]
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for template in sorted(responses, key=lambda t: t.path):
        base = candidate = _base_id(template)
        n = 1
        while candidate in taken or candidate + "-title" in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.update((candidate, candidate + "-title"))
        ids[template.path] = candidate
    _ids_cache.update(responses=responses, ids=ids)
    return ids


def reply_view(template: ResponseTemplate, report: Report, src: str) -> dict:
    plans = report.corpus.plans
    rendered = render_reply(template.body, plans)
    values = {
        "reviewer": REVIEWER_PLACEHOLDER,
        "practice.name": plans.practice.name,
        "contact.name": plans.practice.contact.name,
        "contact.phone": plans.practice.contact.phone,
        "contact.email": plans.practice.contact.email,
    }
    try:
        used = [p.name for p in placeholders(template.body)]
    except Exception:  # broken syntax: FM016 reports it; the library shows the raw text
        used = []
    # The copy button pastes this into a public reply: live markup (an error anyway) is defused.
    text = inert(rendered if rendered is not None else template.body.strip())
    return {
        "id": reply_ids(report.corpus.responses).get(template.path, _base_id(template)),
        "title": template.title,
        "url": relative_url(template.page_uri, src),
        "status": STATUS_LABELS.get(template.status, template.status),
        "status_id": template.status,
        "approved": template.status in READY,
        "platforms": [PLATFORM_LABELS.get(p, p) for p in template.platforms],
        "platform_ids": list(template.platforms),
        "scenario": template.scenario,
        "text": text,
        # Between the pieces stands the reviewer's name: the page marks it, so the name box can fill it in.
        "pieces": text.split(REVIEWER_PLACEHOLDER),
        "rendered": rendered is not None,
        "placeholders": [{"name": name, "value": values.get(name, ""), "meaning": ALLOWED.get(name, "unknown placeholder")} for name in dict.fromkeys(used)],
        "usage": usage_text(template, report),
    }


_last_usage: list = [None, {}]  # (log, usage by template uid) of the last log counted


def _usage(log, tz) -> dict:
    """Template use counted once per review log, not once per template (the log can hold thousands)."""
    if _last_usage[0] is not log:
        _last_usage[:] = [log, template_usage(log, tz)]
    return _last_usage[1]


def usage_text(template: ResponseTemplate, report: Report) -> str:
    """'Used for 14 replies, last on 13 Jan 2027' from the review log, or '' when the practice keeps none."""
    log = report.corpus.reviews
    if not log.reviews:
        return ""
    used = _usage(log, report.corpus.plans.tz).get(template.uid)
    if used is None:
        return "Not used for a logged reply yet"
    return f"Used for {used.count} logged repl{'y' if used.count == 1 else 'ies'}, last on {used.last.day} {used.last:%b %Y}"


def library_page(report: Report) -> str:
    src = "responses/index.md"
    groups = []
    by_scenario: dict[str, list[ResponseTemplate]] = {}
    for template in report.corpus.responses:
        by_scenario.setdefault(template.scenario, []).append(template)
    pending = []
    for scenario in (*SCENARIOS, *sorted(set(by_scenario) - set(SCENARIOS))):
        templates = sorted(by_scenario.get(scenario, []), key=lambda t: (t.title, t.path))
        ready = [reply_view(t, report, src) for t in templates if t.status in READY]
        pending += [reply_view(t, report, src) for t in templates if t.status in PENDING_STATUSES]
        if ready:
            groups.append({"id": scenario, "label": SCENARIO_LABELS.get(scenario, scenario), "replies": ready})
    shown = [r for g in groups for r in g["replies"]] + pending
    platforms = list(dict.fromkeys(p for p in PLATFORMS if any(p in r["platform_ids"] for r in shown)))
    platforms += sorted({p for r in shown for p in r["platform_ids"]} - set(platforms))
    scenarios = [s for s in (*SCENARIOS, *sorted(set(by_scenario) - set(SCENARIOS))) if any(r["scenario"] == s for r in shown)]
    filters = [
        FilterGroup("platform", "Platform", tuple((p, PLATFORM_LABELS.get(p, p)) for p in platforms)),
        FilterGroup("scenario", "Scenario", tuple((s, SCENARIO_LABELS.get(s, s)) for s in scenarios)),
    ]
    return render(
        "library.md.j2",
        groups=groups,
        pending=pending,
        contact=report.corpus.plans.practice.contact,
        filters=filters,
        placeholder=REVIEWER_PLACEHOLDER,
    )


def reply_block(template: ResponseTemplate, report: Report) -> str:
    """What a response template's own page shows instead of its raw Jinja text."""
    src = src_uri(template.path)
    return render(
        "reply.html.j2",
        reply=reply_view(template, report, src),
        scenario=SCENARIO_LABELS.get(template.scenario, template.scenario),
        library_url=relative_url("responses/index.md", src),
        placeholder=REVIEWER_PLACEHOLDER,
    )
