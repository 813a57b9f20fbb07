"""A build lets go of what the rules loaded (release.py), and a check afterwards finds exactly what it found before.

Releasing runs in a fresh interpreter here: in the test process it would only make the next tests
compile and load everything again (conftest.py turns it off for every build run in it).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from playbook.site import session as site_session

from .conftest import REPO
from .test_workers import SNIPPETS

PROBE = textwrap.dedent(
    """
    import json, sys, weakref
    from playbook import patternstore, readability
    from playbook.check import check_project
    from playbook.lazyre import LazyPattern
    from playbook.lexicon import clinical, names
    from playbook.findings import Severity
    from playbook.release import release
    from playbook.rules import registry

    @registry.rule("ZZZ001", "registered-elsewhere", serves="privacy", severity=Severity.WARNING, scope="post")
    def elsewhere(post, ctx):
        'A rule no family holds: releasing leaves it registered.'
        return ()

    def text(report):
        return [f.as_dict() for f in report.findings]

    before = text(check_project(sys.argv[1]))
    families = {name: module for name, module in sys.modules.items() if name.startswith("playbook.rules.") and name not in ("playbook.rules.registry", "playbook.rules.context")}
    loaded = sum(isinstance(value, LazyPattern) and "compiled" in value.__dict__ for module in families.values() for value in vars(module).values())
    families = [weakref.ref(module) for module in families.values()]
    readability.planted = LazyPattern(r"planted")  # a lazy pattern among the caches release() clears
    compiling, made = patternstore.compile_gated, []
    patternstore.compile_gated = lambda *args: made.append(args) or compiling(*args)  # what lazyre compiles through
    release()
    patternstore.compile_gated = compiling
    after_release = {"families": len(families), "alive": sum(ref() is not None for ref in families), "registered": sorted(registry.REGISTRY), "names": names._names.cache_info().currsize, "clinical": clinical.lexicon.cache_info().currsize}
    print(json.dumps({"before": before, "after": text(check_project(sys.argv[1])), "loaded": loaded, "compiled while releasing": len(made), **after_release}))
    """
)


def test_a_check_after_release_finds_what_it_found_before(sample_copy):
    posts = sorted((sample_copy / "content/posts").rglob("*.md"))
    for post, snippet in zip(posts[::5], SNIPPETS * 3, strict=False):  # findings of many rules, in many files
        post.write_text(post.read_text(encoding="utf-8") + "\n\n" + snippet + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks")}
    done = subprocess.run([sys.executable, "-c", PROBE, str(sample_copy)], capture_output=True, text=True, env=env, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout)
    assert found["loaded"] > 100  # the check compiled its patterns
    assert found["families"] > 100 and found["alive"] == 0 and found["registered"] == ["ZZZ001"]  # every family's module freed, patterns and all
    assert found["names"] == 0 and found["clinical"] == 0
    assert found["compiled while releasing"] == 0  # asking a lazy pattern itself whether it is a cache would compile it
    assert len(found["before"]) > 10 and found["after"] == found["before"]


def test_a_build_lets_go_after_its_check_and_a_preview_does_not(monkeypatch, tmp_path: Path):
    calls = []
    monkeypatch.setattr(site_session, "release", lambda: calls.append("release"))
    monkeypatch.setattr(site_session, "rules_apart", lambda root: contextlib.nullcontext("helper"))  # nothing forked from pytest
    monkeypatch.setattr(site_session, "check_project", lambda root, cache=None, helper=None: calls.append(("check", helper)))
    monkeypatch.setattr(site_session, "kept_rule_docs", lambda memo, helper: calls.append(("rule docs", helper)))
    monkeypatch.setattr(site_session.PostMemo, "open", classmethod(lambda cls, root, held: None))

    class Built:
        kept_rule_docs = None

    monkeypatch.setattr(site_session, "SiteBuild", lambda *args: Built())
    previewing, building = site_session.Session(str(tmp_path), str(tmp_path), "content", serving=True), site_session.Session(str(tmp_path), str(tmp_path), "content")
    assert isinstance(previewing.check(""), Built) and calls == [("check", None)]  # a preview checks again on every save: it keeps them
    calls.clear()
    # a build checks and makes the rules' pages in its helper, then lets go of what it loaded here
    assert isinstance(building.check(""), Built) and calls == [("check", "helper"), ("rule docs", "helper"), "release"]


BUILD = textwrap.dedent(
    """
    import sys
    from playbook.site import session
    folder, mode, late = sys.argv[1], sys.argv[2], []

    class Watch:  # notes every rule module imported once the build let the rules go
        def find_spec(self, name, path=None, target=None):
            if name.startswith("playbook.rules."):
                late.append(name)

    released = session.release
    session.release = (lambda: 0) if mode == "kept" else (lambda: released() or sys.meta_path.insert(0, Watch()))
    from mkdocs.__main__ import cli
    sys.argv = ["mkdocs", "build", "-q", "-d", folder]
    try:
        cli()
    finally:
        print(f"imported after release: {late}")
    """
)


def test_a_build_that_lets_go_makes_the_same_site(sample_copy, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(sample_copy / "hooks"), "NO_MKDOCS_2_WARNING": "1", "PLAYBOOK_NO_CACHE": "1"}
    for mode in ("kept", "released"):
        done = subprocess.run([sys.executable, "-c", BUILD, str(tmp_path / mode), mode], cwd=sample_copy, capture_output=True, text=True, env=env, timeout=600, check=False)
        assert done.returncode == 0, done.stderr[-3000:]
        assert done.stdout.strip() == "imported after release: []"  # no family loaded again: the rules' pages were made first
    kept = {path.relative_to(tmp_path / "kept"): path.read_bytes() for path in sorted((tmp_path / "kept").rglob("*")) if path.is_file()}
    released = {path.relative_to(tmp_path / "released"): path.read_bytes() for path in sorted((tmp_path / "released").rglob("*")) if path.is_file()}
    assert len(kept) > 100 and kept.keys() == released.keys()
    assert [name for name in kept if kept[name] != released[name]] == []
