"""COM: guideline 4, embrace the community.

A practice belongs to a town: its walks and races, its news, its neighbours.
These rules make sure an event post tells people when, where and how to join,
goes out while there is still time to come, and that local news is passed on
with credit to whoever reported it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from .. import lazyre, stats, text
from ..findings import Severity
from ..model import Event, Post
from ..stats import percent
from ..wordlists import wordlist
from .context import Context
from .registry import Hit, rule

_LISTS = wordlist("community")
_INVITE_RE = text.phrase_pattern(_LISTS.get("event_invites", ()))
_EVENT_WORD_RE = text.phrase_pattern(_LISTS.get("event_words", ()))
_NEWS_RE = text.phrase_pattern(_LISTS.get("news_cues", ()))
_NEWS_IDIOM_RE = text.phrase_pattern(_LISTS.get("news_idioms", ()))
_CREDIT_RE = text.phrase_pattern(_LISTS.get("credits", ()))
# "according to the Riverbend Gazette" names its source; "according to a new report" does not.
_NAMED_SOURCE = lazyre.compile(r"\b[Aa]ccording\s+to\s+(?:[Tt]he\s+)?[A-Z][\w'’&.-]*", re.UNICODE)
_EVENT_TAGS = frozenset({"event", "events"})
_NEWS_TAGS = frozenset({"news", "local-news", "localnews"})


def _when(ctx: Context, moment: dt.datetime) -> str:
    return ctx.plans.local(moment).strftime("%a %Y-%m-%d %H:%M")


# --------------------------------------------------------------------------- COM001


def _event_cue(post: Post) -> tuple[str, int] | None:
    """What makes a post read as an invitation to an event, and its line."""
    for tag in post.tags:
        if tag.lower() in _EVENT_TAGS:
            return f"the tag '{tag}'", post.line_of("tags")
    for span in text.copies(post):
        source, line = span.text, span.line
        invite = _INVITE_RE.search(source)
        happening = _EVENT_WORD_RE.search(source)
        if invite and happening:
            return f"'{invite.group(0)}' and '{happening.group(0)}'", line + source.count("\n", 0, invite.start())
    return None


def _missing_details(event: Event | None) -> list[str]:
    if event is None:
        return ["start (a valid date and time)"]
    wanted = (("name", event.name), ("location", event.location), ("url", event.url), ("end", event.end))
    return [name for name, value in wanted if not value]


@rule("COM001", "event-details-missing", serves="community", severity=Severity.WARNING, scope="post")
def event_details_missing(post: Post, ctx: Context) -> Iterator[Hit]:
    """An event post that does not say when, where or how to join.

    What it flags:
        Two things. A post with an `event:` block that lacks any of `name`,
        `start`, `end`, `location` or `url`. And a `community` post that
        invites people to an event without an `event:` block at all: it is
        tagged `event`, or its copy has both an invitation ("join us", "sign
        up", "register", "come cheer", "save the date" ...) and a happening
        ("walk", "5K", "race", "clean-up", "fair", "clinic day", "market"
        ...). An invitation or an event word alone is not enough, so a thank-you
        or a recap of last weekend's race passes. Word lists live in
        `rules/data/community.yml`.

    Why:
        An invitation without a date, a place and a link leaves people asking
        in the comments, or not coming. The `event:` block also puts the event
        on the shared posting calendar and lets the other checks confirm the
        post goes out in time.

    Examples:
        Triggers: a community post `Join us for the Maplewood Fun Run this spring!` (no `event:` block).
        Triggers: a community post with `event: {name: Maplewood Fun Run, start: 2027-04-10 09:00, end: 2027-04-10 11:00, url: "https://maplewoodparks.test/fun-run"}` (no `location`).
        Triggers: a community post `Mark Saturday on the fridge!` with `tags: [event]` (no `event:` block).
        Passes: a community post `Join us for the Maplewood Fun Run` with `event: {name: Maplewood Fun Run, start: 2027-04-10 09:00, end: 2027-04-10 11:00, location: Riverside Park, url: "https://maplewoodparks.test/fun-run"}`.
        Passes: a community post `Thank you to every runner and volunteer at Saturday's 5K!` (a recap invites no one).
        Passes: `Snow day? Warm up for five minutes before you pick up the shovel. #WellnessWednesday`
    """
    if post.event is not None or "event" in post.lines:
        missing = _missing_details(post.event)
        if missing:
            yield Hit(
                f"Add event {', '.join(missing)}: people need to know when, where and how to join",
                post.line_of("event"),
                hint="event: {name, start, end, location, url}",
            )
        return
    if post.guideline != "community":
        return
    cue = _event_cue(post)
    if cue is not None:
        why, line = cue
        yield Hit(
            f"This post invites people to an event ({why}) but has no event: block; add one with name, start, end, location and url",
            line,
            hint="event: {name: ..., start: 2027-03-20 09:00, end: 2027-03-20 11:00, location: ..., url: https://...}",
        )


# --------------------------------------------------------------------------- COM002 / COM003


def _event_over(post: Post) -> bool:
    event = post.event
    return post.publish >= (event.end or event.start)


@rule("COM002", "event-already-over", serves="community", severity=Severity.ERROR, scope="post")
def event_already_over(post: Post, ctx: Context) -> Iterator[Hit]:
    """An event post scheduled to go out after the event is over.

    What it flags:
        A post (not cancelled) whose `publish` time is at or after its
        event's `end`, or its `start` when the event has no end. A post that
        goes out while a multi-day event is still running is left to COM003.

    Why:
        Inviting people to something that already happened is confusing and
        looks careless; someone may even turn up at an empty park. Usually the
        publish date or the event date has a typo. A recap of the event is a
        different post and should not carry the `event:` block.

    Examples:
        Triggers: publish `2027-02-14 10:00` for a 5K on `2027-02-13 08:00`-`11:00`.
        Triggers: publish `2027-03-20 12:30` for a market on `2027-03-20 08:00`-`12:00`.
        Triggers: publish `2027-02-08 10:00` for a walk on `2027-02-07 09:00` with no end.
        Passes: publish `2027-02-01 10:00` for a 5K on `2027-02-13 08:00`.
        Passes: a cancelled post for an event that has passed.
        Passes: a recap post without an `event:` block.
    """
    if post.event is None or post.status == "cancelled" or not _event_over(post):
        return
    event = post.event
    name = event.name or "the event"
    ended = event.end or event.start
    yield Hit(
        f"This post goes out {_when(ctx, post.publish)}, after {name} {'ended' if event.end else 'started'} ({_when(ctx, ended)}); "
        f"fix the publish date or the event date so it goes out before {_when(ctx, event.start)}",
        post.line_of("publish"),
        hint="for a recap, remove the event: block",
    )


def _lead_days(ctx: Context, post: Post) -> int:
    return (ctx.plans.local(post.event.start).date() - ctx.plans.local(post.publish).date()).days


def _event_key(post: Post) -> tuple:
    event = post.event
    return (event.url or event.name.strip().lower(), event.start)


@rule("COM003", "event-short-notice", serves="community", severity=Severity.WARNING, scope="corpus", thresholds={"min_lead_days": 3})
def event_short_notice(corpus, ctx: Context) -> Iterator[Hit]:
    """An event is announced too close to the day for people to plan.

    What it flags:
        A post (not cancelled) whose event starts fewer than `min_lead_days`
        calendar days (default 3) after the post goes out, or has already
        started. A last-minute reminder is fine when another planned post
        already announced the same event (same `url`, or same name, and same
        start) with enough notice; then only the announcement counts.

    Why:
        Families fill their weekends days ahead. A walk announced the evening
        before reaches few people, and a sign-up deadline may already have
        passed. Announce early, then remind.

    Examples:
        Triggers: a post on `2027-02-11` for a 5K on `2027-02-13` and no earlier announcement.
        Triggers: a post on the morning of a market that opened an hour earlier.
        Triggers: a post on `2027-02-06` for a walk on `2027-02-07`.
        Passes: a post on `2027-02-01` for a 5K on `2027-02-13`.
        Passes: a reminder on `2027-02-12` when a post on `2027-01-28` already announced the same 5K.
        Passes: a post exactly 3 days before the event.
    """
    lead = int(ctx.limit("COM003", "min_lead_days"))
    events = [p for p in stats.in_order(corpus.posts) if p.event is not None]
    announced: set[tuple] = set()
    for post in events:
        key = _event_key(post)
        if _event_over(post):
            continue  # COM002 reports it
        days = _lead_days(ctx, post)
        if days >= lead:
            announced.add(key)
            continue
        if key in announced:
            continue
        name = post.event.name or "the event"
        if post.publish >= post.event.start:
            message = f"{name} has already started when this post goes out ({_when(ctx, post.publish)}); announce it at least {lead} days ahead"
        else:
            when = "on the day itself" if days == 0 else f"only {days} day{'s' if days != 1 else ''} before"
            message = f"This post announces {name} {when} ({_when(ctx, post.event.start)}); publish it at least {lead} days ahead so people can plan"
        yield Hit(message, post.line_of("publish"), hint="move the publish date earlier, or add an earlier announcement and keep this one as a reminder", path=post.path)


# --------------------------------------------------------------------------- COM004


def _outside_link(ctx: Context, source: str) -> tuple[str, int] | None:
    """The first link or bare domain that is not the practice's own, with its offset."""
    found = [(url, offset) for url, offset in text.urls(source)]
    found += [(m.group(0), m.start()) for m in text.DOMAIN.finditer(source)]
    for url, offset in sorted(found, key=lambda pair: pair[1]):
        host = text.host_of(url)
        if host and not text.is_own(ctx.plans, host):
            return url, offset
    return None


def _news_cue(source: str) -> re.Match | None:
    cleaned = _NEWS_IDIOM_RE.sub(lambda m: " " * len(m.group(0)), source)
    return _NEWS_RE.search(cleaned)


def _credited(source: str) -> bool:
    return bool(_CREDIT_RE.search(source) or _NAMED_SOURCE.search(source))


@rule("COM004", "news-without-credit", serves="community", severity=Severity.WARNING, scope="post")
def news_without_credit(post: Post, ctx: Context) -> Iterator[Hit]:
    """Local news passed on without saying who reported it.

    What it flags:
        Copy of a `community` post (the body, and each channel variant
        separately) that shares a story but does not credit its source. A
        post shares a story when it has a `news:` field, or when it links to
        a site that is not the practice's own and either reads as news
        ("reports", "according to", "news", "article", "story", "announced"
        ...) or is tagged `news` / `local-news`. Everyday phrases such as
        "good news" or "our story" do not count as news. Credit is a phrase
        such as "via", "credit:", "source:", "h/t", "reported by", "courtesy
        of", "(from ...)" or "according to" followed by a name. Lists live in
        `rules/data/community.yml`.

    Why:
        Sharing a neighbour's reporting is good community manners only when
        the neighbour gets the credit. Naming the paper or the parks
        department also tells followers where the facts come from and keeps
        the practice from looking as if it claims the story as its own.

    Examples:
        Triggers: a community post `The Maplewood Gazette story is out: the river trail gets new lights this spring. https://maplewood-gazette.test/trail-lights`
        Triggers: a community post `New fitness stations are coming to the greenway! https://maplewood-gazette.test/stations` with `news: {url: "https://maplewood-gazette.test/stations", date: 2027-01-22}`
        Triggers: a community post `According to a new report, the pool will reopen in May: https://maplewoodparks.test/pool`
        Passes: a community post `New lights for the river trail (via Maplewood Gazette): https://maplewood-gazette.test/trail-lights`
        Passes: a community post `Good news! Sign up for the walk: https://maplewoodparks.test/walk` (an event link, not a story).
        Passes: `Snow day? Warm up for five minutes before you pick up the shovel. #WellnessWednesday` (not a community post).
    """
    if post.guideline != "community":
        return
    news_tagged = any(tag.lower() in _NEWS_TAGS for tag in post.tags)
    seen: set[str] = set()
    for span in text.copies(post):
        source, line, label = span.text, span.line, text.named(span)
        if source in seen:
            continue
        seen.add(source)
        link = _outside_link(ctx, source)
        cue = _news_cue(source)
        if post.news is None and not (link and (cue or news_tagged)):
            continue
        if _credited(source):
            continue
        offset = link[1] if link else (cue.start() if cue else 0)
        yield Hit(
            f"Credit the source of this story in {label}, e.g. '(via Riverbend Gazette)' or 'Credit: <outlet>'",
            line + source.count("\n", 0, offset),
            hint="name the paper, station or organisation that reported it",
        )


# --------------------------------------------------------------------------- COM005


@rule("COM005", "guideline-mix-off-target", serves="community", severity=Severity.WARNING, scope="corpus", thresholds={"min_posts": 8})
def guideline_mix(corpus, ctx: Context) -> Iterator[Hit]:
    """A month whose mix of guidelines misses the targets in `plans/cadence.yml`.

    What it flags:
        For every guideline with a target under `mix:` in
        `plans/cadence.yml` (for example `community: ">=0.15"` or
        `expert: ">=0.25"`), a calendar month (practice timezone) whose
        share of posts with that `guideline:` is below a `>=` target or above
        a `<=` target. Cancelled posts do not count; only months with at least
        `min_posts` planned posts (default 8) are judged, and months that
        ended before today are skipped. The promotional target is PER004's
        job. The finding sits on the month's first post from today on.

    Why:
        A feed that only ever sells, or only ever lectures, stops feeling like
        a neighbour. The mix targets keep room every month for the local
        walks, teams and news that show the practice is part of its town, and
        for the expert tips that make it worth following.

    Examples:
        Triggers: a month of 10 posts with 1 community post (10% against `>=0.15`).
        Triggers: a month of 8 posts with 1 expert post (12.5% against `>=0.25`).
        Triggers: a month of 10 posts with no community post at all.
        Passes: a month of 10 posts with 3 expert and 2 community posts.
        Passes: a month of 5 posts with no community post (too few to judge).
        Passes: a month before today with no community post (that month is history).
    """
    targets = {key: value for key, value in ctx.plans.cadence.mix.items() if key != "promotional"}
    if not targets:
        return
    min_posts = int(ctx.limit("COM005", "min_posts"))
    for month in stats.months(ctx.plans, corpus.posts, since=ctx.today):
        if month.total < min_posts:
            continue
        posts = month.posts
        anchor = next((p for p in posts if ctx.plans.local(p.publish).date() >= ctx.today), posts[0])
        for guideline, (op, target) in sorted(targets.items()):
            count, share = month.count(guideline), month.share(guideline)
            if op == ">=" and share < target - 1e-9:
                message = (
                    f"{month.label}: {count} of {month.total} posts ({percent(share)}) follow the {guideline} guideline, below the target of {percent(target)}; plan more {guideline} posts that month"
                )
            elif op == "<=" and share > target + 1e-9:
                message = (
                    f"{month.label}: {count} of {month.total} posts ({percent(share)}) follow the {guideline} guideline, above the target of at most {percent(target)}; swap some for other guidelines"
                )
            else:
                continue
            yield Hit(message, anchor.line_of("guideline"), hint="targets are set under mix: in plans/cadence.yml", path=anchor.path)
