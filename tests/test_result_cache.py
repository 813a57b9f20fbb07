"""The result cache (.cache/playbook/) saves work and never changes a result.

The property test edits, renames and deletes random posts, replies and plans in one
copy of the sample and compares the cached run with a fresh one finding for finding.
Files it does not touch keep their inode and times between examples, so both ways an
entry is trusted get exercised: unchanged times (no read at all) and unchanged bytes.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playbook import cache as result_cache
from playbook import cachekey
from playbook.check import check_project
from playbook.cli import main
from playbook.findings import Finding, Severity

from .conftest import GOOD_POST, REPO, TEAM, make_project

SNIPPETS = (
    "Maria Lopez, 34, had her knee surgery with us on 2027-01-03. Call her at (312) 555-0142 to say hi!",
    "We are sorry about your visit last Tuesday and your treatment; our records show you were seen by Dr. Okafor.",
    "You are a liar and we will sue you for defamation. Remove your review.",
    "Book now: 20% off every knee brace with promo code WINTER, limited time offer! #bookNow #kneebrace",
    "Notwithstanding the aforementioned considerations regarding the multifactorial etiology of musculoskeletal "
    "degeneration, our interdisciplinary practitioners systematically operationalize evidence-based methodologies "
    "to optimize longitudinal functional outcomes for constituents throughout the metropolitan catchment area. " * 3,
    "Stretch for five minutes before you shovel. 💪💪💪💪💪💪💪💪 #WinterSafety",
    "Leave us 5 stars and get a free coffee! Unhappy? Email us first instead.",
    "𝐁𝐢𝐠 𝐧𝐞𝐰𝐬 today at the clinic.",
    "<script>alert(1)</script> Come to the walk!",
    "",
)
FIELD_EDITS = (
    (r"^status: .*$", "status: approved"),
    (r"^status: .*$", "status: published"),
    (r"^status: .*$", "status: idea"),
    (r"^status: .*$", "status: vanished"),
    (r"^publish: .*$", 'publish: "2027-03-09 22:30"'),
    (r"^publish: .*$", 'publish: "2026-12-31 09:00"'),
    (r"^channels: .*$", "channels: [x]"),
    (r"^channels: .*$", "channels: [facebook, myspace]"),
    (r"^guideline: .*$", "guideline: expert"),
    (r"^author: .*$", "author: nobody"),
    (r"^uid: .*\n", ""),
    (r"^uid: .*$", "uid: rb-2027-0003"),
    (r"^title: .*$", "title: [unclosed"),
    (r"^scenario: .*$", "scenario: billing"),
    (r"^---\n", "---\nwaivers:\n  - {rule: PER002, reason: a long and careful reason}\n"),
    (r"^---\n", "---\nwaivers:\n  - {rule: person-name, reason: a long and careful reason}\n  - {rule: NEG005, reason: the old rule misread this}\n"),
)
PLANS_EDITS = (
    ("team.yml", r"^  - \{id: spatel.*\n", ""),
    ("team.yml", r"^  - \{id: mreyes.*\n", ""),
    ("checks.yml", r"^as_of: .*$", "as_of: 2027-02-24"),
    ("checks.yml", r"\Z", "\nrules:\n  severity: {CON: error}\n  thresholds: {PER002: {max_grade: 6}}\n"),
    ("cadence.yml", r"per_week: 3", "per_week: 7"),
    ("cadence.yml", r"^approval_lead_days: .*$", "approval_lead_days: 30"),
    ("authorizations.yml", r"revoked: false", "revoked: true"),
    ("practice.yml", r"^channels: \[", "channels: [threads, "),
    ("practice.yml", r"^timezone: .*$", "timezone: Europe/Madrid"),
    ("series.yml", r"\A", "[broken\n"),
    ("reviews/2027-01.yml", r"\A", "# Jane Doe wrote that her knee surgery went badly\n"),
    ("reviews/2027-01.yml", r"template: [\w-]+", "template: no-such-template"),
    ("reviews/2026-12.yml", r"rating: \d", "rating: 9"),
)


@pytest.fixture(scope="module", autouse=True)
def own_key(tmp_path_factory):
    """Each test module signs its caches with its own key, in a folder of its own."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("key-home")))
        yield


