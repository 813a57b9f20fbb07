"""Hostile and careless dates, numbers and YAML: each is a located finding, fast, never a traceback.

Covers the class, not the one example: alias bombs in any field of any file, dates
out of the planning horizon in every date field (posts, plans, "today"), numbers
that are huge, infinite or NaN wherever plans hold a number, series rules that
would expand without end, and local times a daylight-saving change skips or
repeats. One table drives `playbook check`; the command line, the calendar, the
loader and a real `mkdocs build` get their own tests; hypothesis fuzzes the rest.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playbook import horizon, recurrence
from playbook.check import check_project
from playbook.cli import main
from playbook.clock import ENV_VAR
from playbook.config import threshold_range
from playbook.fields import parse_datetime
from playbook.rules import all_rules
from playbook.site.calendar import CalendarPages
from playbook.timezones import zone
from playbook.yamlload import ALIAS_BUDGET, load_yaml

from tests.conftest import GOOD_POST, REPO, SERIES, make_project
from tests.glue import run_glue

POST = "content/posts/2027/01/13-stretch.md"
CHICAGO = zone("America/Chicago")
MAX_OUTPUT = 20_000  # characters of findings one hostile value may cause: no "megabytes of findings"


@pytest.fixture(autouse=True)
def no_today_from_the_environment(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)


def post(**changes: str) -> str:
    """GOOD_POST with lines replaced by key (publish="publish: ..."); extra="..." adds lines after author."""
    text = GOOD_POST
    extra = changes.pop("extra", None)
    for key, line in changes.items():
        old = next(row for row in text.splitlines() if row.startswith(f"{key}:"))
        text = text.replace(old + "\n", line + "\n")
    if extra:
        text = text.replace("author: jlee\n", f"author: jlee\n{extra}\n")
    return text


def bomb(name: str = "a", levels: int = 9, width: int = 10) -> str:
    """'Billion laughs': each level repeats the previous one `width` times; only the last line is long."""
    lines = [f"{name}0: &{name}0 [" + ", ".join(["lol"] * width) + "]"]
    lines += [f"{name}{i}: &{name}{i} [" + ", ".join([f"*{name}{i - 1}"] * width) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def bombed_post(field: str) -> str:
    """A post whose `field` is an alias to a billion-laughs anchor (lines 2-10 define it)."""
    return "---\n" + bomb("z") + post(**{field: f"{field}: *z8"}).removeprefix("---\n")


SERIES_ENTRY = "- {{id: s, name: S, channels: [instagram], guideline: personality, rrule: '{rule}', time: '12:00', from: {start}}}\n"


def series(rule: str = "FREQ=WEEKLY;BYDAY=WE", start: str = "2027-01-06", **extra: str) -> str:
    return SERIES + SERIES_ENTRY.format(rule=rule, start=start).replace("}\n", "".join(f", {k}: {v}" for k, v in extra.items()) + "}\n")


def thresholds(body: str) -> str:
    return f"as_of: 2027-01-05\nrules:\n  thresholds: {{{body}}}\n"


def cadence(body: str) -> str:
    return f"channels:\n  instagram: {{{body}}}\n"


ALIASED = "people:\n  - &p {id: jlee, name: Jordan Lee, roles: [author]}\n  - {id: dr-okafor, name: Dr. Ada Okafor, roles: [clinical, approver]}\n  - {id: mreyes, name: Morgan Reyes, roles: [privacy, approver]}\n"

# id, files (content paths, or plans/<name>), environment, expected (path, code, line)
CASES = [
    # -- alias bombs, in every kind of file and field ----------------------------------------------
    ("bomb-in-publish", {POST: bombed_post("publish")}, {}, (POST, "FM001", 5)),
    ("bomb-in-title", {POST: bombed_post("title")}, {}, (POST, "FM001", 5)),
    ("bomb-in-channels", {POST: bombed_post("channels")}, {}, (POST, "FM001", 5)),
    ("bomb-in-plans-practice", {POST: GOOD_POST, "plans/practice.yml": bomb() + "name: *a8\ntimezone: America/Chicago\n"}, {}, ("plans/practice.yml", "FM001", 4)),
    ("bomb-in-plans-list", {POST: GOOD_POST, "plans/campaigns.yml": "- " + bomb().replace("\n", "\n  ").rstrip() + "\n  id: *a8\n"}, {}, ("plans/campaigns.yml", "FM001", 4)),
    ("bomb-in-thresholds", {POST: GOOD_POST, "plans/checks.yml": bomb() + "as_of: *a8\n"}, {}, ("plans/checks.yml", "FM001", 4)),
    ("bomb-of-long-strings", {POST: "---\nx: &x " + "ha" * 400 + "\ny: &y [*x, *x, *x, *x, *x, *x, *x, *x]\n" + post(title="title: [*y, *y, *y, *y]").removeprefix("---\n")}, {}, (POST, "FM001", 3)),
    (
        "bomb-through-merge-keys",
        {POST: "---\n" + "".join(f"m{i}: &m{i} {{<<: [{', '.join([f'*m{i - 1}'] * 4)}], k{i}: v}}\n" if i else "m0: &m0 {k: v}\n" for i in range(12)) + post().removeprefix("---\n")},
        {},
        (POST, "FM001", 7),
    ),
    ("alias-to-itself", {POST: post(extra="tags: &t [a, *t]")}, {}, (POST, "FM001", 9)),
    # -- explicit tags that make PyYAML build what the content model never expects, or fail bare ---------
    ("tagged-timestamp-year-1", {POST: post(publish="publish: !!timestamp 0001-01-01 00:00:00 +05:00")}, {}, (POST, "FM001", 4)),
    ("tagged-timestamp-31-february", {POST: post(extra="news: {url: https://cdc.gov/flu, date: !!timestamp 2027-02-31}")}, {}, (POST, "FM001", 9)),
    ("tagged-int-5000-digits", {POST: GOOD_POST, "plans/cadence.yml": "planning_horizon_days: !!int " + "9" * 5000 + "\n"}, {}, ("plans/cadence.yml", "FM001", 1)),
    ("tagged-int-huge-hex", {POST: post(title="title: !!int 0x" + "f" * 5000)}, {}, (POST, "FM001", 2)),
    ("tagged-float-not-a-number", {POST: GOOD_POST, "plans/checks.yml": thresholds("PER002: {max_grade: !!float abc}")}, {}, ("plans/checks.yml", "FM001", 3)),
    ("tagged-bool-maybe", {POST: post(extra="sponsored: !!bool maybe")}, {}, (POST, "FM001", 9)),
    ("tagged-binary", {POST: post(title="title: !!binary aGVsbG8=")}, {}, (POST, "FM001", 2)),
    # -- dates outside the planning horizon, in every date field -------------------------------------
    ("publish-9999-with-offset", {POST: post(publish="publish: 9999-12-31 23:59-05:00")}, {}, (POST, "FM020", 4)),
    ("publish-0001-with-offset", {POST: post(publish="publish: 0001-01-01 00:00+05:00")}, {}, (POST, "FM020", 4)),
    ("publish-9999-local", {POST: post(publish="publish: 9999-12-31 23:59")}, {}, (POST, "FM020", 4)),
    ("publish-centuries-ahead", {POST: post(publish="publish: 2400-01-13 12:00")}, {}, (POST, "FM020", 4)),
    ("publish-utc-year-1", {POST: post(publish="publish: 0001-01-01T00:00Z")}, {}, (POST, "FM020", 4)),
    ("publish-decades-ahead", {POST: post(publish="publish: 2099-01-13 12:00")}, {}, (POST, "FM022", 4)),
    ("event-start-9999", {POST: post(extra='event: {name: Walk, start: "9999-12-31 23:00-12:00", location: Park, url: "https://cdc.gov/walk"}')}, {}, (POST, "FM020", 9)),
    ("event-end-0001", {POST: post(extra='event:\n  name: Walk\n  start: "2027-02-13 10:00"\n  end: "0001-01-01 00:00+14:00"')}, {}, (POST, "FM020", 12)),
    ("event-decades-ahead", {POST: post(extra='event: {name: Walk, start: "2090-02-13 10:00", location: Park, url: "https://cdc.gov/walk"}')}, {}, (POST, "FM022", 9)),
    ("news-date-0999", {POST: post(extra="news: {url: https://cdc.gov/flu, date: 0999-01-01}")}, {}, (POST, "FM020", 9)),
    ("approval-on-9999", {POST: post(status="status: approved", extra="approvals:\n  - {by: mreyes, role: approver, on: 9999-12-31}")}, {}, (POST, "FM020", 10)),
    ("series-from-1900", {POST: GOOD_POST, "plans/series.yml": series(start="1900-01-01")}, {}, ("plans/series.yml", "FM020", 2)),
    ("series-until-3000", {POST: GOOD_POST, "plans/series.yml": series(until="3000-01-01")}, {}, ("plans/series.yml", "FM020", 2)),
    ("campaign-from-0001", {POST: GOOD_POST, "plans/campaigns.yml": "- {id: c, name: C, from: 0001-01-01, to: 2027-12-31}\n"}, {}, ("plans/campaigns.yml", "FM020", 1)),
    ("campaign-to-9999", {POST: GOOD_POST, "plans/campaigns.yml": "- id: c\n  name: C\n  from: 2027-01-01\n  to: 9999-12-31\n"}, {}, ("plans/campaigns.yml", "FM020", 4)),
    ("authorization-expires-9999", {POST: GOOD_POST, "plans/authorizations.yml": "- {id: AUTH-1, signed: 2027-01-10, expires: 9999-12-31}\n"}, {}, ("plans/authorizations.yml", "FM020", 1)),
    ("as-of-9999", {POST: GOOD_POST, "plans/checks.yml": "as_of: 9999-12-31\n"}, {}, ("plans/checks.yml", "FM020", 1)),
    ("as-of-0001", {POST: GOOD_POST, "plans/checks.yml": "# pinned\nas_of: 0001-01-01\n"}, {}, ("plans/checks.yml", "FM020", 2)),
    ("today-from-environment-9999", {POST: GOOD_POST}, {ENV_VAR: "9999-12-31"}, (f"${ENV_VAR}", "FM020", 0)),
    ("today-from-environment-0001", {POST: GOOD_POST}, {ENV_VAR: "0001-01-01"}, (f"${ENV_VAR}", "FM020", 0)),
    ("today-from-environment-garbage", {POST: GOOD_POST}, {ENV_VAR: "next tuesday"}, (f"${ENV_VAR}", "FM006", 0)),
    # -- numbers: huge, infinite, NaN, negative, in every place plans hold one ----------------------
    ("threshold-huge-hours", {POST: GOOD_POST, "plans/checks.yml": thresholds("CON004: {min_hours_apart: 10000000000000}")}, {}, ("plans/checks.yml", "FM048", 3)),
    ("threshold-nan-grade", {POST: GOOD_POST, "plans/checks.yml": thresholds("PER002: {max_grade: .nan}")}, {}, ("plans/checks.yml", "FM048", 3)),
    ("threshold-infinite-grade", {POST: GOOD_POST, "plans/checks.yml": thresholds("PER002: {max_grade: .inf}")}, {}, ("plans/checks.yml", "FM048", 3)),
    ("threshold-negative-infinite", {POST: GOOD_POST, "plans/checks.yml": thresholds("PER002: {max_grade: -.inf}")}, {}, ("plans/checks.yml", "FM048", 3)),
    ("threshold-huge-float", {POST: GOOD_POST, "plans/checks.yml": thresholds("PER002: {max_grade: 1.0e308}")}, {}, ("plans/checks.yml", "FM048", 3)),
    ("threshold-huge-days", {POST: GOOD_POST, "plans/checks.yml": thresholds("EXP003: {max_age_days: 99999999999}")}, {}, ("plans/checks.yml", "FM048", 3)),
    ("threshold-negative-lead", {POST: GOOD_POST, "plans/checks.yml": thresholds("WF001: {lead_days: -99999999999}")}, {}, ("plans/checks.yml", "FM048", 3)),
    ("threshold-huge-channel-limit", {POST: GOOD_POST, "plans/checks.yml": thresholds("CH001: {x: 1000000000000000000000}")}, {}, ("plans/checks.yml", "FM048", 3)),
    ("cadence-infinite-per-week", {POST: GOOD_POST, "plans/cadence.yml": cadence("per_week: .inf")}, {}, ("plans/cadence.yml", "FM043", 2)),
    ("cadence-nan-per-week", {POST: GOOD_POST, "plans/cadence.yml": cadence("per_week: .nan")}, {}, ("plans/cadence.yml", "FM043", 2)),
    ("cadence-huge-gap", {POST: GOOD_POST, "plans/cadence.yml": cadence("max_gap_days: 99999999999999999999")}, {}, ("plans/cadence.yml", "FM043", 2)),
    ("cadence-huge-horizon", {POST: GOOD_POST, "plans/cadence.yml": "planning_horizon_days: 99999999999\n"}, {}, ("plans/cadence.yml", "FM043", 1)),
    ("cadence-negative-freshness", {POST: GOOD_POST, "plans/cadence.yml": "news_fresh_days: -1\n"}, {}, ("plans/cadence.yml", "FM043", 1)),
    ("cadence-float-lead", {POST: GOOD_POST, "plans/cadence.yml": "\napproval_lead_days: 1000.0\n"}, {}, ("plans/cadence.yml", "FM043", 2)),
    ("cadence-5000-digits", {POST: GOOD_POST, "plans/cadence.yml": "planning_horizon_days: " + "9" * 5000 + "\n"}, {}, ("plans/cadence.yml", "FM005", 1)),  # read as text: the wrong type
    ("publish-5000-digits", {POST: post(publish="publish: " + "1" * 5000)}, {}, (POST, "FM006", 4)),
    ("title-huge-hex", {POST: post(title="title: 0x" + "f" * 5000)}, {}, None),
    # -- series rules that would expand without end ---------------------------------------------------
    ("rrule-secondly-from-2001", {POST: GOOD_POST, "plans/series.yml": series("FREQ=SECONDLY", "2001-01-01")}, {}, ("plans/series.yml", "FM044", 2)),
    ("rrule-minutely", {POST: GOOD_POST, "plans/series.yml": series("FREQ=MINUTELY", "2020-01-01")}, {}, ("plans/series.yml", "FM044", 2)),
    ("rrule-hourly", {POST: GOOD_POST, "plans/series.yml": series("FREQ=HOURLY;INTERVAL=1", "2020-01-01")}, {}, ("plans/series.yml", "FM044", 2)),
    ("rrule-daily-every-minute", {POST: GOOD_POST, "plans/series.yml": series("FREQ=DAILY;BYHOUR=" + ",".join(map(str, range(24))) + ";BYMINUTE=0,30")}, {}, ("plans/series.yml", "FM044", 2)),
    ("rrule-interval-zero", {POST: GOOD_POST, "plans/series.yml": series("FREQ=DAILY;INTERVAL=0")}, {}, ("plans/series.yml", "FM044", 2)),
    ("rrule-huge-count", {POST: GOOD_POST, "plans/series.yml": series("FREQ=DAILY;COUNT=1000000000000")}, {}, ("plans/series.yml", "FM044", 2)),
    ("rrule-until-9999", {POST: GOOD_POST, "plans/series.yml": series("FREQ=DAILY;UNTIL=99991231T000000")}, {}, ("plans/series.yml", "FM020", 2)),
    (
        "rrule-own-dtstart",
        {
            POST: GOOD_POST,
            "plans/series.yml": SERIES
            + "- id: s\n  name: S\n  channels: [instagram]\n  guideline: personality\n  rrule: \"DTSTART:00010101T000000\\nRRULE:FREQ=DAILY\"\n  time: '12:00'\n  from: 2027-01-06\n",
        },
        {},
        ("plans/series.yml", "FM044", 6),
    ),
    ("rrule-never-matches", {POST: GOOD_POST, "plans/series.yml": series("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31", "2000-01-01")}, {}, None),
    # -- daylight saving: skipped and repeated wall-clock times (America/Chicago) -------------------
    ("publish-in-spring-gap", {POST: post(publish="publish: 2027-03-14 02:30")}, {}, (POST, "FM021", 4)),
    ("publish-at-gap-start", {POST: post(publish="publish: 2027-03-14 02:00")}, {}, (POST, "FM021", 4)),
    ("publish-in-autumn-repeat", {POST: post(publish="publish: 2027-11-07 01:30")}, {}, (POST, "FM021", 4)),
    ("publish-repeat-with-seconds", {POST: post(publish="publish: 2027-11-07T01:59:59")}, {}, (POST, "FM021", 4)),
    ("event-start-in-repeat", {POST: post(extra='event: {name: Walk, start: "2027-11-07 01:15", location: Park, url: "https://cdc.gov/walk"}')}, {}, (POST, "FM021", 9)),
    ("event-end-in-gap", {POST: post(extra='event:\n  name: Walk\n  start: "2027-03-14 00:30"\n  end: "2027-03-14 02:45"')}, {}, (POST, "FM021", 12)),
    ("offset-resolves-the-repeat", {POST: post(publish='publish: "2027-11-07 01:30-06:00"')}, {}, None),
]


def _project(root: Path, files: dict) -> Path:
    posts = {rel: text for rel, text in files.items() if not rel.startswith("plans/")}
    plans = {rel.removeprefix("plans/"): text for rel, text in files.items() if rel.startswith("plans/")}
    return make_project(root, posts, plans)


@pytest.mark.parametrize("case_id, files, env, expected", CASES, ids=[case[0] for case in CASES])
def test_hostile_value_is_a_located_finding(tmp_path, monkeypatch, case_id, files, env, expected):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    report = check_project(_project(tmp_path / case_id, files))  # must not raise, whatever the value
    located = {(f.path, f.code, f.line) for f in report.findings}
    if expected is None:
        assert not [f for f in report.findings if f.severity.name == "ERROR"], [f.text() for f in report.findings]
    else:
        assert expected in located, "\n".join(f.text() for f in report.findings)
    output = "\n".join(f.text() for f in report.findings)
    assert len(output) < MAX_OUTPUT, f"{len(report.findings)} findings, {len(output):,} characters"


def test_table_covers_every_date_field_and_number_file():
    names = " ".join(case[0] for case in CASES)
    for field in (
        "tagged",
        "publish",
        "event-start",
        "event-end",
        "news-date",
        "approval-on",
        "series-from",
        "series-until",
        "campaign-from",
        "campaign-to",
        "authorization",
        "as-of",
        "today-from-environment",
        "threshold",
        "cadence",
        "rrule",
        "bomb",
    ):
        assert field in names, field


# -- daylight saving: what the message says, and that an offset resolves it ------------------------
def test_skipped_time_names_the_jump_and_an_offset_that_works():
    problem = parse_datetime("2027-03-14 02:30", CHICAGO)
    assert problem.code == "FM021"
    assert "does not exist in America/Chicago" in problem and "from 02:00 to 03:00" in problem
    assert "'2027-03-14 02:30-06:00' is 03:30 CDT" in problem.hint
    resolved = parse_datetime("2027-03-14 02:30-06:00", CHICAGO)
    assert resolved.astimezone(CHICAGO).strftime("%H:%M %Z") == "03:30 CDT"


def test_repeated_time_names_both_instants():
    problem = parse_datetime("2027-11-07 01:30", CHICAGO)
    assert problem.code == "FM021" and "happens twice" in problem
    assert "01:30 CDT (UTC-05:00)" in problem and "01:30 CST (UTC-06:00)" in problem
    assert "'2027-11-07 01:30-05:00'" in problem.hint and "'2027-11-07 01:30-06:00'" in problem.hint
    first, second = parse_datetime("2027-11-07 01:30-05:00", CHICAGO), parse_datetime("2027-11-07 01:30-06:00", CHICAGO)
    assert second - first == dt.timedelta(hours=1)


@pytest.mark.parametrize(
    "tz, skipped, repeated",
    [
        ("Europe/Dublin", "2027-03-28 01:30", "2027-10-31 01:30"),  # zoneinfo writes Irish time with a negative DST
        ("Australia/Lord_Howe", "2027-10-03 02:15", "2027-04-04 01:45"),  # a half-hour change
        ("America/Sao_Paulo", None, None),  # no daylight saving any more
    ],
)
def test_daylight_saving_in_other_zones(tz, skipped, repeated):
    place = zone(tz)
    if skipped:
        assert getattr(parse_datetime(skipped, place), "code", "") == "FM021"
        assert getattr(parse_datetime(repeated, place), "code", "") == "FM021"
    for month in range(1, 13):  # every ordinary noon is one instant
        assert isinstance(parse_datetime(f"2027-{month:02d}-15 12:00", place), dt.datetime)


def test_every_minute_of_a_year_is_one_instant_or_a_finding():
    """Exhaustive over 2027 in Chicago: exactly the hour skipped in March and the hour repeated in November."""
    refused, day = [], dt.datetime(2027, 1, 1)
    while day.year == 2027:
        parsed = parse_datetime(day.strftime("%Y-%m-%d %H:%M"), CHICAGO)
        if not isinstance(parsed, dt.datetime):
            refused.append(day)
        else:
            assert parsed.astimezone(dt.UTC).astimezone(CHICAGO).replace(tzinfo=None) == day
        day += dt.timedelta(minutes=15)
    assert [d.strftime("%m-%d %H:%M") for d in refused] == [f"03-14 02:{m:02d}" for m in (0, 15, 30, 45)] + [f"11-07 01:{m:02d}" for m in (0, 15, 30, 45)]


# -- the YAML loader ------------------------------------------------------------------------------------
@pytest.mark.parametrize("levels", [6, 12, 40])
def test_alias_bombs_of_any_depth_are_refused_at_load(levels):
    data, error = load_yaml(bomb(levels=levels) + f"title: *a{levels - 1}\n", first_line=2)
    assert data is None and "aliases" in error.message
    assert 2 <= error.line <= levels + 1  # at an anchor line, in file lines


def test_a_few_aliases_are_fine():
    text = "channels: &social [facebook, instagram]\nvariants: {x: &short 'Short copy', bluesky: *short}\nalso: *social\n"
    data, error = load_yaml(text)
    assert error is None and data["also"] == ["facebook", "instagram"] and data["variants"]["bluesky"] == "Short copy"


def test_the_alias_budget_is_a_boundary():
    item = "x" * 99  # 100 characters with its node
    under = f"a: &a {item}\nb: [" + ", ".join(["*a"] * (ALIAS_BUDGET // 100)) + "]\n"
    over = f"a: &a {item}\nb: [" + ", ".join(["*a"] * (ALIAS_BUDGET // 100 + 1)) + "]\n"
    assert load_yaml(under)[1] is None
    assert load_yaml(over)[1] is not None


@pytest.mark.parametrize("tagged, value", [("!!str 5", "5"), ("!!int 5", 5), ("!!float 1.5", 1.5), ("!!bool true", True), ("!!null", None), ("!!seq [a]", ["a"]), ("!!map {a: b}", {"a": "b"})])
def test_harmless_tags_still_work(tagged, value):
    data, error = load_yaml(f"p: {tagged}\n")
    assert error is None and data["p"] == value


def test_long_numbers_stay_text():
    data, error = load_yaml("a: " + "1" * 5000 + "\nb: 0x" + "f" * 100 + "\nc: 1_000\nd: 123456789012345678901234\n")
    assert error is None
    assert isinstance(data["a"], str) and isinstance(data["b"], str) and data["c"] == 1000 and isinstance(data["d"], int)


# -- numbers: every threshold default lies inside its own range ----------------------------------------
def test_threshold_ranges_admit_every_default():
    for rule in all_rules():
        for name, default in rule.thresholds.items():
            if isinstance(default, (int, float)) and not isinstance(default, bool):
                low, high = threshold_range(name)
                assert low <= default <= high, (rule.code, name, default)


# -- recurrence: bounded, and the same answer as dateutil ----------------------------------------------
@pytest.mark.parametrize("rule", ["FREQ=WEEKLY;BYDAY=WE", "freq=weekly;byday=we", "RRULE:FREQ=WEEKLY;BYDAY=WE;", "FREQ=WEEKLY;UNTIL=20270331T120000Z", "FREQ=MONTHLY;BYDAY=1MO", "FREQ=YEARLY;COUNT=3"])
def test_ordinary_series_rules_are_accepted(rule):
    assert recurrence.problem(rule) == ""
    assert recurrence.occurrences(rule, dt.datetime(2027, 1, 1, 9), dt.date(2027, 1, 1), dt.date(2027, 3, 31))


@pytest.mark.parametrize(
    "rule, words",
    [
        ("FREQ=DAILY;COUNT=\u00b2", "COUNT must be a whole number"),  # a superscript two: isdigit() says yes, int() says no
        ("FREQ=DAILY;INTERVAL=\u0663", "INTERVAL must be a whole number"),  # an Arabic-Indic three
        ("FREQ=DAILY;UNTIL=\u0662\u0660\u0662\u06670110", "UNTIL must be a date"),
        ("FREQ=DAILY;BYSECOND=1", "BYSECOND is not allowed"),
        ("FREQ=WEEKLY;BYEASTER=0", "'BYEASTER' is not a part"),
        ("FREQ=FORTNIGHTLY", "FREQ must be one of"),
        ("FREQ=WEEKLY;BYDAY=XX", "BYDAY"),
    ],
)
def test_unusable_series_rules_say_why(rule, words):
    assert words in recurrence.problem(rule)
    assert recurrence.occurrences(rule, dt.datetime(2027, 1, 1, 9), dt.date(2027, 1, 1), dt.date(2027, 3, 31)) == ()


def test_a_rule_that_matches_no_day_ends():
    assert recurrence.occurrences("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", dt.datetime(2000, 1, 1, 9), dt.date(2027, 1, 1), dt.date(2037, 1, 1)) == ()
    assert recurrence.occurrences("FREQ=DAILY;COUNT=3;BYMONTH=2;BYMONTHDAY=31", dt.datetime(2000, 1, 1, 9), dt.date(2027, 1, 1), dt.date(2027, 2, 1)) == ()


RULES = st.builds(
    lambda freq, interval, days, count: ";".join(
        [f"FREQ={freq}", f"INTERVAL={interval}"] + ([f"BYDAY={','.join(days)}"] if days and freq in ("DAILY", "WEEKLY") else []) + ([f"COUNT={count}"] if count else [])
    ),
    st.sampled_from(recurrence.FREQUENCIES),
    st.integers(1, 5),
    st.lists(st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]), unique=True, max_size=3),
    st.one_of(st.none(), st.integers(1, 400)),
)


@settings(max_examples=60, deadline=None)
@given(RULES, st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), st.integers(0, 3000), st.integers(0, 400))
def test_shifted_expansion_matches_dateutil(rule, start, offset, span):
    from dateutil import rrule as dateutil_rrule

    first = start + dt.timedelta(days=offset)
    last = first + dt.timedelta(days=span)
    begin = dt.datetime.combine(start, dt.time(12, 0))
    expected = []
    for moment in dateutil_rrule.rrulestr(rule, dtstart=begin):  # every rule drawn here matches often
        if moment.date() > last:
            break
        if moment.date() >= first:
            expected.append(moment)
    assert list(recurrence.occurrences(rule, begin, first, last)) == expected


# -- the calendar never expands beyond the window around today ----------------------------------------
def test_calendar_months_stay_inside_the_window(tmp_path):
    posts = {
        POST: GOOD_POST,
        "content/posts/2099/01/01-typo.md": post(uid="uid: test-0099", publish="publish: 2099-01-13 12:00", series="series: wellness-wednesday"),
        "content/posts/2001/01/01-old.md": post(uid="uid: test-0001b", publish="publish: 2001-01-10 12:00", series="title: Old"),
    }
    report = check_project(make_project(tmp_path, posts))
    pages = CalendarPages(report)
    first, last = horizon.window(report.today)
    assert pages.months[0] >= (first.year, first.month) and pages.months[-1] <= (last.year, last.month)
    assert len(pages.months) <= 12 * 2 * horizon.WINDOW_YEARS + 1
    assert pages.left_off == 2
    assert "2 post(s) dated more than 10 years from today are not on the calendar" in pages.index_page()


# -- the command line refuses before doing anything ------------------------------------------------------
def cli(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=True)


@pytest.fixture
def practice(tmp_path: Path) -> Path:
    project = make_project(tmp_path, {POST: GOOD_POST})
    shutil.copytree(REPO / "plans" / "archetypes", project / "plans" / "archetypes")
    return project


@pytest.mark.parametrize("today", ["9999-12-31", "0001-01-01", "2101-01-01", "1999-12-31"])
@pytest.mark.parametrize("command", ["check", "slots", "calendar"])
def test_today_option_out_of_range_is_a_usage_error(practice, today, command):
    result = cli(command, "--root", str(practice), "--today", today)
    assert result.exit_code == 2, result.output
    assert "planning horizon" in result.output and "Traceback" not in result.output


def test_environment_today_out_of_range_is_reported_and_ignored(practice):
    result = cli("check", "--root", str(practice), "--format", "json", env={ENV_VAR: "9999-12-31"})
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)  # an error finding, not a crash
    codes = {(f["path"], f["code"]) for f in json.loads(result.stdout)["findings"]}
    assert (f"${ENV_VAR}", "FM020") in codes
    only_one_file = cli("check", POST, "--root", str(practice), env={ENV_VAR: "9999-12-31"})
    assert only_one_file.exit_code == 1 and f"${ENV_VAR}: FM020" in only_one_file.output
    slots = cli("slots", "--root", str(practice), env={ENV_VAR: "9999-12-31"})
    assert slots.exit_code == 0 and "FM020" in slots.output


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "2400-02-29", "2099-01-13", "1990-05-05"])
def test_new_post_refuses_a_far_date_before_writing(practice, day):
    before = sorted(p.relative_to(practice) for p in practice.rglob("*.md"))
    result = cli("new", "post", "Far away", "--date", day, "--channels", "facebook", "--guideline", "personality", "--author", "jlee", "--root", str(practice))
    assert result.exit_code == 2, result.output
    assert "--date" in result.output and "Traceback" not in result.output
    assert sorted(p.relative_to(practice) for p in practice.rglob("*.md")) == before


@pytest.mark.parametrize("day, time, words", [("2027-03-14", "02:30", "does not exist"), ("2027-11-07", "01:30", "happens twice")])
def test_new_post_refuses_a_time_the_clocks_skip_or_repeat(practice, day, time, words):
    result = cli("new", "post", "Clock change", "--date", day, "--time", time, "--channels", "facebook", "--guideline", "personality", "--author", "jlee", "--root", str(practice))
    assert result.exit_code == 2 and words in result.output and "--time" in result.output
    assert not list((practice / "content" / "posts" / day[:4] / day[5:7]).glob("*clock-change.md"))


@pytest.mark.parametrize("now", ["9999-12-31 23:59", "0001-01-01 00:00"])
def test_export_now_out_of_range_is_a_usage_error(practice, now):
    result = cli("export", "csv", "--root", str(practice), "--now", now)
    assert result.exit_code == 2 and "planning horizon" in result.output


# -- hypothesis: any date or number string, anywhere, gives findings and never a traceback --------------
DIGITS = st.text("0123456789", min_size=1, max_size=30)
DATE_TEXT = st.one_of(
    st.builds("{}-{}-{}".format, DIGITS, DIGITS, DIGITS),
    st.builds("{}-{}-{} {}:{}".format, DIGITS, DIGITS, DIGITS, DIGITS, DIGITS),
    st.builds(
        "{:04d}-{:02d}-{:02d} {:02d}:{:02d}{}".format,
        st.integers(0, 9999),
        st.integers(0, 13),
        st.integers(0, 32),
        st.integers(0, 25),
        st.integers(0, 61),
        st.sampled_from(["", "Z", "+05:00", "-12:00", "+23:59", "-99:99", "+1400", ":00"]),
    ),  # fmt: skip
    st.datetimes(dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59)).map(lambda d: d.strftime("%Y-%m-%d %H:%M")),
    st.text(max_size=40),
)
NUMBER_TEXT = st.one_of(
    st.sampled_from([".inf", "-.inf", ".nan", ".NaN", "1.0e308", "-1.0e308", "1e400", "0x" + "f" * 30, "-0", "1_000_000"]),
    st.integers(-(10**40), 10**40).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    DIGITS,
)
FIELDS = ["publish", "news", "event", "approval", "as_of", "series_from", "series_rule", "campaign", "per_week", "horizon", "threshold"]


def _fuzzed_files(field: str, value: str) -> dict:
    quoted = json.dumps(value)  # a JSON string is a valid YAML scalar, whatever it holds
    files = {POST: GOOD_POST}
    if field == "publish":
        files[POST] = post(publish=f"publish: {quoted}")
    elif field == "news":
        files[POST] = post(extra=f"news: {{url: 'https://cdc.gov/x', date: {quoted}}}")
    elif field == "event":
        files[POST] = post(extra=f"event: {{name: Walk, start: {quoted}, end: {quoted}, location: Park, url: 'https://cdc.gov/x'}}")
    elif field == "approval":
        files[POST] = post(status="status: approved", extra=f"approvals: [{{by: mreyes, role: approver, on: {quoted}}}]")
    elif field == "as_of":
        files["plans/checks.yml"] = f"as_of: {quoted}\n"
    elif field == "series_from":
        files["plans/series.yml"] = series(start=quoted)
    elif field == "series_rule":
        files["plans/series.yml"] = series(rule="FREQ=DAILY;" + value.replace("'", "").replace("\n", " ")[:60], start="2000-01-01")
    elif field == "campaign":
        files["plans/campaigns.yml"] = f"- {{id: c, name: C, from: {quoted}, to: {quoted}}}\n"
    elif field == "per_week":
        files["plans/cadence.yml"] = f"channels:\n  instagram: {{per_week: {value}, max_gap_days: {value}}}\n"
    elif field == "horizon":
        files["plans/cadence.yml"] = f"planning_horizon_days: {value}\nnews_fresh_days: {value}\n"
    else:
        files["plans/checks.yml"] = thresholds(f"PER002: {{max_grade: {value}}}, CON004: {{min_hours_apart: {value}}}, EXP003: {{max_age_days: {value}}}")
    return files


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(field=st.sampled_from(FIELDS), text=DATE_TEXT, number=NUMBER_TEXT, today=st.one_of(st.none(), DATE_TEXT))
def test_fuzzed_dates_and_numbers_never_crash(tmp_path_factory, monkeypatch, field, text, number, today):
    value = number if field in ("per_week", "horizon", "threshold") else text
    if any(ch in value for ch in "\x00\ufeff") or (field in ("per_week", "horizon", "threshold") and not value.strip()):
        value = "0"
    root = _project(tmp_path_factory.mktemp("fuzz"), _fuzzed_files(field, value))
    if today is None:
        monkeypatch.delenv(ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(ENV_VAR, today.replace("\x00", ""))
    report = check_project(root)
    for finding in report.findings:
        assert finding.path and finding.line >= 0 and finding.message
    assert horizon.in_range(report.today) or report.today == dt.date.today()
    CalendarPages(report)  # the calendar builds on whatever got through
    assert len("\n".join(f.text() for f in report.findings)) < 5 * MAX_OUTPUT


# -- one real build of a hostile project, and MkDocs' own reading of refused front matter --------------
@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    posts = {
        POST: bombed_post("title"),
        "content/posts/2027/01/14-far.md": post(uid="uid: test-0014", publish="publish: 9999-12-31 23:59-05:00"),
        "content/posts/2027/01/15-typo.md": post(uid="uid: test-0015", publish="publish: 2099-01-15 12:00"),
        "content/posts/2027/03/14-gap.md": post(uid="uid: test-0314", publish="publish: 2027-03-14 02:30"),
        "content/index.md": "---\n" + bomb() + "title: *a8\n---\n# Playbook\n",
    }
    plans = {
        "series.yml": series("FREQ=SECONDLY", "2001-01-01"),
        "checks.yml": thresholds("PER002: {max_grade: .nan}, CON004: {min_hours_apart: 10000000000000}"),
        "cadence.yml": "channels:\n  instagram: {per_week: .inf, max_gap_days: 99999999999999999999}\nplanning_horizon_days: 99999999999\n",
    }
    make_project(root, posts, plans)
    (root / "mkdocs.yml").write_text(f"site_name: Hostile\ndocs_dir: content\ntheme: {{name: material}}\nhooks:\n  - {REPO / 'hooks' / 'playbook_mkdocs.py'}\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(root / "mkdocs.yml"), "-d", str(root / "_site")],
        capture_output=True, text=True, cwd=root, timeout=300,
        env={**__import__("os").environ, "PYTHONPATH": str(REPO / "hooks"), "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    return root, result


def test_hostile_build_stops_with_findings_and_no_traceback(hostile_build):
    root, result = hostile_build
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output and "Error:" not in output.replace("ERROR", "")
    for expected in (
        f"{POST}:5:5: FM001",
        "content/index.md:5:5: FM001",
        "content/posts/2027/01/14-far.md:4: FM020",
        "content/posts/2027/01/15-typo.md:4: FM022",
        "content/posts/2027/03/14-gap.md:4: FM021",
        "plans/series.yml:2: FM044",
        "plans/checks.yml:3: FM048",
        "plans/cadence.yml:2: FM043",
        "plans/cadence.yml:3: FM043",
    ):
        assert expected in output, expected
    assert "Aborted:" in output
    assert len(output) < 100_000


def test_serve_hands_mkdocs_pages_without_the_front_matter_it_refused(hostile_build):
    from mkdocs.structure.pages import Page
    from mkdocs.utils import meta

    root, _ = hostile_build
    config, files = run_glue(root / "mkdocs.yml", "serve")  # serve: no abort
    for src in ("index.md", POST.removeprefix("content/")):
        page = Page(None, files.get_file_from_path(src), config)
        page.read_source(config)
        assert isinstance(page.title, str), src  # MkDocs never saw the alias bomb
        assert not meta.get_data(files.get_file_from_path(src).content_string)[1]
