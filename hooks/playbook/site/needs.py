""" "Needs action": what the coordinator must do, shown on the home page and above the next 14 days.

Five questions, each answered from the same report the build checks with, so
the list can never disagree with the findings: which posts wait for an
approval (and from whom, by when), which files errors block, which drafts go
out soon, which series slots are still open (with the command that fills one),
and which reviews are unanswered. A question with no answer says "nothing to
do", so an empty list is a statement, not a missing feature.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .. import approvals
from ..check import Report
from ..layout import page_of
from ..model import Post, ResponseTemplate
from ..slots import fill_command, open_slots
from ..statuses import AWAITING_APPROVAL, UNFINISHED_STATUSES
from .labels import channel_label
from .marks import Marks, marks_for
from .needs_reviews import OpenReview, open_reviews
from .render import render

SOON_DAYS = 14  # the "Next 14 days" page and the drafts list look as far ahead
WAITING = AWAITING_APPROVAL
UNFINISHED = UNFINISHED_STATUSES


@dataclass(frozen=True)
class Item:
    """One line of the list: what, when, and what to do about it."""

    title: str
    todo: str  # what to do, in words
    page: str = ""  # src uri of the page it links to ('' when the file has no page)
    when: dt.datetime | None = None  # local publish time, for posts and slots
    marks: Marks | None = None
    kind: str = "post"  # post | reply | file | slot | review
    command: str = ""  # a command to run, shown with a copy button
    late: bool = False  # past its deadline: said in words too
    link: str = ""  # an outside address (a review on its platform)


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    items: tuple[Item, ...]
    empty: str = "Nothing to do."
    intro: str = ""


@dataclass(frozen=True)
class NeedsAction:
    today: dt.date
    sections: tuple[Section, ...] = field(default_factory=tuple)

    @property
    def total(self) -> int:
        return sum(len(s.items) for s in self.sections)


def _day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def _roles_text(roles: tuple[str, ...], report: Report, author: str = "") -> str:
    plans = report.corpus.plans
    parts = []
    for role in roles:
        people = approvals.who_can(role, plans, author)
        word = {"approver": "a sign-off"}.get(role, f"{role} approval")
        parts.append(f"{word} ({_either(people)})" if people else f"{word} (nobody in plans/team.yml holds the {role} role)")
    return " and ".join(parts)


NAMES_SHOWN = 3


def _either(names: tuple[str, ...]) -> str:
    """'Ann', 'Ann or Bo', 'Ann, Bo or Cy', 'Ann, Bo, Cy or 2 others'."""
    if len(names) > NAMES_SHOWN:
        rest = len(names) - NAMES_SHOWN
        return ", ".join(names[:NAMES_SHOWN]) + f" or {rest} other{'s' if rest != 1 else ''}"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _local(report: Report, post: Post) -> dt.datetime:
    return report.corpus.plans.local(post.publish)


_page = page_of


def waiting_for_approval(report: Report) -> Section:
    plans, today = report.corpus.plans, report.today
    rows = []
    for post in report.corpus.posts:
        if post.status not in WAITING or _local(report, post).date() < today:
            continue
        due = approvals.deadline(post, plans, report.thresholds)
        missing = approvals.missing_roles(post, plans)
        if missing:
            todo = f"Needs {_roles_text(missing, report, post.author)}"
        else:
            todo = "Every approval is in: set its status to approved"
        late = due < today
        todo += f"; {'overdue since' if late else 'due'} {_day(due)}" + (" (today)" if due == today else "") + "."
        rows.append(((due, post.publish, post.path), Item(post.title, todo, _page(post.path), _local(report, post), marks_for(post, report), late=late)))
    for template in report.corpus.responses:
        if template.status not in WAITING:
            continue
        has_privacy = any(a.role == "privacy" and a.by in plans.team and "privacy" in plans.team[a.by].roles for a in template.approvals)
        todo = "Reply template: " + ("every approval is in: set its status to approved." if has_privacy else f"needs {_roles_text(('privacy',), report)} before the front desk may use it.")
        rows.append(((dt.date.max, None, template.path), Item(template.title, todo, _page(template.path), None, marks_for(template, report), kind="reply")))
    rows.sort(key=lambda row: (row[0][0], row[0][1] is None, row[0][1] or dt.datetime.min.replace(tzinfo=dt.UTC), row[0][2]))
    return Section("needs-approval", "Waiting for approval", tuple(item for _, item in rows), intro="Oldest deadline first. Approvals are due a few days before a post goes out.")


def blocked_by_errors(report: Report) -> Section:
    posts = {p.path: p for p in report.corpus.posts}
    replies = {t.path: t for t in report.corpus.responses}
    first: dict[str, list] = {}
    for finding in report.errors:
        first.setdefault(finding.path, []).append(finding)
    rows = []
    for path, found in first.items():
        worst = min(found, key=lambda f: (f.line, f.column, f.code))
        where = f" (line {worst.line})" if worst.line else ""
        todo = f"{worst.code}{where}: {worst.message}"
        item: Post | ResponseTemplate | None = posts.get(path) or replies.get(path)
        if isinstance(item, Post):
            if item.status == "cancelled":
                continue
            rows.append(((0, item.publish.isoformat(), path), Item(item.title, todo, _page(path), _local(report, item), marks_for(item, report))))
        elif item is not None:
            rows.append(((1, "", path), Item(item.title, todo, _page(path), None, marks_for(item, report), kind="reply")))
        else:
            count = len(found)
            rows.append(((2, "", path), Item(path, todo, _page(path), None, Marks("", count, 0), kind="file")))
    rows.sort(key=lambda row: row[0])
    return Section("needs-fixes", "Blocked by errors", tuple(item for _, item in rows), intro="Nothing in these files is published, exported or put in a feed until its errors are fixed.")


def drafts_going_out_soon(report: Report) -> Section:
    plans, today = report.corpus.plans, report.today
    end = today + dt.timedelta(days=SOON_DAYS)
    rows = []
    for post in sorted(report.corpus.posts, key=lambda p: (p.publish, p.path)):
        day = _local(report, post).date()
        if post.status not in UNFINISHED or not today <= day < end:
            continue
        due = approvals.deadline(post, plans, report.thresholds)
        days = (day - today).days
        goes = "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"
        late = due < today
        missing = approvals.missing_roles(post, plans)
        ask = f"ask for {_roles_text(missing, report, post.author)}; approvals {'were due' if late else 'are due'} {_day(due)}" if missing else "its approvals are in, so set its status"
        todo = f"Still {'an idea' if post.status == 'idea' else 'a draft'}, goes out {goes}: finish it and {ask}."
        rows.append(Item(post.title, todo, _page(post.path), _local(report, post), marks_for(post, report), late=late))
    return Section("needs-drafts", "Drafts going out soon", tuple(rows), intro=f"Ideas and drafts dated in the next {SOON_DAYS} days.")


def open_series_slots(report: Report) -> Section:
    plans, today = report.corpus.plans, report.today
    days = plans.cadence.planning_horizon_days
    rows = []
    for slot in open_slots(plans, report.corpus.posts, today, today + dt.timedelta(days=days)):
        channels = ", ".join(channel_label(c) for c in slot.channels)
        rows.append(Item(slot.name, f"No post yet for {channels}.", when=slot.start, kind="slot", command=fill_command(slot.series_id, slot.name, slot.date)))
    return Section(
        "needs-slots",
        "Open series slots",
        tuple(rows),
        intro=f"Series slots in the next {days} days that no post fills. Run the command in the repository (add `--author` with your id unless PLAYBOOK_AUTHOR is set), then write the copy.",
    )


def unanswered_reviews(report: Report) -> Section:
    found = open_reviews(report)
    if found is None:
        return Section("needs-reviews", "Unanswered reviews", (), empty="Nothing to do: no review log yet (plans/reviews/).")
    rows = []
    for review in sorted(found, key=lambda r: (r.received, r.url)):
        rows.append(Item(review.label, _review_todo(review, report.today), kind="review", late=review.due is not None and review.due.date() < report.today, link=review.url, when=review.received))
    return Section("needs-reviews", "Unanswered reviews", tuple(rows), intro="Oldest first. Answer with a reply from the response library.")


def _review_todo(review: OpenReview, today: dt.date) -> str:
    if review.due is None:
        return "Answer it."
    left = (review.due.date() - today).days
    if left < 0:
        return f"Answer it: the reply was due {_day(review.due.date())}."
    return f"Answer it by {_day(review.due.date())}" + (" (today)." if left == 0 else ".")


def needs_action(report: Report) -> NeedsAction:
    return NeedsAction(
        report.today,
        (waiting_for_approval(report), blocked_by_errors(report), drafts_going_out_soon(report), open_series_slots(report), unanswered_reviews(report)),
    )


def needs_action_markdown(report: Report, src: str) -> str:
    """The block for the page built from `src` (Markdown with raw HTML lists)."""
    return render("needs_action.md.j2", needs=needs_action(report), src=src)
