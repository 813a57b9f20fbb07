"""The playbook site, its search index, feeds and exports under attack (issue 10, "Hostile and careless input").

One hostile practice is built once, the way `mkdocs serve` builds (errors do
not abort), so the site's own defences are tested without the checks' help:
every attack below must be reported as a located finding AND be inert in
everything published. A real `mkdocs build` of the same practice refuses it.
A property test then pushes generated titles and bodies through the real
renderers (post card, calendar, guideline box, library, feeds, exports).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import re
import subprocess
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from playbook import export
from playbook.check import Report, check_project
from playbook.corpus import Corpus
from playbook.feeds import Feed, build_feeds
from playbook.findings import Finding, Severity
from playbook.markup import in_copy, in_field
from playbook.model import Event, Media
from playbook.rules import get
from playbook.site.admonitions import findings_box
from playbook.site.calendar import CalendarPages
from playbook.site.card import post_card
from playbook.site.generated import generated_pages
from playbook.site.guidelines import guideline_extras
from playbook.site.library import library_page, reply_block, reply_ids
from playbook.site.report import report_markdown
from playbook.site.sanitize import clean_page, escape_meta, public_markdown
from playbook.site.subscribe import subscribe_markdown

from tests.conftest import CAMPAIGNS, PRACTICE, REPO, SERIES, TEAM, make_project
from tests.live_markup import ACTIVE, EXTENSIONS, live_in, live_in_page
from tests.rules import harness

# -- the hostile practice -------------------------------------------------------------------------------

POST = """\
---
title: {title}
uid: atk-{n:03d}
publish: 2027-01-{day:02d} 10:00
channels: [facebook, instagram]
guideline: community
status: {status}
author: jlee{extra}
tags: [walks, {tag}]
event: {{name: {name}, start: 2027-01-{day:02d} 18:00, end: 2027-01-{day:02d} 19:00, location: {location}, url: "https://www.clinic.test/events"}}
media: [{{file: walk.jpg, alt: {alt}, people: false}}]
variants: {{instagram: {variant}}}
---
{body}
"""
SAFE = {
    "title": "Winter walk {n}",
    "tag": "winter",
    "name": "Winter walk",
    "location": "Riverside Park",
    "alt": "Two walkers on a snowy trail",
    "variant": "Join us on the trail! #WinterWalk",
    "body": "Join us for a winter walk along the river. Dress warm and bring a friend.",
}
LINE = {"title": 2, "tag": 9, "name": 10, "location": 10, "alt": 11, "variant": 12, "body": 14}
NOTE = "TEAM-NOTE-SECRET"


@dataclasses.dataclass(frozen=True)
class Attack:
    field: str  # a key of SAFE, or "reply-title" / "reply-body" / a plans file
    payload: str
    code: str
    line: int = 0  # 0: the line of `field` in the post template
    column: int = 0  # checked when given

    @property
    def id(self) -> str:
        return f"{self.field}-{re.sub(r'[^a-z0-9]+', '-', self.payload.lower())[:40]}"


ATTACKS = [
    Attack("title", "Walk <img src=x onerror=alert(101)>", "SEC001"),
    Attack("title", "Tips\\](javascript:alert(102)) more", "SEC001"),
    Attack("title", "&lt;script&gt;alert(103)&lt;/script&gt;", "SEC001"),
    Attack("title", "<ScRiPt>alert(104)</sCrIpT>", "SEC001"),
    Attack("tag", "<b onmouseover=alert(105)>tag</b>", "SEC001"),
    Attack("name", "<svg onload=alert(106)>", "SEC001"),
    Attack("location", "Park <script>alert(107)</script>", "SEC001"),
    Attack("alt", "<img src=y onerror=alert(108)>", "SEC001"),
    Attack("variant", "<svg/onload=alert(109)>", "SEC002"),
    Attack("body", "Hello <script>alert(110)</script>", "SEC002", column=7),
    Attack("body", "<IMG SRC=x OnError=alert(111)>", "SEC002", column=12),
    Attack("body", '<iframe src="https://evil.test/112"></iframe>', "SEC002", column=1),
    Attack("body", "[Sign up](javascript:alert(113))", "SEC003", column=11),
    Attack("body", "[Sign up](JaVa&#x53;cript:alert(114))", "SEC003", column=11),
    Attack("body", "[Sign up](java\tscript:alert(115))", "SEC003", column=11),
    Attack("body", "[Sign up][r]\n\n[r]: vbscript:alert(116)", "SEC003", line=16),
    Attack("body", "![chart](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMTcpPC9zY3JpcHQ+)", "SEC003", column=10),
    Attack("body", '<a href="&#106;avascript:alert(118)">here</a>', "SEC003"),
    Attack("body", '[Site](https://www.clinic.test){: onclick="alert(119)" }', "SEC002"),
    Attack("body", "<scr<!-- a note -->ipt>alert(120)</script>", "SEC002", column=1),
    Attack("body", "Read on.\n\n<details open ontoggle=alert(121)>x</details>", "SEC002", line=16),
    Attack("reply-title", "Sorry <img src=x onerror=alert(122)>", "SEC001", line=2),
    Attack("reply-body", "We are sorry. <script>alert(123)</script> Call {{ contact.name }} at {{ contact.phone }}.", "SEC002", line=9),
    Attack("plans/series.yml", "Wellness <img src=x onerror=alert(124)>", "SEC001", line=1),
    Attack("plans/team.yml", "Jordan <img src=x onerror=alert(125)> Lee", "SEC001", line=2),
    Attack("plans/campaigns.yml", "Heart <svg onload=alert(126)>", "SEC001", line=1),
    Attack("plans/practice.yml", "Test <script>alert(127)</script> Clinic", "SEC001", line=1),
    Attack("plans/practice.yml", "Patient Relations [call](javascript:alert(128))", "SEC001", line=6),
    Attack("file-name", "x](javascript:alert(129))", "FM031"),  # an unsafe name: the file is never read nor built
]
POSTS_DIR = "content/posts/2027/01"


def _yaml(text: str) -> str:
    return json.dumps(text)  # a JSON string is a YAML double-quoted scalar


def _post(n: int, day: int = 0, status: str = "draft", extra: str = "", **fields) -> str:
    values = {key: value.format(n=n) for key, value in SAFE.items()} | fields
    quoted = {key: (values[key] if key == "body" else _yaml(values[key])) for key in SAFE}
    return POST.format(n=n, day=day or n % 28 + 1, status=status, extra=extra, **quoted)


def _reply(uid: str, title: str, body: str) -> str:
    approvals = "approvals: [{by: mreyes, role: privacy, on: 2027-01-02}]"
    return f"---\ntitle: {_yaml(title)}\nuid: {uid}\nscenario: wait-time\nplatforms: [google]\nstatus: approved\n{approvals}\n---\n{body}\n"


def _where(index: int, attack: Attack) -> tuple[str, int]:
    """The file an attack lives in and the line its finding must name."""
    if attack.field in SAFE:
        return f"{POSTS_DIR}/{index:02d}-attack.md", attack.line or LINE[attack.field]
    if attack.field.startswith("reply"):
        return f"content/responses/attack-{index:02d}.md", attack.line
    if attack.field == "file-name":
        return f"{POSTS_DIR}/{index:02d}-{attack.payload}.md", 1
    return attack.field, attack.line


def hostile_project(root: Path) -> Path:
    files: dict[str, str] = {}
    plans = {"practice.yml": PRACTICE, "team.yml": TEAM, "series.yml": SERIES, "campaigns.yml": CAMPAIGNS}
    for index, attack in enumerate(ATTACKS):
        path, _ = _where(index, attack)
        if attack.field in SAFE:
            files[path] = _post(index, **{attack.field: attack.payload})
        elif attack.field == "reply-title":
            files[path] = _reply(f"atk-reply-{index}", attack.payload, "We are sorry. Please call {{ contact.name }} at {{ contact.phone }}.")
        elif attack.field == "reply-body":
            files[path] = _reply(f"atk-reply-{index}", "Sorry about the wait", attack.payload)
        elif attack.field == "file-name":
            files[path] = _post(index)
        else:
            name = attack.field.split("/")[1]
            current = plans[name]
            old = {"series.yml": "name: Wellness Wednesday", "team.yml": "name: Jordan Lee", "campaigns.yml": "name: American Heart Month"}.get(name)
            if old is None:
                old = "name: Test Clinic" if "Clinic" in attack.payload else "name: Patient Relations"
            plans[name] = current.replace(old, f"name: {_yaml(attack.payload)}", 1)
    # Safe content around the attacks: a post in a series and a campaign (approved: it is exported),
    # a team note, two replies whose uids differ only in case and punctuation, a guideline page.
    files[f"{POSTS_DIR}/25-safe.md"] = _post(
        29,
        day=25,
        status="approved",
        extra="\napprovals: [{by: dr-okafor, role: approver, on: 2027-01-02}]\nseries: wellness-wednesday\ncampaign: heart-month",
        body=f"Warm up before you walk. <!-- {NOTE}: ask Ada about the route -->See you there!",
    )
    files["content/responses/one.md"] = _reply("Reply.One", "First reply", "We are sorry, REPLY-ONE-TEXT. Please call {{ contact.name }} at {{ contact.phone }}.")
    files["content/responses/two.md"] = _reply("reply-one", "Second reply", "We are sorry, REPLY-TWO-TEXT. Please call {{ contact.name }} at {{ contact.phone }}.")
    files["content/guidelines/community.md"] = "---\ntitle: Embrace the community\n---\n# Embrace the community\n\nShow up for local events.\n"
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("custom_dir: overrides", f"custom_dir: {REPO / 'overrides'}").replace("- hooks/playbook_mkdocs.py", f"- {REPO / 'hooks' / 'playbook_mkdocs.py'}")
    files["mkdocs.yml"] = re.sub(r"\nnav:.*", "\n", config, flags=re.DOTALL)  # no nav: every page, posts too, is in the navigation
    return make_project(root, files, plans)


SERVE_BUILD = """
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
config = load_config(sys.argv[1], site_dir=sys.argv[2])
config.plugins.on_startup(command="serve", dirty=False)  # what `mkdocs serve` does: findings show, nothing aborts
build(config)
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = hostile_project(tmp_path_factory.mktemp("hostile"))
    site = root / "_site"
    result = subprocess.run([sys.executable, "-c", SERVE_BUILD, str(root / "mkdocs.yml"), str(site)], capture_output=True, text=True, cwd=root, timeout=600)
    assert result.returncode == 0 and (site / "index.html").is_file(), result.stderr[-3000:]
    return root, site, check_project(root)


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


