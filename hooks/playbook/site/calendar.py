"""Calendar pages: one grid per month, an index of months, and the next-14-days agenda.

The data is shaped here (weeks of days holding posts, open slots and events);
the markup is in templates/calendar_*.j2.
"""

from __future__ import annotations

import calendar as pycalendar
import datetime as dt
import hashlib
from dataclasses import dataclass, field, replace

from markupsafe import Markup

from .. import horizon
from ..check import Report
from ..model import Post
from ..slots import Slot, open_slots
from ..stable import stable_repr
from .filters import FilterGroup
from .labels import GUIDELINE_LABELS, GUIDELINE_PAGES, STATUS_LABELS, channel_label, channel_short
from .marks import Marks, counts_text, marks_for
from .needs import needs_action_markdown
from .render import relative_url, render, source_link

WEEKDAYS = [("Mon", "Monday"), ("Tue", "Tuesday"), ("Wed", "Wednesday"), ("Thu", "Thursday"), ("Fri", "Friday"), ("Sat", "Saturday"), ("Sun", "Sunday")]
UPCOMING_DAYS = 14
WEEK_URI = "calendar/week.md"


@dataclass(frozen=True)
class Entry:
    """One line in a day: a post, an open slot or a community event."""

    kind: str  # "post" | "slot" | "event"
    time: str
    title: str
    channels: tuple[str, ...]
    guideline: str
    status: str = ""
    url: str = ""
    place: str = ""
    author: str = ""  # a team id, for the author filter
    marks: Marks | None = None
    announced: int = 1  # events: how many posts announce it

    @property
    def guideline_label(self) -> str:
        return GUIDELINE_LABELS.get(self.guideline, self.guideline)

    @property
    def channel_names(self) -> list[tuple[str, str]]:
        """(short, full) name of each channel."""
        return [(channel_short(c), channel_label(c)) for c in self.channels]

    @property
    def filter_status(self) -> str:
        """What the status filter matches: a post's status, or 'open-slot' / 'event'."""
        return {"slot": "open-slot", "event": "event"}.get(self.kind, self.status)


@dataclass
class Day:
    date: dt.date | None
    entries: list[Entry] = field(default_factory=list)


def month_uri(month: tuple[int, int]) -> str:
    return f"calendar/{month[0]:04d}-{month[1]:02d}.md"


def month_title(month: tuple[int, int]) -> str:
    return dt.date(month[0], month[1], 1).strftime("%B %Y")


def horizon_month(today: dt.date, months: list[tuple[int, int]]) -> tuple[int, int]:
    """Today's month when the calendar has it, else the nearest month it has."""
    mine = (today.year, today.month)
    return mine if mine in months else min(months, key=lambda m: abs((m[0] * 12 + m[1]) - (mine[0] * 12 + mine[1])))


def _shift(month: tuple[int, int], delta: int) -> tuple[int, int]:
    index = month[0] * 12 + month[1] - 1 + delta
    return index // 12, index % 12 + 1


EXTRA_STATUSES = {"open-slot": "Open slot", "event": "Community event"}


