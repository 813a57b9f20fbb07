"""The per-file rules run in a fresh process of their own, so that a build never holds them.

A build's peak memory is MkDocs' pages on top of all that the check left behind. The per-file
rules' families, with their compiled patterns and word lists, come to some 25 MB. A build whose
every result is cached never loads them: at 2,000 posts it peaks at 84 MB, but at 111 MB with one
post edited, against plain Material's 58 MB. So a build that has files to check hands them to a
fresh interpreter and reads their findings back. Those findings depend on the file, the plans and
the day alone (which is what lets the result cache keep them), so which process computes them cannot
change them.

The interpreter is spawned, not forked: a forked child's memory starts at all its parent held (the
corpus, MkDocs), so it would peak above the build it spares. It costs a process start, about a
fifth of a CPU-second, which is why only builds ask for it, not `playbook check` (pre-commit, where
the time is the user's). When the process cannot start or fails, or a rule raises in it, `findings`
returns None and the caller checks the files itself, so a rule that raises does so with its own
traceback. In it, the files may still be shared among forked workers (workers.py), and the patterns
it compiles come back so the parent's pattern store keeps them (patternstore.py).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

from . import patternstore

_COMMAND = "from playbook.apart import main; main()"


def findings(jobs: list[tuple[str, object]], request: dict) -> list[list] | None:
    """The findings of each (scope, item) in `jobs`, computed in a fresh process; None if it could not be.

    `request` holds what the rules read besides the item (check.py's `apart_request`): picklable values only."""
    if not sys.executable or not jobs:
        return None
    engine = str(Path(__file__).resolve().parent.parent)  # the folder holding this very engine, first on the child's path
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (engine, os.environ.get("PYTHONPATH"))))}
    try:
        data = pickle.dumps({**request, "jobs": jobs, "patterns": patternstore.opened()}, protocol=pickle.HIGHEST_PROTOCOL)
        done = subprocess.run([sys.executable, "-c", _COMMAND], input=data, stdout=subprocess.PIPE, env=env, check=False)  # noqa: S603 - this interpreter
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return None
    if done.returncode != 0:
        return None
    try:
        found, news = pickle.loads(done.stdout)  # noqa: S301 - written by the engine's own child, not read from content
    except Exception:  # noqa: BLE001 - a reply cut short is no reply
        return None
    if not isinstance(found, list) or len(found) != len(jobs):
        return None
    patternstore.absorb(news)
    return found


def main() -> None:
    """In the fresh process: read the request on stdin, write (findings, pattern news) on stdout, exit 0."""
    reply = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything a library prints goes to stderr, never into the reply
    try:
        request = pickle.load(sys.stdin.buffer)  # noqa: S301 - written by the engine that started this process
        folder, engine = request["patterns"]
        with patternstore.kept(folder, engine, save=False):
            seen = patternstore.Seen()
            from .check import check_apart  # the engine: imported once the request is read

            found = check_apart(request)
            answer = pickle.dumps((found, patternstore.news(seen)), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - the parent checks the files itself, and a rule that raises does so there
        sys.exit(3)
    reply.write(answer)
    reply.flush()
