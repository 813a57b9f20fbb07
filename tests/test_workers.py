"""Worker processes (workers.py) share a cold check's per-file rules and never change a result.

Whatever forks runs in a child process of its own, as `playbook check` and `mkdocs build` run:
a fresh process. The test process holds pytest-xdist's threads, and beside another thread
nothing is forked.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from playbook import workers

from .conftest import REPO, sample_copy  # noqa: F401 - a fixture

SNIPPETS = (  # copy the rules have something to say about, so the findings compared are many and varied
    "Maria Lopez, 34, had her knee surgery with us on 2027-01-03. Call her at (312) 555-0142 to say hi!",
    "Book now: 20% off every knee brace with promo code WINTER, limited time offer! #bookNow #kneebrace",
    "Leave us 5 stars and get a free coffee! Unhappy? Email us first instead.",
    "<script>alert(1)</script> Come to the walk!",
    "El señor de la tienda de la esquina vino por su operación de cadera.",
    "Stretch for five minutes before you shovel. #WinterSafety",
)


def _fresh(code: str, timeout: float = 600) -> dict:
    """Run `code` in a new Python, `workers` imported and set to fork for any number of jobs on two cores:
    a fork beside the test process's own threads (pytest-xdist's) would prove nothing. It prints JSON."""
    prelude = "import json, os, sys, time\nfrom playbook import workers\nworkers.MIN_JOBS, workers.cores = 1, lambda: 2\n"
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks")}
    env.pop(workers.VARIABLE, None)
    result = subprocess.run([sys.executable, "-c", prelude + code], capture_output=True, text=True, env=env, timeout=timeout, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def test_jobs_run_in_workers_give_what_they_give_here():
    found = _fresh("print(json.dumps(workers.run_all(list(range(200)), lambda n: n * n)))")
    assert found == [n * n for n in range(200)]


def test_the_jobs_past_the_lead_run_in_other_processes():
    found = _fresh("print(json.dumps([os.getpid(), workers.run_all(list(range(60)), lambda _: os.getpid())]))")
    here, pids = found
    assert set(pids[: workers.LEAD]) == {here}
    assert here not in pids[workers.LEAD :]  # which worker takes which part is the pool's (one may take all: a flaky count)


def test_no_fork_while_another_thread_runs():
    """A fork copies only the calling thread; a lock another thread holds would stay held in the child."""
    found = _fresh(
        "import threading\n"
        "alone = workers.can_fork()\n"
        "stop = threading.Event(); other = threading.Thread(target=stop.wait); other.start()\n"
        "beside = [workers.can_fork(), workers.run_all(list(range(100)), abs)]\n"
        "stop.set(); other.join()\n"
        "end = time.monotonic() + 30\n"
        "while not workers.can_fork() and time.monotonic() < end:  # a joined thread leaves /proc/self/task a moment later\n"
        "    time.sleep(0.01)\n"
        "print(json.dumps([alone, beside, workers.can_fork()]))"
    )
    assert found == [True, [False, None], True]


@pytest.mark.parametrize(
    "job",
    [
        "int('a rule that fails') if n == 50 else n",  # ValueError
        "os._exit(3) if n == 50 and workers._job is not None else n",  # in a worker only
        "(lambda: n) if n == 50 else n",  # a result no pickle takes back to the parent
    ],
    ids=["a job raises", "a worker dies", "a result that cannot come back"],
)
def test_a_failing_worker_hands_the_jobs_back(job):
    """None: the caller runs every job itself, so a rule's error is raised there, with its own traceback."""
    found = _fresh(f"found = workers.run_all(list(range(100)), lambda n: {job})\nprint(json.dumps([found is None, workers._job is None, len(found or ())]))")
    assert found == [True, True, 0]


