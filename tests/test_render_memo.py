"""The pages' HTML kept between builds (playbook_glue/rendermemo.py) changes no byte of the site, no check of its links
and no line of the build's log.

Each test builds the sample with MkDocs in this process: with the memo empty, then again with what that build
kept, and once without any cache; every file of the three sites must be the same, and the second build must
not convert a page's Markdown.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.pages import Page
from playbook.site import session as site_session
from playbook_glue import rendermemo


def _build(root: Path, site: Path) -> list[str]:
    """Build the practice at `root` into `site`; the pages whose Markdown MkDocs converted, with any text."""
    converted: list[str] = []
    real = Page.render

    def render(page, config, files):
        if page.markdown:
            converted.append(page.file.src_uri)
        return real(page, config, files)

    config = load_config(str(root / "mkdocs.yml"), site_dir=str(site))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Page, "render", render)
        config.plugins.on_startup(command="build", dirty=False)
        build(config)
    return converted


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.fixture
def cached(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home"))  # the memo's key, of this test alone
    monkeypatch.delenv("PLAYBOOK_NO_CACHE", raising=False)


def test_kept_pages_make_the_same_site_without_converting_markdown(sample_copy, tmp_path, monkeypatch, cached):
    first = _build(sample_copy, tmp_path / "first")
    again = _build(sample_copy, tmp_path / "again")
    monkeypatch.setenv("PLAYBOOK_NO_CACHE", "1")
    _build(sample_copy, tmp_path / "fresh")
    fresh, kept = _files(tmp_path / "fresh"), _files(tmp_path / "again")
    assert kept.keys() == fresh.keys() == _files(tmp_path / "first").keys()
    assert [name for name in fresh if kept[name] != fresh[name]] == []  # the search index, every page's table of contents
    assert len([src for src in first if src.startswith("rules/")]) > 100 and len([src for src in first if src.startswith("posts/")]) > 20
    assert [src for src in again if src.startswith(("posts/", "rules/"))] == []  # every post and rule page from the memo
    assert set(again) <= set(first)  # pages holding our HTML in slots (a fresh token each build) are converted as ever


def test_a_kept_page_logs_what_converting_it_logged(sample_copy, tmp_path, cached, caplog):
    """A broken link's warning comes from converting the page: a kept page logs it again, so --strict still stops."""
    post = sorted((sample_copy / "content" / "posts").rglob("*.md"))[0]
    post.write_text(post.read_text(encoding="utf-8") + "\nMore in [our guide](no-such-guide.md).\n", encoding="utf-8")
    logged = []
    for name in ("first", "again"):
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="mkdocs"):
            converted = _build(sample_copy, tmp_path / name)
        logged.append([(r.name, r.levelno, r.getMessage()) for r in caplog.records if "no-such-guide" in r.getMessage()])
        assert (post.relative_to(sample_copy / "content").as_posix() in converted) == (name == "first")
    assert len(logged[0]) == 1 and logged[0][0][1] >= logging.INFO and logged[1] == logged[0]


def test_no_page_is_kept_beside_another_plugin(sample_copy, tmp_path, cached):
    """A practice's own hook may read or change what a page says on every build: then every page converts as ever."""
    (sample_copy / "hooks" / "own_hook.py").write_text("def on_page_markdown(markdown, page, config, files):\n    return markdown\n", encoding="utf-8")
    config = sample_copy / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("hooks:\n", "hooks:\n  - hooks/own_hook.py\n"), encoding="utf-8")
    first = _build(sample_copy, tmp_path / "first")
    assert sorted(_build(sample_copy, tmp_path / "again")) == sorted(first)


def test_a_kept_page_still_has_its_links_to_anchors_checked(sample_copy, tmp_path, cached, caplog, monkeypatch):
    """MkDocs checks a link to an anchor once every page is made; a kept page's links are checked as a converted one's."""
    real = site_session.Session.page

    def page(self, src, markdown, meta):
        meta, markdown = real(self, src, markdown, meta)
        if src == "rules/phi003.md":
            markdown += "\n\nSee [the family](index.md#no-such-family) and [above](#no-such-heading).\n"
        return meta, markdown

    monkeypatch.setattr(site_session.Session, "page", page)
    warnings = []
    for name in ("first", "again"):
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="mkdocs"):
            converted = _build(sample_copy, tmp_path / name)
        warnings.append(sorted(r.getMessage() for r in caplog.records if "no-such" in r.getMessage()))
        assert ("rules/phi003.md" in converted) == (name == "first")
    assert len(warnings[0]) == 2 and warnings[1] == warnings[0]


@pytest.mark.parametrize(
    "data",
    [
        b"not json",
        json.dumps(["a list"]).encode(),
        json.dumps({"toc": [], "title": None, "anchors": []}).encode(),  # an older shape: no links
        json.dumps({"toc": [], "title": None, "anchors": [], "links": None}).encode(),  # no log: the first version
        json.dumps({"toc": {}, "title": None, "anchors": [], "links": None, "log": []}).encode(),
        json.dumps({"toc": [], "title": None, "anchors": [], "links": {"rules/index.md": []}, "log": []}).encode(),  # links by file: the second version
    ],
)
def test_what_was_kept_beside_a_page_in_another_shape_is_no_kept_page(data):
    assert rendermemo._facts(data) is None


def test_the_facts_html_for_keeps_are_read_back():
    facts = {"toc": [{"name": "Why", "id": "why", "level": 2, "children": []}], "title": "PHI003", "anchors": ["why"], "links": [["rules/index.md", [["privacy", "index.md#privacy"]]]], "log": []}
    assert rendermemo._facts(json.dumps(facts).encode()) == facts


def _set(root: Path, old: str, new: str) -> None:
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("change", ["quiet first", "link checks", "extension reading files"])
def test_what_the_html_or_the_log_depends_on_is_in_the_key(sample_copy, tmp_path, cached, caplog, change):
    """A build logging less (mkdocs build -q) keeps no fewer lines for the next; the link checks' levels and an
    extension that reads files (snippets) each mean every page converts again, never a kept page."""
    post = sorted((sample_copy / "content" / "posts").rglob("*.md"))[0]
    post.write_text(post.read_text(encoding="utf-8") + "\nMore in [our guide](no-such-guide.md).\n", encoding="utf-8")
    src = post.relative_to(sample_copy / "content").as_posix()
    if change == "extension reading files":
        _set(sample_copy, "markdown_extensions:\n", "markdown_extensions:\n  - pymdownx.snippets\n")
    quiet = logging.getLogger("mkdocs")
    level = quiet.level
    if change == "quiet first":
        quiet.setLevel(logging.ERROR)  # what -q does
    try:
        first = _build(sample_copy, tmp_path / "first")
    finally:
        quiet.setLevel(level)
    if change == "link checks":
        _set(sample_copy, "validation:\n", "validation:\n  links:\n    not_found: info\n")
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        again = _build(sample_copy, tmp_path / "again")
    assert src in first and src in again
    warned = [r.levelno for r in caplog.records if "no-such-guide" in r.getMessage()]
    assert warned == [logging.INFO if change == "link checks" else logging.WARNING]