# -- every attack is reported where it sits -----------------------------------------------------------


@pytest.mark.parametrize("index, attack", list(enumerate(ATTACKS)), ids=[a.id for a in ATTACKS])
def test_every_attack_is_a_located_error(hostile, index, attack):
    _, _, report = hostile
    path, line = _where(index, attack)
    found = [f for f in report.findings if f.code == attack.code and f.path == path and f.line == line]
    assert found, [f.text() for f in report.for_path(path)]
    assert all(f.severity.label == "error" and (f.code == "FM031" or f.message.startswith(("Remove", "Rename"))) and f.hint for f in found)
    if attack.column:
        assert attack.column in {f.column for f in found}


def test_a_real_build_refuses_the_hostile_practice(hostile):
    root, _, _ = hostile
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(root / "_refused")], capture_output=True, text=True, cwd=root, timeout=300)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "SEC001" in result.stderr and "SEC002" in result.stderr and "SEC003" in result.stderr
    assert not (root / "_refused" / "index.html").exists()


# -- nothing runs in the published output ------------------------------------------------------------------


def test_no_page_runs_anything(hostile):
    _, site, _ = hostile
    pages = _pages(site)
    assert len(pages) > 40
    problems = {str(page.relative_to(site)): found for page in pages if (found := live_in_page(page.read_text(encoding="utf-8")))}
    assert not problems, problems
    for page in pages:
        text = page.read_text(encoding="utf-8")
        content = "".join(re.findall(r'<article class="md-content__inner md-typeset">(.*?)</article>', text, re.DOTALL))
        assert not re.search(r"<script|<iframe|<svg[^>]*onload", content, re.IGNORECASE), page
        assert "<!--" not in content, page


