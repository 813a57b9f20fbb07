#!/usr/bin/env python3
"""Benchmark: the playbook's check and build against a plain Material build of the same pages.

Generates practices of several sizes from the sample's posts (new uids and dates,
drafts only, so nothing fails), then measures, in this one run and each in a process
of its own:

  check cold / warm        `playbook check` with no result cache, then with the cache it left
  check one file           `playbook check FILE` after one post changed, cache warm (pre-commit)
  build cold / warm        `mkdocs build` with the playbook: no cache; cache and nothing changed
  build warm, one edit     the same after one post changed
  plain Material           `mkdocs build` of the same content with the practice's own mkdocs.yml
                           without the playbook: its theme, extensions and the navigation entries
                           of the pages that exist without it
  minimal Material         the same pages with Material's defaults (the baseline of issue 13)
  serve edit               `mkdocs serve --dirty` (and, with --serve-full, plain `mkdocs serve`):
                           save one post, then poll its page until the change shows

For each process: CPU time (user + system) and peak memory (ru_maxrss) from wait4,
and wall time; medians of --repeat runs, interleaved so load on the machine hits all
alike; ratios against plain Material in the same run. Machines here are shared and
noisy: compare ratios within one run, not seconds across runs. The sizes take turns, round by
round, so the growth from one size to the next is measured in the same stretch of time.

    python scripts/bench.py --sizes 2000 10000 --repeat 3
    python scripts/bench.py --sizes 2000 --only check
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
DROPPED = ("approvals", "series", "campaign", "media", "waivers")  # dated or one-of-a-kind: not for copies
CACHE = Path(".cache") / "playbook"
MINIMAL_CONFIG = """\
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
        found.append((meta, text[match.end() :]))
    return found


def plain_config(root: Path) -> str:
    """The practice's mkdocs.yml without the playbook: no hook, and only nav entries whose page exists."""
    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    config.pop("hooks", None)

    def exists(entry) -> bool:
        return isinstance(entry, str) and (root / config.get("docs_dir", "docs") / entry).exists()

    def keep(items: list) -> list:
        kept = []
        for item in items:
            if isinstance(item, dict):
                ((title, value),) = item.items()
                value = keep(value) if isinstance(value, list) else value if exists(value) else None
                if value:
                    kept.append({title: value})
            elif exists(item):
                kept.append(item)
        return kept

    config["nav"] = keep(config.get("nav", []))
    return yaml.safe_dump(config, sort_keys=False, allow_unicode=True)


def make_practice(root: Path, size: int) -> list[Path]:
    """A practice of `size` generated posts; returns the posts' paths."""
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
    posts = []
    for n in range(size):
        meta, body = pool[n % len(pool)]
        moment = (start + dt.timedelta(hours=8 * n)).replace(hour=9 + (n % 3) * 3)
        meta = {**meta, "uid": f"bench-{n:05d}", "publish": f"{moment:%Y-%m-%d %H:%M}", "status": "draft"}
        path = content / "posts" / f"{moment:%Y/%m/%d}-bench-{n:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
        path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")
        posts.append(path)
    (root / "plain.yml").write_text(plain_config(root), encoding="utf-8")
    (root / "minimal.yml").write_text(MINIMAL_CONFIG, encoding="utf-8")
    return posts


@dataclass
class Run:
    cpu: float  # seconds, user + system
    peak: float  # MB
    wall: float  # seconds


