"""Generated pages kept as files while `mkdocs serve` runs, so a `--dirty` rebuild renders only the ones that changed.

MkDocs takes a page given as content for changed on every rebuild: with each
saved post it rendered the hundred-odd rule pages and every calendar month
again. A page given as a file counts as changed only when the file is newer
than the page it built, so each generated page is written here (below
.cache/playbook/pages/) only when its text differs from the file's.

The folder is the build's own: a link or anything but a folder on the way is
never written through, a file is replaced (never written into), and whatever
cannot be written stays in memory as before.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

FOLDER = Path(".cache") / "playbook" / "pages"


def stage(root: Path | str, pages: dict[str, str]) -> dict[str, str]:
    """The file of each page (by its src uri) that now holds exactly that page's text; pages left out stay in memory."""
    base = Path(root)
    staged = {}
    for src, text in pages.items():
        target = base / FOLDER / src
        if ".." in Path(src).parts or not _folder(base, target.parent):
            continue
        if not _reads_back(text):
            continue
        data = text.encode("utf-8")
        try:
            if not _holds(target, data):
                _replace(target, data)
        except OSError:
            continue
        staged[src] = str(target)
    return staged


def _reads_back(text: str) -> bool:
    """Whether MkDocs, reading the file back (UTF-8 with BOM, text mode), gets exactly `text`.

    It drops a leading BOM and turns a carriage return into a newline, and no UTF-8 file holds a
    lone surrogate: such a page stays in memory, so staging never changes what a page says.
    """
    if text.startswith("\ufeff") or "\r" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _folder(base: Path, folder: Path) -> bool:
    """Whether every folder from the repository down to `folder` is a real folder (made where missing)."""
    current = base
    for part in folder.relative_to(base).parts:
        current = current / part
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            try:
                os.mkdir(current)
            except OSError:
                return False
            continue
        except OSError:
            return False
        if not stat.S_ISDIR(info.st_mode):  # a link, even to a folder, or a file: not ours to write through
            return False
    return True


def _holds(path: Path, data: bytes) -> bool:
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
        return False
    with open(path, "rb") as handle:
        return handle.read(len(data) + 1) == data


def _replace(path: Path, data: bytes) -> None:
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)  # a link or anything else in the way is replaced, never followed
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
