"""The characters a match can start with, given to `re`'s own skip loop where `re` would try the whole pattern.

Most of the rules' patterns begin with a look-behind ("not after a letter") and then an alternation of
words ("the|a|our|...", a trie of roles or body parts). `re` skips ahead in a tight loop only for a
pattern that starts with a literal or a character set (its code's info block holds the set); after a
look-behind, or under IGNORECASE, it calls its matcher at every position of the text, some 28 ns a
character before the pattern's first test. Every match of such a pattern still begins with one of a
few characters, read here from the parse tree: put in the info block as the set `re` would have made,
they let the loop pass over every other character. The set is exact for ASCII (each character tried
against the pattern's own reading of its first items, case folding included) and lets every other
character through, so it changes no match: the pattern's code is `re`'s own, only its info block
differs. Written here because `re` has no such optimisation and no library adds one to it; the cold
check of a practice scans every text with some five hundred of these patterns (1.4 times faster over
them all, measured on the sample's posts).
"""

from __future__ import annotations

import re
import sys

try:  # CPython's own parse tree of `re`: without it (another Python), no set is added
    import _sre
    from re import _compiler, _parser
    from re import _constants as C
except ImportError:  # pragma: no cover
    C = _sre = None

from .cachekey import module_digest

_CASE = re.IGNORECASE
_KIND = re.LOCALE | re.ASCII | re.UNICODE  # what a category or a case fold means: a set only in the pattern's own
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT) if C is not None else ()  # take no character: a look-behind, a word boundary
_VERSION = 2  # raised with any change to the sets this module adds (1: a look-ahead after the look-behinds)
_MOST = 4096  # set items the first characters are read from: past this, reading them costs more than it saves


def fingerprint() -> str:
    """This module's source, so code it added under an older version is not reused (its version without source)."""
    return module_digest(globals().get("__file__"), f"version {_VERSION}")


class _Unbounded(Exception):
    """The pattern may start with any character (or none): no set."""


def with_starts(parsed, flags: int, code: list[int]) -> list[int]:
    """`code`, `re`'s own for `re._parser.parse(pattern, flags)`, with the first-character set in its info block; `code`
    itself where `re` makes a skip of its own, or the set would not help or cannot be told."""
    if C is None or code[:3] != [C.INFO, 4, 0] or code[3] < 1:
        return code  # not the bare info block of a pattern that takes at least one character: a skip of `re`'s, or none
    try:
        top = int(flags) | parsed.state.flags
        if top & re.LOCALE:
            return code  # the locale decides what a character set holds: left as `re` makes it
        data = list(parsed.data)
        at = 0
        while at < len(data) and data[at][0] in _ZERO_WIDTH:
            at += 1
        sets, nullable = _first(data[at:], top)
        if nullable or not sets or sum(len(items) for items in sets.values()) > _MOST:
            return code
        guard = _compiler.compile(_guard(parsed.state, sets, top), top)
        ascii_starts = [(C.LITERAL, char) for char in range(128) if guard.match(chr(char))]
        if len(ascii_starts) == 128:
            return code  # every character may start a match: nothing to pass over
        info = [C.INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4]]
        charset, _ = _compiler._optimize_charset([*ascii_starts, (C.RANGE, (128, sys.maxunicode))])
        _compiler._compile_charset(charset, 0, info)  # case-sensitive: the set already holds every case
        info[1] = len(info) - 1
        return [int(op) for op in info] + code[5:]
    except (_Unbounded, AttributeError, TypeError, ValueError, IndexError, RecursionError):  # a tree of another `re`
        return code


def _first(items, flags: int) -> tuple[dict[int, list], bool]:
    """{case flag: set items} that a match of the sequence `items` can start with, and whether it can be empty."""
    found: dict[int, list] = {}
    for item in items:
        sets, nullable = _item(item, flags)
        _merge(found, sets)
        if not nullable:
            return found, False
    return found, True


def _merge(found: dict[int, list], sets: dict[int, list]) -> None:
    for case, members in sets.items():
        found.setdefault(case, []).extend(members)


def _item(item, flags: int) -> tuple[dict[int, list], bool]:
    op, av = item
    case = flags & _CASE
    if op is C.LITERAL:
        if case and _sre is not None:  # also its lower case: `re` sets test it, and a set keeps a cased letter past U+FFFF as written
            fold = _sre.ascii_tolower(av) if flags & re.ASCII else _sre.unicode_tolower(av)
            return {case: [(C.LITERAL, av), (C.LITERAL, fold)]}, False
        return {case: [(C.LITERAL, av)]}, False
    if op is C.IN:
        if any(kind is C.NEGATE or kind is C.CATEGORY and value is not C.CATEGORY_DIGIT for kind, value in av):
            raise _Unbounded  # "not these", "any letter": passes nearly every start of a word (a digit seldom does)
        return {case: list(av)}, False
    if op in _ZERO_WIDTH:
        return {}, True
    if op is C.SUBPATTERN:
        _, add, remove, sub = av
        inner = (flags | add) & ~remove
        if inner & _KIND != flags & _KIND:
            raise _Unbounded
        return _first(sub.data, inner)
    if op is C.BRANCH:
        found: dict[int, list] = {}
        empty = False
        for alternative in av[1]:
            sets, nullable = _first(alternative.data, flags)
            _merge(found, sets)
            empty = empty or nullable
        return found, empty
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, sub = av
        sets, nullable = _first(sub.data, flags)
        return sets, nullable or low == 0
    if op is C.ATOMIC_GROUP:
        return _first(av.data, flags)
    raise _Unbounded  # any character, a back-reference, a conditional: no set to test


def _guard(state, sets: dict[int, list], flags: int):
    """A one-character test's tree: one character set per case mode, each read as the pattern reads its characters."""
    branches = []
    for case, members in sorted(sets.items()):
        unique = sorted(set(members))
        test = _parser.SubPattern(state, [(C.IN, unique)])
        add, remove = (case & ~flags) & _CASE, (flags & ~case) & _CASE
        branches.append(_parser.SubPattern(state, [(C.SUBPATTERN, (None, add, remove, test))]))
    if len(branches) == 1:
        return branches[0]
    return _parser.SubPattern(state, [(C.BRANCH, (None, branches))])
