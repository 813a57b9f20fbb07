"""`playbook init`: one command makes a practice of one's own that builds strictly at once (issue 12)."""

from __future__ import annotations

import functools
import importlib.metadata
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playbook import engine_pin
from playbook.check import check_project
from playbook.cli import main
from playbook.plans import load_plans
from playbook.starter import Problem, create, manifest, read_answers
from playbook.starter.policy import choose, lead_days, max_gap_days

from tests.conftest import REPO
from tests.tools import python_module

ANSWERS = {
    "name": "Lakeside Pediatrics & Family Care",
    "website": "https://www.lakeside-peds.test",
    "timezone": "America/Denver",
    "playbook_url": "https://playbook.lakeside-peds.test/",
    "contact": {"name": "Front Desk", "phone": "+1 312 555 0199", "email": "hello@lakeside-peds.test"},
    "channels": ["facebook", "instagram"],
    "posts_per_week": 2,
    "team": [
        {"id": "kim", "name": "Kim Alvarez", "roles": ["author", "privacy", "approver"], "emails": ["kim@lakeside-peds.test"]},
        {"id": "dr-ng", "name": "Dr. Sam Ng", "roles": ["clinical", "approver"], "emails": ["sam.ng@lakeside-peds.test"]},
    ],
}
FLAGS = [
    "--yes", "--name", "Lakeside Pediatrics & Family Care", "--website", "https://www.lakeside-peds.test",
    "--timezone", "America/Denver", "--playbook-url", "https://playbook.lakeside-peds.test/",
    "--contact-name", "Front Desk", "--contact-phone", "+1 312 555 0199", "--contact-email", "hello@lakeside-peds.test",
    "--channels", "facebook,instagram", "--posts-per-week", "2",
    "--person", "kim:Kim Alvarez:author,privacy,approver:kim@lakeside-peds.test",
    "--person", "dr-ng:Dr. Sam Ng:clinical,approver:sam.ng@lakeside-peds.test",
]  # fmt: skip
TODAY = "2027-03-01"


@functools.cache
def _sample_words() -> frozenset[str]:
    """Every word that names the sample practice: its name, domains, team, places and series (its plans suffice)."""
    plans, _ = load_plans(REPO)
    words = {"Riverbend", "Orthopaedics", "example-ortho", "Okafor", "Lindqvist", "MoveBetterMonday"}
    words |= {d for d in plans.practice.domains + plans.practice.trusted_domains if d.endswith(".test")}
    for person in plans.team.values():
        words.add(person.id)
        words |= {part for part in person.name.replace("Dr. ", "").split() if len(part) > 3}
        words |= set(person.emails)
    words |= {series.name for series in plans.series.values() if series.name != "Wellness Wednesday"}  # a generic name
    return frozenset(words)


def _run(args: list[str], **kwargs):
    result = CliRunner().invoke(main, args, catch_exceptions=False, **kwargs)
    return result


def _env(**extra) -> dict:
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", "NO_MKDOCS_2_WARNING": "1", **extra}
    env.pop("PLAYBOOK_TODAY", None)
    return env


def _no_sample_words(folder: Path) -> None:
    pattern = re.compile("|".join(re.escape(w) for w in sorted(_sample_words(), key=len, reverse=True)), re.IGNORECASE)
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".md", ".yml", ".yaml", ".txt", ".ics", ".json", ".xml", ".py", ".js", ".css", ""):
            found = pattern.findall(path.read_text(encoding="utf-8", errors="replace"))
            assert not found, f"{path.relative_to(folder)} mentions the sample practice: {sorted(set(found))[:5]}"