def test_search_index_is_inert_html(hostile):
    """Material inserts search titles, texts and tags with innerHTML: each must be harmless HTML."""
    _, site, _ = hostile
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert any("alert(101)" in d["title"] for d in docs)  # the hostile pages are indexed ...
    for doc in docs:
        for value in (doc["title"], doc["text"], *doc.get("tags", [])):
            assert not live_in(value), (doc["location"], value)  # ... as text


def test_titles_read_as_written(hostile):
    """Escaped, not mangled: the browser shows the title exactly as the author typed it."""
    _, site, _ = hostile
    html = (site / "posts/2027/01/00-attack/index.html").read_text(encoding="utf-8")
    title = "Walk <img src=x onerror=alert(101)>"
    assert f"<h1>{title.replace('<', '&lt;').replace('>', '&gt;')}</h1>" in html
    assert unescape(re.search(r"<title>(.*?) - ", html).group(1)) == title
    page = (site / "guidelines/community/index.html").read_text(encoding="utf-8")
    box = _text(re.search(r'<div class="admonition info">(.*?)</div>', page, re.DOTALL).group(1))
    assert "Tips\\](javascript:alert(102)) more" in box  # the link-injection title, as text in the month's list
    assert "Walk <img src=x onerror=alert(101)>" in box and "<ScRiPt>alert(104)</sCrIpT>" in box


