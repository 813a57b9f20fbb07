"""The command line every scripts/build_*.py shares: write the derived data files, or with --check compare them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "hooks" / "playbook" / "lexicon" / "data"


def main(description: str, derive: Callable[[], dict[str, str]], script: str, argv: list[str] | None = None) -> int:
    """`derive()` gives each file's text by its name under lexicon/data; exit 1 under --check when one differs."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="compare with the committed files instead of writing")
    args = parser.parse_args(argv)
    stale = []
    for name, text in sorted(derive().items()):
        path = DATA / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{path.relative_to(REPO)}: {text.count(chr(10)) - 2} entries")
    if stale:
        print(f"out of date: {', '.join(stale)} (run {script})", file=sys.stderr)
        return 1
    return 0
