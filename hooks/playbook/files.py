"""Writing files so that a crash or a full disk never leaves half a file behind.

Files the CLI writes (posts from `playbook new`, exports, feeds) are the
user's own documents: they get the permissions the user's umask gives any new
file (mkstemp alone would leave them readable by their owner only), and a
replaced file keeps the permissions it had.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes | str | tuple[bytes, ...], *, exclusive: bool = False, make_parents: bool = True, durable: bool = True) -> None:
    """Write to a temporary file beside `path`, then rename it into place; a tuple of bytes is written part by part.

    With `exclusive`, refuse (FileExistsError) when `path` already exists, and
    never replace a file that appears meanwhile. Without `make_parents`, a
    missing folder is an error (FileNotFoundError) rather than created. Without
    `durable` the data is not forced to disk first (a cache may be lost, never torn).
    """
    path = Path(path)
    parts = (data.encode("utf-8"),) if isinstance(data, str) else data if isinstance(data, tuple) else (data,)
    if exclusive and path.exists():
        raise FileExistsError(str(path))
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.writelines(parts)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if exclusive:
            os.link(tmp, path)  # fails if path exists: no overwrite, even in a race
            os.unlink(tmp)
        else:
            os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _mode_for(path: Path) -> int:
    """The permissions of the file being replaced, else what the umask gives a new file."""
    try:
        existing = os.stat(path)
    except OSError:
        return 0o666 & ~current_umask()
    return stat.S_IMODE(existing.st_mode) if stat.S_ISREG(existing.st_mode) else 0o666 & ~current_umask()


def current_umask() -> int:
    """The process umask. POSIX only lets us read it by setting it, so it is set back at once."""
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def target_problem(path: Path, *, overwrite: bool) -> str:
    """Why `path` cannot (or, without `overwrite`, must not) be written; empty when it can."""
    path = Path(path)
    if path.is_dir():
        return f"{path} is a folder; name a file instead"
    if (path.exists() or path.is_symlink()) and not overwrite:
        return f"{path} already exists"
    parent = path.parent
    if not parent.is_dir():
        return f"the folder {parent} does not exist" if not parent.exists() else f"{parent} is not a folder"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"no permission to write in the folder {parent}"
    return ""
