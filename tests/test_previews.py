"""The post card's verdict and the previews per channel: variants, the fold, hashtags, links, media."""

from __future__ import annotations

import dataclasses
import html
import re
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.channels import CHANNELS
from playbook.check import Report
from playbook.corpus import Corpus
from playbook.findings import Finding, Severity
from playbook.model import Media
from playbook.site.card import post_card, state_text
from playbook.site.marks import Marks, marks_for, search_tags
from playbook.site.previews import fold_at, image_source, pieces, preview

from tests.live_markup import EXTENSIONS, live_in
from tests.rules.harness import PLANS, TODAY, approval, post


def report(*posts, findings=(), root=Path(".")) -> Report:
    return Report(Corpus(root, PLANS, tuple(posts), (), ()), TODAY, tuple(findings))


def shown(parts) -> str:
    return "".join(p.text for p in parts)


# -- the verdict at the top of the card -------------------------------------------------------------------


def test_card_summary_counts_findings_and_says_what_the_post_waits_for():
    item = post(guideline="expert", status="in-review", publish="2027-02-15 09:00", approvals=[approval()])
    findings = [
        Finding(item.path, 3, "EXP002", "Cite a source", Severity.WARNING),
        Finding(item.path, 9, "PHI003", "Remove the name", Severity.ERROR),
        Finding(item.path, 12, "PHI004", "Remove the phone", Severity.ERROR),
    ]
    card = post_card(item, report(item, findings=findings))
    assert "2 errors, 1 warning — waiting on clinical approval (due Fri 12 Feb)" in card
    assert "pb-card-errors" in card
    listed = re.findall(r'<li class="pb-sev-(\w+)">', card)
    assert listed == ["error", "error", "warning"]  # errors first
    assert card.index("Remove the name") < card.index("Remove the phone") < card.index("Cite a source")


@pytest.mark.parametrize(
    "fields, words",
    [
        ({"status": "published", "publish": "2027-01-10 09:00", "approvals": [approval()]}, "published"),
        ({"status": "approved", "approvals": [approval()]}, "approved and ready to go out"),
        ({"status": "approved", "guideline": "expert", "approvals": [approval()]}, "approved, but still without clinical approval"),
        ({"status": "in-review", "approvals": [approval()]}, "every approval is in: set its status to approved"),
        ({"status": "draft", "guideline": "negatives"}, "still a draft: it will need privacy approval and a sign-off (due Fri 29 Jan)"),
        ({"status": "idea"}, "still an idea: it will need a sign-off (due Fri 29 Jan)"),
        ({"status": "cancelled"}, "cancelled: it will not go out"),
        ({"status": "draft", "approvals": [approval()]}, "still a draft, although its approvals are in: finish it and set its status"),
    ],
)
def test_state_in_words(fields, words):
    item = post(publish=fields.pop("publish", "2027-02-01 10:00"), **fields)
    assert state_text(item, report(item)) == words


@given(
    status=st.sampled_from(["idea", "draft", "in-review", "approved", "published", "cancelled"]),
    guideline=st.sampled_from(["expert", "negatives", "personality", "community", "consistency"]),
    given_roles=st.lists(st.sampled_from([("dr-okafor", "clinical"), ("mreyes", "privacy"), ("tbrooks", "approver"), ("jlee", "clinical")]), max_size=4),
    day=st.integers(min_value=-10, max_value=40),
)
@settings(max_examples=100, deadline=None)
def test_every_status_and_approval_mix_gets_a_verdict(status, guideline, given_roles, day):
    import datetime as dt

    from playbook.site.needs import needs_action

    publish = dt.datetime.combine(TODAY + dt.timedelta(days=day), dt.time(10, 0), tzinfo=PLANS.tz)
    item = post(status=status, guideline=guideline, publish=publish, approvals=[approval(by, role) for by, role in given_roles])
    words = state_text(item, report(item))
    assert words and "  " not in words and not words.endswith(" ") and "need  " not in words
    for section in needs_action(report(item)).sections:
        for entry in section.items:
            assert entry.todo and "for ;" not in entry.todo and "()" not in entry.todo


# -- what a search result says of a post --------------------------------------------------------------


