"""The engine under hooks/playbook never imports MkDocs: the CLI and the tests use it alone."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_engine_imports_without_mkdocs():
    code = (
        "import pkgutil, importlib, sys, playbook\n"
        "for info in pkgutil.walk_packages(playbook.__path__, 'playbook.'):\n"
        "    importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m == 'mkdocs' or m.startswith('mkdocs.') or m.startswith('material'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert result.stdout.strip() == "", f"engine modules pulled in: {result.stdout}"
