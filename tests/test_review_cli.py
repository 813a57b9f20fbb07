"""`playbook review add|answer|follow-up|list`: entries written, never overwritten, bad input refused at the edge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from playbook.cli import main
from playbook.corpus import load_corpus

from tests.conftest import make_project
from tests.test_review_log import GOOD, TEMPLATE

DRAFT_TEMPLATE = TEMPLATE.replace("uid: rb-wait", "uid: rb-draft").replace("status: approved", "status: draft").replace('approvals:\n  - {by: mreyes, role: privacy, "on": 2027-01-02}\n', "")
THANKS = TEMPLATE.replace("uid: rb-wait", "uid: rb-thanks").replace("scenario: wait-time", "scenario: positive-review")


@pytest.fixture(autouse=True)
def no_environment_defaults(monkeypatch):
    for name in ("PLAYBOOK_AUTHOR", "PLAYBOOK_TODAY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    files = {"content/responses/wait.md": TEMPLATE, "content/responses/draft.md": DRAFT_TEMPLATE, "content/responses/thanks.md": THANKS, "plans/reviews/2027-01.yml": GOOD}
    return make_project(tmp_path, files)


def review(root: Path, *args: str, stdin: str | None = None):
    return CliRunner().invoke(main, ["review", *args, "--root", str(root)], input=stdin, catch_exceptions=False)


def log_text(root: Path, month: str = "2027-01") -> str:
    return (root / "plans" / "reviews" / f"{month}.yml").read_text(encoding="utf-8")


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


ADD = ["add", "https://g.page/r/x/review/77", "--platform", "yelp", "--rating", "1", "--scenario", "billing", "--received", "2027-01-05 08:30"]


def test_add_appends_an_entry_with_the_next_id_and_keeps_the_file_as_it_was(root):
    before = log_text(root)
    result = review(root, *ADD)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "rv-2027-01-02"
    after = log_text(root)
    assert after.startswith(before.rstrip("\n")) and "# January 2027" in after
    added = load_corpus(root).reviews.get("rv-2027-01-02")
    assert (added.platform, added.rating, added.scenario, added.url) == ("yelp", 1, "billing", "https://g.page/r/x/review/77")
    assert added.received.isoformat() == "2027-01-05T08:30:00-06:00"
    assert "due in 2 business days (Thu 7 Jan)" in result.stderr


def test_add_creates_the_month_file_with_its_header(root):
    result = review(root, "add", "https://www.facebook.com/p/reviews/9", "--platform", "facebook", "--rating", "none", "--scenario", "general-complaint", "--received", "2027-02-01 09:00")
    assert result.exit_code == 0, result.output
    text = log_text(root, "2027-02")
    assert text.startswith("# Review log, February 2027") and "- id: rv-2027-02-01\n" in text and "rating: none" in text
    assert "(new file)" in result.stderr


def test_add_takes_the_scenario_from_the_rating_and_says_so(root):
    result = review(root, "add", "https://g.page/r/x/review/5", "--platform", "google", "--rating", "5", "--received", "2027-01-05 10:00")
    assert result.exit_code == 0 and "scenario: positive-review (from the rating" in result.stderr
    result = review(root, "add", "https://g.page/r/x/review/6", "--platform", "google", "--rating", "none", "--received", "2027-01-05 10:00")
    assert result.exit_code == 2 and "--scenario" in result.output


def test_add_never_logs_a_review_twice_and_writes_nothing(root):
    assert review(root, *ADD).exit_code == 0
    before = snapshot(root)
    result = review(root, *ADD)
    assert result.exit_code == 2 and "already logged as rv-2027-01-02; nothing was written" in result.output
    assert snapshot(root) == before


@pytest.mark.parametrize(
    "args, option, words",
    [
        (["add", "g.page/r/x", "--platform", "google", "--rating", "2"], "URL", "is not a full https:// address"),
        (["add", "https://g.page/r/x/9", "--platform", "gogle", "--rating", "2"], "--platform", "'gogle' is not one of"),
        (["add", "https://g.page/r/x/9", "--platform", "google", "--rating", "7"], "--rating", "'7' is not 1 to 5 or none"),
        (["add", "https://g.page/r/x/9", "--platform", "google", "--rating", "2", "--received", "2027-02-30 10:00"], "--received", "does not exist"),
        (["add", "https://g.page/r/x/9", "--platform", "google", "--rating", "2", "--received", "2027-03-14 02:30"], "--received", "does not exist in America/Chicago"),
        (["add", "https://g.page/r/x/9", "--platform", "google", "--rating", "2", "--received", "yesterday"], "--received", "is not a date and time"),
        (["answer", "rv-2027-01-09", "--template", "rb-wait", "--by", "jlee"], "ID", "no review 'rv-2027-01-09'"),
        (["answer", "rv-2027-01-01", "--template", "rb-wiat", "--by", "jlee"], "--template", "did you mean 'rb-wait'"),
        (["answer", "rv-2027-01-01", "--template", "rb-wait", "--by", "jle"], "--by", "'jle' is not in plans/team.yml"),
    ],
)
def test_bad_input_is_refused_naming_the_option_and_nothing_is_written(root, args, option, words):
    before = snapshot(root)
    result = review(root, *args)
    assert result.exit_code == 2, result.output
    assert option in result.output and words in result.output
    assert snapshot(root) == before


def test_answer_adds_its_lines_to_the_entry_and_by_defaults_to_playbook_author(root, monkeypatch):
    assert review(root, *ADD).exit_code == 0
    monkeypatch.setenv("PLAYBOOK_AUTHOR", "mreyes")
    result = review(root, "answer", "rv-2027-01-02", "--template", "rb-wait", "--at", "2027-01-05 14:00")
    assert result.exit_code == 0, result.output
    entry = load_corpus(root).reviews.get("rv-2027-01-02")
    assert (entry.template, entry.by, entry.answered.isoformat()) == ("rb-wait", "mreyes", "2027-01-05T14:00:00-06:00")
    assert log_text(root).endswith("  scenario: billing\n  answered: 2027-01-05 14:00\n  template: rb-wait\n  by: mreyes\n")


def test_answer_never_overwrites_an_answer(root):
    before = snapshot(root)
    result = review(root, "answer", "rv-2027-01-01", "--template", "rb-thanks", "--by", "mreyes", "--at", "2027-01-05 10:00")
    assert result.exit_code == 1 and "already answered (2027-01-04 15:00, rb-wait, by jlee)" in result.output
    assert snapshot(root) == before


def test_answer_before_the_review_came_in_is_refused(root):
    assert review(root, *ADD).exit_code == 0
    before = snapshot(root)
    result = review(root, "answer", "rv-2027-01-02", "--template", "rb-wait", "--by", "jlee", "--at", "2027-01-05 08:00")
    assert result.exit_code == 2 and "--at" in result.output and "before the review was received" in result.output
    assert snapshot(root) == before


def test_answer_with_a_draft_template_is_recorded_and_reported(root):
    assert review(root, *ADD).exit_code == 0
    result = review(root, "answer", "rv-2027-01-02", "--template", "rb-draft", "--by", "jlee", "--at", "2027-01-05 09:00")
    assert result.exit_code == 0
    assert "REV003" in result.stderr and "not approved" in result.stderr and "REV004" in result.stderr


def test_answer_goes_before_trailing_comments_and_keeps_them(root):
    path = root / "plans" / "reviews" / "2027-01.yml"
    path.write_text(
        GOOD
        + "\n- id: rv-2027-01-02 # from the weekend\n  platform: google\n  url: https://g.page/r/x/review/2\n  received: 2027-01-04 10:00\n  rating: 3\n  scenario: neutral-review\n  # call the reviewer back\n\n# end of January\n",
        encoding="utf-8",
    )
    result = review(root, "answer", "rv-2027-01-02", "--template", "rb-wait", "--by", "jlee", "--at", "2027-01-04 11:00")
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert "  scenario: neutral-review\n  answered: 2027-01-04 11:00\n  template: rb-wait\n  by: jlee\n  # call the reviewer back\n\n# end of January\n" in text
    assert "# from the weekend" in text


def test_answer_works_on_a_flow_style_entry(root):
    path = root / "plans" / "reviews" / "2027-01.yml"
    path.write_text(GOOD + '- {id: rv-2027-01-02, platform: google, url: "https://g.page/r/x/review/2", received: "2027-01-04 10:00", rating: 2, scenario: wait-time}\n', encoding="utf-8")
    result = review(root, "answer", "rv-2027-01-02", "--template", "rb-wait", "--by", "jlee", "--at", "2027-01-04 11:00")
    assert result.exit_code == 0, result.output
    assert load_corpus(root).reviews.get("rv-2027-01-02").template == "rb-wait"
    assert "scenario: wait-time, answered: 2027-01-04 11:00, template: rb-wait, by: jlee}" in path.read_text(encoding="utf-8")


def test_a_broken_log_is_named_and_left_alone(root):
    path = root / "plans" / "reviews" / "2027-01.yml"
    path.write_text(GOOD + "- id: [broken\n", encoding="utf-8")
    before = snapshot(root)
    result = review(root, *ADD)
    assert result.exit_code == 1 and "plans/reviews/2027-01.yml:11" in result.output and "FM001" in result.output
    assert snapshot(root) == before


def test_follow_up_is_recorded_once(root):
    result = review(root, "follow-up", "rv-2027-01-01", "--on", "2027-01-05")
    assert result.exit_code == 0, result.output
    assert load_corpus(root).reviews.get("rv-2027-01-01").followed_up.isoformat() == "2027-01-05"
    before = snapshot(root)
    again = review(root, "follow-up", "rv-2027-01-01", "--on", "2027-01-06")
    assert again.exit_code == 1 and "already has a follow-up on 2027-01-05" in again.output
    assert snapshot(root) == before


def test_list_open_shows_time_left_oldest_first(root):
    assert review(root, *ADD).exit_code == 0
    assert review(root, "add", "https://g.page/r/x/review/78", "--platform", "google", "--rating", "2", "--received", "2027-01-02 09:00").exit_code == 0
    result = review(root, "list", "--open", "--today", "2027-01-06")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("rv-2027-01-03") and "1 business day late (was due Tue 5 Jan)" in lines[0]
    assert lines[1].startswith("rv-2027-01-02") and "due in 1 business day (Thu 7 Jan)" in lines[1]
    assert "2 open review(s) on 2027-01-06, 1 past the target" in lines[2]
    data = json.loads(review(root, "list", "--open", "--today", "2027-01-06", "--format", "json").stdout)
    assert [(d["id"], d["state"], d["business_days_left"]) for d in data] == [("rv-2027-01-03", "past-target", -1), ("rv-2027-01-02", "within-target", 1)]


def test_list_shows_every_review_newest_first(root):
    assert review(root, *ADD).exit_code == 0
    result = review(root, "list")
    assert [line.split()[0] for line in result.stdout.splitlines()[:2]] == ["rv-2027-01-02", "rv-2027-01-01"]
    assert "answered 2027-01-04 15:00 (rb-wait, jlee)" in result.stdout
    data = json.loads(review(root, "list", "--format", "json", "--platform", "google").stdout)
    assert [d["id"] for d in data] == ["rv-2027-01-01"]


# --- fuzzing: whatever a link, a time and a rating are, add writes exactly them or refuses ------------------

import datetime as dt  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from playbook.reviews import writer  # noqa: E402

url_tail = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd"), whitelist_characters="-._~:/?#[]@!$&'()*+,;=%\"\\ {}|"), min_size=1, max_size=30)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(url_tail, st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2027, 12, 31)), st.sampled_from([None, 1, 2, 3, 4, 5]))
def test_add_round_trips_any_link_time_and_rating(tmp_path_factory, tail, moment, rating):
    root = make_project(tmp_path_factory.mktemp("fuzz"), {"content/responses/wait.md": TEMPLATE})
    corpus = load_corpus(root)
    received = moment.replace(tzinfo=dt.UTC).replace(second=0, microsecond=0)
    url = "https://g.page/r/" + tail.replace(" ", "")
    from playbook.fields import is_url

    if not is_url(url):
        return
    (written,) = writer.add_reviews(root, corpus, [writer.NewReview("google", url, received, rating, "wait-time")])  # a valid link is never refused
    entry = load_corpus(root).reviews.get(written.review_id)
    assert (entry.url, entry.rating, entry.received) == (url, rating, received)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=40).filter(lambda t: t.strip() == t and "\x00" not in t))
def test_scalar_reads_back_as_the_same_text(text):
    from playbook.yamlload import load_yaml

    data, error = load_yaml(f"- url: {writer.scalar(text)}\n")
    assert error is None and data[0]["url"] == text


def test_now_is_today_from_the_one_clock(root):
    result = review(root, "add", "https://g.page/r/x/review/90", "--platform", "google", "--rating", "2", "--today", "2027-01-06")
    assert result.exit_code == 0, result.output
    assert load_corpus(root).reviews.get(result.stdout.strip()).received.date() == dt.date(2027, 1, 6)
    result = review(root, "answer", "rv-2027-01-02", "--template", "rb-wait", "--by", "jlee", "--today", "2027-01-07")
    assert result.exit_code == 0, result.output
    assert load_corpus(root).reviews.get("rv-2027-01-02").answered.date() == dt.date(2027, 1, 7)
    before = snapshot(root)
    assert review(root, "follow-up", "rv-2027-01-02").exit_code == 2  # as_of (2027-01-05) is before it came in: refused
    assert snapshot(root) == before
