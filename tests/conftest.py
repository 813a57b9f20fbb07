"""Shared fixtures: a tiny valid practice to break in one place, and the sample: its root, its check and its build.

Whole-sample work happens in session fixtures, never when a module is imported: each xdist
worker checks the sample once (`sample_report`), and the session builds it once (`sample_build`).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

# CI replays the same examples every run (a red CI must mean a change broke something); a
# developer's run explores new ones and keeps failures in .hypothesis/ to replay them.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("PLAYBOOK_CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parent.parent
SCRATCH = Path("/dev/shm")
PATTERNS_VAR = "PLAYBOOK_PATTERN_STORE"  # patternstore.SESSION_VAR


def pytest_configure(config):
    """Tests' scratch files (tmp_path, tempfile, the builds' sites) go to memory where the machine has a tmpfs.

    The suite writes and deletes tens of thousands of small practices; on this machine's disk a small
    folder costs some 60 ms to write and remove, in memory 2 ms. Workers inherit the setting; a TMPDIR
    the caller chose is kept.
    """
    if "TMPDIR" not in os.environ and SCRATCH.is_dir() and os.access(SCRATCH, os.W_OK) and shutil.disk_usage(SCRATCH).free > 2**31:
        os.environ["TMPDIR"] = str(SCRATCH)
        tempfile.tempdir = None  # gettempdir() reads TMPDIR again
    # One pattern store for the session (patternstore.session_folder), made empty here and shared by the workers and
    # every process they start: without the result cache (CI) each checking process would compile the rules' few
    # hundred patterns again, some 2 CPU-s apiece. It only saves compiling; tests of the store itself unset it.
    if not os.environ.get(PATTERNS_VAR):
        os.environ[PATTERNS_VAR] = tempfile.mkdtemp(prefix="playbook-patterns-")
        config._playbook_patterns = os.environ[PATTERNS_VAR]


def pytest_unconfigure(config):
    """The session's pattern store goes with the session that made it."""
    folder = getattr(config, "_playbook_patterns", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop(PATTERNS_VAR, None)


PRACTICE = """\
name: Test Clinic
timezone: America/Chicago
website: https://www.clinic.test
domains: [clinic.test]
trusted_domains: [cdc.gov]
contact: {name: Patient Relations, phone: "+1 555 0100", email: care@clinic.test}
channels: [facebook, instagram, x]
"""
TEAM = """\
people:
  - {id: jlee, name: Jordan Lee, roles: [author], emails: [jordan.lee@clinic.test]}
  - {id: dr-okafor, name: Dr. Ada Okafor, roles: [clinical, approver], emails: [ada.okafor@clinic.test]}
  - {id: mreyes, name: Morgan Reyes, roles: [privacy, approver], emails: [morgan.reyes@clinic.test, mreyes@users.noreply.github.test], github: morgan-reyes}
"""
SERIES = """\
- {id: wellness-wednesday, name: Wellness Wednesday, channels: [instagram], guideline: personality, rrule: "FREQ=WEEKLY;BYDAY=WE", time: "12:00", from: 2027-01-13, until: 2027-01-13}
"""
CAMPAIGNS = "- {id: heart-month, name: American Heart Month, from: 2027-02-01, to: 2027-02-28}\n"
AUTHORIZATIONS = "- {id: AUTH-2027-014, signed: 2027-01-10, expires: 2028-01-10, scope: group photo, revoked: false}\n"

GOOD_POST = """\
---
title: Stretch before you shovel
uid: test-0001
publish: 2027-01-13 12:00
channels: [instagram]
guideline: personality
status: draft
author: jlee
series: wellness-wednesday
---
Snow day? Warm up for five minutes before you pick up the shovel. #WellnessWednesday
"""


class Link(str):
    """In a files dict: write a symbolic link to this target instead of a file."""


@dataclass(frozen=True)
class Pipe:
    """In a files dict: make a named pipe (a FIFO) instead of a file."""


def write(path: Path, text: str | bytes | Pipe) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, Pipe):
        os.mkfifo(path)
    elif isinstance(text, Link):
        path.symlink_to(str(text))
    elif isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def make_project(root: Path, posts: dict[str, str | bytes] | None = None, plans: dict[str, str | bytes | None] | None = None) -> Path:
    """A minimal valid practice; `plans` entries replace (or with None remove) a plans file."""
    files = {
        "practice.yml": PRACTICE,
        "team.yml": TEAM,
        "series.yml": SERIES,
        "campaigns.yml": CAMPAIGNS,
        "authorizations.yml": AUTHORIZATIONS,
        "checks.yml": "as_of: 2027-01-05\n",
    }
    files.update(plans or {})
    for name, text in files.items():
        if text is not None:
            write(root / "plans" / name, text)
    write(root / "content" / "index.md", "# Test playbook\n")
    for rel, text in (posts or {}).items():
        write(root / rel, text)
    return root


def make_site(root: Path, posts: dict[str, str | bytes] | None = None, plans: dict[str, str | bytes | None] | None = None) -> Path:
    """make_project plus an mkdocs.yml that names this repository's hook: a practice MkDocs (or ProperDocs) can build."""
    make_project(root, posts, plans)
    hook = REPO / "hooks" / "playbook_mkdocs.py"
    write(root / "mkdocs.yml", f"site_name: Tiny\ndocs_dir: content\ntheme: {{name: material}}\nhooks:\n  - {hook}\n")
    return root


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path, {"content/posts/2027/01/13-stretch.md": GOOD_POST})


