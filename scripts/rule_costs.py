#!/usr/bin/env python3
"""Where a cold check's time goes: each per-file rule's CPU time a file, against what a goal allows.

Checks a practice in this one process with no result cache and no workers, after a check of the
sample practice, so the rules' patterns are compiled and their families imported before the
clock starts (a large practice pays that once). Prints each per-file rule's CPU milliseconds a
file and its share, the rest of the check (reading, parsing, the corpus rules), and, with --goal
and --at, the milliseconds a file that goal leaves for everything: issue 13 asks for a cold check
of 10,000 posts in 8 CPU-s.

    python scripts/rule_costs.py --posts 2000 --goal 8 --at 10000
    python scripts/rule_costs.py --root path/to/practice --top 15

The posts are bench.py's (the sample's posts copied with new dates); a practice's own files tell
more about its own rules' costs. Per-rule times are summed as each rule runs, so they hold no
profiler's overhead; they do hold the rules' shared work (a text's people, read once, are timed in
the first rule that asks).
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PER_FILE = ("post", "response", "document")


def _bench():
    sys.path.insert(0, str(REPO / "scripts"))
    import bench

    return bench


def costs(root: Path) -> tuple[float, int, dict[str, int], dict[str, str]]:
    """(CPU seconds of the whole check, files checked, rule code -> CPU nanoseconds, rule code -> name)."""
    os.environ["PLAYBOOK_WORKERS"] = "1"  # one process: the rules' time is this process's
    sys.path.insert(0, str(REPO / "hooks"))
    from playbook.check import check_project
    from playbook.rules import registry

    check_project(REPO, cache=False)  # compiles the patterns, imports every family
    spent: dict[str, int] = collections.Counter()
    files: set = set()

    def timed(code: str, run: Callable) -> Callable:
        def check(item, ctx):
            start = time.process_time_ns()
            hits = list(run(item, ctx))
            spent[code] += time.process_time_ns() - start
            files.add(item.path)
            return hits

        return check

    names = {}
    for rule in registry.all_rules():
        if rule.check is not None and rule.scope in PER_FILE:
            registry.REGISTRY[rule.code] = dataclasses.replace(rule, check=timed(rule.code, rule.check))
            names[rule.code] = rule.name
    start = time.process_time()
    check_project(root, cache=False)
    return time.process_time() - start, len(files), dict(spent), names


def report(total: float, files: int, spent: dict[str, int], names: dict[str, str], top: int, goal: float | None, at: int | None) -> list[str]:
    rules = sum(spent.values()) / 1e9
    per = 1000 / max(files, 1)
    lines = [
        f"{files:,} files: the check took {total:.2f} CPU-s, {total * per:.2f} ms a file; per-file rules {rules * per:.2f} ms, the rest {(total - rules) * per:.2f} ms",
        "",
        f"{'rule':<8} {'name':<36} {'ms a file':>10} {'share':>7} {'so far':>7}",
    ]
    so_far = 0.0
    for code, nanoseconds in sorted(spent.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
        share = nanoseconds / 1e9 / rules if rules else 0.0
        so_far += share
        lines.append(f"{code:<8} {names.get(code, '')[:36]:<36} {nanoseconds / 1e6 / max(files, 1):10.3f} {share:7.1%} {so_far:7.1%}")
    if goal is not None and at:
        allowed = goal / at * 1000
        lines += ["", f"A goal of {goal:g} CPU-s for {at:,} files allows {allowed:.2f} ms a file for everything: this check takes {total * per / allowed:.1f}× that."]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--root", type=Path, help="a practice to check (default: one generated as bench.py makes them)")
    where.add_argument("--posts", type=int, default=2000, help="posts of the generated practice")
    parser.add_argument("--top", type=int, default=25, help="rules listed, the costliest first")
    parser.add_argument("--goal", type=float, help="CPU seconds a goal allows a cold check ...")
    parser.add_argument("--at", type=int, help="... of this many files")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = args.root
        if root is None:
            root = Path(folder) / "practice"
            _bench().make_practice(root, args.posts)
        found = costs(root.resolve())
    print("\n".join(report(*found, args.top, args.goal, args.at)))


if __name__ == "__main__":
    main()
