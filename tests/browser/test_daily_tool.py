"""The site as the coordinator's daily tool, in Chromium at a laptop (1366 px) and a phone (390 px) width.

Each test waits for what the page needs (an element, a state), never for time.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playbook.placeholders import REVIEWER_PLACEHOLDER, render_reply
from playbook.site.needs import needs_action

pytestmark = pytest.mark.browser
WIDTHS = {"laptop": (1366, 900), "phone": (390, 844)}
SENTINEL = "clipboard before the test"


@pytest.fixture(params=list(WIDTHS))
def sized(request, browser, site_url):
    """A page at each width, with clipboard access."""
    width, height = WIDTHS[request.param]
    context = browser.new_context(viewport={"width": width, "height": height})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def _phone(browser, site_url):
    context = browser.new_context(viewport=dict(zip(("width", "height"), WIDTHS["phone"])))
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


# -- needs action ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["", "upcoming/"])
def test_needs_action_lists_what_the_corpus_says(sized, site_url, path, sample_report):
    sized.goto(site_url + path)
    expected = needs_action(sample_report)
    for section in expected.sections:
        listed = sized.locator(f"#{section.id}-items")
        listed.wait_for(state="visible")
        if section.items:
            titles = listed.locator(".pb-need-title").all_inner_texts()
            assert titles == [item.title for item in section.items], section.id
        else:
            assert listed.inner_text().startswith("Nothing to do"), section.id
    first = expected.sections[0].items[0]
    link = sized.locator("#needs-approval-items .pb-need-title").first
    link.click()
    sized.wait_for_url(re.compile(".*/" + re.escape(first.page[: -len(".md")]) + "/$"))
    sized.locator(".pb-card-summary").wait_for()
    assert "waiting on" in sized.locator(".pb-card-summary").inner_text() or "approval" in sized.locator(".pb-card-summary").inner_text()


# -- filters ------------------------------------------------------------------------------------------------


def _visible_entries(page) -> list[dict]:
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('.pb-filterable'))
            .filter(e => !e.hidden && e.offsetParent !== null)
            .map(e => ({status: e.dataset.status, channel: e.dataset.channel, guideline: e.dataset.guideline}))"""
    )


def test_filters_hide_and_show_the_right_entries_and_live_in_the_address(sized, site_url, sample_report):
    month = [p for p in sample_report.corpus.posts if (p.publish.year, p.publish.month) == (2027, 2)]
    in_review = [p for p in month if p.status == "in-review"]
    bluesky_in_review = [p for p in in_review if "bluesky" in p.channels]
    sized.goto(site_url + "calendar/2027-02/")
    bar = sized.locator("details.pb-filters")
    bar.wait_for(state="visible")  # the script shows it
    bar.locator("summary").click()
    everything = len(_visible_entries(sized))
    sized.get_by_role("button", name="In review", exact=True).click()
    shown = _visible_entries(sized)
    assert len(shown) == len(in_review) and {e["status"] for e in shown} == {"in-review"}
    sized.get_by_role("button", name="Bluesky", exact=True).click()
    shown = _visible_entries(sized)
    assert len(shown) == len(bluesky_in_review) and all("bluesky" in e["channel"].split() for e in shown)
    assert sized.get_by_role("button", name="Bluesky", exact=True).get_attribute("aria-pressed") == "true"
    query = parse_qs(urlsplit(sized.url).query)
    assert query == {"status": ["in-review"], "channel": ["bluesky"]}
    assert "status=in-review" in sized.locator("a[rel=next]").get_attribute("href")  # the next month keeps the choice

    sized.reload()  # the address alone restores the choice
    sized.locator("details.pb-filters[open]").wait_for()
    assert len(_visible_entries(sized)) == len(bluesky_in_review)
    sized.get_by_role("button", name="Show everything").click()
    assert len(_visible_entries(sized)) == everything
    assert urlsplit(sized.url).query == ""


