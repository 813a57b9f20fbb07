"""`playbook export`: scheduler CSVs and our own csv/json, byte for byte.

Golden files live in tests/golden/export/: the exports of a small fixture practice,
tests/fixtures/export-practice/ (eleven posts copied from the sample, so editing the
sample never rewrites them). After a deliberate change, review the new output by eye
and rewrite them with

    PLAYBOOK_REGEN_GOLDEN=1 python -m pytest tests/test_export.py -k golden
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from playbook import export as exporting
from playbook.cli import main

from tests.conftest import make_project

GOLDEN = Path(__file__).parent / "golden" / "export"
PRACTICE = Path(__file__).parent / "fixtures" / "export-practice"
REGEN = os.environ.get("PLAYBOOK_REGEN_GOLDEN") == "1"
# Pinned so the golden files never rot: "today" for the checks and the range, "now" for the scheduler rules.
PINNED = ["--today", "2027-01-20", "--now", "2027-01-20 08:00", "--from", "2027-01-20", "--to", "2027-02-19"]

APPROVED = """\
---
title: {title}
uid: {uid}
publish: {publish}
channels: [{channels}]
guideline: personality
status: {status}
author: jlee
approvals:
  - {{by: mreyes, role: approver, "on": 2027-01-02}}
---
{body}
"""


def post(
    uid: str, publish: str, body: str = "A short, friendly note for our neighbours. #StayWarm", *, status: str = "approved", channels: str = "facebook, instagram", title: str = "Winter note"
) -> str:
    return APPROVED.format(uid=uid, publish=publish, body=body, status=status, channels=channels, title=title)


def run(*args):
    return CliRunner().invoke(main, ["export", *args], catch_exceptions=False)


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


# -- golden files from the fixture practice -----------------------------------------------------
GOLDEN_CASES = {
    "hootsuite-facebook.csv": ["hootsuite", "--channel", "facebook"],
    "sprout-instagram.csv": ["sprout", "--channel", "instagram"],
    "all-channels.csv": ["csv"],
    "all-channels.json": ["json"],
    "x-with-drafts.csv": ["csv", "--channel", "x", "--include-drafts"],
}


@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_golden(name, tmp_path):
    out = tmp_path / name
    result = run(*GOLDEN_CASES[name], *PINNED, "--root", str(PRACTICE), "--out", str(out))
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    if REGEN:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        (GOLDEN / name).write_bytes(data)
    assert data == (GOLDEN / name).read_bytes(), f"{name} differs from tests/golden/export/{name}; review and regenerate (see module docstring)"


def test_stdout_is_the_same_bytes_as_out(tmp_path):
    out = tmp_path / "h.csv"
    to_file = run("hootsuite", "--channel", "facebook", *PINNED, "--root", str(PRACTICE), "--out", str(out))
    to_stdout = run("hootsuite", "--channel", "facebook", *PINNED, "--root", str(PRACTICE))
    assert to_file.exit_code == to_stdout.exit_code == 0
    assert to_stdout.stdout_bytes == out.read_bytes()
    assert f"wrote {out}" in to_file.stdout


@pytest.mark.parametrize("fmt", exporting.FORMATS)
def test_the_sample_exports_its_next_month_in_every_format_leaving_nothing_out(sample_report, fmt):
    """The sample itself still exports cleanly (the golden bytes come from the fixture practice)."""
    channel = "facebook" if exporting.FORMATS[fmt].one_channel else None
    now = dt.datetime(2027, 1, 20, 8, 0, tzinfo=sample_report.corpus.plans.tz)
    chosen = exporting.select(sample_report, dt.date(2027, 1, 20), dt.date(2027, 2, 19), channel, fmt=fmt, now=now)
    assert chosen.rows and not chosen.left_out, chosen.left_out
    assert {r.post.status for r in chosen.rows} == {"approved"} and exporting.render(fmt, chosen.rows)


def test_golden_fixture_exports_only_approved_posts():
    data = json.loads((GOLDEN / "all-channels.json").read_text(encoding="utf-8"))
    assert data and {item["status"] for item in data} == {"approved"}
    assert [list(item) for item in data][0] == list(exporting.FIELDS)
    assert all(item["publish"].endswith(("-06:00", "-05:00")) for item in data)
    stamps = [(item["publish"], item["path"], item["channel"]) for item in data]
    assert stamps == sorted(stamps)


def test_hootsuite_has_no_header_and_three_columns():
    table = rows((GOLDEN / "hootsuite-facebook.csv").read_text(encoding="utf-8"))
    assert table and all(len(row) == 3 for row in table)
    assert table[0][0] == "01/20/2027 12:00"  # MM/DD/YYYY HH:MM, 24-hour, practice time
    assert all(row[2] == "" or row[2].startswith("https://") for row in table)


def test_sprout_header():
    table = rows((GOLDEN / "sprout-instagram.csv").read_text(encoding="utf-8"))
    assert table[0] == ["date", "time_24hr", "message_text", "link_url", "image_url"]
    assert table[1][:2] == ["01/20/2027", "12:00"]


# -- quoting and formula injection --------------------------------------------------------------
HOSTILE_BODY = """=cmd|' /C calc'!A0 and "quotes", commas, too.