def test_guideline_box_links_only_to_pages(hostile):
    _, site, _ = hostile
    parser = _Links()
    parser.feed((site / "guidelines/community/index.html").read_text(encoding="utf-8"))
    posts = [href for href in parser.hrefs if "posts/2027/01/" in href]
    assert len(posts) >= 20 and all(href.startswith("../../posts/2027/01/") for href in posts)
    assert not any("javascript" in href.lower() for href in parser.hrefs)  # the hostile file name is refused (FM031), never linked


def test_team_notes_never_reach_the_public(hostile):
    _, site, _ = hostile
    for path in [*_pages(site), site / "search" / "search_index.json", *site.glob("*.ics")]:
        assert NOTE not in path.read_text(encoding="utf-8"), path
    html = (site / "posts/2027/01/25-safe/index.html").read_text(encoding="utf-8")
    assert "Warm up before you walk. See you there!" in _text(html)


def test_feeds_carry_no_markup(hostile):
    root, site, report = hostile
    feeds = {path.name: path.read_text(encoding="utf-8") for path in site.glob("*.ics")}
    feeds.update({f"engine-{feed.filename}": feed.data.decode("utf-8") for feed in build_feeds(report, "https://playbook.clinic.test/")})
    assert len(feeds) >= 8
    for name, text in feeds.items():
        unfolded = text.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
        assert not live_in(unfolded), name
        assert not re.search(r"<(script|img|svg|iframe)|(java|vb)script:|data:text", unfolded, re.IGNORECASE), name
    everything = feeds["calendar.ics"]
    assert "Winter walk 29" in everything and "atk-000@" not in everything  # hostile posts are left out, the safe one is in
    assert "Wellness ‹img src=x onerror=alert(124)›" in feeds["open-slots.ics"].replace("\r\n ", "")  # a name from plans, defused


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_exports_leave_every_hostile_post_out(hostile, fmt):
    _, _, report = hostile
    now = dt.datetime(2027, 1, 1, 8, 0, tzinfo=report.corpus.plans.tz)
    for channel in ("facebook", "instagram"):
        chosen = export.select(report, dt.date(2027, 1, 1), dt.date(2027, 1, 31), channel, True, fmt, now)
        text = export.render(fmt, chosen.rows)
        assert [r.post.uid for r in chosen.rows] == ["atk-029"] and NOTE not in text
        assert len(chosen.left_out) == sum(1 for a in ATTACKS if a.field in SAFE)  # the hostile file name is no post at all (FM031)
        assert not [cell for cell in _cells(fmt, text) if live_in(cell)] and not re.search(r"<script|(java|vb)script:|data:text", text, re.IGNORECASE)


def test_each_copy_button_copies_its_own_reply(hostile):
    _, site, _ = hostile
    parser = _Replies()
    parser.feed((site / "responses/index.html").read_text(encoding="utf-8"))
    assert len(parser.ids) == len(set(parser.ids)), parser.ids
    assert parser.targets and set(parser.targets) <= set(parser.texts)
    texts = {parser.texts[t] for t in parser.targets}
    assert any("REPLY-ONE-TEXT" in t and "REPLY-TWO-TEXT" not in t for t in texts)
    assert any("REPLY-TWO-TEXT" in t and "REPLY-ONE-TEXT" not in t for t in texts)


