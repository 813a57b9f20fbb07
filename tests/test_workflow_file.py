"""The GitHub Actions workflow runs exactly the commands this suite runs, and they pass on the sample."""

from __future__ import annotations

import shlex
import subprocess

import pytest
import yaml

from tests.conftest import BUILD, REPO, tool_env

WORKFLOW = REPO / ".github" / "workflows" / "playbook.yml"
INSTALL = "pip install -e ."
CHECKS = ["playbook check --format github", BUILD]
OFFICIAL = ("actions/checkout@", "actions/setup-python@", "actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@")


@pytest.fixture(scope="module")
def workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_runs_are_exactly_install_check_build(workflow):
    assert [step["run"].strip() for step in steps(workflow) if "run" in step] == [INSTALL, *CHECKS]


def test_only_official_actions(workflow):
    used = [step["uses"] for step in steps(workflow) if "uses" in step]
    assert used and all(u.startswith(OFFICIAL) for u in used), used
    assert {u.split("@")[0] for u in used} == {o.rstrip("@") for o in OFFICIAL}


def test_triggers_history_and_python(workflow):
    assert set(workflow["on"]) == {"pull_request", "push"}
    check = workflow["jobs"]["check"]["steps"]
    checkout = next(s for s in check if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0
    python = next(s for s in check if s.get("uses", "").startswith("actions/setup-python@"))
    assert str(python["with"]["python-version"]) == "3.11"


def test_pages_deploy_has_least_permissions_and_one_at_a_time(workflow):
    assert workflow["permissions"] == {"contents": "read"}
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "check" and "push" in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert deploy["environment"]["name"] == "github-pages"
    upload = next(s for s in workflow["jobs"]["check"]["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site" and "push" in upload["if"]


def test_the_workflow_commands_pass_on_the_sample(workflow, sample_build):
    """Run each check command as CI does, from the repository root, with the installed scripts.

    The build is the session's build of the sample, which runs the same command (conftest.BUILD).
    """
    check, build = [step["run"].strip() for step in steps(workflow) if "run" in step][1:]
    result = subprocess.run(shlex.split(check), cwd=REPO, env=tool_env(), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{check}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert "::error" not in result.stdout
    assert sample_build.command == tuple(shlex.split(build))
    assert sample_build.returncode == 0, f"{build}\n{sample_build.stderr[-3000:]}"
    assert (sample_build.site / "index.html").is_file()
