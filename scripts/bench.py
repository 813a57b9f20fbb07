#!/usr/bin/env python3
"""Benchmark: `playbook check` with and without its cache, and the playbook build against plain Material.

Generates practices of several sizes from the sample's posts (new uids and dates,
drafts only, so nothing fails), then times, in this one run, each as its own process:

  check cold      `playbook check` with no result cache (it writes one)
  check warm      `playbook check` again, nothing changed
  check one file  one post edited, then `playbook check FILE` (the pre-commit hook's case)
  playbook build  `mkdocs build` with our hook (checks, generated pages, feeds)
  plain build     `mkdocs build` of the same content with Material and no hook

and prints medians of wall time, CPU time (user + system, the whole process) and peak
memory, the build's ratio to plain Material, and how the costs grow from the smallest
size to the largest (10,000 posts / 2,000 posts: about 5 means linear). Machines here
are shared and noisy: compare within one run, and prefer CPU time to wall time.

    python scripts/bench.py --sizes 2000 10000 --repeat 3
    python scripts/bench.py --sizes 2000 --only check
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
DROPPED = ("approvals", "series", "campaign", "media", "waivers")  # dated or one-of-a-kind: not for copies
PLAIN_CONFIG = """\
site_name: Plain baseline
docs_dir: content
theme:
  name: material
  font: false
plugins: [search]
validation:
  nav:
    omitted_files: ignore
markdown_extensions: [admonition, attr_list, md_in_html, tables, toc, pymdownx.details, pymdownx.superfences]
nav:  # the same short navigation as the playbook: a nav of every post would make both quadratic
  - index.md
  - Guidelines: guidelines
"""


def templates() -> list[tuple[dict, str]]:
    """(front matter, body) of each sample post without dated extras (events, news) that would go stale."""
    found = []
    for path in sorted((REPO / "content" / "posts").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        match = FRONT.match(text)
        meta = yaml.safe_load(match.group(1)) if match else None
        if not meta or "event" in meta or "news" in meta:
            continue
        for field in DROPPED:
            meta.pop(field, None)
        found.append((meta, text[match.end():]))
    return found


def make_practice(root: Path, size: int) -> None:
    shutil.copytree(REPO / "plans", root / "plans")
    (root / "plans" / "series.yml").write_text("[]\n", encoding="utf-8")
    shutil.copytree(REPO / "hooks", root / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    content = root / "content"
    content.mkdir()
    for page in ("index.md", "guidelines"):
        source = REPO / "content" / page
        (shutil.copytree if source.is_dir() else shutil.copy)(source, content / page)
    pool = templates()
    start = dt.datetime(2027, 1, 4, 9, 0)
    for n in range(size):
        meta, body = pool[n % len(pool)]
        moment = (start + dt.timedelta(hours=8 * n)).replace(hour=9 + (n % 3) * 3)
        meta = {**meta, "uid": f"bench-{n:05d}", "publish": f"{moment:%Y-%m-%d %H:%M}", "status": "draft"}
        path = content / "posts" / f"{moment:%Y/%m/%d}-bench-{n:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
        path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    (root / "plain.yml").write_text(PLAIN_CONFIG, encoding="utf-8")


@dataclass(frozen=True)
class Sample:
    wall: float  # seconds
    cpu: float  # seconds, user + system
    peak: float  # MB, resident


def measured(command: list[str], cwd: Path) -> Sample:
    """Run `command` as a child process; its own wall time, CPU time and peak memory (os.wait4, this child only)."""
    env = {**os.environ, "PYTHONPATH": str(cwd / "hooks")}  # the engine copied into the practice: this checkout's
    env.pop("PLAYBOOK_NO_CACHE", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        begin = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - begin
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:  # the generated practice has no errors: a failure is the bench's
            err.seek(0)
            sys.exit(f"{' '.join(command)} failed in {cwd}:\n{err.read()[-2000:].decode(errors='replace')}")
    return Sample(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


PLAYBOOK = [sys.executable, "-c", "from playbook.cli import main; main()"]
MKDOCS = [sys.executable, "-m", "mkdocs", "build", "-q"]


def check_samples(root: Path, repeat: int) -> dict[str, list[Sample]]:
    """check cold, warm and one file, `repeat` times each; each cold run starts without a cache."""
    samples: dict[str, list[Sample]] = {"check cold": [], "check warm": [], "check one file": []}
    posts = sorted((root / "content" / "posts").rglob("*.md"))
    for n in range(repeat):
        shutil.rmtree(root / ".cache" / "playbook", ignore_errors=True)
        samples["check cold"].append(measured([*PLAYBOOK, "check"], root))
        samples["check warm"].append(measured([*PLAYBOOK, "check"], root))
        edited = posts[(n + 1) * len(posts) // (repeat + 1)]
        with edited.open("a", encoding="utf-8") as handle:
            handle.write(f"\nOne more thing to try this week: a ten-minute walk after lunch ({n}).\n")
        samples["check one file"].append(measured([*PLAYBOOK, "check", str(edited.relative_to(root))], root))
    return samples


def build_samples(root: Path, repeat: int) -> dict[str, list[Sample]]:
    samples: dict[str, list[Sample]] = {"playbook build": [], "plain build": []}
    for _ in range(repeat):  # interleaved, so load on the machine hits both alike
        samples["playbook build"].append(measured([*MKDOCS, "-d", str(root / "site-playbook")], root))
        samples["plain build"].append(measured([*MKDOCS, "-f", "plain.yml", "-d", str(root / "site-plain")], root))
    return samples


def median(samples: list[Sample]) -> Sample:
    return Sample(*(statistics.median(getattr(s, name) for s in samples) for name in ("wall", "cpu", "peak")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=("check", "build"), help="measure only the checks or only the builds")
    args = parser.parse_args()
    table: dict[int, dict[str, Sample]] = {}
    print(f"{'posts':>6}  {'what':<16}{'wall s':>9}{'CPU s':>9}{'peak MB':>9}  per post", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            root = Path(folder) / f"n{size}"
            make_practice(root, size)
            time.sleep(3.2)  # files older than the cache's "racily clean" window, as in a real repository
            samples = {}
            if args.only != "build":
                samples.update(check_samples(root, args.repeat))
            if args.only != "check":
                samples.update(build_samples(root, args.repeat))
            table[size] = {name: median(values) for name, values in samples.items()}
            for name, m in table[size].items():
                print(f"{size:>6}  {name:<16}{m.wall:>9.2f}{m.cpu:>9.2f}{m.peak:>9.0f}  {1000 * m.cpu / size:6.2f} ms CPU", flush=True)
            if "plain build" in table[size]:
                pb, plain = table[size]["playbook build"], table[size]["plain build"]
                print(f"{size:>6}  build/plain: CPU x{pb.cpu / plain.cpu:.2f}, wall x{pb.wall / plain.wall:.2f}, peak memory x{pb.peak / plain.peak:.2f}", flush=True)
    if len(table) > 1:
        small, large = min(table), max(table)
        for name in table[small]:
            print(f"{name}: {large} posts cost x{table[large][name].cpu / table[small][name].cpu:.2f} the CPU of {small} (x{large / small:g} the posts)")


if __name__ == "__main__":
    main()
