"""Read a content file as text without ever raising: bad bytes become a Finding.

Content arrives from web editors on every platform, so a BOM and CRLF line
endings are accepted silently; NUL bytes, invalid UTF-8 and oversized files
are refused with the line where the trouble starts.
"""

from __future__ import annotations

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


def read_source(path: Path) -> SourceText:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return SourceText(None, f"cannot read file: {exc.strerror or exc}", 0)
    if len(data) > MAX_BYTES:
        size = path.stat().st_size
        return SourceText(None, f"file is {size:,} bytes; the limit for a content file is {MAX_BYTES:,}", 1)
    return decode(data)
