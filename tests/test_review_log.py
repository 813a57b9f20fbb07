"""The review log: loading plans/reviews/ with located findings, settings, business days, open reviews."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.check import check_project
from playbook.corpus import load_corpus
from playbook.reviews import open_reviews
from playbook.reviews.businessdays import business_days_between, due_day, is_business_day
from playbook.reviews.model import ReviewSettings
from playbook.reviews.queue import DUE_TODAY, LATE, NO_TARGET, VERY_LATE, WITHIN, deadlines

from tests.conftest import make_project

TEMPLATE = """\
---
title: Sorry about the wait
uid: rb-wait
scenario: wait-time
platforms: [google, yelp]
status: approved
approvals:
  - {by: mreyes, role: privacy, "on": 2027-01-02}
---
We're sorry about the wait, {{ reviewer }}. Please call {{ contact.name }} at {{ contact.phone }}.
"""
GOOD = """\
# January 2027
- id: rv-2027-01-01
  platform: google
  url: https://g.page/r/x/review/1
  received: 2027-01-04 09:00
  rating: 2
  scenario: wait-time
  answered: 2027-01-04 15:00
  template: rb-wait
  by: jlee
"""


def project(tmp_path: Path, log: dict[str, str], checks: str = "as_of: 2027-01-05\n") -> Path:
    files = {"content/responses/wait.md": TEMPLATE}
    files.update({f"plans/reviews/{name}": text for name, text in log.items()})
    return make_project(tmp_path, files, {"checks.yml": checks})


def findings(root: Path) -> list[tuple[str, int, str]]:
    """What the log and its settings produce (the small project's open series slot is another matter)."""
    return [(f.path, f.line, f.code) for f in check_project(root).findings if f.path.startswith(("plans/reviews/", "plans/checks.yml"))]


def messages(root: Path) -> list[str]:
    return [f.text() for f in check_project(root).findings]


def test_a_good_log_loads_into_typed_reviews(tmp_path):
    root = project(tmp_path, {"2027-01.yml": GOOD})
    assert findings(root) == []
    (review,) = load_corpus(root).reviews.reviews
    assert review.id == "rv-2027-01-01" and review.rating == 2 and review.template == "rb-wait"
    assert review.received == dt.datetime(2027, 1, 4, 15, 0, tzinfo=dt.UTC)
    assert review.line == 2 and review.line_of("template") == 9 and review.negative


@pytest.mark.parametrize(
    "change, line, code, words",
    [
        (("rating: 2", "rating: 6"), 6, "FM043", "'rating' must be 1 to 5 or none"),
        (("rating: 2", "rating: two"), 6, "FM005", "'rating' must be 1 to 5 or none"),
        (("  rating: 2\n", ""), 2, "FM003", "missing required field 'rating'"),
        (("received: 2027-01-04 09:00", "received: 2027-01-34 09:00"), 5, "FM006", "does not exist"),
        (("received: 2027-01-04 09:00", "received: 2027-01-04"), 5, "FM006", "has no time of day"),
        (("platform: google", "platform: gogle"), 3, "FM042", "'platform' is 'gogle'"),
        (("scenario: wait-time", "scenario: slow"), 7, "FM042", "'scenario' is 'slow'"),
        (("url: https://g.page/r/x/review/1", "url: g.page/r/x"), 4, "FM046", "must be a full https:// address"),
        (("template: rb-wait", "template: rb-wiat"), 9, "FM008", "template 'rb-wiat' is not the uid"),
        (("by: jlee", "by: jle"), 10, "FM008", "'jle' is not in plans/team.yml"),
        (("  template: rb-wait\n", ""), 8, "FM003", "answered review needs 'template'"),
        (("  answered: 2027-01-04 15:00\n", ""), 8, "FM003", "'template' is set but 'answered' is missing"),
        (("id: rv-2027-01-01", "id: rv 1"), 2, "FM044", "review id 'rv 1' must be"),
        (("  by: jlee\n", "  by: jlee\n  text: Terrible visit, my knee still hurts\n"), 11, "FM004", "never store the reviewer's name or the review's text"),
        (("  by: jlee\n", "  by: jlee\n  reviewer: Carla Mendes\n"), 11, "FM004", "'reviewer' has no place in the review log"),
        (("  by: jlee\n", "  by: jlee\n  stars: 2\n"), 11, "FM004", "unknown field 'stars'"),
        (("  rating: 2\n", "  rating: 2\n  rating: 3\n"), 7, "FM012", "written twice"),
        (("received: 2027-01-04 09:00", "received: 2027-02-04 09:00"), 5, "FM049", "belongs in plans/reviews/2027-02.yml"),
        (("received: 2027-01-04 09:00", "received: 2207-01-04 09:00"), 5, "FM020", "outside the planning horizon"),
        (("scenario: wait-time", "scenario: <b>x</b>"), 7, "SEC001", "Remove"),
    ],
)
def test_every_problem_is_located(tmp_path, change, line, code, words):
    root = project(tmp_path, {"2027-01.yml": GOOD.replace(*change)})
    found = [f for f in check_project(root).findings if f.code == code]
    assert found, messages(root)
    assert (found[0].path, found[0].line) == ("plans/reviews/2027-01.yml", line), found[0].text()
    assert words in found[0].message


def test_rating_none_and_empty_are_no_stars(tmp_path):
    text = GOOD.replace("rating: 2", "rating: none") + GOOD.replace("rv-2027-01-01", "rv-2027-01-02").replace("review/1", "review/2").replace("rating: 2", "rating:").replace("# January 2027\n", "")
    root = project(tmp_path, {"2027-01.yml": text})
    assert findings(root) == []
    assert [r.rating for r in load_corpus(root).reviews.reviews] == [None, None]


def test_the_same_id_or_link_twice_names_the_first(tmp_path):
    second = GOOD.replace("# January 2027\n", "").replace("review/1", "review/2")
    root = project(tmp_path, {"2027-01.yml": GOOD + second})
    (found,) = [f for f in check_project(root).findings if f.code == "FM045"]
    assert found.line == 11 and "used twice (also plans/reviews/2027-01.yml:2)" in found.message
    third = GOOD.replace("# January 2027\n", "").replace("rv-2027-01-01", "rv-2027-01-09")
    root = project(tmp_path / "b", {"2027-01.yml": GOOD + third})
    (found,) = [f for f in check_project(root).findings if f.code == "FM045"]
    assert found.line == 13 and "logged twice: 'rv-2027-01-01'" in found.message


@pytest.mark.parametrize(
    "name, text, code, line, words",
    [
        ("2027-01.yml", "- id: [unclosed\n", "FM001", 1, "never closed"),
        ("2027-01.yml", "id: rv-1\nplatform: google\n", "FM005", 1, "must hold a list"),
        ("2027-01.yml", "- just text\n", "FM005", 1, "review entry 1 must be a mapping"),
        ("2027-01.yml", b"- id: rv-2027-01-01\n  platform: \xff\n", "FM010", 2, "not valid UTF-8"),
        ("january.yml", GOOD, "FM049", 0, "one file per month, named YYYY-MM.yml"),
        ("2027-01.yaml", GOOD, "FM049", 0, "is not a review log file name"),
    ],
)
def test_broken_files_are_located_and_the_rest_still_loads(tmp_path, name, text, code, line, words):
    root = project(
        tmp_path, {name: text, "2026-12.yml": GOOD.replace("2027-01", "2026-12").replace("received: 2026-12-04", "received: 2026-12-04").replace("answered: 2027-01-04", "answered: 2026-12-04")}
    )
    found = [f for f in check_project(root).findings if f.code == code and f.path == f"plans/reviews/{name}"]
    assert found and found[0].line == line and words in found[0].message, messages(root)
    assert [r.id for r in load_corpus(root).reviews.reviews] == ["rv-2026-12-01"]


def test_an_empty_log_file_is_fine(tmp_path):
    root = project(tmp_path, {"2027-01.yml": "# nothing yet\n"})
    assert findings(root) == []


# --- settings ------------------------------------------------------------------------------------------------


def test_settings_are_read_from_checks_yml(tmp_path):
    checks = "as_of: 2027-01-05\nreviews:\n  target_business_days: 3\n  open_days: [mon, tue, wed, thu, fri, sat]\n  closed: [2027-01-01]\n"
    root = project(tmp_path, {"2027-01.yml": GOOD}, checks)
    assert findings(root) == []
    assert load_corpus(root).reviews.settings == ReviewSettings(3, (0, 1, 2, 3, 4, 5), frozenset({dt.date(2027, 1, 1)}))


@pytest.mark.parametrize(
    "block, line, words",
    [
        ("  target_business_days: 40\n", 3, "'reviews.target_business_days' must be"),
        ("  target_business_days: two\n", 3, "must be a whole number"),
        ("  open_days: [mon, funday]\n", 3, "unknown value 'funday'"),
        ("  open_days: []\n", 3, "needs at least one open weekday"),
        ("  closed: [2027-02-30]\n", 3, "'reviews.closed' entry 1"),
        ("  closed: 2027-01-01\n", 3, "must be a list of dates"),
        ("  targett: 2\n", 3, "unknown field 'reviews.targett'"),
    ],
)
def test_bad_settings_are_located_and_the_defaults_kept(tmp_path, block, line, words):
    root = project(tmp_path, {"2027-01.yml": GOOD}, "as_of: 2027-01-05\nreviews:\n" + block)
    found = [f for f in check_project(root).findings if f.path == "plans/checks.yml"]
    assert found and found[0].line == line and words in found[0].message, [f.text() for f in found]
    current = load_corpus(root).reviews.settings
    assert current.target_business_days == 2 and current.open_days


def test_reviews_block_must_be_a_mapping(tmp_path):
    root = project(tmp_path, {}, "as_of: 2027-01-05\nreviews: 2\n")
    assert ("plans/checks.yml", 2, "FM005") in findings(root)


# --- business days -------------------------------------------------------------------------------------------

WEEKDAYS = ReviewSettings()
D = dt.date.fromisoformat


@pytest.mark.parametrize(
    "received, n, due",
    [
        ("2027-01-18", 2, "2027-01-20"),  # Monday -> Wednesday
        ("2027-01-15", 2, "2027-01-19"),  # Friday -> Tuesday
        ("2027-01-16", 2, "2027-01-19"),  # Saturday -> Tuesday
        ("2027-01-17", 1, "2027-01-18"),  # Sunday -> Monday
        ("2027-01-16", 0, "2027-01-18"),  # Saturday, same day -> Monday
        ("2027-01-18", 0, "2027-01-18"),
        ("2026-12-23", 2, "2026-12-25"),
    ],
)
def test_due_day_counts_business_days_after_the_day_received(received, n, due):
    assert due_day(D(received), n, WEEKDAYS) == D(due)


def test_closed_days_and_open_days_move_the_due_day():
    holidays = ReviewSettings(closed=frozenset({D("2026-12-24"), D("2026-12-25")}))
    assert due_day(D("2026-12-23"), 2, holidays) == D("2026-12-29")
    saturdays = ReviewSettings(open_days=(0, 1, 2, 3, 4, 5))
    assert due_day(D("2027-01-15"), 1, saturdays) == D("2027-01-16")
    only_monday = ReviewSettings(open_days=(0,))
    assert due_day(D("2027-01-18"), 2, only_monday) == D("2027-02-01")


@settings(max_examples=100, deadline=None)
@given(
    st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.integers(min_value=0, max_value=30),
    st.sets(st.integers(min_value=0, max_value=6), min_size=1),
    st.sets(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2091, 12, 31)), max_size=40),
)
def test_due_day_is_the_nth_business_day(received, n, open_days, closed):
    rules = ReviewSettings(n, tuple(sorted(open_days)), frozenset(closed))
    if not any(is_business_day(received + dt.timedelta(days=k), rules) for k in range(1, 400)):
        return  # every open weekday closed for a year: not a calendar a practice has
    due = due_day(received, n, rules)
    assert due >= received and is_business_day(due, rules)
    if n:
        assert business_days_between(received, due, rules) == n
        assert business_days_between(due, received, rules) == -n


