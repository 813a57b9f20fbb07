"""A privacy approval unlocks a PHI waiver only when git shows the approver committed it (WF007),
and .github/CODEOWNERS makes the privacy officer review what could weaken the checks (WF008).

Each test builds a throwaway git repository and commits as different people
(`user.email`), the way a coordinator and the privacy officer would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playbook import codeowners, provenance
from playbook.check import check_project
from playbook.cli import main
from playbook.corpus import load_corpus

from tests.conftest import GOOD_POST, REPO, TEAM, make_project, write

POST = "content/posts/2027/01/13-stretch.md"
JORDAN = "jordan.lee@clinic.test"  # jlee, the author
MORGAN = "morgan.reyes@clinic.test"  # mreyes, the privacy officer
MORGAN_NOREPLY = "mreyes@users.noreply.github.test"
LEAK = "Congratulations to Maria Gonzalez on her recovery! "  # PHI003: a name not on the team
WAIVER = "waivers: [{rule: PHI003, reason: 'Maria agreed in writing, see AUTH-2027-014'}]\n"
APPROVAL = '  - {by: mreyes, role: privacy, "on": 2027-01-04}\n'


@pytest.fixture(autouse=True)
def not_in_ci(monkeypatch):
    """.ci/run sets PLAYBOOK_CI=1 for the whole suite; each test here says whether it is in CI."""
    monkeypatch.delenv("PLAYBOOK_CI", raising=False)
    monkeypatch.delenv("CI", raising=False)


def git(root: Path, *args: str, email: str = JORDAN) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": email.split("@")[0],
        "GIT_AUTHOR_EMAIL": email,
        "GIT_COMMITTER_NAME": email.split("@")[0],
        "GIT_COMMITTER_EMAIL": email,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    result = subprocess.run(["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", "-C", str(root), *args], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def commit(root: Path, message: str, email: str) -> None:
    git(root, "add", "-A", email=email)
    git(root, "commit", "-q", "-m", message, email=email)


def post_text(approvals: str = "", waiver: str = WAIVER) -> str:
    text = GOOD_POST.replace("Snow day?", LEAK + "Snow day?")
    block = (f"approvals:\n{approvals}" if approvals else "") + waiver
    return text.replace("author: jlee\n", f"author: jlee\n{block}")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The coordinator commits a post that needs a privacy waiver; nobody has approved it yet."""
    root = make_project(tmp_path / "practice", {POST: post_text()})
    git(root, "init", "-q")
    commit(root, "Draft the recovery post", JORDAN)
    return root


def add_approval(root: Path, email: str, approval: str = APPROVAL) -> None:
    path = root / POST
    path.write_text(path.read_text(encoding="utf-8").replace("author: jlee\n", f"author: jlee\napprovals:\n{approval}"), encoding="utf-8")
    commit(root, "Approve", email)


def codes(report, code: str):
    return [f for f in report.findings if f.code == code]


# -- proven, unproven, enforced ------------------------------------------------------------------
def test_approval_committed_by_the_privacy_officer_unlocks_the_waiver(repo):
    add_approval(repo, MORGAN)
    report = check_project(repo)
    assert not codes(report, "WF007") and not codes(report, "FM015")
    assert not codes(report, "PHI003"), "the waiver should suppress the name"


@pytest.mark.parametrize("email", [MORGAN_NOREPLY, "Morgan.Reyes@Clinic.TEST"])
def test_any_listed_email_proves_it_in_any_case(repo, email):
    add_approval(repo, email)
    assert not codes(check_project(repo), "WF007")


def test_approval_written_by_someone_else_is_a_warning_on_a_laptop(repo):
    add_approval(repo, JORDAN)
    report = check_project(repo)
    [found] = codes(report, "WF007")
    assert (found.path, found.line, found.severity.name) == (POST, 10, "WARNING")
    assert f"committed by {JORDAN}" in found.message and "not by mreyes" in found.message
    assert not codes(report, "PHI003"), "outside CI an unproven approval still counts, with the warning"


