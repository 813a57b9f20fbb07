"""`playbook check`: exit codes and the three output formats."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from click.testing import CliRunner
from playbook.cli import main

from tests.conftest import GOOD_POST, REPO, make_project

POST = "content/posts/2027/01/13-stretch.md"
BROKEN = GOOD_POST.replace("status: draft", "status: done")


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_clean_project_exits_zero(project):
    result = run("check", "--root", str(project))
    assert result.exit_code == 0, result.output
    assert "All checks pass." in result.output


def test_error_exits_one_and_prints_path_line_code(tmp_path):
    root = make_project(tmp_path, {POST: BROKEN})
    result = run("check", "--root", str(root))
    assert result.exit_code == 1
    assert f"{POST}:7: FM042 'status' is 'done', which is not allowed" in result.output
    assert "Found 1 error" in result.output


def test_paths_limit_the_findings_shown(tmp_path):
    root = make_project(tmp_path, {POST: BROKEN, "content/posts/2027/01/20-ok.md": GOOD_POST.replace("test-0001", "test-0002")})
    result = run("check", "--root", str(root), str(root / "content/posts/2027/01/20-ok.md"))
    assert result.exit_code == 0, result.output
    result = run("check", "--root", str(root), str(root / "content/posts"))
    assert result.exit_code == 1


def test_json_format(tmp_path):
    root = make_project(tmp_path, {POST: BROKEN})
    result = run("check", "--root", str(root), "--format", "json")
    assert result.exit_code == 1
    payload = json.loads(result.output)
    assert payload["summary"]["error"] == 1
    (item,) = [f for f in payload["findings"] if f["severity"] == "error"]
    assert item["path"] == POST and item["line"] == 7 and item["code"] == "FM042" and item["severity"] == "error"


def test_github_format_is_a_workflow_annotation(tmp_path):
    root = make_project(tmp_path, {POST: BROKEN})
    result = run("check", "--root", str(root), "--format", "github")
    assert result.exit_code == 1
    line = result.output.splitlines()[0]
    assert line.startswith(f"::error file={POST},line=7,title=FM042::FM042 'status' is 'done'")


def test_github_format_escapes_newlines_and_percent():
    from playbook.findings import Finding, Severity
    from playbook.output import as_github

    text = as_github([Finding("a,b.md", 3, "FM001", "50% broken\nsecond line", Severity.WARNING)])
    assert text == "::warning file=a%2Cb.md,line=3,title=FM001::FM001 50%25 broken%0Asecond line\n"


def test_today_option_is_validated(project):
    result = run("check", "--root", str(project), "--today", "2027-02-31")
    assert result.exit_code == 2 and "not a date" in result.output


def test_runs_from_a_subfolder(project, monkeypatch):
    monkeypatch.chdir(project / "content")
    assert run("check").exit_code == 0


CONSOLE = "import atexit, sys\natexit.register(lambda: print('exit handler ran', file=sys.stderr))\nfrom playbook.cli import console\nconsole()\n"


def _console(*args: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    """The installed `playbook` command (pyproject's console script), in a process of its own: it ends with os._exit."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks"), "PLAYBOOK_NO_CACHE": "1"}  # no key made in ~/.cache
    return subprocess.run([sys.executable, "-c", CONSOLE, *args], stdout=stdout, stderr=subprocess.PIPE, text=True, env=env, timeout=600, check=False)


def test_the_console_command_keeps_exit_codes_output_and_exit_handlers(tmp_path):
    clean = make_project(tmp_path / "clean", {POST: GOOD_POST})
    broken = make_project(tmp_path / "broken", {POST: BROKEN})
    for args, code, shown in [
        (("check", "--root", str(clean)), 0, "All checks pass."),
        (("check", "--root", str(broken)), 1, f"{POST}:7: FM042"),
        (("check", "--root", str(broken), "--format", "nope"), 2, ""),  # a usage error: click's status
        (("--version",), 0, "playbook"),
    ]:
        done = _console(*args)
        assert done.returncode == code, done.stderr
        assert shown in done.stdout
        assert done.stderr.endswith("exit handler ran\n")  # atexit handlers still run, after the command


def test_the_console_command_flushes_what_it_wrote_to_a_file(tmp_path):
    root = make_project(tmp_path, {POST: BROKEN})
    out = tmp_path / "out.json"
    with out.open("w", encoding="utf-8") as handle:
        done = _console("check", "--root", str(root), "--format", "json", stdout=handle)
    assert done.returncode == 1
    payload = json.loads(out.read_text(encoding="utf-8"))  # whole: flushed before os._exit
    assert [f["code"] for f in payload["findings"] if f["severity"] == "error"] == ["FM042"]
    # click.echo flushes as it writes; what a command printed without flushing is flushed by console() itself
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks")}
    env.pop("PYTHONUNBUFFERED", None)  # as most people run it: the standard output buffered
    code = "import playbook.cli as cli\ncli.main = lambda: print('written, not flushed', end='')\ncli.console()\n"
    with out.open("w", encoding="utf-8") as handle:
        done = subprocess.run([sys.executable, "-c", code], stdout=handle, env=env, timeout=600, check=False)
    assert (done.returncode, out.read_text(encoding="utf-8")) == (0, "written, not flushed")


def test_the_console_command_leaves_the_report_to_the_system_to_free(tmp_path):
    """Freeing a check's report object by object is some 15 ms of `playbook check FILE` at ten thousand posts:
    console() keeps the SystemExit whose frames hold it until the process ends (its exit handlers see it)."""
    root = make_project(tmp_path, {POST: BROKEN})
    code = (
        "import atexit, sys\nimport playbook.cli as cli\nfrom playbook.check import Report\n"
        "def held():\n"
        "    tb = cli._HELD[-1].__traceback__ if cli._HELD else None\n"
        "    frames = []\n"
        "    while tb is not None:\n"
        "        frames.append(tb.tb_frame)\n"
        "        tb = tb.tb_next\n"
        "    print('report held' if any(isinstance(v, Report) for f in frames for v in f.f_locals.values()) else 'freed', file=sys.stderr)\n"
        "atexit.register(held)\ncli.console()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks"), "PLAYBOOK_NO_CACHE": "1"}
    done = subprocess.run([sys.executable, "-c", code, "check", "--root", str(root)], capture_output=True, text=True, env=env, timeout=600, check=False)
    assert (done.returncode, done.stderr) == (1, "report held\n")
    assert f"{POST}:7: FM042" in done.stdout


def test_the_console_command_says_why_it_stopped_and_survives_a_closed_stdout(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks"), "PLAYBOOK_NO_CACHE": "1"}
    stopped = subprocess.run(
        [sys.executable, "-c", "import sys\nimport playbook.cli as cli\ncli.main = lambda: sys.exit('stopped here')\ncli.console()\n"],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )  # fmt: skip
    assert (stopped.returncode, stopped.stderr) == (1, "stopped here\n")  # as Python says sys.exit("...")
    root = make_project(tmp_path, {POST: GOOD_POST})
    closed = subprocess.run(  # Python starts without a standard output (the shell closes it): sys.stdout is None
        ["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-c", CONSOLE, "check", "--root", str(root)],
        stderr=subprocess.PIPE, text=True, env=env, timeout=600, check=False,
    )  # fmt: skip
    assert closed.returncode == 0, closed.stderr
    assert closed.stderr == "exit handler ran\n"
