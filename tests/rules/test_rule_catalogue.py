"""Every registered rule documents itself and has a table of examples (proselint's habit)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import tests.rules as rule_tests
from playbook.rules import all_rules
from playbook.rules.registry import SECTIONS


def _all_cases() -> dict:
    cases = {}
    for info in pkgutil.iter_modules(rule_tests.__path__):
        if info.name.startswith("test_"):
            module = importlib.import_module(f"tests.rules.{info.name}")
            cases.update(getattr(module, "CASES", {}))
    return cases


ALL_CASES = _all_cases()


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_has_documentation_sections(rule):
    sections = rule.sections()
    assert rule.summary, f"{rule.code} has no one-line summary"
    for name in SECTIONS:
        assert sections.get(name), f"{rule.code} docstring lacks a '{name}:' section"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_has_examples(rule):
    cases = ALL_CASES.get(rule.code)
    assert cases is not None, f"{rule.code} has no must-trigger / must-not-trigger table in tests/rules/"
    minimum = 8 if rule.family == "PHI" else 3
    assert len(cases.trigger) >= minimum, f"{rule.code}: {len(cases.trigger)} must-trigger examples, want {minimum}"
    assert len(cases.clean) >= minimum, f"{rule.code}: {len(cases.clean)} must-not-trigger examples, want {minimum}"
