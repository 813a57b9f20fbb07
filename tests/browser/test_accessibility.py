"""axe-core audit: no WCAG 2.1 A/AA violations on the pages people use every week."""

from __future__ import annotations

import pytest

from playbook.check import check_project
from tests.conftest import REPO

pytestmark = pytest.mark.browser
REPORT = check_project(REPO)
POST = next(p for p in REPORT.corpus.posts if p.event)
PAGES = ["", "calendar/2027-01/", "calendar/", "upcoming/", POST.page_uri, "responses/", "report/", "subscribe/", "rules/", "guidelines/expert/"]
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_no_wcag_violations(page, site_url, path, scheme):
    from axe_playwright_python.sync_playwright import Axe

    page.add_init_script(f"localStorage.setItem('/.__palette', JSON.stringify({{index: {0 if scheme == 'default' else 1}, color: {{scheme: '{scheme}', primary: 'teal', accent: 'deep-orange'}}}}))")
    page.goto(site_url + path)
    assert page.locator("body").get_attribute("data-md-color-scheme") == scheme
    results = Axe().run(page, options=WCAG)
    problems = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}"
        for v in results.response["violations"]
    ]
    assert not problems, "\n".join(problems)
