"""Collecting the suite checks and builds no practice: every xdist worker imports every test module.

A check of the sample at import (a module-level `REPORT = check_project(REPO)`, or a `parametrize`
over pages that a check makes) runs once in each worker before any test starts, and again in
every run that selects a single test. Whole-sample work belongs in the session fixtures of
conftest.py (`sample_report`, `sample_build`), which each worker makes once, when a test asks.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

# What checks or builds a whole practice (reading one, load_corpus, is cheap: a strategy may sample the sample's words)
HEAVY = {"check_project", "check_corpus", "shared_build"}


def _called(node: ast.AST) -> set[str]:
    """The names of the functions `node` calls (`f(...)`, `module.f(...)`)."""
    calls = (n.func for n in ast.walk(node) if isinstance(n, ast.Call))
    return {func.id if isinstance(func, ast.Name) else func.attr for func in calls if isinstance(func, (ast.Name, ast.Attribute))}


def at_import(source: str) -> set[str]:
    """The heavy calls a module makes when imported: in its top-level statements and its decorators' arguments,
    directly or through one of its own functions."""
    tree = ast.parse(source)
    own = {node.name: _called(node) for node in tree.body if isinstance(node, ast.FunctionDef)}
    run: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for decorator in node.decorator_list:
                run |= _called(decorator)
        elif not isinstance(node, (ast.Import, ast.ImportFrom)):
            run |= _called(node)
    reached = run | {name for called in run & own.keys() for name in own[called]}
    return reached & HEAVY


def _test_modules() -> list[Path]:
    return sorted(p for p in (REPO / "tests").rglob("*.py") if not p.is_relative_to(REPO / "tests" / "eval"))


def test_no_test_module_checks_a_practice_when_imported():
    found = {str(p.relative_to(REPO)): sorted(at_import(p.read_text(encoding="utf-8"))) for p in _test_modules()}
    assert not {path: calls for path, calls in found.items() if calls}


@pytest.mark.parametrize(
    ("source", "heavy"),
    [
        ("REPORT = check_project(REPO)\n", {"check_project"}),
        ("def _pages():\n    return check_project(REPO)\n\n@pytest.mark.parametrize('p', _pages())\ndef test_x(p):\n    pass\n", {"check_project"}),
        ("import playbook.check as c\nR = c.check_corpus(x)\n", {"check_corpus"}),
        ("def test_x(tmp_path):\n    check_project(tmp_path)\n", set()),  # inside a test: runs when the test does
        ("@pytest.fixture(scope='session')\ndef report():\n    return check_project(REPO)\n", set()),  # a fixture: when asked
        ("def _pages():\n    return check_project(REPO)\n", set()),  # defined, never called at import
    ],
)
def test_the_scan_sees_module_level_and_decorator_work(source, heavy):
    assert at_import(source) == heavy
