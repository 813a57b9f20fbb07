"""source.read_bytes: what every reader of a repository file gets (a post, a memo file, the check's cache)."""

from __future__ import annotations

import os

import pytest
from playbook.source import MAX_BYTES, SourceText, _read_up_to, read_bytes


@pytest.mark.parametrize(
    ("size", "limit", "read"),
    [
        (0, 10, 0),
        (5, 10, 5),
        (10, 10, 10),  # exactly the limit: all of it
        (11, 10, 11),  # over it: one byte more than the limit, so the caller can tell
        (5000, 10, 11),
        (300, MAX_BYTES, 300),
    ],
)
def test_a_regular_file_gives_its_bytes_up_to_one_past_the_limit(tmp_path, size, limit, read):
    path = tmp_path / "post.md"
    data = bytes(range(256)) * (size // 256 + 1)
    path.write_bytes(data[:size])
    assert read_bytes(path, limit=limit) == data[:read]


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda path: os.mkfifo(path), "a named pipe"),  # never opened to wait for a writer
        (lambda path: path.mkdir(), "a folder"),
        (lambda path: None, "cannot read file"),  # missing
    ],
)
def test_anything_but_a_regular_file_is_a_reason_not_bytes(tmp_path, make, says):
    path = tmp_path / "post.md"
    make(path)
    found = read_bytes(path)
    assert isinstance(found, SourceText) and found.text is None and says in found.problem


def test_a_read_goes_on_until_it_has_the_count_or_the_end():
    read, write = os.pipe()  # a pipe hands over what was written in pieces, as a file rarely does
    try:
        os.write(write, b"abc")
        os.write(write, b"defg")
        os.close(write)
        assert _read_up_to(read, 5) == b"abcde"
        assert _read_up_to(read, 100) == b"fg"
        assert _read_up_to(read, 100) == b""
    finally:
        os.close(read)
