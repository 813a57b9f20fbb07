"""The site in a real browser: navigate, search, copy a reply, see the report's charts."""

from __future__ import annotations

import re

import pytest
from playbook.placeholders import render_reply
from playbook.site.labels import STATUS_LABELS

pytestmark = pytest.mark.browser


def test_home_to_month_to_post_card(page, site_url, sample_report):
    page.goto(site_url)
    page.get_by_role("navigation", name="Navigation").get_by_role("link", name="Calendar", exact=True).first.click()
    page.get_by_role("link", name="January 2027").first.click()
    page.wait_for_url(re.compile(r".*/calendar/2027-01/$"))
    table = page.locator("table.pb-calendar")
    assert "January 2027" in table.locator("caption").inner_text()
    post = next(p for p in sample_report.corpus.posts if p.publish.month == 1 and p.status == "published")
    page.locator("table.pb-calendar a", has_text=post.title).first.click()
    page.wait_for_url("**/" + post.page_uri)
    card = page.locator("section.pb-card")
    card.wait_for(state="visible")
    text = card.inner_text()
    assert "Goes out" in text and "Published" in text and "Characters" in text


def test_search_finds_a_post_by_a_word_of_its_title(page, site_url, sample_report):
    post = next(p for p in sample_report.corpus.posts if "sidewalks" in p.title.lower())
    # Material reads the query on a keyup or when its worker reports the index ready. `fill`
    # sends no keyup, so a worker that was ready first never saw the query (the flake under
    # load). Wait for the index itself, then type real keys.
    with page.expect_response(re.compile(r".*/search/search_index\.json$")):
        page.goto(site_url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("sidewalks")
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    found = [text for text in results.all_inner_texts() if post.title.split(":")[0] in text]
    assert found, results.all_inner_texts()
    tags = results.filter(has_text=post.title.split(":")[0]).first.locator(".md-tag").all_inner_texts()
    assert tags[0] == STATUS_LABELS[post.status]  # a result says where the post stands, whatever word matched


def test_copy_button_puts_the_rendered_reply_on_the_clipboard(page, site_url, sample_report):
    template = next(t for t in sample_report.corpus.responses if t.status == "approved")
    expected = render_reply(template.body, sample_report.corpus.plans, reviewer="Jo")
    page.goto(site_url + "responses/")
    page.get_by_label("Reviewer's public name").fill("Jo")
    box = page.locator(".pb-reply-box", has=page.locator(f"#reply-{template.uid}"))
    box.get_by_role("button", name="Copy reply").click()
    page.get_by_text("Copied.").first.wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == expected
    assert "{{" not in expected and sample_report.corpus.plans.practice.contact.phone in expected


def test_unapproved_replies_have_no_copy_button(page, site_url, sample_report):
    template = next(t for t in sample_report.corpus.responses if t.status not in ("approved", "published"))
    page.goto(site_url + "responses/")
    box = page.locator(".pb-reply-box", has=page.locator(f"#reply-{template.uid}"))
    assert box.get_by_role("button", name="Copy reply").count() == 0


def test_report_page_shows_its_charts(page, site_url):
    page.goto(site_url + "report/")
    charts = page.locator("svg[role=img]")
    charts.first.wait_for(state="visible")
    assert charts.count() >= 3
    for index in range(charts.count()):
        chart = charts.nth(index)
        assert chart.is_visible()
        box = chart.bounding_box()
        assert box["width"] > 100 and box["height"] > 50
        assert chart.locator("title").count() == 1


def test_dark_mode_toggle_exists(page, site_url):
    page.goto(site_url)
    assert page.locator("[data-md-color-scheme]").count() >= 1
    assert page.locator("label[for^=__palette]").count() >= 1
