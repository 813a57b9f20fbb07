"""Rule lifecycle, as in ruff: a status and a kebab-case alias per rule, accepted wherever a code is.

Preview rules run only where a practice opts in; naming a deprecated rule warns and still works;
naming a removed one warns (FM050) and does nothing, never an error.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook import codes
from playbook.check import check_project
from playbook.cli import main
from playbook.findings import Severity
from playbook.ruledocs import rule_markdown, rule_text, rules_index_markdown, rules_table_text
from playbook.rules import REGISTRY, all_rules, get
from playbook.rules.registry import STATUSES, Hit, by_name, rule

from tests.conftest import GOOD_POST, make_project
from tests.rules.harness import Cases
from tests.rules.test_frontmatter import CLEAN, edit, files

CHECKS = "as_of: 2027-01-05\n"
CORPORATE = "We are pleased to announce a best-in-class stretching routine."  # PER001 corporate-language


def _waiving(*entries: str, body: str = "", approvals: str = "") -> str:
    """GOOD_POST with `waivers:` entries (flow mappings), optional approvals and an extra first line of copy."""
    post = edit("series: wellness-wednesday\n", "series: wellness-wednesday\nwaivers:\n" + "".join(f"  - {e}\n" for e in entries))
    if approvals:
        post = edit("status: draft\n", "status: approved\napprovals:\n" + approvals, post)
    return edit("---\nSnow day?", f"---\n{body}\nSnow day?", post) if body else post


def _config(block: str) -> dict:
    return files(checks=CHECKS + "rules:\n" + block)


CASES = {
    "FM050": Cases(
        trigger=[
            files(_waiving("{rule: NEG005, reason: The old incentive rule misread this reply}")),
            files(_waiving("{rule: negatives-review-incentive, reason: The old incentive rule misread this reply}")),
            _config("  ignore: [negatives-review-incentive]\n"),
            _config("  severity: {NEG005: warning}\n"),
            _config("  select: [NEG005, PER]\n"),
            _config("  thresholds: {NEG005: {}}\n"),
            _config("  preview: [NEG005]\n"),
        ],
        clean=[
            *CLEAN,
            _config("  ignore: [NEG]\n"),  # a family names no retired rule by itself
            _config("  ignore: [corporate-language]\n"),
            files(_waiving("{rule: corporate-language, reason: Quotes the hospital's press release}", body=CORPORATE)),
        ],
    ),
}


def _report(tmp_path, post: str = GOOD_POST, checks: str = CHECKS):
    root = make_project(tmp_path, {"content/posts/2027/01/13-stretch.md": post}, {"checks.yml": checks})
    return check_project(root)


def _codes(report) -> list[str]:
    return [f.code for f in report.findings]


# -- the registry: every rule has one status and one alias, and the grammar is the registry's ----------
def test_every_registered_rule_has_a_unique_kebab_case_alias_and_a_status():
    rules = all_rules()
    aliases = [r.alias for r in rules]
    assert len(set(aliases)) == len(aliases), sorted(a for a in aliases if aliases.count(a) > 1)
    assert all(codes.is_alias(a) and not codes.is_code(a) for a in aliases), [a for a in aliases if not codes.is_alias(a)]
    assert {r.status for r in rules} <= set(STATUSES)
    names = by_name()
    assert all(names[r.alias] is r and names[r.code] is r for r in rules)
    assert len(names) == 2 * len(rules)  # no alias is also a code


def test_retired_rules_point_at_live_successors_and_removed_rules_never_run():
    for r in all_rules():
        if r.replaced_by:
            assert r.retired and get(r.replaced_by).status in ("stable", "preview"), r.code
        if r.status == "removed":
            assert r.check is None, r.code
    assert get("NEG005").status == "removed" and get("NEG005").replaced_by == "FTC004"  # the code FTC004 took over


@pytest.mark.parametrize(
    "code, name, kwargs, complaint",
    [
        ("ZZT901", "Capital-Name", {}, "kebab-case"),
        ("ZZT901", "two  spaces", {}, "kebab-case"),
        ("ZZT901", "x" * 41, {}, "at most 40"),
        ("ZZT901", "person-name", {}, "already names PHI003"),
        ("zzt901", "fresh-name", {}, "capital letters"),
        ("ZZT901", "fresh-name", {"status": "beta"}, "unknown status"),
        ("ZZT901", "fresh-name", {"replaced_by": "PER001"}, "only a deprecated or removed rule"),
        ("PER001", "fresh-name", {}, "registered twice"),
    ],
)
def test_the_registry_refuses_a_bad_name_status_or_code(code, name, kwargs, complaint):
    before = dict(REGISTRY)
    with pytest.raises(ValueError, match=complaint):
        rule(code, name, serves="personality", severity=Severity.WARNING, scope="post", **kwargs)(lambda post, ctx: iter(()))
    assert REGISTRY == before


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ09-_ \n.A1y"), max_size=12))
def test_code_and_alias_grammars_never_overlap(text):
    assert not (codes.is_code(text) and codes.is_alias(text))
    if codes.names_a_rule(text):
        assert text == text.strip() and "\n" not in text and "_" not in text
        assert codes.is_code(text) == text[:1].isupper()


# -- waivers by alias --------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["PER001", "corporate-language"])
def test_a_waiver_by_alias_works_like_one_by_code(tmp_path, name):
    unwaived = _report(tmp_path / "plain", _waiving("{rule: PER003, reason: A long sentence is quoted from the recall}", body=CORPORATE))
    assert "PER001" in _codes(unwaived)
    report = _report(tmp_path / "waived", _waiving(f"{{rule: {name}, reason: Quotes the hospital's press release}}", body=CORPORATE))
    assert not {"PER001", "FM005", "FM044", "FM047", "FM008", "FM014", "FM050"} & set(_codes(report)), [f.text() for f in report.findings]


def test_an_alias_goes_through_the_same_gates_as_its_code(tmp_path):
    privacy = _report(tmp_path / "phi", _waiving("{rule: person-name, reason: Dana is the name of our clinic dog}"))
    assert [f.message for f in privacy.findings if f.code == "FM015"] == ["waiver of PHI003 only counts once someone in the privacy role approves this file"]
    security = _report(tmp_path / "sec", _waiving("{rule: active-html-in-copy, reason: The markup is an example}"))
    assert any(f.code == "FM047" and f.message.startswith("SEC002 cannot be waived") for f in security.findings)
    unused = _report(tmp_path / "unused", _waiving("{rule: reading-grade-too-high, reason: The copy quotes a recall notice}"))
    assert [f.message for f in unused.findings if f.code == "FM014"] == ["waiver of PER002 suppresses nothing here; remove it"]


@pytest.mark.parametrize("name, hint", [("corporate-languag", "corporate-language"), ("Person-Name", None), ("per_001", None)])
def test_a_misspelt_alias_is_refused_with_a_suggestion(tmp_path, name, hint):
    report = _report(tmp_path, _waiving(f"{{rule: {name}, reason: Quotes the hospital's press release}}"))
    refused = [f for f in report.findings if f.code in ("FM044", "FM008") and name in f.message]
    assert refused, [f.text() for f in report.findings]
    if hint:
        assert hint in refused[0].hint


def test_a_waiver_of_a_removed_rule_warns_and_is_not_also_unused(tmp_path):
    report = _report(tmp_path, _waiving("{rule: NEG005, reason: The old incentive rule misread this reply}"))
    retired = [f for f in report.findings if f.code == "FM050"]
    assert len(retired) == 1 and retired[0].severity is Severity.WARNING and retired[0].line == 11
    assert "NEG005 (negatives-review-incentive), which was removed and no longer runs (FTC004 replaces it)" in retired[0].message
    assert "remove it" in retired[0].hint and "FTC004" in retired[0].hint
    assert not {"FM005", "FM044", "FM008", "FM014"} & set(_codes(report))
    assert report.worst() is Severity.WARNING


# -- a deprecated rule and a preview rule, registered for the test ------------------------------------
@pytest.fixture
def lifecycle_rules():
    """ZZT901 (deprecated, replaced by PER001) and ZZT902 (preview): each flags the word 'zebra' in a post."""

    def zebra(post, ctx):
        at = post.body.find("zebra")
        if at >= 0:
            yield Hit("Say 'horse' instead of 'zebra'", post.body_line + post.body.count("\n", 0, at))

    added = {"ZZT901": ("zebra-deprecated", "deprecated", "PER001"), "ZZT902": ("zebra-preview", "preview", "")}
    for code, (name, status, successor) in added.items():
        rule(code, name, serves="personality", severity=Severity.WARNING, scope="post", status=status, replaced_by=successor)(zebra)
    yield
    for code in added:
        REGISTRY.pop(code, None)


ZEBRA = edit("Snow day?", "Snow day? A zebra stretches too.")


def test_a_deprecated_rule_still_runs_and_naming_it_warns_but_works(tmp_path, lifecycle_rules):
    plain = _report(tmp_path / "plain", ZEBRA)
    assert "ZZT901" in _codes(plain) and "FM050" not in _codes(plain)
    waived = _report(tmp_path / "waived", _waiving("{rule: zebra-deprecated, reason: The zebra is our mascot's name}", body="A zebra stretches too."))
    assert "ZZT901" not in _codes(waived) and "FM014" not in _codes(waived)
    [warning] = [f for f in waived.findings if f.code == "FM050"]
    assert "ZZT901 (zebra-deprecated), which is deprecated and will be removed (PER001 replaces it)" in warning.message
    assert "still works" in warning.hint
    configured = _report(tmp_path / "configured", ZEBRA, CHECKS + "rules:\n  severity: {ZZT901: info}\n")
    assert [f.severity for f in configured.findings if f.code == "ZZT901"] == [Severity.INFO]
    assert [f.line for f in configured.findings if f.code == "FM050"] == [3]


@pytest.mark.parametrize(
    "rules_block, runs",
    [
        ("", False),
        ("rules:\n  preview: false\n", False),
        ("rules:\n  preview: true\n", True),
        ("rules:\n  preview: [ZZT902]\n", True),
        ("rules:\n  preview: [zebra-preview]\n", True),
        ("rules:\n  preview: [ZZT]\n", True),
        ("rules:\n  preview: [PER]\n", False),
        ("rules:\n  preview: true\n  ignore: [zebra-preview]\n", False),
    ],
)
def test_a_preview_rule_runs_only_where_the_practice_opts_in(tmp_path, lifecycle_rules, rules_block, runs):
    report = _report(tmp_path, ZEBRA, CHECKS + rules_block)
    assert ("ZZT902" in _codes(report)) is runs
    assert "ZZT901" in _codes(report)  # the deprecated one runs either way
    assert not [f for f in report.findings if f.code.startswith("FM") and f.path == "plans/checks.yml"]


def test_preview_must_be_true_false_or_a_list(tmp_path):
    report = _report(tmp_path, checks=CHECKS + "rules:\n  preview: yes please\n")
    assert [(f.code, f.line) for f in report.findings if f.path == "plans/checks.yml"] == [("FM005", 3)]


# -- plans/checks.yml by alias -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "rules_block, expect",
    [
        ("  ignore: [corporate-language]\n", lambda r: "PER001" not in _codes(r)),
        ("  select: [corporate-language]\n", lambda r: set(_codes(r)) == {"PER001"}),
        ("  severity: {corporate-language: error}\n", lambda r: {f.severity for f in r.findings if f.code == "PER001"} == {Severity.ERROR}),
        ("  thresholds: {overlong-sentence: {max_words: 5}}\n", lambda r: "PER003" in _codes(r)),
    ],
)
def test_checks_yml_names_rules_by_alias(tmp_path, rules_block, expect):
    report = _report(tmp_path, edit("---\nSnow day?", f"---\n{CORPORATE}\nSnow day?"), CHECKS + "rules:\n" + rules_block)
    assert expect(report), [f.text() for f in report.findings]
    assert not [f for f in report.findings if f.path == "plans/checks.yml"], [f.text() for f in report.findings]


@pytest.mark.parametrize("rules_block", ["  ignore: [person-name]\n", "  severity: {person-name: info}\n", "  ignore: [markup-in-front-matter]\n"])
def test_an_alias_cannot_switch_off_a_protected_rule(tmp_path, rules_block):
    report = _report(tmp_path, checks=CHECKS + "rules:\n" + rules_block)
    assert [f.code for f in report.findings if f.path == "plans/checks.yml"] == ["FM047"]


def test_an_unknown_alias_in_checks_yml_is_suggested(tmp_path):
    report = _report(tmp_path, checks=CHECKS + "rules:\n  ignore: [corporate-languag]\n")
    [refused] = [f for f in report.findings if f.path == "plans/checks.yml"]
    assert refused.code == "FM008" and "corporate-language" in refused.hint


# -- where a practice reads status and alias ---------------------------------------------------------
def test_playbook_rules_shows_status_and_alias_and_finds_a_rule_by_alias():
    table = rules_table_text()
    assert "NEG005  error   removed    negatives-review-incentive" in table
    assert "PHI003  error   stable     person-name" in table
    result = CliRunner().invoke(main, ["rules", "person-name"])
    assert result.exit_code == 0 and result.output.startswith("PHI003 person-name")
    assert "Alias: person-name   Status: stable" in result.output
    assert "Status: removed: never runs; the code stays reserved (FTC004 replaces it)" in rule_text(get("NEG005"))
    assert "did you mean 'person-name'" in CliRunner().invoke(main, ["rules", "persn-name"]).output


def test_rule_pages_show_status_and_alias():
    page = rule_markdown(get("PER002"))
    assert "| `reading-grade-too-high` | stable |" in page and "the rule's alias, `reading-grade-too-high`" in page
    removed = rule_markdown(get("NEG005"))
    assert "**removed** ([FTC004](ftc004.md) replaces it)" in removed and "## Waiving it" not in removed
    index = rules_index_markdown()
    assert "| [NEG005](neg005.md) | negatives-review-incentive | error | **removed** ([FTC004](ftc004.md) replaces it) |" in index
    assert "`rules: {preview: true}`" in index
