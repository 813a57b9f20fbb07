"""The rule pages' HTML kept between builds (playbook_glue/rendermemo.py) changes no byte of the site and no check of its links.

Each test builds the sample with MkDocs in this process: with the memo empty, then again with what that build
kept, and once without any cache; every file of the three sites must be the same, and the third build must
not convert a rule page's Markdown.
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


def test_kept_rule_pages_make_the_same_site_without_converting_markdown(sample_copy, tmp_path, monkeypatch, cached):
    first = _build(sample_copy, tmp_path / "first")
    again = _build(sample_copy, tmp_path / "again")
    monkeypatch.setenv("PLAYBOOK_NO_CACHE", "1")
    _build(sample_copy, tmp_path / "fresh")
    fresh, kept = _files(tmp_path / "fresh"), _files(tmp_path / "again")
    assert kept.keys() == fresh.keys() == _files(tmp_path / "first").keys()
    assert [name for name in fresh if kept[name] != fresh[name]] == []  # the search index, every page's table of contents
    rules = [src for src in first if src.startswith("rules/")]
    assert len(rules) > 100
    assert [src for src in again if src.startswith("rules/")] == []  # every rule page from the memo
    assert set(again) == set(first) - set(rules)  # the other pages as ever


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
        json.dumps({"toc": [], "title": None, "anchors": [], "own": None}).encode(),
        json.dumps({"toc": {}, "title": None, "anchors": [], "links": None}).encode(),
    ],
)
def test_what_was_kept_beside_a_page_in_another_shape_is_no_kept_page(data):
    assert rendermemo._facts(data) is None


def test_the_facts_html_for_keeps_are_read_back():
    facts = {"toc": [{"name": "Why", "id": "why", "level": 2, "children": []}], "title": "PHI003", "anchors": ["why"], "links": {"rules/index.md": [["privacy", "index.md#privacy"]]}}
    assert rendermemo._facts(json.dumps(facts).encode()) == facts
