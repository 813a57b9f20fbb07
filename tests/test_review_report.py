"""The review log on the site: numbers (rate, median, 90th percentile, ratings), the report section, the library's usage."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.check import check_project
from playbook.reviews.model import Review, ReviewLog
from playbook.reviews.times import ALL, percentile, rating_months, response_rows, template_usage
from playbook.site.library import library_page
from playbook.site.report import report_markdown
from playbook.site.reviews import duration, ratings_chart

from tests.rules.harness import TZ

_numbers = itertools.count(1)


def review(received: str, hours: float | None, rating: int | None = 5, platform: str = "google", template: str = "rb-x") -> Review:
    n = [next(_numbers)]
    start = dt.datetime.fromisoformat(received).replace(tzinfo=TZ)
    answered = start + dt.timedelta(hours=hours) if hours is not None else None
    scenario = "positive-review" if rating and rating > 3 else "negative-review"
    return Review(f"rv-{n[0]}", platform, f"https://g.page/r/x/{n[0]}", start, rating, scenario, answered, template if answered else "", "jlee" if answered else "")


@pytest.mark.parametrize(
    "values, q, expected",
    [([], 0.5, None), ([3.0], 0.9, 3.0), ([1, 2, 3, 4], 0.5, 2), ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9), ([5, 1, 4, 2, 3], 0.5, 3), ([1, 2], 0.9, 2)],
)
def test_percentile_is_nearest_rank(values, q, expected):
    assert percentile(list(values), q) == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=1e4, allow_nan=False), min_size=1, max_size=50), st.floats(min_value=0.01, max_value=1))
def test_percentile_is_a_measured_value_with_q_of_them_at_or_below(values, q):
    p = percentile(values, q)
    assert p in values
    assert sum(1 for v in values if v <= p) >= q * len(values) - 1e-9


def test_response_rows_per_platform_and_month_with_totals():
    log = ReviewLog((
        review("2027-01-04 09:00", 2), review("2027-01-05 09:00", 10), review("2027-01-06 09:00", None, 2),
        review("2027-01-07 09:00", 30, 1, "yelp"), review("2027-02-01 09:00", 1),
    ))  # fmt: skip
    rows = {(r.month, r.platform): r for r in response_rows(log, TZ)}
    assert list(rows) == [("2027-01", "google"), ("2027-01", "yelp"), ("2027-01", ALL), ("2027-02", "google"), ("2027-02", ALL)]
    google = rows[("2027-01", "google")]
    assert (google.received, google.answered, round(google.rate, 3), google.median_hours, google.p90_hours) == (3, 2, 0.667, 2, 10)
    total = rows[("2027-01", ALL)]
    assert (total.received, total.answered, total.median_hours, total.p90_hours, total.negative, total.negative_in_time) == (4, 3, 10, 30, 2, 1)


def test_rating_months_include_empty_months_and_unrated_reviews():
    log = ReviewLog((review("2026-12-04 09:00", 1, 5), review("2026-12-05 09:00", 1, 4), review("2027-02-01 09:00", 1, None)))
    months = rating_months(log, TZ)
    assert [(m.month, m.counts, m.unrated, m.average) for m in months] == [
        ("2026-12", (0, 0, 0, 1, 1), 0, 4.5),
        ("2027-01", (0, 0, 0, 0, 0), 0, None),
        ("2027-02", (0, 0, 0, 0, 0), 1, None),
    ]
    chart = ratings_chart(months)
    assert "December 2026 4.5 from 2" in chart.description
    assert [row.header for row in chart.table.rows] == ["December 2026", "January 2027", "February 2027"]
    assert [c.text for c in chart.table.rows[0].cells] == ["2", "4.5", "0", "0", "0", "1", "1", "0"]


def test_template_usage_counts_answers_and_the_last_day():
    log = ReviewLog((review("2027-01-04 09:00", 2, template="a"), review("2027-01-09 09:00", 30, template="a"), review("2027-01-05 09:00", 1, template="b"), review("2027-01-06 09:00", None)))
    assert {k: (u.count, u.last.isoformat()) for k, u in template_usage(log, TZ).items()} == {"a": (2, "2027-01-10"), "b": (1, "2027-01-05")}


@pytest.mark.parametrize("hours, text", [(None, "–"), (0.25, "15 min"), (5.24, "5.2 hours"), (47.9, "47.9 hours"), (60, "2.5 days")])
def test_durations_read_at_a_glance(hours, text):
    assert duration(hours) == text


def test_the_report_shows_open_reviews_oldest_first_with_links_and_time_left(sample_report):
    page = report_markdown(sample_report)
    section = page[page.index("## Reviews") :]
    rows = re.findall(r'<tr><td><a href="([^"]+)"[^>]*>([^<]+)</a></td>.*?<td>(?:<strong>)?([^<]+)(?:</strong>)?</td></tr>', section)
    assert [(label, left) for _, label, left in rows] == [
        ("Facebook review rv-2027-01-06", "no deadline (not a negative review)"),
        ("Google review rv-2027-01-07", "due today (Wed 20 Jan)"),
        ("Yelp review rv-2027-01-08", "due in 1 business day (Thu 21 Jan)"),
        ("Google review rv-2027-01-09", "due in 2 business days (Fri 22 Jan)"),
    ]
    assert all(url.startswith("https://") for url, _, _ in rows)
    assert '<th scope="row">November 2026</th><td><strong>All platforms</strong></td><td class="pb-num">13</td><td class="pb-num">13</td><td class="pb-num">100%</td>' in section
    assert 'id="chart-ratings-per-month"' in section and "Show the numbers as a table" in section


def test_the_library_says_how_often_each_template_was_used(sample_report):
    page = library_page(sample_report)
    assert "Used for 25 logged replies, last on 13 Jan 2027" in page  # the positive-review thank-you
    assert "Not used for a logged reply yet" in page


def test_without_a_log_the_report_and_library_say_nothing_of_reviews(project):
    report = check_project(project)
    assert "## Reviews" not in report_markdown(report)
    assert "logged repl" not in library_page(report)
