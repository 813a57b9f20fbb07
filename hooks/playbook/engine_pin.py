"""A practice depends on the engine through one line: its pin in requirements.txt.

`playbook init` writes the pin (`requirement()`): the version running init, or
the git URL and tag it was installed from, so the new practice builds with the
engine that made it. The CI workflow and the pre-commit hook install that pin;
upgrading a practice is changing that one line. `playbook check` compares the
pin with the engine actually running it (FM041), so a forgotten
`pip install -r requirements.txt`, or a pre-commit hook still on the old
version, is reported instead of giving different answers on different machines.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from . import __version__
from .fields import finding
from .findings import Finding

DISTRIBUTION = "practice-playbook"
REQUIREMENTS = "requirements.txt"
ENV_VAR = "PLAYBOOK_ENGINE_SPEC"  # tests and forks: the requirement init writes instead of the default
_VERSION = r"[0-9]+(?:\.[0-9]+)+(?:[.+!-]?[A-Za-z0-9]+)*"  # 0.1.0, 1.2rc1: a commit id is no version
_PIN = re.compile(rf"^\s*{re.escape(DISTRIBUTION)}\s*(?:==\s*(?P<version>{_VERSION})|@\s*(?:\S+@v?(?P<tag>{_VERSION})|\S+))?\s*(?:#.*)?$", re.IGNORECASE)


def running_version() -> str:
    import importlib.metadata  # a tenth of the CLI's start-up: only when a pin is compared or written

    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return __version__


def requirement(override: str = "") -> str:
    """The pip requirement a new practice pins: the override, $PLAYBOOK_ENGINE_SPEC, or the running engine."""
    chosen = (override or os.environ.get(ENV_VAR, "")).strip()
    if chosen:
        return chosen
    import importlib.metadata

    try:
        direct = importlib.metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
    except importlib.metadata.PackageNotFoundError:
        direct = None
    info = json.loads(direct) if direct else {}
    vcs, url = info.get("vcs_info") or {}, str(info.get("url", ""))
    if vcs.get("vcs") == "git" and url.startswith(("https://", "ssh://")):
        return f"{DISTRIBUTION} @ git+{url}@{vcs.get('requested_revision') or vcs.get('commit_id')}"
    return f"{DISTRIBUTION}=={running_version()}"  # from an index, a wheel or a local folder: the version travels


def pinned(root: Path) -> tuple[str, int, str] | None:
    """(the requirement line, its line number, the version it pins or '') from requirements.txt, or None."""
    try:
        lines = (Path(root) / REQUIREMENTS).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for number, line in enumerate(lines, start=1):
        match = _PIN.match(line)
        if match:
            return line.strip(), number, match.group("version") or match.group("tag") or ""
    return None


def drift(root: Path) -> list[Finding]:
    """FM041: the engine running these checks is not the version the practice pins."""
    pin = pinned(root)
    if pin is None or not pin[2] or pin[2] == running_version():
        return []
    line, number, version = pin
    return [finding(
        "FM041", f"requirements.txt pins the engine at {version}, but these checks ran with {running_version()}",
        REQUIREMENTS, number, hint="run `pip install -r requirements.txt`; for pre-commit, set the same version in .pre-commit-config.yaml and run `pre-commit install --install-hooks`",
    )]  # fmt: skip