def test_ctrl_c_stops_the_workers_at_once(tmp_path):
    """Ctrl-C reaches the whole process group: the workers ignore it, the parent stops them and stops itself."""
    started = tmp_path / "started"
    code = (
        f"import sys; sys.path.insert(0, {str(REPO / 'hooks')!r})\n"
        "from playbook import workers\n"
        "workers.MIN_JOBS, workers.cores = 1, lambda: 2\n"
        "import os, signal, time\n"
        "signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal: a pytest-xdist worker ignores it, and so would we\n"
        "def job(n):\n"
        "    if workers._job is not None:  # in a worker: the lead runs here at once\n"
        f"        open({str(started)!r} + str(os.getpid()), 'w').close()\n"
        "        time.sleep(0.5)\n"
        "workers.run_all(list(range(400)), job)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        for _ in range(1200):  # until both workers run a job (60 s at most)
            if len(list(tmp_path.glob("started*"))) == 2:
                break
            time.sleep(0.05)
        assert len(list(tmp_path.glob("started*"))) == 2
        os.killpg(process.pid, signal.SIGINT)
        _, errors = process.communicate(timeout=60)  # 400 jobs of 0.5 s would take 100 s
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode != 0
    assert errors.count("KeyboardInterrupt") == 1, errors  # the parent's; no worker prints a traceback
    for worker in tmp_path.glob("started*"):
        with pytest.raises(ProcessLookupError):
            os.kill(int(worker.name.removeprefix("started")), 0)


def test_what_a_worker_compiles_is_kept(tmp_path):
    """Patterns first compiled in a worker come back with its results, and the store keeps them."""
    found = _fresh(
        "from pathlib import Path\n"
        "from playbook import patternstore\n"
        f"folder = Path({str(tmp_path)!r})\n"
        "with patternstore.kept(folder, b'engine'):\n"
        "    found = workers.run_all(list(range(40)), lambda n: patternstore.compile(f'worker{n}[a-z]+x').pattern)\n"
        "store = patternstore.PatternStore(next(folder.glob('patterns-*.bin')))\n"
        "print(json.dumps([found, sorted(p for p, _ in store.stored)]))"
    )
    made, stored = found
    assert made == [f"worker{n}[a-z]+x" for n in range(40)]
    assert sorted(made) == stored  # the lead's, compiled here, and every worker's


@pytest.mark.parametrize(
    ("jobs", "setting", "expected"),
    [
        (10_000, "", 2),  # one a core
        (10_000, "1", 1),  # PLAYBOOK_WORKERS=1: none
        (10_000, "0", 1),
        (10_000, "many", 2),  # unreadable: the default
        (99, "", 1),  # too few jobs to pay for two workers
        (100, "", 2),
    ],
)
def test_the_number_of_workers(monkeypatch, jobs, setting, expected):
    monkeypatch.setattr(workers, "cores", lambda: 2)
    monkeypatch.setenv(workers.VARIABLE, setting)
    assert workers.count(jobs) == expected


def test_more_cores_more_workers_up_to_the_cap(monkeypatch):
    monkeypatch.setattr(workers, "cores", lambda: 64)
    monkeypatch.delenv(workers.VARIABLE, raising=False)
    assert workers.count(10_000) == workers.MAX_WORKERS
    monkeypatch.setenv(workers.VARIABLE, "3")
    assert workers.count(10_000) == 3


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"/sys/fs/cgroup/cpu.max": [200000, 100000]}, 2),  # cgroup v2: two cores' time per period
        ({"/sys/fs/cgroup/cpu.max": [150000, 100000]}, 2),  # one and a half: rounded up
        ({"/sys/fs/cgroup/cpu.max": []}, 0),  # "max 100000": no quota
        ({"/sys/fs/cgroup/cpu/cpu.cfs_quota_us": [50000], "/sys/fs/cgroup/cpu/cpu.cfs_period_us": [100000]}, 1),  # cgroup v1
        ({"/sys/fs/cgroup/cpu/cpu.cfs_quota_us": [-1], "/sys/fs/cgroup/cpu/cpu.cfs_period_us": [100000]}, 0),
        ({}, 0),  # no control group files at all
    ],
)
def test_a_container_s_cpu_quota_caps_the_cores(monkeypatch, files, expected):
    """A container allowed one core on a 64-core machine gets one worker, not eight."""
    monkeypatch.setattr(workers, "_numbers", lambda path: files.get(path, []))
    assert workers._quota() == expected
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda _: set(range(64)))
    assert workers.cores() == (expected or 64)


