"""Generated pages staged as files under `mkdocs serve` (site/staged.py): rewritten only when they change, never through a link."""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playbook.site.staged import FOLDER, stage


def test_a_page_is_written_once_and_again_only_when_it_changes(tmp_path):
    first = stage(tmp_path, {"calendar/2027-01.md": "# January\n", "rules/pb001.md": "# PB001\n"})
    path = tmp_path / FOLDER / "calendar" / "2027-01.md"
    assert first == {"calendar/2027-01.md": str(path), "rules/pb001.md": str(tmp_path / FOLDER / "rules" / "pb001.md")}
    assert path.read_text(encoding="utf-8") == "# January\n"
    old = time.time() - 100
    os.utime(path, (old, old))
    stage(tmp_path, {"calendar/2027-01.md": "# January\n"})
    assert path.stat().st_mtime == old  # unchanged: MkDocs --dirty leaves the page it built alone
    stage(tmp_path, {"calendar/2027-01.md": "# January 🦴\n"})
    assert path.stat().st_mtime > old and path.read_text(encoding="utf-8") == "# January 🦴\n"


def test_a_link_on_the_way_is_never_written_through(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / ".cache").mkdir()
    os.symlink(outside, tmp_path / ".cache" / "playbook")
    assert stage(tmp_path, {"report.md": "# Report\n"}) == {}  # the page stays in memory
    assert list(outside.iterdir()) == []


def test_a_link_in_a_page_s_place_is_replaced_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    folder = tmp_path / FOLDER
    folder.mkdir(parents=True)
    os.symlink(victim, folder / "report.md")
    staged = stage(tmp_path, {"report.md": "# Report\n"})
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (folder / "report.md").is_symlink() and (folder / "report.md").read_text(encoding="utf-8") == "# Report\n"
    assert staged == {"report.md": str(folder / "report.md")}


def test_a_fifo_in_a_page_s_place_is_replaced_without_reading_it(tmp_path):
    folder = tmp_path / FOLDER
    folder.mkdir(parents=True)
    os.mkfifo(folder / "subscribe.md")
    assert stage(tmp_path, {"subscribe.md": "# Subscribe\n"}) == {"subscribe.md": str(folder / "subscribe.md")}
    assert (folder / "subscribe.md").read_text(encoding="utf-8") == "# Subscribe\n"


def test_no_page_leaves_the_folder(tmp_path):
    assert stage(tmp_path, {"../escape.md": "x", "calendar/../../escape.md": "x"}) == {}
    assert not (tmp_path / ".cache" / "escape.md").exists() and not (tmp_path / "escape.md").exists()


def test_serve_gives_mkdocs_the_staged_files(sample_copy, monkeypatch):
    """Under `mkdocs serve` MkDocs gets each generated page as a file (so --dirty skips the unchanged ones)."""
    from playbook.site.session import Session

    monkeypatch.setenv("PLAYBOOK_NO_CACHE", "1")
    session = Session.open(str(sample_copy / "mkdocs.yml"), str(sample_copy / "content"), serving=True)
    session.check("")
    sources = dict(session.generated_files())
    assert sources["rules/index.md"] == {"abs_src_path": str(sample_copy / FOLDER / "rules" / "index.md")}
    assert set(sources["calendar.ics"]) == {"content"}  # with the cache off, feeds stay in memory
    built = Session.open(str(sample_copy / "mkdocs.yml"), str(sample_copy / "content"))
    built.check("")
    assert all(set(source) == {"content"} for _, source in built.generated_files())  # a plain build writes nothing


def test_with_the_cache_on_a_feed_waits_in_its_file(sample_copy, monkeypatch):
    """A feed is the bulk of what a build holds (3.5 kB a post): with the cache on MkDocs copies it from a file, byte for byte."""
    from playbook.site.session import Session

    monkeypatch.setenv("PLAYBOOK_NO_CACHE", "1")
    fresh = Session.open(str(sample_copy / "mkdocs.yml"), str(sample_copy / "content"))
    fresh.check("")
    feeds = {src: source["content"] for src, source in fresh.generated_files() if src.endswith(".ics")}
    monkeypatch.delenv("PLAYBOOK_NO_CACHE")
    for serving in (False, True, False):  # the second build reads its events from the memo the first one kept
        built = Session.open(str(sample_copy / "mkdocs.yml"), str(sample_copy / "content"), serving=serving)
        build = built.check("")
        sources = dict(built.generated_files())
        assert len(feeds) > 1 and {src: sources[src] for src in feeds} == {src: {"abs_src_path": str(sample_copy / FOLDER / src)} for src in feeds}
        assert {src: (sample_copy / FOLDER / src).read_bytes() for src in feeds} == feeds
        assert all(build.generated[src] == b"" for src in feeds)  # held by the file alone
        assert set(sources["report.md"]) == ({"abs_src_path"} if serving else {"content"})  # a page is staged only under serve


@pytest.mark.parametrize("text", ["\ufeff# Report\n", "# Report\r\nline\n", "# Report\rline\n", "# Report \ud800\n"])
def test_a_page_mkdocs_would_read_back_otherwise_stays_in_memory(tmp_path, text):
    """MkDocs reads a page's file as UTF-8 with BOM in text mode: a BOM or a carriage return would not survive, nor would a lone surrogate be written."""
    assert stage(tmp_path, {"report.md": text}) == {}
    assert not (tmp_path / FOLDER / "report.md").exists()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60))
def test_a_staged_page_reads_back_through_mkdocs_as_its_text(tmp_path, text):
    """Whatever a page says, MkDocs gets the same text from the staged file, or the page stays in memory."""
    from mkdocs.structure.files import File

    staged = stage(tmp_path, {"page.md": text})
    if not staged:
        assert text.startswith("\ufeff") or "\r" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text)
        return
    file = File("page.md", src_dir=None, dest_dir=str(tmp_path / "site"), use_directory_urls=True)
    file.abs_src_path = staged["page.md"]  # as File.generated(config, src_uri, abs_src_path=...) sets it
    assert file.content_string == text