@pytest.mark.parametrize("uids", [("Reply.One", "reply-one", "REPLY_ONE"), ("reply-one", "reply-one-title", "reply-one-2", "Reply.One"), ("", "", "!!!")])
def test_reply_ids_are_unique_and_stable(uids):
    templates = tuple(dataclasses.replace(harness.response("Sorry."), uid=uid, path=f"content/responses/{n}-{uid or 'x'}.md") for n, uid in enumerate(uids))
    ids = reply_ids(templates)
    owned = [*ids.values(), *(f"{i}-title" for i in ids.values())]
    assert len(owned) == len(set(owned)) == 2 * len(templates)
    assert reply_ids(tuple(reversed(templates))) == ids  # by path, not by the order files were read
    assert all(re.fullmatch(r"reply-[a-z0-9-]+", i) for i in ids.values())


def test_sanitiser_keeps_every_tag_and_attribute_the_sample_uses(sample_report):
    """Our templates, the Markdown extensions and Material's classes survive nh3 untouched: cards, charts, copy buttons."""
    report = sample_report
    pages = dict(generated_pages(report, build_feeds(report, "https://playbook.example-ortho.test/"), "https://playbook.example-ortho.test/"))
    pages.update({p.path: post_card(p, report) + "\n" + public_markdown(p.body) for p in report.corpus.posts})
    pages.update({t.path: reply_block(t, report) for t in report.corpus.responses})
    pages.update({f"guidelines/{g}.md": (REPO / "content" / "guidelines" / f"{g}.md").read_text(encoding="utf-8") + guideline_extras(f"guidelines/{g}.md", report) for g in ("expert", "privacy")})
    md = markdown.Markdown(extensions=EXTENSIONS, extension_configs={"toc": {"permalink": True}})
    assert len(pages) > 150
    for name, page in pages.items():
        md.reset()
        html = md.convert(re.sub(r"\A---\n.*?\n---\n", "", page, flags=re.DOTALL))  # MkDocs reads front matter off first
        assert _structure(clean_page(html)) == _structure(html), name


def _structure(html: str) -> list:
    parser = _Structure()
    parser.feed(html)
    return parser.items


class _Structure(HTMLParser):
    def __init__(self):
        super().__init__()
        self.items: list = []

    def handle_starttag(self, tag, attrs):
        self.items.append((tag, sorted(attrs)))

    def handle_endtag(self, tag):
        self.items.append(("/", tag))

    def handle_data(self, data):
        if data.strip():
            self.items.append(" ".join(data.split()))


def test_sample_is_untouched_by_the_defences(built_site, sample_report):
    """The sample has no markup: its pages keep their text, and its search index its titles."""
    report = sample_report
    assert not [f for f in report.findings if f.code.startswith("SEC")]
    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    titles = {d["title"] for d in docs}
    assert "What's coming in February" in titles  # an apostrophe stays as typed
    html = (built_site / "guidelines/expert/index.html").read_text(encoding="utf-8")
    assert 'href="../../calendar/2027-01/"' in html and "<!--" not in html


# -- every Markdown context the build generates shows content verbatim ------------------------------------

VERBATIM = [
    "Tips\\](javascript:alert(1)) more",
    "[x](javascript:alert(1)) and ![y](data:text/html,z)",
    "<img src=x onerror=alert(1)> &amp; &lt;b&gt;",
    "*bold* _it_ `code` | pipe | {: onclick=x } #tag !!! note",
    "line one\n\n    indented [x](javascript:alert(1))\n- item",
    "back\\slash \\*not bold\\* <!-- not a note -->",
]


def _verbatim(markdown_text: str, content: str, *, after_markdown: bool = False) -> None:
    html = markdown_text if after_markdown else _render(markdown_text)  # our HTML added after Markdown never meets it
    assert not live_in(html), html
    assert " ".join(content.split()) in _text(html), (content, _text(html))


@pytest.mark.parametrize("content", VERBATIM)
def test_markdown_contexts_show_content_verbatim(content):
    _verbatim(findings_box([Finding("content/posts/x.md", 3, "CON004", content, hint=content)]), content, after_markdown=True)
    _verbatim(subscribe_markdown([Feed("calendar.ics", content, content, b"")], "https://playbook.example-ortho.test/"), content)
    _verbatim(subscribe_markdown([Feed("calendar.ics", content, content, b"")], ""), content)
    mine = harness.post(title=content, publish="2027-01-25 10:00")
    _verbatim(guideline_extras("guidelines/personality.md", _report(mine, harness.response("Sorry."))), content)
    plans = dataclasses.replace(harness.PLANS, practice=dataclasses.replace(harness.PRACTICE, contact=dataclasses.replace(harness.PRACTICE.contact, name=content)))
    corpus = Corpus(Path("."), plans, (), (), ())
    _verbatim(library_page(Report(corpus, harness.TODAY, ())), content)


