"""Export formats are data: one `Format` record each, and the command reads everything from it.

The golden files (tests/test_export.py) pin the bytes; here the records themselves
are checked, and the messages `playbook export` prints come from `export.Export`.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json

import pytest
from playbook import cli
from playbook import export as exporting
from playbook.export import FIELDS, FORMATS, Export, Format, LeftOut, Row, Selection

from tests.rules.harness import approval, at, post

ROWS = tuple(
    Row(item, "facebook", at(when), exporting.clean_copy(item.copy_for("facebook")))
    for item, when in (
        (post("Warm up first. https://www.clinic.test/warm-up", status="approved", approvals=[approval()]), "2027-02-01 10:00"),
        (post("=1+2 is not a formula here", status="draft"), "2027-02-02 12:30"),
    )
)


@pytest.mark.parametrize("fmt", FORMATS.values(), ids=lambda fmt: fmt.name)
def test_every_record_is_complete_and_its_file_follows_it(fmt: Format):
    assert FORMATS[fmt.name] is fmt and fmt.title and fmt.columns and len(set(fmt.columns)) == len(fmt.columns)
    assert fmt.max_rows is None or fmt.max_rows > 0
    assert not fmt.one_channel or fmt.max_rows, "a scheduler upload has a row limit"
    text = fmt.write(ROWS)
    if fmt.writer is exporting.write_json:
        items = json.loads(text)
        assert [list(item) for item in items] == [list(fmt.columns)] * len(ROWS) and fmt.columns == FIELDS
        return
    table = list(csv.reader(io.StringIO(text, newline="")))
    assert table[0] == list(fmt.columns) if fmt.header else len(table) == len(ROWS)
    assert all(len(line) == len(fmt.columns) for line in table)
    assert all(cell.startswith("'=") for line in table for cell in line if "=1+2" in cell)  # neutralised, every format


def test_scheduler_rules_live_in_the_records():
    hootsuite, sprout = FORMATS["hootsuite"], FORMATS["sprout"]
    assert (hootsuite.max_rows, hootsuite.minute_step, hootsuite.min_lead, hootsuite.header) == (350, 5, dt.timedelta(minutes=10), False)
    assert (sprout.max_rows, sprout.minute_step, sprout.min_lead, sprout.header) == (350, None, dt.timedelta(minutes=10), True)
    assert sprout.columns == ("date", "time_24hr", "message_text", "link_url", "image_url")
    assert not any(FORMATS[name].one_channel or FORMATS[name].max_rows for name in ("csv", "json"))
    choice = next(p for p in cli.export_command.params if p.name == "fmt")
    assert tuple(choice.type.choices) == tuple(FORMATS)


def test_chunks_follow_the_row_limit():
    rows = ROWS * 5
    assert exporting.chunks(rows, "csv") == [rows]
    small = dataclasses.replace(FORMATS["hootsuite"], max_rows=4)
    assert [len(part) for part in exporting.chunks(rows, small)] == [4, 4, 2]


def test_channel_problems_are_the_exports_to_say():
    assert exporting.channel_problem("hootsuite", None, ["facebook", "x"]) == ("usage", "hootsuite takes one channel per file: add --channel (one of: facebook, x)")
    assert exporting.channel_problem("csv", "tiktok", ["facebook"]) == ("channel", "unknown channel 'tiktok'; choose one of: facebook")
    assert exporting.channel_problem("csv", None, ["facebook"]) == exporting.channel_problem("sprout", "x", ["x"]) == ("", "")


def test_what_the_command_says_comes_from_the_export():
    start, end = dt.date(2027, 2, 1), dt.date(2027, 2, 28)
    left = (LeftOut("content/posts/a.md", "has error findings"),)
    job = Export(Selection(ROWS * 2, left, not_ready=3), dataclasses.replace(FORMATS["hootsuite"], max_rows=3), "facebook", start, end)
    assert job.left_out() == ["content/posts/a.md: has error findings"] and job.failed
    assert job.too_many_for_one_file().startswith("4 rows, but Hootsuite takes at most 3 per upload: add --out FILE")
    assert job.notes() == [
        "3 post(s) in the range are not approved yet and were not exported; add --include-drafts to preview them.",
        "2 row(s) are not approved yet (--include-drafts): import them as drafts, never schedule them before approval.",
    ]
    assert job.closing(2) == [
        "Hootsuite takes at most 3 rows per upload: split 4 rows into 2 files; upload them one at a time.",
        "Left out 1 post(s) listed above; fix them and export again.",
    ]
    empty = Export(Selection(()), FORMATS["csv"], None, start, end)
    assert empty.notes() == ["Nothing to export on any channel from 2027-02-01 to 2027-02-28; nothing was written."]
    assert not empty.failed and empty.closing(0) == [] and empty.too_many_for_one_file() == ""


def test_the_cli_keeps_no_export_message_of_its_own():
    """The command only writes files and turns problems into exit codes; the words are export.py's."""
    import inspect

    source = inspect.getsource(cli.export_command.callback)
    for words in ("not approved yet", "Nothing to export", "takes at most", "Left out", "one channel per file"):
        assert words not in source, words
