"""Generated pages staged as files under `mkdocs serve` (site/staged.py): rewritten only when they change, never through a link."""

from __future__ import annotations

import os
import time
from pathlib import Path

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
    built = Session.open(str(sample_copy / "mkdocs.yml"), str(sample_copy / "content"))
    built.check("")
    pages = [source for src, source in built.generated_files() if src.endswith(".md")]
    assert pages and all(set(source) == {"content"} for source in pages)  # a plain build writes no page


@pytest.mark.parametrize("serving", [False, True])
@pytest.mark.parametrize("cached", [False, True])
def test_a_feed_waits_in_a_file_of_the_build_s_own(sample_copy, monkeypatch, serving, cached):
    """A feed is the bulk of what a build holds (3.5 kB a post): MkDocs copies it, byte for byte, from a file in a
    folder made for that build outside the repository, so a preview running beside a build never writes the feed the
    build publishes; the folder goes with the build."""
    import gc

    from playbook.check import check_project
    from playbook.feeds import build_feeds
    from playbook.site.session import Session

    monkeypatch.setenv("PLAYBOOK_NO_CACHE", "1")
    fresh = {feed.filename: feed.data for feed in build_feeds(check_project(sample_copy, cache=False), "https://a.test/")}
    if cached:
        monkeypatch.delenv("PLAYBOOK_NO_CACHE")
    for _ in range(2):  # with the cache on, the second build reads its events from the memo the first one kept
        one = Session.open(str(sample_copy / "mkdocs.yml"), str(sample_copy / "content"), serving=serving)
        build = one.check("https://a.test/")
        other = Session.open(str(sample_copy / "mkdocs.yml"), str(sample_copy / "content"), serving=serving)
        other.check("https://b.test/")  # another address: other bytes in every event
        sources, beside = dict(one.generated_files()), dict(other.generated_files())
        files = {src: Path(sources[src]["abs_src_path"]) for src in fresh}
        assert len(files) > 3 and all(sample_copy not in path.parents for path in files.values())
        assert {src: path.read_bytes() for src, path in files.items()} == fresh  # the other build's feeds are elsewhere
        assert all(beside[src]["abs_src_path"] != str(path) for src, path in files.items())
        assert all(build.generated[src] == b"" for src in fresh)  # held by the file alone
        folder = next(iter(files.values())).parent
        del one, build, sources
        gc.collect()
        assert not folder.exists()


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
