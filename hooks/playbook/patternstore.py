"""Compiled regular expressions kept between runs, so a pre-commit check does not compile the rules' patterns again.

The privacy rules' patterns are long (word lists, names, places), and compiling the few hundred a
one-file check reaches costs a third of it, in every process: Python's `re` keeps its cache in memory
only, and no library keeps one on disk. What `re` compiles a pattern to (its code: a list of
integers, with the groups) depends on the pattern, its flags and the Python running it alone, so the
store keeps that code per (pattern, flags) in one file per Python and regular-expression engine, in
the user's own cache folder (~/.cache/playbook, where the result cache's key lives: outside every
repository). A stored pattern is built with the engine's own constructor (`_sre.compile`, which
validates the code it is given) and matches what `re.compile`'s pattern matches (its info block may hold a
set of first characters: first_char.py); anything unreadable,
foreign or refused by the engine is compiled afresh, and the store is only used while the result
cache is (never under --no-cache or in CI), or in the folder PLAYBOOK_PATTERN_STORE names: the test suite
names a fresh one per session, so its hundreds of checking processes compile the rules once, not each. The code is kept packed (the engine's code units as bytes,
deflated) and unpacked only for a pattern a run asks for: as Python lists, the few hundred patterns
of a full check took some 20 MB of the build's peak memory and a sixth of a second to read.

Beside the patterns it keeps what the rules build from word lists before compiling (the word lists
read from YAML, the tries of their alternations, the team's given names among them): a function of
the engine's own code and of the key alone, so kept under the engine's fingerprint in a file per engine
(the last _ENGINES written are kept, so worktrees checked by turns do not drop each other's) and,
past _MAX entries, trimmed to what the last run used. The lexicons' large tables (a model of 38,000 weights, the
clinical terms) go to a file of their own beside it, read only by a process that asks for one.
"""

from __future__ import annotations

import array
import contextlib
import functools
import hashlib
import marshal
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

try:  # CPython's own pieces of `re`: without them (another Python), every pattern is compiled as usual
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover
    _sre = None

from . import first_char, literal_gate
from .files import write_atomically

T = TypeVar("T")

_FORMAT = 4  # entries hold packed code with first-character sets (3: looks; 2: neither; 1: lists of integers)
_GUARDS = first_char.fingerprint()  # the code it adds: a fix to it is never mixed with old code
_TAG = hashlib.blake2b(f"{_FORMAT}\0{sys.version}\0{getattr(_sre, 'MAGIC', 0)}\0{getattr(_sre, 'CODESIZE', 0)}\0{_GUARDS}".encode(), digest_size=8).hexdigest()
_MAX = 20_000  # values kept: past this, only what the last run used is written again
_ENGINES = 4  # engines whose derived values are kept side by side (derived-<tag>-<engine>.bin)
_MAX_PATTERNS = 2_000  # a full check compiles some 500: past this, only the patterns of the last run are written again
_UNIT = next((code for code in "IL" if array.array(code).itemsize == getattr(_sre, "CODESIZE", 4)), "I")  # one code unit


class PatternStore:
    """The compiled code of patterns, by (pattern, flags), read from and written to one file."""

    def __init__(self, path: Path):
        self.path = path
        self.stored = _read(path)
        self.used: dict[tuple[str, int], tuple] = {}
        self.added = False

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        key = (pattern, int(flags))
        entry = self.used.get(key) or self.stored.get(key)
        if entry is not None:
            try:
                compiled = _sre.compile(pattern, *_unpacked(entry))
                self.used[key] = entry
                return compiled
            except Exception:  # noqa: BLE001 - a damaged entry is no entry
                pass
        compiled, entry = _compile(pattern, int(flags))
        if entry is not None:
            self.used[key] = _packed(entry)
            self.added = True
        return compiled

    def save(self) -> None:
        """Write the store when this run compiled a pattern it lacked; a failure only costs speed."""
        if not self.added:
            return
        kept = {**self.stored, **self.used}
        if len(kept) > _MAX_PATTERNS:  # distinct patterns: one the run reused is counted once
            kept = dict(self.used)
        with contextlib.suppress(OSError, ValueError):
            write_atomically(self.path, marshal.dumps(kept), durable=False)


def _read(path: Path) -> dict:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _packed(entry: tuple) -> tuple:
    """`_sre.compile`'s arguments with the code as deflated bytes: what the store keeps."""
    flags, code, *rest = entry
    return (flags, zlib.compress(array.array(_UNIT, code).tobytes(), 1), *rest)


def _unpacked(entry: tuple) -> tuple:
    """A stored entry as `_sre.compile`'s arguments again (raises on anything else: a damaged entry)."""
    flags, code, *rest = entry
    return (flags, array.array(_UNIT, zlib.decompress(code)).tolist(), *rest)