@pytest.fixture(scope="module")
def practice(tmp_path_factory) -> Path:
    """A copy of the sample (every second post, to keep it quick) whose files are old enough to be trusted
    by their times alone."""
    root = tmp_path_factory.mktemp("cached") / "practice"
    root.mkdir()
    shutil.copytree(REPO / "plans", root / "plans")
    posts = sorted((REPO / "content" / "posts").rglob("*.md"))
    shutil.copytree(REPO / "content", root / "content", ignore=lambda folder, names: {n for n in names if Path(folder, n) in posts[1::2]})
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    time.sleep(result_cache.RACY_NS / 1e9 + 0.2)  # written now, read later: "settled" (see cache._settled)
    check_project(root, cache=True)
    return root


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and ".cache" not in p.parts}


def _restore(root: Path, before: dict[str, bytes]) -> None:
    """Put back only what the example changed, so untouched files keep their times and inodes."""
    now = _files(root)
    for rel in now.keys() - before.keys():
        (root / rel).unlink()
    for rel, data in before.items():
        if now.get(rel) != data:
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(data)


def _pick(files: list[str], index: int) -> str | None:
    return files[index % len(files)] if files else None


def _apply(root: Path, op: tuple) -> None:
    kind, index, payload = op
    content = sorted(p.relative_to(root).as_posix() for p in (root / "content").rglob("*.md"))
    posts = [p for p in content if p.startswith("content/posts/")]
    replies = [p for p in content if p.startswith("content/responses/")]
    target = _pick(replies if kind.startswith("reply") else posts, index)
    if target is None:
        return
    path = root / target
    # An earlier "-bytes" operation may have left bytes that are no UTF-8: an edit keeps them, as an editor would.
    utf8 = {"encoding": "utf-8", "errors": "surrogateescape"}
    if kind in ("post-body", "reply-body"):
        text = path.read_text(**utf8)
        head, _, _ = text.partition("\n---\n")
        path.write_text(f"{head}\n---\n{SNIPPETS[payload % len(SNIPPETS)]}\n", **utf8)
    elif kind in ("post-text", "reply-text"):
        with path.open("a", encoding="utf-8") as handle:
            handle.write(payload)
    elif kind in ("post-field", "reply-field"):
        pattern, replacement = FIELD_EDITS[payload % len(FIELD_EDITS)]
        path.write_text(re.sub(pattern, replacement, path.read_text(**utf8), count=1, flags=re.M), **utf8)
    elif kind in ("post-bytes", "reply-bytes"):
        path.write_bytes(path.read_bytes()[: payload % 200] + (b"\xff\xfe", b"\x00", b"", b"---\n")[payload % 4])
    elif kind in ("post-rename", "reply-rename"):
        folder = ("content/posts/2027/02", "content/posts/2027/03", "content/responses", "content/guidelines")[payload % 4]
        (root / folder).mkdir(parents=True, exist_ok=True)
        path.rename(root / folder / f"{payload:02d}-moved-{path.name}")
    elif kind in ("post-delete", "reply-delete"):
        path.unlink()
    elif kind == "post-copy":
        shutil.copy(path, path.with_name(f"copy-{payload}-{path.name}"))
    elif kind == "plans":
        name, pattern, replacement = PLANS_EDITS[payload % len(PLANS_EDITS)]
        plan = root / "plans" / name
        if not plan.is_file():  # an earlier operation deleted it
            return
        plan.write_text(re.sub(pattern, replacement, plan.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")
    elif kind == "plans-delete":
        names = sorted(p.name for p in (root / "plans").glob("*.yml")) + ["reviews/2027-01.yml"]
        (root / "plans" / names[payload % len(names)]).unlink(missing_ok=True)


KINDS = (
    "post-body", "post-text", "post-field", "post-bytes", "post-rename", "post-delete", "post-copy",
    "reply-body", "reply-text", "reply-field", "reply-bytes", "reply-rename", "reply-delete", "plans", "plans-delete",
)  # fmt: skip
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
OPERATION = st.tuples(st.sampled_from(KINDS), st.integers(0, 200), st.integers(0, 400)).flatmap(
    lambda op: st.tuples(st.just(op[0]), st.just(op[1]), TEXT if op[0].endswith("-text") else st.just(op[2]))
)


def _same(a, b) -> None:
    assert a.findings == b.findings
    assert a.corpus.findings == b.corpus.findings
    assert a.corpus.posts == b.corpus.posts
    assert a.corpus.responses == b.corpus.responses
    assert a.today == b.today and a.thresholds == b.thresholds


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(OPERATION, min_size=1, max_size=4), rewrite=st.booleans())
def test_cached_and_fresh_runs_agree_finding_for_finding(practice, ops, rewrite):
    """`rewrite`: check.bin written afresh on any change, else (nearly always) check-changes.bin."""
    before = _files(practice)
    limits = result_cache.CHANGES_MIN, result_cache.CHANGES_SHARE
    try:
        if rewrite:
            result_cache.CHANGES_MIN, result_cache.CHANGES_SHARE = -1, 10**9
        for op in ops:
            _apply(practice, op)
        cached = check_project(practice, cache=True)
        fresh = check_project(practice, cache=False)
        _same(cached, fresh)
        _same(check_project(practice, cache=True), fresh)  # the entries just written
    finally:
        result_cache.CHANGES_MIN, result_cache.CHANGES_SHARE = limits
        _restore(practice, before)


# --- what the cache trusts, and what it refuses -----------------------------------------------------

POST = "content/posts/2027/01/13-stretch.md"


def _settled_project(tmp_path: Path, monkeypatch) -> Path:
    """The tiny practice, cached once, its files older than the racy window (the clock is moved instead of waiting)."""
    root = make_project(tmp_path, {POST: GOOD_POST})
    later = time.time_ns() + result_cache.RACY_NS + 1_000_000_000
    monkeypatch.setattr(result_cache.time, "time_ns", lambda: later)
    check_project(root, cache=True)
    return root


def _errors_in(findings, path: str) -> list:
    return [f for f in findings if f.path == path and f.severity is Severity.ERROR]


def _reads(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = result_cache.read_bytes

    def spy(path, *args, **kwargs):
        seen.append(Path(path).as_posix())
        return real(path, *args, **kwargs)

    monkeypatch.setattr(result_cache, "read_bytes", spy)
    return seen


def test_unchanged_settled_files_are_not_read_again(tmp_path, monkeypatch):
    root = _settled_project(tmp_path, monkeypatch)
    reads = _reads(monkeypatch)
    check_project(root, cache=True)
    assert not [r for r in reads if "/content/" in r], reads


def test_a_file_read_soon_after_it_changed_is_read_again(tmp_path, monkeypatch):
    root = make_project(tmp_path, {POST: GOOD_POST})
    check_project(root, cache=True)  # just written: its times may not show the next change
    reads = _reads(monkeypatch)
    check_project(root, cache=True)
    assert any(r.endswith(POST) for r in reads)


def test_a_rewrite_with_the_same_size_and_mtime_is_seen(tmp_path, monkeypatch):
    root = _settled_project(tmp_path, monkeypatch)
    path = root / POST
    info = path.stat()
    changed = GOOD_POST.replace("status: draft", "status: dunno")
    assert len(changed) == len(GOOD_POST)
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    cached = check_project(root, cache=True).findings
    assert _errors_in(cached, POST)
    assert cached == check_project(root, cache=False).findings


def test_today_is_part_of_what_a_files_findings_depend_on(tmp_path):
    root = make_project(tmp_path, {POST: GOOD_POST.replace("status: draft", 'status: approved\napprovals: [{by: dr-okafor, role: approver, "on": 2027-01-02}]')})
    for day in ("2027-01-05", "2027-01-20", "2027-01-05"):
        assert check_project(root, day, cache=True).findings == check_project(root, day, cache=False).findings
    assert check_project(root, "2027-01-20", cache=True).findings != check_project(root, "2027-01-05", cache=True).findings


@pytest.mark.parametrize("plans", [{"team.yml": TEAM.replace("jlee", "jdoe")}, {"series.yml": None}, {"checks.yml": "as_of: 2027-01-05\nrules:\n  ignore: [CON]\n"}])
def test_a_plans_change_is_seen(tmp_path, plans):
    root = make_project(tmp_path, {POST: GOOD_POST})
    check_project(root, cache=True)
    make_project(tmp_path, {POST: GOOD_POST}, plans)
    assert check_project(root, cache=True).findings == check_project(root, cache=False).findings


def test_another_engine_ignores_the_cache(tmp_path, monkeypatch):
    root = make_project(tmp_path, {POST: GOOD_POST})
    check_project(root, cache=True)
    key = result_cache.context_key(root)
    monkeypatch.setattr(cachekey, "_ENGINE", [b"another engine"])
    assert result_cache.context_key(root) != key
    assert result_cache.ResultCache.open(root).entries() == {}


def _cache_file(root: Path) -> Path:
    return root / ".cache" / "playbook" / "check.bin"


def _cache_files(root: Path) -> dict[str, bytes]:
    """check.bin and check-changes.bin, as they are now."""
    return {p.name: p.read_bytes() for p in sorted((root / ".cache" / "playbook").glob("check*.bin"))}


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(p.read_bytes()[:-100]),
        lambda p: p.write_bytes(p.read_bytes()[:40] + b"\x00" + p.read_bytes()[41:]),
        lambda p: p.write_bytes(os.urandom(5000)),
        lambda p: p.write_text("not a cache\n"),
        lambda p: (p.unlink(), p.mkdir()),
        lambda p: (p.unlink(), os.mkfifo(p)),
    ],
    ids=["empty", "truncated", "flipped-byte", "random", "text", "folder", "pipe"],
)
def test_a_damaged_cache_is_ignored_and_replaced(tmp_path, damage):
    root = make_project(tmp_path, {POST: GOOD_POST.replace("status: draft", "status: dunno")})
    fresh = check_project(root, cache=False)
    check_project(root, cache=True)
    damage(_cache_file(root))
    assert check_project(root, cache=True).findings == fresh.findings
    if _cache_file(root).is_file() and not _cache_file(root).is_fifo():
        assert result_cache.ResultCache.open(root).entries()  # written again, and readable


