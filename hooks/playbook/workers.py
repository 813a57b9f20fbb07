"""Many independent jobs shared among forked worker processes, when that pays: a cold check's per-file rules.

A cold check is the per-file rules over every file, one file after another, and they are most of
its time (some 7 ms a post). A file's findings depend on the file, the plans and the day alone
(which is what lets the result cache keep them), so which process computes them cannot change
them. On a 2-core machine two workers take a cold check of 2,000 posts from 14.2 s to 8.3 s of
wall time for 8% more CPU time (scripts/bench.py measures it).

Forked, not spawned: a child starts with the rules imported and the patterns this process has
compiled, and only indices and findings cross between processes (and the patterns a child
compiled, which come back so the pattern store keeps them). A fork copies no other thread, and a
lock another thread held would stay held in the child, so jobs run here whenever this process
runs more than one thread (a `mkdocs serve` rebuild: its server's threads) and wherever forking
is not the platform's usual way (macOS and Windows spawn). PLAYBOOK_WORKERS caps the workers (1:
none). When a worker cannot start or fails, `run_all` returns None and the caller runs every job
itself, so a rule that raises does so with its own traceback, as without workers. Ctrl-C, which
the terminal sends to every process of the group, is the parent's alone: it stops the workers.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

from . import patternstore

T = TypeVar("T")
R = TypeVar("R")

VARIABLE = "PLAYBOOK_WORKERS"
MAX_WORKERS = 8
PR_SET_PDEATHSIG = 1  # prctl(2)
MIN_JOBS = 50  # per worker: forking and starting one costs about what a few files' rules do
LEAD = 8  # jobs run here before the fork, so the patterns most files need are compiled once, not in every worker
PARTS = 4  # parts per worker: one slow part then holds the others up less

_job: tuple[Sequence, Callable, patternstore.Seen] | None = None  # (jobs, run, seen) while workers run: a forked child reads it from here


def count(jobs: int) -> int:
    """How many workers `jobs` jobs get (1: they run here): one per core this process may use, at most
    PLAYBOOK_WORKERS or MAX_WORKERS, each with MIN_JOBS jobs at least."""
    return max(1, min(allowed(), jobs // MIN_JOBS))


def pays(jobs: int) -> bool:
    """Whether run_all shares `jobs` jobs among workers (else it returns None at once, and they run here)."""
    return count(jobs) >= 2 and can_fork()


def allowed() -> int:
    """How many processes may share work at most: one per core this process may use, at most PLAYBOOK_WORKERS or MAX_WORKERS."""
    wanted = os.environ.get(VARIABLE, "").strip()
    limit = int(wanted) if wanted.isdigit() else MAX_WORKERS
    return max(1, min(limit, cores()))


def cores() -> int:
    """The cores this process may use: `taskset` and a container's CPU quota may allow fewer than the machine has."""
    allowed = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    quota = _quota()
    return max(1, min(allowed, quota)) if quota else allowed


def _quota() -> int:
    """The CPU quota of this process's control group in whole cores (rounded up), 0 for none."""
    found = _numbers("/sys/fs/cgroup/cpu.max")  # cgroup v2: "200000 100000", or "max 100000" (none)
    if len(found) != 2:  # cgroup v1: the quota (-1: none) and the period in two files
        found = _numbers("/sys/fs/cgroup/cpu/cpu.cfs_quota_us") + _numbers("/sys/fs/cgroup/cpu/cpu.cfs_period_us")
    if len(found) != 2 or found[0] <= 0 or found[1] <= 0:
        return 0
    limit, period = found
    return -(-limit // period)


def _numbers(path: str) -> list[int]:
    """The whole numbers a small control-group file holds, in order; [] when it cannot be read or holds another word."""
    try:
        with open(path, encoding="ascii") as handle:
            return [int(word) for word in handle.read(100).split()]
    except (OSError, ValueError):
        return []


def can_fork() -> bool:
    """Whether forking a worker here is safe: Linux, this process's only thread (those `threading` started and
    any other: an extension's, execnet's), not itself a worker."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and _threads() == 1 and _job is None


def _threads() -> int:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 0  # not known: never fork


def run_all(jobs: Sequence[T], run: Callable[[T], R]) -> list[R] | None:
    """`[run(job) for job in jobs]`, the jobs shared among worker processes; None when workers would not
    pay or failed (then the caller runs the jobs itself). `run` must depend on its job and on what this
    process held before the call alone: a child's changes to anything else are lost with it, but for the
    patterns it compiles (patternstore.news), which come back with its results."""
    if not pays(len(jobs)):
        return None
    workers = count(len(jobs))
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _job
    results = [run(job) for job in jobs[:LEAD]]
    _job = (jobs, run, patternstore.Seen())
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_quiet, initargs=(os.getpid(),))
    try:
        for part, news in pool.map(_run_part, _parts(LEAD, len(jobs), workers * PARTS)):
            results.extend(part)
            patternstore.absorb(news)
    except BaseException as error:  # Ctrl-C, or a worker that could not start, died or raised
        _stop(pool)
        if not isinstance(error, Exception):
            raise
        return None  # the caller runs every job
    else:
        pool.shutdown()
    finally:
        _job = None
    return results


def _quiet(parent: int) -> None:
    """In a worker: Ctrl-C (sent to the whole process group) is the parent's to handle, which stops the workers;
    and a worker whose parent is gone without stopping it (a helper stopped mid-batch: headstart.py) is killed
    (Linux's parent-death signal), not left waiting for parts that never come."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(Exception):  # without it a worker outlives a killed parent: as before
        import ctypes

        ctypes.CDLL(None).prctl(ctypes.c_int(PR_SET_PDEATHSIG), ctypes.c_ulong(signal.SIGKILL))
    if os.getppid() != parent:  # it died before the signal was set
        os._exit(1)


def _stop(pool) -> None:
    """Stop the workers now, the parts they have not begun dropped."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # before shutdown() forgets them (3.14: terminate_workers())
    for process in processes:
        process.terminate()
    pool.shutdown(cancel_futures=True)
    for process in processes:
        process.join()


def _parts(start: int, stop: int, parts: int) -> list[tuple[int, int]]:
    """[start, stop) cut into `parts` runs of indices, in order, none empty."""
    size = -(-(stop - start) // parts)
    return [(begin, min(begin + size, stop)) for begin in range(start, stop, max(1, size))]


def _run_part(bounds: tuple[int, int]) -> tuple[list, tuple]:
    jobs, run, seen = _job
    return [run(jobs[n]) for n in range(*bounds)], patternstore.news(seen)
