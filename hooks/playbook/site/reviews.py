"""The report's review section: open reviews oldest first, response times per platform and month,
and ratings over time as a chart with the same numbers as a table.

The numbers come from reviews/times.py and the due days from reviews/queue.py, the modules the
REV rules and the feed use. Nothing of a review but its platform, link, dates, stars and scenario
exists to be shown: the log holds nothing else.
"""

from __future__ import annotations

import datetime as dt

from ..check import Report
from ..reviews.queue import open_in
from ..reviews.times import ALL, RatingMonth, ResponseRow, rating_months, response_rows
from .chart_shapes import FONT, WIDTH, Cell, Chart, Line, Rect, Row, Table, Text, empty_chart, num
from .labels import PLATFORM_LABELS
from .render import render

RATINGS = "ratings-per-month"
RATINGS_HEADING = "Ratings over time"
RATINGS_TITLE = "Average star rating of the reviews received each month"


def month_label(month: str) -> str:
    return dt.date.fromisoformat(month + "-01").strftime("%B %Y")


def duration(hours: float | None) -> str:
    """'45 min', '5.2 hours', '2.3 days': what a person reads at a glance."""
    if hours is None:
        return "–"
    if hours < 1:
        return f"{round(hours * 60)} min"
    if hours < 48:
        return f"{hours:.1f} hours"
    return f"{hours / 24:.1f} days"


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def ratings_chart(months: list[RatingMonth]) -> Chart:
    """A bar per month at its average rating (0 to 5 stars), labelled with the average and the count."""
    table = Table(
        "Reviews received per month by star rating",
        ("Month", "Reviews", "Average rating", "1 star", "2 stars", "3 stars", "4 stars", "5 stars", "No stars"),
        tuple(
            Row(
                month_label(m.month),
                (
                    Cell(str(m.rated + m.unrated), True),
                    Cell(f"{m.average:.1f}" if m.average is not None else "–", True),
                    *(Cell(str(n), True) for n in m.counts),
                    Cell(str(m.unrated), True),
                ),
            )
            for m in months
        ),
    )
    caption = (
        "Each bar is the average star rating of the reviews received that month, on every platform; "
        "the number under it counts the reviews with stars. Reviews without stars (some platforms have none) are in the table only."
    )
    if not months:
        return empty_chart(RATINGS, RATINGS_HEADING, RATINGS_TITLE, caption, table)
    left, right, top, plot_h = 44.0, 12.0, 16.0, 160.0
    slot = min(90.0, (WIDTH - left - right) / len(months))
    width = max(WIDTH, left + slot * len(months) + right)
    bottom = top + plot_h
    bar = slot * 0.6

    def y(stars: float) -> float:
        return bottom - plot_h * stars / 5

    marks: list = []
    for stars in range(0, 6):
        marks.append(Line(num(left), num(y(stars)), num(width - right), num(y(stars)), "pb-chart-grid"))
        marks.append(Text(num(left - 6), num(y(stars) + 4), f"{stars}★" if stars else "0", "pb-chart-tick", "end"))
    for index, month in enumerate(months):
        x = left + index * slot + (slot - bar) / 2
        centre = x + bar / 2
        if month.average is not None:
            marks.append(Rect(num(x), num(y(month.average)), num(bar), num(bottom - y(month.average)), "pb-chart-bar pb-chart-bar--weekly"))
            marks.append(Text(num(centre), num(y(month.average) - 5), f"{month.average:.1f}", "pb-chart-value", "middle"))
        else:
            marks.append(Text(num(centre), num(bottom - 6), "no stars", "pb-chart-note", "middle"))
        marks.append(Text(num(centre), num(bottom + 16), dt.date.fromisoformat(month.month + "-01").strftime("%b"), "pb-chart-tick", "middle"))
        marks.append(Text(num(centre), num(bottom + 30), f"{month.rated} rated", "pb-chart-value", "middle"))
        if index == 0 or month.month.endswith("-01"):
            marks.append(Text(num(centre), num(bottom + 44), month.month[:4], "pb-chart-tick", "middle"))
    marks.append(Line(num(left), num(bottom), num(width - right), num(bottom), "pb-chart-axis"))
    rated = [m for m in months if m.average is not None]
    words = "; ".join(f"{month_label(m.month)} {m.average:.1f} from {m.rated}" for m in rated) or "no review had stars"
    description = f"Average star rating per month, {month_label(months[0].month)} to {month_label(months[-1].month)}: {words}."
    return Chart(RATINGS, RATINGS_HEADING, RATINGS_TITLE, description, caption, num(width), num(bottom + 52 + FONT / 2), tuple(marks), table)


def _row_view(row: ResponseRow) -> dict:
    return {
        "month": month_label(row.month),
        "platform": "All platforms" if row.platform == ALL else PLATFORM_LABELS.get(row.platform, row.platform),
        "total": row.platform == ALL,
        "received": row.received,
        "answered": row.answered,
        "rate": _percent(row.rate),
        "median": duration(row.median_hours),
        "p90": duration(row.p90_hours),
        "in_time": f"{row.negative_in_time} of {row.negative}" if row.negative else "–",
    }


def reviews_markdown(report: Report) -> str:
    """The review section appended to the report page ('' when the practice keeps no log)."""
    log = report.corpus.reviews
    if not log.reviews:
        return ""
    tz = report.corpus.plans.tz
    waiting = [
        {
            "id": o.review.id,
            "url": o.review.url,
            "platform": PLATFORM_LABELS.get(o.review.platform, o.review.platform),
            "stars": f"{o.review.rating}★" if o.review.rating is not None else "no stars",
            "scenario": o.review.scenario,
            "received": f"{o.review.received.astimezone(tz):%a %d %b %Y, %H:%M}",
            "left": o.text(),
            "late": o.late,
        }
        for o in open_in(log, report.today, tz)
    ]
    return render(
        "report_reviews.md.j2",
        waiting=waiting,
        target=log.settings.target_business_days,
        rows=[_row_view(r) for r in response_rows(log, tz)],
        chart=ratings_chart(rating_months(log, tz)),
        today=report.today.isoformat(),
    )