def _compile(pattern: str, flags: int) -> tuple[re.Pattern, tuple | None]:
    """`re.compile`'s result and the code it was built from (None when this Python's `re` cannot tell it)."""
    if _sre is None or not isinstance(pattern, str):
        return re.compile(pattern, flags), None
    try:
        return _from_tree(pattern, flags, _parser.parse(pattern, flags))
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - `re` internals of another version: compile as usual
        return re.compile(pattern, flags), None


def _from_tree(pattern: str, flags: int, parsed) -> tuple[re.Pattern, tuple | None]:
    """What re._compiler.compile does with the parse tree of `pattern`, keeping the pieces, with a set of first
    characters where `re` would try the whole pattern at every position (first_char.py: same matches)."""
    try:
        code = first_char.with_starts(parsed, flags, [int(op) for op in _compiler._code(parsed, flags)])
        state = parsed.state
        index = [None] * state.groups
        for name, number in state.groupdict.items():
            index[number] = name
        entry = (int(flags | state.flags), code, int(state.groups - 1), dict(state.groupdict), tuple(index))
        return _sre.compile(pattern, *entry), entry
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - `re` internals of another version: compile as usual
        return re.compile(pattern, flags), None


class DerivedStore:
    """Values the engine derives from its own code and data, by (kind, key), for one engine's fingerprint."""

    def __init__(self, path: Path, engine: bytes):
        self.path = path
        self.engine = engine
        data = _read(path)
        self.values: dict = data.get("values", {}) if data.get("engine") == engine and isinstance(data.get("values"), dict) else {}
        self.used: set[str] = set()
        self.added = False

    def remembered(self, kind: str, key: str, make: Callable[[], T]) -> T:
        name = f"{kind}\0{hashlib.blake2b(key.encode(), digest_size=16).hexdigest()}"
        self.used.add(name)
        if name in self.values:
            return self.values[name]
        value = make()
        try:
            marshal.dumps(value)
        except ValueError:  # not a value marshal keeps: made afresh every run
            return value
        self.values[name] = value
        self.added = True
        return value

    def save(self) -> bool:
        """Write the values when this run derived one the file lacked; whether it wrote (a failure only costs speed)."""
        if not self.added:
            return False
        kept = self.values if len(self.values) <= _MAX else {name: v for name, v in self.values.items() if name in self.used}
        try:
            write_atomically(self.path, marshal.dumps({"engine": self.engine, "values": kept}), durable=False)
        except (OSError, ValueError):
            return False
        return True


SESSION_VAR = "PLAYBOOK_PATTERN_STORE"


def session_folder() -> Path | None:
    """The folder PLAYBOOK_PATTERN_STORE names, for runs without the result cache; unset (as for every user), none."""
    value = os.environ.get(SESSION_VAR, "")
    return Path(value) if value else None


_active: list[PatternStore] = []
_derived: list[DerivedStore] = []


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the drop-in for re.compile
    """`re.compile(pattern, flags)` (its matches, built as the store builds them), through the store when one is open."""
    return _active[-1].compile(pattern, flags) if _active else _compiled(pattern, int(flags))


@functools.lru_cache(maxsize=1024)  # as re.compile keeps what it compiled
def _compiled(pattern: str, flags: int) -> re.Pattern:
    return _compile(pattern, flags)[0]


def compile_gated(pattern: str, flags: int = 0) -> tuple[re.Pattern, tuple[str, ...] | None]:
    """`compile(pattern, flags)` and the strings one of which each match holds (literal_gate.factor), the
    strings remembered with the engine's values (the reading is engine code), the tree parsed once."""
    if _sre is None or not isinstance(pattern, str):
        return compile(pattern, flags), None
    tree = None

    def read() -> tuple[str, ...] | None:
        nonlocal tree
        tree = _parser.parse(pattern, flags)
        return literal_gate.factor(tree)

    strings = remembered("gate", f"{int(flags)}\0{pattern}", read)
    if tree is not None and not _active:  # parsed just now, and no store keeps code: compile this tree
        return _from_tree(pattern, int(flags), tree)[0], strings
    return compile(pattern, flags), strings


def remembered(kind: str, key: str, make: Callable[[], T]) -> T:
    """`make()`, or what it returned for this (kind, key) in an earlier run of this engine. `make` must depend
    on the engine's code and data and on `key` alone, and return what marshal keeps (text, tuples, dicts)."""
    return _derived[-1].remembered(kind, key, make) if _derived else make()


