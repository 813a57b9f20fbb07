"""WF: workflow. Review and approval happen in time, by the right people, and
the status of a file says what really happened.

Who approves what is split between families: EXP001 asks for a clinical
approval on expert posts; WF002 checks that every approval is given in a role
the approver holds, and that approved response templates carry a privacy
approval.
"""

from __future__ import annotations

import datetime as dt

from ..findings import Severity
from ..model import APPROVED_STATUSES, Post, ResponseTemplate
from ..statuses import DONE_STATUSES
from .context import Context
from .registry import Hit, declare, rule

APPROVING_ROLES = ("clinical", "privacy", "approver")


def _days(n: int) -> str:
    return "today" if n == 0 else "tomorrow" if n == 1 else f"in {n} days"


def _approval_line(item, approval) -> int:
    return approval.line or item.line_of("approvals")


@rule("WF001", "not-approved-in-time", serves="workflow", severity=Severity.WARNING, scope="post", thresholds={"lead_days": -1})
def not_approved_in_time(post, ctx: Context):
    """A post that is not approved although its approval deadline has come.

    What it flags:
        A post whose publish date is today or later, whose status is still
        `idea`, `draft` or `in-review`, and whose approvals were due: today is
        on or after the publish date minus the approval lead time. The lead
        time is `approval_lead_days` in plans/cadence.yml (3 days unless the
        practice says otherwise).

        Thresholds: `lead_days` (default -1, meaning "use
        `approval_lead_days` from plans/cadence.yml"); set it to 0 or more to
        override the plans for this rule.

        A post whose publish date has already passed without being marked
        `published` or `cancelled` is WF006's concern, not this rule's.

    Why:
        Reviewers need time: a clinician checks the facts, the privacy officer
        checks for anything that could identify a patient. A post that is
        still a draft the day before it goes out gets a rushed review, or
        none, or goes out late and breaks the posting rhythm.

    Examples:
        Triggers: `status: draft` with `publish: 2027-01-22 10:00` when today is 2027-01-20.
        Triggers: `status: in-review` with `publish: 2027-01-20 18:00` when today is 2027-01-20.
        Passes: `status: approved` with `publish: 2027-01-22 10:00` when today is 2027-01-20.
        Passes: `status: draft` with `publish: 2027-02-15 10:00` when today is 2027-01-20.
        Passes: `status: cancelled` with `publish: 2027-01-21 10:00` when today is 2027-01-20.
    """
    if post.status in APPROVED_STATUSES or post.status == "cancelled":
        return
    day = ctx.plans.local(post.publish).date()
    if day < ctx.today:
        return
    lead = ctx.limit("WF001", "lead_days")
    if not isinstance(lead, int) or lead < 0:
        lead = ctx.plans.cadence.approval_lead_days
    due = day - dt.timedelta(days=lead)
    if ctx.today < due:
        return
    ahead = "on the day" if lead == 0 else f"{lead} day{'s' if lead != 1 else ''} ahead"
    deadline = f"approvals are due today ({ahead})" if due == ctx.today else f"approvals were due {ahead}, by {due.isoformat()}"
    yield Hit(
        f"Still '{post.status}' but goes out {_days((day - ctx.today).days)} ({day.isoformat()}); {deadline}: get it reviewed and approved, or move `publish` later",
        post.line_of("status"),
    )


@rule("WF002", "approval-role-not-held", serves="workflow", severity=Severity.ERROR, scope="document")
def approval_role_not_held(item, ctx: Context):
    """An approval given in a role the approver does not hold, or a response without privacy approval.

    What it flags:
        - An entry under `approvals` whose `role` is not one of that person's
          roles in plans/team.yml (an author signing as `clinical`, say).
        - An approval in the role `author`: writing a post is not approving it.
        - A response template marked `approved` or `published` without an
          approval in the `privacy` role.

        Unknown approvers are reported by FM008; an expert post without a
        clinical approval by EXP001.

    Why:
        An approval only protects the practice when it comes from someone
        entitled to give it: a clinician for medical facts, the privacy
        officer for anything a patient could be recognised in. Review replies
        are where practices most often disclose patient information by
        accident, so every reply template needs the privacy officer's sign-off.

    Examples:
        Triggers: `approvals: [{by: alex, role: clinical, on: 2027-01-10}]` (alex is an author).
        Triggers: `approvals: [{by: jo, role: privacy, on: 2027-01-10}]` (jo is an approver only).
        Triggers: a response with `status: approved` and `approvals: [{by: jo, role: approver, on: 2027-01-10}]` (a response needs the privacy role).
        Passes: `approvals: [{by: dr-chen, role: clinical, on: 2027-01-10}]`.
        Passes: a response with `status: approved` and `approvals: [{by: pat, role: privacy, on: 2027-01-10}]`.
        Passes: a response with `status: draft` (no approvals yet).
    """
    team = ctx.plans.team
    for approval in item.approvals:
        person = team.get(approval.by)
        if person is None:
            continue
        if approval.role not in APPROVING_ROLES:
            yield Hit(
                f"'{approval.role}' is not an approving role: {person.name} can approve as {_roles(person.roles)}",
                _approval_line(item, approval),
            )
        elif approval.role not in person.roles:
            yield Hit(
                f"{person.name} approved as '{approval.role}' but does not hold that role in plans/team.yml: ask someone who does, or correct the role",
                _approval_line(item, approval),
                hint=f"{person.name}'s roles: {', '.join(person.roles) or 'none'}",
            )
    if isinstance(item, ResponseTemplate) and item.status in APPROVED_STATUSES:
        if not any(a.role == "privacy" for a in item.approvals):
            yield Hit(
                f"A response template marked '{item.status}' needs an approval in the privacy role: ask the privacy officer to review it",
                item.line_of("approvals") if item.approvals else item.line_of("status"),
                hint="add {by: <privacy officer>, role: privacy, on: <date>} under `approvals`",
            )


