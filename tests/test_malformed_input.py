"""Every kind of broken file gives a located finding, never a traceback, and never hides other files."""

from __future__ import annotations

import pytest
from playbook.check import check_project

from tests.conftest import GOOD_POST, PRACTICE, make_project

POST = "content/posts/2027/01/13-stretch.md"
OTHER = "content/posts/2027/01/20-other.md"
# A second post with its own, unrelated problem: it must be reported whatever breaks the first file.
OTHER_POST = GOOD_POST.replace("test-0001", "test-0002").replace("2027-01-13 12:00", "2027-01-20 12:00").replace("author: jlee\n", "author: jlee\ncolour: blue\n")
OTHER_FINDING = (OTHER, "FM004", 9)


def post(**changes: str) -> str:
    """GOOD_POST with some lines replaced: post(status="status: banana")."""
    text = GOOD_POST
    for key, line in changes.items():
        old = next(row for row in text.splitlines() if row.startswith(f"{key}:"))
        text = text.replace(old + "\n", line + ("\n" if line else ""))
    return text


CASES = [
    # id, files, expected (path, code, line)
    ("bad-yaml", {POST: post(title="title: Knee: care: now")}, (POST, "FM001", 2)),
    ("tab-indent", {POST: post(channels="channels:\n\t- instagram")}, (POST, "FM001", 6)),
    ("control-character", {POST: post(title="title: Bell \x07 ringing")}, (POST, "FM001", 2)),
    ("unclosed-quote", {POST: post(title='title: "Stretch before you shovel')}, (POST, "FM001", 2)),
    ("unclosed-bracket", {POST: post(channels="channels: [instagram")}, (POST, "FM001", 5)),
    ("unclosed-front-matter", {POST: GOOD_POST.replace("---\nSnow", "Snow")}, (POST, "FM001", 1)),
    ("empty-file", {POST: ""}, (POST, "FM002", 1)),
    ("no-front-matter", {POST: "Snow day? Warm up first.\n"}, (POST, "FM002", 1)),
    ("empty-front-matter", {POST: "---\n---\nBody\n"}, (POST, "FM002", 1)),
    ("bom-then-unknown-field", {POST: "\ufeff" + post(author="author: jlee\nmood: sunny")}, (POST, "FM004", 9)),
    ("crlf-then-misspelt-field", {POST: post(guideline="guidline: personality").replace("\n", "\r\n")}, (POST, "FM004", 6)),
    ("crlf-alone-is-fine", {POST: GOOD_POST.replace("\n", "\r\n")}, None),
    ("list-as-front-matter", {POST: "---\n- title\n- uid\n---\nBody\n"}, (POST, "FM005", 2)),
    ("scalar-as-front-matter", {POST: "---\njust some words\n---\nBody\n"}, (POST, "FM005", 2)),
    ("list-where-mapping-belongs", {POST: post(author="author: jlee\nnews: [https://x.test, 2027-01-10]")}, (POST, "FM005", 9)),
    ("mapping-where-list-belongs", {POST: post(channels="channels: {instagram: yes}")}, (POST, "FM005", 5)),
    ("unknown-field", {POST: post(author="author: jlee\nmood: sunny")}, (POST, "FM004", 9)),
    ("misspelt-field", {POST: post(channels="chanels: [instagram]")}, (POST, "FM004", 5)),
    ("missing-field", {POST: post(status="")}, (POST, "FM003", 2)),
    ("bad-choice", {POST: post(status="status: done")}, (POST, "FM042", 7)),
    ("bad-date", {POST: post(publish="publish: next Tuesday")}, (POST, "FM006", 4)),
    ("date-without-time", {POST: post(publish="publish: 2027-01-13")}, (POST, "FM006", 4)),
    ("31-february", {POST: post(publish="publish: 2027-02-31 09:00")}, (POST, "FM006", 4)),
    ("hour-25", {POST: post(publish="publish: 2027-01-13 25:00")}, (POST, "FM006", 4)),
    ("unknown-timezone", {POST: GOOD_POST, "plans/practice.yml": PRACTICE.replace("America/Chicago", "America/Chicgo")}, ("plans/practice.yml", "FM007", 2)),
    ("unknown-channel", {POST: post(channels="channels: [instagram, myspace]")}, (POST, "FM008", 5)),
    ("unknown-author", {POST: post(author="author: jle")}, (POST, "FM008", 8)),
    ("unknown-series", {POST: post(series="series: wellnes-wednesday")}, (POST, "FM008", 9)),
    ("unknown-approver", {POST: post(status="status: approved\napprovals:\n  - {by: drx, role: approver, on: 2027-01-02}")}, (POST, "FM008", 9)),
    ("approved-without-approvals", {POST: post(status="status: approved")}, (POST, "FM003", 7)),
    ("media-without-people", {POST: post(author="author: jlee\nmedia:\n  - {file: a.jpg, alt: Lobby}\n  - file: b.jpg\n    alt: Trail")}, (POST, "FM003", 10)),
    ("media-with-empty-people", {POST: post(author="author: jlee\nmedia:\n  - file: b.jpg\n    alt: Trail\n    people:")}, (POST, "FM003", 12)),
    ("duplicate-key", {POST: post(author="author: jlee\nstatus: approved")}, (POST, "FM012", 9)),
    ("duplicate-uid", {POST: GOOD_POST, "content/posts/2027/01/14-copy.md": GOOD_POST.replace("01-13 12:00", "01-14 12:00")}, ("content/posts/2027/01/14-copy.md", "FM009", 3)),
    ("bad-source-url", {POST: post(author="author: jlee\nsources: [cdc dot gov]")}, (POST, "FM046", 9)),
    (
        "event-ends-before-start",
        {POST: post(author='author: jlee\nevent: {name: Walk, start: "2027-02-13 10:00", end: "2027-02-13 08:00", location: Park, url: "https://cdc.gov/x"}')},
        (POST, "FM006", 9),
    ),
    ("binary-garbage", {POST: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"}, (POST, "FM010", 1)),
    ("five-megabytes", {POST: "---\ntitle: big\n---\n" + "x" * (5 * 1024 * 1024)}, (POST, "FM010", 1)),
    ("non-utf8", {POST: GOOD_POST.replace("Snow day?", "Snow day\u2019s here").encode("utf-8").replace("\u2019".encode(), b"\x92")}, (POST, "FM010", 11)),
    ("bad-waiver-code", {POST: post(author="author: jlee\nwaivers: [{rule: Readability score, reason: short}]")}, (POST, "FM044", 9)),
    ("unknown-waiver-alias", {POST: post(author="author: jlee\nwaivers: [{rule: readability, reason: short}]")}, (POST, "FM008", 9)),
    ("plans-bad-yaml", {POST: GOOD_POST, "plans/team.yml": "people:\n  - {id: jlee, name: Jordan Lee, roles: [author]\n"}, ("plans/team.yml", "FM001", 2)),
    ("plans-missing", {POST: GOOD_POST, "plans/practice.yml": None}, ("plans/practice.yml", "FM011", 0)),
    ("plans-list-where-mapping-belongs", {POST: GOOD_POST, "plans/practice.yml": "- name\n- timezone\n"}, ("plans/practice.yml", "FM005", 1)),
]


def _project(tmp_path, files):
    plans = {}
    posts = {OTHER: OTHER_POST}
    for rel, text in files.items():
        if rel.startswith("plans/"):
            plans[rel.removeprefix("plans/")] = text
        else:
            posts[rel] = text
    return make_project(tmp_path, posts, plans)


@pytest.mark.parametrize("case_id, files, expected", CASES, ids=[c[0] for c in CASES])
def test_malformed_input_is_located(tmp_path, case_id, files, expected):
    root = _project(tmp_path / case_id, files)
    report = check_project(root)  # must not raise, whatever the bytes
    located = {(f.path, f.code, f.line) for f in report.findings}
    if expected is None:
        assert not [f for f in report.findings if f.path == POST], report.findings
    else:
        assert expected in located, "\n".join(f.text() for f in report.findings)
    assert OTHER_FINDING in located, "a broken file must not hide the findings of another file"


def test_table_covers_at_least_twenty_kinds():
    assert len(CASES) >= 20


def test_misspelt_field_suggests_the_right_one(tmp_path):
    root = make_project(tmp_path, {POST: post(channels="chanels: [instagram]")})
    (finding,) = [f for f in check_project(root).findings if f.code == "FM004"]
    assert "did you mean 'channels'?" in finding.hint


def test_duplicate_uid_names_both_files(tmp_path):
    copy = "content/posts/2027/01/14-copy.md"
    root = make_project(tmp_path, {POST: GOOD_POST, copy: GOOD_POST.replace("01-13 12:00", "01-14 12:00")})
    (finding,) = [f for f in check_project(root).findings if f.code == "FM009"]
    assert finding.path == copy and POST in finding.message


def test_valid_post_becomes_a_typed_object(project):
    report = check_project(project)
    assert not report.findings, report.findings
    (post_obj,) = report.corpus.posts
    assert post_obj.channels == ("instagram",) and post_obj.series == "wellness-wednesday"
    assert post_obj.publish.isoformat() == "2027-01-13T12:00:00-06:00"
    assert post_obj.body.startswith("Snow day?") and post_obj.body_line == 11


def test_times_are_not_read_as_base_60_numbers(tmp_path):
    root = make_project(tmp_path, {POST: GOOD_POST}, {"series.yml": "- {id: s, channels: [x], guideline: expert, rrule: FREQ=WEEKLY, time: 12:00, from: 2027-01-04}\n"})
    report = check_project(root)
    assert report.corpus.plans.series["s"].time.isoformat() == "12:00:00"


def test_yaml_11_words_stay_words(tmp_path):
    approved = GOOD_POST.replace("status: draft", "status: approved\napprovals:\n  - {by: mreyes, role: approver, on: 2027-01-02}")
    root = make_project(tmp_path, {POST: approved})
    report = check_project(root)
    assert not report.findings, report.findings
    (approval,) = report.corpus.posts[0].approvals
    assert approval.on.isoformat() == "2027-01-02"


def test_tab_message_says_what_to_do(tmp_path):
    root = make_project(tmp_path, {POST: post(channels="channels:\n\t- instagram")})
    (finding,) = [f for f in check_project(root).findings if f.code == "FM001"]
    assert "never tabs" in finding.message