def test_library_filters_by_platform_and_scenario(page, site_url, sample_report):
    page.goto(site_url + "responses/")
    page.locator("details.pb-filters").wait_for(state="visible")
    page.locator("details.pb-filters summary").click()
    page.locator("details.pb-filters").get_by_role("button", name="Yelp", exact=True).click()
    shown = page.evaluate("() => Array.from(document.querySelectorAll('.pb-reply-entry')).filter(e => !e.hidden).map(e => e.dataset.platform)")
    expected = [t for t in sample_report.corpus.responses if "yelp" in t.platforms and t.status != "cancelled"]
    assert len(shown) == len(expected) and all("yelp" in p.split() for p in shown)
    page.locator("details.pb-filters").get_by_role("button", name="Billing and costs", exact=True).click()
    shown = page.evaluate("() => Array.from(document.querySelectorAll('.pb-reply-entry')).filter(e => !e.hidden).map(e => e.dataset.scenario)")
    assert shown == ["billing"]
    assert page.locator("section.pb-scenario.pb-filtered-empty").count() > 0  # empty scenarios fold away


# -- the reviewer's name -------------------------------------------------------------------------------------


def test_reviewer_name_box_decides_what_lands_on_the_clipboard(sized, site_url, sample_report):
    template = next(t for t in sample_report.corpus.responses if t.status == "approved" and "{{ reviewer }}" in t.body)
    sized.goto(site_url + "responses/")
    sized.evaluate(f"navigator.clipboard.writeText({SENTINEL!r})")
    box = sized.locator(".pb-reply-box", has=sized.locator(f"#reply-{template.uid}"))
    box.get_by_role("button", name="Copy reply").click()
    box.get_by_text("Type the reviewer's public name in the box first.").wait_for()
    assert sized.evaluate("navigator.clipboard.readText()") == SENTINEL  # a placeholder never reaches the clipboard
    assert sized.evaluate("document.activeElement.id") == "pb-reviewer-name"

    name = "Sam R."
    sized.get_by_label("Reviewer's public name").fill(name)
    assert name in box.locator(".pb-reply").inner_text()  # the page shows what will be copied
    box.get_by_role("button", name="Copy reply").click()
    box.get_by_text("Copied.").wait_for()
    copied = sized.evaluate("navigator.clipboard.readText()")
    assert copied == render_reply(template.body, sample_report.corpus.plans, reviewer=name)
    assert REVIEWER_PLACEHOLDER not in copied and "[" not in copied

    sized.get_by_label("Reviewer's public name").fill("Alex")
    box.get_by_role("button", name="Copy reply").click()
    sized.wait_for_function("async () => (await navigator.clipboard.readText()).includes('Alex')")
    assert sized.evaluate("navigator.clipboard.readText()") == render_reply(template.body, sample_report.corpus.plans, reviewer="Alex")


