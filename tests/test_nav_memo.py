"""The sidebar memo (playbook_glue/navmemo.py) renders Material's navigation once per place for posts, rule pages and
months, and changes no byte.

Each test builds the sample with MkDocs twice in this process, with the memo and with Material's
own rendering on every page, and compares every file of the two sites; a navigation that names a
post (so the posts' folder begins an address in the sidebar) shares one only among the posts that lie as deep and
share as many folders with that post.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml
from markupsafe import escape
from mkdocs.commands.build import build
from mkdocs.config import load_config
from playbook_glue import navmemo


def _build(root: Path, site: Path, memoise) -> None:
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(site))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(navmemo, "memoise_nav", memoise)
        config.plugins.on_startup(command="build", dirty=False)
        build(config)


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file() and not p.name.startswith("sitemap")}


def _counting(renders: list[str]):
    """memoise_nav, with a record of each page Material's own sidebar template was rendered for."""
    real = navmemo.memoise_nav  # taken before _build puts `memoise` in its place

    def memoise(env):
        template = env.get_template(navmemo.TEMPLATE)
        render = template.root_render_func

        def counted(context):
            renders.append(getattr(context.get("page"), "url", ""))  # 404.html has no page
            yield from render(context)

        template.root_render_func = counted
        real(env)

    return memoise


def _name_a_post_in_the_nav(root: Path) -> str:
    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    post = "posts/2027/01/04-icy-sidewalks-falls.md"
    config["nav"].append({"A post": post})
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return post


def _shared(a: list[str], b: list[str]) -> int:
    """How many leading folders `a` and `b` have in common."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _override_the_sidebar(root: Path) -> None:
    """A theme folder of the practice's own whose sidebar item prints each page's title (Material's template but that)."""
    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = "overrides"
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    material = Path(importlib.util.find_spec("material").origin).parent / "templates" / "partials" / "nav-item.html"
    (root / "overrides" / "partials").mkdir(parents=True)
    macro = "{% macro render(nav_item, path, level, parent) %}"  # what nav.html calls for each entry
    text = material.read_text(encoding="utf-8")
    assert macro in text
    (root / "overrides" / "partials" / "nav-item.html").write_text(text.replace(macro, macro + "<!-- {{ page.title | e }} -->"), encoding="utf-8")


@pytest.mark.parametrize("nav", ["as shipped", "naming a post", "overridden"])
def test_the_sidebar_memo_changes_no_byte_and_renders_once_per_place(sample_copy, tmp_path, monkeypatch, nav):
    monkeypatch.setenv("PLAYBOOK_NO_CACHE", "1")  # the pages, not the result cache, are under test
    if nav == "naming a post":
        _name_a_post_in_the_nav(sample_copy)
    if nav == "overridden":
        _override_the_sidebar(sample_copy)
    renders: list[str] = []
    _build(sample_copy, tmp_path / "memo", _counting(renders))
    _build(sample_copy, tmp_path / "plain", lambda env: None)
    memo, plain = _files(tmp_path / "memo"), _files(tmp_path / "plain")
    assert memo.keys() == plain.keys()
    assert [name for name in memo if memo[name] != plain[name]] == []
    posts = [url for url in renders if url.startswith("posts/")]
    pages = [name for name in plain if name.startswith("posts/") and name.endswith(".html")]
    assert len(pages) > 20
    if nav == "overridden":  # what the practice's template reads of a page is not known: every page renders its own
        assert len(posts) == len(pages)
        source = (sample_copy / "content" / "posts" / "2027" / "01" / "04-icy-sidewalks-falls.md").read_text(encoding="utf-8")
        title = yaml.safe_load(source.split("---")[1])["title"]
        assert f"<!-- {escape(title)} -->".encode() in memo["posts/2027/01/04-icy-sidewalks-falls/index.html"]  # its own
        return
    if nav == "as shipped":
        assert len(posts) == 1  # every post lies four folders deep: one sidebar for all
    else:  # a sidebar link into posts/ is relative to the folders a post shares with it: one sidebar per such place
        named = ["posts", "2027", "01", "04-icy-sidewalks-falls"]  # no other address of the sidebar is in posts/
        places = {(len(folders), tuple(folders[: _shared(folders, named)])) for name in pages if (folders := name.split("/")[:-1]) != named}
        assert len(posts) == len(places) + 1 < len(pages)  # and the named post's own
    rules = [url for url in renders if url.startswith("rules/")]
    months = [url for url in renders if url.startswith("calendar/20")]
    assert len(rules) == 2  # the rules index, an entry of the sidebar, and one sidebar for every rule's page
    assert len(months) == 1  # every month, below the calendar's entry


CALENDAR = {("calendar",), ("calendar", "week"), ("rules",)}  # leading folders of the sidebar's addresses


@pytest.mark.parametrize(
    ("url", "leading", "place"),
    [
        ("posts/2027/01/04-a/", CALENDAR, (4, ())),  # the posts' folder begins no address: one sidebar per depth
        ("posts/2027/01/04-a.html", CALENDAR, (3, ())),  # without directory URLs the file's folder counts
        ("posts/2027/01/04-a/", {("posts",)}, (4, ("posts",))),  # the sidebar links into the page's first folder
        ("rules/phi001/", CALENDAR, (2, ("rules",))),  # every rule's page, below the rules index
        ("calendar/2027-03/", CALENDAR, (2, ("calendar",))),  # a month: calendar/week/ shares only calendar/ with it
        ("calendar/week/notes/", CALENDAR, (3, ("calendar", "week"))),
        ("", CALENDAR, None),  # the home page: nothing to share
    ],
)
def test_a_page_shares_the_sidebar_of_the_pages_as_deep_with_the_same_folders_in_the_sidebar(url, leading, place):
    class Page:
        parent = None

    page = Page()
    page.url = url
    firsts = {id(nav := object()): (frozenset(leading), frozenset())}
    assert navmemo._place({"page": page, "nav": nav}, firsts) == place
    firsts[id(nav)] = (frozenset(leading), frozenset({id(page)}))
    assert navmemo._place({"page": page, "nav": nav}, firsts) is None  # a page of the navigation: rendered as its own


def test_two_navigations_in_one_build_keep_each_its_own_sidebar():
    from jinja2 import DictLoader, Environment

    class Nav:
        def __init__(self, name):
            self.name, self.items, self.pages, self.homepage = name, [], [], None

    class Page:
        parent = None

        def __init__(self, url):
            self.url = url

    env = Environment(loader=DictLoader({navmemo.TEMPLATE: "sidebar of {{ nav.name }}"}))
    navmemo.memoise_nav(env)
    template = env.get_template(navmemo.TEMPLATE)
    english, spanish = Nav("en"), Nav("es")  # a languages plugin renders one navigation per language
    shown = [template.render(nav=nav, page=Page(f"posts/2027/01/{n}/"), config=None) for nav in (english, spanish) for n in ("a", "b")]
    assert shown == ["sidebar of en", "sidebar of en", "sidebar of es", "sidebar of es"]
