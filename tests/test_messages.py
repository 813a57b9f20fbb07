"""The common mistakes get messages a coordinator understands, and say what to do (issue 12, item 5)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.check import check_project
from playbook.cli import main
from playbook.yamlload import load_yaml

from tests.conftest import GOOD_POST, make_project

POST = "content/posts/2027/01/13-stretch.md"
# The parser's own words: none may reach an author.
PARSER_WORDS = re.compile(
    r"mapping values|could not find|did not find|while scanning|while parsing|start any token|block end|"
    r"alphabetic or numeric|unacceptable character|expected <|indicator|unhashable|escape character|found another document",
    re.IGNORECASE,
)


def _edit(old: str, new: str) -> str:
    assert old in GOOD_POST
    return GOOD_POST.replace(old, new, 1)


# (what the author typed in place of a line of GOOD_POST, words the message must hold, line)
YAML_MISTAKES = [
    ("title: Stretch before you shovel", "title: Knee pain: what helps", "double quotes", 2),
    ("title: Stretch before you shovel", "title: Stretch: before: you shovel", "': '", 2),
    ("title: Stretch before you shovel", 'title: "Stretch" before you shovel', "inside the quotes", 2),
    ("title: Stretch before you shovel", "title: @stretch", "cannot start with '@'", 2),
    ("title: Stretch before you shovel", "title: `stretch`", "cannot start with '`'", 2),
    ("title: Stretch before you shovel", "title: *Stretch* now", "reference", 2),
    ("title: Stretch before you shovel", "title: & more", "reference", 2),
    ("title: Stretch before you shovel", 'title: "C:\\qx"', "backslash", 2),
    ("title: Stretch before you shovel", "title: Stretch\n  before: you shovel", "indented further", 3),
    ("channels: [instagram]", "channels: [instagram", "never closed", 5),
    ("channels: [instagram]", "channels:\n  - instagram\n  tiktok: yes", "'- '", 7),
    ("author: jlee", "author jlee", "'field: value'", 8),
    ("status: draft", "status: draft\n\tseries: x", "tab", 8),
]


@pytest.mark.parametrize("old, new, words, line", YAML_MISTAKES, ids=[m[1][:30] for m in YAML_MISTAKES])
def test_yaml_mistakes_in_a_post_are_explained_in_words(tmp_path, old, new, words, line):
    root = make_project(tmp_path, {POST: _edit(old, new)})
    (found,) = [f for f in check_project(root).findings if f.code == "FM001"]
    assert words in found.message, found.message
    assert not PARSER_WORDS.search(found.message), found.message
    assert (found.path, found.line) == (POST, line)


@pytest.mark.parametrize(
    "name, text, words, line",
    [
        ("team.yml", "people:\n  - {id: jlee, name: Jordan: Lee, roles: [author]}\n", "double quotes", 2),
        ("practice.yml", "name: Clinic\ncontact: {name: Front desk, phone: +1 555 0100\n", "never closed", 2),
        ("cadence.yml", "channels:\n  facebook: {per_week: 2}\n mix: {}\n", "line up", 3),
        ("campaigns.yml", "- {id: a, name: A, from: 2027-01-01, to: 2027-01-31}\n---\n- {id: b}\n", "second '---'", 2),
    ],
)
def test_yaml_mistakes_in_plans_are_explained_too(tmp_path, name, text, words, line):
    root = make_project(tmp_path, {POST: GOOD_POST}, {name: text})
    (found,) = [f for f in check_project(root).findings if f.code == "FM001"]
    assert words in found.message and not PARSER_WORDS.search(found.message), found.message
    assert (found.path, found.line) == (f"plans/{name}", line)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab :-'\"[]{}*&@`|>?!%#,\t\\\n")), max_size=12), min_size=1, max_size=6))
def test_no_yaml_error_speaks_the_parsers_language(lines):
    _, error = load_yaml("\n".join(f"f{n}: {line}" for n, line in enumerate(lines)))
    if error is not None:
        assert error.message.startswith("invalid YAML: ") and not PARSER_WORDS.search(error.message), error.message
        assert 1 <= error.line <= len("\n".join(lines).split("\n")) + len(lines)


@pytest.mark.parametrize("author_line", ["", "author:", 'author: ""'])
def test_a_missing_author_lists_the_team_ids(tmp_path, author_line):
    root = make_project(tmp_path, {POST: _edit("author: jlee\n", author_line + "\n" if author_line else "")})
    (found,) = [f for f in check_project(root).findings if f.code == "FM003"]
    assert "author" in found.message
    assert "dr-okafor, jlee, mreyes" in found.hint, found.hint


def test_an_unknown_author_still_lists_them(tmp_path):
    root = make_project(tmp_path, {POST: _edit("author: jlee", "author: jordan")})
    (found,) = [f for f in check_project(root).findings if f.code == "FM008"]
    assert "dr-okafor, jlee, mreyes" in found.hint


def test_new_refuses_a_day_in_the_past(tmp_path):
    root = make_project(tmp_path)
    runner = CliRunner()
    args = ["new", "post", "Late", "--channels", "instagram", "--guideline", "personality", "--author", "jlee", "--root", str(root), "--today", "2027-01-10"]
    refused = runner.invoke(main, [*args, "--date", "2027-01-09"])
    assert refused.exit_code == 2 and "2027-01-09 is in the past (today is 2027-01-10)" in refused.output
    assert not (root / "content" / "posts" / "2027" / "01" / "09-late.md").exists()
    assert runner.invoke(main, [*args, "--date", "2027-01-10"]).exit_code == 0  # today is fine


@pytest.mark.parametrize("command", [["check"], ["slots"], ["calendar"], ["export", "json"], ["codeowners"], ["new", "post", "T"]])
def test_commands_outside_a_practice_say_so(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 1, result.output
    assert "not a Practice Playbook repository (no plans/practice.yml): run `playbook init`" in result.output
    assert "Traceback" not in result.output and not list(tmp_path.iterdir())


def _listed(help_text: str) -> list[str]:
    body = help_text.split("Commands:", 1)[1]
    return [line.strip() for line in body.splitlines() if line.strip()]


@pytest.mark.parametrize("group", [[], ["new"]])
def test_help_lists_commands_in_whole_sentences(group):
    result = CliRunner().invoke(main, [*group, "--help"], terminal_width=80)
    lines = _listed(result.output)
    assert len(lines) >= 2
    for line in lines:
        assert not line.endswith("...") and line.endswith("."), line
        assert re.match(r"^[a-z]+\s{2,}[A-Z]", line), line


def test_export_help_shows_the_formats():
    result = CliRunner().invoke(main, ["export", "--help"])
    assert "{hootsuite|sprout|csv|json}" in result.output.splitlines()[0]
