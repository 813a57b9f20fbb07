#!/usr/bin/env python3
"""Benchmark: the playbook build against a plain Material build of the same pages.

Generates practices of several sizes from the sample's posts (new uids and dates,
drafts only, so nothing fails), then times, in this one run:

  check     the engine alone (`playbook check`, in-process)
  playbook  `mkdocs build` with our hook (checks, generated pages, feeds)
  plain     `mkdocs build` of the same content with Material and no hook

and prints medians, the ratio playbook/plain, and milliseconds per post so a
non-linear cost shows up as a growing per-post figure. Machines here are shared
and noisy: compare ratios within one run, not seconds across runs.

    python scripts/bench.py --sizes 250 1000 4000 --repeat 3
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
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


def timed(command: list[str], cwd: Path) -> float:
    begin = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - begin
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed in {cwd}:\n{result.stderr[-2000:]}")
    return elapsed


def check_in_process(root: Path) -> float:
    code = "import sys, time; from playbook.check import check_project; t=time.perf_counter(); r=check_project(sys.argv[1]); print(time.perf_counter()-t, len(r.corpus.posts))"
    result = subprocess.run([sys.executable, "-c", code, str(root)], capture_output=True, text=True, check=True)
    return float(result.stdout.split()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 1000, 4000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q"]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            root = Path(folder) / f"n{size}"
            make_practice(root, size)
            samples = {"check": [], "playbook": [], "plain": []}
            for _ in range(args.repeat):  # interleaved, so load on the machine hits all three alike
                samples["check"].append(check_in_process(root))
                samples["playbook"].append(timed([*mkdocs, "-d", str(root / "site-playbook")], root))
                samples["plain"].append(timed([*mkdocs, "-f", "plain.yml", "-d", str(root / "site-plain")], root))
            medians = {name: statistics.median(values) for name, values in samples.items()}
            rows.append((size, medians))
            print(
                f"{size:>6} posts  check {medians['check']:7.2f}s  playbook build {medians['playbook']:7.2f}s  "
                f"plain Material {medians['plain']:7.2f}s  ratio {medians['playbook'] / medians['plain']:5.2f}  "
                f"per post: check {1000 * medians['check'] / size:6.2f} ms, build {1000 * medians['playbook'] / size:6.2f} ms",
                flush=True,
            )
    if len(rows) > 1:
        (small, a), (large, b) = rows[0], rows[-1]
        growth = (b["playbook"] / large) / (a["playbook"] / small)
        print(f"per-post build cost from {small} to {large} posts: x{growth:.2f} (about 1 means linear)")


if __name__ == "__main__":
    main()