def test_a_cache_signed_with_another_key_is_ignored(tmp_path, monkeypatch):
    """A cache committed to the repository (or made by someone else) cannot pass its own results off as ours."""
    root = make_project(tmp_path, {POST: GOOD_POST.replace("status: draft", "status: dunno")})
    check_project(root, cache=True)
    opened = result_cache.ResultCache.open(root)
    opened.new = opened.entries()
    for entry in opened.new.values():  # a forger empties every file's findings ...
        entry.parsed, entry.checked = (), ()
    opened.dirty = set(opened.new)
    monkeypatch.setattr(opened, "secret", b"k" * 32)  # ... but cannot sign with this user's key
    genuine = _cache_files(root)
    opened.save()
    assert _cache_files(root) != genuine  # written (the changes file: one entry changed) ...
    assert _errors_in(check_project(root, cache=True).findings, POST)


def test_the_unpickler_builds_engine_data_only(tmp_path):
    """Even a cache signed with our key cannot make the unpickler call anything: not in check.bin's
    entries, not in check-changes.bin's, not as either whole file."""
    root = make_project(tmp_path, {POST: GOOD_POST})
    check_project(root, cache=True)
    opened = result_cache.ResultCache.open(root)
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):
            return (os.mkdir, (str(marker),))

    def sign(path: Path, name: str, value) -> None:
        payload = value if isinstance(value, bytes) else pickle.dumps(value, protocol=5)
        path.write_bytes(result_cache.FORMAT + opened._mac(name, payload) + payload)

    genuine = _cache_file(root).read_bytes()
    sign(opened.changes_path, "check-changes.bin", (opened.key, opened.base_mac, {POST: pickle.dumps(Evil())}, frozenset()))
    assert result_cache.ResultCache.open(root).changed  # signed with our key: read ...
    assert POST not in result_cache.ResultCache.open(root).entries()  # ... but the entry is refused
    sign(opened.changes_path, "check-changes.bin", pickle.dumps(Evil(), protocol=5))
    assert set(result_cache.ResultCache.open(root).entries()) == set(opened.entries())  # the whole file refused: check.bin's stand
    sign(_cache_file(root), "check.bin", (opened.key, {}, pickle.dumps({POST: Evil()})))
    assert result_cache.ResultCache.open(root).entries() == {}
    sign(_cache_file(root), "check.bin", pickle.dumps(Evil(), protocol=5))
    assert result_cache.ResultCache.open(root).entries() == {}
    assert not marker.exists()
    _cache_file(root).write_bytes(genuine)
    assert check_project(root, cache=True).findings == check_project(root, cache=False).findings


