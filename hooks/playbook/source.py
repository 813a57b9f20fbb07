"""Read a content file as text without ever raising: bad bytes become a Finding.

Content arrives from web editors on every platform, so a BOM and CRLF line
endings are accepted silently; NUL bytes, invalid UTF-8 and oversized files
are refused with the line where the trouble starts, and anything that is not a
regular file (a named pipe, a device, a folder named like a file) is never read.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 1_000_000  # a post is a few KB; anything this large is a mistake, not copy


@dataclass(frozen=True)
class SourceText:
    text: str | None
    problem: str = ""
    line: int = 0


def decode(data: bytes) -> SourceText:
    if len(data) > MAX_BYTES:
        return SourceText(None, f"file is {len(data):,} bytes; the limit for a content file is {MAX_BYTES:,}", 1)
    if b"\x00" in data:
        return SourceText(None, "file contains NUL bytes: it looks binary, not Markdown or YAML", 1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return SourceText(None, f"file is not valid UTF-8 (byte 0x{data[exc.start]:02x}); save it as UTF-8", line)
    return SourceText(text.replace("\r\n", "\n").replace("\r", "\n"))


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def not_regular(mode: int) -> str:
    """'' for a regular file; else what it is, for a message ("a named pipe (FIFO)")."""
    if stat.S_ISREG(mode):
        return ""
    return next((name for test, name in _KINDS if test(mode)), "a special file")


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes | SourceText:
    """Up to `limit` + 1 bytes of a regular file, or a SourceText saying why it was not read.

    Only regular files are read: a named pipe would block forever, a device never ends.
    """
    try:
        kind = not_regular(os.stat(path).st_mode)  # before opening: opening a device may do something
        if not kind:
            # O_NONBLOCK: should a pipe replace the file between the check and the open, opening it cannot hang.
            fd = os.open(path, os.O_RDONLY | _OPEN_FLAGS)
            try:
                info = os.fstat(fd)
                kind = not_regular(info.st_mode)
                if not kind:
                    # Sized to the file: a read of n bytes sets aside n first, and a memo file's limit is 64 MiB.
                    size = min(limit, info.st_size)
                    data = _read_up_to(fd, size + 1)
                    return data + _read_up_to(fd, limit - size) if len(data) > size else data  # it grew: the rest, as before
            finally:
                os.close(fd)
    except OSError as exc:
        return SourceText(None, f"cannot read file: {exc.strerror or exc}", 0)
    return SourceText(None, f"this is {kind}, not a regular file; the checks read only ordinary text files", 0)


_OPEN_FLAGS = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def _read_up_to(fd: int, count: int) -> bytes:
    """`count` bytes of the open file, fewer at its end: raw reads on the descriptor, with no file object around it
    (a check reads every post and a build two memo files a post; the buffered file object was half of each read)."""
    chunks = []
    while count > 0:
        chunk = os.read(fd, min(count, 1 << 30))  # one read returns at most about 2 GiB
        if not chunk:
            break
        chunks.append(chunk)
        count -= len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_source(path: Path) -> SourceText:
    data = read_bytes(path)
    if isinstance(data, SourceText):
        return data
    if len(data) > MAX_BYTES:
        try:
            size = os.stat(path).st_size
        except OSError:
            size = len(data)
        return SourceText(None, f"file is {size:,} bytes; the limit for a content file is {MAX_BYTES:,}", 1)
    return decode(data)