def test_subscribe_copy_button_copies_the_feed_address(page, site_url):
    page.goto(site_url + "subscribe/")
    card = page.locator("section.pb-feed-card", has=page.get_by_role("heading", name="Facebook posts"))
    card.get_by_role("button", name=re.compile("^Copy address")).click()
    card.get_by_text("Copied.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == "https://playbook.example-ortho.test/calendar-facebook.ics"


# -- a phone -----------------------------------------------------------------------------------------------


def _phone_pages(report) -> list[str]:
    return [
        "",
        "calendar/",
        "calendar/2027-01/",
        "calendar/week/",
        "upcoming/",
        next(p for p in report.corpus.posts if p.variants and p.media).page_uri,
        "responses/",
        report.corpus.responses[0].page_uri,
        "report/",
        "subscribe/",
        "rules/",
        "rules/phi001/",
        "guidelines/expert/",
    ]


def test_no_page_is_wider_than_a_phone(browser, site_url, sample_report):
    context, page = _phone(browser, site_url)
    try:
        wide = {}
        for path in _phone_pages(sample_report):
            page.goto(site_url + path)
            page.locator("article").wait_for()
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > WIDTHS["phone"][0]:
                wide[path or "home"] = width
        assert not wide, wide
        page.goto(site_url + "calendar/")  # the month index needs no scrolling at all: each month is a block
        months = page.locator("table.pb-months")
        months.wait_for()
        assert months.evaluate("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth")
        assert months.locator("tbody tr").first.inner_text().split("\n")[1].startswith("Posts: ")
    finally:
        context.close()


def test_a_phone_folds_empty_days_and_keeps_chart_text_legible(browser, site_url, sample_report):
    context, page = _phone(browser, site_url)
    try:
        page.goto(site_url + "calendar/2027-01/")
        page.locator("table.pb-calendar").wait_for()
        shown_days = page.evaluate("() => Array.from(document.querySelectorAll('.pb-calendar td')).filter(td => td.offsetParent !== null).length")
        busy_days = len(
            {p.publish.date() for p in sample_report.corpus.posts if (p.publish.year, p.publish.month) == (2027, 1)}
            | {p.event.start.date() for p in sample_report.corpus.posts if p.event and (p.event.start.year, p.event.start.month) == (2027, 1)}
        )
        assert shown_days == busy_days
        assert page.locator("details.pb-legend").get_attribute("open") is None  # the legend starts folded on a phone

        page.goto(site_url + "report/")
        page.locator("svg.pb-chart-svg").first.wait_for()
        smallest = page.evaluate(
            """() => Math.min(...Array.from(document.querySelectorAll('svg.pb-chart-svg')).flatMap(svg => {
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                return Array.from(svg.querySelectorAll('text')).map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
            }))"""
        )
        assert smallest >= 11 - 0.01, smallest
    finally:
        context.close()


# -- a card with errors --------------------------------------------------------------------------------------


def _card_with_findings() -> str:
    """The card the build would show for a post errors block (only `mkdocs serve` shows one: errors stop a build)."""
    from pathlib import Path

    from playbook.check import Report
    from playbook.corpus import Corpus
    from playbook.findings import Finding, Severity
    from playbook.site.card import post_card
    from playbook.site.sanitize import clean_html

    from tests.rules.harness import PLANS, TODAY, post

    item = post(
        "Stretch before you run. " * 20, status="in-review", guideline="expert", channels=["facebook", "x", "bluesky"], publish="2027-02-15 09:00", variants={"bluesky": "Stretch first. " * 30}
    )
    found = (Finding(item.path, 11, "CH001", "The copy is too long for X: cut it to 280 characters.", Severity.ERROR), Finding(item.path, 3, "EXP002", "Link a trustworthy source.", Severity.WARNING))
    return clean_html(post_card(item, Report(Corpus(Path("."), PLANS, (item,), (), ()), TODAY, found)))


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_a_card_with_errors_looks_different_and_its_too_long_row_reads_in_both_schemes(sized, site_url, sample_report, scheme):
    """The real card renderer's HTML, sanitised as the build does, on a post page with the site's own styles."""
    from axe_playwright_python.sync_playwright import Axe

    sized.add_init_script(f"localStorage.setItem('/.__palette', JSON.stringify({{index: {0 if scheme == 'default' else 1}, color: {{scheme: '{scheme}'}}}}))")
    sized.goto(site_url + sample_report.corpus.posts[0].page_uri)
    clean = sized.locator("section.pb-card")
    clean.wait_for()
    style = "el => { const s = getComputedStyle(el); return [s.borderTopWidth, s.borderTopColor, s.backgroundColor]; }"
    passing = clean.evaluate(style)
    clean.evaluate("(el, html) => { const t = document.createElement('template'); t.innerHTML = html; el.replaceWith(t.content.querySelector('section.pb-card')); }", _card_with_findings())
    card = sized.locator("section.pb-card.pb-card-errors")
    assert card.locator(".pb-card-summary").inner_text().startswith("In review 1 error, 1 warning — waiting on")
    assert card.locator(".pb-findings li").all_inner_texts()[0].startswith("ERROR CH001")  # errors first
    failing = card.evaluate(style)
    assert failing[0] != passing[0] and failing[1:] != passing[1:], (passing, failing)  # thicker top, another colour
    over = card.locator("tr.pb-over")
    assert [row.split("\t")[0] for row in over.all_inner_texts()] == ["X", "Bluesky (own variant)"] and "Too long" in over.first.inner_text()
    assert float(over.first.locator("td").first.evaluate("el => getComputedStyle(el).opacity")) == 1
    results = Axe().run(sized, context="section.pb-card", options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
    assert not [(v["id"], [n["target"] for n in v["nodes"]]) for v in results.response["violations"]]