def test_one_changed_file_rewrites_the_small_file_and_many_the_big_one(tmp_path, monkeypatch):
    posts = {f"content/posts/2027/02/{day:02d}-tip.md": GOOD_POST.replace("test-0001", f"test-{day:04d}") for day in range(1, 11)}
    root = make_project(tmp_path, posts)
    later = time.time_ns() + result_cache.RACY_NS + 1_000_000_000
    monkeypatch.setattr(result_cache.time, "time_ns", lambda: later)  # the files count as settled
    check_project(root, cache=True)
    big = _cache_file(root).read_bytes()
    assert not result_cache.ResultCache.open(root).changes_path.exists()
    first, second, *_ = sorted(posts)
    (root / first).write_text(posts[first].replace("Stretch", "Stretch gently"), encoding="utf-8")
    (root / second).unlink()
    report = check_project(root, cache=True)
    assert _cache_file(root).read_bytes() == big  # untouched: the change and the removal went to check-changes.bin
    opened = result_cache.ResultCache.open(root)
    assert set(opened.changed) == {first} and opened.removed == {second}
    assert second not in opened.entries() and first in opened.entries()
    assert report.findings == check_project(root, cache=False).findings == check_project(root, cache=True).findings
    monkeypatch.setattr(result_cache, "CHANGES_MIN", 0)
    for rel in sorted(posts)[2:]:
        (root / rel).write_text(posts[rel].replace("Stretch", "Stretch slowly"), encoding="utf-8")
    report = check_project(root, cache=True)
    assert _cache_file(root).read_bytes() != big and not opened.changes_path.exists()  # most changed: written afresh
    assert set(result_cache.ResultCache.open(root).entries()) == set(opened.entries())
    assert report.findings == check_project(root, cache=False).findings == check_project(root, cache=True).findings


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(p.read_bytes()[:-10]),
        lambda p: p.write_bytes(p.read_bytes()[:40] + b"\x00" + p.read_bytes()[41:]),
        lambda p: p.write_bytes(os.urandom(500)),
        lambda p: (p.unlink(), os.mkfifo(p)),
    ],
    ids=["empty", "truncated", "flipped-byte", "random", "pipe"],
)
def test_a_damaged_changes_file_is_ignored(tmp_path, monkeypatch, damage):
    root = _settled_project(tmp_path, monkeypatch)
    (root / POST).write_text(GOOD_POST.replace("status: draft", "status: dunno"), encoding="utf-8")
    check_project(root, cache=True)
    changes = result_cache.ResultCache.open(root).changes_path
    assert changes.is_file()
    damage(changes)
    assert check_project(root, cache=True).findings == check_project(root, cache=False).findings
    assert _errors_in(check_project(root, cache=True).findings, POST)


