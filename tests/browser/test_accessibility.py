"""axe-core audit: no WCAG 2.1 A/AA violations on the pages people use every week."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser
# Two pages are chosen from the sample when the test runs (a post with an event, an approved reply).
POST, REPLY = "a-post-with-an-event", "an-approved-reply"
PAGES = ["", "calendar/2027-01/", "calendar/", "calendar/week/", "upcoming/", POST, "responses/", REPLY, "report/", "subscribe/", "rules/", "guidelines/expert/"]
PHONE_PAGES = ["", "calendar/", "calendar/2027-01/", "responses/", "report/", "subscribe/"]
# Every violation in full; of the passes and the checks left to a person, axe keeps one node each (resultTypes): the audit
# asserts only violations, and skipping the rest's details took a quarter off each page's audit
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, "resultTypes": ["violations"]}


def _audit(page, site_url, path, scheme, prepare=None):
    from axe_playwright_python.sync_playwright import Axe

    page.add_init_script(f"localStorage.setItem('/.__palette', JSON.stringify({{index: {0 if scheme == 'default' else 1}, color: {{scheme: '{scheme}', primary: 'teal', accent: 'deep-orange'}}}}))")
    page.goto(site_url + path)
    assert page.locator("body").get_attribute("data-md-color-scheme") == scheme
    if prepare:
        prepare(page)
    results = Axe().run(page, options=WCAG)
    problems = [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}" for v in results.response["violations"]]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_no_wcag_violations(page, site_url, path, scheme, sample_report):
    if path == POST:
        path = next(p for p in sample_report.corpus.posts if p.event).page_uri
    elif path == REPLY:
        path = next(t for t in sample_report.corpus.responses if t.status == "approved").page_uri
    _audit(page, site_url, path, scheme)


@pytest.mark.parametrize("path", PHONE_PAGES)
@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_no_wcag_violations_on_a_phone(page, site_url, path, scheme):
    page.set_viewport_size({"width": 390, "height": 844})
    _audit(page, site_url, path, scheme)


def _filters_and_name_in_use(page):
    """The parts the script adds, in use: a filter pressed, the name box filled."""
    bar = page.locator("details.pb-filters")
    bar.locator("summary").click()
    bar.locator("button.pb-filter").first.click()
    box = page.locator("#pb-reviewer-name")
    if box.count():
        box.fill("Sam R.")


@pytest.mark.parametrize("path", ["calendar/2027-02/", "responses/"])
@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_no_wcag_violations_with_the_controls_in_use(page, site_url, path, scheme):
    _audit(page, site_url, path, scheme, _filters_and_name_in_use)


def test_the_audit_reports_the_violations_of_a_page_that_has_them(page):
    """With the options above axe still reports violations in full: an image with no text and a button with no name fail."""
    from axe_playwright_python.sync_playwright import Axe

    page.set_content('<html lang="en"><head><title>Broken</title></head><body><main><img src="x.png"><img src="y.png"><button></button></main></body></html>')
    found = {v["id"]: len(v["nodes"]) for v in Axe().run(page, options=WCAG).response["violations"]}
    assert found.get("image-alt") == 2 and found.get("button-name") == 1, found
