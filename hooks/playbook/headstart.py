"""A forked helper that imports the rule families while this process reads the repository, then checks the
files that changed: the head start of `playbook check FILE` (pre-commit).

Checking one edited file of a large practice is mostly two fixed costs that do not need each other:
reading the repository and the result cache (a quarter of a second at ten thousand posts) and importing
the rule families the file's rules live in (about as long). Run one after the other they are most of the
command's wall time; on a second core they overlap. The helper is forked before the repository is read,
imports the families, runs their rules once over the files the caller named (findings dropped: that loads
the tables and patterns they read), and waits; once this process knows which files the cache does not know, it sends
them with what per-file rules read (the plans, the day, the thresholds: never the other files) and
receives their findings. Per-file findings depend on the file, the plans and the day alone, so which
process computes them cannot change them (workers.py relies on the same).

A build asks for a helper too (check.rules_apart), for memory rather than time: one that imports nothing until
asked, then lists the rules, checks the files the cache does not know (a big batch among worker processes of its
own: workers.py) and makes the rules reference, so the build's own process never holds the rule families (some
20 MB at 2,000 posts that stayed while it rendered the site). It takes batch after batch until it is closed.

The helper is only a saving: when it cannot start `begin` returns None, and when it fails or a rule
raises in it `receive` does; either way the caller runs the rules itself (a rule that raises does so with
its own traceback). Ctrl-C is this process's alone, and `close` stops a helper that is still importing.
Written with `os.fork` and two pipes by hand: multiprocessing's pools start their workers when asked for
work, which is too late here.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import os
import pickle
import signal
import struct
import warnings
from collections.abc import Callable, Iterable, Sequence

from . import patternstore, workers

_SIZE = struct.Struct("<Q")


class HeadStart:
    """One forked helper process with `modules` imported (or importing), waiting for batches of jobs."""

    def __init__(self, pid: int, jobs: int, results: int, busy: bool = False):
        self.pid, self._jobs, self._results = pid, jobs, results
        self._count = -1  # jobs handed over
        self.busy = busy  # importing or rehearsing before the first jobs come (else idle: it imports what they need)

    @classmethod
    def begin(cls, modules: Iterable[str], rehearse: Callable[[], object] | None = None) -> HeadStart | None:
        """Fork the helper, which imports `modules` at once, then calls `rehearse` (what it returns or raises is
        dropped: it is there to load what the jobs will need); None where forking is not safe (workers.can_fork),
        would not pay (one core, PLAYBOOK_WORKERS=1) or fails (no pipe, no process left)."""
        if workers.allowed() < 2 or not workers.can_fork():
            return None
        modules = tuple(modules)
        ends: list[int] = []
        helper, pid = None, 0
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, ())  # as it is: a Ctrl-C raised here changed nothing yet
        try:
            # Ctrl-C waits until both sides are set: the helper ignores it, and this process holds the helper to stop it.
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            ends += os.pipe()
            ends += os.pipe()
            if min(ends) <= 2:  # Python started without a standard stream: the helper would write over its pipe
                raise OSError("a standard stream is closed")
            jobs_read, jobs_write, results_read, results_write = ends
            pid = os.fork()
            if pid == 0:  # the helper: never returns, whatever happens
                try:
                    _serve(modules, rehearse, mask, jobs_read, results_write, (jobs_write, results_read))
                finally:
                    os._exit(1)
            os.close(jobs_read)
            os.close(results_write)
            helper = cls(pid, jobs_write, results_read, busy=bool(modules) or rehearse is not None)
        except Exception:  # noqa: BLE001 - no pipe, no process (or a fork refused at shutdown): no helper
            for end in ends:
                with contextlib.suppress(OSError):
                    os.close(end)
            if pid > 0:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
        finally:
            try:
                signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a Ctrl-C that came meanwhile is raised here
            except BaseException:
                if helper is not None:
                    helper.close()
                raise
        return helper

    def send(self, run: Callable[[object, object], object], shared: object, jobs: Sequence) -> bool:
        """Hand the helper a batch of jobs: `[run(shared, job) for job in jobs]` (among worker processes of its own
        when they pay: workers.py), `run` a module-level function, `shared` and the jobs pickled to it; receive()
        waits for the results. False: the helper is stopped (it was, or the batch would not go) or still busy with
        the last batch (receive() it first), so run the jobs here."""
        if self.pid == 0 or self._jobs < 0 or self._count >= 0:
            return False
        try:
            _send(self._jobs, (run, shared, tuple(jobs)))
        except Exception:  # noqa: BLE001 - whatever would not pickle or go: the jobs run here
            self.close()
            return False
        self._count = len(jobs)
        return True

    def receive(self) -> list | None:
        """The results of the batch send() handed over, in order, once the helper is done (it then waits for the
        next); None when it failed, and the helper is then gone (run the jobs here: a rule that raises does so with
        its own traceback)."""
        answer, count = None, self._count
        self._count = -1
        if self.pid and count >= 0:
            with contextlib.suppress(Exception):  # a helper that died, or an answer that will not unpickle
                answer = _receive(self._results)
        if not (isinstance(answer, tuple) and len(answer) == 2 and isinstance(answer[0], list) and len(answer[0]) == count):
            self.close()
            return None
        results, news = answer
        patternstore.absorb(news)  # what the helper compiled is kept, as if compiled here
        return results

    def call(self, compute: Callable[[], object]) -> object:
        """`compute()` (a module-level function), in the helper when there is one that answers, else here."""
        found = self.receive() if self.send(_called, compute, [None]) else None
        return found[0] if found is not None else compute()

    def close(self) -> None:
        """Stop the helper if it still runs (it may be importing) and reap it; closing twice does nothing."""
        for end in (self._jobs, self._results):
            if end >= 0:
                with contextlib.suppress(OSError):
                    os.close(end)
        self._jobs = self._results = -1
        if self.pid:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
            self.pid = 0


def _serve(modules: tuple[str, ...], rehearse: Callable[[], object] | None, mask, jobs: int, results: int, parents: tuple[int, int]) -> None:
    """The helper's whole life: import, rehearse, wait for the jobs, answer, and exit without running anything
    of the process it was forked from (its exit handlers, its code below the fork)."""
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the terminal sends Ctrl-C to the group: it is the parent's
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        for end in parents:
            os.close(end)
        quiet = os.open(os.devnull, os.O_WRONLY)  # the findings go back in the answer; nothing else may reach the terminal
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        os.close(quiet)
        warnings.simplefilter("ignore")
        seen = patternstore.Seen()
        for module in modules:
            with contextlib.suppress(Exception):  # a family that cannot be imported raises again in the parent, where it is reported
                importlib.import_module(module)
        if rehearse is not None:
            with contextlib.suppress(Exception):
                rehearse()
        while (request := _receive(jobs)) is not None:
            run, shared, batch = request
            try:
                if workers.pays(len(batch)):
                    done = workers.run_all(batch, functools.partial(run, shared))
                    if done is None:  # the workers failed (a rule raised): the parent shows why, not a second try here
                        raise RuntimeError("the workers failed")
                else:
                    done = [run(shared, job) for job in batch]
                answer = (done, patternstore.news(seen))
            except Exception:  # noqa: BLE001 - the parent runs the jobs again and shows the traceback
                answer = None
            _send(results, answer)
            if answer is None:
                break
        code = 0
    except BaseException:  # noqa: BLE001 - nothing may escape into the parent's code below the fork
        pass
    finally:
        os._exit(code)


def _called(compute: Callable[[], object], _job: object) -> object:
    return compute()


def _send(end: int, value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    with open(end, "wb", closefd=False) as pipe:
        pipe.write(_SIZE.pack(len(data)))
        pipe.write(data)


def _receive(end: int) -> object:
    """The value the other side sent, or None when it closed its end first (it exited or was stopped)."""
    with open(end, "rb", closefd=False) as pipe:
        head = pipe.read(_SIZE.size)
        if len(head) < _SIZE.size:
            return None
        (size,) = _SIZE.unpack(head)
        data = pipe.read(size)
    return pickle.loads(data) if len(data) == size else None