# -- property: generated titles and bodies through the real renderers ---------------------------------------

PIECES = [
    "<script>", "</script>", "<img src=x ", "onerror=", "alert(1)", ">", "<a href=", '"', "'", "javascript:", "JaVaScRiPt:",
    "jav&#x61;script:", "data:", "text/html,", "[", "]", "(", ")", "](", "![x](", "{: ", "onclick=", "}", "\n", "\n\n",
    " ", "<!--", "-->", "<svg", "/onload=", "&lt;", "&amp;", "\\", "`", "*", "_", "#", "|", "<iframe", "!!! note", "    ",
    "- ", "1. ", "---", "{{", "}}", "{%", "Walk", "Tips",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join)
MD = markdown.Markdown(extensions=EXTENSIONS)


def _render(text: str) -> str:
    MD.reset()
    return MD.convert(text)


def _report(post, reply, plans=harness.PLANS, extra: tuple[Finding, ...] = ()) -> Report:
    """A report over one post and one reply, with the findings the SEC rules give (they decide what feeds and exports leave out)."""
    corpus = Corpus(Path("."), plans, (post,), (reply,), ())
    ctx = harness.Context(corpus, harness.TODAY, {})
    findings = [Finding(item.path, hit.line, code, hit.message) for code in ("SEC002", "SEC003") for item in (post, reply) for hit in get(code).check(item, ctx)]
    fields = (post.title, *((post.event.name, post.event.location) if post.event else ()), *post.tags, *(m.alt for m in post.media))
    findings += [Finding(post.path, 2, "SEC001", "markup in front matter") for value in fields if in_field(value)]
    return Report(corpus, harness.TODAY, (*findings, *extra))


def _plans(text: str):
    """The sample plans with `text` as every name the site and feeds print: practice, contact, series, campaign, a team member."""
    practice = dataclasses.replace(harness.PRACTICE, name=text or "x", contact=dataclasses.replace(harness.PRACTICE.contact, name=text or "x"))
    series = {key: dataclasses.replace(value, name=text or "x") for key, value in harness.PLANS.series.items()}
    campaigns = {key: dataclasses.replace(value, name=text or "x") for key, value in harness.PLANS.campaigns.items()}
    team = {**harness.TEAM, "tbrooks": dataclasses.replace(harness.TEAM["tbrooks"], name=text or "x")}
    return dataclasses.replace(harness.PLANS, practice=practice, series=series, campaigns=campaigns, team=team)


# Content split across fields: each piece alone is inert; side by side on one page or in one feed they were not.
SPLIT = [
    ("-->", "<img src=x ", "onerror=", "x"),  # found by Hypothesis: the feed joined a description and a location into one tag
    ("<img src=x ", "onerror=alert(1)>", "x", "x"),
    ("x", "<!--", "-->", "<svg onload=alert(1)>"),
    ("<a href=", "javascript:alert(1)", ">x", "x"),
    ("x", "x", "<img src=x ", "onerror=alert(1) >"),
    ('"', "x", "' onclick=alert(1) '", "<img src=x "),
    ("<iframe", "x", "x", " src=javascript:alert(1)>"),
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=texts, body=texts, field=texts, plan=texts)
@example(title="Tips\\](javascript:alert(1)) more", body="[x](javascript:alert(2))", field="<img src=x onerror=alert(3)>", plan="x")
@example(title="a\n\n[x](javascript:alert(1))", body="<script>alert(2)</script>", field="*a* | b\n\n<b onclick=x>", plan="x")
@example(title="-->", body="<img src=x ", field="onerror=", plan="x")
def test_generated_pages_never_run_content(title, body, field, plan):
    _never_runs(title, body, field, plan)


@pytest.mark.parametrize("title, body, field, plan", SPLIT)
def test_markup_split_across_fields_never_joins(title, body, field, plan):
    """Every field is escaped on its own in every context, so pieces of a tag in several fields never meet."""
    for order in ((title, body, field, plan), (plan, field, body, title), (field, plan, title, body)):
        _never_runs(*order)


