"""Many independent jobs shared among forked worker processes, when that pays: a cold check's per-file rules.

A cold check is the per-file rules over every file, one file after another, and they are most of
its time (some 7 ms a post). A file's findings depend on the file, the plans and the day alone
(which is what lets the result cache keep them), so which process computes them cannot change
them. On a 2-core machine two workers take a cold check of 2,000 posts from 14.2 s to 8.3 s of
wall time for 8% more CPU time (scripts/bench.py measures it).

Forked, not spawned: a child starts with the rules imported and the patterns this process has
compiled, and only indices and findings cross between processes. A fork copies no other thread,
and a lock another thread held would stay held in the child, so jobs run here whenever this process
runs more than one thread (a `mkdocs serve` rebuild: its server's threads) and wherever forking is
not the platform's usual way (macOS and Windows spawn). PLAYBOOK_WORKERS caps the workers
(1: none). When a worker cannot start or fails, `run_all` returns None and the caller runs every
job itself, so a rule that raises does so with its own traceback, as without workers.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

VARIABLE = "PLAYBOOK_WORKERS"
MAX_WORKERS = 8
MIN_JOBS = 50  # per worker: forking and starting one costs about what a few files' rules do
LEAD = 8  # jobs run here before the fork, so the patterns they compile are compiled once (and kept: patternstore.py)
PARTS = 4  # parts per worker: one slow part then holds the others up less

_job: tuple[Sequence, Callable] | None = None  # (jobs, run) while workers run: a forked child reads it from here


def count(jobs: int) -> int:
    """How many workers `jobs` jobs get (1: they run here): one per core this process may use, at most
    PLAYBOOK_WORKERS or MAX_WORKERS, each with MIN_JOBS jobs at least."""
    wanted = os.environ.get(VARIABLE, "").strip()
    limit = int(wanted) if wanted.isdigit() else MAX_WORKERS
    return max(1, min(limit, cores(), jobs // MIN_JOBS))


def cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than the machine has)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def can_fork() -> bool:
    """Whether forking a worker here is safe: Linux, this process's only thread, not itself a worker."""
    import multiprocessing  # here: a check that needs no workers (most) does not import it

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1 and _job is None


def run_all(jobs: Sequence[T], run: Callable[[T], R]) -> list[R] | None:
    """`[run(job) for job in jobs]`, the jobs shared among worker processes; None when workers would not
    pay or failed (then the caller runs the jobs itself). `run` must depend on its job and on what this
    process held before the call alone: a child's changes to anything else are lost with it."""
    workers = count(len(jobs))
    if workers < 2 or not can_fork():
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _job
    results = [run(job) for job in jobs[:LEAD]]
    _job = (jobs, run)
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            for part in pool.map(_run_part, _parts(LEAD, len(jobs), workers * PARTS)):
                results.extend(part)
    except Exception:  # noqa: BLE001 - a worker that could not start, died or raised: the caller runs every job
        return None
    finally:
        _job = None
    return results


def _parts(start: int, stop: int, parts: int) -> list[tuple[int, int]]:
    """[start, stop) cut into `parts` runs of indices, in order, none empty."""
    size = -(-(stop - start) // parts)
    return [(begin, min(begin + size, stop)) for begin in range(start, stop, max(1, size))]


def _run_part(bounds: tuple[int, int]) -> list:
    jobs, run = _job
    return [run(jobs[n]) for n in range(*bounds)]
