"""files.write_atomically: text, bytes, or bytes in parts, all land as one file."""

from __future__ import annotations

import pytest
from playbook.files import write_atomically


@pytest.mark.parametrize(
    ("data", "expected"),
    [("grüße\n", "grüße\n".encode()), (b"\x00bytes", b"\x00bytes"), ((b"head", b"", b"mac", b"x" * 100_000), b"headmac" + b"x" * 100_000)],
    ids=["text", "bytes", "parts"],
)
def test_what_is_written_is_what_lands(tmp_path, data, expected):
    target = tmp_path / "sub" / "file.bin"
    write_atomically(target, data)
    assert target.read_bytes() == expected
    assert [path.name for path in target.parent.iterdir()] == ["file.bin"]  # no temporary file left beside it


def test_an_exclusive_write_never_replaces(tmp_path):
    target = tmp_path / "kept.txt"
    write_atomically(target, "first")
    with pytest.raises(FileExistsError):
        write_atomically(target, (b"second",), exclusive=True)
    assert target.read_text() == "first"