def test_a_changes_file_for_another_check_bin_is_ignored(tmp_path, monkeypatch):
    root = _settled_project(tmp_path, monkeypatch)
    (root / POST).write_text(GOOD_POST.replace("status: draft", "status: dunno"), encoding="utf-8")
    check_project(root, cache=True)
    opened = result_cache.ResultCache.open(root)
    changes = opened.changes_path.read_bytes()
    (root / POST).write_text(GOOD_POST, encoding="utf-8")
    monkeypatch.setattr(result_cache, "CHANGES_MIN", -1)  # check.bin written afresh ...
    check_project(root, cache=True)
    opened.changes_path.write_bytes(changes)  # ... and the old changes file put back: it names the old check.bin
    assert result_cache.ResultCache.open(root).changed == {}
    assert not _errors_in(check_project(root, cache=True).findings, POST)


def test_a_linked_cache_folder_is_never_written_through(tmp_path):
    root = make_project(tmp_path / "practice", {POST: GOOD_POST})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / ".cache").symlink_to(elsewhere, target_is_directory=True)
    fresh = check_project(root, cache=False)
    assert check_project(root, cache=True).findings == fresh.findings
    assert list(elsewhere.iterdir()) == []


def test_files_gone_leave_the_cache(tmp_path):
    other = "content/posts/2027/01/14-other.md"
    root = make_project(tmp_path, {POST: GOOD_POST, other: GOOD_POST.replace("test-0001", "test-0002")})
    check_project(root, cache=True)
    (root / other).unlink()
    check_project(root, cache=True)
    assert set(result_cache.ResultCache.open(root).entries()) == {POST, "content/index.md"}