def _never_runs(title: str, body: str, field: str, plan: str) -> None:
    start = dt.datetime(2027, 1, 25, 18, 0, tzinfo=harness.TZ)
    post = harness.post(
        body,
        title=title or "x",
        publish="2027-01-25 10:00",
        status="approved",
        approvals=[harness.approval()],
        tags=[field],
        event=Event(field, start, None, field, "https://www.example-ortho.test/e"),
        media=[Media("walk.jpg", field)],
        variants={"facebook": body},
        series="wellness-wednesday",
        campaign="heart-month",
    )
    reply = harness.response(body, title=title or "x", status="approved")
    warn = Severity.WARNING  # warnings: a post with an error never reaches a feed
    quoted = (Finding(post.path, 3, "CON004", f"goes out 2 h after '{title}' ({field})", warn, hint=plan), Finding(reply.path, 4, "PER005", f"'{body}' shouts", warn, hint=field))
    report = _report(post, reply, _plans(plan), quoted)

    # Generated Markdown is safe by escaping alone, before any sanitiser runs.
    generated = {
        "card": post_card(post, report),
        "guideline box": guideline_extras("guidelines/personality.md", report),
        "library": library_page(report),
        "reply page": reply_block(reply, report),
        "report": report_markdown(report),
        **CalendarPages(report).pages(),
    }
    for name, page in generated.items():
        found = live_in(_render(page))
        assert found == ["<svg>"] * len(found) if name == "report" else not found, (name, found)  # the report's charts draw
    # Our HTML added after Markdown: the findings box quotes titles and copy.
    assert not live_in(findings_box(report.findings))
    # MkDocs and Material print the (escaped) front matter as HTML: title, description, tags, side by side.
    meta = escape_meta({"title": post.title, "description": field, "tags": [field, plan]})
    head = f'<title>{meta["title"]}</title><meta name="description" content="{meta["description"]}"><h1>{meta["title"]}</h1><span>{"</span><span>".join(meta["tags"])}</span>'
    assert not live_in(head, ACTIVE - {"meta"}), head  # the theme's own <meta> is no attack
    # The post's own page: the body is content, so the sanitiser has the last word.
    page = clean_page(_render(post_card(post, report) + "\n" + public_markdown(post.body)))
    assert not live_in(page, {"script", "iframe", "object", "embed", "form", "base", "meta", "link", "style", "math"})
    # Whatever would have run without the sanitiser was reported.
    if live_in(_render(public_markdown(post.body))):
        assert in_copy(post.body)
    if live_in(f"<h1>{post.title}</h1>"):
        assert in_field(post.title)
    # Feeds, read whole (a calendar app shows several properties of an event on one screen) and by subscribe page.
    feeds = build_feeds(report, "https://playbook.example-ortho.test/")
    for feed in feeds:
        unfolded = feed.data.decode("utf-8").replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
        assert not live_in(unfolded), feed.filename
    assert not live_in(_render(subscribe_markdown(feeds, "https://playbook.example-ortho.test/")))
    rows = export.select(report, dt.date(2027, 1, 1), dt.date(2027, 1, 31), None, True, "json").rows
    for fmt in export.FORMATS:
        assert not [cell for cell in _cells(fmt, export.render(fmt, rows)) if live_in(cell)], fmt


# -- helpers ---------------------------------------------------------------------------------------------------


def _cells(fmt: str, text: str) -> list[str]:
    """Every value a scheduler or script reads from an export: CSV cells, JSON strings."""
    if fmt == "json":
        found: list[str] = []

        def walk(value):
            if isinstance(value, str):
                found.append(value)
            elif isinstance(value, dict):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)

        walk(json.loads(text))
        return found
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a" and dict(attrs).get("href"):
            self.hrefs.append(dict(attrs)["href"])


class _Replies(HTMLParser):
    """Every id on the page, the copy buttons' targets, and the text of each `.pb-reply`."""

    def __init__(self):
        super().__init__()
        self.ids: list[str] = []
        self.targets: list[str] = []
        self.texts: dict[str, str] = {}
        self._reply: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if "data-copy-target" in attrs:
            self.targets.append(attrs["data-copy-target"])
        if "pb-reply" in (attrs.get("class") or "").split():
            self._reply = attrs["id"]
            self.texts[self._reply] = ""

    def handle_endtag(self, tag):
        if tag == "div":
            self._reply = None

    def handle_data(self, data):
        if self._reply:
            self.texts[self._reply] += data


def _text(html: str) -> str:
    parser = _Visible()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)