@pytest.fixture(autouse=True)
def _rules_kept_in_this_process(monkeypatch):
    """A build lets go of what the rules loaded (release.py); in the test process, which runs many builds in turn, that
    would only make the next tests load it all again. test_release.py tests it in interpreters of its own."""
    from playbook.site import session

    monkeypatch.setattr(session, "release", lambda: None)


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A throwaway copy of the sample practice, safe to break."""
    target = tmp_path / "sample"
    skip_anywhere = shutil.ignore_patterns(".git", "__pycache__", "*.egg-info", ".pytest_cache")

    def ignore(folder, names):
        top_level = {"site", ".venv", "node_modules", ".cache"} if Path(folder) == REPO else set()
        return set(skip_anywhere(folder, names)) | (top_level & set(names))

    shutil.copytree(REPO, target, ignore=ignore)
    return target


@pytest.fixture(scope="session")
def sample_report():
    """The sample practice checked once per test session (per xdist worker); read it, never change it."""
    from playbook.check import check_project

    return check_project(REPO)


@pytest.fixture(scope="session")
def sample_feeds(sample_report) -> dict[str, bytes]:
    """The sample's iCal feeds by file name, as `playbook calendar` and the build write them."""
    from playbook.feeds import build_feeds
    from playbook.history import load_history
    from playbook.siteconfig import site_url

    return {feed.filename: feed.data for feed in build_feeds(sample_report, site_url(REPO), load_history(REPO))}


# The command a practice's workflow builds with (.github/workflows/playbook.yml); the session build runs it.
BUILD = "mkdocs build --strict"


def tool_env(**extra: str) -> dict[str, str]:
    """The environment CI gives a command: this interpreter's scripts first on PATH, the real date's source untouched."""
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", **extra}
    env.pop("PLAYBOOK_TODAY", None)  # the sample pins `as_of`; a developer's shell must not move it
    return env


@dataclass(frozen=True)
class Build:
    """A build of the sample: where its site is, and what the command said."""

    site: Path
    command: tuple[str, ...]
    returncode: int
    stderr: str


def shared_build(tmp_path_factory, name: str, command: list[str]) -> Build:
    """Build the sample with `command` (plus `-d SITE`) once per test session, whichever xdist worker asks first.

    The other workers wait for it and read the same site, instead of building their own.
    """
    from filelock import FileLock

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # xdist: one folder above the workers' own
    site, record = shared / name, shared / f"{name}.json"
    with FileLock(str(record) + ".lock"):
        if not record.is_file():
            result = subprocess.run([*command, "-d", str(site)], capture_output=True, text=True, cwd=REPO, env=tool_env(), timeout=600)
            record.write_text(json.dumps({"returncode": result.returncode, "stderr": result.stderr}), encoding="utf-8")
        said = json.loads(record.read_text(encoding="utf-8"))
    return Build(site, tuple(command), said["returncode"], said["stderr"])


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Build:
    """The sample built once per test session with the workflow's command, `mkdocs build --strict`."""
    return shared_build(tmp_path_factory, "sample-site", shlex.split(BUILD))


@pytest.fixture(scope="session")
def built_site(sample_build) -> Path:
    """The site of the session's strict build of the sample; read it, never change it."""
    assert sample_build.returncode == 0, sample_build.stderr[-3000:]
    return sample_build.site


def eval_module(name: str = "eval_privacy"):
    """A script of scripts/ without a .py name (eval_privacy, eval_vocabulary) as a module: its corpus reader and its evaluation."""
    import importlib.machinery
    import importlib.util

    loader = importlib.machinery.SourceFileLoader(name, str(REPO / "scripts" / name))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(name, loader))
    loader.exec_module(module)
    return module


def eval_corpus_texts(count: int, seed: int) -> list[str]:
    """`count` texts of the privacy evaluation corpus (English and Spanish, leaks and clean), shuffled by `seed`."""
    import random

    module = eval_module()
    texts = [case["text"] for case in module.load_cases([module.DEFAULT_CORPUS])]
    random.Random(seed).shuffle(texts)
    return texts[:count]


def rules_lazy_patterns() -> list:
    """Every lazily compiled pattern of every rule family (lazyre.LazyPattern), each once, the families imported."""
    from playbook import lazyre
    from playbook.rules import registry

    registry.all_rules()
    found = [obj for module in list(sys.modules.values()) if getattr(module, "__name__", "").startswith("playbook.") for obj in vars(module).values() if isinstance(obj, lazyre.LazyPattern)]
    return list({id(pattern): pattern for pattern in found}.values())


def regex_patterns(words: list[str]):
    """A hypothesis strategy: regular expressions of the shapes the rules use (look-behinds, word lists, case groups,
    repeats, atomic groups), built from `words` and a few character classes."""
    import re

    from hypothesis import strategies as st

    atoms = st.one_of(
        st.sampled_from(words).map(re.escape),
        st.sampled_from([r"\s+", r"[ \t]+", r"\w+", r"\d{1,2}", r"[a-c]", r"[oa]", r"[^a]", r".", r"(?<![\w-])", r"(?![\w-])", r"\b", r"(?=[A-Z])", r"s?", r"[A-Z]", r"(?<=s)"]),
    )

    def extend(inner):
        return st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=4).map(lambda parts: "(?:" + "|".join(parts) + ")"),
            inner.map(lambda p: f"(?i:{p})"),
            inner.map(lambda p: f"(?-i:{p})"),
            inner.map(lambda p: f"({p})"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{0,2}", "{1,3}", "*?", "++", "?+"])).map(lambda t: f"(?:{t[0]}){t[1]}"),
            inner.map(lambda p: f"(?>{p})"),
        )

    heads = st.sampled_from(["(?<![\\w-])", "\\b", "", "(?<![\\w'’-])(?<!\\d)"])
    return st.tuples(heads, st.recursive(atoms, extend, max_leaves=8)).map("".join)
