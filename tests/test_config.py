"""Practice rule configuration (select, ignore, severity, thresholds) and per-file waivers."""

from __future__ import annotations

import pytest
from playbook.check import check_project
from playbook.findings import Severity

from tests.conftest import GOOD_POST, make_project

POST = "content/posts/2027/01/13-stretch.md"
# A long, dense sentence: PER003 (overlong sentence) fires on it by default.
LONG = GOOD_POST.replace(
    "Snow day? Warm up for five minutes before you pick up the shovel. #WellnessWednesday",
    "Snow day? " + " ".join(["Warm up slowly and carefully before you pick up the heavy shovel"] * 4) + ". #WellnessWednesday",
)


def findings(tmp_path, post=LONG, checks="as_of: 2027-01-05\n"):
    root = make_project(tmp_path, {POST: post}, {"checks.yml": checks})
    return check_project(root).findings


def codes(found) -> set[str]:
    return {f.code for f in found}


def test_default_reports_the_long_sentence(tmp_path):
    assert "PER003" in codes(findings(tmp_path))


def test_ignore_by_code_and_by_family(tmp_path):
    assert "PER003" not in codes(findings(tmp_path / "a", checks="rules:\n  ignore: [PER003]\n"))
    assert not {c for c in codes(findings(tmp_path / "b", checks="rules:\n  ignore: [PER]\n")) if c.startswith("PER")}


def test_select_keeps_only_those_families_and_always_privacy(tmp_path):
    post = LONG.replace("Snow day?", "Call 555-867-5309. Snow day?")
    found = codes(findings(tmp_path, post, "rules:\n  select: [CON]\n"))
    assert "PER003" not in found
    assert "PHI004" in found  # selecting a subset never drops privacy checks


def test_select_keeps_the_content_model_so_an_unreadable_post_is_never_passed_over(tmp_path):
    """A post the parser refuses is checked by no other rule: hiding its FM finding would publish it unchecked."""
    post = GOOD_POST.replace("status: draft", "status: dragt").replace("Snow day?", "Call Dana at 312-555-0147. Snow day?")
    report = check_project(make_project(tmp_path, {"content/posts/2027/01/13-stretch.md": post}, {"checks.yml": "as_of: 2027-01-05\nrules:\n  select: [PER]\n"}))
    assert [(f.code, f.line) for f in report.errors] == [("FM042", 7)]  # a status outside its choices


def test_selecting_one_privacy_rule_keeps_the_others(tmp_path):
    post = LONG.replace("Snow day?", "Call 555-867-5309. Snow day?")
    assert "PHI004" in codes(findings(tmp_path, post, "rules:\n  select: [PHI001]\n"))


def test_severity_override_most_specific_wins(tmp_path):
    found = findings(tmp_path, checks="rules:\n  severity: {PER: info, PER003: error}\n")
    (per003,) = [f for f in found if f.code == "PER003"]
    assert per003.severity is Severity.ERROR


def test_threshold_override(tmp_path):
    assert "PER003" not in codes(findings(tmp_path, checks="rules:\n  thresholds: {PER003: {max_words: 200}}\n"))


@pytest.mark.parametrize(
    "checks, message",
    [
        ("rules:\n  ignore: [PHI004]\n", "cannot be ignored"),
        ("rules:\n  ignore: [P]\n", "cannot be ignored"),
        ("rules:\n  severity: {PHI: warning}\n", "cannot be softened"),
        ("rules:\n  ignore: [PER999]\n", "names no rule"),
        ("rules:\n  severity: {PER003: loud}\n", "unknown severity"),
        ("rules:\n  thresholds: {PER003: {max_words: many}}\n", "must be like"),
        ("rules:\n  thresholds: {PER003: {max_wordz: 5}}\n", "unknown field"),
    ],
)
def test_bad_configuration_is_reported_in_checks_yml(tmp_path, checks, message):
    found = [f for f in findings(tmp_path, checks=checks) if f.path == "plans/checks.yml"]
    assert any(message in f.message for f in found), found
    assert all(f.line >= 2 for f in found)


def test_privacy_can_be_made_stricter(tmp_path):
    post = LONG.replace("Snow day?", "Call 555-867-5309. Snow day?")
    found = findings(tmp_path, post, "rules:\n  severity: {PHI: error}\n")
    assert any(f.code == "PHI004" and f.severity is Severity.ERROR for f in found)
    assert not [f for f in found if f.path == "plans/checks.yml"]


def waived(reason: str, rule: str = "PER003", extra: str = "") -> str:
    return LONG.replace("author: jlee\n", f'author: jlee\n{extra}waivers:\n  - {{rule: {rule}, reason: "{reason}"}}\n')


def test_waiver_with_reason_suppresses_the_finding(tmp_path):
    found = findings(tmp_path, waived("A deliberate list read aloud in one breath for a radio spot"))
    assert "PER003" not in codes(found) and "FM014" not in codes(found)


def test_waiver_without_reason_is_an_error_and_suppresses_nothing(tmp_path):
    found = findings(tmp_path, waived("ok"))
    assert {"PER003", "FM013"} <= codes(found)


def test_unused_waiver_is_reported(tmp_path):
    found = findings(tmp_path, waived("The copy is read aloud on local radio", rule="CH001"))
    (unused,) = [f for f in found if f.code == "FM014"]
    assert unused.line == 10 and unused.severity is Severity.WARNING


def test_waiver_of_unknown_rule(tmp_path):
    found = findings(tmp_path, waived("The copy is read aloud on local radio", rule="XYZ123"))
    assert any(f.code == "FM008" and "XYZ123" in f.message for f in found)


def test_privacy_waiver_needs_a_privacy_approval(tmp_path):
    post = LONG.replace("Snow day?", "Call 555-867-5309. Snow day?")
    reason = "The number is the state snow-removal hotline, not a person"
    plain = post.replace("author: jlee\n", f'author: jlee\nwaivers:\n  - {{rule: PHI004, reason: "{reason}"}}\n')
    found = findings(tmp_path / "a", plain)
    assert {"PHI004", "FM015"} <= codes(found)
    approved = plain.replace("author: jlee\n", "author: jlee\napprovals:\n  - {by: mreyes, role: privacy, on: 2027-01-02}\n")
    found = findings(tmp_path / "b", approved)
    assert "PHI004" not in codes(found) and "FM015" not in codes(found)