@pytest.mark.parametrize("env", [{"CI": "true"}, {"CI": "TRUE"}, {"PLAYBOOK_CI": "1"}])
def test_in_ci_an_unproven_approval_is_an_error_and_unlocks_nothing(repo, monkeypatch, env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    add_approval(repo, JORDAN)
    report = check_project(repo)
    [found] = codes(report, "WF007")
    assert found.severity.name == "ERROR" and "unlocks no privacy waiver" in found.message
    assert codes(report, "PHI003"), "the waiver must not count"
    [waiver] = codes(report, "FM015")
    assert waiver.line == 11 and "not proven by git history (WF007)" in waiver.message


@pytest.mark.parametrize("env", [{"CI": "false"}, {"CI": "1"}, {"PLAYBOOK_CI": "0"}, {}])
def test_other_environments_are_not_ci(repo, monkeypatch, env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    add_approval(repo, JORDAN)
    assert [f.severity.name for f in codes(check_project(repo), "WF007")] == ["WARNING"]


def test_in_ci_a_proven_approval_still_counts(repo, monkeypatch):
    monkeypatch.setenv("CI", "true")
    add_approval(repo, MORGAN)
    report = check_project(repo)
    assert not codes(report, "WF007") and not codes(report, "PHI003") and not report.errors


def test_uncommitted_approval_is_unproven(repo, monkeypatch):
    path = repo / POST
    path.write_text(path.read_text(encoding="utf-8").replace("author: jlee\n", f"author: jlee\napprovals:\n{APPROVAL}"), encoding="utf-8")
    [found] = codes(check_project(repo), "WF007")
    assert "line 10 is not committed yet" in found.message
    monkeypatch.setenv("CI", "true")
    assert codes(check_project(repo), "PHI003")


def test_untracked_file_is_unproven(repo):
    write(repo / "content/posts/2027/01/20-new.md", post_text(APPROVAL).replace("test-0001", "test-0002").replace("2027-01-13", "2027-01-20"))
    [found] = codes(check_project(repo), "WF007")
    assert found.path == "content/posts/2027/01/20-new.md" and "not committed yet" in found.message


def test_mailmap_cannot_lend_the_officers_address(repo, monkeypatch):
    """Blame applies .mailmap, which a pull request can add; the proof reads the commit itself."""
    write(repo / ".mailmap", f"Morgan Reyes <{MORGAN}> <{JORDAN}>\n")
    add_approval(repo, JORDAN)
    monkeypatch.setenv("CI", "true")
    report = check_project(repo)
    assert codes(report, "WF007") and codes(report, "PHI003")


def test_editing_one_line_of_a_block_approval_makes_it_unproven(repo):
    block = '  - by: mreyes\n    role: privacy\n    "on": 2027-01-04\n'
    add_approval(repo, MORGAN, block)
    assert not codes(check_project(repo), "WF007")
    path = repo / POST
    path.write_text(path.read_text(encoding="utf-8").replace('"on": 2027-01-04', '"on": 2027-01-05'), encoding="utf-8")
    commit(repo, "Fix the date", JORDAN)
    [found] = codes(check_project(repo), "WF007")
    assert found.line == 10 and f"line 12 was committed by {JORDAN}" in found.message


def test_approver_without_emails_cannot_be_proven(repo):
    team = TEAM.replace(f"emails: [{MORGAN}, {MORGAN_NOREPLY}], ", "")
    write(repo / "plans/team.yml", team)
    add_approval(repo, MORGAN)
    [found] = codes(check_project(repo), "WF007")
    assert "lists no git e-mails for mreyes" in found.message


def test_no_git_history_is_unproven_but_not_enforced(tmp_path, monkeypatch):
    root = make_project(tmp_path / "tarball", {POST: post_text(APPROVAL)})
    monkeypatch.setenv("CI", "true")
    report = check_project(root)
    [found] = codes(report, "WF007")
    assert found.severity.name == "WARNING" and "no git history" in found.message
    assert not codes(report, "PHI003")


def test_git_missing_is_no_history(repo, monkeypatch):
    add_approval(repo, MORGAN)
    monkeypatch.setenv("PATH", str(repo / "no-such-bin"))
    [found] = codes(check_project(repo), "WF007")
    assert "no git history" in found.message


def test_shallow_clone_cannot_prove_what_lies_beyond_it(repo, tmp_path, monkeypatch):
    add_approval(repo, MORGAN)
    (repo / "content/index.md").write_text("# Test playbook\n\nUpdated.\n", encoding="utf-8")
    commit(repo, "Later change", JORDAN)
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(clone))
    monkeypatch.setenv("CI", "true")
    report = check_project(clone)
    [found] = codes(report, "WF007")
    assert found.severity.name == "WARNING" and "shallow" in found.message, "not the full history: not enforced"
    full = tmp_path / "full"
    git(tmp_path, "clone", "-q", f"file://{repo}", str(full))
    assert not codes(check_project(full), "WF007")


def test_the_root_commit_is_proof_in_a_full_clone(tmp_path):
    root = make_project(tmp_path / "practice", {POST: post_text(APPROVAL)})
    git(root, "init", "-q")
    commit(root, "Everything at once, by the privacy officer", MORGAN)
    assert not codes(check_project(root), "WF007")


def test_approvals_that_unlock_nothing_are_not_asked_about(repo):
    """Only privacy approvals of files with a PHI waiver matter; the sample has none."""
    path = repo / POST
    path.write_text(post_text(APPROVAL, waiver="waivers: [{rule: PER002, reason: Quotes the notice word for word}]\n"), encoding="utf-8")
    commit(repo, "Not a privacy waiver", JORDAN)
    assert not codes(check_project(repo), "WF007")


def test_approval_in_a_role_the_person_does_not_hold_never_counts(repo):
    add_approval(repo, JORDAN, '  - {by: jlee, role: privacy, "on": 2027-01-04}\n')
    report = check_project(repo)
    assert codes(report, "PHI003") and codes(report, "FM015") and codes(report, "WF002")


# -- cost: one blame per file, one log, nothing when nothing matters -----------------------------
def count_git(monkeypatch) -> list:
    calls = []
    real = subprocess.run

    def spy(args, *rest, **kwargs):
        if args and args[0] == "git":
            calls.append(args[args.index("-C") + 2])  # the git command: blame, log ...
        return real(args, *rest, **kwargs)

    monkeypatch.setattr(provenance.subprocess, "run", spy)
    return calls


def test_one_blame_per_file_and_one_log_in_all(tmp_path, monkeypatch):
    posts = {}
    for n in range(6):
        approvals = APPROVAL + '  - {by: mreyes, role: privacy, "on": 2027-01-05}\n'
        posts[f"content/posts/2027/01/2{n}-p.md"] = post_text(approvals).replace("test-0001", f"test-010{n}").replace("2027-01-13", f"2027-01-2{n}")
    posts["content/posts/2027/01/29-plain.md"] = post_text(APPROVAL, waiver="").replace("test-0001", "test-0199").replace("2027-01-13", "2027-01-29")
    root = make_project(tmp_path / "practice", posts)
    git(root, "init", "-q")
    commit(root, "All", MORGAN)
    calls = count_git(monkeypatch)
    report = check_project(root)
    assert not codes(report, "WF007")
    assert sorted(calls) == sorted(["rev-parse", "log"] + ["blame"] * 6), calls


def test_the_sample_asks_git_nothing_and_passes_in_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    calls = count_git(monkeypatch)
    report = check_project(REPO)
    assert calls == []
    assert not report.errors and not report.warnings, [f.text() for f in report.findings if f.severity.name != "INFO"]


# -- blame output --------------------------------------------------------------------------------
PORCELAIN = (
    "1111111111111111111111111111111111111111 3 10 2\nauthor x\nauthor-mail <a@b>\nboundary\nfilename p.md\n\t  - by: mreyes\n"
    "1111111111111111111111111111111111111111 4 11\n\t    role: privacy\n"
    '0000000000000000000000000000000000000000 12 12 1\nauthor Not Committed Yet\nfilename p.md\n\t    "on": 2027-01-05\n'
)


def test_parse_blame_reads_groups_boundaries_and_uncommitted_lines():
    origins = provenance.parse_blame(PORCELAIN)
    assert {n: (o.commit[:4], o.boundary) for n, o in origins.items()} == {10: ("1111", True), 11: ("1111", True), 12: ("0000", False)}


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_parse_blame_and_authors_never_raise(text):
    provenance.parse_blame(text)
    provenance.parse_authors(text)


# A short history of edits by the author and the privacy officer: the approval is proven exactly
# when the last commit that touched its line was the privacy officer's.
STEPS = st.lists(st.tuples(st.sampled_from([JORDAN, MORGAN, MORGAN_NOREPLY]), st.sampled_from(["approval", "body"])), min_size=1, max_size=4)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(STEPS)
def test_proof_follows_the_last_hand_on_the_approval_line(tmp_path_factory, steps):
    root = make_project(tmp_path_factory.mktemp("fuzz") / "practice", {POST: post_text(APPROVAL)})
    git(root, "init", "-q")
    commit(root, "start", JORDAN)
    last, day = JORDAN, 4
    for n, (email, what) in enumerate(steps):
        path = root / POST
        text = path.read_text(encoding="utf-8")
        if what == "approval":
            text = text.replace(f'"on": 2027-01-{day:02d}', f'"on": 2027-01-{day + 1:02d}')
            last, day = email, day + 1
        else:
            text += f"Line {n} of the copy.\n"
        path.write_text(text, encoding="utf-8")
        commit(root, f"step {n}", email)
    proven = not codes(check_project(root), "WF007")
    assert proven == (last in (MORGAN, MORGAN_NOREPLY)), (steps, last)


# -- team.yml ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "entry, code, words",
    [
        ("emails: [not-an-email]", "FM044", "'emails' entry 'not-an-email' is not an e-mail address"),
        ("emails: [morgan reyes@clinic.test]", "FM044", "is not an e-mail address"),
        ("emails: morgan.reyes@clinic.test", "FM005", "'people[3].emails' must be a list"),
        ("github: 'morgan reyes'", "FM044", "not a GitHub user name"),
        ("github: -morgan", "FM044", "not a GitHub user name"),
    ],
)
def test_bad_emails_and_handles_are_located(tmp_path, entry, code, words):
    team = TEAM.replace(f"emails: [{MORGAN}, {MORGAN_NOREPLY}], github: morgan-reyes", entry)
    root = make_project(tmp_path, plans={"team.yml": team})
    found = [f for f in check_project(root).findings if f.path == "plans/team.yml"]
    assert found and found[0].code == code and found[0].line == 4 and words in found[0].message, found


