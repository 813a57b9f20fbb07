"""Outside tools some tests drive (node packages, Chromium, test extras): skip politely here, fail in CI.

`.ci/run` sets PLAYBOOK_CI=1, so a tool missing there is a failure, never a silent skip.
"""

from __future__ import annotations

import importlib
import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("PLAYBOOK_CI") == "1"


def require(available: bool, reason: str) -> None:
    if available:
        return
    if IN_CI:
        pytest.fail(f"{reason} (CI must provide it)")
    pytest.skip(reason)


def node_module(name: str) -> Path:
    """Path of an npm package installed by `npm ci`, or skip/fail."""
    require(shutil.which("node") is not None, "node is not installed")
    folder = REPO / "node_modules" / name
    require(folder.is_dir(), f"npm package {name} is missing; run `npm ci` (scripts/test does)")
    return folder


def python_module(name: str):
    """A test extra (`pip install -e '.[test]'`), imported; missing, it skips here and fails in CI.

    Use this instead of `pytest.importorskip`, which would skip in CI too.
    """
    try:
        return importlib.import_module(name)
    except ImportError:
        require(False, f"the Python package {name.split('.')[0]} is missing; run pip install -e '.[test]' (scripts/test does)")
