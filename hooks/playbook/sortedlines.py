"""A big generated word list kept as its text and searched by bisection, instead of a set or dict of its entries.

Python holds each string of a set in an object of its own, so the 45,700 plain words take 4.7 MB
as a frozenset and 0.4 MB as the file's text; a check of one post asks for a handful of them.
Written by hand: `bisect` needs a sequence of the keys, which is the list of objects this avoids.
The file must be sorted by code point with unique keys (tests/test_sortedlines.py checks the files).
"""

from __future__ import annotations


class SortedLines:
    """The lines of a sorted text: `key` alone or `key<separator>value`, after any `#` comment lines at the top."""

    def __init__(self, text: str, separator: str = "\t"):
        start = 0
        while text.startswith("#", start):  # the header comments: skipped, so every line left sits between two newlines
            start = text.index("\n", start) + 1
        body = text[start:].rstrip("\n")
        self.text = f"\n{body}\n" if body else "\n"  # no entries: no line, not one empty line
        self.separator = separator

    def get(self, key: str) -> str | None:
        """The value on the key's line ("" for a line with no separator), None when no line has the key."""
        text, separator = self.text, self.separator
        lo, hi = 0, len(text) - 1  # newlines: the lines between them are still candidates
        while lo < hi:
            start = text.rfind("\n", lo, (lo + hi) // 2 + 1)  # the newline that opens the middle line
            end = text.find("\n", start + 1)
            found, _, value = text[start + 1 : end].partition(separator)
            if found == key:
                return value
            if found < key:
                lo = end
            else:
                hi = start
        return None

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and "\n" not in key and self.get(key) is not None
