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

from tests.rules.harness import PLANS, approval, at, post

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
    assert upcoming.count('<h3 id="day-') == 14
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


# -- marks, filters, the week view -------------------------------------------------------------------


def _report(*posts, findings=(), today=TODAY):
    return Report(Corpus(Path("."), PLANS, tuple(posts), (), ()), today, tuple(findings))


def test_every_entry_carries_its_status_in_words_and_its_finding_counts():
    from playbook.findings import Finding, Severity

    bad = post(title="Bad one", publish="2027-01-21 10:00", status="in-review")
    good = post(title="Good one", publish="2027-01-22 10:00", status="approved", approvals=[approval()])
    findings = [Finding(bad.path, 3, "PHI003", "x", Severity.ERROR), Finding(bad.path, 4, "PHI004", "y", Severity.ERROR), Finding(bad.path, 5, "PER002", "z", Severity.WARNING)]
    month = CalendarPages(_report(bad, good, findings=findings)).pages()["calendar/2027-01.md"]
    bad_line = next(line for line in month.splitlines() if "Bad one" in line)
    assert '<span class="pb-chip pb-s-in-review">In review</span>' in bad_line
    assert "2 errors</span>" in bad_line and "1 warning</span>" in bad_line and "pb-has-errors" in bad_line
    good_line = next(line for line in month.splitlines() if "Good one" in line)
    assert "Approved</span>" in good_line and "pb-flag" not in good_line
    assert "Checks found 2 errors, 1 warning in these posts." in month


def test_an_event_announced_twice_appears_once():
    walk = Event("Riverbend  Winter 5K", at("2027-01-30 08:00"), None, "Park", "https://riverbend5k.test/")
    again = Event("riverbend winter 5k", at("2027-01-30 08:00"), None, "Park", "https://riverbend5k.test/")
    other_day = Event("Riverbend Winter 5K", at("2027-01-31 08:00"), None, "Park", "https://riverbend5k.test/")
    posts = [post(title=f"P{n}", publish=f"2027-01-2{n} 10:00", guideline="community", event=e) for n, e in enumerate((walk, again, other_day), start=1)]
    month = pages(*posts)["calendar/2027-01.md"]
    assert month.count("<strong>Event:</strong>") == 2
    assert "(announced in 2 posts)" in month
    assert "2 community events." in month


def test_entries_carry_what_the_filters_match_and_the_bar_lists_only_whats_there():
    fb = post(title="FB post", publish="2027-01-21 10:00", channels=["facebook", "x"], author="spatel", guideline="expert")
    month = pages(fb)["calendar/2027-01.md"]
    line = next(line for line in month.splitlines() if "FB post" in line)
    assert 'data-channel="facebook x" data-status="draft" data-guideline="expert" data-author="spatel"' in line
    assert "pb-filterable" in line
    slot = next(line for line in month.splitlines() if "Open slot:" in line)
    assert 'data-status="open-slot"' in slot and 'data-author=""' in slot
    buttons = re.findall(r'data-filter="(\w+)" data-value="([^"]+)"', month)
    assert ("channel", "facebook") in buttons and ("channel", "x") in buttons and ("channel", "linkedin") not in buttons
    assert ("author", "spatel") in buttons and ("status", "open-slot") in buttons and ("status", "published") not in buttons
    assert '<details class="pb-filters" hidden="" data-search-exclude="">' in month  # shown by the script, so without it nothing is hidden


def test_channel_names_are_short_with_the_full_name_for_screen_readers():
    entry = next(line for line in pages(post(channels=["google-business"], publish="2027-01-21 10:00"))["calendar/2027-01.md"].splitlines() if "pb-entry pb-filterable pb-post" in line)
    assert '<span aria-hidden="true">GBP</span><span class="pb-sr">Google Business Profile</span>' in entry


def test_week_view_shows_the_seven_days_around_today():
    inside = post(title="Inside", publish="2027-01-24 10:00")  # Sunday of today's week
    outside = post(title="Outside", publish="2027-01-25 10:00")  # next Monday
    week = pages(inside, outside)["calendar/week.md"]
    assert "# This week: 18–24 January 2027" in week
    assert "Inside" in week and "Outside" not in week
    assert week.count("<td") == 7 and 'aria-current="date"' in week
    across = pages(post(publish="2027-02-01 10:00"), today=dt.date(2027, 2, 3))["calendar/week.md"]
    assert "# This week: 1–7 February 2027" in across
    split = pages(post(publish="2027-03-01 10:00"), today=dt.date(2027, 3, 2))["calendar/week.md"]
    assert "# This week: 1–7 March 2027" in split
    month_end = pages(post(publish="2027-03-30 10:00"), today=dt.date(2027, 4, 1))["calendar/week.md"]
    assert "# This week: 29 March – 4 April 2027" in month_end


def test_empty_days_are_marked_so_a_phone_folds_them():
    month = pages(post(publish="2027-01-21 10:00"))["calendar/2027-01.md"]
    assert month.count('class="pb-empty"') >= 20
    assert re.search(r'<td class="pb-filter-scope"><span class="pb-daynum">21<', month)


def test_index_links_are_sources_mkdocs_resolves():
    index = pages(post(publish="2027-01-21 10:00"))["calendar/index.md"]
    assert "[next 14 days](../upcoming.md)" in index and "[subscribe](../subscribe.md)" in index and "[This week](week.md)" in index
    assert '<div class="pb-scroll" role="region" tabindex="0"' in index  # a tablet: the wide table scrolls in its own box


def test_each_count_on_the_index_names_its_column_for_a_phone():
    """A phone shows each month as a block of "Expert: 6" pairs (the header row is hidden there)."""
    index = pages(post(publish="2027-01-21 10:00", guideline="expert"), post(publish="2027-02-02 10:00", status="draft"))["calendar/index.md"]
    headers = re.findall(r'<th scope="col">([^<]*)</th>', index)
    for row in re.findall(r"<tr(?: class=\"pb-today\")?><th scope=\"row\">.*?</tr>", index):
        named = re.findall(r'<td><span class="pb-col">([^<]*): </span>', row)
        assert named == headers[1:] and row.count("<td>") == len(named)
