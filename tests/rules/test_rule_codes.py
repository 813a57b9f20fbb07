"""One grammar for rule codes (playbook.codes): every registered rule can be named in a waiver."""

from __future__ import annotations

import pytest
from playbook import codes
from playbook.check import check_project
from playbook.rules import all_rules

from tests.conftest import GOOD_POST, make_project

UNWAIVABLE = ("FM", "SEC")  # a file the parser cannot read has no trustworthy waivers; markup is never safe


@pytest.mark.parametrize(
    "code, family, ok",
    [
        ("PHI001", "PHI", True),
        ("A11Y002", "A11Y", True),
        ("SEC003", "SEC", True),
        ("CH001", "CH", True),
        ("A11Y02", "A11Y02", False),
        ("phi001", "phi001", False),
        ("PHI0001", "PHI0001", False),
        ("11Y001", "11Y001", False),
        ("PHI", "PHI", False),
    ],
)
def test_grammar(code, family, ok):
    assert codes.is_code(code) is ok
    assert codes.family(code) == family


def test_every_registered_code_fits_the_grammar_and_sorts_by_number():
    registered = [rule.code for rule in all_rules()]
    assert all(codes.is_code(code) for code in registered)
    assert [r.family for r in all_rules() if r.code.startswith("A11Y")] and all(r.family == "A11Y" for r in all_rules() if r.code.startswith("A11Y"))
    assert sorted(["A11Y010", "A11Y002", "PHI010", "PHI002"], key=codes.order) == ["A11Y002", "A11Y010", "PHI002", "PHI010"]


@pytest.mark.parametrize("by", ["code", "alias"])
def test_every_waivable_rule_can_be_waived_without_a_content_model_finding(tmp_path, monkeypatch, by):
    monkeypatch.delenv("PLAYBOOK_CI", raising=False)
    monkeypatch.delenv("CI", raising=False)
    live = [rule for rule in all_rules() if codes.family(rule.code) not in UNWAIVABLE and rule.status != "removed"]  # a removed rule: FM050
    waivable = [rule.code for rule in live]
    waivers = "".join(f"  - {{rule: {getattr(rule, by)}, reason: every rule must be nameable in a waiver}}\n" for rule in live)
    post = GOOD_POST.replace(
        "status: draft\n",
        "status: approved\napprovals:\n  - {by: mreyes, role: privacy, on: 2027-01-04}\n  - {by: dr-okafor, role: clinical, on: 2027-01-04}\n",
    ).replace("series: wellness-wednesday\n", "series: wellness-wednesday\nwaivers:\n" + waivers)
    root = make_project(tmp_path, {"content/posts/2027/01/13-stretch.md": post})
    report = check_project(root)
    refused = [f for f in report.findings if f.code.startswith("FM") and f.code != "FM014"]
    assert refused == [], [f.text() for f in refused]
    unused = {f.message.split()[2] for f in report.findings if f.code == "FM014" and f.message.startswith("waiver of")}
    assert unused <= set(waivable)  # a waiver that suppresses nothing is only reported as unused
    assert any(code.startswith("A11Y") for code in unused)  # the A11Y waivers were read, not refused


def test_every_code_the_engine_writes_is_declared():
    """A code written as a literal anywhere in the engine (a parser's finding, a Problem, a table of
    codes) is registered with its docstring: no finding reaches a user with a code the docs lack."""
    import ast

    from tests.conftest import REPO

    registered = {rule.code for rule in all_rules()}
    written = {}
    for path in sorted((REPO / "hooks" / "playbook").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and codes.is_code(node.value):
                written.setdefault(node.value, f"{path.relative_to(REPO)}:{node.lineno}")
    assert len(written) > 40  # the parser's FM codes, the declared WF/REV/SEC ones, the rules'
    assert {code: where for code, where in written.items() if code not in registered} == {}
