"""The engine under hooks/playbook never imports MkDocs: the CLI and the tests use it alone."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_engine_imports_without_mkdocs():
    code = (
        "import pkgutil, importlib, sys, playbook\n"
        "for info in pkgutil.walk_packages(playbook.__path__, 'playbook.'):\n"
        "    importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m == 'mkdocs' or m.startswith('mkdocs.') or m.startswith('material'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert result.stdout.strip() == "", f"engine modules pulled in: {result.stdout}"


# The parser: every module that turns the repository's files into a Corpus (and its findings).
PARSER = ("playbook.corpus", "playbook.fields", "playbook.content", "playbook.plans", "playbook.markup", "playbook.reviews.loader")


def test_the_parser_loads_no_rule_and_no_rule_dependency():
    """The parser emits codes; `check` gives them their severity. So importing it loads no rule
    module (the registry loads them all), nor what rules need: textstat, phonenumbers."""
    code = (
        "import importlib, sys\n"
        f"for name in {PARSER!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('playbook.rules') or m.split('.')[0] in ('textstat', 'phonenumbers'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert result.stdout.strip() == "", f"the parser pulled in: {result.stdout}"


def test_check_gives_parser_findings_their_registered_severity(tmp_path):
    """FM014 (an unused waiver) is a warning and FM008 an error: the parser leaves severity to check."""
    import shutil

    from playbook.check import check_project, settle
    from playbook.fields import finding
    from playbook.findings import Severity
    from playbook.rules import get

    assert [f.severity for f in settle([finding("FM014", "x", "a.md", 1), finding("FM040", "y", "b.md", 2), finding("FM008", "z", "c.md", 3)])] == [
        Severity.WARNING,
        Severity.WARNING,
        Severity.ERROR,
    ]
    shutil.copytree(REPO / "plans", tmp_path / "plans")
    shutil.copytree(REPO / "content", tmp_path / "content")
    post = next((tmp_path / "content" / "posts").rglob("*.md"))
    text = post.read_text(encoding="utf-8")
    post.write_text(text.replace("\n---\n", "\nwaivers:\n  - {rule: PER003, reason: a long list of names is fine here}\n---\n", 1), encoding="utf-8")
    found = [f for f in check_project(tmp_path).findings if f.code.startswith("FM")]
    assert [(f.code, f.severity) for f in found] == [("FM014", get("FM014").severity)], found
