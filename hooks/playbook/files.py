"""Writing files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes | str, *, exclusive: bool = False) -> None:
    """Write to a temporary file beside `path`, then rename it into place.

    With `exclusive`, refuse (FileExistsError) when `path` already exists, and
    never replace a file that appears meanwhile.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if exclusive and path.exists():
        raise FileExistsError(str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
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
