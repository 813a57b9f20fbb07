"""Calendar pages: month grids with posts, open slots and events; the index; the next 14 days."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from playbook.check import Report
from playbook.corpus import Corpus
from playbook.model import Event
from playbook.site.calendar import CalendarPages
from playbook.site.render import relative_url
from tests.rules.harness import PLANS, at, post

TODAY = dt.date(2027, 1, 20)


def pages(*posts, today=TODAY):
    corpus = Corpus(Path("."), PLANS, tuple(posts), (), ())
    return CalendarPages(Report(corpus, today, ())).pages()


def test_month_grid_lists_posts_slots_and_events():
    walk = post(
        "Join our winter walk! <script>alert(1)</script>",
        title="Walk <with> us",
        publish="2027-01-21 10:00",
        guideline="community",
        channels=["facebook"],
        event=Event("Riverside Walk", at("2027-01-30 09:00"), at("2027-01-30 10:00"), "Riverside Park", "https://riverbend5k.test/walk"),
    )
    filled = post(title="Hydrate", publish="2027-01-20 12:00", series="wellness-wednesday", channels=["instagram"])
    month = pages(walk, filled)["calendar/2027-01.md"]
    assert "<caption>Posting calendar for January 2027." in month
    assert '<th scope="col"><abbr title="Monday">Mon</abbr></th>' in month
    assert "Walk &lt;with&gt; us" in month and "<with>" not in month  # titles are escaped
    assert month.count("<strong>Open slot:</strong> Wellness Wednesday") == 1  # 27 Jan open; 20 Jan filled; 13 Jan past
    assert "<strong>Event:</strong> Riverside Walk" in month
    assert re.search(r'<td class="pb-today[^"]*" aria-current="date">', month)
    assert "Community" in month and "pb-g-community" in month  # guideline in text and in colour


def test_months_link_to_each_other_and_to_posts():
    first = post(title="A", publish="2027-01-25 10:00")
    second = post(title="B", publish="2027-03-02 10:00")
    result = pages(first, second)
    assert set(result) == {"calendar/index.md", "upcoming.md", "calendar/week.md", "calendar/2027-01.md", "calendar/2027-02.md", "calendar/2027-03.md"}
    feb = result["calendar/2027-02.md"]
    assert 'href="../2027-01/" rel="prev"' in feb and 'href="../2027-03/" rel="next"' in feb
    assert f'href="{relative_url(second.page_uri, "calendar/2027-03.md")}"' in result["calendar/2027-03.md"]


def test_upcoming_covers_fourteen_days_from_today():
    soon = post(title="Soon", publish="2027-02-02 10:00")
    later = post(title="Later", publish="2027-02-03 10:00")
    upcoming = pages(soon, later)["upcoming.md"]
    assert upcoming.count("<h3 id=\"day-") == 14
    assert "Soon" in upcoming and "Later" not in upcoming


def test_cancelled_posts_are_shown_struck_not_counted():
    cancelled = post(title="Dropped", publish="2027-01-22 10:00", status="cancelled")
    month = pages(cancelled)["calendar/2027-01.md"]
    assert "pb-s-cancelled" in month and "Cancelled" in month
    assert month.split("\n\n")[3].startswith("0 posts")


def test_post_event_cancelled_hides_the_event():
    walk = post(publish="2027-01-21 10:00", status="cancelled", event=Event("Gone Walk", at("2027-01-30 09:00"), None, "Park", ""))
    assert "Gone Walk" not in pages(walk)["calendar/2027-01.md"]


def test_output_is_deterministic():
    posts = [post(title=f"P{n}", publish=f"2027-01-{n + 10:02d} 10:00") for n in range(5)]
    assert pages(*posts) == pages(*reversed(posts))
