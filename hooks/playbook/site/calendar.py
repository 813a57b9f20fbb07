"""Calendar pages: one grid per month, an index of months, and the next-14-days agenda.

The data is shaped here (weeks of days holding posts, open slots and events);
the markup is in templates/calendar_*.j2.
"""

from __future__ import annotations

import calendar as pycalendar
import datetime as dt
from dataclasses import dataclass, field

from .. import horizon
from ..check import Report
from ..model import Post
from ..slots import Slot, open_slots
from .labels import GUIDELINE_LABELS, GUIDELINE_PAGES, STATUS_LABELS, channel_label
from .render import relative_url, render

WEEKDAYS = [("Mon", "Monday"), ("Tue", "Tuesday"), ("Wed", "Wednesday"), ("Thu", "Thursday"), ("Fri", "Friday"), ("Sat", "Saturday"), ("Sun", "Sunday")]
UPCOMING_DAYS = 14


@dataclass(frozen=True)
class Entry:
    """One line in a day: a post, an open slot or a community event."""

    kind: str  # "post" | "slot" | "event"
    time: str
    title: str
    channels: str
    guideline: str
    status: str = ""
    url: str = ""
    place: str = ""

    @property
    def guideline_label(self) -> str:
        return GUIDELINE_LABELS.get(self.guideline, self.guideline)


@dataclass
class Day:
    date: dt.date | None
    entries: list[Entry] = field(default_factory=list)


def month_uri(month: tuple[int, int]) -> str:
    return f"calendar/{month[0]:04d}-{month[1]:02d}.md"


def month_title(month: tuple[int, int]) -> str:
    return dt.date(month[0], month[1], 1).strftime("%B %Y")


def _shift(month: tuple[int, int], delta: int) -> tuple[int, int]:
    index = month[0] * 12 + month[1] - 1 + delta
    return index // 12, index % 12 + 1


class CalendarPages:
    """Everything the calendar pages need, indexed once by local date."""

    def __init__(self, report: Report):
        self.report = report
        plans = report.corpus.plans
        self.plans = plans
        self.tz = plans.tz
        self.today = report.today
        self.posts = sorted(report.corpus.posts, key=lambda p: (p.publish, p.uid))
        dates = [self._local(p.publish).date() for p in self.posts]
        # Months from the first to the last post, but never beyond the planning window around
        # today: a post dated decades away must not make decades of month pages.
        first = horizon.clamp(min(dates, default=self.today), self.today)
        last = horizon.clamp(max(dates, default=self.today), self.today)
        self.left_off = sum(1 for day in dates if horizon.clamp(day, self.today) != day)
        self.months = self._month_range((first.year, first.month), (last.year, last.month))
        self.by_date: dict[dt.date, list[Entry]] = {}
        for post in self.posts:
            self._add(self._local(post.publish).date(), self._post_entry(post))
            if post.event and post.status != "cancelled":
                start = self._local(post.event.start)
                self._add(start.date(), Entry("event", start.strftime("%H:%M"), post.event.name or post.title, "", "community", url=post.page_uri, place=post.event.location))
        # Open slots from today on: slots in the past are history, not work to do.
        end = dt.date(*_shift(self.months[-1], 1), 1)
        for slot in open_slots(plans, report.corpus.posts, max(self.today, dt.date(*self.months[0], 1)), end):
            self._add(slot.date, self._slot_entry(slot))
        for entries in self.by_date.values():
            entries.sort(key=lambda e: (e.time, {"event": 0, "post": 1, "slot": 2}[e.kind], e.title))
        self.by_month: dict[tuple[int, int], list[Entry]] = {}
        for day in sorted(self.by_date):
            self.by_month.setdefault((day.year, day.month), []).extend(self.by_date[day])

    def _local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self.tz)

    def _add(self, day: dt.date, entry: Entry) -> None:
        self.by_date.setdefault(day, []).append(entry)

    @staticmethod
    def _month_range(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
        months, month = [], first
        while month <= last:
            months.append(month)
            month = _shift(month, 1)
        return months

    def _post_entry(self, post: Post) -> Entry:
        return Entry(
            "post",
            self._local(post.publish).strftime("%H:%M"),
            post.title,
            ", ".join(channel_label(c) for c in post.channels),
            post.guideline,
            post.status,
            post.page_uri,
        )

    def _slot_entry(self, slot: Slot) -> Entry:
        return Entry("slot", slot.start.strftime("%H:%M"), slot.name, ", ".join(channel_label(c) for c in slot.channels), slot.guideline)

    # -- pages ------------------------------------------------------------------------------
    def weeks(self, month: tuple[int, int]) -> list[list[Day]]:
        grid = pycalendar.Calendar(firstweekday=0).monthdatescalendar(*month)
        return [[Day(d if d.month == month[1] else None, self.by_date.get(d, []) if d.month == month[1] else []) for d in week] for week in grid]

    def month_page(self, month: tuple[int, int]) -> str:
        src = month_uri(month)
        index = self.months.index(month)
        previous = self.months[index - 1] if index > 0 else None
        following = self.months[index + 1] if index + 1 < len(self.months) else None
        return render(
            "calendar_month.md.j2",
            title=month_title(month),
            weeks=self.weeks(month),
            weekdays=WEEKDAYS,
            today=self.today,
            previous=previous and {"title": month_title(previous), "url": relative_url(month_uri(previous), src)},
            following=following and {"title": month_title(following), "url": relative_url(month_uri(following), src)},
            index_url=relative_url("calendar/index.md", src),
            counts=self._counts(self.by_month.get(month, [])),
            legend=self._legend(src),
            src=src,
            status_labels=STATUS_LABELS,
        )

    def _counts(self, entries: list[Entry]) -> dict:
        posts = [e for e in entries if e.kind == "post" and e.status != "cancelled"]
        return {
            "posts": len(posts),
            "slots": sum(1 for e in entries if e.kind == "slot"),
            "events": sum(1 for e in entries if e.kind == "event"),
            "by_guideline": [(GUIDELINE_LABELS[g], g, sum(1 for e in posts if e.guideline == g)) for g in GUIDELINE_LABELS],
        }

    def _legend(self, src: str) -> list[dict]:
        return [{"id": g, "label": label, "url": relative_url(GUIDELINE_PAGES[g], src)} for g, label in GUIDELINE_LABELS.items()]

    def index_page(self) -> str:
        src = "calendar/index.md"
        rows = []
        for month in self.months:
            rows.append({"title": month_title(month), "url": relative_url(month_uri(month), src), "counts": self._counts(self.by_month.get(month, [])), "current": month == (self.today.year, self.today.month)})
        return render(
            "calendar_index.md.j2",
            rows=rows,
            guidelines=list(GUIDELINE_LABELS.items()),
            upcoming_url=relative_url("upcoming.md", src),
            subscribe_url=relative_url("subscribe.md", src),
            left_off=self.left_off,
            window_years=horizon.WINDOW_YEARS,
        )

    def upcoming_page(self) -> str:
        src = "upcoming.md"
        days = []
        for offset in range(UPCOMING_DAYS):
            day = self.today + dt.timedelta(days=offset)
            days.append({"date": day, "entries": self.by_date.get(day, [])})
        return render("calendar_upcoming.md.j2", days=days, today=self.today, end=self.today + dt.timedelta(days=UPCOMING_DAYS - 1), src=src, status_labels=STATUS_LABELS)

    def pages(self) -> dict[str, str]:
        pages = {"calendar/index.md": self.index_page(), "upcoming.md": self.upcoming_page()}
        pages.update({month_uri(m): self.month_page(m) for m in self.months})
        return pages
