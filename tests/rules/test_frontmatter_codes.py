"""FM018 and the codes FM005 was split into (FM042-FM049): whole files in a throwaway practice."""

from __future__ import annotations

from tests.conftest import PRACTICE, SERIES, TEAM
from tests.rules.harness import Cases, named
from tests.rules.test_frontmatter import CLEAN, edit, files

CADENCE = "channels:\n  instagram: {per_week: 2, max_gap_days: 5}\n"
REVIEW = """\
- id: rv-2027-01-01
  platform: google
  url: https://g.page/r/x/review/1
  received: 2027-01-04 09:00
  rating: 2
  scenario: wait-time
"""
SECOND_REVIEW = REVIEW.replace("rv-2027-01-01", "rv-2027-01-02").replace("review/1", "review/2").replace("01-04", "01-05")
MKDOCS = "site_name: Social Media Playbook\ndocs_dir: {}\n"


def post(old: str, new: str) -> dict:
    return files(edit(old, new))


def review_log(text: str, name: str = "2027-01.yml") -> dict:
    return {**files(), f"plans/reviews/{name}": text}


def checks(rules: str) -> dict:
    return files(checks="as_of: 2027-01-05\nrules:\n" + rules)


def mkdocs(text: str | None) -> dict:
    return {**files(), "mkdocs.yml": text} if text is not None else files()


