"""The corpus rules' findings are kept while nothing they read changes (corpus_memo.py), and never change a result.

They are kept under a digest of the posts' front matter (each post's outline) and of the per-file
facts the rules asked for, so the first test proves the premise: no corpus rule reads a post's copy
but through ctx.per_file. The cached-versus-fresh property test of test_result_cache.py edits copy
and front matter at random and covers the memo as well.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from playbook import corpus_memo
from playbook.cache import ResultCache
from playbook.check import check_project
from playbook.corpus import load_corpus
from playbook.rules import all_rules
from playbook.rules.context import Context

from .conftest import GOOD_POST, REPO, make_project

MEMO = Path(".cache/playbook") / corpus_memo.MEMO


def _blank(item):
    blank = {"body": ""} | ({"variants": {}} if hasattr(item, "variants") else {})
    return dataclasses.replace(item, **blank)


class _FactsFromCopy(Context):
    """A context whose per-file facts are computed from the posts with their copy (the others have none)."""

    def __init__(self, ctx: Context, originals: dict) -> None:
        super().__init__(ctx.corpus, ctx.today, ctx.thresholds, None)
        object.__setattr__(self, "originals", originals)

    def per_file(self, compute):
        return lambda item: compute(self.originals[item.path])


def _corpus_findings(corpus, ctx) -> list:
    return [(rule.code, hit) for rule in all_rules() if rule.scope == "corpus" and rule.check for hit in rule.check(corpus, ctx)]


@pytest.mark.parametrize(("root", "today", "codes"), [(REPO, "2027-06-01", 1), ("busy", "2027-01-02", 3)])
def test_no_corpus_rule_reads_a_posts_copy_but_through_per_file_facts(root, today, codes, tmp_path):
    """On the sample (with its review log and replies) and on a month of selling and plain posts."""
    if root == "busy":
        posts = {
            f"content/posts/2027/02/{day:02d}-tip.md": GOOD_POST.replace("test-0001", f"test-{day:04d}")
            .replace("2027-01-13 12:00", f"2027-02-{day:02d} {8 + day % 3}:00")
            .replace("Snow day?", "Book now and save 20%!" if day % 4 == 0 else "Snow day?")
            for day in range(1, 28)
        }
        root = make_project(tmp_path, posts, {"cadence.yml": 'mix: {promotional: "<=0.10", community: ">=0.2"}\n'})
    corpus = load_corpus(root)
    report = check_project(root, cache=False, today=today)
    ctx = Context(corpus, report.today, report.thresholds)
    originals = {item.path: item for item in (*corpus.posts, *corpus.responses)}
    blanked = dataclasses.replace(corpus, posts=tuple(map(_blank, corpus.posts)), responses=tuple(map(_blank, corpus.responses)))
    found = _corpus_findings(corpus, ctx)
    assert len({code for code, _ in found}) >= codes, "the corpus rules found little here: the comparison would prove little"
    assert _corpus_findings(blanked, _FactsFromCopy(ctx, originals)) == found


def _misses(monkeypatch) -> list[int]:
    """Counts the runs whose corpus rules ran (a miss)."""
    seen: list[int] = []
    real = corpus_memo._Recording.__init__

    def spy(self, ctx):
        seen.append(1)
        real(self, ctx)

    monkeypatch.setattr(corpus_memo._Recording, "__init__", spy)
    return seen


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_copy_edit_keeps_the_corpus_findings_and_a_front_matter_edit_does_not(tmp_path, monkeypatch):
    posts = {
        f"content/posts/2027/02/{day:02d}-tip.md": GOOD_POST.replace("test-0001", f"test-{day:04d}").replace("2027-01-13 12:00", f"2027-02-{day:02d} 12:00")
        for day in (1, 2, 3, 12, 13, 14, 15, 16, 17)
    }
    root = make_project(tmp_path, posts, {"cadence.yml": 'mix: {promotional: "<=0.20"}\n'})
    misses = _misses(monkeypatch)
    post = root / "content/posts/2027/02/02-tip.md"

    def agree() -> None:
        cached = check_project(root, cache=True)
        assert cached.findings == check_project(root, cache=False).findings

    agree()
    assert len(misses) == 1
    agree()
    assert len(misses) == 1, "nothing changed, yet the corpus rules ran again"
    _edit(post, "Snow day?", "Icy steps? Salt them before the mail carrier comes.")
    agree()
    assert len(misses) == 1, "only the copy changed, yet the corpus rules ran again"
    _edit(post, "2027-02-02 12:00", "2027-02-09 12:00")  # a gap and a week's count change
    agree()
    assert len(misses) == 2
    for day in (1, 2, 3):  # PER004 reads copy through a per-file fact: selling changes its answer
        _edit(root / f"content/posts/2027/02/{day:02d}-tip.md", "Snow day?" if day != 2 else "Icy steps?", "Book now and save 20%!")
    agree()
    assert len(misses) == 3
    assert check_project(root, cache=True, today="2027-02-10").findings == check_project(root, cache=False, today="2027-02-10").findings
    assert len(misses) == 4, "another day must run the corpus rules again"


@pytest.mark.parametrize("damage", [b"", b"garbage", None])
def test_a_damaged_or_foreign_memo_is_ignored(tmp_path, damage, monkeypatch):
    root = make_project(tmp_path, {"content/posts/2027/01/13-stretch.md": GOOD_POST})
    fresh = check_project(root, cache=False)
    check_project(root, cache=True)
    memo = root / MEMO
    if damage is None:  # a memo signed by another user's key
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "elsewhere"))
        other = ResultCache.open(root)
        other.write_extra(corpus_memo.MEMO, (b"\0" * 20, (), ()))
        other.save()
        monkeypatch.delenv("XDG_CACHE_HOME")
    else:
        memo.write_bytes(damage)
    assert check_project(root, cache=True).findings == fresh.findings


def test_the_memo_is_found_again_by_another_process(sample_copy):
    """Sets inside the review log pickle in hash order, which differs between processes; the digest must not."""
    script = "from playbook.check import check_project; import sys; check_project(sys.argv[1], cache=True)"
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO / "hooks")}
        subprocess.run([sys.executable, "-c", script, str(sample_copy)], check=True, env=env, timeout=600)
        runs.append((sample_copy / MEMO).stat().st_mtime_ns)
    assert runs[0] == runs[1], "the second process did not find the first one's corpus findings"
