"""The feeds' own event writer (icsbytes.py) against icalendar's: byte for byte, on the sample and on any text.

The feeds used to be one icalendar `Calendar` holding an `Event` per post, written
with `to_ical()`. `_reference_feeds` still writes them that way; the feeds the
build writes must not differ from it by one byte.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from playbook.check import Report
from playbook.corpus import Corpus
from playbook.feeds import (
    OPEN_SLOTS_FILE,
    FeedBuilder,
    announcing,
    channel_name,
    feed_filename,
)
from playbook.history import FileHistory, load_history
from playbook.icsbytes import EventBytes, ical_event, write
from playbook.model import Event as Happening
from playbook.reviews.feed import reviews_due_feed
from playbook.siteconfig import site_url

from tests.conftest import REPO
from tests.rules import harness


def _reference_feeds(builder: FeedBuilder) -> dict[str, bytes]:
    """Every feed as icalendar writes a whole calendar: the way the feeds were written before icsbytes.py."""
    name = builder.plans.practice.name or "Practice"
    posts = builder.posts
    moments = [p.publish for p in posts] + [p.event.start for p in posts if p.event]
    everything = builder._calendar(f"{name}: posting calendar", "Every planned post and community event.", moments)
    events = [builder.post_event(p) for p in posts] + [builder.community_event(p) for p in announcing(posts)]
    for event in sorted(events, key=lambda e: (e.decoded("dtstart"), str(e["uid"]))):
        everything.add_component(event)
    feeds = {feed_filename(): everything.to_ical()}
    for channel in builder.plans.practice.channels:
        mine = [p for p in posts if channel in p.channels]
        label = channel_name(channel)
        cal = builder._calendar(f"{name}: {label} posts", f"Posts planned for {label}.", [p.publish for p in mine])
        for post in mine:
            cal.add_component(builder.post_event(post, channel))
        feeds[feed_filename(channel)] = cal.to_ical()
    slots = builder.slots()
    cal = builder._calendar(f"{name}: open slots", "Series slots no post fills yet.", [s.start for s in slots])
    for slot in slots:
        cal.add_component(builder.slot_event(slot))
    feeds[OPEN_SLOTS_FILE] = cal.to_ical()
    feeds["reviews-due.ics"] = reviews_due_feed(builder).data
    return feeds


def _ours(report: Report, url: str, history=None) -> dict[str, bytes]:
    return {feed.filename: feed.data for feed in FeedBuilder(report, url, history).build()}


def test_sample_feeds_are_byte_identical_to_icalendars(sample_report):
    history = load_history(REPO)
    ours = _ours(sample_report, site_url(REPO), history)
    assert ours == _reference_feeds(FeedBuilder(sample_report, site_url(REPO), history))
    assert len(ours) == 3 + len(sample_report.corpus.plans.practice.channels)


def test_every_sample_event_is_written_as_icalendar_writes_it(sample_report):
    builder = FeedBuilder(sample_report, "https://playbook.example-ortho.test/", load_history(REPO))
    specs = [builder.post_spec(p, c) for p in builder.posts for c in (None, *p.channels)]
    specs += [builder.community_spec(p) for p in announcing(builder.posts)] + [builder.slot_spec(s) for s in builder.slots()]
    assert len(specs) > 200
    for spec in specs:
        assert write(spec) == ical_event(spec).to_ical(), spec


def test_event_bytes_remembers_by_spec_and_stays_bounded(sample_report):
    spec = FeedBuilder(sample_report).post_spec(sample_report.corpus.posts[0])
    remembered = EventBytes(limit=2)
    first = remembered(spec)
    assert remembered(spec) is first and first == ical_event(spec).to_ical()
    other = FeedBuilder(sample_report).post_spec(sample_report.corpus.posts[1])
    remembered(other), remembered(FeedBuilder(sample_report).post_spec(sample_report.corpus.posts[2]))
    assert len(remembered._known) <= 2


# -- any text, any zone -------------------------------------------------------------------------------

TRICKY = ["\\", "^", ";", ",", ":", "\n", "\r", "\r\n", "\\N", "\\n", '"', "—", "é", "🦴", "🏃‍♀️", "日本語", "\u0301", " ", "x" * 70, "<b>", "&amp;"]
texts = st.lists(st.sampled_from(TRICKY) | st.text(st.characters(blacklist_categories=("Cs",)), max_size=40), max_size=25).map("".join)
ZONES = ["America/Chicago", "Europe/London", "Asia/Kolkata", "Pacific/Chatham", "Etc/GMT+5", "UTC", "America/Argentina/Buenos_Aires"]
zones = st.sampled_from(ZONES).map(ZoneInfo) | st.just(dt.UTC) | st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
moments = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    summary=texts,
    description=texts,
    location=texts,
    categories=st.lists(texts, min_size=1, max_size=4),
    zone=zones,
    start=moments,
    minutes=st.integers(1, 5000),
    sequence=st.integers(0, 10**6),
    url=st.sampled_from(["", "https://example.test/a,b;c", "https://x.test/" + "y" * 120]),
)
@example(
    summary="a" * 73 + "\\",
    description="b" * 72 + "é\\" + "c" * 80,
    location="^" * 200,
    categories=["a,b", "c;d"],
    zone=ZoneInfo("UTC"),
    start=dt.datetime(2027, 3, 14, 2, 30),
    minutes=60,
    sequence=0,
    url="",
)
def test_any_event_is_written_as_icalendar_writes_it(summary, description, location, categories, zone, start, minutes, sequence, url):
    spec = [
        ("uid", f"{summary[:20]}@playbook.test"),
        ("dtstamp", dt.datetime(2026, 11, 27, 21, 38, 22, tzinfo=dt.UTC)),
        ("dtstart", start.replace(tzinfo=zone)),
        ("duration" if minutes % 2 else "dtend", dt.timedelta(minutes=minutes) if minutes % 2 else start.replace(tzinfo=zone) + dt.timedelta(minutes=minutes)),
        ("summary", summary),
        ("location", location),
        ("description", description),
        ("categories", tuple(categories)),
        ("status", "TENTATIVE"),
        ("sequence", sequence),
    ]
    if url:
        spec.append(("url", url))
    if sequence % 3:
        spec.append(("last-modified", start.replace(tzinfo=dt.UTC)))
    assert write(tuple(spec)) == ical_event(tuple(spec)).to_ical()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    posts=st.lists(
        st.tuples(
            texts,
            texts,
            st.sampled_from(["draft", "approved", "cancelled", "in-review"]),
            st.lists(st.sampled_from(["facebook", "instagram", "x"]), min_size=1, max_size=3, unique=True),
            st.integers(0, 60 * 24 * 90),
            st.booleans(),
        ),
        min_size=1,
        max_size=6,
    ),
    url=st.sampled_from(["", "https://playbook.example.test/"]),
    revisions=st.integers(0, 5),
)
def test_whole_feeds_match_icalendars_for_any_posts(posts, url, revisions):
    start = dt.datetime(2027, 1, 4, 9, 0, tzinfo=harness.TZ)
    made = []
    for n, (title, body, status, channels, minutes, event) in enumerate(posts):
        when = start + dt.timedelta(minutes=minutes)
        happening = Happening(title or "Walk", when + dt.timedelta(days=3), None, body[:30], "https://example.test/e") if event else None
        variants = {"x": body[::-1]} if "x" in channels and n % 2 else {}
        made.append(harness.post(body, title=title or "x", uid=f"u-{n}", publish=when, status=status, channels=channels, event=happening, variants=variants))
    report = Report(Corpus(Path("."), harness.PLANS, tuple(made), (), ()), harness.TODAY, ())
    history = {p.path: FileHistory(revisions, dt.datetime(2027, 1, 2, 3, 4, 5, tzinfo=dt.UTC)) for p in made[::2]}
    assert _ours(report, url, history) == _reference_feeds(FeedBuilder(report, url, history))


def test_a_second_build_reuses_every_unchanged_event(sample_report):
    """What `mkdocs serve` keeps between rebuilds: only the edited post's events are written again."""
    remembered = EventBytes()
    first = {f.filename: f.data for f in FeedBuilder(sample_report, "https://p.test/", None, remembered).build()}
    before = dict(remembered._known)
    edited = sample_report.corpus.posts[3]
    posts = tuple(dataclasses.replace(p, body=p.body + " Edited.") if p is edited else p for p in sample_report.corpus.posts)
    report = dataclasses.replace(sample_report, corpus=dataclasses.replace(sample_report.corpus, posts=posts))
    second = {f.filename: f.data for f in FeedBuilder(report, "https://p.test/", None, remembered).build()}
    assert second == _ours(report, "https://p.test/")
    written = set(remembered._known) - set(before)
    assert written and all(dict(spec)["uid"].startswith(edited.uid + "@") for spec in written)
    assert first["calendar.ics"] != second["calendar.ics"]
