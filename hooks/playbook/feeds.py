"""iCalendar feeds of the posting plan: everything, one per channel, and open series slots.

Two builds of one commit must give the same bytes, so nothing here reads the
clock or invents an id: UIDs come from each post's `uid`, DTSTAMP and
LAST-MODIFIED from git history (or a fixed fallback), and every collection is
sorted before it is written. We build components by hand rather than with
icalendar's `.new()` factories, which add a random UID and the current time.
An event is a spec, the properties in the order icalendar is given them;
icsbytes.py writes it, byte for byte as icalendar would, once per spec.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from icalendar import Calendar, Event, Timezone, vDuration, vText

from .channels import label as channel_name
from .check import Report
from .history import FileHistory
from .icsbytes import EventBytes, Spec, calendar_bytes, ical_event
from .markup import inert
from .model import Post, without_notes
from .slots import Slot, fill_command, open_slots
from .statuses import STATUS_TABLE
from .uids import event_uid, slot_uid

PRODID = "-//Practice Playbook//Posting calendar//EN"
POST_DURATION = dt.timedelta(minutes=30)
REFRESH = dt.timedelta(hours=1)
ONE_BUILD = 64  # events a one-off build holds at most: a post's texts repeat across its channels' feeds, nothing else does
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Feed:
    filename: str
    title: str
    description: str
    data: bytes
    label: str = ""  # a short human name for the subscribe page: "Facebook posts", "Open slots"


def channel_names(channels) -> str:
    return ", ".join(channel_name(c) for c in channels)


def _text(value: str) -> vText:
    """Calendar apps render some HTML in descriptions: live markup (only ever from a name in plans/) is defused."""
    return vText(inert(value))


def feed_filename(channel: str | None = None) -> str:
    return f"calendar-{channel}.ics" if channel else "calendar.ics"


OPEN_SLOTS_FILE = "open-slots.ics"


def uid_domain(site_url: str, website: str) -> str:
    for url in (site_url, website):
        host = urlsplit(url or "").hostname
        if host:
            return host
    return "playbook.invalid"


def page_url(site_url: str, post: Post) -> str:
    return (site_url.rstrip("/") + "/" + post.page_uri) if site_url else ""


class FeedBuilder:
    """Holds what every event needs (practice, site URL, history) and writes the feeds."""

    def __init__(self, report: Report, site_url: str = "", history: dict[str, FileHistory] | None = None, event_bytes: EventBytes | None = None, memo=None):
        self.report = report
        self.memo = memo  # site.memo.PostMemo: each post's events from the last build, when their inputs are the same
        # The caller's, to reuse events across builds (mkdocs serve); else one build's, which asks for each event once:
        # kept, every post's spec and bytes (its copy three times over) held some 55 MB at 10,000 posts, the cold build's peak.
        self.event_bytes = event_bytes or EventBytes(limit=ONE_BUILD)
        self.plans = report.corpus.plans
        self.site_url = site_url
        self.history = history or {}
        self.domain = uid_domain(site_url, self.plans.practice.website)
        blocked = {f.path for f in report.errors}
        # A post with an error finding may carry patient information: it never reaches a feed.
        self.posts = [p for p in report.corpus.posts if p.path not in blocked]
        self.posts.sort(key=lambda p: (p.publish, p.uid))

    # -- calendar shell --------------------------------------------------------------------
    def _calendar(self, title: str, description: str, moments: list[dt.datetime]) -> Calendar:
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("name", _text(title))
        cal.add("x-wr-calname", _text(title))
        cal.add("description", _text(description))
        cal.add("x-wr-caldesc", _text(description))
        cal.add("x-wr-timezone", self.plans.practice.timezone)
        cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
        cal.add("x-published-ttl", vDuration(REFRESH))
        cal.add("color", "teal")
        if self.site_url:
            cal.add("url", self.site_url)
        cal.add_component(self._vtimezone(moments))
        return cal

    def _vtimezone(self, moments: list[dt.datetime]) -> Timezone:
        years = [m.year for m in moments] or [2027]
        first, last = dt.date(min(years), 1, 1), dt.date(max(years) + 1, 12, 31)
        zone = Timezone.from_tzid(self.plans.practice.timezone, first_date=first, last_date=last)
        zone.pop("COMMENT", None)
        return zone

    # -- events ----------------------------------------------------------------------------
    def _stamp(self, post: Post) -> tuple[int, dt.datetime | None, dt.datetime]:
        past = self.history.get(post.path)
        if past is None:
            return 0, None, EPOCH
        return past.revisions, past.last_modified, past.last_modified

    def _inert(self, text: str) -> str:
        """markup.inert, once a text: a post's description is the same in every feed it is in (and, serving, every build)."""
        known = self.event_bytes.texts
        found = known.get(text)
        if found is None:
            found = known[text] = inert(text)
        return found

    def post_spec(self, post: Post, channel: str | None = None) -> Spec:
        sequence, modified, stamp = self._stamp(post)
        channels = channel_names(post.channels)
        url = page_url(self.site_url, post)
        copy = post.copy_for(channel) if channel else without_notes(post.body)
        status = STATUS_TABLE[post.status]  # the parser keeps only posts with a known status
        lines = [f"Status: {status.words}", f"Guideline: {post.guideline}", f"Channels: {channels}"]
        if post.series:
            lines.append(f"Series: {self.plans.series[post.series].name if post.series in self.plans.series else post.series}")
        lines += ["", copy]
        if url:
            lines += ["", url]
        spec: list[tuple[str, object]] = [
            ("uid", f"{post.uid}@{self.domain}"),
            ("dtstamp", stamp),
            ("dtstart", self.plans.local(post.publish)),
            ("duration", POST_DURATION),
            ("summary", self._inert(f"{status.prefix}{post.title} — {channels}")),
            ("description", self._inert("\n".join(lines))),
        ]
        if url:
            spec.append(("url", url))
        spec += [("categories", (post.guideline, *post.channels)), ("status", status.ical), ("transp", "TRANSPARENT"), ("sequence", sequence)]
        if modified:
            spec.append(("last-modified", modified))
        return tuple(spec)

    def community_spec(self, post: Post) -> Spec:
        sequence, modified, stamp = self._stamp(post)
        happening = post.event
        spec: list[tuple[str, object]] = [("uid", f"{event_uid(post.uid)}@{self.domain}"), ("dtstamp", stamp), ("dtstart", self.plans.local(happening.start))]
        if happening.end:
            spec.append(("dtend", self.plans.local(happening.end)))
        else:
            spec.append(("duration", dt.timedelta(hours=1)))
        spec.append(("summary", inert(f"Community event: {happening.name or post.title}")))
        if happening.location:
            spec.append(("location", inert(happening.location)))
        details = [f"Community event promoted in the post “{post.title}”."]
        if happening.url:
            spec.append(("url", happening.url))
            details += ["", happening.url]
        spec += [
            ("description", inert("\n".join(details))),
            ("categories", ("community-event",)),
            ("status", "CANCELLED" if post.status == "cancelled" else "CONFIRMED"),
            ("sequence", sequence),
        ]
        if modified:
            spec.append(("last-modified", modified))
        return tuple(spec)

    def slot_spec(self, slot: Slot) -> Spec:
        command = fill_command(slot.series_id, slot.name, slot.date)
        return (
            ("uid", f"{slot_uid(slot.series_id, slot.start)}@{self.domain}"),
            ("dtstamp", EPOCH),
            ("dtstart", slot.start),
            ("duration", POST_DURATION),
            ("summary", inert(f"Open slot: {slot.name} — {channel_names(slot.channels)}")),
            ("description", inert(f"No post fills this {slot.name} slot yet. Guideline: {slot.guideline}. To fill it, run: {command}")),
            ("categories", (slot.guideline, *slot.channels, "open-slot")),
            ("status", "TENTATIVE"),
            ("transp", "TRANSPARENT"),
            ("sequence", 0),
        )

    def post_event(self, post: Post, channel: str | None = None) -> Event:
        return ical_event(self.post_spec(post, channel))

    def community_event(self, post: Post) -> Event:
        return ical_event(self.community_spec(post))

    def slot_event(self, slot: Slot) -> Event:
        return ical_event(self.slot_spec(slot))

    # -- feeds -----------------------------------------------------------------------------
    def slots(self) -> list[Slot]:
        today = self.report.today
        horizon = today + dt.timedelta(days=self.plans.cadence.planning_horizon_days)
        return open_slots(self.plans, self.report.corpus.posts, today, horizon)

    def post_events(self, post: Post) -> dict[str | None, bytes]:
        """The post's event in the whole calendar (None) and in each of its channels' feeds."""
        channels = (None, *post.channels)
        make = lambda: [self.event_bytes(self.post_spec(post, channel)) for channel in channels]  # noqa: E731
        if self.memo is None:
            return dict(zip(channels, make()))
        # What post_spec reads besides the engine and plans/ (the memo keys on those itself).
        inputs = (post, self.site_url, self.domain, self._stamp(post))
        return dict(zip(channels, self.memo.events(post.path, inputs, make)))

    def build(self, keep: Callable[[Feed], Feed] | None = None) -> list[Feed]:
        """Every feed. `keep` takes each feed as soon as it is made (a build writes it to a file and keeps its name),
        so the feeds' bytes need not all be in memory at once."""
        name = self.plans.practice.name or "Practice"
        keep = keep or _as_is
        feeds: list[Feed] = []
        events = {post.path: self.post_events(post) for post in self.posts}
        moments = [p.publish for p in self.posts] + [p.event.start for p in self.posts if p.event]
        everything = self._calendar(f"{name}: posting calendar", "Every planned post and community event.", moments)
        # In order of start, then uid, as `Calendar.to_ical` would write them.
        entries = [((self.plans.local(p.publish), f"{p.uid}@{self.domain}"), events[p.path][None]) for p in self.posts]
        entries += [(_start_and_uid(spec), self.event_bytes(spec)) for spec in map(self.community_spec, announcing(self.posts))]
        data = calendar_bytes(everything, (event for _, event in sorted(entries, key=lambda entry: entry[0])))
        feeds.append(keep(Feed(feed_filename(), f"{name}: posting calendar", "Every post and community event", data, "Everything")))
        for channel in self.plans.practice.channels:
            mine = [p for p in self.posts if channel in p.channels]
            label = channel_name(channel)
            cal = self._calendar(f"{name}: {label} posts", f"Posts planned for {label}.", [p.publish for p in mine])
            data = calendar_bytes(cal, (events[post.path][channel] for post in mine))
            feeds.append(keep(Feed(feed_filename(channel), f"{name}: {label} posts", f"Posts on {label} only", data, f"{label} posts")))
        slots = self.slots()
        cal = self._calendar(f"{name}: open slots", "Series slots no post fills yet.", [s.start for s in slots])
        data = calendar_bytes(cal, (self.event_bytes(self.slot_spec(slot)) for slot in slots))
        feeds.append(keep(Feed(OPEN_SLOTS_FILE, f"{name}: open slots", "Series slots still waiting for a post", data, "Open slots")))
        feeds.append(keep(reviews_due_feed(self)))
        return feeds


def _start_and_uid(spec: Spec) -> tuple:
    values = dict(spec)
    return values["dtstart"], values["uid"]


def announcing(posts: list[Post]) -> list[Post]:
    """One post per community event, the first to announce it: an event announced twice is still one event.

    Cancelled posts keep their event (marked CANCELLED) unless another live post announces it too.
    """
    first: dict[tuple, Post] = {}
    for post in posts:
        if post.event is None:
            continue
        key = (" ".join((post.event.name or post.title).casefold().split()), post.event.start)
        held = first.get(key)
        if held is None or (held.status == "cancelled" and post.status != "cancelled"):
            first[key] = post
    return sorted(first.values(), key=lambda p: (p.publish, p.uid))


from .reviews.feed import reviews_due_feed  # noqa: E402  (it builds on FeedBuilder above)


def build_feeds(
    report: Report, site_url: str = "", history: dict[str, FileHistory] | None = None, event_bytes: EventBytes | None = None, memo=None, keep: Callable[[Feed], Feed] | None = None
) -> list[Feed]:
    return FeedBuilder(report, site_url, history, event_bytes, memo).build(keep)


def _as_is(feed: Feed) -> Feed:
    return feed