def _roles(roles) -> str:
    usable = [r for r in roles if r in APPROVING_ROLES]
    return " or ".join(f"'{r}'" for r in usable) if usable else "nothing (no approving role)"


@rule("WF003", "published-in-future", serves="workflow", severity=Severity.ERROR, scope="post")
def published_in_future(post, ctx: Context):
    """A post marked `published` whose publish date has not come yet.

    What it flags:
        `status: published` on a post whose `publish` date (in the practice's
        timezone) is after today. A post publishing later today passes: the
        checks know the date, not the hour.

    Why:
        The status is how the team, the calendar feed and the reports know
        what has gone out. A future post marked published drops out of review
        queues and shows as done when it is not, and nobody checks it again
        before it goes live.

    Examples:
        Triggers: `status: published` with `publish: 2027-02-01 10:00` when today is 2027-01-20.
        Triggers: `status: published` with `publish: 2027-01-21 08:00` when today is 2027-01-20.
        Passes: `status: published` with `publish: 2027-01-18 10:00` when today is 2027-01-20.
        Passes: `status: published` with `publish: 2027-01-20 18:00` when today is 2027-01-20.
        Passes: `status: approved` with `publish: 2027-02-01 10:00`.
    """
    day = ctx.plans.local(post.publish).date()
    if post.status == "published" and day > ctx.today:
        yield Hit(
            f"Marked 'published' but goes out on {day.isoformat()}, after today ({ctx.today.isoformat()}): set `status: approved` until it is live",
            post.line_of("status"),
        )


@rule("WF004", "approval-date-impossible", serves="workflow", severity=Severity.WARNING, scope="document")
def approval_date_impossible(item, ctx: Context):
    """An approval dated after the post goes out, or in the future.

    What it flags:
        An entry under `approvals` whose `on` date is after today, or (for a
        post) after the post's publish date in the practice's timezone.

    Why:
        An approval has to come before publishing to mean anything. A date in
        the future is usually a typo (the wrong year or month); a date after
        publishing means the post went out unreviewed. Either way the record
        the practice may one day have to show an auditor is wrong.

    Examples:
        Triggers: `approvals: [{by: dr-chen, role: clinical, on: 2027-02-03}]` with `status: approved` and `publish: 2027-02-01 10:00` (approved after it goes out).
        Triggers: `approvals: [{by: jo, role: approver, on: 2027-12-10}]` with `status: approved` when today is 2027-01-20 (a year typo).
        Passes: `approvals: [{by: dr-chen, role: clinical, on: 2027-01-15}]` with `status: approved` and `publish: 2027-02-01 10:00`.
        Passes: `approvals: [{by: jo, role: approver, on: 2027-01-15}]` with `status: published` and `publish: 2027-01-15 10:00` (approved the day it went out).
        Passes: a response with `status: approved` and `approvals: [{by: pat, role: privacy, on: 2027-01-12}]`.
    """
    day = ctx.plans.local(item.publish).date() if isinstance(item, Post) else None
    for approval in item.approvals:
        if approval.on > ctx.today:
            yield Hit(
                f"Approval by {approval.by} is dated {approval.on.isoformat()}, after today ({ctx.today.isoformat()}): fix the date",
                _approval_line(item, approval),
            )
        elif day is not None and approval.on > day:
            yield Hit(
                f"Approval by {approval.by} is dated {approval.on.isoformat()}, after the post went out on {day.isoformat()}: approvals must come first",
                _approval_line(item, approval),
            )


