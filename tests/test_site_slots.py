"""Our HTML kept out of Markdown (site/slots.py): the pages read the same as when Markdown passed it through."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from playbook.check import Report
from playbook.corpus import Corpus
from playbook.feeds import build_feeds
from playbook.model import Event
from playbook.site.calendar import CalendarPages
from playbook.site.extras import page_extras
from playbook.site.generated import generated_pages
from playbook.site.library import library_page
from playbook.site.slots import Slots

from tests.conftest import REPO
from tests.live_markup import EXTENSIONS
from tests.rules import harness

MD = markdown.Markdown(extensions=EXTENSIONS, extension_configs={"toc": {"permalink": True}})
FRONT = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def _squeeze(html: str) -> str:
    """HTML without the blank space between tags (where blocks meet, Markdown writes a line break or none)."""
    return " ".join(re.sub(r">\s*<", "><", html).split())


def _html(text: str) -> tuple[str, str]:
    """The page's HTML, squeezed, and its table of contents."""
    MD.reset()
    html = MD.convert(FRONT.sub("", text))
    return _squeeze(html), MD.toc


def _same_page(page: str, src: str = "") -> None:
    slots = Slots()
    lifted = slots.lift(page)
    html, toc = _html(lifted)
    filled = slots.fill(html)
    assert _html(page) == (_squeeze(filled), toc), src
    assert f"pbslot{slots.nonce}" not in filled and not slots._held, src


@pytest.fixture(scope="module")
def sample_pages(sample_report) -> dict[str, str]:
    """The sample's generated pages and its home page, as Markdown gets them (the session's check of the sample)."""
    report = sample_report
    pages = {src: page for src, page in generated_pages(report, build_feeds(report), "https://p.test/").items() if not src.startswith("rules/")}
    pages["index.md"] = page_extras("index.md", (REPO / "content" / "index.md").read_text(encoding="utf-8"), report)
    return dict(sorted(pages.items()))


def test_every_generated_page_of_the_sample_reads_the_same(sample_pages):
    assert len(sample_pages) >= 10
    for src, page in sample_pages.items():
        slots = Slots()
        assert slots.lift(page) != page or "<" not in page, src  # the page's HTML blocks are lifted
        _same_page(page, src)


texts = st.lists(st.sampled_from(["<div>", "</div>", "<table>", "\n", "\n\n", "`", "*", "#", "[x](y)", "{: #a }", "pbslot", "Walk", " ", "&amp;", "    "]), max_size=10).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=texts, body=texts, place=texts)
@example(title="</div>\n\n<div>", body="<table>\n\n# x", place="a\n\n    b")
@example(title="\n<div></div><div>", body="<div>", place="")  # a title that breaks a line is the home page's own HTML
def test_generated_pages_with_any_titles_read_the_same(title, body, place):
    start = dt.datetime(2027, 1, 25, 18, 0, tzinfo=harness.TZ)
    post = harness.post(body or "x", title=title or "x", publish="2027-01-21 10:00", event=Event(place or "x", start, None, place, "https://example.test/e"))
    reply = harness.response(body or "Sorry.", title=title or "x", status="approved")
    report = Report(Corpus(Path("."), harness.PLANS, (post,), (reply,), ()), harness.TODAY, ())
    # The home page's own text is the practice's: its raw HTML (title or body; refused by SEC001, cleaned by the sanitiser)
    # may read differently once ours is gone from around it, so it is text here.
    home = page_extras("index.md", f"# {title.replace('<', '')}\n\n{body.replace('<', '')}\n", report)
    for page in (*CalendarPages(report).pages().values(), library_page(report), home):
        _same_page(page)


def test_a_block_without_its_end_stays_for_markdown():
    slots = Slots()
    assert slots.lift("# A\n\n<div class=x>\nopen\n") == "# A\n\n<div class=x>\nopen\n"
    assert slots.lift("<hr>\ntext\n").startswith("\n\npbslot")  # a void element is a line of its own


def test_a_token_is_used_once_and_no_other_build_can_name_it():
    ours, theirs = Slots(), Slots()
    assert ours.nonce != theirs.nonce
    token = ours.hold("<p>ours</p>").strip()
    forged = theirs.hold("<p>theirs</p>").strip()
    html = f"<p>{token}</p>\n<p>{forged}</p>\n<p>{token}</p>"
    assert ours.fill(html) == f"<p>ours</p>\n<p>{forged}</p>\n"  # the second use of a token finds it gone


def test_the_built_sample_carries_no_token(built_site):
    leftovers = [p for p in built_site.rglob("*") if p.is_file() and p.suffix in {".html", ".json", ".xml", ".ics"} and b"pbslot" in p.read_bytes()]
    assert not leftovers


def test_a_late_block_waits_for_search_then_stands_where_it_was(sample_pages):
    """A calendar's grid: a marker with no text while search reads the page, then the grid in its place."""
    grids = {src: page for src, page in sample_pages.items() if src.startswith(("calendar/", "upcoming"))}
    assert len(grids) > 3
    for src, page in grids.items():
        now, later = Slots(), Slots()
        html, _ = _html(page)
        on_time = now.fill(_html(now.lift(page))[0])
        marked = later.fill(_html(later.lift(page, late=True))[0])
        assert later.nonce in marked and "<table" not in marked and "pb-entry" not in marked, src
        assert re.sub(r"<div id=\"pbslot\w+\"></div>", "", marked).count("<") < on_time.count("<"), src  # search reads far less
        assert _squeeze(later.late(marked)) == _squeeze(on_time) == html, src
        assert later.late(marked) is None, src  # every late block is used once


def test_only_the_build_s_own_markers_are_filled_late():
    slots = Slots()
    slots.lift("<table>\n<tr><td>grid</td></tr>\n</table>\n", late=True)
    assert slots.late('<div id="pbslot0000000000000000l1"></div><p>text</p>') is None


@given(html=st.text(max_size=40))
@example(html="<p>🎉 ’ \ud800 done</p>")  # an emoji, a curly quote, a lone surrogate from a file that is no UTF-8
def test_held_html_comes_back_exactly(html):
    """Held blocks wait as UTF-8 bytes (a calendar's grids, all at once); what comes back is the very text held."""
    slots = Slots()
    now = slots.hold(html).strip()
    late = slots.hold(html, late=True).strip()
    marked = slots.fill(f"<p>{now}</p><p>{late}</p>")
    assert marked == f'{html}<div id="{late}"></div>'
    assert slots.late(marked) == html + html
