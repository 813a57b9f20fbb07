"""A build checks the files its cache lacks in a process apart (apart.py), which never changes a finding.

Each run is a fresh interpreter, as `mkdocs build` is: one test's imports would otherwise hide
another's, and the result cache and the pattern store live in a user's folder of the test's own.
"""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from .conftest import REPO
from .test_workers import SNIPPETS

PROBE = textwrap.dedent(
    """
    import json, sys
    from playbook import apart
    from playbook.check import check_project
    root, mode = sys.argv[1], sys.argv[2]
    if mode == "broken":
        apart._COMMAND = "import sys; sys.exit(1)"  # the process apart fails: the files are checked here
    report = check_project(root, cache=mode != "uncached", apart=mode != "uncached")
    print(json.dumps({
        "findings": [f"{f.path}:{f.line}:{f.column} {f.code} {f.severity.name} {f.message} | {f.hint}" for f in report.findings],
        "privacy modules": sorted(m for m in sys.modules if m.startswith("playbook.rules.privacy.")),
    }))
    """
)
LEAK = "\n\nMaria Lopez, 34, had her knee surgery with us on Tuesday. Call her at (312) 555-0142 to say hi!\n"
EDITED = "content/posts/2027/01/06-start-small.md"


def probe(root: Path, mode: str, home: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks"), "XDG_CACHE_HOME": str(home)}
    env.pop("PLAYBOOK_NO_CACHE", None)
    result = subprocess.run([sys.executable, "-c", PROBE, str(root), mode], capture_output=True, text=True, env=env, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def edit(root: Path) -> None:
    post = root / EDITED
    post.write_text(post.read_text(encoding="utf-8") + LEAK, encoding="utf-8")


def stored_patterns(home: Path) -> set:
    (store,) = (home / "playbook").glob("patterns-*.bin")
    return set(marshal.loads(store.read_bytes()))


def test_an_edited_post_is_checked_apart_and_its_rules_never_loaded_here(sample_copy, tmp_path):
    probe(sample_copy, "apart", tmp_path / "home")  # the cache filled
    edit(sample_copy)
    found = probe(sample_copy, "apart", tmp_path / "home")
    assert found["privacy modules"] == []  # the rules that read the edit ran in the other process
    assert any(line.startswith(f"{EDITED}:") and " PHI" in line for line in found["findings"])
    assert found["findings"] == probe(sample_copy, "uncached", tmp_path / "home")["findings"]


def test_a_practice_checked_apart_with_no_cache_gives_the_findings_checked_here(sample_copy, tmp_path):
    posts = sorted((sample_copy / "content/posts").rglob("*.md"))
    for post, snippet in zip(posts[::7], SNIPPETS * 3, strict=False):  # many files, many rules, findings of every kind
        post.write_text(post.read_text(encoding="utf-8") + "\n\n" + snippet + "\n", encoding="utf-8")
    apart = probe(sample_copy, "apart", tmp_path / "home")
    here = probe(sample_copy, "uncached", tmp_path / "home")
    assert apart["findings"] == here["findings"] and len(here["findings"]) > 10


def test_when_the_process_apart_fails_the_files_are_checked_here(sample_copy, tmp_path):
    edit(sample_copy)
    broken = probe(sample_copy, "broken", tmp_path / "home")
    assert broken["privacy modules"]  # checked in this process
    assert broken["findings"] == probe(sample_copy, "uncached", tmp_path / "home")["findings"]


def test_the_patterns_compiled_apart_are_kept_as_if_compiled_here(sample_copy, tmp_path):
    probe(sample_copy, "apart", tmp_path / "apart")
    probe(sample_copy, "broken", tmp_path / "here")
    assert stored_patterns(tmp_path / "apart") == stored_patterns(tmp_path / "here")


def test_a_build_with_one_post_edited_never_loads_the_privacy_rules(sample_copy, tmp_path):
    """The glue asks for the process apart in a build (not in a preview): the build's memory never holds the rules."""
    wrapper = tmp_path / "build.py"
    wrapper.write_text(
        "import atexit, json, sys\n"
        "atexit.register(lambda: print(json.dumps(sorted(m for m in sys.modules if m.startswith('playbook.rules.privacy.'))), file=sys.stderr))\n"
        "from mkdocs.__main__ import cli\n"
        "sys.argv = ['mkdocs', 'build', '-q', '-d', sys.argv[1]]\n"
        "cli()\n",
        encoding="utf-8",
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "home"), "NO_MKDOCS_2_WARNING": "1"}
    env.pop("PLAYBOOK_NO_CACHE", None)

    def build(folder: str) -> tuple[int, str, list[str]]:
        done = subprocess.run([sys.executable, str(wrapper), str(tmp_path / folder)], cwd=sample_copy, capture_output=True, text=True, env=env, timeout=600, check=False)
        return done.returncode, done.stderr, json.loads(done.stderr.strip().splitlines()[-1])

    assert build("first")[0] == 0
    edit(sample_copy)
    failed, said, loaded = build("edited")
    assert loaded == []
    assert failed and f"{EDITED}:27:1: PHI003 Remove the name 'Maria Lopez'" in said  # found apart, and it stops the build