def test_no_cache_flag_and_variable_keep_the_repository_clean(tmp_path, monkeypatch):
    root = make_project(tmp_path, {POST: GOOD_POST})
    monkeypatch.delenv(result_cache.ENV_VAR, raising=False)
    assert CliRunner().invoke(main, ["check", "--no-cache", "--root", str(root)]).exit_code == 0
    assert not (root / ".cache").exists()
    monkeypatch.setenv(result_cache.ENV_VAR, "1")
    assert CliRunner().invoke(main, ["check", "--root", str(root)]).exit_code == 0
    assert not (root / ".cache").exists()
    monkeypatch.delenv(result_cache.ENV_VAR)
    assert CliRunner().invoke(main, ["check", "--root", str(root)]).exit_code == 0
    assert _cache_file(root).is_file()


def test_without_a_key_nothing_is_cached(tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    root = make_project(tmp_path / "practice", {POST: GOOD_POST})
    assert check_project(root, cache=True).findings == check_project(root, cache=False).findings
    assert not (root / ".cache").exists()


def test_the_variable_turns_the_cache_off_where_the_caller_leaves_it_open(monkeypatch):
    monkeypatch.setenv(result_cache.ENV_VAR, "1")
    assert not result_cache.wanted(None) and result_cache.wanted(True) and not result_cache.wanted(False)
    monkeypatch.setenv(result_cache.ENV_VAR, "0")
    assert result_cache.wanted(None)
    monkeypatch.delenv(result_cache.ENV_VAR)
    assert result_cache.wanted(None)


def test_the_build_checks_through_the_cache(sample_copy, tmp_path):
    """`mkdocs build` reads what `playbook check` cached (the session asks the engine, as the CLI does):
    a finding planted in the cache, signed with this user's key, shows on the post's page."""
    check_project(sample_copy, cache=True)
    opened = result_cache.ResultCache.open(sample_copy)
    post = "content/posts/2027/01/06-start-small.md"
    entry = opened.entries()[post]
    entry.checked += (Finding(post, 1, "PER001", "Planted in the cache to see the build read it", Severity.INFO),)
    opened.new, opened.dirty = {**opened.entries(), post: entry}, {post}
    opened.save()
    env = {**os.environ}
    env.pop(result_cache.ENV_VAR, None)
    out = tmp_path / "site"
    for variable, shown in (("", True), ("1", False)):
        env[result_cache.ENV_VAR] = variable
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(sample_copy / "mkdocs.yml"), "-d", str(out)],
            capture_output=True, text=True, cwd=sample_copy, env=env, timeout=600,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr[-3000:]
        page = (out / "posts/2027/01/06-start-small/index.html").read_text(encoding="utf-8")
        assert ("Planted in the cache" in page) is shown


def _promoting_project(tmp_path: Path) -> Path:
    """Ten posts in February, three of them selling something, and a promotional share of at most 20%: PER004's."""
    posts = {
        f"content/posts/2027/02/{day:02d}-tip.md": GOOD_POST.replace("test-0001", f"test-{day:04d}")
        .replace("2027-01-13 12:00", f"2027-02-{day:02d} 12:00")
        .replace("series: wellness-wednesday\n", "")
        .replace("Snow day?", "Book now and save 20%!" if day <= 3 else "Snow day?")
        for day in range(1, 11)
    }
    return make_project(tmp_path, posts, {"cadence.yml": 'mix: {promotional: "<=0.20"}\n'})