A second line with emoji 🌱 and a link: https://www.clinic.test/stretch-guide"""
HOSTILE = post("test-0100", "2027-01-20 10:00", HOSTILE_BODY, channels="facebook, x", title="'+ stretch, breathe \"slowly\"'").replace(
    "---\n=cmd", 'variants:\n  x: "-1 excuse, \\"every\\" day 💪"\n---\n=cmd'
)


def test_hostile_text_is_quoted_and_neutralised(tmp_path):
    root = make_project(tmp_path, {"content/posts/2027/01/20-hostile.md": HOSTILE})
    common = ["--root", str(root), "--today", "2027-01-05", "--now", "2027-01-05 08:00", "--from", "2027-01-20", "--to", "2027-01-20"]

    hoot = run("hootsuite", "--channel", "facebook", *common)
    assert hoot.exit_code == 0, hoot.output
    assert rows(hoot.stdout) == [["01/20/2027 10:00", "'" + HOSTILE_BODY, "https://www.clinic.test/stretch-guide"]]
    assert hoot.stdout.startswith('"01/20/2027 10:00","\'=cmd|\' /C calc\'!A0 and ""quotes"", commas, too.\n')
    assert "🌱".encode() in hoot.stdout_bytes

    sprout = run("sprout", "--channel", "x", *common)
    assert rows(sprout.stdout)[1][2] == '\'-1 excuse, "every" day 💪'  # the X variant, neutralised

    own = run("csv", *common)
    table = rows(own.stdout)
    record = dict(zip(table[0], table[1]))
    assert record["title"] == '\'+ stretch, breathe "slowly"'
    assert record["copy"] == "'" + HOSTILE_BODY
    assert [dict(zip(table[0], row))["channel"] for row in table[1:]] == ["facebook", "x"]

    as_json = json.loads(run("json", *common).stdout)
    assert as_json[0]["copy"] == HOSTILE_BODY  # JSON is not a spreadsheet: text stays as written


