"""The engine's fingerprint is kept beside its files' stat signatures, and read again whenever one may have changed."""

from __future__ import annotations

import os
import time

import pytest
from playbook import cachekey


@pytest.fixture
def engine(tmp_path, monkeypatch):
    """A small engine of its own, in a user folder of its own, with an empty process memo."""
    package = tmp_path / "engine"
    (package / "data").mkdir(parents=True)
    (package / "rules.py").write_text("RULES = 1\n", encoding="utf-8")
    (package / "data" / "words.txt").write_text("alpha\nbeta\n", encoding="utf-8")
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "rules.pyc").write_bytes(b"compiled")
    monkeypatch.setattr(cachekey, "PACKAGE", package)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(cachekey, "_ENGINE", [])
    return package


def _later(monkeypatch) -> None:
    """The clock moved past the racy window, instead of waiting."""
    later = time.time_ns() + cachekey.RACY_NS + 1_000_000_000
    monkeypatch.setattr(cachekey.time, "time_ns", lambda: later)


def _fresh(monkeypatch) -> bytes:
    """The fingerprint as a new process computes it."""
    monkeypatch.setattr(cachekey, "_ENGINE", [])
    return cachekey.engine_fingerprint()


def _reads(monkeypatch) -> list:
    calls = []
    real = cachekey._digest_files

    def digest(files):
        calls.append(files)
        return real(files)

    monkeypatch.setattr(cachekey, "_digest_files", digest)
    return calls


def test_settled_files_are_not_read_again(engine, monkeypatch):
    _later(monkeypatch)
    first = _fresh(monkeypatch)
    reads = _reads(monkeypatch)
    assert _fresh(monkeypatch) == first
    assert reads == []


def test_an_edit_changes_the_fingerprint(engine, monkeypatch):
    _later(monkeypatch)
    first = _fresh(monkeypatch)
    (engine / "rules.py").write_text("RULES = 2\n", encoding="utf-8")
    assert _fresh(monkeypatch) != first


def test_a_rewrite_with_the_same_size_and_mtime_is_seen(engine, monkeypatch):
    _later(monkeypatch)
    first = _fresh(monkeypatch)
    path = engine / "data" / "words.txt"
    info = path.stat()
    path.write_text("alpha\ngamma\n"[: info.st_size], encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert _fresh(monkeypatch) != first


def test_files_changed_within_the_racy_window_are_read_every_time(engine, monkeypatch):
    _fresh(monkeypatch)
    reads = _reads(monkeypatch)
    _fresh(monkeypatch)
    assert len(reads) == 1
    assert not (engine.parent / "home" / "playbook" / cachekey.KEPT).exists()


def test_compiled_files_are_not_part_of_the_engine(engine, monkeypatch):
    first = _fresh(monkeypatch)
    (engine / "__pycache__" / "rules.pyc").write_bytes(b"compiled again")
    assert _fresh(monkeypatch) == first


@pytest.mark.parametrize("kept", [b"", b"\xff\xfe garbage\n", b"0" * 40 + b"\n", ("ab" * 20 + " " + "zz" * 20 + "\n").encode(), b"x" * 100_000])
def test_an_unreadable_or_foreign_kept_file_costs_a_read(engine, monkeypatch, kept):
    _later(monkeypatch)
    first = _fresh(monkeypatch)
    path = engine.parent / "home" / "playbook" / cachekey.KEPT
    path.write_bytes(kept)
    reads = _reads(monkeypatch)
    assert _fresh(monkeypatch) == first
    assert len(reads) == 1


def test_a_kept_fingerprint_for_other_signatures_is_not_used(engine, monkeypatch):
    _later(monkeypatch)
    _fresh(monkeypatch)
    path = engine.parent / "home" / "playbook" / cachekey.KEPT
    signatures = path.read_text(encoding="ascii").split()[0]
    path.write_text(f"{signatures} {'00' * 20}\n", encoding="ascii")  # what a stale line would say
    assert _fresh(monkeypatch) == bytes(20)  # trusted for the very same signatures, as git trusts its index
    (engine / "rules.py").write_text("RULES = 3\n", encoding="utf-8")
    assert _fresh(monkeypatch) != bytes(20)


def test_worktrees_checked_by_turns_keep_their_fingerprints(engine, monkeypatch):
    _later(monkeypatch)
    first = _fresh(monkeypatch)
    (engine / "rules.py").write_text("RULES = 4\n", encoding="utf-8")
    second = _fresh(monkeypatch)
    path = engine.parent / "home" / "playbook" / cachekey.KEPT
    assert len(path.read_text(encoding="ascii").splitlines()) == 2
    assert first != second


def test_without_the_result_cache_nothing_is_kept(engine, monkeypatch):
    _later(monkeypatch)
    monkeypatch.setattr(cachekey, "_ENGINE", [])
    cachekey.engine_fingerprint(keep=False)
    assert not (engine.parent / "home").exists()
