"""A look at the first character a match can start with, put where `re` would otherwise try the whole pattern.

Most of the rules' patterns begin with a look-behind ("not after a letter") and then an alternation of
words ("the|a|our|...", a trie of roles or body parts). `re` skips ahead quickly only for a pattern
that starts with a literal or a character set; after a look-behind it tries the pattern at every
position, and at each start of a word it walks the alternation branch by branch (under IGNORECASE each
branch is a call, not a compare). A look-ahead for the characters a match can begin with, placed after
the leading look-behinds, turns most of those walks into one set test: a text's words mostly start
with other letters. It changes no match: every match of the pattern begins with one of those
characters, the look-ahead takes none, and it comes before everything the pattern tries at that
position. Written here because `re` has no such optimisation and no library adds one to it; the cold
check of a practice scans every text with some five hundred of these patterns.
"""

from __future__ import annotations

import re

try:  # CPython's own parse tree of `re`: without it (another Python), nothing is guarded
    import _sre
    from re import _compiler, _parser
    from re import _constants as C
except ImportError:  # pragma: no cover
    C = _sre = None

from .cachekey import module_digest

_CASE = re.IGNORECASE
_KIND = re.LOCALE | re.ASCII | re.UNICODE  # what a category or a case fold means: a guard only in the pattern's own
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT) if C is not None else ()  # take no character: a look-behind, a word boundary
_VERSION = 1  # raised with any change to the looks this module adds
_MOST = 4096  # set items a guard may hold: past this it is no cheaper than the pattern


def fingerprint() -> str:
    """This module's source, so code it added under an older version is not reused (its version without source)."""
    return module_digest(globals().get("__file__"), f"version {_VERSION}")


class _Unbounded(Exception):
    """The pattern may start with any character (or none): no guard."""


def guarded(parsed, flags: int):
    """From `re._parser.parse(pattern, flags)`: the same tree with a look-ahead for the characters a match can
    start with after its leading zero-width items, or None when that would not help or cannot be told."""
    if C is None:
        return None
    try:
        top = int(flags) | parsed.state.flags
        if _has_prefix(parsed, top):
            return None  # `re` already skips to where the pattern's first characters are
        data = list(parsed.data)
        at = 0
        while at < len(data) and data[at][0] in _ZERO_WIDTH:
            at += 1
        if at == len(data) or _single(data[at]):
            return None  # nothing to guard, or the first step is already one character test
        sets, nullable = _first(data[at:], top)
        if nullable or not sets or sum(len(items) for items in sets.values()) > _MOST:
            return None
        guard = _guard(parsed.state, sets, top)
        return _parser.SubPattern(parsed.state, [*data[:at], (C.ASSERT, (1, guard)), *data[at:]])
    except (_Unbounded, AttributeError, TypeError, ValueError, RecursionError):  # a tree of another `re`
        return None


def _has_prefix(parsed, flags: int) -> bool:
    """Whether `re` compiles a literal prefix or a first-character set for this pattern (its own fast skip)."""
    if flags & re.LOCALE:
        return True  # the locale decides what a character set holds: left as `re` makes it
    prefix, _, _ = _compiler._get_literal_prefix(parsed, flags)
    return bool(prefix) or bool(_compiler._get_charset_prefix(parsed, flags))


def _single(item) -> bool:
    """Whether the item's first step is one character test ("a", "[A-Z]", "(?i:a)b"): a look would repeat it."""
    op, av = item
    if op is C.SUBPATTERN:
        return bool(av[3].data) and _single(av[3].data[0])
    return op in (C.LITERAL, C.NOT_LITERAL, C.IN)


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
    """A look-ahead's tree: one character set per case mode, each read as the pattern reads its characters."""
    branches = []
    for case, members in sorted(sets.items()):
        unique = sorted(set(members))
        test = _parser.SubPattern(state, [(C.IN, unique)])
        add, remove = (case & ~flags) & _CASE, (flags & ~case) & _CASE
        branches.append(_parser.SubPattern(state, [(C.SUBPATTERN, (None, add, remove, test))]))
    if len(branches) == 1:
        return branches[0]
    return _parser.SubPattern(state, [(C.BRANCH, (None, branches))])