def measured(command: list[str], cwd: Path) -> Run:
    """Run `command` to its end; its own CPU time and peak memory come from wait4."""
    env = {**os.environ, "PYTHONPATH": str(cwd / "hooks"), "NO_MKDOCS_2_WARNING": "1"}  # the engine copied into the practice
    env.pop("PLAYBOOK_NO_CACHE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed engine has its bytecode: compiling it on every run is no user's cost
    with tempfile.TemporaryFile() as out:
        begin = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - begin
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            out.seek(0)
            sys.exit(f"{' '.join(command)} failed in {cwd}:\n{out.read().decode(errors='replace')[-3000:]}")
    return Run(usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, wall)


def edit(post: Path, word: str) -> None:
    """Change one post the way an author would: a word more at the end of its copy."""
    text = post.read_text(encoding="utf-8")
    post.write_text(re.sub(r"\s*(bencheditword\w*)?\s*$", f" {word}\n", text, count=1), encoding="utf-8")


def page_address(root: Path, post: Path) -> str:
    return post.relative_to(root / "content").with_suffix("").as_posix() + "/"


def serve_latency(root: Path, post: Path, repeat: int, dirty: bool) -> list[float]:
    """Seconds from saving `post` to its page showing the change, under `mkdocs serve`."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", *(["--dirty"] if dirty else [])]
    env = {**os.environ, "PYTHONPATH": str(root / "hooks"), "NO_MKDOCS_2_WARNING": "1"}
    env.pop("PLAYBOOK_NO_CACHE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # Ctrl-C must stop it, as it stops an author's: a bench started in the background (`&` in a script) ignores SIGINT,
    # and so would the server, which then waits out the timeout below, is killed, and leaves its temporary site behind.
    server = subprocess.Popen(command, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, preexec_fn=_interruptible)
    url = f"http://127.0.0.1:{port}/{page_address(root, post)}"
    try:
        _wait_for(url, lambda page: True, server, timeout=1800)
        times = []
        for n in range(repeat):
            word = f"bencheditword{'d' if dirty else 'f'}{n}x{int(time.time())}"
            begin = time.perf_counter()
            edit(post, word)
            _wait_for(url, lambda page: word in page, server, timeout=600)
            times.append(time.perf_counter() - begin)
            time.sleep(1)  # let the server settle before the next edit
        return times
    finally:
        server.send_signal(signal.SIGINT)  # MkDocs shuts down and removes its temporary site
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for(url: str, done, server: subprocess.Popen, timeout: float) -> None:
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        if server.poll() is not None:
            sys.exit(f"mkdocs serve stopped (exit {server.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if done(response.read().decode("utf-8", errors="replace")):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    sys.exit(f"{url} did not show the change within {timeout:.0f} s")


def bench(sizes: list[int], repeat: int, folder: Path, only: str | None, serve: bool, serve_full: bool) -> dict[int, dict[str, list[Run] | list[float]]]:
    """Every row at every size, in rounds: each round runs each size's rows once, so a slower hour of the machine
    hits the small practice and the large one alike (the 10,000-post rows once ran in a slower stretch than the
    2,000-post rows and made the cold rows look superlinear)."""
    practices = {}
    for size in sizes:
        root = folder / f"n{size}"
        posts = make_practice(root, size)
        practices[size] = (root, posts[len(posts) // 2])
    time.sleep(3.2)  # files older than the check cache's "racily clean" window, as in a real repository
    samples: dict[int, dict[str, list]] = {size: {name: [] for name in ROWS} for size in sizes}
    for n in range(repeat):
        for size, (root, edited) in practices.items():
            one_round(root, edited, n, only, samples[size])
    for size, (root, edited) in practices.items():
        if serve and only != "check":  # a build's row: `--only build` keeps it (--no-serve skips it)
            samples[size]["serve edit, --dirty"] = serve_latency(root, edited, repeat, dirty=True)
        if serve_full and only != "check":
            samples[size]["serve edit, full rebuild"] = serve_latency(root, edited, repeat, dirty=False)
        shutil.rmtree(root, ignore_errors=True)
    return samples


def one_round(root: Path, edited: Path, n: int, only: str | None, samples: dict[str, list]) -> None:
    """Each row of one practice once."""
    check = [sys.executable, "-c", "from playbook.cli import console; console()", "check"]  # the installed command
    build = [sys.executable, "-m", "mkdocs", "build", "-q"]
    if only != "build":
        shutil.rmtree(root / CACHE, ignore_errors=True)  # each cold run starts without a cache
        samples["check cold"].append(measured(check, root))
        samples["check warm"].append(measured(check, root))
        edit(edited, f"bencheditwordc{n}")
        samples["check one file"].append(measured([*check, str(edited.relative_to(root))], root))
    if only != "check":
        shutil.rmtree(root / CACHE, ignore_errors=True)
        samples["build cold"].append(measured([*build, "-d", str(root / "site-cold")], root))
        samples["build warm"].append(measured([*build, "-d", str(root / "site-warm")], root))
        edit(edited, f"bencheditwordb{n}")
        samples["build warm, one edit"].append(measured([*build, "-d", str(root / "site-edit")], root))
    samples["plain Material"].append(measured([*build, "-f", "plain.yml", "-d", str(root / "site-plain")], root))
    samples["minimal Material"].append(measured([*build, "-f", "minimal.yml", "-d", str(root / "site-minimal")], root))


ROWS = ["plain Material", "minimal Material", "build cold", "build warm", "build warm, one edit", "check cold", "check warm", "check one file"]


def report(size: int, samples: dict, markdown: bool) -> list[str]:
    plain = samples["plain Material"]
    base_cpu = statistics.median(r.cpu for r in plain)
    base_peak = statistics.median(r.peak for r in plain)
    lines = []
    for name, runs in samples.items():
        if not runs:
            continue
        if isinstance(runs[0], float):
            wall = statistics.median(runs)
            lines.append(f"| {size:,} | {name} | | | | | {wall:.2f} s |" if markdown else f"{size:>6}  {name:<26} {'':>8} {'':>7} {'':>8} {'':>7} {wall:8.2f}")
            continue
        cpu, peak, wall = (statistics.median(getattr(r, f) for r in runs) for f in ("cpu", "peak", "wall"))
        if markdown:
            lines.append(f"| {size:,} | {name} | {cpu:.1f} s | {cpu / base_cpu:.2f}× | {peak:.0f} MB | {peak / base_peak:.2f}× | {wall:.2f} s |")
        else:
            lines.append(f"{size:>6}  {name:<26} {cpu:8.2f} {cpu / base_cpu:7.2f} {peak:8.0f} {peak / base_peak:7.2f} {wall:8.2f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=("check", "build"), help="measure only the checks or only the builds (and plain Material)")
    parser.add_argument("--no-serve", dest="serve", action="store_false", help="skip the serve-edit latency")
    parser.add_argument("--serve-full", action="store_true", help="also time `mkdocs serve` without --dirty (a full rebuild per edit)")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    args = parser.parse_args()
    if args.markdown:
        print("| posts | run | CPU | × plain | peak memory | × plain | wall |\n|---:|---|---:|---:|---:|---:|---:|")
    else:
        print(f"{'posts':>6}  {'run':<26} {'CPU s':>8} {'×plain':>7} {'peak MB':>8} {'×plain':>7} {'wall s':>8}")
    with tempfile.TemporaryDirectory() as folder:
        results = bench(args.sizes, args.repeat, Path(folder), args.only, args.serve, args.serve_full)
    for size in args.sizes:
        print("\n".join(report(size, results[size], args.markdown)), flush=True)
    if len(results) > 1:
        small, large = min(results), max(results)
        for name in ("build cold", "build warm", "check cold", "check warm", "plain Material"):
            if not results[small][name] or not results[large][name]:
                continue
            growth = statistics.median(r.cpu for r in results[large][name]) / statistics.median(r.cpu for r in results[small][name])
            print(f"{name}: {large:,} posts take {growth:.2f}× the CPU time of {small:,} (linear: {large / small:.1f}×)")


if __name__ == "__main__":
    main()
