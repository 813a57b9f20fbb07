"""`playbook review import`: a platform's CSV into the log; names and review text never stored, nothing guessed."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from playbook.cli import main
from playbook.corpus import load_corpus
from playbook.reviews import importer

from tests.conftest import make_project
from tests.test_review_cli import snapshot
from tests.test_review_log import TEMPLATE

NAMES = ["Carla Mendes", "Jürgen Ødegaard", "李小龙", "Tomás O'Brien-Núñez"]
TEXTS = [
    "My ACL reconstruction with Dr. Smith failed and nobody called me back.",
    "Esperé tres horas; mi hija Lucía lloraba del dolor de su fractura.",
    'Billed $1,240 for a "5 minute" visit, line one\nline two of the review',
    '=HYPERLINK("https://evil.test","click") my MRI was lost',
]


def export(rows: list[dict], header: list[str] | None = None, delimiter: str = ",") -> str:
    header = header or list(rows[0])
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def google_rows() -> list[dict]:
    return [
        {"Reviewer": NAMES[0], "Rating": "1", "Review Text": TEXTS[0], "Review Date": "2027-01-04T15:12:00Z", "Review URL": "https://g.page/r/x/review/101", "Owner Response": "", "Reply Date": ""},
        {
            "Reviewer": NAMES[1],
            "Rating": "5 stars",
            "Review Text": TEXTS[1],
            "Review Date": "2027-01-06 09:30",
            "Review URL": "https://g.page/r/x/review/102",
            "Owner Response": "Thank you!",
            "Reply Date": "2027-01-06 12:00",
        },
        {
            "Reviewer": NAMES[2],
            "Rating": "3.0",
            "Review Text": TEXTS[2],
            "Review Date": "2027-02-02T08:00:00-06:00",
            "Review URL": "https://g.page/r/x/review/103",
            "Owner Response": "",
            "Reply Date": "",
        },
        {"Reviewer": NAMES[3], "Rating": "4", "Review Text": TEXTS[3], "Review Date": "2027-01-07", "Review URL": "https://g.page/r/x/review/104", "Owner Response": "", "Reply Date": ""},
    ]


@pytest.fixture(autouse=True)
def no_environment_defaults(monkeypatch):
    for name in ("PLAYBOOK_AUTHOR", "PLAYBOOK_TODAY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_project(tmp_path / "practice", {"content/responses/wait.md": TEMPLATE})


def run_import(root: Path, csv_text: str | bytes, *args: str, name: str = "export.csv"):
    path = root.parent / name
    path.write_bytes(csv_text.encode("utf-8") if isinstance(csv_text, str) else csv_text)
    return CliRunner().invoke(main, ["review", "import", str(path), "--root", str(root), *args], catch_exceptions=False)


def everything_written(root: Path) -> str:
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in root.rglob("*") if p.is_file())


def test_import_logs_the_rows_and_stores_no_name_and_no_text(root):
    result = run_import(root, export(google_rows()), "--platform", "google")
    assert result.exit_code == 0, result.output
    reviews = load_corpus(root).reviews.reviews
    assert [(r.id, r.rating, r.scenario) for r in reviews] == [
        ("rv-2027-01-01", 1, "negative-review"),
        ("rv-2027-01-02", 5, "positive-review"),
        ("rv-2027-01-03", 4, "positive-review"),
        ("rv-2027-02-01", 3, "negative-review"),
    ]
    assert reviews[0].received.astimezone(dt.UTC).isoformat() == "2027-01-04T15:12:00+00:00"
    assert reviews[1].answered is None  # a reply date without --template/--by is not recorded
    stored = everything_written(root)
    for secret in [*NAMES, *TEXTS, "Thank you!", "Lucía", "Smith", "HYPERLINK", "1,240"]:
        assert secret not in stored
    for secret in [*NAMES, *TEXTS, "Lucía", "Smith"]:
        assert secret not in result.output
    assert "dropped, never stored: 'Reviewer', 'Review Text', 'Owner Response'" in result.stderr
    assert "3 row(s) have no scenario column" not in result.stderr and "4 row(s) have no scenario column" in result.stderr
    assert "1 row(s) have a reply date that was not recorded" in result.stderr


def test_import_twice_adds_nothing(root):
    assert run_import(root, export(google_rows()), "--platform", "google").exit_code == 0
    before = snapshot(root)
    result = run_import(root, export(google_rows()), "--platform", "google")
    assert result.exit_code == 0 and result.stderr.count("already logged as rv-") == 4
    assert snapshot(root) == before


def test_replies_are_recorded_with_an_explicit_template_and_author(root):
    result = run_import(root, export(google_rows()), "--platform", "google", "--template", "rb-wait", "--by", "jlee")
    assert result.exit_code == 0, result.output
    answered = [r for r in load_corpus(root).reviews.reviews if r.answered]
    assert [(r.url, r.template, r.by) for r in answered] == [("https://g.page/r/x/review/102", "rb-wait", "jlee")]
    assert "with their reply" in result.stdout
    assert run_import(root, export(google_rows()), "--platform", "google", "--template", "rb-wait").exit_code == 2


def test_unknown_columns_are_listed_and_map_says_what_they_hold(root):
    rows = [{"Link": "https://www.yelp.com/biz/x?hrid=1", "When": "2027-01-04 10:00", "Stars given": "2", "Tags": "parking"}]
    result = run_import(root, export(rows), "--platform", "yelp")
    assert result.exit_code == 1 and "no column for received" in result.output
    result = run_import(root, export(rows), "--platform", "yelp", "--map", "When=received", "--map", "Stars given=rating")
    assert result.exit_code == 0, result.output
    assert "left out, unknown: 'Tags'" in result.stderr
    assert load_corpus(root).reviews.reviews[0].rating == 2


def test_map_can_never_read_a_text_column_into_the_log(root):
    rows = [{"Link": "https://www.yelp.com/biz/x?hrid=1", "Date": "2027-01-04 10:00", "Rating": "2", "Comment": "my knee hurts"}]
    result = run_import(root, export(rows), "--platform", "yelp", "--map", "Comment=notes")
    assert result.exit_code == 2 and "--map" in result.output


@pytest.mark.parametrize(
    "date, args, expected",
    [
        ("01/04/2027 3:15 PM", ["--date-order", "mdy"], "2027-01-04T15:15:00-06:00"),
        ("04/01/2027 15:15", ["--date-order", "dmy"], "2027-01-04T15:15:00-06:00"),
        ("25/01/2027", [], "2027-01-25T00:00:00-06:00"),
        ("01/25/2027 12:05 am", [], "2027-01-25T00:05:00-06:00"),
        ("2027-01-04 21:15", ["--utc"], "2027-01-04T15:15:00-06:00"),
    ],
)
def test_dates_are_read_as_told(root, date, args, expected):
    rows = [{"URL": "https://g.page/r/x/review/1", "Date": date, "Rating": "2"}]
    result = run_import(root, export(rows), "--platform", "google", *args)
    assert result.exit_code == 0, result.output
    assert load_corpus(root).reviews.reviews[0].received.isoformat() == expected


def test_an_ambiguous_date_is_never_guessed(root):
    rows = [{"URL": "https://g.page/r/x/review/1", "Date": "01/04/2027", "Rating": "2"}, {"URL": "https://g.page/r/x/review/2", "Date": "2027-01-05 10:00", "Rating": "4"}]
    result = run_import(root, export(rows), "--platform", "google")
    assert result.exit_code == 1
    assert "export.csv:2: received: '01/04/2027' could be day/month or month/day: add --date-order" in result.stderr
    assert [r.url for r in load_corpus(root).reviews.reviews] == ["https://g.page/r/x/review/2"]


@pytest.mark.parametrize(
    "row, words",
    [
        ({"URL": "g.page/x", "Date": "2027-01-04 10:00", "Rating": "2"}, "is not an https:// address"),
        ({"URL": "", "Date": "2027-01-04 10:00", "Rating": "2"}, "the link is missing"),
        ({"URL": "https://g.page/r/x/1", "Date": "2027-01-04 10:00", "Rating": "6"}, "rating '6' is not 1 to 5"),
        ({"URL": "https://g.page/r/x/1", "Date": "2027-01-04 10:00", "Rating": ""}, "no rating and no scenario"),
        ({"URL": "https://g.page/r/x/1", "Date": "", "Rating": "2"}, "received: missing"),
        ({"URL": "https://g.page/r/x/1", "Date": "2027-03-14 02:30", "Rating": "2"}, "does not exist in America/Chicago"),
        ({"URL": "https://g.page/r/x/1", "Date": "2207-01-04 10:00", "Rating": "2"}, "outside the planning horizon"),
    ],
)
def test_row_problems_are_listed_by_row_and_left_out(root, row, words):
    before = snapshot(root)
    result = run_import(root, export([row]), "--platform", "google")
    assert result.exit_code == 1
    assert "export.csv:2: " in result.stderr and words in result.stderr
    assert snapshot(root) == before


def test_a_scenario_column_and_a_platform_column_are_used(root):
    rows = [
        {"URL": "https://g.page/r/x/1", "Date": "2027-01-04 10:00", "Rating": "4", "Scenario": "billing", "Platform": "Google"},
        {"URL": "https://www.yelp.com/biz/x?hrid=2", "Date": "2027-01-04 11:00", "Rating": "", "Scenario": "parking-and-access", "Platform": "yelp"},
    ]
    result = run_import(root, export(rows))
    assert result.exit_code == 0, result.output
    assert [(r.platform, r.scenario, r.rating) for r in load_corpus(root).reviews.reviews] == [("google", "billing", 4), ("yelp", "parking-and-access", None)]


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "the file is empty"),
        (b"URL;Date;Rating\r\nhttps://g.page/r/x/1;2027-01-04 10:00;2\r\n", "--delimiter"),
        ("URL,Date,Rating\nhttps://g.page/r/x/1,2027-01-04 10:00,2\nCafé".encode("cp1252"), "line 3 is not UTF-8"),
        (b"PK\x03\x04\x00\x00", "looks like a spreadsheet"),
        (b"Reviewer,Review\r\nPat,great\r\n", "no column for url, received"),
    ],
)
def test_files_that_cannot_be_imported_say_why(root, data, words):
    before = snapshot(root)
    result = run_import(root, data, "--platform", "google")
    assert result.exit_code == 1 and words in result.output and "nothing was written" in result.output
    assert snapshot(root) == before


def test_a_semicolon_export_imports_with_its_delimiter_and_a_bom(root):
    rows = [{"URL": "https://g.page/r/x/1", "Date": "2027-01-04 10:00", "Rating": "2", "Name": "Carla Mendes"}]
    data = b"\xef\xbb\xbf" + export(rows, delimiter=";").encode("utf-8")
    result = run_import(root, data, "--platform", "google", "--delimiter", ";")
    assert result.exit_code == 0, result.output
    assert "Carla" not in everything_written(root)


def test_dry_run_writes_nothing(root):
    before = snapshot(root)
    result = run_import(root, export(google_rows()), "--platform", "google", "--dry-run")
    assert result.exit_code == 0 and "4 review(s) would be logged" in result.stdout
    assert snapshot(root) == before


# --- no message repeats a cell the import leaves out -----------------------------------------------------------
# Whatever a left-out cell holds (a name, the review's words, an unknown column, a cell past the header), a
# message about another cell quotes that cell only when the quote repeats none of them; else it names the column.

LEFT_OUT_ROWS = [
    # (what the row says, the left-out cell, the read cells that would be quoted, the message's opening)
    ("a number equal to the date", {"Reviewer": "0000"}, {"Date": "0000"}, "received: the 'Date' cell is not a date and time"),
    ("a number inside the date", {"Review Text": "0000"}, {"Date": "x00000x"}, "received: the 'Date' cell is not a date and time"),
    ("the date a fragment of the text", {"Review Text": "knee op 4567 failed"}, {"Date": "4567"}, "received: the 'Date' cell is not a date and time"),
    ("a name as the rating", {"Reviewer": "Carla Mendes"}, {"Rating": "Carla"}, "rating: the 'Rating' cell is not 1 to 5"),
    ("one digit as the rating", {"Reviewer": "7"}, {"Rating": "7"}, "rating: the 'Rating' cell is not 1 to 5"),
    ("a short name as the link", {"Reviewer": "Al"}, {"URL": "Al"}, "url: the 'URL' cell is not an https:// address"),
    ("the text as the link", {"Review Text": TEXTS[0]}, {"URL": TEXTS[0]}, "url: the 'URL' cell is not an https:// address"),
    ("a word as the platform", {"Review Text": "knee"}, {"Platform": "knee"}, "platform: the 'Platform' cell is not one of"),
    ("a word as the scenario", {"Email": "pat@x.test"}, {"Scenario": "pat@x.test"}, "scenario: the 'Scenario' cell is not one of"),
    ("a date, ambiguous", {"Phone": "01/04/2027"}, {"Date": "01/04/2027"}, "received: the 'Date' cell could be day/month or month/day: add --date-order"),
    ("a time the clocks skip", {"Reviewer": "02:30"}, {"Date": "2027-03-14 02:30"}, "received: the 'Date' cell is a time the clocks skip or repeat in America/Chicago"),
    ("a time read from the date", {"Reviewer": "02:15"}, {"Date": "03/14/2027 2:15 AM"}, "received: the 'Date' cell is a time the clocks skip"),
    ("a year past the horizon", {"Profile URL": "2207"}, {"Date": "2207-01-04 10:00"}, "received: the 'Date' cell is outside the planning horizon"),
    ("an unknown column", {"Kommentar": "Knie kaputt"}, {"Rating": "Knie kaputt"}, "rating: the 'Rating' cell is not 1 to 5"),
    ("a reply date", {"Owner Response": "2027-01-02 10:00x"}, {"Reply Date": "2027-01-02 10:00x"}, "answered: the 'Reply Date' cell is not a date and time"),
]


@pytest.mark.parametrize("left_out, read, opening", [row[1:] for row in LEFT_OUT_ROWS], ids=[row[0] for row in LEFT_OUT_ROWS])
def test_a_message_names_the_column_when_its_cell_repeats_a_left_out_cell(root, left_out, read, opening):
    base = {"URL": "https://g.page/r/x/review/1", "Date": "2027-01-04 10:00", "Rating": "2"}
    row = {**base, **read, **left_out}
    result = run_import(root, export([row]), "--platform", "google")
    assert result.exit_code == 1
    assert f"export.csv:2: {opening}" in result.stderr, result.stderr
    said = result.output.replace(str(root.parent / "export.csv"), "export.csv")
    for secret in left_out.values():
        assert secret.casefold() not in said.casefold()
    # the same cell with nothing left out beside it is quoted, so the author sees what to fix
    clean = run_import(root, export([{**base, **read}]), "--platform", "google")
    assert clean.exit_code == 1 and "export.csv:2: " in clean.stderr and " cell " not in clean.stderr


def test_a_left_out_cell_in_another_row_or_past_the_header_is_not_quoted_either(root):
    rows = "URL,Date,Rating,Reviewer\r\nhttps://g.page/r/x/1,2027-01-04 10:00,2,0000\r\nhttps://g.page/r/x/2,0000,2,Pat\r\nhttps://g.page/r/x/3,9999,2,Lee,9999\r\n"
    result = run_import(root, rows, "--platform", "google")
    assert "export.csv:3: received: the 'Date' cell is not a date and time" in result.stderr
    assert "export.csv:4: received: the 'Date' cell is not a date and time" in result.stderr
    said = result.output.replace(str(root.parent / "export.csv"), "export.csv")
    assert "0000" not in said and "9999" not in said


def test_a_link_that_is_also_a_left_out_cell_is_not_logged(root):
    rows = [{"URL": "https://www.yelp.com/user_details?userid=Carla", "Date": "2027-01-04 10:00", "Rating": "2", "Profile URL": "https://www.yelp.com/user_details?userid=Carla"}]
    result = run_import(root, export(rows), "--platform", "yelp")
    assert result.exit_code == 1 and "export.csv:2: the link is also in a column left out of the log" in result.stderr
    assert "Carla" not in result.output and "Carla" not in everything_written(root)


def test_only_the_first_problems_of_a_file_are_checked_for_quoting(root):
    """Each check reads every left-out cell: past Withheld.QUOTES problems a message names the column."""
    rows = [{"URL": "https://g.page/r/x/1", "Date": f"bad{n}", "Rating": "2", "Reviewer": "Pat"} for n in range(importer.Withheld.QUOTES + 5)]
    problems = [message for _, message in importer.parse_csv(export(rows), TZ, platform="google").problems]
    assert problems[0] == "received: 'bad0' is not a date and time"
    assert problems[-1] == "received: the 'Date' cell is not a date and time"
    assert sum("'bad" in message for message in problems) == importer.Withheld.QUOTES


TZ = ZoneInfo("America/Chicago")
TRICKY = ["0000", "7", "Al", "addr", "knee", "02:30", "2027-03-14 02:30", "01/04/2027", "2027-01-04 10:00", "https://g.page/r/x/1", "google", "none", " ", ""]
cells = st.one_of(st.sampled_from(TRICKY), st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))


def _problems(rows, order, quotes: int | None = None) -> list[tuple[int, str]]:
    if quotes is None:
        return importer.parse_csv(export(rows), TZ, platform="google", date_order=order).problems
    saved, importer.Withheld.QUOTES = importer.Withheld.QUOTES, quotes
    try:
        return importer.parse_csv(export(rows), TZ, platform="google", date_order=order).problems
    finally:
        importer.Withheld.QUOTES = saved


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    st.lists(st.fixed_dictionaries({"Reviewer": cells, "Review Text": cells, "Date": cells, "URL": cells, "Rating": cells}), min_size=1, max_size=6),
    st.sampled_from([None, "mdy", "dmy"]),
)
@example(
    [
        {"Reviewer": "0000", "Review Text": "", "Date": "2027-01-04 10:00", "URL": "https://g.page/r/x/1", "Rating": "1"},
        {"Reviewer": "", "Review Text": "", "Date": "0000", "URL": "https://g.page/r/x/2", "Rating": "1"},
    ],
    None,
)
@example([{"Reviewer": "", "Review Text": "0000", "Date": "00000", "URL": "https://g.page/r/x/1", "Rating": "1"}], None)
@example([{"Reviewer": "", "Review Text": "addr", "Date": "", "URL": "", "Rating": ""}], None)
@example([{"Reviewer": "02:30", "Review Text": "", "Date": "2027-03-14 02:30", "URL": "https://g.page/r/x/1", "Rating": "1"}], None)
def test_any_export_parses_without_crashing_and_never_keeps_private_cells(rows, order):
    parsed = importer.parse_csv(export(rows), TZ, platform="google", date_order=order)
    private = {" ".join(cell.split()).casefold() for row in rows for cell in (row["Reviewer"], row["Review Text"])} - {""}
    # Every message says a private cell only where the same message naming the column instead says it too.
    named = dict(_problems(rows, order, quotes=0))
    assert [number for number, _ in parsed.problems] == list(named)
    for number, message in parsed.problems:
        said = " ".join(message.split()).casefold()
        plain = " ".join(named[number].split()).casefold()
        assert not [secret for secret in private if secret in said and secret not in plain], message
        assert named[number] == message or " cell " in named[number]
    by_number = {n: row for n, row in enumerate(rows, start=2)}
    for row in parsed.rows:
        assert row.url == by_number[row.number]["URL"].strip() and " ".join(row.url.split()).casefold() not in private
        assert row.received.tzinfo is not None and row.rating in (None, 1, 2, 3, 4, 5)


def test_a_long_or_multiline_review_text_is_dropped_and_rows_keep_their_file_lines(root):
    rows = [
        {"URL": "https://g.page/r/x/1", "Date": "2027-01-04 10:00", "Rating": "2", "Review Text": "My knee " * 40_000},  # past csv's 131,072 default
        {"URL": "https://g.page/r/x/2", "Date": "bad", "Rating": "2", "Review Text": "first line\r\nsecond line\r\nthird"},
        {"URL": "https://g.page/r/x/3", "Date": "worse", "Rating": "2", "Review Text": "one line"},
    ]
    limit = csv.field_size_limit()
    result = run_import(root, export(rows), "--platform", "google")
    assert result.exit_code == 1, result.output
    assert "export.csv:3: received: 'bad'" in result.stderr and "export.csv:6: received: 'worse'" in result.stderr
    assert [r.url for r in load_corpus(root).reviews.reviews] == ["https://g.page/r/x/1"]
    assert "knee" not in everything_written(root) and csv.field_size_limit() == limit