@rule("WF005", "self-approval", serves="workflow", severity=Severity.WARNING, scope="post")
def self_approval(post, ctx: Context):
    """A post approved only by the person who wrote it.

    What it flags:
        A post with status `approved` or `published` whose approvals all come
        from its `author`.

    Why:
        A second pair of eyes catches what the writer cannot: a patient
        detail, a claim that needs a source, a typo in a date. Approving your
        own post skips that review while the file says it happened. In a very
        small practice, waive the rule in the file with a reason.

    Examples:
        Triggers: `author: dr-chen`, `status: approved`, `approvals: [{by: dr-chen, role: clinical, on: 2027-01-10}]`.
        Triggers: `author: jo`, `status: published` and `approvals: [{by: jo, role: approver, on: 2027-01-10}]`.
        Passes: `author: alex`, `status: approved` and `approvals: [{by: jo, role: approver, on: 2027-01-10}]`.
        Passes: `author: dr-chen`, `status: approved` and `approvals: [{by: dr-chen, role: clinical, on: 2027-01-10}, {by: jo, role: approver, on: 2027-01-10}]`.
        Passes: `status: draft` (no approvals).
    """
    if post.status not in APPROVED_STATUSES or not post.approvals:
        return
    if all(a.by == post.author for a in post.approvals):
        yield Hit(
            f"Only the author ({post.author}) approved this post: ask another approver to review it",
            post.line_of("approvals"),
        )


@rule("WF006", "past-due-status", serves="workflow", severity=Severity.WARNING, scope="post")
def past_due_status(post, ctx: Context):
    """A post whose publish date has passed but is neither `published` nor `cancelled`.

    What it flags:
        A post dated before today (in the practice's timezone) whose status is
        still `idea`, `draft`, `in-review` or `approved`.

    Why:
        Either the post went out and its file was never updated, or it missed
        its slot. The calendar, the cadence checks and the reports count what
        was published from the status, so a stale status makes them wrong, and
        a missed post leaves a gap the team should know about.

    Examples:
        Triggers: `status: approved` with `publish: 2027-01-15 10:00` when today is 2027-01-20.
        Triggers: `status: draft` with `publish: 2027-01-19 18:00` when today is 2027-01-20.
        Passes: `status: published` with `publish: 2027-01-15 10:00` when today is 2027-01-20.
        Passes: `status: cancelled` with `publish: 2027-01-15 10:00`.
        Passes: `status: approved` with `publish: 2027-01-20 18:00` when today is 2027-01-20.
    """
    if post.status in DONE_STATUSES:
        return
    day = ctx.plans.local(post.publish).date()
    if day < ctx.today:
        yield Hit(
            f"The publish date {day.isoformat()} has passed but the status is '{post.status}': set `status: published` if it went out, `cancelled` if it did not, or move `publish`",
            post.line_of("status"),
        )


@declare("WF007", "approval-not-proven", serves="workflow", severity=Severity.WARNING)
def approval_not_proven():
    """A privacy approval that unlocks a privacy waiver, but git does not show the approver wrote it.

    What it flags:
        In a file with a waiver of a PHI rule, an approval in the `privacy`
        role whose lines were not last committed by that person: committed
        under an e-mail that plans/team.yml does not list for them (`emails:`),
        not committed yet, outside a git repository, or beyond the history a
        shallow clone holds. A warning on a laptop; in CI (`CI=true` or
        `PLAYBOOK_CI=1`) with the full history it is an error and the
        approval unlocks no waiver.

    Why:
        A privacy waiver lets text the privacy checks flagged go out, so only
        the privacy officer may grant it. Anyone can type the officer's name
        into a file; only the officer's own commit shows they agreed. The
        check reads the commit's recorded author (not `.mailmap`, which a
        pull request could edit), so combine it with branch protection that
        requires the privacy officer's review (`playbook codeowners`).

    Examples:
        Triggers: `approvals: [{by: pat, role: privacy, on: 2027-01-05}]` beside a `waivers: [{rule: PHI003, ...}]`, committed by alex@example-clinic.test.
        Triggers: the same approval, typed in and not committed yet.
        Passes: the same approval committed by pat@example-clinic.test, listed under pat's `emails`.
        Passes: a privacy approval in a file without privacy waivers (nothing depends on it).
    """


@declare("WF008", "codeowners-out-of-date", serves="workflow", severity=Severity.WARNING)
def codeowners_out_of_date():
    """`.github/CODEOWNERS`, written by `playbook codeowners`, no longer matches the repository.

    What it flags:
        A generated CODEOWNERS file that differs from what `playbook
        codeowners` would write today: a post or reply gained or lost a
        waiver, or the privacy officer's GitHub handle changed in
        plans/team.yml. A CODEOWNERS file written by hand (without the
        generated first line) is left alone.

    Why:
        With branch protection, GitHub lets a pull request merge only after
        the owners of the files it changes have reviewed it. A file that
        gains a waiver in a pull request is not yet listed, so nobody would
        be asked; regenerating the file is itself a change the privacy
        officer must review.

    Examples:
        Triggers: a post adds `waivers: [{rule: PER002, reason: ...}]` and CODEOWNERS does not list it.
        Triggers: CODEOWNERS names another handle than the privacy officer's `github:` in plans/team.yml.
        Passes: CODEOWNERS as `playbook codeowners` just wrote it.
        Passes: a repository without `.github/CODEOWNERS`.
    """
