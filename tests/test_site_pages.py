"""Generated pages in the built sample: subscribe links, guideline boxes, post cards, rule pages."""

from __future__ import annotations

from urllib.parse import unquote

from playbook.feeds import build_feeds
from playbook.site.subscribe import subscribe_markdown

from tests.conftest import REPO


def read(site, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_subscribe_page_links_every_feed(built_site, sample_report):
    html = read(built_site, "subscribe")
    for name in ("calendar.ics", "calendar-facebook.ics", "open-slots.ics"):
        url = f"https://playbook.example-ortho.test/{name}"
        assert f'href="webcal://playbook.example-ortho.test/{name}"' in html
        assert url in unquote(html)  # Google's and Outlook's links carry it encoded
    assert "https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fplaybook.example-ortho.test%2Fcalendar.ics" in html
    for client in ("Google Calendar", "Outlook (Microsoft 365)", "Outlook.com", "Apple Calendar", "Copy address"):
        assert html.count(client) >= len(sample_report.corpus.plans.practice.channels) + 2, client  # one per feed card
    assert "https://outlook.office.com/calendar/0/addfromweb?url=https%3A%2F%2Fplaybook.example-ortho.test%2Fcalendar-facebook.ics" in html
    assert ">Facebook posts</h2>" in html and ">Open slots</h2>" in html
    assert "reachable" in html or "published on the internet" in html
    assert "[Cancelled]" in html  # the page says what the feed does with cancelled posts


def test_subscribe_page_says_when_site_url_is_missing(sample_report):
    feeds = build_feeds(sample_report, "")
    page = subscribe_markdown(feeds, "")
    assert "`playbook_url` is not set in `plans/practice.yml`" in page
    assert "webcal://" not in page and '<a class="md-button" href="../calendar.ics">Download calendar.ics</a>' in page


def test_guideline_page_shows_this_months_posts_and_its_rules(built_site, sample_report):
    html = read(built_site, "guidelines/expert")
    expert_january = [p for p in sample_report.corpus.posts if p.guideline == "expert" and p.publish.month == 1 and p.status != "cancelled"]
    assert "Expert posts in January 2027" in html
    assert f"{len(expert_january)} of this month" in html
    assert 'href="../../rules/exp001/"' in html and 'href="../../calendar/2027-01/"' in html
    privacy = read(built_site, "guidelines/privacy")
    assert 'href="../../rules/phi001/"' in privacy and 'href="../../rules/ftc001/"' in privacy and 'href="../../rules/a11y001/"' in privacy


def test_post_page_has_its_card(built_site, sample_report):
    post = next(p for p in sample_report.corpus.posts if p.variants and p.status == "approved")
    html = read(built_site, post.page_uri.rstrip("/"))
    assert 'class="pb-card' in html and "Length of the copy on each channel" in html
    assert "(own variant)" in html and "All checks pass — approved and ready to go out" in html
    assert html.index('class="pb-card') < html.index('id="copy"')


def test_rule_page_is_generated_from_the_docstring(built_site):
    html = read(built_site, "rules/phi001")
    for heading in ("What it flags", "Why", "Examples", "Waiving it"):
        assert heading in html
    assert "only counts once someone in the privacy role" in html


def test_the_script_knows_the_reviewer_placeholder_the_library_renders():
    import re

    from playbook.placeholders import REVIEWER_PLACEHOLDER

    script = (REPO / "hooks" / "playbook_glue" / "theme" / "assets" / "javascripts" / "playbook.js").read_text(encoding="utf-8")
    assert re.search(r'var REVIEWER_PLACEHOLDER = "(.*?)";', script).group(1) == REVIEWER_PLACEHOLDER


def test_library_marks_the_reviewer_name_and_hides_placeholder_syntax(built_site, sample_report):
    html = read(built_site, "responses")
    approved = [t for t in sample_report.corpus.responses if t.status == "approved"]
    assert html.count('<span class="pb-reviewer">[reviewer\'s public name]</span>') >= len(approved)
    assert "For editors: the placeholders in this reply" in html
    assert '<div class="pb-reviewer-box" hidden="">' in html  # the script shows it with its text field
    drafts = [t for t in sample_report.corpus.responses if t.status not in ("approved", "published", "cancelled")]
    assert html.count("not approved by the privacy lead. Do not use.") == len(drafts)


def test_each_posts_search_entry_carries_its_status_and_the_page_shows_no_tag_list(built_site, sample_report):
    """Material shows a result's tags whatever word matched: the status comes first, the post's own tags after."""
    import json

    from playbook.site.labels import STATUS_LABELS

    docs = {d["location"]: d for d in json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]}
    for post in sample_report.corpus.posts:
        assert docs[post.page_uri]["tags"] == [STATUS_LABELS[post.status], *post.tags], post.page_uri  # the sample passes every check
    assert "md-tags" not in read(built_site, sample_report.corpus.posts[0].page_uri.rstrip("/"))  # the card says it on the page


def test_a_post_page_leaves_the_card_s_fields_to_the_card(sample_copy, monkeypatch, built_site, sample_report):
    """A post's channels, variants, pictures and approvals are drawn on its card: held on its page by MkDocs to the end
    of the build they were the peak of a cold build's memory. What the theme reads (title, author, status, tags) stays,
    and so does a key a plugin put there."""
    import yaml
    from playbook.site.session import CARD_FIELDS, Session

    monkeypatch.setenv("PLAYBOOK_NO_CACHE", "1")
    session = Session.open(str(sample_copy / "mkdocs.yml"), str(sample_copy / "content"))
    session.check("")
    post = next(p for p in sample_report.corpus.posts if p.variants)
    src = post.path.removeprefix("content/")
    _, front, markdown = (sample_copy / post.path).read_text(encoding="utf-8").split("---\n", 2)
    meta = {**yaml.safe_load(front), "git_revision_date_localized": "4 January 2027"}  # as a plugin would add it
    shown, _ = session.page(src, markdown, meta)
    assert {"variants", "channels", "publish", "uid"} <= set(meta) and not set(shown) & CARD_FIELDS
    assert set(shown) == set(meta) - CARD_FIELDS | {"tags"}
    assert shown["title"] == meta["title"] and shown["author"] == meta["author"] and shown["status"] == meta["status"]
    assert shown["git_revision_date_localized"] == "4 January 2027"
    page = read(built_site, post.page_uri.rstrip("/"))
    assert f'<meta name="author" content="{meta["author"]}">' in page  # Material's, as before
