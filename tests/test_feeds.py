"""The iCal feeds: valid for three independent parsers, stable, deterministic, complete."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
import vobject
from playbook.check import check_project
from playbook.feeds import build_feeds, channel_names
from playbook.history import load_history

from tests.conftest import GOOD_POST, REPO, make_project
from tests.tools import node_module


def live_posts(report) -> list:
    return [p for p in report.corpus.posts if p.status != "cancelled"]


def vevents(data: bytes) -> list:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_every_feed_exists(sample_feeds, sample_report):
    channels = sample_report.corpus.plans.practice.channels
    assert set(sample_feeds) == {"calendar.ics", "open-slots.ics", "reviews-due.ics", *(f"calendar-{c}.ics" for c in channels)}


def test_every_post_appears_exactly_once_with_a_unique_uid(sample_feeds, sample_report):
    events = vevents(sample_feeds["calendar.ics"])
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids))
    post_uids = [u for u in uids if not u.split("@")[0].endswith("-event")]
    assert sorted(post_uids) == sorted(f"{p.uid}@playbook.example-ortho.test" for p in sample_report.corpus.posts)
    for post in live_posts(sample_report):
        assert post_uids.count(f"{post.uid}@playbook.example-ortho.test") == 1
    community = {(p.event.name.casefold(), p.event.start) for p in sample_report.corpus.posts if p.event}
    assert len(events) == len(sample_report.corpus.posts) + len(community)  # an event two posts announce is one event


def test_channel_feeds_hold_exactly_that_channels_posts(sample_feeds, sample_report):
    for channel in sample_report.corpus.plans.practice.channels:
        events = vevents(sample_feeds[f"calendar-{channel}.ics"])
        expected = [p for p in sample_report.corpus.posts if channel in p.channels]
        assert len(events) == len(expected)
        assert all(channel in [str(c) for c in e["CATEGORIES"].cats] for e in events)


def test_event_properties(sample_feeds, sample_report):
    post = next(p for p in sample_report.corpus.posts if p.status == "approved" and p.series)
    (event,) = [e for e in vevents(sample_feeds["calendar.ics"]) if str(e["UID"]).startswith(post.uid + "@")]
    assert event["DTSTART"].params["TZID"] == "America/Chicago"
    assert event.decoded("DTSTART") == post.publish
    assert event["STATUS"] == "CONFIRMED"
    assert str(event["SUMMARY"]) == f"{post.title} — {channel_names(post.channels)}"  # labels, not ids
    description = str(event["DESCRIPTION"])
    assert "Status: approved" in description and f"Guideline: {post.guideline}" in description
    assert post.body.strip()[:40] in description
    assert str(event["URL"]) == f"https://playbook.example-ortho.test/{post.page_uri}"
    assert description.endswith(str(event["URL"]))
    assert event.decoded("DURATION") == dt.timedelta(minutes=30)


@pytest.mark.parametrize("status, expected", [("draft", "TENTATIVE"), ("idea", "TENTATIVE"), ("in-review", "TENTATIVE"), ("published", "CONFIRMED"), ("cancelled", "CANCELLED")])
def test_status_mapping(status, expected, sample_feeds, sample_report):
    post = next(p for p in sample_report.corpus.posts if p.status == status)
    (event,) = [e for e in vevents(sample_feeds["calendar.ics"]) if str(e["UID"]) == f"{post.uid}@playbook.example-ortho.test"]
    assert event["STATUS"] == expected


def test_calendar_properties_are_well_formed(sample_feeds):
    text = sample_feeds["calendar.ics"].decode("utf-8")
    assert "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in text
    assert "\r\nX-PUBLISHED-TTL:PT1H\r\n" in text
    for prop in ("PRODID:", "VERSION:2.0", "NAME:", "X-WR-CALNAME:", "X-WR-TIMEZONE:America/Chicago", "COLOR:", "BEGIN:VTIMEZONE"):
        assert f"\r\n{prop}" in text, prop
    assert "COMMENT" not in text
    # No floating times: every event's DTSTART carries a TZID.
    for name, data in sample_feeds.items():
        for event in vevents(data):
            assert event["DTSTART"].params.get("TZID") == "America/Chicago", (name, event["UID"])
            assert event.decoded("DTSTART").tzinfo is not None


def test_community_events_are_their_own_events(sample_feeds, sample_report):
    post = next(p for p in sample_report.corpus.posts if p.event and p.status != "cancelled")
    (event,) = [e for e in vevents(sample_feeds["calendar.ics"]) if str(e["UID"]) == f"{post.uid}-event@playbook.example-ortho.test"]
    assert str(event["LOCATION"]) == post.event.location
    assert str(event["URL"]) == post.event.url
    assert event.decoded("DTSTART") == post.event.start


def test_vobject_validates_every_feed(sample_feeds):
    for name, data in sample_feeds.items():
        (calendar,) = list(vobject.readComponents(data.decode("utf-8"), validate=True))
        count = len(getattr(calendar, "vevent_list", []))
        assert count == len(vevents(data)), name


def test_recurring_ical_events_sees_every_occurrence(sample_feeds):
    calendar = icalendar.Calendar.from_ical(sample_feeds["calendar.ics"])
    occurrences = recurring_ical_events.of(calendar).between(dt.date(2026, 1, 1), dt.date(2029, 1, 1))
    assert len(occurrences) == len(vevents(sample_feeds["calendar.ics"]))


def test_ical_js_parses_every_feed(tmp_path, sample_feeds, sample_report):
    node_module("ical.js")
    paths = []
    for name, data in sample_feeds.items():
        (tmp_path / name).write_bytes(data)
        paths.append(str(tmp_path / name))
    result = subprocess.run(["node", str(REPO / "tests/js/parse_ical.mjs"), *paths], capture_output=True, text=True, check=True, cwd=REPO)
    parsed = json.loads(result.stdout)
    for path in paths:
        info = parsed[path]
        name = Path(path).name
        assert len(info["events"]) == len(vevents(sample_feeds[name])), name
        assert info["refresh"][2:] == ["duration", "PT1H"] and info["ttl"] == "PT1H"
        assert info["zones"] == ["America/Chicago"]
    events = {e["uid"]: e for e in parsed[str(tmp_path / "calendar.ics")]["events"]}
    post = live_posts(sample_report)[0]
    event = events[f"{post.uid}@playbook.example-ortho.test"]
    assert event["zone"] == "America/Chicago"
    assert event["startUtc"] == int(post.publish.timestamp())


def test_feeds_are_byte_identical_across_hash_seeds(tmp_path, sample_feeds):
    outputs = []
    for seed in ("1", "4242"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "playbook.cli", "calendar", "--root", str(REPO), "--out", str(out)], check=True, env=env, capture_output=True)
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outputs[0] == outputs[1]
    assert outputs[0]["calendar.ics"] == sample_feeds["calendar.ics"]


# -- history: renames, edits, cancellations, in a throwaway git repository ---------------------

POST = "content/posts/2027/01/13-stretch.md"
HOSTILE = GOOD_POST.replace("title: Stretch before you shovel", 'title: "Shovel, stretch; repeat 🦴 日本語"').replace(
    "Snow day? Warm up for five minutes before you pick up the shovel. #WellnessWednesday",
    "Commas, semicolons; and a backslash \\ here.\nSecond line: Ελληνικά, العربية, 日本語 🦴🏃‍♀️\n\nThird paragraph.",
)


def git(root: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.test", "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.test"}
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)


def feed_event(root: Path, uid: str = "test-0001"):
    report = check_project(root)
    feeds = {f.filename: f.data for f in build_feeds(report, "https://playbook.clinic.test/", load_history(root))}
    (event,) = [e for e in vevents(feeds["calendar.ics"]) if str(e["UID"]) == f"{uid}@playbook.clinic.test"]
    return event, feeds


def test_history_rename_edit_and_cancel(tmp_path):
    root = make_project(tmp_path, {POST: GOOD_POST})
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "first", "--date", "2027-01-01T10:00:00+00:00")
    first, _ = feed_event(root)
    assert first["SEQUENCE"] == 0

    renamed = "content/posts/2027/01/13-shovel-stretch.md"
    git(root, "mv", POST, renamed)
    git(root, "commit", "-qm", "rename")
    moved, _ = feed_event(root)
    assert str(moved["UID"]) == str(first["UID"])
    assert "13-shovel-stretch" in str(moved["URL"])

    path = root / renamed
    path.write_text(path.read_text().replace("five minutes", "ten minutes"))
    git(root, "commit", "-qam", "edit")
    edited, _ = feed_event(root)
    assert edited["SEQUENCE"] > moved["SEQUENCE"]
    assert edited.decoded("LAST-MODIFIED") >= moved.decoded("LAST-MODIFIED")

    path.write_text(path.read_text().replace("status: draft", "status: cancelled"))
    git(root, "commit", "-qam", "cancel")
    cancelled, _ = feed_event(root)
    assert str(cancelled["UID"]) == str(first["UID"])
    assert cancelled["STATUS"] == "CANCELLED"
    assert cancelled["SEQUENCE"] > edited["SEQUENCE"]


def test_without_git_the_feed_is_still_deterministic(tmp_path):
    root = make_project(tmp_path, {POST: GOOD_POST})
    event, feeds = feed_event(root)
    assert event["SEQUENCE"] == 0 and "LAST-MODIFIED" not in event
    again, feeds_again = feed_event(root)
    assert feeds == feeds_again


def test_post_with_an_error_is_left_out(tmp_path):
    bad = GOOD_POST.replace("test-0001", "test-0002").replace("2027-01-13 12:00", "2027-01-14 12:00").replace("Snow day?", "Call 555-867-5309 today. Snow day?")
    root = make_project(tmp_path, {POST: GOOD_POST, "content/posts/2027/01/14-bad.md": bad.replace("status: draft", "status: draft\nbogus: 1")})
    report = check_project(root)
    assert report.errors
    feeds = {f.filename: f.data for f in build_feeds(report, "https://playbook.clinic.test/")}
    uids = [str(e["UID"]) for e in vevents(feeds["calendar.ics"])]
    assert uids == ["test-0001@playbook.clinic.test"]
    assert b"867" not in b"".join(feeds.values())


def test_hostile_text_round_trips_in_three_parsers(tmp_path):
    root = make_project(tmp_path, {POST: HOSTILE})
    event, feeds = feed_event(root)
    post = check_project(root).corpus.posts[0]
    summary = f"[Draft] {post.title} — Instagram"
    assert str(event["SUMMARY"]) == summary
    assert post.body.strip() in str(event["DESCRIPTION"])
    (vcal,) = list(vobject.readComponents(feeds["calendar.ics"].decode("utf-8"), validate=True))
    assert vcal.vevent.summary.value == summary
    assert vcal.vevent.description.value == str(event["DESCRIPTION"])
    node_module("ical.js")
    path = tmp_path / "calendar.ics"
    path.write_bytes(feeds["calendar.ics"])
    result = subprocess.run(["node", str(REPO / "tests/js/parse_ical.mjs"), str(path)], capture_output=True, text=True, check=True, cwd=REPO)
    (parsed,) = json.loads(result.stdout)[str(path)]["events"]
    assert parsed["summary"] == summary
    assert parsed["description"] == str(event["DESCRIPTION"])


def test_a_one_off_build_keeps_a_post_s_worth_of_events_and_writes_the_same_bytes(sample_report, sample_feeds):
    """A build asks for each event once, so it keeps only the last few it wrote (every one of 10,000 posts' specs and
    bytes made a cold build's peak of memory); mkdocs serve keeps them all. Either way the feeds are the same bytes."""
    from playbook.feeds import ONE_BUILD, FeedBuilder
    from playbook.icsbytes import EventBytes
    from playbook.siteconfig import site_url

    every = EventBytes()  # as mkdocs serve keeps them, from one rebuild to the next
    serving = {feed.filename: feed.data for feed in build_feeds(sample_report, site_url(REPO), load_history(REPO), every)}
    builder = FeedBuilder(sample_report, site_url(REPO), load_history(REPO))
    assert {feed.filename: feed.data for feed in builder.build()} == serving == sample_feeds
    assert len(builder.event_bytes._known) <= ONE_BUILD < len(every._known)


def test_lines_are_folded_within_75_octets(sample_feeds):
    for data in sample_feeds.values():
        for line in data.split(b"\r\n"):
            assert len(line) <= 75, line


def test_open_slots_feed_and_command(tmp_path):
    from click.testing import CliRunner
    from playbook.cli import main

    from tests.conftest import SERIES

    root = make_project(tmp_path, {POST: GOOD_POST}, {"series.yml": SERIES.replace("until: 2027-01-13", "until: 2027-01-27")})
    report = check_project(root)
    feeds = {f.filename: f.data for f in build_feeds(report, "https://playbook.clinic.test/")}
    slots = vevents(feeds["open-slots.ics"])
    assert [str(e["UID"]) for e in slots] == [
        "slot-wellness-wednesday-20270120@playbook.clinic.test",
        "slot-wellness-wednesday-20270127@playbook.clinic.test",
    ]
    assert all(e["STATUS"] == "TENTATIVE" and "Open slot: Wellness Wednesday" in str(e["SUMMARY"]) for e in slots)
    assert slots[0].decoded("DTSTART").isoformat() == "2027-01-20T12:00:00-06:00"
    (vcal,) = list(vobject.readComponents(feeds["open-slots.ics"].decode("utf-8"), validate=True))
    assert len(vcal.vevent_list) == 2

    result = CliRunner().invoke(main, ["slots", "--root", str(root)])
    assert result.exit_code == 0
    assert "Wed 2027-01-20 12:00  Wellness Wednesday" in result.output and "2 open slot(s)" in result.output


def test_notes_to_the_team_stay_out_of_the_feed(tmp_path):
    noted = GOOD_POST.replace("Snow day?", "<!-- ask Dr. Okafor about the photo -->\nSnow day?")
    root = make_project(tmp_path, {POST: noted})
    event, feeds = feed_event(root)
    assert "ask Dr. Okafor" not in str(event["DESCRIPTION"]) and b"ask Dr. Okafor" not in b"".join(feeds.values())
    assert str(event["DESCRIPTION"]).count("Snow day?") == 1


def test_reviews_due_feed_has_one_event_per_open_negative_review_on_its_due_day(sample_feeds):
    events = vevents(sample_feeds["reviews-due.ics"])
    assert [(str(e["UID"]).split("@")[0], e.decoded("dtstart").isoformat()) for e in events] == [
        ("review-rv-2027-01-07", "2027-01-20T09:00:00-06:00"),
        ("review-rv-2027-01-08", "2027-01-21T09:00:00-06:00"),
        ("review-rv-2027-01-09", "2027-01-22T09:00:00-06:00"),
    ]
    first = events[0]
    assert str(first["SUMMARY"]) == "Reply due: Google review, 2★ wait-time (rv-2027-01-07)"
    assert str(first["URL"]).startswith("https://g.page/") and "due today" in str(first["DESCRIPTION"])
    (vcal,) = list(vobject.readComponents(sample_feeds["reviews-due.ics"].decode("utf-8"), validate=True))
    assert len(vcal.vevent_list) == 3


def test_a_late_review_sits_on_today(tmp_path):
    report = check_project(REPO, "2027-01-27")
    events = vevents({f.filename: f.data for f in build_feeds(report, "")}["reviews-due.ics"])
    assert {e.decoded("dtstart").isoformat() for e in events} == {"2027-01-27T09:00:00-06:00"}
    assert all(str(e["SUMMARY"]).startswith("Late: Reply due:") for e in events)


# -- what a person reads in a calendar app ---------------------------------------------------------------


@pytest.mark.parametrize("status, prefix", [("in-review", "[Needs approval] "), ("draft", "[Draft] "), ("idea", "[Idea] "), ("approved", ""), ("published", ""), ("cancelled", "[Cancelled] ")])
def test_summaries_say_what_waits_and_name_the_channels(status, prefix, sample_feeds, sample_report):
    post = next(p for p in sample_report.corpus.posts if p.status == status)
    (event,) = [e for e in vevents(sample_feeds["calendar.ics"]) if str(e["UID"]) == f"{post.uid}@playbook.example-ortho.test"]
    assert str(event["SUMMARY"]) == f"{prefix}{post.title} — {channel_names(post.channels)}"
    assert "google-business" not in str(event["SUMMARY"])


def test_community_events_are_prefixed_and_appear_once(sample_feeds):
    events = [e for e in vevents(sample_feeds["calendar.ics"]) if str(e["UID"]).split("@")[0].endswith("-event")]
    summaries = [str(e["SUMMARY"]) for e in events]
    assert all(s.startswith("Community event: ") for s in summaries)
    assert summaries.count("Community event: Riverbend Winter 5K") == 1  # two posts announce it


def test_channel_feeds_and_open_slots_have_human_names(sample_report):
    feeds = {f.filename: f for f in build_feeds(sample_report, "https://playbook.example-ortho.test/")}
    assert feeds["calendar-google-business.ics"].label == "Google Business Profile posts"
    assert b"X-WR-CALNAME:Riverbend Orthopaedics & Sports Medicine: Facebook posts" in feeds["calendar-facebook.ics"].data
    assert feeds["open-slots.ics"].label == "Open slots" and feeds["calendar.ics"].label == "Everything"


def test_a_cancelled_duplicate_does_not_hide_a_live_announcement(tmp_path):
    from playbook.feeds import announcing
    from playbook.model import Event

    from tests.rules.harness import at, post

    event = Event("Walk", at("2027-02-01 09:00"), None, "Park", "")
    first = post(title="First", publish="2027-01-20 10:00", status="cancelled", event=event)
    second = post(title="Second", publish="2027-01-25 10:00", status="approved", event=event)
    assert [p.title for p in announcing([first, second])] == ["Second"]
    assert [p.title for p in announcing([first])] == ["First"]


def test_a_feed_handed_to_keep_as_it_is_made_is_the_same_feed(sample_report):
    """A build writes each feed to a file as soon as it is made (keep); the feeds, their order and their bytes are
    those of a build that holds them all."""
    import dataclasses

    held = build_feeds(sample_report, "https://playbook.example-ortho.test/")
    kept: list[bytes] = []

    def keep(feed):
        kept.append(feed.data)
        return dataclasses.replace(feed, data=b"")

    named = build_feeds(sample_report, "https://playbook.example-ortho.test/", keep=keep)
    assert [dataclasses.replace(feed, data=b"") for feed in held] == named
    assert [feed.data for feed in held] == kept and len(kept) > 3
