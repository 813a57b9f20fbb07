"""SEC rules: markup in front matter and plans (SEC001), live HTML (SEC002) and unsafe links (SEC003) in copy.

Beyond the example tables: each finding lands on the line (and column) of the
markup, obfuscations are seen through, and a property test holds the detector
to the real renderer: whatever Python-Markdown, with the site's extensions,
would turn into a script, a handler or a `javascript:` link is reported.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playbook.check import check_project
from playbook.markup import in_copy, in_field, inert
from playbook.site.sanitize import public_markdown

from tests.conftest import GOOD_POST, PRACTICE, SERIES, TEAM, make_project
from tests.live_markup import EXTENSIONS, live_in
from tests.rules.harness import Cases, hits, post, response
from tests.rules.test_frontmatter import GOOD_RESPONSE, P, R, edit, files

REPLY = GOOD_RESPONSE  # the front-matter tables' files: one practice to break in one place


TITLE = "title: Stretch before you shovel"

CASES = {
    "SEC001": Cases(
        trigger=[
            files(edit(TITLE, 'title: "Walk <img src=x onerror=alert(1)>"')),
            files(edit(TITLE, 'title: "Tips\\\\](javascript:alert(1)) more"')),
            files(edit(TITLE, 'title: "Walk &lt;script&gt;alert(1)&lt;/script&gt;"')),
            files(edit("author: jlee", 'author: jlee\ntags: [walks, "<b onmouseover=x>hi</b>"]')),
            files(edit("author: jlee", 'author: jlee\nevent: {name: 5K, start: 2027-01-20 09:00, location: "Park <script>x</script>"}')),
            files(edit("author: jlee", 'author: jlee\nmedia: [{file: a.jpg, alt: "<svg onload=alert(1)>"}]')),
            files(series=SERIES.replace("name: Wellness Wednesday", 'name: "Wellness <iframe src=//x>"')),
            files(team=TEAM.replace("name: Jordan Lee", 'name: "Jordan <!-- x -->Lee"')),
            files(practice=PRACTICE.replace("name: Patient Relations", 'name: "[Patient Relations](javascript:alert(1))"')),
            {P: GOOD_POST, R: edit("title: General apology", 'title: "Sorry <img src=x onerror=alert(1)>"', REPLY)},
        ],
        clean=[
            files(),
            files(edit(TITLE, 'title: "Walk & talk: <3 miles, a < b"')),
            files(edit(TITLE, 'title: "Our (data: 2026) in review"')),
            files(edit("author: jlee", 'author: jlee\nvariants: {instagram: "Copy is checked by SEC002, not here <b>"}')),
            {P: GOOD_POST, R: REPLY},
        ],
    ),
    "SEC002": Cases(
        trigger=[
            "Hello <script>alert(1)</script>",
            "<IMG SRC=x OnError = alert(1)>",
            "<img src=x\n  onerror=alert(1)>",
            '<iframe src="https://example.test"></iframe>',
            '[Sign up](https://example.test){: onclick="steal()" }',
            "<scr<!-- a team note -->ipt>alert(1)</script>",
            "<svg/onload=alert(1)>",
            post(variants={"instagram": "<details open ontoggle=alert(1)>"}),
            response("We're sorry. <script>alert(1)</script>"),
            response('We\'re sorry, {{ "<scr" ~ "ipt>" }}alert(1).'),
        ],
        clean=[
            "Walk with us <3 (kids under 12 < 5 miles).",
            "Some <b>bold</b> words and a [link](https://example.test).",
            "<!-- <script>a team note never goes out</script> -->Warm up first.",
            "Read the online=help page; the `script` of our video is ready.",
            response("We're sorry, {{ reviewer }}. Please call {{ contact.phone }}."),
        ],
    ),
    "SEC003": Cases(
        trigger=[
            "[Sign up](javascript:alert(1))",
            "[Sign up](JaVa&#x53;cript:alert(1))",
            "[Sign up](java\tscript:alert(1))",
            "[Sign up][r]\n\n[r]: vbscript:msgbox(1)",
            "![chart](data:image/svg+xml;base64,PHN2Zz4=)",
            '<a href="&#106;avascript:alert(1)">here</a>',
            '<img src=" data:text/html,x">',
            post(variants={"x": "[go](javascript:alert(1))"}),
            response("Details [here](javascript:alert(1))."),
        ],
        clean=[
            "[Sign up](https://www.example-ortho.test/5k)",
            "Our survey (data: 2026) shows more walkers.",
            "We use javascript: no, we do not. Plain words only.",
            "<!-- [draft link](javascript:alert(1)) -->Warm up first.",
            response("Please email {{ contact.email }}."),
        ],
    ),
}


# -- where findings land, what they say --------------------------------------------------------------
def test_copy_findings_name_line_column_and_what_to_remove():
    body = "First line.\nSee <script>alert(1)</script> and [x](javascript:alert(2)).\n"
    (active,) = hits("SEC002", post(body, body_line=12))
    (link,) = hits("SEC003", post(body, body_line=12))
    assert (active.line, active.column) == (13, 5) and "'<script' tag" in active.message
    assert (link.line, link.column) == (13, 39) and "'javascript:' link" in link.message
    assert active.hint and link.hint


def test_variant_findings_say_which_variant():
    item = post(variants={"x": "ok\n<img src=x onerror=alert(1)>"}, lines={"variants.x": 7})
    (hit,) = hits("SEC002", item)
    assert hit.line == 8 and "in the x variant" in hit.message and "'onerror=' handler" in hit.message


def test_front_matter_finding_names_the_field_and_line():
    text = edit("author: jlee", 'author: jlee\nmedia:\n  - {file: a.jpg, alt: "ok"}\n  - {file: b.jpg, alt: "<img src=x onerror=alert(1)>"}')
    found = [f for f in _check(files(text)) if f.code == "SEC001"]
    assert [(f.path, f.line) for f in found] == [(P, 11)]  # the line of the second media entry
    assert "'media[2].alt'" in found[0].message and "'<img'" in found[0].message


def test_plans_finding_names_the_file_and_line():
    series = SERIES + '- {id: x, name: "A <script>b</script>", channels: [x], guideline: personality, rrule: "FREQ=WEEKLY", time: "09:00", from: 2027-01-13}\n'
    found = [f for f in _check(files(series=series)) if f.code == "SEC001"]
    assert [(f.path, f.line) for f in found] == [("plans/series.yml", 2)] and "'[2].name'" in found[0].message


def test_other_pages_front_matter_is_checked_too():
    found = [f for f in _check({"content/guidelines/x.md": '---\ntitle: "Hi <img src=x onerror=alert(1)>"\n---\n# Hi\n'}) if f.code == "SEC001"]
    assert [(f.path, f.line) for f in found] == [("content/guidelines/x.md", 2)]


def test_other_pages_text_is_checked_too():
    page = "---\ntitle: Community\n---\n# Community\n\nWe walk.\n<script>alert(1)</script> [x](javascript:alert(2))\n"
    found = sorted((f.code, f.line, f.column) for f in _check({"content/guidelines/x.md": page}) if f.code.startswith("SEC"))
    assert found == [("SEC002", 7, 1), ("SEC003", 7, 31)]
    found = [(f.code, f.line) for f in _check({"content/about.md": "No front matter.\n<iframe src=x></iframe>\n"}) if f.code.startswith("SEC")]
    assert found == [("SEC002", 2)]


def _check(extra: dict):
    with tempfile.TemporaryDirectory() as folder:
        root = make_project(Path(folder), {k: v for k, v in extra.items() if not k.startswith("plans/")}, {k[6:]: v for k, v in extra.items() if k.startswith("plans/")})
        return check_project(root).findings


# -- protected: no waiver, no ignore, no softer severity ------------------------------------------------
HOSTILE = edit("Snow day?", "Snow day? <script>alert(1)</script>")


@pytest.mark.parametrize(
    "checks, message",
    [
        ("rules:\n  ignore: [SEC002]\n", "security rules cannot be ignored"),
        ("rules:\n  ignore: [S]\n", "security rules cannot be ignored"),
        ("rules:\n  severity: {SEC: warning}\n", "security rules cannot be softened"),
        ("rules:\n  select: [PER]\n", None),
    ],
)
def test_configuration_cannot_switch_security_off(checks, message):
    found = _check({P: HOSTILE, "plans/checks.yml": "as_of: 2027-01-05\n" + checks})
    assert any(f.code == "SEC002" and f.severity.label == "error" for f in found)
    if message:
        assert any(f.code == "FM047" and message in f.message and f.path == "plans/checks.yml" for f in found)


def test_security_findings_cannot_be_waived_even_with_privacy_approval():
    text = HOSTILE.replace(
        "author: jlee\n", 'author: jlee\napprovals: [{by: mreyes, role: privacy, on: 2027-01-02}]\nwaivers:\n  - {rule: SEC002, reason: "The script is a harmless demo for staff"}\n'
    )
    found = _check({P: text})
    assert any(f.code == "SEC002" for f in found)
    assert any(f.code == "FM047" and "SEC002 cannot be waived" in f.message for f in found)


# -- the detectors ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "<ScRiPt>x</script>",
        "<script\n>x",
        "<img src=x onerror=alert(1)//",  # no closing '>': browsers still wait for it
        '<a href="x"onmouseover=alert(1)>',
        '<div style="x" onpointerenter="y">',
        '<img alt=">" onerror=alert(1)>',  # a quoted '>' does not end the tag
        "![x](data: )",  # Markdown keeps spaces in a destination
        "[x](data: 2026)",
        "{ onclick=alert(1) }",
        "[a](  javascript:alert(1))",
        "[a](<javascript:alert(1)>)",
        "[a](jav&#0000097script:alert(1))",
        "[a](java&NewLine;script:alert(1))",
        "[a](java&Tab;script&colon;alert(1))",
        "[a](&amp;#106;avascript:alert(1))",
        "<javascript:alert(1)>",
        "[a](vbscript:msgbox(1))",
        "[r]:\n    javascript:alert(1)",
        "<object data=x>",
        "<form action=https://x.test><button>go</button></form>",
        "<meta http-equiv=refresh content=0>",
        "<base href=https://evil.test/>",
    ],
)
def test_copy_detector_sees_through_obfuscation(text):
    assert in_copy(text), text
    assert not live_in(inert(text)), inert(text)  # what feeds carry is inert as HTML


@pytest.mark.parametrize("text", ["Kids <3 running", "a < b and c > d", "Q&A: knees", "AT&T; R&D", "x = y", "Wellness (Wednesday)", "data: 2026"])
def test_plain_text_is_left_alone(text):
    assert not in_copy(text) and not in_field(text) and inert(text) == text


@pytest.mark.parametrize("text", ["<img src=x ", "<svg", "</title", "<!--", "<!-- a note", "&lt;img src=x ", "&#60;a href=", "Walk <b", "x<iframe"])
def test_a_piece_of_a_tag_is_defused_on_its_own(text):
    """Inert alone, but it opens a tag another field could finish (`onerror=alert(1)>` in the next property)."""
    defused = inert(text)
    assert "<" not in defused and not live_in(defused + " onerror=alert(1)>"), defused


# -- property: the detector covers what the real renderer makes live ---------------------------------------
PIECES = [
    "<script>", "</script>", "<img src=x ", "onerror=", "alert(1)", ">", "<a href=", '"', "'", "javascript:", "JaVaScRiPt:",
    "java\tscript:", "jav&#x61;script:", "&#106;", "avascript:", "data:", "text/html,", "vbscript:", "[", "]", "(", ")",
    "](", "![x](", "{: ", "onclick=", "}", "\n", "\n\n", " ", "<!--", "-->", "<svg", "/onload=", "&lt;", "&colon;",
    "\\", "`", "*", "_", "#", "<iframe", "src=", "https://example.test", "word", "<b>", "</b>", "[r]: ", "[r]",
    'alt=">" ', "&Tab;", "&NewLine;",
]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14))
def test_whatever_markdown_makes_live_is_reported(pieces):
    text = "".join(pieces)
    rendered = markdown.markdown(public_markdown(text), extensions=EXTENSIONS)  # notes leave first, as on the site
    if live_in(rendered):
        assert in_copy(text), (text, rendered)


@pytest.mark.parametrize("body", ["Hi <scr\u200bipt>alert(1)</script>", "Hi ＜script＞alert(1)", "[Pay here](ｊａｖａｓｃｒｉｐｔ:alert(1))"])
def test_a_reply_is_read_as_folded_as_a_post(body):
    """Posts and replies go through one copy iterator (text.copies), so look-alike and invisible
    characters hide markup from neither: the same text gives the same finding, at the same column."""

    def found(item):
        return [(h.message, h.column) for code in ("SEC002", "SEC003") for h in hits(code, item)]

    reply, the_post = found(response(body)), found(post(body=body))
    assert reply and reply == the_post