@pytest.mark.parametrize(
    "status, severities, tags, shown",
    [
        ("in-review", ["error", "error", "warning"], ["walking"], ["In review", "2 errors", "1 warning", "walking"]),
        ("draft", ["warning"], None, ["Draft", "1 warning"]),
        ("approved", [], ["event", "walking"], ["Approved", "event", "walking"]),
        ("published", ["info"], [], ["Published"]),  # info is nothing to act on
        ("cancelled", ["error"], "not-a-list", ["Cancelled", "1 error"]),
        ("idea", ["warning"] * 1200, ["Idea", "music"], ["Idea", "1,200 warnings", "music"]),  # a tag named like a status shows once
    ],
)
def test_search_results_show_the_status_and_finding_counts_before_the_tags(status, severities, tags, shown):
    item = post(guideline="expert", status=status, publish="2027-02-15 09:00")
    found = [Finding(item.path, n + 1, "EXP002", "Cite a source", Severity[s.upper()]) for n, s in enumerate(severities)]
    assert search_tags(marks_for(item, report(item, findings=found)), tags) == shown


@given(
    status=st.sampled_from(["idea", "draft", "in-review", "approved", "published", "cancelled"]),
    errors=st.integers(0, 2000),
    warnings=st.integers(0, 3),
    tags=st.one_of(st.none(), st.text(max_size=5), st.lists(st.text(max_size=12), max_size=5)),
)
@settings(max_examples=100, deadline=None)
def test_search_tags_always_open_with_the_status_in_words(status, errors, warnings, tags):
    marks = Marks(status, errors, warnings)
    shown = search_tags(marks, tags)
    counts = [c for c in (errors and f"{errors:,} error{'s' if errors != 1 else ''}", warnings and f"{warnings} warning{'s' if warnings != 1 else ''}") if c]
    own = [marks.status_label, *counts]
    assert shown[: len(own)] == own  # the status in words, then the counts, whatever the post's tags
    assert shown[len(own) :] == [t for t in (tags if isinstance(tags, list) else []) if t not in own]


def test_numbers_have_thousands_separators_and_over_limit_rows_say_so():
    long = post("word " * 700, channels=["facebook", "x"], publish="2027-02-01 10:00")
    card = post_card(long, report(long))
    assert '<td class="pb-num">63,206</td>' in card and "3,499" in card
    assert '<tr class="pb-over"><th scope="row">X</th>' in card and "✖ Too long" in card


# -- previews ------------------------------------------------------------------------------------------


