"""The literal strings every match of a pattern holds, so a text that holds none of them is never scanned.

Most of the rules' patterns look for a word from a list (a role, a holiday, "the only ...") and most
texts hold none of those words, yet `re` tries such a pattern at every position of the text: it skips
ahead by a pattern's first characters only when the pattern starts with a plain literal or character
set, never after a look-behind or under IGNORECASE, which is how nearly all of ours start. Reading the
pattern's parse tree once gives a set of lower-case strings one of which every match must contain;
looking for them in the lower-cased text takes microseconds, and when none is there the pattern's
answer (no match) is known without running it. Written here because no library derives the required
literals of Python's own `re` syntax.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from itertools import product

try:  # CPython's own parse tree of `re`: without it (another Python), nothing is gated
    from re import _constants as C
except ImportError:  # pragma: no cover
    C = None

_MOST = 3000  # strings a factor may hold: a word list's trie unrolled, not a product that explodes
_SHORTEST = 3  # a factor with a shorter string ("at", "de") is in nearly every text: no gate
# The characters IGNORECASE matches to an ASCII letter that str.lower() does not turn into it:
# a text holding one is always scanned (tests/test_literal_gate.py proves the list complete).
_ODD_CASES = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ


def factor(parsed) -> tuple[str, ...] | None:
    """From `re._parser.parse(pattern, flags)`: lower-case ASCII strings, one of which is in every match
    (the most selective such set the tree shows), or None when no set of them is worth a look."""
    if C is None:
        return None
    try:
        candidates = _factors(parsed.data)
    except (AttributeError, TypeError, ValueError, RecursionError):  # a tree of another `re`: no gate
        return None
    best = _best(candidates)
    return None if best is None else _minimal(best)


def _minimal(strings: set[str]) -> tuple[str, ...]:
    """Drop every string that holds another of the set: holding the shorter is then already required."""
    kept: list[str] = []
    for s in sorted(strings, key=lambda s: (len(s), s)):
        if not any(k in s for k in kept):
            kept.append(s)
    return tuple(sorted(kept))


def _chars(items) -> list[str] | None:
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.RANGE and av[1] - av[0] < 12:
            out.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:  # a category, a negation, a wide range: no small set
            return None
    return out


def _strings(item) -> set[str] | None:
    """The exact strings (lower-cased) one item of the tree can match, or None when they are not few."""
    op, av = item
    if op is C.LITERAL:
        return {chr(av).lower()}
    if op is C.IN:
        chars = _chars(av)
        return None if chars is None else {c.lower() for c in chars}
    if op is C.SUBPATTERN:
        return _sequence(av[3].data)
    if op is C.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            strings = _sequence(alternative.data)
            if strings is None:
                return None
            out |= strings
            if len(out) > _MOST:
                return None
        return out
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return {""}  # takes no characters: the run around it stays one run
    return None


def _sequence(items) -> set[str] | None:
    out = {""}
    for item in items:
        strings = _strings(item)
        if strings is None:
            return None
        out = {a + b for a, b in product(out, strings)}
        if len(out) > _MOST:
            return None
    return out


def _factors(items) -> list[set[str]]:
    """Sets of strings of which every match of the sequence `items` holds one: the runs of items whose
    strings are few, and what a required group, repeat or alternation inside holds."""
    found: list[set[str]] = []
    run = {""}
    for item in items:
        strings = _strings(item)
        if strings is not None:
            joined = {a + b for a, b in product(run, strings)}
            if len(joined) <= _MOST:
                run = joined
                continue
            found.append(run)
            run = strings
            continue
        found.append(run)
        run = {""}
        op, av = item
        if op is C.SUBPATTERN:
            found.extend(_factors(av[3].data))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            found.extend(_factors(av[2].data))
        elif op is C.BRANCH:
            each = [_best(_factors(alternative.data)) for alternative in av[1]]
            if all(e is not None for e in each):
                union = set().union(*each)
                if len(union) <= _MOST:
                    found.append(union)
    found.append(run)
    return [f for f in found if f and "" not in f]


def _best(candidates: list[set[str]]) -> set[str] | None:
    """The most selective set worth a look: ASCII strings of at least _SHORTEST characters, the shortest as long as can be."""
    usable = [c for c in candidates if all(s.isascii() and len(s) >= _SHORTEST for s in c)]
    return max(usable, key=lambda c: (min(map(len, c)), -len(c))) if usable else None


@functools.lru_cache(maxsize=64)
def lowered(text: str) -> str | None:
    """`text` lower-cased, or None when it holds a character whose case IGNORECASE reads otherwise."""
    if not text.isascii() and any(ch in text for ch in _ODD_CASES):
        return None
    return text.lower()


_LONG = 256  # characters: a text this long is a whole text, not a slice of one


def holds(strings: tuple[str, ...], compile: Callable[[str], re.Pattern] = re.compile) -> Callable[[str], bool]:  # noqa: A002 - re.compile's drop-in
    """A test: does the text hold one of `strings` (or is it one the test cannot judge)? The last long and the last short
    text's answers are kept, since a rule asks one pattern about one text many times (sentence by sentence).
    `compile`: patternstore.compile, so the strings' own pattern is not compiled afresh in every run."""
    if len(strings) == 1:
        (only,) = strings

        def found(low: str) -> bool:
            return only in low
    else:
        by_first: dict[str, list[str]] = {}
        for s in sorted(strings, key=len, reverse=True):
            by_first.setdefault(s[0], []).append(re.escape(s[1:]))
        search = compile("|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in sorted(by_first.items()))).search

        def found(low: str) -> bool:
            return search(low) is not None

    # The last long text's answer and the last short one's: a rule asks of a whole text and of its short slices in turn,
    # and a slice must not push out the whole text (each whole-text question would read it all again: quadratic)
    last: list = [None, True, None, True]

    def test(text) -> bool:
        slot = 0 if isinstance(text, str) and len(text) >= _LONG else 2
        if text is last[slot]:
            return last[slot + 1]
        low = lowered(text) if isinstance(text, str) else None
        answer = True if low is None else found(low)
        last[slot], last[slot + 1] = text, answer
        return answer

    return test


def gated(compiled: re.Pattern, strings: tuple[str, ...], compile: Callable[[str], re.Pattern] = re.compile) -> dict[str, Callable]:  # noqa: A002
    """The pattern's reading methods, answering "no match" at once for a text without its strings."""
    test = holds(strings, compile)

    def gate(method: Callable, nothing: Callable[[], object]) -> Callable:
        def gated_method(string, *args, **kwargs):
            return method(string, *args, **kwargs) if test(string) else nothing()

        return gated_method

    def none() -> None:
        return None

    return {
        "search": gate(compiled.search, none),
        "match": gate(compiled.match, none),
        "fullmatch": gate(compiled.fullmatch, none),
        "finditer": gate(compiled.finditer, lambda: iter(())),
        "findall": gate(compiled.findall, list),
    }
