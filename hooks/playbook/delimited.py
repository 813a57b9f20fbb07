"""Passages between an opening and a closing mark (`<!-- -->`, `{{ }}`), found in linear time.

The regular expression `<!--.*?-->` rescans the rest of the text from every
opening mark that is never closed, so a body of repeated `<!--` or `{{` takes
time quadratic in its length. This finds the same passages as that expression
(leftmost opening first; among marks opening at one place, the first pair
listed wins) with `str.find`, only ever forwards: once one kind of mark is
known to be unclosed, no later mark of that kind is tried again.

A `Delimited` answers `finditer`, `search` and `sub` like a compiled pattern,
so it can stand where one stood; its matches answer `start()`, `end()`,
`span()` and `group()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Found:
    """One passage, opening and closing marks included; shaped like the part of `re.Match` callers use."""

    string: str
    begin: int
    finish: int

    def start(self, group: int = 0) -> int:
        return self.begin

    def end(self, group: int = 0) -> int:
        return self.finish

    def span(self, group: int = 0) -> tuple[int, int]:
        return self.begin, self.finish

    def group(self, group: int = 0) -> str:
        return self.string[self.begin : self.finish]


class Delimited:
    """Every passage from an opening mark to the nearest closing mark after it (marks may span lines)."""

    def __init__(self, *pairs: tuple[str, str]):
        if not pairs or any(not opening or not closing for opening, closing in pairs):
            raise ValueError("give (opening, closing) pairs of non-empty marks")
        self.pairs = dict(pairs)  # opening -> closing, in the order given

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Found]:
        end = len(text) if endpos is None else min(endpos, len(text))
        # The next place each kind of mark opens; a kind is dropped once it has no closing mark after it.
        ahead = {opening: text.find(opening, pos, end) for opening in self.pairs}
        while True:
            ahead = {opening: at for opening, at in ahead.items() if at >= 0}
            if not ahead:
                return
            at = min(ahead.values())
            for opening in [o for o, where in ahead.items() if where == at]:  # in the order given
                found = text.find(self.pairs[opening], at + len(opening), end)
                if found < 0:
                    del ahead[opening]  # and so is every later mark of this kind
                    continue
                pos = found + len(self.pairs[opening])
                yield Found(text, at, pos)
                break
            else:
                pos = at + 1
            # Only ever forwards, so each kind's text is searched once: linear time.
            ahead = {opening: where if where >= pos else text.find(opening, pos, end) for opening, where in ahead.items()}

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Found | None:
        return next(self.finditer(text, pos, endpos), None)

    def sub(self, repl: str | Callable[[Found], str], text: str) -> str:
        """`text` with every passage replaced by `repl` (a string, or a function of the Found)."""
        parts = []
        last = 0
        for found in self.finditer(text):
            parts.append(text[last : found.start()])
            parts.append(repl(found) if callable(repl) else repl)
            last = found.end()
        parts.append(text[last:])
        return "".join(parts)