@pytest.mark.parametrize(("start", "stop", "parts"), [(8, 9, 8), (8, 100, 8), (0, 7, 3), (8, 2008, 8), (8, 8, 4)])
def test_parts_cover_every_index_once_in_order(start, stop, parts):
    cut = workers._parts(start, stop, parts)
    assert [n for begin, end in cut for n in range(begin, end)] == list(range(start, stop))
    assert all(begin < end for begin, end in cut)
    assert len(cut) <= parts


_CHECK = """
import json, sys
from playbook import workers
from playbook.check import check_project
workers.MIN_JOBS, workers.cores = 1, lambda: 2
used = []
run_all = workers.run_all
def spied(jobs, run):
    found = run_all(jobs, run)
    used.append(found is not None)
    return found
workers.run_all = spied
report = check_project(sys.argv[1], cache=sys.argv[2] == "cache")
print(json.dumps({"used": used, "findings": [repr(f) for f in report.findings], "codes": [f.code for f in report.findings]}))
"""


def _checked(root: Path, workers_setting: str, cache: bool) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks"), workers.VARIABLE: workers_setting}
    env.pop("PLAYBOOK_NO_CACHE", None)
    result = subprocess.run(
        [sys.executable, "-c", _CHECK, str(root), "cache" if cache else "none"],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def test_a_check_in_workers_finds_what_one_process_finds(sample_copy):  # noqa: F811 - the fixture
    """The sample with copy of every kind added: the same findings, in the same order, with workers or
    without, cached or not; and a cached run after the workers' cold one agrees too."""
    posts = sample_copy / "content/posts/2027/03"
    posts.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(SNIPPETS * 4):
        post = f"---\ntitle: Note {n}\nuid: worker-{n:04d}\npublish: 2027-03-{n % 28 + 1:02d} 09:00\nchannels: [facebook]\nguideline: community\nstatus: draft\nauthor: spatel\n---\n{text}\n"
        (posts / f"{n % 28 + 1:02d}-note-{n}.md").write_text(post, encoding="utf-8")
    alone = _checked(sample_copy, "1", cache=False)
    assert alone["used"] == []  # PLAYBOOK_WORKERS=1: no workers asked for
    shared = _checked(sample_copy, "", cache=False)
    assert shared["used"] == [True]
    assert shared["findings"] == alone["findings"]
    assert {"PHI004", "PHI011", "FTC003", "SEC002"} <= set(alone["codes"])  # privacy, honesty, markup: every kind of rule
    cold = _checked(sample_copy, "", cache=True)
    assert cold["used"] == [True]
    warm = _checked(sample_copy, "", cache=True)
    assert warm["used"] == []  # the cache knows every file: nothing to share
    assert cold["findings"] == warm["findings"] == alone["findings"]


def test_when_workers_fail_the_check_runs_every_file_itself(monkeypatch, sample_copy):  # noqa: F811 - the fixture
    """run_all's None (a worker died, or could not start): the same findings, every file checked here."""
    from playbook.check import check_project

    expected = check_project(sample_copy, cache=False).findings
    asked = []
    monkeypatch.setattr(workers, "MIN_JOBS", 1)
    monkeypatch.setattr(workers, "cores", lambda: 2)
    monkeypatch.delenv(workers.VARIABLE, raising=False)
    monkeypatch.setattr(workers, "can_fork", lambda: True)  # as in a process of one thread: the workers are asked (and fail)
    monkeypatch.setattr(workers, "run_all", lambda jobs, run: asked.append(len(jobs)))
    assert check_project(sample_copy, cache=False).findings == expected
    assert asked and asked[0] > 20  # every post and reply of the sample was offered to the workers
