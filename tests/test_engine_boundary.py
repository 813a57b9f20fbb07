"""The engine under hooks/playbook never imports MkDocs: the CLI and the tests use it alone."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

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


# The parser: every module that turns the repository's files into a Corpus, or reports findings about them.
PARSER = (
    "playbook.corpus",
    "playbook.fields",
    "playbook.content",
    "playbook.plans",
    "playbook.markup",
    "playbook.reviews.loader",
    "playbook.clock",
    "playbook.siteconfig",
    "playbook.engine_pin",
    "playbook.codeowners",
)


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


def _imports(path: Path, module: str) -> set[str]:
    """Every module `path` (the module `module`) imports, resolved to dotted names."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)  # `from .rules import personality`
    return found


def _family(module: str) -> str | None:
    """The rule family a module belongs to ('personality', 'privacy'), None outside the families."""
    parts = module.split(".")
    if parts[:2] != ["playbook", "rules"] or len(parts) < 3 or parts[2] in ("registry", "context"):
        return None
    return parts[2]


def test_no_engine_module_imports_a_rule_family_but_the_registry_and_check():
    """Arrows point down: shared helpers live in text.py, stats.py, promotion.py ..., never in a rule
    family that others import sideways. Only the registry (rules/__init__.py, which loads every family)
    and check may name a family; a family's own modules (privacy/) may import each other."""
    root = REPO / "hooks"
    modules = {".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__"): path for path in (root / "playbook").rglob("*.py")}
    families = {name for name in modules if _family(name)}
    assert {"playbook.rules.personality", "playbook.rules.privacy.names"} <= families
    wrong = []
    for name, path in sorted(modules.items()):
        if name in ("playbook.rules", "playbook.check"):
            continue
        for target in sorted(_imports(path, name) & families):
            if _family(target) != _family(name):
                wrong.append(f"{name} imports {target}")
    assert not wrong, "\n".join(wrong)


LINES = 500  # one concept per module: past this, a module holds more than one


def test_no_module_under_hooks_is_over_500_lines():
    """A module that grows past 500 lines is split along a seam (issue 14), so every name says what it holds."""
    sizes = {path.relative_to(REPO).as_posix(): len(path.read_text(encoding="utf-8").splitlines()) for path in (REPO / "hooks").rglob("*.py")}
    assert len(sizes) > 100  # the walk found the engine
    over = {path: n for path, n in sorted(sizes.items()) if n > LINES}
    assert not over, f"modules over {LINES} lines: {over}"