def _preview_text(card: str, channel: str) -> str:
    """What a reader of the page sees in a channel's preview, the fold marker and screen-reader note left out."""
    block = re.search(rf'<section class="pb-preview pb-preview-{channel}".*?</section>', card, re.DOTALL).group(0)
    text = re.split(r'<div class="pb-preview-text"[^>]*>', block, maxsplit=1)[1].rsplit("</div>", 1)[0]
    text = re.sub(r'<span class="pb-sr">.*?</span>|<span class="pb-fold">.*?</span>', "", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def test_each_channel_shows_its_own_variant_in_full(sample_report):
    post_with_variants = next(p for p in sample_report.corpus.posts if {"x", "bluesky"} <= set(p.variants) and "facebook" in p.channels)
    card = post_card(post_with_variants, sample_report)
    for channel in post_with_variants.channels:
        copy = post_with_variants.copy_for(channel)
        if channel not in ("x", "bluesky"):  # those two show links shortened
            assert _preview_text(card, channel) == copy, channel
        else:
            assert _preview_text(card, channel)[:60] == copy[:60], channel
        block = re.search(rf'<section class="pb-preview pb-preview-{channel}".*?</section>', card, re.DOTALL).group(0)
        assert ("(its own variant)" in block) == (channel in post_with_variants.variants)
    assert post_with_variants.variants["x"][:50] in html.unescape(card)  # the X variant is on the page


def test_hashtags_and_links_are_marked_and_x_shortens_links():
    text = "Read more at https://www.example-ortho.test/winter/ice-safety-guide-for-everyone today #WinterSafety"
    x = dict((p.kind, p) for _, _, p in pieces(text, "x"))
    assert x["link"].text == "example-ortho.test/win…" and len(x["link"].text) == 23 and x["link"].title.startswith("https://www.example-ortho.test/")
    assert x["hashtag"].text == "#WinterSafety"
    instagram = [p.kind for _, _, p in pieces(text, "instagram")]
    assert "dead-link" in instagram  # captions do not link there
    facebook = [p for _, _, p in pieces(text, "facebook") if p.kind == "link"]
    assert facebook[0].text == "https://www.example-ortho.test/winter/ice-safety-guide-for-everyone"


def test_the_fold_falls_where_the_feed_cuts_at_a_word_boundary():
    text = ("Winter walking tips for everyone in town. " * 6).strip()
    cut = fold_at(text, "instagram")
    assert cut is not None and cut <= CHANNELS["instagram"].fold and text[cut] == " "
    assert fold_at(text, "x") is None  # X shows everything
    assert fold_at("Short and sweet.", "instagram") is None
    lines = "One\nTwo\nThree\nFour is hidden"
    assert fold_at(lines, "instagram") == lines.index("\nFour")  # Instagram also folds after three lines
    assert fold_at("One\nTwo\nThree\n", "instagram") is None  # nothing after the third line: nothing hidden
    assert fold_at("x" * 300, "facebook") == CHANNELS["facebook"].fold  # one long word is cut where it is


@given(text=st.lists(st.sampled_from(list("ab #_\n.:/") + ["https://", "www.", "x.test", "é", "👍🏽", "#Tag", "word "]), max_size=120).map("".join))
@settings(max_examples=100, deadline=None)
def test_previews_keep_every_character_in_order(text):
    for channel in ("instagram", "facebook", "x", "linkedin", "bluesky", "mastodon"):
        parts = pieces(text, channel)
        assert [(s, e) for s, e, _ in parts] == sorted((s, e) for s, e, _ in parts)
        assert "".join(text[s:e] for s, e, _ in parts) == text  # the pieces cover the copy, nothing twice
        item = post(text or "x", channels=[channel])
        result = preview(item, channel, report(item))
        plain = [p for p in (*result.before, *result.after) if p.kind != "link"]
        assert all(p.text in item.copy_for(channel) for p in plain)
        if result.after:
            assert result.fold is not None


def test_media_show_as_thumbnails_only_from_inside_the_content_folder(tmp_path):
    folder = tmp_path / "content" / "posts" / "2027" / "02"
    folder.mkdir(parents=True)
    (folder / "walk.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "content" / "images").mkdir()
    (tmp_path / "content" / "images" / "team.png").write_bytes(b"\x89PNG")
    (tmp_path / "secret.jpg").write_bytes(b"\xff\xd8\xff")
    item = dataclasses.replace(post(), path="content/posts/2027/02/01-walk.md")
    src = "posts/2027/02/01-walk.md"

    def source(name: str) -> str:
        return image_source(Media(name, "alt"), item, tmp_path, src)

    assert source("walk.jpg") == "../walk.jpg"
    assert source("images/team.png") == "../../../../images/team.png"
    for refused in ("../../../../secret.jpg", "/etc/passwd.jpg", "https://tracker.test/pixel.gif", "missing.jpg", "walk.svg", "C:\\x.jpg", "a\x00b.jpg", "x" * 5000 + ".jpg"):
        assert source(refused) == "", refused
    card = post_card(dataclasses.replace(item, media=(Media("walk.jpg", 'A "walk" <b>'), Media("clip.mp4", "", captions=False))), report(item, root=tmp_path))
    assert '<img src="../walk.jpg" alt="A &#34;walk&#34; &lt;b&gt;"' in card
    assert "Alt text:</strong> none: add one" in card and "captions missing" in card


def test_preview_block_is_inert_html_whatever_the_copy_says():
    item = post('<script>alert(1)</script> [x](javascript:alert(2)) #Tag https://evil.test/"onmouseover=alert(3)', channels=["facebook", "x", "instagram"])
    html = markdown.Markdown(extensions=EXTENSIONS).convert(post_card(item, report(item)))
    assert not live_in(html)
    assert "&lt;script&gt;" in html