@pytest.fixture(scope="module")
def practice(tmp_path_factory) -> Path:
    """`playbook init` with flags, then two posts and a reply with `playbook new`."""
    root = tmp_path_factory.mktemp("init") / "lakeside"
    made = _run(["init", str(root), *FLAGS])
    assert made.exit_code == 0, made.output
    for args in (
        ["post", "Drink water before you are thirsty", "--date", "2027-03-03", "--time", "10:00", "--channels", "facebook,instagram", "--guideline", "personality", "--author", "kim"],
        ["post", "Family walk in the park", "--date", "2027-03-05", "--time", "11:00", "--channels", "facebook", "--guideline", "community", "--author", "kim"],
        ["response", "Parking was hard to find", "--scenario", "parking-and-access", "--platforms", "google,facebook"],
    ):
        created = _run(["new", *args, "--root", str(root), "--today", TODAY])
        assert created.exit_code == 0, created.output
    return root


@pytest.fixture(scope="module")
def built(practice) -> Path:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(practice / "site")],
        cwd=practice, env=_env(PLAYBOOK_TODAY=TODAY), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-4000:]
    return practice / "site"


# -- the practice as written ------------------------------------------------------------------------
def test_init_writes_the_whole_practice_and_nothing_of_the_sample(practice):
    for rel in manifest():
        assert (practice / rel).is_file(), rel
    assert len(list((practice / "content" / "posts").rglob("*.md"))) == 2
    _no_sample_words(practice)


def test_the_practice_holds_no_copy_of_the_engine(practice):
    code = [p.relative_to(practice).as_posix() for p in practice.rglob("*") if p.is_file() and p.suffix in (".py", ".pyc", ".j2", ".html", ".css", ".js")]
    assert code == ["hooks/playbook_mkdocs.py"]
    shim = (practice / "hooks" / "playbook_mkdocs.py").read_text(encoding="utf-8")
    assert shim == (REPO / "hooks" / "playbook_mkdocs.py").read_text(encoding="utf-8")  # this repository's sample uses the same file
    assert "from playbook_glue import *" in shim and len(shim.splitlines()) < 10
    assert not (practice / "hooks" / "playbook").exists() and not (practice / "overrides").exists()


def test_the_identity_lives_only_in_plans_practice(practice):
    config = (practice / "mkdocs.yml").read_text(encoding="utf-8")
    assert "Lakeside" not in config and "lakeside-peds" not in config
    for page in ["content/index.md", *(f"content/guidelines/{p}" for p in os.listdir(practice / "content" / "guidelines"))]:
        assert "Lakeside" not in (practice / page).read_text(encoding="utf-8"), page
    assert "{{ practice.name }}" in (practice / "content" / "index.md").read_text(encoding="utf-8")


def test_the_engine_pin_is_one_line_used_by_ci_and_pre_commit(practice):
    pin = engine_pin.pinned(practice)
    assert pin is not None and pin[0] == f"practice-playbook=={engine_pin.running_version()}"
    workflow = yaml.safe_load((practice / ".github" / "workflows" / "playbook.yml").read_text(encoding="utf-8"))
    runs = [step["run"] for job in workflow["jobs"].values() for step in job.get("steps", []) if "run" in step]
    assert runs == ["pip install -r requirements.txt", "playbook check --format github", "mkdocs build --strict"]
    hooks = yaml.safe_load((practice / ".pre-commit-config.yaml").read_text(encoding="utf-8"))["repos"][0]["hooks"]
    assert hooks[0]["id"] == "playbook-check" and hooks[0]["entry"] == "playbook check"
    assert hooks[0]["additional_dependencies"] == [pin[0]]


def test_pre_commit_accepts_the_config(practice):
    clientlib = python_module("pre_commit.clientlib")
    clientlib.load_config(str(practice / ".pre-commit-config.yaml"))


def test_starter_replies_are_drafts_without_approvals(practice):
    report = check_project(practice, TODAY)
    assert {r.status for r in report.corpus.responses} == {"draft"}
    assert all(not r.approvals for r in report.corpus.responses)
    assert len(report.corpus.responses) == 7  # six starters and the one written with `playbook new`


