"""The pre-commit hook manifest: valid, pointing at a real console script, matching content files."""

from __future__ import annotations

import re
import shlex
import tomllib

import pytest
import yaml
from click.testing import CliRunner
from playbook.cli import main

from tests.conftest import GOOD_POST, REPO, make_project
from tests.tools import python_module

MANIFEST = REPO / ".pre-commit-hooks.yaml"


@pytest.fixture(scope="module")
def hook() -> dict:
    hooks = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(hooks, list) and len(hooks) == 1
    return hooks[0]


def test_manifest_fields(hook):
    assert hook["id"] == "playbook-check"
    assert hook["name"]
    assert hook["entry"] == "playbook check"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is True
    assert hook["files"] == r"^(content|plans)/.*\.(md|ya?ml)$"


def test_entry_is_a_console_script_of_this_package(hook):
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    command, *args = shlex.split(hook["entry"])
    assert command in scripts
    assert scripts[command] == "playbook.cli:console"
    assert args[0] in main.commands


@pytest.mark.parametrize(
    "path, matches",
    [
        ("content/posts/2027/01/04-icy-sidewalks-falls.md", True),
        ("content/responses/billing-question.md", True),
        ("plans/team.yml", True),
        ("plans/checks.yaml", True),
        ("content/index.md", True),
        ("hooks/playbook/cli.py", False),
        ("README.md", False),
        ("mkdocs.yml", False),
        ("content/images/photo.jpg", False),
    ],
)
def test_files_pattern(hook, path, matches):
    assert bool(re.search(hook["files"], path)) is matches


def test_every_sample_content_file_is_covered(hook):
    files = [p.relative_to(REPO).as_posix() for folder in ("content", "plans") for p in (REPO / folder).rglob("*") if p.suffix in (".md", ".yml")]
    assert files and all(re.search(hook["files"], f) for f in files)


def test_entry_with_filenames_checks_those_files(hook, tmp_path, monkeypatch):
    """What pre-commit runs: the entry plus the changed files, from the repository root."""
    broken = "content/posts/2027/01/20-broken.md"
    root = make_project(tmp_path, {"content/posts/2027/01/13-stretch.md": GOOD_POST, broken: GOOD_POST.replace("test-0001", "test-0002").replace("status: draft", "status: done")})
    monkeypatch.chdir(root)
    args = shlex.split(hook["entry"])[1:]
    runner = CliRunner()
    assert runner.invoke(main, [*args, "content/posts/2027/01/13-stretch.md", "plans/team.yml"]).exit_code == 0
    failed = runner.invoke(main, [*args, broken])
    assert failed.exit_code == 1 and f"{broken}:7: FM042" in failed.output


def test_manifest_passes_pre_commits_own_schema():
    clientlib = python_module("pre_commit.clientlib")
    clientlib.load_manifest(str(MANIFEST))
