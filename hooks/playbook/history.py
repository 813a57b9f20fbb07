"""Revision counts and last-change times of content files, from one `git log` call.

The calendar feed needs a SEQUENCE that rises when a post is edited and a
LAST-MODIFIED that does not change between two builds of the same commit.
Git history gives both; renames are followed so a moved post keeps its count.
Without git (a tarball, a shallow CI checkout) every file falls back to
revision 0 and no time, and the feed stays deterministic.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .layout import CONTENT_DIR


@dataclass(frozen=True)
class FileHistory:
    revisions: int  # commits that touched the file, renames followed
    last_modified: dt.datetime  # committer time of the newest of them, UTC


def _git_log(root: Path, folder: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "log", "-M", "--relative", "--no-color", "--format=%x00%ct", "--name-status", "--", folder],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def parse_log(output: str) -> dict[str, FileHistory]:
    """Walk commits newest first; `alias` maps an older path to the file's current path."""
    counts: dict[str, int] = {}
    newest: dict[str, dt.datetime] = {}
    alias: dict[str, str] = {}
    for block in output.split("\x00")[1:]:
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        try:
            stamp = dt.datetime.fromtimestamp(int(lines[0].strip()), dt.UTC)
        except (ValueError, OverflowError, OSError):  # a commit date Python cannot hold: skip that commit
            continue
        for line in lines[1:]:
            parts = line.split("\t")
            status = parts[0]
            if status.startswith("R") and len(parts) == 3:
                old, new = parts[1], parts[2]
                current = alias.get(new, new)
                alias[old] = current
            elif len(parts) >= 2:
                current = alias.get(parts[1], parts[1])
            else:
                continue
            counts[current] = counts.get(current, 0) + 1
            newest.setdefault(current, stamp)
    return {path: FileHistory(counts[path] - 1, newest[path]) for path in counts}


def load_history(root: Path, folder: str = CONTENT_DIR) -> dict[str, FileHistory]:
    output = _git_log(root, folder)
    return parse_log(output) if output else {}
