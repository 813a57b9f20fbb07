"""'Needs action': approvals waiting (whose, by when), errors blocking, drafts due, open slots, unanswered reviews."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shlex
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook import approvals
from playbook.check import Report
from playbook.corpus import Corpus
from playbook.findings import Finding, Severity
from playbook.model import Media
from playbook.site import needs as needs_module
from playbook.site.extras import after_title, page_extras
from playbook.site.needs import needs_action, needs_action_markdown
from playbook.site.needs_reviews import OpenReview
from playbook.slots import fill_command as new_post_command

from tests.live_markup import live_in
from tests.rules.harness import PLANS, TODAY, approval, at, post, response


def report(*items, findings=(), today=TODAY, plans=PLANS) -> Report:
    posts = tuple(i for i in items if hasattr(i, "publish"))
    replies = tuple(i for i in items if not hasattr(i, "publish"))
    return Report(Corpus(Path("."), plans, posts, replies, ()), today, tuple(findings))


def section(result, name: str):
    return next(s for s in result.sections if s.id == name)


# -- who must approve ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields, needed",
    [
        ({"guideline": "expert"}, ("clinical", "approver")),
        ({"guideline": "personality"}, ("approver",)),
        ({"guideline": "negatives"}, ("privacy", "approver")),
        ({"guideline": "community", "media": [Media("team.jpg", "Our team at the 5K", people=True, authorization="AUTH-2027-014")]}, ("privacy", "approver")),
        ({"guideline": "expert", "authorizations": ("AUTH-2027-014",)}, ("clinical", "privacy", "approver")),
        ({"guideline": "community", "media": [Media("path.jpg", "An icy path")]}, ("approver",)),
    ],
)
def test_required_roles_follow_the_playbook(fields, needed):
    assert approvals.required_roles(post(**fields)) == needed


def test_an_approval_counts_only_in_a_role_the_person_holds():
    expert = post(guideline="expert", approvals=[approval("jlee", "clinical"), approval("tbrooks", "approver")])
    assert approvals.missing_roles(expert, PLANS) == ("clinical",)  # jlee is an author, not a clinician
    signed = post(guideline="expert", approvals=[approval("dr-okafor", "clinical"), approval("tbrooks", "approver")])
    assert approvals.missing_roles(signed, PLANS) == ()
    stranger = post(approvals=[approval("nobody", "approver")])
    assert approvals.missing_roles(stranger, PLANS) == ("approver",)


def test_deadline_uses_the_lead_time_and_wf001s_threshold():
    item = post(publish="2027-02-10 09:00")
    assert approvals.deadline(item, PLANS) == dt.date(2027, 2, 7)
    assert approvals.deadline(item, PLANS, {"WF001": {"lead_days": 0}}) == dt.date(2027, 2, 10)
    assert approvals.deadline(item, PLANS, {"WF001": {"lead_days": -1}}) == dt.date(2027, 2, 7)
    assert approvals.deadline(item, PLANS, {"WF001": {"lead_days": True}}) == dt.date(2027, 2, 7)  # a flag is not a number


def test_who_can_puts_the_author_last():
    assert approvals.who_can("approver", PLANS) == ("Taylor Brooks", "Dr. Ada Okafor", "Morgan Reyes")  # the dedicated approver first
    assert approvals.who_can("approver", PLANS, author="dr-okafor")[-1] == "Dr. Ada Okafor"
    assert approvals.who_can("nonsense", PLANS) == ()


# -- the five sections -------------------------------------------------------------------------------


def test_waiting_for_approval_names_the_missing_role_and_the_deadline():
    expert = post(title="ACL explainer", guideline="expert", status="in-review", publish="2027-02-15 09:00", approvals=[approval("tbrooks", "approver")])
    late = post(title="Late one", status="in-review", publish="2027-01-22 09:00")  # due 19 Jan, today is 20 Jan
    done = post(title="All signed", status="in-review", publish="2027-03-01 09:00", approvals=[approval()])
    past = post(title="Gone by", status="in-review", publish="2027-01-10 09:00")  # WF006's business, not a wait
    draft = post(title="Just a draft", status="draft", publish="2027-03-01 09:00")
    reply = response("Sorry to hear that.", title="Wait-time reply", status="in-review")
    items = section(needs_action(report(expert, late, done, past, draft, reply)), "needs-approval").items
    assert [i.title for i in items] == ["Late one", "ACL explainer", "All signed", "Wait-time reply"]  # deadline first, replies last
    assert items[0].late and "overdue since Tue 19 Jan" in items[0].todo
    assert "clinical approval (Dr. Ada Okafor)" in items[1].todo and "due Fri 12 Feb" in items[1].todo and not items[1].late
    assert "set its status to approved" in items[2].todo
    assert items[3].kind == "reply" and "privacy approval (Morgan Reyes)" in items[3].todo


def test_long_lists_of_names_are_cut_short():
    assert needs_module._either(("A",)) == "A"
    assert needs_module._either(("A", "B", "C")) == "A, B or C"
    assert needs_module._either(("A", "B", "C", "D", "E")) == "A, B, C or 2 others"


def test_blocked_by_errors_gives_the_count_and_the_first_error():
    bad = post(title="Names a patient", publish="2027-02-01 10:00", status="approved")
    gone = post(title="Dropped", status="cancelled")
    reply = response("Sorry.", title="Bad reply")
    findings = [
        Finding(bad.path, 9, "PHI003", "Remove the name 'Ann Smith'", Severity.ERROR),
        Finding(bad.path, 4, "FM003", "Fix the date", Severity.ERROR),
        Finding(bad.path, 2, "PER002", "Shorter sentences", Severity.WARNING),
        Finding(gone.path, 3, "PHI003", "Remove the name", Severity.ERROR),
        Finding(reply.path, 5, "NEG001", "Apologise", Severity.ERROR),
        Finding("plans/series.yml", 7, "FM004", "Fix the series", Severity.ERROR),
    ]
    items = section(needs_action(report(bad, gone, reply, findings=findings)), "needs-fixes").items
    assert [i.title for i in items] == ["Names a patient", "Bad reply", "plans/series.yml"]  # cancelled posts are not blocked
    assert items[0].todo == "FM003 (line 4): Fix the date"  # the first error by line
    assert (items[0].marks.errors, items[0].marks.warnings) == (2, 1)
    assert items[2].page == "" and items[2].kind == "file"


def test_drafts_going_out_soon_covers_fourteen_days_from_today():
    soon = post(title="Soon", status="draft", publish="2027-01-25 10:00", guideline="expert")
    idea = post(title="Idea today", status="idea", publish="2027-01-20 18:00")
    later = post(title="Later", status="draft", publish="2027-02-03 10:00")  # day 14: outside
    ready = post(title="Ready", status="approved", publish="2027-01-25 10:00")
    items = section(needs_action(report(soon, idea, later, ready)), "needs-drafts").items
    assert [i.title for i in items] == ["Idea today", "Soon"]
    assert items[0].late and "goes out today" in items[0].todo and "an idea" in items[0].todo
    assert "in 5 days" in items[1].todo and "clinical approval" in items[1].todo and "are due Fri 22 Jan" in items[1].todo


def test_open_slots_come_with_the_command_that_fills_them():
    filled = post(series="wellness-wednesday", publish="2027-01-27 12:00", channels=["instagram"])
    items = section(needs_action(report(filled)), "needs-slots").items
    days = [i.when.date() for i in items]
    assert days == [dt.date(2027, 1, 20), dt.date(2027, 2, 3), dt.date(2027, 2, 10)]  # 28 days ahead; 27 Jan is filled
    assert items[1].command == "playbook new post 'Wellness Wednesday' --series wellness-wednesday --date 2027-02-03"


@given(name=st.text(min_size=1, max_size=40), series=st.text(min_size=1, max_size=20))
@settings(max_examples=100, deadline=None)
def test_the_slot_command_survives_any_name_as_one_shell_word(name, series):
    words = shlex.split(new_post_command(series, name, dt.date(2027, 2, 3)))
    assert words == ["playbook", "new", "post", name, "--series", series, "--date", "2027-02-03"]


def test_reviews_say_nothing_to_do_without_a_log_and_list_open_ones_oldest_first(monkeypatch):
    empty = section(needs_action(report()), "needs-reviews")
    assert empty.items == () and "no review log yet" in empty.empty
    found = [
        OpenReview("yelp", "https://www.yelp.test/r/2", at("2027-01-19 08:00"), at("2027-01-21 08:00"), 2),
        OpenReview("google", "https://g.test/r/1", at("2027-01-15 08:00"), at("2027-01-19 08:00"), 1),
    ]
    monkeypatch.setattr(needs_module, "open_reviews", lambda report: found)
    items = section(needs_action(report()), "needs-reviews").items
    assert [i.link for i in items] == ["https://g.test/r/1", "https://www.yelp.test/r/2"]
    assert items[0].late and "was due Tue 19 Jan" in items[0].todo and items[0].title.startswith("Google review, 1 star, received")
    assert not items[1].late and "by Thu 21 Jan" in items[1].todo


def test_empty_sections_say_nothing_to_do():
    text = needs_action_markdown(report(plans=dataclasses.replace(PLANS, series={})), "index.md")
    assert "**Nothing to do**" in text
    assert text.count('<p class="pb-nothing"') == 5


# -- the sample, and where the block goes ------------------------------------------------------------


def test_the_samples_list_matches_its_posts(sample_report):
    waiting = [p for p in sample_report.corpus.posts if p.status == "in-review" and p.publish.date() >= sample_report.today]
    result = needs_action(sample_report)
    items = section(result, "needs-approval").items
    assert {i.title for i in items if i.kind == "post"} == {p.title for p in waiting}
    assert {i.title for i in items if i.kind == "reply"} == {t.title for t in sample_report.corpus.responses if t.status == "in-review"}
    assert section(result, "needs-fixes").items == ()  # the sample builds strictly


def test_home_page_gets_the_block_under_its_title(sample_report):
    page = page_extras("index.md", "# Practice Playbook\n\nWelcome.\n", sample_report)
    assert page.index("# Practice Playbook") < page.index("## Needs action") < page.index("Welcome.")
    assert page_extras("guidelines/expert.md", "# Expert\n", sample_report).count("Needs action") == 0
    assert after_title("No title here.\n", "BLOCK").startswith("\nBLOCK\n\nNo title")
    assert after_title("\n# T", "B") == "\n# T\n\nB\n\n"


def test_the_block_escapes_titles_and_commands():
    hostile = post(title="<img src=x onerror=alert(1)>", status="in-review", publish="2027-02-01 10:00")
    text = needs_action_markdown(report(hostile), "index.md")
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text
    assert not live_in(text)
    links = re.findall(r'href="([^"]+)"', text)
    assert links == [f"posts/2027/02/{hostile.path.rsplit('/', 1)[-1][:-3]}/"]


PIECES = [
    "<script>",
    "</script>",
    "<img src=x ",
    "onerror=",
    "alert(1)",
    ">",
    '"',
    "'",
    "javascript:",
    "[",
    "](",
    ")",
    "{: ",
    "}",
    "\n",
    "\n\n",
    " ",
    "`",
    "*",
    "#",
    "|",
    "<!--",
    "{#",
    "{{",
    "&amp;",
    "Walk",
]
hostile = st.lists(st.sampled_from(PIECES), min_size=1, max_size=10).map("".join)


@given(title=hostile, author=hostile, series_name=hostile)
@settings(max_examples=60, deadline=None)
def test_nothing_from_content_runs_in_the_lists_or_the_calendar(title, author, series_name):
    import markdown
    from playbook.site.calendar import CalendarPages

    from tests.live_markup import EXTENSIONS

    plans = dataclasses.replace(PLANS, series={k: dataclasses.replace(v, name=series_name) for k, v in PLANS.series.items()})
    items = [
        post(title=title, author=author, status="in-review", publish="2027-01-25 10:00"),
        post(title=title, author=author, status="draft", publish="2027-01-22 10:00", channels=[author or "x"]),
    ]
    result = report(*items, response("Sorry.", title=title, status="in-review"), findings=[Finding(items[0].path, 2, "PHI003", title, Severity.ERROR)], plans=plans)
    pages = {"needs": needs_action_markdown(result, "index.md"), **CalendarPages(result).pages()}
    md = markdown.Markdown(extensions=EXTENSIONS)
    for name, page in pages.items():
        md.reset()
        assert not live_in(md.convert(page)), name
