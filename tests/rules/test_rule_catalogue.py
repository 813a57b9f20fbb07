"""Every registered rule documents itself and has a table of examples (proselint's habit).

Each family's test module defines `CASES = {code: Cases(trigger=[...], clean=[...])}`;
this module runs every example of every family through one engine, so a new rule
needs only its table.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest

import tests.rules as rule_tests
from playbook.rules import all_rules
from playbook.rules.registry import SECTIONS
from tests.rules.harness import hits


def _all_cases() -> dict:
    cases = {}
    for info in pkgutil.iter_modules(rule_tests.__path__):
        if info.name.startswith("test_"):
            module = importlib.import_module(f"tests.rules.{info.name}")
            cases.update(getattr(module, "CASES", {}))
    return cases


ALL_CASES = _all_cases()


def _describe(example) -> str:
    """A short readable test id: the example's name, or the start of its text."""
    if getattr(example, "name", None):
        return example.name
    if isinstance(example, dict):
        text = next(iter(example.values()), "")
        text = text.decode("latin-1") if isinstance(text, bytes) else text
    elif isinstance(example, str):
        text = example
    elif isinstance(example, list):
        return f"{len(example)} items"
    else:
        text = getattr(example, "body", "") or getattr(example, "title", "")
    return re.sub(r"\W+", "-", str(text)[:40]).strip("-") or "empty"


EXAMPLES = [
    pytest.param(code, kind == "trigger", example, id=f"{code}-{kind}-{index}-{_describe(example)}")
    for code, cases in sorted(ALL_CASES.items())
    for kind, examples in (("trigger", cases.trigger), ("clean", cases.clean))
    for index, example in enumerate(examples)
]


@pytest.mark.parametrize("code, should_trigger, example", EXAMPLES)
def test_example(code, should_trigger, example):
    found = hits(code, example)
    if should_trigger:
        assert found, f"{code} should flag this example"
    else:
        assert not found, f"{code} should not flag this example: {[getattr(h, 'message', h) for h in found]}"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_has_documentation_sections(rule):
    sections = rule.sections()
    assert rule.summary, f"{rule.code} has no one-line summary"
    for name in SECTIONS:
        assert sections.get(name), f"{rule.code} docstring lacks a '{name}:' section"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_has_examples(rule):
    cases = ALL_CASES.get(rule.code)
    if rule.status == "removed":  # it never runs: its page says what replaced it, and a table would test nothing
        assert cases is None, f"{rule.code} is removed; its examples belong to {rule.replaced_by or 'no rule'}"
        return
    assert cases is not None, f"{rule.code} has no must-trigger / must-not-trigger table in tests/rules/"
    minimum = 8 if rule.family == "PHI" else 3
    assert len(cases.trigger) >= minimum, f"{rule.code}: {len(cases.trigger)} must-trigger examples, want {minimum}"
    assert len(cases.clean) >= minimum, f"{rule.code}: {len(cases.clean)} must-not-trigger examples, want {minimum}"


def test_every_table_names_a_registered_rule():
    registered = {rule.code for rule in all_rules()}
    assert set(ALL_CASES) <= registered, set(ALL_CASES) - registered


def test_every_ctx_parameter_in_the_rules_is_a_typed_context():
    """Rules read the corpus, today and thresholds through rules/context.py's Context, and say so."""
    import ast
    from pathlib import Path

    import playbook.rules

    untyped = []
    for path in sorted(Path(playbook.rules.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for arg in node.args.args + node.args.kwonlyargs:
                    if arg.arg == "ctx" and not (isinstance(arg.annotation, ast.Name) and arg.annotation.id == "Context"):
                        untyped.append(f"{path.name}:{node.lineno} {node.name}")
    assert not untyped, untyped
    checking = [rule for rule in all_rules() if rule.check is not None]
    assert checking and all(list(inspect.signature(rule.check).parameters)[1:] == ["ctx"] for rule in checking)
