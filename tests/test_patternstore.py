"""The pattern store (patternstore.py) saves compiling, and never changes what a pattern matches.

Each check runs in a fresh interpreter, since this process has compiled its patterns long ago.
"""

from __future__ import annotations

import array
import json
import marshal
import os
import re
import shutil
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest
from playbook import patternstore
from playbook.check import check_project

from .conftest import REPO

PROBE = textwrap.dedent(
    """
    import json, sys
    from playbook.check import check_project
    report = check_project(sys.argv[1], cache=sys.argv[2] == "cached")
    print(json.dumps([[f.path, f.line, f.column, f.code, f.message] for f in report.findings]))
    """
)


def _check(root: Path, home: Path, cached: bool = True) -> list:
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks"), "XDG_CACHE_HOME": str(home)}
    env.pop("PLAYBOOK_NO_CACHE", None)
    env.pop(patternstore.SESSION_VAR, None)  # the suite's own session store (conftest) would stand in for the user's
    result = subprocess.run([sys.executable, "-c", PROBE, str(root), "cached" if cached else "fresh"], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def _store(home: Path) -> Path:
    [path] = (home / "playbook").glob("patterns-*.bin")
    return path


@pytest.fixture(scope="module")
def practice(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("sample")
    for name in ("content", "plans"):
        shutil.copytree(REPO / name, root / name)
    post = root / "content/posts/2027/01/06-start-small.md"  # something for the rules to find, too
    post.write_text(post.read_text(encoding="utf-8") + "\nCongrats to Oriane Castellanos on her new knee!\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def fresh_run(practice, tmp_path_factory) -> tuple[Path, list]:
    """A run without the result cache, once for the module's tests (each run is seconds of a fresh interpreter)."""
    home = tmp_path_factory.mktemp("fresh-home")
    return home, _check(practice, home, cached=False)


@pytest.fixture(scope="module")
def stored_run(practice, tmp_path_factory) -> tuple[Path, list]:
    """A run with the result cache, which writes the pattern store, once for the module's tests."""
    home = tmp_path_factory.mktemp("store-home")
    return home, _check(practice, home)


def test_every_stored_pattern_is_what_the_engine_compiles(stored_run):
    """The stored code is what the engine builds afresh: re.compile's, with a set of first characters where
    one helps (first_char.py; tests/test_first_char.py proves they match alike)."""
    home, _ = stored_run
    stored = marshal.loads(_store(home).read_bytes())
    assert len(stored) > 100  # the rules' patterns, not a handful
    looks = 0
    for (pattern, flags), entry in stored.items():
        assert isinstance(entry[1], bytes)  # packed: unpacked only when a run asks for the pattern
        kept, raw = patternstore._sre.compile(pattern, *patternstore._unpacked(entry)), re.compile(pattern, flags)
        assert kept == patternstore._compile(pattern, flags)[0], pattern[:80]  # same flags, text and code
        assert (kept.pattern, kept.flags, kept.groups, kept.groupindex) == (raw.pattern, raw.flags, raw.groups, raw.groupindex)
        looks += kept != raw
    assert looks > 50


def test_a_run_from_the_store_finds_what_a_run_without_it_finds(practice, fresh_run, stored_run):
    (_, fresh), (home, first) = fresh_run, stored_run
    assert any(f[3] == "PHI003" for f in fresh)
    stored = _store(home).read_bytes()
    shutil.rmtree(practice / ".cache")  # the result cache gone: every file checked again, every pattern from the store
    assert _check(practice, home) == first == fresh
    assert _store(home).read_bytes() == stored  # nothing was missing: nothing written
    [derived] = (home / "playbook").glob("derived-*.bin")
    values = marshal.loads(derived.read_bytes())["values"]
    assert any(name.startswith("alternation\0") for name in values) and any(name.startswith("wordlist\0") for name in values)


def test_no_store_without_the_result_cache(fresh_run):
    home, _ = fresh_run
    assert not (home / "playbook").exists() or not list((home / "playbook").glob("patterns-*.bin"))


@pytest.mark.parametrize(
    "damage",
    [
        b"not marshal at all",
        marshal.dumps(["a list, not a dict"]),
        marshal.dumps({(r"[A-Z][a-z]+", 0): (32, [999, 1, 2], 0, {}, (None,))}),  # code not packed (the first format)
        marshal.dumps({(r"[A-Z][a-z]+", 0): (32, zlib.compress(array.array("I", [999, 1, 2]).tobytes()), 0, {}, (None,))}),  # code the engine refuses
        marshal.dumps({(r"[A-Z][a-z]+", 0): (32, b"not deflated", 0, {}, (None,))}),
        marshal.dumps({(r"[A-Z][a-z]+", 0): "not an entry"}),
    ],
)
def test_a_damaged_store_is_compiled_afresh(tmp_path, damage):
    (tmp_path / "patterns.bin").write_bytes(damage)
    store = patternstore.PatternStore(tmp_path / "patterns.bin")
    compiled = store.compile(r"[A-Z][a-z]+", 0)
    assert compiled == re.compile(r"[A-Z][a-z]+") and compiled.findall("Ada met Bo") == ["Ada", "Bo"]
    store.save()
    again = patternstore.PatternStore(tmp_path / "patterns.bin")
    assert again.compile(r"[A-Z][a-z]+", 0) == re.compile(r"[A-Z][a-z]+")


def test_a_pattern_that_is_no_pattern_still_raises(tmp_path):
    store = patternstore.PatternStore(tmp_path / "patterns.bin")
    with pytest.raises(re.error):
        store.compile(r"(unclosed", 0)


def test_outside_a_store_compile_is_what_a_store_compiles():
    assert patternstore.compile(r"(?P<w>\w+)", re.IGNORECASE) == re.compile(r"(?P<w>\w+)", re.IGNORECASE)  # nothing to add
    looked = r"(?<![\w-])(?i:the|our)\s+only"
    assert patternstore.compile(looked) == patternstore._compile(looked, 0)[0] != re.compile(looked)
    assert patternstore.compile(looked).findall("Our only, THE only, ithe only, the ONLY") == ["Our only", "THE only"]


def test_check_project_in_process_is_unchanged_by_the_store(practice, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    target = tmp_path / "copy"
    shutil.copytree(practice, target, ignore=shutil.ignore_patterns(".cache"))
    with_store = check_project(target, cache=True).findings
    without = check_project(target, cache=False).findings
    assert [(f.path, f.line, f.code, f.message) for f in with_store] == [(f.path, f.line, f.code, f.message) for f in without]


def test_derived_values_are_kept_for_one_engine_only(tmp_path):
    path = tmp_path / "derived.bin"
    store = patternstore.DerivedStore(path, b"engine-1")
    made = []
    assert store.remembered("alternation", "a\0b", lambda: made.append(1) or "a|b") == "a|b"
    assert store.remembered("alternation", "a\0b", lambda: made.append(1) or "other") == "a|b" and made == [1]
    store.save()
    assert patternstore.DerivedStore(path, b"engine-1").remembered("alternation", "a\0b", lambda: "made again") == "a|b"
    assert patternstore.DerivedStore(path, b"engine-2").remembered("alternation", "a\0b", lambda: "made again") == "made again"


@pytest.mark.parametrize("damage", [b"not marshal at all", marshal.dumps(["a list"]), marshal.dumps({"engine": b"e", "values": "not a dict"})])
def test_a_damaged_derived_store_is_made_afresh(tmp_path, damage):
    (tmp_path / "derived.bin").write_bytes(damage)
    store = patternstore.DerivedStore(tmp_path / "derived.bin", b"e")
    assert store.remembered("wordlist", "x", lambda: {"k": ("a",)}) == {"k": ("a",)}
    store.save()
    assert patternstore.DerivedStore(tmp_path / "derived.bin", b"e").remembered("wordlist", "x", lambda: None) == {"k": ("a",)}


def test_a_value_marshal_cannot_keep_is_made_every_time(tmp_path):
    store = patternstore.DerivedStore(tmp_path / "derived.bin", b"e")
    odd = object()
    assert store.remembered("odd", "k", lambda: odd) is odd
    assert store.values == {} and not store.added


def test_alternations_and_word_lists_from_the_store_equal_fresh_ones(tmp_path):
    from playbook import text, wordlists

    phrases = ["patient", "parent", "pa", "Dr", "dr", "señora", "ACL tear"]
    fresh = text.alternation(phrases)
    fresh_words = wordlists._read("honesty")
    with patternstore.kept(tmp_path, b"engine"):
        assert text.alternation(phrases) == fresh
        assert wordlists._read("honesty") == fresh_words
        assert patternstore.remembered("wordlist", "honesty", lambda: wordlists._read("honesty")) == fresh_words
    with patternstore.kept(tmp_path, b"engine"):  # read back from the file
        assert patternstore.remembered("alternation", "\0".join(sorted(set(phrases))), lambda: "made again") == fresh
        assert patternstore.remembered("wordlist", "honesty", lambda: "made again") == fresh_words


def test_derived_values_past_the_limit_keep_only_what_the_last_run_used(tmp_path, monkeypatch):
    monkeypatch.setattr(patternstore, "_MAX", 3)
    path = tmp_path / "derived.bin"
    store = patternstore.DerivedStore(path, b"e")
    for n in range(5):  # five team lists, one after another: more than the store keeps
        store.remembered("alternation", f"team {n}", lambda n=n: f"names {n}")
    store.save()
    assert len(patternstore.DerivedStore(path, b"e").values) == 5  # all five used by that run
    again = patternstore.DerivedStore(path, b"e")
    assert again.remembered("alternation", "team 4", lambda: "made again") == "names 4"
    again.remembered("alternation", "team 9", lambda: "names 9")
    again.save()
    assert sorted(patternstore.DerivedStore(path, b"e").values.values()) == ["names 4", "names 9"]


def test_past_its_bound_the_store_keeps_only_the_last_runs_patterns(tmp_path, monkeypatch):
    monkeypatch.setattr(patternstore, "_MAX_PATTERNS", 2)
    path = tmp_path / "patterns.bin"
    first = patternstore.PatternStore(path)
    for pattern in (r"a+", r"b+", r"c+"):
        first.compile(pattern)
    first.save()  # three new patterns past a bound of two: only what this run used, all three
    assert set(marshal.loads(path.read_bytes())) == {(r"a+", 0), (r"b+", 0), (r"c+", 0)}
    second = patternstore.PatternStore(path)
    assert second.compile(r"d+").fullmatch("ddd")
    second.save()
    assert set(marshal.loads(path.read_bytes())) == {(r"d+", 0)}


def test_a_pattern_the_run_reused_counts_once_against_the_bound(tmp_path, monkeypatch):
    monkeypatch.setattr(patternstore, "_MAX_PATTERNS", 3)
    path = tmp_path / "patterns.bin"
    first = patternstore.PatternStore(path)
    first.compile(r"a+")
    first.compile(r"b+")
    first.save()
    second = patternstore.PatternStore(path)
    second.compile(r"a+")  # from the store
    second.compile(r"c+")  # new: three distinct patterns, within the bound
    second.save()
    assert set(marshal.loads(path.read_bytes())) == {(r"a+", 0), (r"b+", 0), (r"c+", 0)}


def test_each_engine_keeps_its_own_derived_values(tmp_path, monkeypatch):
    """Two engines checked by turns (two worktrees) each find their own values; only the last few engines' files stay."""
    monkeypatch.setattr(patternstore, "_ENGINES", 2)
    made = []

    def run(engine: bytes) -> str:
        with patternstore.kept(tmp_path, engine):
            patternstore.remembered_packed("table", "k", lambda: {"engine": engine})
            return patternstore.remembered("alternation", "a\0b", lambda: made.append(engine) or engine.decode())

    assert [run(b"one"), run(b"two"), run(b"one"), run(b"two")] == ["one", "two", "one", "two"]
    assert made == [b"one", b"two"]  # each derived once
    run(b"three")
    assert len(list(tmp_path.glob("derived-*.bin"))) == 2
    assert sorted(path.stem for path in tmp_path.glob("derived-*.packed")) == sorted(path.stem for path in tmp_path.glob("derived-*.bin"))  # pruned together


def test_a_session_store_serves_runs_without_the_result_cache(practice, tmp_path):
    """PLAYBOOK_PATTERN_STORE (the suite's per-session folder) keeps patterns for uncached runs: the same findings."""
    before = sorted((p, p.stat().st_mtime_ns) for p in (practice / ".cache").rglob("*")) if (practice / ".cache").exists() else []
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks"), "XDG_CACHE_HOME": str(tmp_path / "home"), patternstore.SESSION_VAR: str(tmp_path / "session")}
    env.pop("PLAYBOOK_NO_CACHE", None)
    runs = []
    for _ in range(2):  # the first run compiles afresh and writes the store, the second reads it
        result = subprocess.run([sys.executable, "-c", PROBE, str(practice), "fresh"], capture_output=True, text=True, env=env, timeout=300)
        assert result.returncode == 0, result.stderr[-3000:]
        runs.append(json.loads(result.stdout))
    assert runs[0] == runs[1] and any(f[3] == "PHI003" for f in runs[0])
    assert list((tmp_path / "session").glob("patterns-*.bin")) and not (tmp_path / "home" / "playbook").exists()
    after = sorted((p, p.stat().st_mtime_ns) for p in (practice / ".cache").rglob("*")) if (practice / ".cache").exists() else []
    assert after == before  # no result cache was read into being or written


def test_a_large_value_is_kept_in_a_file_of_its_own_read_only_when_asked(tmp_path):
    table = {"word": (1, (0, 2)), "other": (3, ())}
    made = []

    def make(value=table):
        made.append(1)
        return value

    assert patternstore.remembered_packed("table", "k", make) == table and made == [1]  # outside a store: made every time
    with patternstore.kept(tmp_path, b"engine"):
        assert patternstore.remembered_packed("table", "k", make) == table and made == [1, 1]
        assert patternstore._derived[-1].values == {}  # not among the values every process that opens the store reads
    packed = list(tmp_path.glob("*.packed"))
    assert len(packed) == 1
    with patternstore.kept(tmp_path, b"engine"):
        assert patternstore.remembered_packed("table", "k", make) == table and made == [1, 1]  # read back, not made
    with patternstore.kept(tmp_path, b"another engine"):
        assert patternstore.remembered_packed("table", "k", make) == table and made == [1, 1, 1]  # another engine's: made
    with patternstore.kept(tmp_path, b"engine"):
        assert patternstore.remembered_packed("table", "k2", lambda: make("new")) == "new"  # one value a kind: k goes
        assert patternstore.remembered_packed("other", "k", lambda: make("other")) == "other"
        assert patternstore.remembered_packed("table", "k2", make) == "new" and patternstore.remembered_packed("table", "k", make) == table
    assert made == [1, 1, 1, 1, 1, 1]
    packed[0].write_bytes(marshal.dumps({"engine": b"engine", "values": {name: b"\xff not marshal" for name in ("a", "b")}}))
    with patternstore.kept(tmp_path, b"engine"):
        assert patternstore.remembered_packed("table", "k", make) == table  # damaged: made afresh
    packed[0].write_bytes(b"not marshal at all")
    with patternstore.kept(tmp_path, b"engine"):
        assert patternstore.remembered_packed("table", "k", make) == table
    with patternstore.kept(tmp_path, b"engine"):  # a value that unpacks but is not the shape asked for: made afresh
        assert patternstore.remembered_packed("shape", "k", lambda: ["a list"]) == ["a list"]  # kept as it is
        assert patternstore.remembered_packed("shape", "k", lambda: table, lambda value: isinstance(value, dict)) == table


def test_the_lexicon_tables_from_the_store_equal_fresh_ones(tmp_path):
    """The clinical lexicon, the story model, the hyphenation patterns and the syllable table's check, kept by the store."""
    from playbook import hyphenation, readability
    from playbook.lexicon import clinical
    from playbook.rules.privacy import story_words

    def loaded():
        for cached in (clinical.lexicon, story_words.model, hyphenation._patterns, readability._syllables):
            cached.cache_clear()
        lexicon = clinical.lexicon()
        entries = {key: (entry.category, entry.common) for key, entry in {**lexicon._phrases, **{f"cased:{k}": v for k, v in lexicon._cased.items()}}.items()}
        syllables = readability._syllables()
        return (entries, lexicon._longest, lexicon._suffix_category, lexicon._suffix.pattern, lexicon._suffix_stop, story_words.model(), hyphenation._patterns(), type(syllables).__name__)

    try:
        fresh = loaded()
        with patternstore.kept(tmp_path, b"engine"):
            assert loaded() == fresh  # made and kept
        with patternstore.kept(tmp_path, b"engine"):
            kept = {**patternstore._derived[-1].values, **marshal.loads(patternstore._derived[-1].path.with_suffix(".packed").read_bytes())["values"]}
            assert {name.split("\0")[0] for name in kept} >= {"clinical-lexicon", "story-model", "hyphenation", "syllable-table"}
            assert loaded() == fresh  # read back
    finally:
        for cached in (clinical.lexicon, story_words.model, hyphenation._patterns, readability._syllables):
            cached.cache_clear()
    assert fresh[-1] == "_Sorted" and fresh[-2] is not None  # the shipped tables match the installed dictionaries