def test_check_passes_with_nothing_above_info(practice):
    result = subprocess.run([sys.executable, "-m", "playbook.cli", "check", "--today", TODAY], cwd=practice, env=_env(), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout
    report = check_project(practice, TODAY)
    assert not [f.text() for f in report.findings if f.severity.name != "INFO"]


# -- the site -----------------------------------------------------------------------------------------
def test_strict_build_shows_the_new_practice_and_no_word_of_the_sample(built):
    home = (built / "index.html").read_text(encoding="utf-8")
    assert "Lakeside Pediatrics &amp; Family Care · Social Media Playbook" in home  # the title, from plans/practice.yml
    assert "<strong>Lakeside Pediatrics &amp; Family Care</strong>" in home  # the home page's placeholder
    assert 'href="https://playbook.lakeside-peds.test/"' in home  # the canonical address
    subscribe = (built / "subscribe" / "index.html").read_text(encoding="utf-8")
    assert "webcal://playbook.lakeside-peds.test/calendar.ics" in subscribe
    library = (built / "responses" / "index.html").read_text(encoding="utf-8")
    assert "hello@lakeside-peds.test" in library
    assert (built / "posts" / "2027" / "03" / "03-drink-water-before-you-are-thirsty" / "index.html").is_file()
    _no_sample_words(built)


def test_the_rule_reference_every_site_publishes_speaks_of_no_sample_practice():
    """The rules pages go into every practice's site: their examples use a neutral example practice."""
    from playbook.rules import all_rules

    pattern = re.compile("|".join(re.escape(w) for w in sorted(_sample_words(), key=len, reverse=True)), re.IGNORECASE)
    found = {rule.code: sorted(set(pattern.findall(rule.doc))) for rule in all_rules() if pattern.search(rule.doc)}
    assert not found, f"rule docs name the sample practice (use Maplewood, alex, dr-chen, pat, jo, example-clinic.test): {found}"


def test_a_fresh_practice_builds_strictly_before_its_first_post(tmp_path):
    """`mkdocs build --strict` passes at once, with the real date as today (no as_of is written)."""
    root = _run(["init", str(tmp_path / "p"), *FLAGS]).exit_code == 0 and tmp_path / "p"
    assert root, "init failed"
    assert "as_of" not in (root / "plans" / "checks.yml").read_text(encoding="utf-8").replace("`as_of`", "")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=root, env=_env(), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (root / "site" / "index.html").is_file() and (root / "site" / "calendar.ics").is_file()


# -- refusing and choosing ----------------------------------------------------------------------------
def test_refuses_a_folder_that_holds_files_unless_told(tmp_path):
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    refused = _run(["init", str(tmp_path), *FLAGS])
    assert refused.exit_code == 1 and "is not empty (notes.txt)" in refused.output and "nothing was written" in refused.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    forced = _run(["init", str(tmp_path), *FLAGS, "--force"])
    assert forced.exit_code == 0, forced.output
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine\n" and (tmp_path / "plans" / "practice.yml").is_file()


def test_a_git_folder_counts_as_empty(tmp_path):
    (tmp_path / ".git").mkdir()
    assert _run(["init", str(tmp_path), *FLAGS]).exit_code == 0


def test_refuses_before_asking_anything(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    result = _run(["init", str(tmp_path)], input="")
    assert result.exit_code == 1 and "not empty" in result.output and "Practice name" not in result.output


def test_yes_lists_every_missing_answer(tmp_path):
    result = _run(["init", str(tmp_path / "new"), "--yes", "--name", "Lakeside"])
    assert result.exit_code == 2
    assert "missing answers: --website, --timezone, --contact-name, --contact-phone, --contact-email, --person" in result.output
    assert not (tmp_path / "new").exists()


def test_answers_file(tmp_path):
    answers = tmp_path / "answers.yml"
    answers.write_text(yaml.safe_dump({**ANSWERS, "channels": ["instagram", "bluesky"], "posts_per_week": {"instagram": 3, "bluesky": 1}}), encoding="utf-8")
    result = _run(["init", str(tmp_path / "p"), "--from", str(answers), "--yes", "--name", "Flag Wins Clinic"])
    assert result.exit_code == 0, result.output
    plans = check_project(tmp_path / "p", TODAY).corpus.plans
    assert plans.practice.name == "Flag Wins Clinic"
    assert plans.practice.channels == ("instagram", "bluesky")
    assert {ch: (c.per_week, c.max_gap_days) for ch, c in plans.cadence.channels.items()} == {"instagram": (3, 4), "bluesky": (1, 11)}


def test_a_broken_answers_file_is_located(tmp_path):
    answers = tmp_path / "answers.yml"
    answers.write_text("name: Knee care: Lakeside\n", encoding="utf-8")
    result = _run(["init", str(tmp_path / "p"), "--from", str(answers), "--yes"])
    assert result.exit_code == 2 and "answers.yml:1" in result.output and "double quotes" in result.output


def test_interactive_questions(tmp_path):
    typed = "\n".join([
        "Lakeside Pediatrics", "https://www.lakeside-peds.test", "America/Denver", "", "Front Desk", "+1 312 555 0199",
        "hello@gmail.com",  # refused: a shared mail service; asked again
        "hello@lakeside-peds.test", "facebook, tiktok", "3",
        "kim", "Kim Alvarez", "", "kim@lakeside-peds.test", "n",
    ]) + "\n"  # fmt: skip
    result = _run(["init", str(tmp_path / "p")], input=typed, env={"TZ": ""})
    assert result.exit_code == 0, result.output
    assert "shared mail service" in result.output
    plans = check_project(tmp_path / "p", TODAY).corpus.plans
    assert plans.practice.contact.email == "hello@lakeside-peds.test"
    assert plans.practice.channels == ("facebook", "tiktok")
    assert plans.team["kim"].roles == ("author", "privacy", "approver")  # the first person's default roles
    assert plans.practice.playbook_url == ""
    assert "nobody holds the clinical role" in result.output


@pytest.mark.parametrize(
    "change, key, words",
    [
        ({"name": "<script>alert(1)</script>"}, "name", "markup"),
        ({"name": "Two\nlines"}, "name", "one line"),
        ({"website": "www.lakeside.test"}, "website", "plain web address"),
        ({"website": 'https://x.test/"onload'}, "website", "plain web address"),
        ({"timezone": "CST"}, "timezone", "IANA"),
        ({"timezone": "Mars/Olympus"}, "timezone", "IANA"),
        ({"contact": {**ANSWERS["contact"], "phone": "call us"}}, "contact.phone", "phone number"),
        ({"contact": {**ANSWERS["contact"], "email": "front.desk@yahoo.com"}}, "contact.email", "shared mail service"),
        ({"channels": ["facebook", "myspace"]}, "channels", "myspace"),
        ({"posts_per_week": 0}, "posts_per_week", "between 0.25"),
        ({"posts_per_week": {"tiktok": 2}}, "posts_per_week", "tiktok"),
        ({"team": []}, "team", "at least one person"),
        ({"team": [{"id": "Kim Alvarez", "name": "Kim", "roles": ["author"]}]}, "team[1].id", "lowercase"),
        ({"team": [{"id": "kim", "name": "Kim", "roles": ["boss"]}]}, "team[1].roles", "author, clinical, privacy, approver"),
        ({"team": [{"id": "kim", "name": "Kim", "roles": ["clinical"]}]}, "team", "author role"),
        ({"team": [ANSWERS["team"][0], ANSWERS["team"][0]]}, "team", "used twice"),
        ({"playbook_url": "https://playbook.other-practice.test/"}, "playbook_url", "not on the practice's domains"),
        ({"colour": "teal"}, "colour", "not an answer"),
        ({"trusted_domains": ["cdc gov"]}, "trusted_domains", "domain name"),
    ],
)
def test_answers_init_cannot_use_are_named(change, key, words):
    with pytest.raises(Problem) as caught:
        read_answers({**ANSWERS, **change})
    assert caught.value.key == key and words in caught.value.message, caught.value


def test_the_contact_domain_is_the_practices_own():
    answers = read_answers({**ANSWERS, "contact": {**ANSWERS["contact"], "email": "care@lakeside-health.test"}})
    assert answers.domains == ("lakeside-peds.test", "lakeside-health.test")
    assert read_answers(ANSWERS).domains == ("lakeside-peds.test",)  # www. is dropped; the e-mail's domain is the same


# -- a small team can work strictly --------------------------------------------------------------------
@pytest.mark.parametrize("per_week, gap", [(0.25, 42), (1, 11), (2, 6), (3, 4), (5, 3), (7, 2), (14, 2), (21, 2)])
def test_the_longest_gap_follows_the_rhythm(per_week, gap):
    assert max_gap_days(per_week) == gap


@pytest.mark.parametrize("size, lead, self_approval", [(1, 0, "info"), (2, 1, "info"), (3, 3, None), (6, 3, None)])
def test_the_starter_rules_follow_the_team_size(size, lead, self_approval):
    team = [{"id": f"p{n}", "name": f"Person {n}", "roles": ["author", "approver"]} for n in range(size)]
    starter = choose(read_answers({**ANSWERS, "team": team}))
    assert starter.approval_lead_days == lead == lead_days(size)
    assert starter.severity.get("WF005") == self_approval


def _one_person_practice(tmp_path: Path) -> Path:
    solo = {**ANSWERS, "team": [{"id": "kim", "name": "Kim Alvarez", "roles": ["author", "clinical", "privacy", "approver"]}]}
    return create(tmp_path / "solo", read_answers(solo)).root


def test_a_one_person_practice_approves_its_own_posts_and_builds_strictly(tmp_path):
    root = _one_person_practice(tmp_path)
    post = root / "content" / "posts" / "2027" / "03" / "02-tip.md"
    post.parent.mkdir(parents=True)
    post.write_text(
        "---\ntitle: Water\nuid: p-0001\npublish: 2027-03-02 10:00\nchannels: [facebook, instagram]\nguideline: personality\n"
        'status: approved\nauthor: kim\napprovals: [{by: kim, role: approver, "on": 2027-03-01}]\n---\n'
        "Drink a glass of water before your morning coffee. Small habits add up. What is yours?\n",
        encoding="utf-8",
    )
    draft = post.with_name("09-draft.md")  # due on the day: a one-person team has no lead time to miss
    draft.write_text(
        post.read_text(encoding="utf-8")
        .replace("p-0001", "p-0002")
        .replace("2027-03-02", "2027-03-07")
        .replace("status: approved", "status: draft")
        .replace('approvals: [{by: kim, role: approver, "on": 2027-03-01}]\n', ""),
        encoding="utf-8",
    )
    report = check_project(root, TODAY)
    assert [f.code for f in report.findings if f.severity.name != "INFO"] == []
    assert [f.code for f in report.findings] == ["WF005"]  # noted, never failing the build


def test_a_twice_weekly_rhythm_gets_no_gap_warning_for_a_normal_week(tmp_path):
    root = _one_person_practice(tmp_path)
    for day, uid in (("02", "p-1"), ("06", "p-2"), ("09", "p-3"), ("13", "p-4")):  # Tue, Sat, Tue, Sat
        path = root / "content" / "posts" / "2027" / "03" / f"{day}-p.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"---\ntitle: Tip {day}\nuid: {uid}\npublish: 2027-03-{day} 10:00\nchannels: [facebook]\nguideline: personality\nstatus: draft\nauthor: kim\n---\nA small habit for the week.\n",
            encoding="utf-8",
        )
    assert [f.code for f in check_project(root, TODAY).findings if f.code.startswith("CON")] == []
    (root / "content" / "posts" / "2027" / "03" / "06-p.md").unlink()  # a real 7-day gap on a 6-day limit
    assert [f.code for f in check_project(root, TODAY).findings if f.code.startswith("CON")] == ["CON001"]


# -- fuzzing: whatever init accepts, it writes a practice that checks clean ------------------------------
_TEXT = st.text(alphabet=st.characters(whitelist_categories=("L", "N", "Zs"), whitelist_characters="&'.,-:#\"!?()/é"), min_size=1, max_size=40)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_TEXT, contact=_TEXT, member=_TEXT)
def test_any_accepted_answers_give_a_practice_that_checks_clean(tmp_path_factory, name, contact, member):
    try:
        answers = read_answers({**ANSWERS, "name": name, "contact": {**ANSWERS["contact"], "name": contact}, "team": [{"id": "kim", "name": member, "roles": ["author"]}]})
    except Problem:
        return  # refused before writing: nothing to check
    root = create(tmp_path_factory.mktemp("fuzz") / "p", answers).root
    report = check_project(root, TODAY)
    assert report.corpus.plans.practice.name == answers.name
    assert report.corpus.plans.practice.contact.name == answers.contact_name
    assert report.corpus.plans.team["kim"].name == answers.team[0].name
    assert [f.text() for f in report.findings if f.severity.name != "INFO"] == []