def test_team_reads_emails_lower_case_and_the_handle_without_at(tmp_path):
    team = TEAM.replace(f"emails: [{MORGAN}, {MORGAN_NOREPLY}], github: morgan-reyes", "emails: [Morgan.Reyes@Clinic.Test], github: '@acme/privacy'")
    person = load_corpus(make_project(tmp_path, plans={"team.yml": team})).plans.team["mreyes"]
    assert person.emails == ("morgan.reyes@clinic.test",) and person.github == "acme/privacy"


# -- CODEOWNERS ----------------------------------------------------------------------------------
def test_committed_codeowners_is_what_the_command_generates():
    assert (REPO / codeowners.PATH).read_text(encoding="utf-8") == codeowners.render(load_corpus(REPO))
    result = CliRunner().invoke(main, ["codeowners", "--check", "--root", str(REPO)])
    assert result.exit_code == 0, result.output


def test_codeowners_guards_plans_waived_files_and_the_checks(tmp_path):
    posts = {
        POST: post_text(APPROVAL),
        "content/posts/2027/01/14-odd-name.md": post_text(waiver="waivers: [{rule: PER002, reason: Quotes the notice word for word}]\n")
        .replace("test-0001", "test-0002")
        .replace("2027-01-13", "2027-01-14"),
    }
    root = make_project(tmp_path, posts)
    result = CliRunner().invoke(main, ["codeowners", "--root", str(root)])
    assert result.exit_code == 0, result.output
    text = (root / ".github/CODEOWNERS").read_text(encoding="utf-8")
    owned = {line.split()[0] for line in text.splitlines() if line and not line.startswith("#")}
    assert {"/plans/checks.yml", "/plans/authorizations.yml", "/plans/team.yml", "/.github/", f"/{POST}", "/content/posts/2027/01/14-odd-name.md"} <= owned
    assert all(line.endswith(" @morgan-reyes") for line in text.splitlines() if line and not line.startswith("#"))
    assert not codes(check_project(root), "WF008")