def test_a_fact_a_corpus_rule_keeps_per_file_follows_the_file(tmp_path):
    """PER004 asks every post whether it sells something; the cache keeps the answer with the post."""
    root = _promoting_project(tmp_path)
    fresh = check_project(root, cache=False)
    assert "PER004" in [f.code for f in fresh.findings]
    assert check_project(root, cache=True).findings == fresh.findings == check_project(root, cache=True).findings
    calm = root / "content/posts/2027/02/01-tip.md"
    calm.write_text(calm.read_text(encoding="utf-8").replace("Book now and save 20%!", "Snow day?"), encoding="utf-8")
    fresh = check_project(root, cache=False)
    assert "PER004" not in [f.code for f in fresh.findings]
    assert check_project(root, cache=True).findings == fresh.findings


def test_the_report_answers_the_charts_from_the_facts_the_check_kept(tmp_path):
    """The guideline mix chart asks every post whether it sells something, as PER004 did: with the cache the report
    hands over PER004's answers (a third of a second at 10,000 posts), and the answers are the same."""
    from playbook.promotion import is_promotional
    from playbook.rules.context import fact_name
    from playbook.site.charts import report_charts

    root = _promoting_project(tmp_path)
    fresh = check_project(root, cache=False)
    assert fresh.facts == {}
    for _ in range(2):  # cold, then warm
        cached = check_project(root, cache=True)
        name = fact_name(is_promotional)
        assert {post.path: cached.facts[post.path][name] for post in cached.corpus.posts} == {post.path: is_promotional(post) for post in fresh.corpus.posts}
        assert sum(cached.facts[post.path][name] for post in cached.corpus.posts) == 3
        assert report_charts(cached) == report_charts(fresh)
    planted = dataclasses.replace(cached, facts={path: {name: True} for path in cached.facts})  # the chart reads the kept answers
    assert report_charts(planted)[0] != report_charts(fresh)[0]
    assert report_charts(planted)[1:] == report_charts(fresh)[1:]


def test_posts_read_back_from_the_cache_share_what_every_post_repeats(tmp_path):
    """Front-matter keys, channels, a status: one string for all posts, kept once in check.bin and once in memory."""
    second = POST.replace("13-stretch", "14-stretch-again")
    root = make_project(tmp_path, {POST: GOOD_POST, second: GOOD_POST.replace("uid: ", "uid: again-")})
    for fresh in (check_project(root, cache=True), check_project(root, cache=True)):  # parsed now, then unpickled
        one, two = sorted(fresh.corpus.posts, key=lambda post: post.path)
        assert one.path != two.path and one.lines == two.lines
        assert all(a is b for a, b in zip(one.lines, two.lines, strict=True))
        assert one.status is two.status and one.author is two.author and one.channels[0] is two.channels[0]


def test_a_fact_asked_before_the_file_s_findings_for_the_day_waits_for_them(tmp_path):
    """A helper checks the changed files while the corpus rules run here (check.py): a fact of such a file, or of
    one last checked on another day, is never kept with findings of another day; it joins the file's findings
    for its own day once they are in, so the next run does not compute it again."""
    import datetime as dt

    root = make_project(tmp_path, {POST: GOOD_POST})
    check_project(root, cache=True, today="2027-01-05")
    opened = result_cache.ResultCache.open(root)
    opened.new = opened.entries()
    entry = opened.new[POST]
    day, other = entry.checked_on, entry.checked_on + dt.timedelta(days=1)
    asked = []

    def compute(item):
        asked.append(item)
        return len(asked)

    assert opened.fact(POST, "count", compute, "item", day) == 1  # the findings' own day: computed once ...
    assert opened.fact(POST, "count", compute, "item", day) == 1  # ... and kept
    assert entry.facts["count"] == 1 and POST in opened.dirty
    assert opened.fact(POST, "count", compute, "item", other) == 2  # the entry's findings are another day's
    assert opened.fact(POST, "count", compute, "item", other) == 2  # computed once for that day all the same
    assert entry.facts["count"] == 1  # not kept with the other day's findings
    assert opened.checked(POST, other, lambda: []) == () and entry.checked_on == other
    assert entry.facts == {"count": 2}  # once the findings for its day are in, it is kept with them (and nothing older)
