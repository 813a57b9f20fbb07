"""CON: guideline 5, be consistent.

Followers (and search engines) reward a feed that shows up steadily. These
rules read the calendar per channel, against the targets in
`plans/cadence.yml` and the recurring slots in `plans/series.yml`.

They look forward from today: what already went out cannot be rescheduled,
so gaps, thin weeks and clashes that lie wholly in the past are not reported.
Cancelled posts are never counted. The counting (planned posts per channel,
posts per ISO week, gaps between posts) lives in `stats.py`, which the report
page draws from too, so the rules and the charts cannot disagree. Every corpus
rule groups the posts by channel once and scans them in time order
(O(n log n)).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from .. import horizon, slots, stats
from ..findings import Severity
from ..model import Post
from .context import Context
from .registry import Hit, rule

SERIES_FILE = "plans/series.yml"


def _count(value: float) -> str:
    return f"{value:g}"


def _plural(n: float, word: str) -> str:
    return f"{_count(n)} {word}{'' if n == 1 else 's'}"


@rule("CON001", "channel-gap-too-long", serves="consistency", severity=Severity.WARNING, scope="corpus")
def channel_gap(corpus, ctx: Context) -> Iterator[Hit]:
    """A channel goes quiet for longer than its maximum gap.

    What it flags:
        Two consecutive planned posts on one channel whose local publish
        dates are more than that channel's `max_gap_days` apart (set per
        channel in `plans/cadence.yml`). Only the stretch between a channel's
        first and last planned post is judged; silence after the last post is
        CON003's concern (open series slots). The finding sits on the post
        that ends the gap; gaps that ended before today are history and are
        skipped. Channels without a `max_gap_days` are not checked.

    Why:
        A feed that disappears for a week loses its place in followers'
        timelines, and people start to wonder whether anyone is home. A
        steady rhythm also helps the practice show up in local search.

    Examples:
        Triggers: Facebook posts on Monday Feb 1 and Monday Feb 8 (7 days, the limit is 4).
        Triggers: Instagram posts on Feb 1 and Feb 10 (9 days, the limit is 5).
        Triggers: a 6-day Facebook gap whose middle post was cancelled.
        Passes: Facebook posts on Monday, Wednesday and Friday every week.
        Passes: a 10-day gap on a channel without a `max_gap_days` target.
        Passes: a single Facebook post (no gap to measure).
    """
    targets = {ch: c.max_gap_days for ch, c in ctx.plans.cadence.channels.items() if c.max_gap_days and c.max_gap_days > 0}
    for channel, channel_gaps in sorted(stats.gaps(ctx.plans, corpus.posts, targets).items()):
        limit = targets[channel]
        for gap in channel_gaps:
            if gap.end < ctx.today or gap.days <= limit:
                continue
            yield Hit(
                f"{channel} has no post for {gap.days} days before this one (last: {gap.start.isoformat()}, '{gap.before.title}'); the target is a gap of at most {_plural(limit, 'day')}",
                gap.after.line_of("publish"),
                hint=f"plan a post on {channel} between {gap.start.isoformat()} and {gap.end.isoformat()}",
                path=gap.after.path,
            )


def _anchors(weeks: list[stats.Week]) -> list[Post | None]:
    """For each week, its first post, or for an empty week the first post after it."""
    anchors: list[Post | None] = []
    following = None
    for week in reversed(weeks):
        if week.posts:
            following = week.posts[0]
        anchors.append(following)
    return anchors[::-1]


@rule("CON002", "weekly-count-below-target", serves="consistency", severity=Severity.WARNING, scope="corpus")
def weekly_count(corpus, ctx: Context) -> Iterator[Hit]:
    """A week with fewer posts on a channel than its weekly target.

    What it flags:
        An ISO week (Monday to Sunday, practice timezone) with fewer planned
        posts on a channel than that channel's `per_week` target in
        `plans/cadence.yml`. Only weeks wholly inside the span from the
        channel's first to its last planned post are counted, so a calendar
        that starts on a Thursday is not blamed for the first half-week.
        Weeks that ended before today are skipped, and so are weeks more than
        ten years ahead (the planning window). Targets below one post a week
        are left to CON001's gap check. The finding sits on the week's first
        post, or on the next post when the week is empty; consecutive empty
        weeks make one finding for the whole stretch.

    Why:
        A weekly target is what keeps a feed alive between the big moments.
        Thin weeks are easy to spot and fix on the calendar before they
        happen, and easy to miss once they have.

    Examples:
        Triggers: a Facebook week (target 3) with posts only on Monday and Thursday.
        Triggers: an Instagram week (target 2) with no post at all, between busy weeks.
        Triggers: a Facebook week with three posts, one of them cancelled.
        Passes: Facebook posts on Monday, Wednesday and Friday every week.
        Passes: a half week at the start of the calendar with one post.
        Passes: a channel without a `per_week` target.
    """
    targets = {ch: c.per_week for ch, c in ctx.plans.cadence.channels.items() if c.per_week and c.per_week >= 1}
    _, window_end = horizon.window(ctx.today)
    for channel, posts in sorted(stats.by_channel(corpus.posts, targets).items()):
        target = targets[channel]
        first, last = stats.local_date(ctx.plans, posts[0]), stats.local_date(ctx.plans, posts[-1])
        weeks = stats.weeks(ctx.plans, posts)
        short = [
            (week, anchor)
            for week, anchor in zip(weeks, _anchors(weeks))
            # only weeks wholly inside the channel's span, from today's week, within the planning window
            if first <= week.monday and week.sunday <= last and week.sunday >= ctx.today and week.monday <= window_end and week.count < target
        ]
        for run in _runs(short):
            week, anchor = run[0]
            if len(run) == 1:
                message = f"{channel} has {_plural(week.count, 'post')} in the week of {week.monday.isoformat()} ({week.label}); the target is {_count(target)} a week"
                hint = f"add {_count(target - week.count)} more {channel} post(s) between {week.monday.isoformat()} and {week.sunday.isoformat()}"
            else:
                end = run[-1][0]
                message = (
                    f"{channel} has no post in the {len(run)} weeks from {week.monday.isoformat()} to {end.sunday.isoformat()} ({week.label} to {end.label}); the target is {_count(target)} a week"
                )
                hint = f"plan {channel} posts in those weeks, or check the date of the post after them"
            yield Hit(message, anchor.line_of("publish"), hint=hint, path=anchor.path)


def _runs(short: list[tuple[stats.Week, Post]]) -> list[list[tuple[stats.Week, Post]]]:
    """Short weeks, with consecutive empty ones grouped: one finding per stretch of silence, not one per week."""
    runs: list[list[tuple[stats.Week, Post]]] = []
    for week, anchor in short:
        previous = runs[-1][-1][0] if runs else None
        if week.count == 0 and previous is not None and previous.count == 0 and previous.monday + stats.ONE_WEEK == week.monday:
            runs[-1].append((week, anchor))
        else:
            runs.append([(week, anchor)])
    return runs


@rule("CON003", "series-slot-open", serves="consistency", severity=Severity.WARNING, scope="corpus")
def series_slot_open(corpus, ctx: Context) -> Iterator[Hit]:
    """A recurring series has a slot in the coming weeks that no post fills.

    What it flags:
        Each date of a series in `plans/series.yml` (its `rrule` from `from`
        at `time`, up to `until`) that falls in the planning horizon, from
        today for `planning_horizon_days` days (`plans/cadence.yml`, 56 by
        default), with no post that fills it. A post fills a slot when its
        `series:` names the series, it goes out on the slot's date (practice
        timezone; the time of day may differ) and it is not cancelled. The
        finding points at the series in `plans/series.yml`.

    Why:
        Followers learn to expect "Wellness Wednesday"; a missed week breaks
        the habit on both sides. Seeing open slots a few weeks ahead leaves
        time to write, review and approve the post.

    Examples:
        Triggers: Wellness Wednesday on 2027-01-27 with no post for it.
        Triggers: a post for 2027-01-27 that is cancelled.
        Triggers: a Wellness Wednesday post on Thursday 2027-01-28 instead of the Wednesday.
        Passes: a post with `series: wellness-wednesday` on every Wednesday in the horizon (slots after the series' `until` date, or beyond the horizon, need none).
        Passes: a post at 15:00 instead of 12:00 on the slot's Wednesday.
    """
    horizon = ctx.plans.cadence.planning_horizon_days
    end = ctx.today + dt.timedelta(days=horizon)
    for slot in slots.open_slots(ctx.plans, corpus.posts, ctx.today, end):
        series = ctx.plans.series.get(slot.series_id)
        yield Hit(
            f"No post fills the {slot.name} slot on {slot.start.strftime('%a %Y-%m-%d %H:%M')} ({', '.join(slot.channels)}); write one with 'series: {slot.series_id}' for that date",
            series.line if series else 0,
            hint="or end the series earlier with 'until:' if it is paused",
            path=SERIES_FILE,
        )


def _apart(before: Post, after: Post) -> dt.timedelta:
    """Elapsed time between two posts (in UTC, so a daylight-saving change counts right)."""
    return after.publish.astimezone(dt.UTC) - before.publish.astimezone(dt.UTC)


@rule("CON004", "same-channel-clash", serves="consistency", severity=Severity.WARNING, scope="corpus", thresholds={"min_hours_apart": 3})
def same_channel_clash(corpus, ctx: Context) -> Iterator[Hit]:
    """Two posts on one channel go out too close together.

    What it flags:
        Two planned posts on the same channel less than `min_hours_apart`
        hours apart (default 3), including two at the same minute. The
        finding sits on the later post (in publish order, then by file path)
        and names every channel the two share. Clashes before today are
        skipped.

    Why:
        Two posts in a row compete with each other: platforms show fewer of
        them, and followers see a burst and then silence. Spreading them out
        also helps the channel's weekly rhythm.

    Examples:
        Triggers: two Facebook posts at 10:00 and 11:30 on the same day.
        Triggers: two Instagram posts at exactly 12:00.
        Triggers: a Facebook post at 22:30 and another at 00:30 the next day.
        Passes: Facebook at 09:00 and Instagram at 10:00 (different channels).
        Passes: two Facebook posts at 09:00 and 15:00.
        Passes: a clash with a cancelled post.
    """
    gap = dt.timedelta(hours=float(ctx.limit("CON004", "min_hours_apart")))
    clashes: dict[tuple[str, str], list[str]] = {}
    pairs: dict[tuple[str, str], tuple[Post, Post]] = {}
    for channel, posts in sorted(stats.by_channel(corpus.posts).items()):
        for before, after in zip(posts, posts[1:]):
            if _apart(before, after) >= gap or ctx.plans.local(after.publish).date() < ctx.today:
                continue
            key = (after.path, before.path)
            clashes.setdefault(key, []).append(channel)
            pairs[key] = (before, after)
    for key in sorted(clashes):
        before, after = pairs[key]
        apart = _apart(before, after)
        hours, minutes = divmod(int(apart.total_seconds()) // 60, 60)
        distance = "at the same time as" if not apart else f"{hours} h {minutes:02d} min after"
        yield Hit(
            f"This post goes out on {', '.join(clashes[key])} {distance} '{before.title}' ({before.path}); keep at least {_plural(gap.total_seconds() / 3600, 'hour')} between posts on one channel",
            after.line_of("publish"),
            hint="move one of them to another time or day",
            path=after.path,
        )


def _quiet(moment: dt.time, window: tuple[dt.time, dt.time]) -> bool:
    start, end = window
    if start == end:
        return False
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end  # wraps midnight, e.g. 21:00-07:00


@rule("CON005", "post-in-quiet-hours", serves="consistency", severity=Severity.WARNING, scope="post")
def quiet_hours(post: Post, ctx: Context) -> Iterator[Hit]:
    """A post scheduled inside a channel's quiet hours.

    What it flags:
        A post (not cancelled) whose local publish time falls inside the
        `quiet_hours` of any of its channels in `plans/cadence.yml`. Quiet
        hours may wrap midnight: "21:00-07:00" covers 21:00 up to, but not
        including, 07:00. Posts dated before today are skipped.

    Why:
        A post at 23:00 lands when followers are asleep and nobody on the
        team is there to answer comments or questions. Quiet hours keep
        posts at times someone can respond, which matters for a medical
        practice.

    Examples:
        Triggers: `publish: 2027-02-01 22:15` on `facebook` (quiet hours 21:00-07:00).
        Triggers: `publish: 2027-02-01 06:30` on `instagram`.
        Triggers: `publish: 2027-02-01 21:00` on `facebook` (exactly when quiet hours start).
        Passes: `publish: 2027-02-01 07:00` on `facebook`.
        Passes: `publish: 2027-02-01 20:59` on `facebook`.
        Passes: `publish: 2027-02-01 23:00` on `x` (no quiet hours there).
    """
    if post.status == "cancelled":
        return
    local = ctx.plans.local(post.publish)
    if local.date() < ctx.today:
        return
    cadence = ctx.plans.cadence.channels
    hits = []
    for channel in dict.fromkeys(post.channels):
        window = cadence[channel].quiet_hours if channel in cadence else None
        if window and _quiet(local.time(), window):
            hits.append((channel, window))
    if hits:
        windows = "; ".join(f"{ch} {a:%H:%M}-{b:%H:%M}" for ch, (a, b) in hits)
        yield Hit(
            f"This post goes out at {local:%H:%M}, inside quiet hours ({windows}); schedule it when someone can answer replies",
            post.line_of("publish"),
            hint="quiet hours are set per channel in plans/cadence.yml",
        )
