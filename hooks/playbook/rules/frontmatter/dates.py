"""FM: dates and times a calendar cannot place: unreadable, in an unknown zone, out of range, skipped or repeated by the clocks, or too far ahead."""

from __future__ import annotations

from ... import horizon
from ...findings import Severity
from ..context import Context
from ..registry import Hit, declare, rule


@declare("FM006", "bad-date")
def bad_date():
    """A date or time that does not exist or cannot be read.

    What it flags:
        `publish`, approval, news, event or plans dates that are not in
        `YYYY-MM-DD` (dates) or `YYYY-MM-DD HH:MM` (times) form, or that do
        not exist in the calendar, such as 31 February.

    Why:
        A post with an unreadable date lands nowhere on the calendar, and the
        approval deadline and freshness checks cannot run on it.

    Examples:
        Triggers: `publish: 2027-02-31 09:00`.
        Triggers: `publish: next Tuesday`.
        Passes: `publish: 2027-02-26 09:00`.
    """


@declare("FM007", "bad-timezone")
def bad_timezone():
    """A timezone name that is not in the IANA timezone database.

    What it flags:
        `timezone` in `plans/practice.yml` (or an offset in a date) that is
        not a known zone such as `America/Chicago`.

    Why:
        Every post time is local to the practice. With an unknown zone the
        calendar would show posts at the wrong hour for every subscriber.

    Examples:
        Triggers: `timezone: Central` in plans/practice.yml.
        Triggers: `timezone: America/Chicgo` in plans/practice.yml.
        Passes: `timezone: America/Chicago` in plans/practice.yml.
    """


@declare("FM020", "date-out-of-range")
def date_out_of_range():
    """A date outside the planning horizon, the years 2000 to 2100.

    What it flags:
        Any date the playbook reads (`publish`, `approvals[].on`, `news.date`,
        `event.start` and `event.end`, series `from` and `until`, campaign and
        authorization dates, `as_of` in plans/checks.yml, an `UNTIL` in a
        series' `rrule`) or the `PLAYBOOK_TODAY` environment variable, when it
        lies before 2000-01-01 or after 2100-12-31. The date is ignored (for
        PLAYBOOK_TODAY: the next source of "today" is used).

    Why:
        A year like 9999 or 0001 is a typo, not a plan, and it breaks things
        far from the typo: converting it to the practice timezone overflows,
        and a calendar stretching to it would need thousands of empty month
        pages. Refusing it at the line where it is written points at the fix.

    Examples:
        Triggers: `publish: 9999-12-31 23:59-05:00`.
        Triggers: `approvals: [{by: pat, role: privacy, on: 0001-01-01}]`.
        Triggers: `as_of: 2400-01-01` in plans/checks.yml.
        Passes: `publish: 2027-03-02 09:00`.
    """


@declare("FM021", "local-time-skipped-or-repeated")
def local_time_skipped_or_repeated():
    """A local time that a daylight-saving change skips or repeats.

    What it flags:
        A `publish`, `event.start` or `event.end` written without an offset
        whose wall-clock time does not exist in the practice timezone (it falls
        in the hour the clocks jump over in spring) or exists twice (the hour
        the clocks go back in autumn). The message names the jump, or the two
        instants the time could mean, and how to write the one you mean with an
        offset, such as `2027-11-07 01:30-05:00`.

    Why:
        Left alone, the time is silently moved: 02:30 on the spring-forward
        night becomes 03:30, and 01:30 on the autumn night is read as the first
        of the two. A post goes out an hour off, inside quiet hours or on top of
        another post, and subscribers' calendars disagree with the site.

    Examples:
        Triggers: `publish: 2027-03-14 02:30` (in America/Chicago the clocks jump from 02:00 to 03:00).
        Triggers: `publish: 2027-11-07 01:30` (in America/Chicago it happens twice).
        Passes: `publish: 2027-11-07 01:30-05:00` (the offset says which).
        Passes: `publish: 2027-03-14 03:30`.
    """


@rule("FM022", "too-far-from-today", serves="content-model", severity=Severity.ERROR, scope="post")
def too_far_from_today(post, ctx: Context):
    """A post or its event dated more than ten years after today.

    What it flags:
        A post whose `publish`, or whose `event.start`, lies more than ten
        years after today (the window the calendar, the open slots and the
        feeds expand). Posts more than ten years in the past are history: they
        are not flagged, and the calendar leaves them off.

    Why:
        Nobody plans a social post a decade ahead: `2207` for `2027` is a typo.
        Kept, such a post would stretch the calendar over a decade of empty
        month pages and sit in every subscriber's calendar in the wrong year.

    Examples:
        Triggers: `publish: 2099-01-04 09:00` when today is 2027-01-20.
        Triggers: `event: {name: Fun Run, start: 2090-05-01 08:00, location: Riverside Park, url: "https://maplewoodparks.test/run"}` when today is 2027-01-20.
        Passes: `publish: 2027-03-02 09:00`.
        Passes: `publish: 2036-12-31 09:00` when today is 2027-01-20 (within ten years).
        Passes: `publish: 2010-03-02 09:00` when today is 2027-01-20 (history).
    """
    _, last = horizon.window(ctx.today)
    for name, moment in (("publish", post.publish), ("event", post.event.start if post.event else None)):
        if moment is None or ctx.plans.local(moment).date() <= last:
            continue
        what = "goes out" if name == "publish" else "has its event"
        yield Hit(
            f"This post {what} on {moment.date().isoformat()}, more than {horizon.WINDOW_YEARS} years after today ({ctx.today.isoformat()}); check the year",
            post.line_of(name),
            hint=f"the calendar and the feeds reach {last.isoformat()}",
        )
