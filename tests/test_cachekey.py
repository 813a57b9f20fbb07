"""The engine's fingerprint is kept beside its files' stat signatures, and read again whenever one may have changed."""

from __future__ import annotations

import os
import time
from types import SimpleNamespace

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
    """The clock moved past the racy window, instead of waiting (cachekey's clock alone)."""
    later = time.time_ns() + cachekey.RACY_NS + 1_000_000_000
    monkeypatch.setattr(cachekey, "time", SimpleNamespace(time_ns=lambda: later))


def _edit(path, text: str) -> None:
    """A new file renamed over the old one, as editors and installers write: a new inode whatever the clock's resolution."""
    fresh = path.with_name(path.name + ".new")
    fresh.write_text(text, encoding="utf-8")
    os.replace(fresh, path)


def _fresh(monkeypatch) -> bytes:
    """The fingerprint as a new process computes it."""
    monkeypatch.setattr(cachekey, "_ENGINE", [])
    return cachekey.engine_fingerprint()


def _reads(monkeypatch) -> list:
    calls = []
    real = cachekey._digest_files

    def digest(header, files):
        calls.append(files)
        return real(header, files)

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
    _edit(engine / "rules.py", "RULES = 2\n")
    assert _fresh(monkeypatch) != first


def test_a_rewrite_with_the_same_size_and_mtime_is_seen(engine, monkeypatch):
    _later(monkeypatch)
    first = _fresh(monkeypatch)
    path = engine / "data" / "words.txt"
    info = path.stat()
    _edit(path, "alpha\ngamma\n"[: info.st_size])
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size and path.stat().st_mtime_ns == info.st_mtime_ns
    assert _fresh(monkeypatch) != first


def test_files_changed_within_the_racy_window_are_read_every_time(engine, monkeypatch):
    newest = max(path.stat().st_ctime_ns for path in engine.rglob("*"))
    monkeypatch.setattr(cachekey, "time", SimpleNamespace(time_ns=lambda: newest + 1))  # read right after the last change
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
    _edit(engine / "rules.py", "RULES = 3\n")
    assert _fresh(monkeypatch) != bytes(20)


def test_worktrees_checked_by_turns_keep_their_fingerprints(engine, monkeypatch):
    _later(monkeypatch)
    first = _fresh(monkeypatch)
    _edit(engine / "rules.py", "RULES = 4\n")
    second = _fresh(monkeypatch)
    path = engine.parent / "home" / "playbook" / cachekey.KEPT
    assert len(path.read_text(encoding="ascii").splitlines()) == 2
    assert first != second


def test_without_the_result_cache_nothing_is_kept(engine, monkeypatch):
    _later(monkeypatch)
    monkeypatch.setattr(cachekey, "_ENGINE", [])
    cachekey.engine_fingerprint(keep=False)
    assert not (engine.parent / "home").exists()


def test_without_the_result_cache_a_kept_fingerprint_is_not_read(engine, monkeypatch):
    _later(monkeypatch)
    first = _fresh(monkeypatch)
    path = engine.parent / "home" / "playbook" / cachekey.KEPT
    signatures = path.read_text(encoding="ascii").split()[0]
    path.write_text(f"{signatures} {'00' * 20}\n", encoding="ascii")
    monkeypatch.setattr(cachekey, "_ENGINE", [])
    assert cachekey.engine_fingerprint(keep=False) == first


def test_an_engine_file_that_cannot_be_read_is_an_error_not_a_kept_answer(engine, monkeypatch):
    _later(monkeypatch)
    _fresh(monkeypatch)
    (engine / "gone.py").symlink_to(engine / "nowhere.py")  # a dangling link: stat fails
    monkeypatch.setattr(cachekey, "_ENGINE", [])
    with pytest.raises(OSError):
        cachekey.engine_fingerprint()