def remembered_packed(kind: str, key: str, make: Callable[[], T], shaped: Callable[[object], bool] = lambda value: True) -> T:
    """remembered() for a large value few processes need (a model or table of tens of thousands of entries), kept in a
    file of its own beside the engine's derived values and read only by a process that asks: a build's own process,
    whose rules run in a helper, never holds it. One value a kind (the table for the dictionary installed now); a value
    read back that `shaped` refuses (a damaged file that still unpacks) is made afresh."""
    if not _derived:
        return make()
    store = _derived[-1]
    path = store.path.with_suffix(".packed")
    name = f"{kind}\0{hashlib.blake2b(key.encode(), digest_size=16).hexdigest()}"
    kept = _read(path)
    values = kept.get("values") if kept.get("engine") == store.engine and isinstance(kept.get("values"), dict) else {}
    blob = values.get(name)
    if isinstance(blob, bytes):
        try:
            found = marshal.loads(blob)
        except (EOFError, ValueError, TypeError):  # a damaged value is made afresh
            pass
        else:
            if shaped(found):
                return found
    value = make()
    try:
        blob = marshal.dumps(value)
    except ValueError:  # not a value marshal keeps: made afresh every run
        return value
    values = {other: b for other, b in values.items() if other.split("\0")[0] != kind} | {name: blob}
    with contextlib.suppress(OSError, ValueError):  # a failure only costs speed
        write_atomically(path, marshal.dumps({"engine": store.engine, "values": values}), durable=False)
    return value


class Seen:
    """What the open stores held when a worker process was forked, and what it has sent back since."""

    def __init__(self) -> None:
        store, derived = (_active[-1] if _active else None), (_derived[-1] if _derived else None)
        self.patterns = set(store.used) if store else set()
        self.values = set(derived.values) if derived else set()
        self.names = set(derived.used) if derived else set()


def news(seen: Seen) -> tuple[dict, dict, set]:
    """In a worker: what the open stores gained since `seen` (patterns compiled or read, values derived, the
    names of values used), for the process that forked it to absorb(): what a worker learns is kept too."""
    store, derived = (_active[-1] if _active else None), (_derived[-1] if _derived else None)
    patterns = {key: entry for key, entry in store.used.items() if key not in seen.patterns} if store else {}
    values = {name: value for name, value in derived.values.items() if name not in seen.values} if derived else {}
    names = derived.used - seen.names if derived else set()
    seen.patterns.update(patterns)
    seen.values.update(values)
    seen.names |= names
    return patterns, values, names


def absorb(found: tuple[dict, dict, set]) -> None:
    """Keep what a worker's news() reports, as if this process had compiled and derived it."""
    patterns, values, names = found
    if _active:
        store = _active[-1]
        store.added = store.added or any(key not in store.stored and key not in store.used for key in patterns)
        store.used.update(patterns)
    if _derived:
        derived = _derived[-1]
        derived.added = derived.added or any(name not in derived.values for name in values)
        derived.values.update(values)
        derived.used |= names


@contextlib.contextmanager
def kept(folder: Path | None, engine: bytes | None = None) -> Iterator[None]:
    """Within the block, patterns compile through the store in `folder` (none: as usual), and with the
    engine's fingerprint, what it derives from its data is remembered; both are saved at the end."""
    if folder is None or _sre is None:
        yield
        return
    path = Path(folder) / f"patterns-{_TAG}.bin"
    if _active and _active[-1].path == path:  # within a block of the same store already (a build's, check.rules_apart)
        yield
        return
    store = PatternStore(path)
    derived = DerivedStore(_derived_path(Path(folder), engine), engine) if engine else None
    _active.append(store)
    if derived:
        _derived.append(derived)
    try:
        yield
    finally:
        _active.remove(store)
        store.save()
        if derived:
            _derived.remove(derived)
            if derived.save():
                _prune(derived.path)


def _derived_path(folder: Path, engine: bytes) -> Path:
    """One file per engine: two worktrees (or branches) checked by turns would otherwise each drop
    the other's values and derive them all again in every run (0.6 CPU-s of a one-file check)."""
    return folder / f"derived-{_TAG}-{hashlib.blake2b(engine, digest_size=8).hexdigest()}.bin"


def _prune(kept: Path) -> None:
    """Keep the _ENGINES most recently written engines' files beside `kept`; a failure only costs space."""
    with contextlib.suppress(OSError):
        others = sorted(kept.parent.glob(f"derived-{_TAG}-*.bin"), key=lambda path: path.stat().st_mtime_ns, reverse=True)
        for path in others[_ENGINES:]:
            if path != kept:
                path.unlink(missing_ok=True)
                path.with_suffix(".packed").unlink(missing_ok=True)