class CalendarPages:
    """Everything the calendar pages need, indexed once by local date."""

    def __init__(self, report: Report, memo=None):
        self.report = report
        self.memo = memo  # site.memo.PostMemo: month pages from the last build, when what they show is the same
        plans = report.corpus.plans
        self.plans = plans
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
        events: dict[tuple, tuple[dt.date, int]] = {}  # one entry per event, however many posts announce it
        for post in self.posts:
            self._add(self._local(post.publish).date(), self._post_entry(post))
            if post.event and post.status != "cancelled":
                start = self._local(post.event.start)
                key = (" ".join((post.event.name or post.title).casefold().split()), post.event.start)
                if key in events:
                    day, index = events[key]
                    first_entry = self.by_date[day][index]
                    self.by_date[day][index] = replace(first_entry, announced=first_entry.announced + 1)
                    continue
                entry = Entry("event", start.strftime("%H:%M"), post.event.name or post.title, (), "community", "", post.page_uri, post.event.location)
                self._add(start.date(), entry)
                events[key] = (start.date(), len(self.by_date[start.date()]) - 1)
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
        return self.plans.local(moment)

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
            tuple(post.channels),
            post.guideline,
            post.status,
            post.page_uri,
            author=post.author,
            marks=marks_for(post, self.report),
        )

    def _slot_entry(self, slot: Slot) -> Entry:
        return Entry("slot", slot.start.strftime("%H:%M"), slot.name, tuple(slot.channels), slot.guideline)

    # -- shared pieces ----------------------------------------------------------------------
    def filters(self, entries: list[Entry]) -> list[FilterGroup]:
        """The filter bar for a page showing `entries`: only values that occur there, in the plans' order."""
        team = self.plans.team
        channels = {c for e in entries for c in e.channels}
        order = list(dict.fromkeys((*self.plans.practice.channels, *sorted(channels))))
        statuses = {e.filter_status for e in entries}
        authors = sorted({e.author for e in entries if e.author}, key=lambda a: (team[a].name if a in team else a, a))
        return [
            FilterGroup("channel", "Channel", tuple((c, channel_label(c)) for c in order if c in channels)),
            FilterGroup("status", "Status", tuple((s, label) for s, label in {**STATUS_LABELS, **EXTRA_STATUSES}.items() if s in statuses)),
            FilterGroup("guideline", "Guideline", tuple((g, label) for g, label in GUIDELINE_LABELS.items() if any(e.guideline == g for e in entries))),
            FilterGroup("author", "Author", tuple((a, team[a].name if a in team else a) for a in authors)),
        ]

    def legend(self, src: str, entries: list[Entry]) -> dict:
        channels = list(dict.fromkeys(c for c in (*self.plans.practice.channels, *sorted({c for e in entries for c in e.channels}))))
        return {
            "guidelines": [{"id": g, "label": label, "url": relative_url(GUIDELINE_PAGES[g], src)} for g, label in GUIDELINE_LABELS.items()],
            "statuses": [Marks(s) for s in STATUS_LABELS],
            "channels": [(channel_short(c), channel_label(c)) for c in channels if channel_short(c) != channel_label(c)],
        }

    def _grid(self, title: str, src: str, weeks: list[list[Day]], entries: list[Entry], **context) -> dict:
        return dict(
            title=title,
            weeks=weeks,
            weekdays=WEEKDAYS,
            today=self.today,
            legend=self.legend(src, entries),
            filters=self.filters(entries),
            src=src,
            status_labels=STATUS_LABELS,
            **context,
        )

    # -- pages ------------------------------------------------------------------------------
    def weeks(self, month: tuple[int, int]) -> list[list[Day]]:
        grid = pycalendar.Calendar(firstweekday=0).monthdatescalendar(*month)
        return [[Day(d if d.month == month[1] else None, self.by_date.get(d, []) if d.month == month[1] else []) for d in week] for week in grid]

    def month_page(self, month: tuple[int, int]) -> str:
        src = month_uri(month)
        index = self.months.index(month)
        previous = self.months[index - 1] if index > 0 else None
        following = self.months[index + 1] if index + 1 < len(self.months) else None
        entries = self.by_month.get(month, [])
        return render(
            "calendar_month.md.j2",
            **self._grid(
                month_title(month),
                src,
                self.weeks(month),
                entries,
                previous=previous and {"title": month_title(previous), "url": relative_url(month_uri(previous), src)},
                following=following and {"title": month_title(following), "url": relative_url(month_uri(following), src)},
                index_url=relative_url("calendar/index.md", src),
                week_url=relative_url(WEEK_URI, src),
                upcoming_url=relative_url("upcoming.md", src),
                summary=self.summary(self._counts(entries)),
            ),
        )

    def week_page(self) -> str:
        src = WEEK_URI
        monday = self.today - dt.timedelta(days=self.today.weekday())
        days = [monday + dt.timedelta(days=n) for n in range(7)]
        week = [Day(d, self.by_date.get(d, [])) for d in days]
        entries = [e for day in week for e in day.entries]
        sunday = days[-1]
        span = f"{monday.day} {monday:%B} – {sunday.day} {sunday:%B %Y}" if monday.month != sunday.month else f"{monday.day}–{sunday.day} {sunday:%B %Y}"
        return render(
            "calendar_week.md.j2",
            **self._grid(
                "This week",
                src,
                [week],
                entries,
                span=span,
                month_url=relative_url(month_uri((self.today.year, self.today.month)), src) if (self.today.year, self.today.month) in self.months else "",
                upcoming_url=relative_url("upcoming.md", src),
                index_url=relative_url("calendar/index.md", src),
                summary=self.summary(self._counts(entries), " this week"),
            ),
        )

    def _counts(self, entries: list[Entry]) -> dict:
        posts = [e for e in entries if e.kind == "post" and e.status != "cancelled"]
        return {
            "posts": len(posts),
            "slots": sum(1 for e in entries if e.kind == "slot"),
            "events": sum(1 for e in entries if e.kind == "event"),
            "by_guideline": [(GUIDELINE_LABELS[g], g, sum(1 for e in posts if e.guideline == g)) for g in GUIDELINE_LABELS],
            "errors": sum(e.marks.errors for e in posts if e.marks),
            "warnings": sum(e.marks.warnings for e in posts if e.marks),
        }

    @staticmethod
    def summary(counts: dict, scope: str = "") -> str:
        """'21 posts this week: 5 expert, ... 2 community events. No open series slots. Checks: ...'"""
        n = counts["posts"]
        parts = [f"{n} post{'s' if n != 1 else ''}{scope}"]
        mix = [f"{count} {label.lower()}" for label, _, count in counts["by_guideline"] if count]
        text = parts[0] + (": " + ", ".join(mix) if mix else "") + "."
        if counts["events"]:
            text += f" {counts['events']} community event{'s' if counts['events'] != 1 else ''}."
        slots = counts["slots"]
        text += f" {slots} open series slot{'s' if slots != 1 else ''} still waiting for a post." if slots else " No open series slots."
        checks = counts_text(counts["errors"], counts["warnings"])
        if checks:
            text += f" Checks found {checks} in these posts."
        return text

    def index_page(self) -> str:
        src = "calendar/index.md"
        rows = []
        for month in self.months:
            rows.append(
                {"title": month_title(month), "url": relative_url(month_uri(month), src), "counts": self._counts(self.by_month.get(month, [])), "current": month == (self.today.year, self.today.month)}
            )
        return render(
            "calendar_index.md.j2",
            rows=rows,
            guidelines=list(GUIDELINE_LABELS.items()),
            upcoming_url=source_link("upcoming.md", src),
            subscribe_url=source_link("subscribe.md", src),
            week_url=source_link(WEEK_URI, src),
            left_off=self.left_off,
            window_years=horizon.WINDOW_YEARS,
        )

    def upcoming_page(self) -> str:
        src = "upcoming.md"
        days = []
        for offset in range(UPCOMING_DAYS):
            day = self.today + dt.timedelta(days=offset)
            days.append({"date": day, "entries": self.by_date.get(day, [])})
        entries = [e for day in days for e in day["entries"]]
        return render(
            "calendar_upcoming.md.j2",
            days=days,
            today=self.today,
            end=self.today + dt.timedelta(days=UPCOMING_DAYS - 1),
            src=src,
            status_labels=STATUS_LABELS,
            needs=Markup(needs_action_markdown(self.report, src)),
            week_url=relative_url(WEEK_URI, src),
            month_url=relative_url(month_uri(horizon_month(self.today, self.months)), src),
            index_url=relative_url("calendar/index.md", src),
            legend=self.legend(src, entries),
            filters=self.filters(entries),
        )

    def pages(self) -> dict[str, str]:
        pages = {"calendar/index.md": self.index_page(), "upcoming.md": self.upcoming_page(), WEEK_URI: self.week_page()}
        pages.update({month_uri(m): self._kept_month_page(m) for m in self.months})
        return pages

    def _kept_month_page(self, month: tuple[int, int]) -> str:
        """The month's page from the site memo when nothing it shows changed, else made now (and kept).

        It shows its days' entries (posts with their marks, events, slots), links its neighbours and
        marks today; the memo adds the engine and plans/ (channels, team) itself. After one post is
        saved, the other months' pages are read, not rendered again.
        """
        if self.memo is None:
            return self.month_page(month)
        index = self.months.index(month)
        neighbours = (self.months[index - 1] if index > 0 else None, self.months[index + 1] if index + 1 < len(self.months) else None)
        days = [day for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(*month) for day in week if day.month == month[1]]
        shown = stable_repr((month, neighbours, self.today, [(day, self.by_date.get(day, [])) for day in days]))
        inputs = hashlib.blake2b(shown.encode("utf-8", "surrogatepass"), digest_size=20).digest()
        data = self.memo.shared(f"calendar {month_uri(month)}", lambda: self.month_page(month).encode("utf-8", "surrogatepass"), inputs)
        return data.decode("utf-8", "surrogatepass")