# -- the sample stays one command away ------------------------------------------------------------------
def test_init_sample_writes_the_sample_with_the_pin(tmp_path):
    result = _run(["init", str(tmp_path / "demo"), "--sample"])
    assert result.exit_code == 0, result.output
    demo = tmp_path / "demo"
    assert (demo / "plans" / "practice.yml").read_bytes() == (REPO / "plans" / "practice.yml").read_bytes()
    assert len(list((demo / "content" / "posts").rglob("*.md"))) == len(list((REPO / "content" / "posts").rglob("*.md")))
    assert (demo / "requirements.txt").is_file() and not (demo / "hooks" / "playbook").exists()
    assert not [f for f in check_project(demo).findings if f.severity.name != "INFO"]


# -- the engine is a dependency: the workflow's install step in a fresh venv --------------------------------
def _shared_packages(folder: Path) -> Path:
    """The test environment's installed packages, without this engine: what a fresh venv may reuse offline."""
    folder.mkdir()
    site = Path(sysconfig.get_paths()["purelib"])
    skip = re.compile(r"^(practice_playbook|__editable__|playbook|pip|setuptools|wheel|_distutils_hack|distutils-precedence)|\.pth$", re.IGNORECASE)
    for entry in site.iterdir():
        if not skip.match(entry.name):
            (folder / entry.name).symlink_to(entry)
    return folder