@pytest.mark.parametrize(
    "cell, expected",
    [("=1+2", "'=1+2"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
     ("Fine, really", "Fine, really"), ("", ""), ("a=b", "a=b"), ("2027-01-20", "2027-01-20")],
)  # fmt: skip
def test_neutralise(cell, expected):
    assert exporting.neutralise(cell) == expected


def test_html_comments_are_not_exported(tmp_path):
    body = "<!-- note for the team: check the link -->\nSee you at the walk. #StayWarm"
    root = make_project(tmp_path, {"content/posts/2027/01/20-walk.md": post("test-0101", "2027-01-20 10:00", body)})
    result = run("csv", "--root", str(root), "--today", "2027-01-05", "--from", "2027-01-20", "--to", "2027-01-20")
    assert "note for the team" not in result.stdout and "See you at the walk." in result.stdout


# -- what goes out ------------------------------------------------------------------------------
def test_drafts_and_posts_with_errors_are_left_out(tmp_path):
    root = make_project(
        tmp_path,
        {
            "content/posts/2027/01/20-ok.md": post("test-0201", "2027-01-20 10:00", title="Approved"),
            "content/posts/2027/01/21-draft.md": post("test-0202", "2027-01-21 10:00", status="draft", title="Draft"),
            "content/posts/2027/01/22-idea.md": post("test-0203", "2027-01-22 10:00", status="idea", title="Idea"),
            "content/posts/2027/01/23-cancelled.md": post("test-0204", "2027-01-23 10:00", status="cancelled", title="Cancelled"),
            "content/posts/2027/01/04-published.md": post("test-0205", "2027-01-04 10:00", status="published", title="Published"),
            "content/posts/2027/01/24-broken.md": post("test-0206", "2027-01-24 10:00", title="Broken").replace("guideline:", "colour: teal\nguideline:"),
        },
    )
    common = ["--root", str(root), "--today", "2027-01-04", "--now", "2027-01-04 08:00", "--from", "2027-01-01", "--to", "2027-01-31"]
    result = run("json", *common)
    assert result.exit_code == 1  # the broken post was left out
    assert sorted({item["title"] for item in json.loads(result.stdout)}) == ["Approved"]
    assert "content/posts/2027/01/24-broken.md: has error findings; run `playbook check`" in result.stderr
    assert "2 post(s) in the range are not approved yet" in result.stderr

    with_drafts = run("json", "--include-drafts", *common)
    assert with_drafts.exit_code == 1
    assert sorted({item["title"] for item in json.loads(with_drafts.stdout)}) == ["Approved", "Draft", "Idea"]
    assert "4 row(s) are not approved yet (--include-drafts)" in with_drafts.stderr


def test_nothing_to_export_is_not_an_error(tmp_path):
    root = make_project(tmp_path)
    result = run("sprout", "--channel", "x", "--root", str(root), "--today", "2027-01-04", "--now", "2027-01-04 08:00")
    assert result.exit_code == 0
    assert result.stdout_bytes == b""  # not even a header row: nothing for a scheduler to import
    assert "Nothing to export on x from 2027-01-04 to 2027-02-03; nothing was written" in result.stderr
    out = tmp_path / "x.csv"
    for fmt in ("sprout", "hootsuite", "csv", "json"):
        written = run(fmt, "--channel", "x", "--out", str(out), "--root", str(root), "--today", "2027-01-04", "--now", "2027-01-04 08:00")
        assert written.exit_code == 0 and not out.exists(), fmt
        assert "nothing was written" in written.stderr and "wrote" not in written.stdout


def test_default_range_is_today_and_the_next_30_days(tmp_path):
    posts = {
        "content/posts/2027/01/03-before.md": post("test-0301", "2027-01-03 10:00", status="published", title="Before"),
        "content/posts/2027/01/04-first.md": post("test-0302", "2027-01-04 10:00", title="First"),
        "content/posts/2027/02/03-last.md": post("test-0303", "2027-02-03 10:00", title="Last"),
        "content/posts/2027/02/04-after.md": post("test-0304", "2027-02-04 10:00", title="After"),
    }
    root = make_project(tmp_path, posts)
    result = run("json", "--channel", "facebook", "--root", str(root), "--today", "2027-01-04")
    assert [item["title"] for item in json.loads(result.stdout)] == ["First", "Last"]


# -- scheduler rules: reported, never shifted ---------------------------------------------------
def test_five_minute_and_ten_minutes_ahead_rules_are_reported(tmp_path):
    root = make_project(
        tmp_path,
        {
            "content/posts/2027/01/20-odd-minute.md": post("test-0401", "2027-01-20 10:03", title="Odd minute"),
            "content/posts/2027/01/20-too-soon.md": post("test-0402", "2027-01-20 08:05", title="Too soon"),
            "content/posts/2027/01/20-past.md": post("test-0403", "2027-01-20 07:30", status="approved", title="Past"),
            "content/posts/2027/01/20-just-in-time.md": post("test-0404", "2027-01-20 08:10", title="Just in time"),
            "content/posts/2027/01/21-fine.md": post("test-0405", "2027-01-21 14:35", title="Fine"),
        },
    )
    common = ["--root", str(root), "--today", "2027-01-04", "--now", "2027-01-20 08:00", "--from", "2027-01-20", "--to", "2027-01-21"]
    result = run("hootsuite", "--channel", "facebook", *common)
    assert result.exit_code == 1
    assert [row[0] for row in rows(result.stdout)] == ["01/20/2027 08:10", "01/21/2027 14:35"]  # exact times, nothing moved
    err = result.stderr
    assert "content/posts/2027/01/20-odd-minute.md: goes out at 10:03, but Hootsuite schedules only on minutes divisible by 5; move `publish` to 10:00 or 10:05" in err
    assert "content/posts/2027/01/20-too-soon.md: goes out 2027-01-20 08:05, less than 10 minutes after export time (2027-01-20 08:00)" in err
    assert "content/posts/2027/01/20-past.md: goes out 2027-01-20 07:30, which has passed at export time" in err
    assert "Left out 3 post(s)" in err

    # Sprout only asks for the 10 minutes' notice; our own formats take any time.
    sprout = run("sprout", "--channel", "facebook", *common)
    assert sprout.exit_code == 1 and "10:03" not in sprout.stderr
    assert [row[1] for row in rows(sprout.stdout)[1:]] == ["08:10", "10:03", "14:35"]
    own = run("csv", "--channel", "facebook", *common)
    assert own.exit_code == 0 and len(rows(own.stdout)) == 6


def test_hootsuite_row_limit_splits_files_or_refuses(tmp_path, monkeypatch):
    assert exporting.FORMATS["hootsuite"].max_rows == 350
    monkeypatch.setitem(exporting.FORMATS, "hootsuite", dataclasses.replace(exporting.FORMATS["hootsuite"], max_rows=2))
    posts = {f"content/posts/2027/01/2{i}-note.md": post(f"test-05{i:02d}", f"2027-01-2{i} 10:00", title=f"Note {i}") for i in range(5)}
    root = make_project(tmp_path / "project", posts)
    common = ["hootsuite", "--channel", "instagram", "--root", str(root), "--today", "2027-01-04", "--now", "2027-01-04 08:00", "--from", "2027-01-20", "--to", "2027-01-24"]

    refused = run(*common)
    assert refused.exit_code == 2 and refused.stdout == ""
    assert "5 rows, but Hootsuite takes at most 2 per upload: add --out FILE" in refused.stderr

    out = tmp_path / "plan.csv"
    split = run(*common, "--out", str(out))
    assert split.exit_code == 0, split.output
    assert not out.exists()
    parts = [rows((tmp_path / f"plan-{n}.csv").read_text(encoding="utf-8")) for n in (1, 2, 3)]
    assert [len(p) for p in parts] == [2, 2, 1]
    assert [r[0] for p in parts for r in p] == [f"01/2{i}/2027 10:00" for i in range(5)]
    assert "split 5 rows into 3 files" in split.stderr


# -- usage --------------------------------------------------------------------------------------
def test_scheduler_formats_need_one_channel(project):
    result = run("hootsuite", "--root", str(project))
    assert result.exit_code == 2
    assert "add --channel (one of: facebook, instagram, x)" in result.output


def test_unknown_channel_lists_the_valid_ones(project):
    result = run("csv", "--channel", "tiktok", "--root", str(project))
    assert result.exit_code == 2
    assert "unknown channel 'tiktok'; choose one of: facebook, instagram, x" in result.output


@pytest.mark.parametrize(
    "args, message", [(["--from", "2027-02-01", "--to", "2027-01-01"], "is before --from"), (["--now", "tomorrow"], "not a date and time"), (["--from", "2027-02-30"], "not a date")]
)
def test_bad_dates_are_usage_errors(project, args, message):
    result = run("json", *args, "--root", str(project))
    assert result.exit_code == 2 and message in result.output