def test_a_new_waiver_makes_codeowners_stale(tmp_path):
    root = make_project(tmp_path, {POST: GOOD_POST})
    assert CliRunner().invoke(main, ["codeowners", "--root", str(root)]).exit_code == 0
    assert not codes(check_project(root), "WF008")
    write(root / POST, post_text(APPROVAL))
    [stale] = codes(check_project(root), "WF008")
    assert (stale.path, stale.line, stale.severity.name) == (".github/CODEOWNERS", 1, "WARNING")
    assert CliRunner().invoke(main, ["codeowners", "--check", "--root", str(root)]).exit_code == 1
    assert CliRunner().invoke(main, ["codeowners", "--root", str(root)]).exit_code == 0
    assert not codes(check_project(root), "WF008")


def test_hand_written_codeowners_is_left_alone(tmp_path):
    root = make_project(tmp_path, {POST: post_text(APPROVAL)})
    write(root / ".github/CODEOWNERS", "* @someone\n")
    assert not codes(check_project(root), "WF008")
    refused = CliRunner().invoke(main, ["codeowners", "--root", str(root)])
    assert refused.exit_code == 1 and "written by hand" in refused.output
    assert (root / ".github/CODEOWNERS").read_text() == "* @someone\n"
    assert CliRunner().invoke(main, ["codeowners", "--force", "--root", str(root)]).exit_code == 0


def test_codeowners_needs_a_privacy_handle(tmp_path):
    root = make_project(tmp_path, plans={"team.yml": TEAM.replace(", github: morgan-reyes", "")})
    result = CliRunner().invoke(main, ["codeowners", "--root", str(root)])
    assert result.exit_code == 1 and "github: <user>" in result.output and "Traceback" not in result.output
    assert not (root / ".github").exists()


def test_git_is_on_the_path():
    assert shutil.which("git"), "these tests need git"