def test_the_workflow_install_step_installs_the_pinned_engine_in_a_fresh_venv(practice, tmp_path):
    source = tmp_path / "engine"  # build from a copy: building writes into the source folder
    source.mkdir()
    for part in ("pyproject.toml", "setup.py", "README.md", "mkdocs.yml", "hooks", "content", "plans"):
        (shutil.copytree if (REPO / part).is_dir() else shutil.copy)(REPO / part, source / part, **({"ignore": shutil.ignore_patterns("__pycache__", "*.egg-info")} if (REPO / part).is_dir() else {}))
    wheels = tmp_path / "wheels"
    quiet = {**_env(), "PIP_CONFIG_FILE": os.devnull, "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(source)], env=quiet, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr[-3000:]

    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    fresh_site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True, check=True).stdout.strip())
    (fresh_site / "shared-dependencies.pth").write_text(f"{_shared_packages(tmp_path / 'deps')}\n", encoding="utf-8")

    workflow = yaml.safe_load((practice / ".github" / "workflows" / "playbook.yml").read_text(encoding="utf-8"))
    (install,) = [s["run"] for s in workflow["jobs"]["check"]["steps"] if "run" in s and s["run"].startswith("pip ")]
    env = {k: v for k, v in quiet.items() if k != "PYTHONPATH"} | {"PIP_FIND_LINKS": str(wheels), "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    installed = subprocess.run(shlex.split(install), cwd=practice, env=env, capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stdout[-2000:] + installed.stderr[-2000:]

    where = subprocess.run(
        [python, "-c", "import playbook, playbook_glue; print(playbook.__file__); print(playbook_glue.THEME_DIR)"], cwd=practice, env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert all(path.startswith(str(venv)) for path in where), where  # the installed engine and glue, not this repository's
    version = subprocess.run([venv / "bin" / "playbook", "--version"], env=env, capture_output=True, text=True, check=True).stdout
    assert engine_pin.running_version() in version

    build = subprocess.run(
        [python, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")], cwd=practice, env={**env, "PLAYBOOK_TODAY": TODAY}, capture_output=True, text=True, timeout=600
    )
    assert build.returncode == 0, build.stderr[-3000:]
    assert (tmp_path / "site" / "assets" / "stylesheets" / "playbook.css").is_file()  # the theme files came with the engine

    demo = subprocess.run([venv / "bin" / "playbook", "init", str(tmp_path / "demo"), "--sample"], env=env, capture_output=True, text=True, timeout=300)
    assert demo.returncode == 0, demo.stderr  # the wheel carries the sample practice
    assert (tmp_path / "demo" / "plans" / "practice.yml").read_bytes() == (REPO / "plans" / "practice.yml").read_bytes()


# -- the pin init writes -------------------------------------------------------------------------------
class _Installed:
    version = "0.1.0"

    def __init__(self, direct_url: str | None):
        self.direct_url = direct_url

    def read_text(self, name):
        return self.direct_url if name == "direct_url.json" else None


@pytest.mark.parametrize(
    "direct_url, pin",
    [
        (
            '{"url": "https://github.com/example/practice-playbook", "vcs_info": {"vcs": "git", "requested_revision": "v0.1.0", "commit_id": "3f2a"}}',
            "practice-playbook @ git+https://github.com/example/practice-playbook@v0.1.0",
        ),
        ('{"url": "https://github.com/example/practice-playbook", "vcs_info": {"vcs": "git", "commit_id": "3f2a9c1"}}', "practice-playbook @ git+https://github.com/example/practice-playbook@3f2a9c1"),
        ('{"url": "file:///home/me/practice-playbook", "dir_info": {"editable": true}}', None),  # a local folder: CI cannot reach it
        ('{"url": "file:///tmp/practice_playbook-0.1.0-py3-none-any.whl", "archive_info": {}}', None),
        (None, None),  # from an index
    ],
)
def test_init_pins_the_engine_it_runs_as_it_was_installed(monkeypatch, direct_url, pin):
    monkeypatch.delenv(engine_pin.ENV_VAR, raising=False)
    monkeypatch.setattr(importlib.metadata, "distribution", lambda name: _Installed(direct_url))  # engine_pin imports it when asked
    assert engine_pin.requirement() == (pin or f"practice-playbook=={engine_pin.running_version()}")
    monkeypatch.setenv(engine_pin.ENV_VAR, "practice-playbook==9.9.9")
    assert engine_pin.requirement() == "practice-playbook==9.9.9"
    assert engine_pin.requirement("practice-playbook @ https://example.test/p.whl") == "practice-playbook @ https://example.test/p.whl"


def test_engine_spec_option_is_written_to_both_pins(tmp_path):
    spec = "practice-playbook @ git+https://github.com/example/practice-playbook@v0.1.0"
    assert _run(["init", str(tmp_path / "p"), *FLAGS, "--engine-spec", spec]).exit_code == 0
    assert engine_pin.pinned(tmp_path / "p")[0] == spec
    hooks = yaml.safe_load((tmp_path / "p" / ".pre-commit-config.yaml").read_text(encoding="utf-8"))["repos"][0]["hooks"]
    assert hooks[0]["additional_dependencies"] == [spec]
    assert not [f for f in check_project(tmp_path / "p", TODAY).findings if f.code == "FM041"]  # v0.1.0 is the running version
