"""The head start (headstart.py): `playbook check FILE` imports the rule families in a forked helper
while it reads the repository, and the helper's findings are the ones this process would find.

Whatever forks runs in a fresh Python, as `playbook check` runs: the test process holds pytest-xdist's
threads, and beside another thread nothing is forked (workers.can_fork).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from playbook import check, workers

from .conftest import REPO, sample_copy  # noqa: F401 - a fixture

PRELUDE = (
    "import json, os, sys, time\nfrom playbook import headstart, workers\nworkers.cores = lambda: 2\n"
    "def run_all(helper, run, shared, jobs):\n    return helper.receive() if helper.send(run, shared, jobs) else None\n"
)


@pytest.fixture(autouse=True)
def _own_cache_key(tmp_path, monkeypatch):
    """Each test's checks keep their key and patterns in a folder of their own, not in ~/.cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))


def _environment() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks")}
    env.pop("PLAYBOOK_NO_CACHE", None)
    env.pop(workers.VARIABLE, None)
    return env


def _fresh(code: str, *args: str) -> dict | list | bool:
    """Run `code` in a new Python on two cores (as this machine may not have): it prints JSON."""
    result = subprocess.run([sys.executable, "-c", PRELUDE + code, *args], capture_output=True, text=True, env=_environment(), timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def test_the_helper_runs_the_jobs_in_another_process_with_its_modules_imported():
    found = _fresh(
        "def run(shared, job):\n    return [shared, job, os.getpid(), 'wave' in sys.modules]\n"  # pickled by name: the fork has it
        "helper = headstart.HeadStart.begin(['wave'])\n"
        "found = run_all(helper, run, 'shared', ['a', 'b'])\n"
        "again, waiting = run_all(helper, run, 'more', ['c']), helper.pid\n"
        "helper.close()\n"
        "print(json.dumps([found, again, os.getpid(), 'wave' in sys.modules, waiting, helper.pid]))"
    )
    results, again, here, imported_here, waiting, pid_after = found
    assert [r[:2] for r in results] == [["shared", "a"], ["shared", "b"]]
    assert {r[2] for r in results} != {here}  # computed elsewhere
    assert all(r[3] for r in results)  # the helper imported what it was asked to
    assert not imported_here  # and this process did not
    assert [r[:2] for r in again] == [["more", "c"]] and again[0][2] == results[0][2]  # the same helper, waiting for more
    assert waiting != 0 and pid_after == 0  # reaped once closed


HELPERS = """
REHEARSED = None
def raises(shared, job):
    raise ValueError(job)
def dies(shared, job):
    os._exit(3)
def unpicklable(shared, job):
    return lambda: job
def rehearsed(shared, job):
    return REHEARSED
def rehearse():
    global REHEARSED
    REHEARSED = 'yes'
def fails():
    raise RuntimeError('no')
"""


@pytest.mark.parametrize("run", ["raises", "dies", "unpicklable"])
def test_a_failing_helper_hands_the_jobs_back(run):
    """None: the caller runs the jobs itself, so a rule's error is raised there with its own traceback."""
    found = _fresh(HELPERS + f"helper = headstart.HeadStart.begin([])\nprint(json.dumps([run_all(helper, {run}, None, [1, 2]) is None, helper.pid]))")
    assert found == [True, 0]


def test_the_rehearsal_runs_in_the_helper_before_the_jobs_and_a_failing_one_is_dropped():
    found = _fresh(
        HELPERS + "first = run_all(headstart.HeadStart.begin([], rehearse), rehearsed, None, [1])\n"
        "second = run_all(headstart.HeadStart.begin([], fails), rehearsed, None, [1])\n"
        "print(json.dumps([first, second, REHEARSED]))"
    )
    assert found == [["yes"], [None], None]  # the rehearsal's effects stay in the helper


def test_closing_stops_a_helper_that_is_still_busy_and_reaps_it():
    found = _fresh(
        "helper = headstart.HeadStart.begin([], lambda: time.sleep(120))\n"
        "pid, begun = helper.pid, time.perf_counter()\n"
        "helper.close()\n"
        "helper.close()\n"  # twice does nothing
        "try:\n    os.waitpid(pid, os.WNOHANG)\n    reaped = False\nexcept ChildProcessError:\n    reaped = True\n"
        "print(json.dumps([time.perf_counter() - begun < 60, reaped, helper.pid]))"
    )
    assert found == [True, True, 0]


def test_receiving_without_sending_gives_nothing_at_once_and_stops_the_helper():
    found = _fresh(
        "helper = headstart.HeadStart.begin([], lambda: time.sleep(120))\n"
        "begun = time.perf_counter()\n"
        "print(json.dumps([helper.receive(), time.perf_counter() - begun < 60, helper.pid, helper.send(len, None, [1])]))"
    )
    assert found == [None, True, 0, False]


def test_what_the_helper_prints_never_reaches_the_terminal():
    result = subprocess.run(
        [sys.executable, "-c", PRELUDE + "def shout():\n    print('helper out'); print('helper err', file=sys.stderr)\n"
         "def size(shared, job):\n    print('job out', flush=True)\n    return len(job)\n"
         "helper = headstart.HeadStart.begin([], shout)\nprint(run_all(helper, size, None, ['ab']))"],
        capture_output=True, text=True, env=_environment(), timeout=600, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stdout, result.stderr) == (0, "[2]\n", "")


def test_no_helper_beside_another_thread_with_playbook_workers_1_or_on_one_core():
    found = _fresh(
        "import threading\n"
        "stop = threading.Event()\n"
        "thread = threading.Thread(target=stop.wait)\n"
        "thread.start()\n"
        "beside = headstart.HeadStart.begin([])\n"
        "stop.set()\n"
        "thread.join()\n"
        "os.environ[workers.VARIABLE] = '1'\n"
        "capped = headstart.HeadStart.begin([])\n"
        "del os.environ[workers.VARIABLE]\n"
        "workers.cores = lambda: 1\n"
        "alone = headstart.HeadStart.begin([])\n"
        "print(json.dumps([beside is None, capped is None, alone is None]))"
    )
    assert found == [True, True, True]


def test_what_the_helper_compiles_is_kept(tmp_path):
    found = _fresh(
        "from pathlib import Path\n"
        "from playbook import patternstore\n"
        "def compiled(shared, job):\n    return patternstore.compile(f'helper{job}[a-z]+y').pattern\n"
        f"folder = Path({str(tmp_path)!r})\n"
        "with patternstore.kept(folder, b'engine'):\n"
        "    found = run_all(headstart.HeadStart.begin([]), compiled, None, [1, 2])\n"
        "store = patternstore.PatternStore(next(folder.glob('patterns-*.bin')))\n"
        "print(json.dumps([found, sorted(p for p, _ in store.stored)]))"
    )
    assert found == [["helper1[a-z]+y", "helper2[a-z]+y"], ["helper1[a-z]+y", "helper2[a-z]+y"]]


_CHECK = """
from playbook.check import check_project
used = []
receive = headstart.HeadStart.receive
def spied(self):
    found = receive(self)
    used.append(None if found is None else len(found))
    return found
headstart.HeadStart.receive = spied
from playbook import check
corpus_runs = []
corpus_findings = check.corpus_findings
check.corpus_findings = lambda *args: corpus_runs.append(1) or corpus_findings(*args)
report = check_project(sys.argv[1], cache=sys.argv[2] == "cache", changed=json.loads(sys.argv[3]))
print(json.dumps({"used": used, "findings": [repr(f) for f in report.findings], "corpus runs": len(corpus_runs)}))
"""

LEAK = "Maria Lopez, 34, had her knee surgery with us on 2027-01-03. Call her at (312) 555-0142 to say hi!"


def test_a_check_with_a_head_start_finds_what_a_check_without_the_cache_finds(sample_copy):  # noqa: F811 - the fixture
    """The pre-commit case: an earlier check filled the cache, one post changed, its path is named."""
    posts = sorted((sample_copy / "content/posts").rglob("*.md"))
    edited, other = posts[0], posts[1]
    rel = edited.relative_to(sample_copy).as_posix()
    assert _fresh(_CHECK, str(sample_copy), "cache", "[]")["used"] == []  # fills the cache: no head start without paths
    edited.write_text(edited.read_text(encoding="utf-8") + f"\n{LEAK}\n", encoding="utf-8")
    fast = _fresh(_CHECK, str(sample_copy), "cache", json.dumps([rel]))
    assert fast["used"] == [1]  # the edited post was checked by the head start
    assert fast["corpus runs"] == 1  # while it did, the corpus rules ran here: once
    plain = _fresh(_CHECK, str(sample_copy), "none", "[]")
    assert fast["findings"] == plain["findings"]
    assert any("PHI" in f and rel in f for f in fast["findings"])  # the leak was found
    again = _fresh(_CHECK, str(sample_copy), "cache", json.dumps([rel]))
    assert again["used"] == []  # nothing changed since: the helper was not asked
    assert again["findings"] == plain["findings"]
    other.write_text(other.read_text(encoding="utf-8") + f"\n{LEAK}\n", encoding="utf-8")
    misnamed = _fresh(_CHECK, str(sample_copy), "cache", json.dumps([rel]))  # a file changed that was not named
    assert misnamed["used"] == [1]
    assert misnamed["findings"] == _fresh(_CHECK, str(sample_copy), "none", "[]")["findings"]


_RAISES = """
from playbook import check
started = []
begin = headstart.HeadStart.begin.__func__
def spied(cls, *args):
    helper = begin(cls, *args)
    started.append(helper is not None)
    return helper
headstart.HeadStart.begin = classmethod(spied)
def broken(*args):
    raise RuntimeError("a corpus rule raised")
check.corpus_findings = broken
try:
    check.check_project(sys.argv[1], cache=True, changed=json.loads(sys.argv[2]))
except RuntimeError:
    pass
try:
    os.waitpid(-1, os.WNOHANG)
    left = True
except ChildProcessError:
    left = False
print(json.dumps([started, left]))
"""


def test_no_helper_is_left_when_the_check_raises_while_it_works(sample_copy):  # noqa: F811 - the fixture
    post = sorted((sample_copy / "content/posts").rglob("*.md"))[0]
    rel = post.relative_to(sample_copy).as_posix()
    _fresh(_CHECK, str(sample_copy), "cache", "[]")
    post.write_text(post.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert _fresh(_RAISES, str(sample_copy), json.dumps([rel])) == [[True], False]  # a helper started, and none is left


def test_the_rehearsal_reads_no_file_a_link_leads_out_of_the_repository_to(sample_copy, tmp_path, monkeypatch):  # noqa: F811 - the fixture
    outside = tmp_path / "outside.md"
    outside.write_text("---\ntitle: Secret\n---\nNot ours.\n", encoding="utf-8")
    posts = sample_copy / "content/posts"
    (posts / "linked.md").symlink_to(outside)
    inside = sorted(posts.rglob("*.md"))[0]
    read = []
    real = check.read_source
    monkeypatch.setattr(check, "read_source", lambda path: read.append(Path(path)) or real(path))
    listing = check._listing()
    from playbook.config import load_rule_config
    from playbook.plans import load_plans

    config, _ = load_rule_config(load_plans(sample_copy)[0].rules)
    names = ["content/posts/linked.md", "../outside.md", "plans/team.yml", inside.relative_to(sample_copy).as_posix(), "content/posts"]
    check._rehearse(sample_copy, None, names, listing, config)
    assert read == [inside.resolve()]  # the named post alone: no link out, no file outside the content folders, no folder


_APART = """
import hashlib
from playbook import check
from playbook.site.rulepages import kept_rule_docs
workers.MIN_JOBS = 1  # the sample's files are shared among the helper's own workers
used = []
receive = headstart.HeadStart.receive
headstart.HeadStart.receive = lambda self: (found := receive(self), used.append(None if found is None else len(found)))[0]
with check.rules_apart(sys.argv[1], cache=True) as helper:
    report = check.check_project(sys.argv[1], cache=True, helper=helper)
    docs = hashlib.sha256(kept_rule_docs(None, helper)).hexdigest() if sys.argv[2:] == ["docs"] else None
families = sorted(name for name in sys.modules if name.startswith("playbook.rules."))
print(json.dumps({"helper": helper is not None, "used": used, "families": families, "findings": [repr(f) for f in report.findings],
                  "facts": len(report.facts), "docs": docs}))
"""


def test_a_build_checks_in_a_helper_and_never_imports_the_rule_families(sample_copy):  # noqa: F811 - the fixture
    """check_project(helper=...), as a build calls it: the helper lists the rules and checks the files the cache
    does not know, so the build's own process never holds the per-file rules (they stayed in its memory while
    it rendered the site); a corpus rule's family alone is imported here."""
    plain = _fresh(_CHECK, str(sample_copy), "none", "[]")["findings"]
    cold = _fresh(_APART, str(sample_copy), "docs")
    assert cold["helper"] and cold["used"][0] == 1  # the rule listing came from the helper ...
    assert cold["used"][1] > 10  # ... and so did the findings of every post and reply (among its workers)
    assert cold["used"][2:] and set(cold["used"][2:]) == {1}  # ... and the rules' names (waivers) and reference, which is
    assert cold["docs"] == _fresh(  # the one this process would make
        "import hashlib\nfrom playbook.site.rulepages import rule_docs\nprint(json.dumps(hashlib.sha256(rule_docs().encode()).hexdigest()))"
    )
    corpus_families = {"playbook.rules.community", "playbook.rules.consistency", "playbook.rules.personality", "playbook.rules.reviews"}
    assert set(cold["families"]) <= corpus_families | {"playbook.rules.context", "playbook.rules.registry"}
    assert cold["findings"] == plain
    assert cold["facts"] > 10  # what the corpus rules asked of each file meanwhile was kept with its findings
    warm = _fresh(_APART, str(sample_copy))
    assert warm["used"] == [] and warm["findings"] == plain  # nothing changed: the helper was not asked
    post = sorted((sample_copy / "content/posts").rglob("*.md"))[2]
    post.write_text(post.read_text(encoding="utf-8") + f"\n{LEAK}\n", encoding="utf-8")
    edited = _fresh(_APART, str(sample_copy))
    assert edited["used"] == [1]  # the edited post was checked in the helper
    assert not any(name.startswith("playbook.rules.privacy") for name in edited["families"])
    assert edited["findings"] == _fresh(_CHECK, str(sample_copy), "none", "[]")["findings"]
    assert any("PHI" in f and post.name in f for f in edited["findings"])


def test_workers_of_a_helper_stopped_mid_batch_do_not_outlive_it(tmp_path):
    """A big batch runs among the helper's own workers (workers.py); closing the helper while they work (Ctrl-C,
    a corpus rule that raised) kills it, and its workers die with it instead of waiting for parts for ever."""
    found = _fresh(
        "MAIN = os.getpid()\n"
        f"FOLDER = {str(tmp_path)!r}\n"
        "def slow(shared, job):\n"
        "    if os.getppid() != MAIN:  # a worker (its parent is the helper): note it, then work for a long time\n"
        "        open(os.path.join(FOLDER, str(os.getpid())), 'w').close()\n"
        "        time.sleep(120)\n"
        "    return job\n"
        "helper = headstart.HeadStart.begin([])\n"
        "assert helper.send(slow, None, list(range(400)))\n"
        "begun = time.monotonic()\n"
        "while len(os.listdir(FOLDER)) < 2 and time.monotonic() - begun < 60:\n"
        "    time.sleep(0.05)\n"
        "seen = [int(name) for name in os.listdir(FOLDER)]\n"
        "helper.close()\n"
        "def alive(pid):\n"
        "    try:\n"
        "        with open(f'/proc/{pid}/stat') as handle:\n"
        "            return handle.read().rsplit(')', 1)[1].split()[0] not in ('Z', 'X')\n"
        "    except OSError:\n"
        "        return False\n"
        "while any(alive(pid) for pid in seen) and time.monotonic() - begun < 90:\n"
        "    time.sleep(0.05)\n"
        "print(json.dumps([len(seen), [pid for pid in seen if alive(pid)]]))"
    )
    assert found[0] >= 2  # the helper's workers were at work
    assert found[1] == []  # and none outlived it


_LISTED = {
    "post": (("PHI003", "playbook.rules.privacy.names"), ("SEC002", "playbook.rules.security"), ("PER002", "playbook.rules.personality")),
    "response": (("PHI003", "playbook.rules.privacy.names"), ("SEC002", "playbook.rules.security"), ("TPL001", "playbook.rules.templates")),
}


@pytest.mark.parametrize(
    ("named", "families"),
    [
        (["content/posts/2027/01/a.md"], ["playbook.rules.personality", "playbook.rules.privacy.names", "playbook.rules.security"]),
        (["content/responses/thanks.md"], ["playbook.rules.privacy.names", "playbook.rules.security", "playbook.rules.templates"]),
        (["content/posts/a.md", "content/posts/b.md"], ["playbook.rules.personality", "playbook.rules.privacy.names", "playbook.rules.security"]),
        (["content/posts"], ["playbook.rules.personality", "playbook.rules.privacy.names", "playbook.rules.security", "playbook.rules.templates"]),
        (["plans/practice.yml"], ["playbook.rules.personality", "playbook.rules.privacy.names", "playbook.rules.security", "playbook.rules.templates"]),
        (["content/posts/a.md", "content/responses/b.md"], ["playbook.rules.personality", "playbook.rules.privacy.names", "playbook.rules.security", "playbook.rules.templates"]),
    ],
)
def test_the_head_start_imports_the_families_of_the_named_files_kinds(named, families):
    assert check._families(_LISTED, named) == families


def test_a_posts_families_never_import_jinja():
    """What the head start imports for a changed post: Jinja (and the reply templates' rules) load only for a reply."""
    from playbook.config import RuleConfig

    families = check._families(check._wanted(check._listing(), RuleConfig()), ["content/posts/2027/01/a.md"])
    assert len(families) > 10 and "playbook.rules.templates" not in families
    code = "import importlib, json, sys\nfor family in sys.argv[1:]:\n    importlib.import_module(family)\nprint(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'jinja2')))\n"
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks")}
    result = subprocess.run([sys.executable, "-c", code, *families], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout) == []
