"""Every registered rule documents itself and has a table of examples (proselint's habit).

Each family's test module defines `CASES = {code: Cases(trigger=[...], clean=[...])}`;
this module runs every example of every family through one engine, so a new rule
needs only its table. A trigger example must also give the findings pinned for it
(where, and the start of what they say: tests/rules/pinning.py).
"""

from __future__ import annotations

import inspect
import re

import pytest
from playbook.rules import all_rules
from playbook.rules.registry import SECTIONS

from tests.rules import pinning
from tests.rules.harness import findings

ALL_CASES = pinning.all_cases()


def _describe(example) -> str:
    """A short readable test id: the example's name, or the start of its text."""
    return re.sub(r"\W+", "-", pinning.describe(example)[:40]).strip("-") or "empty"


EXAMPLES = [
    pytest.param(code, kind == "trigger", example, id=f"{code}-{kind}-{index}-{_describe(example)}")
    for code, cases in sorted(ALL_CASES.items())
    for kind, examples in (("trigger", cases.trigger), ("clean", cases.clean))
    for index, example in enumerate(examples)
]


@pytest.mark.parametrize("code, should_trigger, example", EXAMPLES)
def test_example(code, should_trigger, example):
    if not should_trigger:
        found = findings(code, example)
        assert not found, f"{code} should not flag this example: {[f.message for f in found]}"
        return
    found = pinning.observed(code, example)
    assert found, f"{code} should flag this example"
    stated = pinning.unwrap(example)[2]
    if stated is not None:
        how = "If the new places and messages are right, correct the row's pinned(...)."
        assert pinning.agree(list(stated), found), _changed(code, example, "the table states", list(stated), found, how)
        return
    pins = pinning.load(code).get(pinning.digest(example))
    assert pins is not None, (
        f"{code} example {_quoted(example)} has no pin. It finds:\n{_listed(pinning.as_pins(found))}\nCheck that these are the right places and messages, then pin them: {pinning.SCRIPT}"
    )
    how = f"If the new places and messages are right, re-pin: {pinning.SCRIPT} --repin {code}"
    assert pinning.agree(pins, found), _changed(code, example, f"{pinning.pin_file_name(code)} pins", pins, found, how)


def _quoted(example) -> str:
    text = " ".join(pinning.describe(example).split())
    return repr(text if len(text) <= 70 else text[:69] + "…")


def _listed(pins: list[str]) -> str:
    return "\n".join(f"    {pin}" for pin in pins) or "    (nothing)"


def _changed(code: str, example, source: str, pins: list[str], found, how: str) -> str:
    return f"{code} example {_quoted(example)} changed.\n  {source}:\n{_listed(pins)}\n  it now finds:\n{_listed(pinning.as_pins(found))}\n{how}"


def test_every_pin_belongs_to_a_trigger_example():
    """A pin whose example changed or went away is stale: the script drops it."""
    stale = []
    for path in sorted(pinning.PIN_DIR.glob("*.yml")):
        for code, pins in (pinning.yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            cases = ALL_CASES.get(code)
            current = {pinning.digest(example) for example in (cases.trigger if cases else []) if pinning.unwrap(example)[2] is None}
            stale += [f"{path.name} {code} {key}" for key in pins if key not in current]
            assert pinning.pin_file(code) == path, f"{code} is pinned in {path.name}, not in {pinning.pin_file(code).name}"
    assert not stale, f"{len(stale)} pins for examples no table has any more (run {pinning.SCRIPT} to drop them): {stale[:10]}"


def test_pin_fragments_are_read_back_as_written():
    samples = ["Remove the name 'Maria': only the team", "'jlee' signed as clinical reviewer but plans/team.yml does not give them the role", "x" * 200]
    for message in samples:
        pin = f"content/posts/2027/01/13-a b.md:12:3 {pinning.fragment(message)}"
        assert pinning.agree([pin], [("content/posts/2027/01/13-a b.md:12:3", message)])
        assert not pinning.agree([pin], [("content/posts/2027/01/13-a b.md:12:4", message)])
        assert not pinning.agree([pin], [("content/posts/2027/01/13-a b.md:12:3", "Something else")])
    assert pinning.fragment(samples[0]) == "Remove the name 'Maria'"
    assert pinning.parse_pin("#2:7:0 Remove it") == ("#2:7:0", "Remove it")
    assert pinning.parse_pin("10:5 Remove 'a 10:5 b'") == ("10:5", "Remove 'a 10:5 b'")


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
