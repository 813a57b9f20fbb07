"""Every rule docstring's Examples hold: each `Triggers:` fires and each `Passes:` does not.

A literal example is run as written (tests/rules/doc_examples.py has the grammar); a prose
example must be realized, word for word, by a row of the rule's table (`harness.named`),
which the catalogue runs and pins. The few that are neither are listed in NOT_AN_INPUT,
with the reason.
"""

from __future__ import annotations

import pytest
from playbook.rules import all_rules, get

from tests.rules import doc_examples
from tests.rules.doc_examples import DocExample, read, realized_by, run
from tests.rules.harness import findings
from tests.rules.pinning import all_cases

ALL_CASES = all_cases()

# (code, the example's opening words): why the example cannot be an input in these tests.
NOT_AN_INPUT: dict[tuple[str, str], str] = {
    ("WF007", "`approvals: [{by: pat, role: privacy"): "needs a git history in which alex commits the approval: "
    "tests/test_approval_provenance.py::test_approval_written_by_someone_else_is_a_warning_on_a_laptop commits it",
    ("WF007", "the same approval committed by pat@"): "needs a git history in which pat commits the approval: "
    "tests/test_approval_provenance.py::test_approval_committed_by_the_privacy_officer_unlocks_the_waiver commits it",
}


def _listed(example: DocExample) -> str:
    return next((reason for (code, start), reason in NOT_AN_INPUT.items() if code == example.code and example.text.startswith(start)), "")


# A removed rule runs nothing: its Examples tell what becomes of a file that still names it
# (tests/rules/test_rule_lifecycle.py checks that).
EXAMPLES = [
    pytest.param(example, id=f"{rule.code}-{'triggers' if example.triggers else 'passes'}-{index}")
    for rule in all_rules()
    if rule.status != "removed"
    for index, example in enumerate(doc_examples.doc_examples(rule))
    if not _listed(example)
]


@pytest.mark.parametrize("example", EXAMPLES)
def test_docstring_example(example: DocExample):
    rule = get(example.code)
    verb = "Triggers" if example.triggers else "Passes"
    given = read(example, rule)
    if given is None:
        row = realized_by(example, ALL_CASES.get(rule.code))
        assert row is not None, (
            f"{rule.code}'s docstring example '{verb}: {example.text}' is prose, and no row of its table realizes it. "
            f"Write it as an input (tests/rules/doc_examples.py), or add "
            f"named({example.text!r}, <the example>) to CASES[{rule.code!r}].{'trigger' if example.triggers else 'clean'}."
        )
        found = findings(rule.code, row)
    else:
        found, problems = run(rule, given)
        assert not problems, f"{rule.code}'s docstring example '{verb}: {example.text}' is not a valid file:\n{given.text()}\n{[f.text() for f in problems]}"
    if example.triggers:
        assert found, f"{rule.code}'s docstring says this triggers it, but it does not: {example.text}" + _shown(given)
    else:
        assert not found, f"{rule.code}'s docstring says this passes, but it finds {[f.message for f in found]}: {example.text}" + _shown(given)


def _shown(given) -> str:
    return f"\nThe example as a file:\n{given.text()}" if given is not None else ""


def test_every_rule_has_an_example_each_way():
    for rule in all_rules():
        examples = doc_examples.doc_examples(rule)
        assert any(e.triggers for e in examples) and any(not e.triggers for e in examples), rule.code


def test_the_list_of_examples_that_are_no_input_is_short_and_current():
    assert len(NOT_AN_INPUT) <= 8
    every = {(e.code, e.text) for rule in all_rules() for e in doc_examples.doc_examples(rule)}
    for (code, start), reason in NOT_AN_INPUT.items():
        assert reason, (code, start)
        matches = [text for c, text in every if c == code and text.startswith(start)]
        assert len(matches) == 1, f"NOT_AN_INPUT names {code} '{start}…', which matches {len(matches)} docstring examples"


@pytest.mark.parametrize(
    "code, text, front, body",
    [
        ("PER001", "`Hello (there).` (a remark with `status: approved` in it)", (), "Hello (there)."),
        ("COM004", "a community post `Read it: https://x.test/a`", ("guideline: community",), "Read it: https://x.test/a"),
        ("CH003", "`Call 555 0142.` on `google-business`", ("channels: [google-business]",), "Call 555 0142."),
        ("WF001", "`status: draft` with `publish: 2027-01-22 10:00` when today is 2027-01-20.", ("status: draft", "publish: 2027-01-22 10:00"), None),
        ("PHI014", "`Ja\\u200bne`", (), "Ja\u200bne"),
        ("NEG001", "`Thanks!` with `scenario: positive-review`", ("scenario: positive-review",), "Thanks!"),
    ],
)
def test_a_literal_example_reads_as_its_input(code, text, front, body):
    given = read(DocExample(code, True, text), get(code))
    assert (given.front, given.body) == (front, body)
    assert given.response == (get(code).scope == "response")


@pytest.mark.parametrize(
    "code, text",
    [
        ("CON001", "Facebook posts on Monday Feb 1 and Monday Feb 8."),  # no span
        ("CH003", "`Call us.` in the `google-business` variant."),  # words the grammar does not know
        ("PER002", "a 70-word paragraph such as `Individuals experiencing discomfort.`"),
        ("FTC001", "`Hello` and `Goodbye`"),  # two bodies
    ],
)
def test_anything_else_is_prose(code, text):
    assert read(DocExample(code, True, text), get(code)) is None


def test_files_the_example_names_get_its_lines():
    given = read(DocExample("FM043", True, "`channels: {facebook: {per_week: .inf}}` in plans/cadence.yml."), get("FM043"))
    others, plans = given.files()
    assert plans["cadence.yml"].splitlines()[-1] == "channels: {facebook: {per_week: .inf}}"
    assert "  facebook: {per_week: 3" not in plans["cadence.yml"] and "news_fresh_days: 7" in plans["cadence.yml"]
    renamed = read(DocExample("FM031", True, "`content/posts/2027/03/01-knee care.md` (a space)."), get("FM031"))
    assert list(renamed.files()[0]) == ["content/posts/2027/03/01-knee care.md"]
    approved = read(DocExample("WF003", True, "`status: published`"), get("WF003"))
    assert "approvals: [{by: jo, role: approver, on: 2027-01-10}]" in approved.text()
