"""FM020-FM022: dates outside the planning horizon, wall-clock times a clock change skips or repeats,
and posts dated too far from today (the hostile variants are in tests/test_hostile_dates.py)."""

from __future__ import annotations

from playbook.model import Event

from tests.conftest import GOOD_POST
from tests.rules.harness import Cases, at, post
from tests.rules.test_frontmatter import CLEAN, edit, files

PUBLISH = "2027-01-13 12:00"


def published(value: str) -> dict:
    return files(edit(PUBLISH, value))


def with_field(line: str) -> dict:
    return files(edit("author: jlee", f"author: jlee\n{line}"))


def event(start: str):
    return post(event=Event("Riverbend 5K", at(start), None, "Riverside Park", "https://riverbend5k.test/"))


CASES = {
    "FM020": Cases(
        trigger=[
            published("9999-12-31 23:59-05:00"),
            published("0001-01-01 00:00+05:00"),
            published("2400-01-13 12:00"),
            with_field("news: {url: https://cdc.gov/flu, date: 1999-12-31}"),
            files(GOOD_POST, checks="as_of: 2101-01-01\n"),
            files(GOOD_POST, campaigns="- {id: heart-month, name: Heart, from: 0999-02-01, to: 2027-02-28}\n"),
        ],
        clean=CLEAN + [published("2000-01-01 09:00"), published("2100-12-31 09:00"), files(GOOD_POST, checks="as_of: 2030-06-01\n")],
    ),
    "FM021": Cases(
        trigger=[
            published("2027-03-14 02:30"),
            published("2027-03-14 02:00"),
            published("2027-11-07 01:30"),
            with_field('event: {name: Walk, start: "2027-11-07 01:15", location: Park, url: "https://riverbend5k.test/"}'),
        ],
        clean=CLEAN + [published("2027-11-07 01:30-05:00"), published("2027-11-07 01:30-06:00"), published("2027-03-14 03:00"), published("2027-03-14 02:30Z")],
    ),
    "FM022": Cases(
        trigger=[post(publish="2099-01-04 09:00"), post(publish="2037-01-21 09:00"), event("2090-05-01 08:00")],
        clean=[post(publish="2027-03-02 09:00"), post(publish="2036-12-31 09:00"), post(publish="2010-03-02 09:00"), event("2027-05-01 08:00")],
    ),
}