CASES = {
    "FM018": Cases(
        trigger=[
            named("`docs_dir: docs` in mkdocs.yml, with the posts in `content/`.", mkdocs(MKDOCS.format("docs"))),
            named("a mkdocs.yml without a `docs_dir` line.", mkdocs("site_name: Social Media Playbook\n")),
            mkdocs(MKDOCS.format("content/posts")),
            mkdocs(MKDOCS.format("../content")),
        ],
        clean=[
            named("a practice without mkdocs.yml (`playbook check` alone).", CLEAN[0]),
            *CLEAN[1:],
            mkdocs(MKDOCS.format("content")),
            mkdocs(MKDOCS.format("./content/")),
            mkdocs(MKDOCS.format("!ENV [PLAYBOOK_DOCS, content]")),
        ],
    ),
    "FM042": Cases(
        trigger=[
            post("status: draft", "status: done"),
            post("guideline: personality", "guideline: expertise"),
            named("a person with `roles: [author, editor]` in plans/team.yml.", files(team=TEAM.replace("roles: [author]", "roles: [author, editor]"))),
            checks("  severity: {PER002: loud}\n"),
            review_log(REVIEW.replace("platform: google", "platform: gogle")),
        ],
        clean=[*CLEAN, checks("  severity: {PER002: info}\n"), review_log(REVIEW)],
    ),
    "FM043": Cases(
        trigger=[
            files(cadence=CADENCE.replace("per_week: 2", "per_week: .inf")),
            files(cadence=CADENCE + "planning_horizon_days: 99999999999\n"),
            named("`rating: 6` in the review log.", review_log(REVIEW.replace("rating: 2", "rating: 6"))),
            files(checks="as_of: 2027-01-05\nreviews:\n  closed: [" + ", ".join(["2027-01-01"] * 401) + "]\n"),
        ],
        clean=[*CLEAN, files(cadence=CADENCE), review_log(REVIEW.replace("rating: 2", "rating: 5")), review_log(REVIEW.replace("rating: 2", "rating: two"))],  # text is FM005
    ),
    "FM044": Cases(
        trigger=[
            post("uid: test-0001", "uid: my post"),
            post("author: jlee", 'author: jlee\nwaivers: [{rule: Readability score, reason: "Quotes the recall notice word for word"}]'),
            named('a series with `rrule: "FREQ=HOURLY"` in plans/series.yml.', files(series=SERIES.replace("FREQ=WEEKLY;BYDAY=WE", "FREQ=HOURLY"))),
            files(team=TEAM.replace("emails: [jordan.lee@clinic.test]", "emails: [jordan at clinic]")),
            review_log(REVIEW.replace("id: rv-2027-01-01", "id: rv 1")),
        ],
        clean=[*CLEAN, post("uid: test-0001", "uid: rb-2027.0007_a"), files(series=SERIES.replace("FREQ=WEEKLY;BYDAY=WE", "FREQ=WEEKLY;BYDAY=WE;INTERVAL=2"))],
    ),
    "FM045": Cases(
        trigger=[
            named("two people with the same `id:` in plans/team.yml.", files(team=TEAM + "  - {id: jlee, name: Jordan Lee Two, roles: [author]}\n")),
            named("two campaigns with the same `id:`.", files(campaigns="- {id: c, name: C, from: 2027-02-01, to: 2027-02-28}\n- {id: c, name: D, from: 2027-03-01, to: 2027-03-31}\n")),
            named("the same review `url` in two entries of plans/reviews/2027-01.yml.", review_log(REVIEW + REVIEW.replace("rv-2027-01-01", "rv-2027-01-09"))),
            review_log(REVIEW + SECOND_REVIEW.replace("rv-2027-01-02", "rv-2027-01-01")),
        ],
        clean=[*CLEAN, named("every id written once.", review_log(REVIEW + SECOND_REVIEW)), files(team=TEAM + "  - {id: jlee2, name: Jordan Lee Two, roles: [author]}\n")],
    ),
    "FM046": Cases(
        trigger=[
            post("author: jlee", "author: jlee\nsources: [cdc dot gov]"),
            post("author: jlee", "author: jlee\nsources: [not a link]"),
            files(practice=PRACTICE + "playbook_url: https://playbook.other-practice.test/\n"),
            review_log(REVIEW.replace("url: https://g.page/r/x/review/1", "url: g.page/r/x")),
        ],
        clean=[*CLEAN, post("author: jlee", "author: jlee\nsources: [https://www.cdc.gov/falls/]"), files(practice=PRACTICE + "playbook_url: https://playbook.clinic.test/\n")],
    ),
    "FM047": Cases(
        trigger=[
            checks("  ignore: [PHI003]\n"),
            checks("  severity: {PHI: warning}\n"),
            checks("  ignore: [S]\n"),
            checks("  severity: {PH: info}\n"),
            checks("  ignore: [FM001]\n"),
            checks("  severity: {FM: info}\n"),
            post("author: jlee", 'author: jlee\nwaivers: [{rule: SEC002, reason: "The embed is from our own site"}]'),
        ],
        clean=[*CLEAN, checks("  severity: {PHI004: error}\n"), checks("  ignore: [PER003]\n"), checks("  severity: {FM041: info}\n")],
    ),
    "FM048": Cases(
        trigger=[
            checks("  thresholds: {CON004: {min_hours_apart: 10000000000000}}\n"),
            checks("  thresholds: {PER002: {max_grade: .nan}}\n"),
            checks('  thresholds: {PER002: {max_grade: "ten"}}\n'),
            checks("  thresholds: {PHI004: {region: XX}}\n"),
        ],
        clean=[*CLEAN, checks("  thresholds: {PER002: {max_grade: 10.0}}\n"), checks("  thresholds: {CH001: {x: 200}}\n")],
    ),
    "FM049": Cases(
        trigger=[
            named("a review log named `plans/reviews/january.yml`.", review_log(REVIEW, "january.yml")),
            review_log(REVIEW, "2027-01.yaml"),
            named("an entry with `received: 2027-02-04 09:00` in plans/reviews/2027-01.yml.", review_log(REVIEW.replace("received: 2027-01-04", "received: 2027-02-04"))),
        ],
        clean=[
            *CLEAN,
            named("an entry with `received: 2027-01-04 09:00` in plans/reviews/2027-01.yml.", review_log(REVIEW)),
            review_log(REVIEW.replace("01-04", "02-04"), "2027-02.yml"),
            review_log(REVIEW.replace("received: 2027-01-04 09:00", 'received: "2027-02-01 02:00+01:00"')),
        ],  # January 31 in Chicago
    ),
}
