"""Worker processes (workers.py) share a cold check's per-file rules and never change a result.

The check-level tests run the check in a child process of their own, as `playbook check` and
`mkdocs build` run it: a fresh process, with nothing of the test suite's in it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
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


@pytest.fixture
def forking(monkeypatch):
    """Workers for every job count, on two cores, whatever this machine has."""
    monkeypatch.setattr(workers, "MIN_JOBS", 1)
    monkeypatch.setattr(workers, "cores", lambda: 2)
    monkeypatch.delenv(workers.VARIABLE, raising=False)
    assert threading.active_count() == 1, f"a thread left running by an earlier test: {threading.enumerate()}"


def _square(n: int) -> int:
    return n * n


def test_jobs_run_in_workers_give_what_they_give_here(forking):
    jobs = list(range(200))
    assert workers.run_all(jobs, _square) == [n * n for n in jobs]


def test_the_jobs_a_child_runs_are_not_this_process_s(forking):
    """The pids prove the workers ran the jobs past the lead, and the lead ran here."""
    found = workers.run_all(list(range(60)), lambda _: os.getpid())
    assert found is not None
    assert set(found[: workers.LEAD]) == {os.getpid()}
    assert os.getpid() not in found[workers.LEAD :]


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


def test_no_fork_while_another_thread_runs(monkeypatch):
    """A fork copies only the calling thread; a lock another thread holds would stay held in the child."""
    monkeypatch.setattr(workers, "MIN_JOBS", 1)
    monkeypatch.setattr(workers, "cores", lambda: 2)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not workers.can_fork()
        assert workers.run_all(list(range(100)), _square) is None
    finally:
        stop.set()
        other.join()


def _raises(n: int) -> int:
    if n == 50:
        raise ValueError("a rule that fails")
    return n


def _dies(n: int) -> int:
    if n == 50 and workers._job is not None:  # in a worker only
        os._exit(3)
    return n


@pytest.mark.parametrize("run", [_raises, _dies], ids=["a job raises", "a worker dies"])
def test_a_failing_worker_hands_the_jobs_back(forking, run):
    """None: the caller runs every job itself, so a rule's error is raised there, with its own traceback."""
    assert workers.run_all(list(range(100)), run) is None
    assert workers._job is None


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
workers.run_all = lambda jobs, run: used.append(run_all(jobs, run) is not None) or run_all(jobs, run)
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
    monkeypatch.setattr(workers, "run_all", lambda jobs, run: asked.append(len(jobs)))
    assert check_project(sample_copy, cache=False).findings == expected
    assert asked and asked[0] > 20  # every post and reply of the sample was offered to the workers