# --- open reviews: the API the site, the feed and the CLI share ----------------------------------------------


def test_the_sample_has_open_reviews_within_their_target_on_its_pinned_day(sample_report):
    corpus = sample_report.corpus
    items = open_reviews(corpus, dt.date(2027, 1, 20))
    assert [o.review.id for o in items] == ["rv-2027-01-06", "rv-2027-01-07", "rv-2027-01-08", "rv-2027-01-09"]
    assert [o.state for o in items] == [NO_TARGET, DUE_TODAY, WITHIN, WITHIN]
    assert [o.due.isoformat() for o in items[1:]] == ["2027-01-20", "2027-01-21", "2027-01-22"]
    assert items[2].text() == "due in 1 business day (Thu 21 Jan)" and items[1].link.startswith("https://")
    later = open_reviews(corpus, dt.date(2027, 1, 26))
    assert [o.state for o in later if o.negative] == [VERY_LATE, VERY_LATE, LATE]


def test_the_sample_is_a_quarter_with_late_answers_and_nothing_above_info(sample_report):
    report = sample_report
    reviews = report.corpus.reviews.reviews
    months = {r.received.strftime("%Y-%m") for r in reviews}
    assert len(months) >= 3 and len(reviews) >= 30
    assert {r.platform for r in reviews} >= {"google", "yelp", "facebook", "healthgrades"}
    tz = report.corpus.plans.tz
    late = [r for r in reviews if r.negative and r.answered and r.answered.astimezone(tz).date() > deadlines(r, report.corpus.reviews.settings, tz).due]
    assert len(late) >= 2  # answered late: the report's "answered in time" column counts them
    assert not report.findings  # late answers are history, not a fault; open ones are within their target
