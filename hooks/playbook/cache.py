"""The result cache of `playbook check`: what each file yielded last time, so an unchanged file is not read again.

Like ruff's cache, it lives in the practice (`.cache/playbook/`, git-ignored) and
may be deleted at any time. One entry per Markdown file (and per review log
file) holds what that file yields whatever else the repository holds: the parsed
post or reply (the facts the cross-file rules recompute from: dates, channels,
uids, series ...), the parser's findings, the per-file rules' findings and the
per-file facts corpus rules ask for (ctx.per_file). An entry counts only for the
file's exact bytes (blake2b), and the whole file only for the same engine (its
source and data files, Python and the libraries the checks use), the same
repository folder, locale and plans/*.yml bytes (the team, channels, series,
authorizations and rule settings the checks read); per-file rule findings also
record the day they were computed for, since several rules read "today". The
bytes are not re-read when the file's size, times and inode are the ones
recorded, and were already old when it was read (git's "racily clean" rule).

A cache file this engine did not write is never trusted: the file carries a
MAC under a per-user key kept outside the repository (so a cache committed to
a pull request cannot pass its own results off as ours), the unpickler accepts
only the engine's data classes, and anything unreadable, foreign or stale is
ignored and rewritten. `--no-cache` or PLAYBOOK_NO_CACHE=1 (set by CI) turn it off.
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import datetime as dt
import enum
import hashlib
import hmac
import io
import os
import pickle
import secrets
import stat
import sys
import time
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .cachekey import RACY_NS, context_key, user_folder
from .files import write_atomically
from .source import MAX_BYTES, SourceText, decode, read_bytes, read_source

CACHE_DIR = ".cache/playbook"
FORMAT = b"playbook-check-cache 2\n"  # change when the file's layout changes
FILENAME = "check.bin"
CHANGES = "check-changes.bin"
CHANGES_SHARE = 8  # check.bin is written afresh once more than 1/8 of the entries changed since (CHANGES_MIN at least)
CHANGES_MIN = 64
ENV_VAR = "PLAYBOOK_NO_CACHE"
MAX_CACHE_BYTES = 1 << 31


def wanted(choice: bool | None) -> bool:
    """Whether to use the cache: an explicit True/False wins, else on unless PLAYBOOK_NO_CACHE is set (not 0)."""
    return choice if choice is not None else os.environ.get(ENV_VAR, "").strip() in ("", "0")


@dataclass
class Entry:
    """What one file yielded. `checked` holds the per-file rules' findings for the day `checked_on`."""

    digest: bytes
    item: object  # Post, ResponseTemplate, or None (another page, or a file the parser refused)
    parsed: tuple  # the parser's findings
    checked_on: dt.date | None = None
    checked: tuple = ()
    facts: dict = field(default_factory=dict)  # fact(): values corpus rules computed from this file, for `checked_on`
    signature: tuple = ()  # (size, mtime_ns, ctime_ns, inode, device) when the bytes were read
    read_ns: int = 0  # when they were read
    depends: tuple = ()  # what else the parse read (a review log: the reply templates' uids)


@dataclass
class ResultCache:
    """One run's view of the cache: entries loaded at the start, the ones this run used written back at the end.

    The entries live in two files. check.bin holds them all, pickled together (one load for ten
    thousand posts, and what they share, such as a time zone or a channel's name, stored once);
    check-changes.bin holds the entries changed since, each pickled on its own, and the files gone
    since, for that one check.bin (it names its MAC). A run that changes a few files rewrites the
    small file alone; one that changes more than CHANGES_SHARE of them (or none is readable) writes
    check.bin afresh, and the small file is dropped.
    """

    root: Path
    key: bytes  # engine, repository folder and plans: the file counts only for these
    secret: bytes
    base: bytes = b""  # check.bin's entries, pickled together, as read
    base_mac: bytes = b""  # check.bin's MAC: the check-changes.bin written for it names it
    changed: dict[str, bytes] = field(default_factory=dict)  # rel -> pickled Entry: check-changes.bin's, as read
    removed: frozenset[str] = frozenset()  # check.bin's entries of files gone since (check-changes.bin)
    new: dict[str, Entry] = field(default_factory=dict)  # the entries this run used
    dirty: set[str] = field(default_factory=set)  # ... of which these changed
    shared: dict[str, object] = field(default_factory=dict)  # what depends on the engine and plans alone (shared_value())
    shared_changed: bool = False
    extra: dict[str, object] = field(default_factory=dict)  # name -> value: files of their own (read_extra())
    early: dict[tuple, dict] = field(default_factory=dict)  # (rel, day) -> facts asked before the file's findings for the day
    _entries: dict | None = None  # check.bin's entries, unpickled on first use

    @property
    def path(self) -> Path:
        return self.root / CACHE_DIR / FILENAME

    @property
    def changes_path(self) -> Path:
        return self.root / CACHE_DIR / CHANGES

    @classmethod
    def open(cls, root: Path | str) -> ResultCache | None:
        """The cache of the repository at `root`, or None when it cannot be used (no key, a linked folder)."""
        root, secret = Path(root), _secret()
        if secret is None or not _safe_folder(root):
            return None
        cache = cls(root, context_key(root), secret)
        cache._load()
        return cache

    def known(self) -> set[str]:
        """The files the cache holds an entry for."""
        return (self._base_entries().keys() - self.removed) | self.changed.keys()

    def entries(self) -> dict[str, Entry]:
        """Every entry the cache files hold (for tests and curious people)."""
        return {rel: entry for rel in sorted(self.known()) if (entry := self._stored(rel)) is not None}

    def shared_value(self, name: str, compute: Callable[[], object]):
        """A value that depends on the engine and the plans alone (the rule listing, the rule settings)."""
        if name not in self.shared:
            self.shared[name] = compute()
            self.shared_changed = True
        return self.shared[name]

    def parsed(self, rel: str, parse: Callable[[SourceText], tuple[object, list]], depends: tuple = ()) -> Entry:
        """The entry of the file at `rel`: from the cache when its bytes (and what else `parse` reads
        besides the file and the plans: `depends`) are unchanged, else `parse`d now."""
        path = os.path.join(self.root, rel)
        old = self._stored(rel)
        if old is not None and old.depends != depends:
            old = None
        started = time.time_ns()
        try:
            info = os.stat(path)
        except OSError:
            info = None
        signature = _signature(info) if info is not None and stat.S_ISREG(info.st_mode) else ()
        if old is not None and signature and signature == old.signature and _settled(old):
            self.new[rel] = old
            return old
        data = read_bytes(path) if signature else None
        if not isinstance(data, bytes) or len(data) > MAX_BYTES:  # not cached: the parser reports why it is unreadable
            item, found = parse(read_source(path))
            return Entry(b"", item, tuple(found))
        digest = hashlib.blake2b(data, digest_size=20).digest()
        if old is not None and old.digest == digest:  # same bytes, new signature to remember
            entry = dataclasses.replace(old, signature=signature, read_ns=started)
        else:
            item, found = parse(decode(data))
            entry = Entry(digest, item, tuple(found), signature=signature, read_ns=started, depends=depends)
        self.new[rel] = entry
        self.dirty.add(rel)
        return entry

    def checked(self, rel: str, day: dt.date, run: Callable[[], list]) -> tuple:
        """The per-file rules' findings for the file at `rel` on `day`: cached, or `run` now and kept."""
        entry = self.new.get(rel)
        if entry is None or not entry.digest:
            return tuple(run())
        if entry.checked_on != day:
            entry.checked, entry.checked_on, entry.facts = tuple(run()), day, self.early.pop((rel, day), {})
            self.dirty.add(rel)
        return entry.checked

    def unchecked(self, rel: str, day: dt.date) -> bool:
        """Whether checked(rel, day, ...) would run the rules: the cache holds no findings of the file for `day`."""
        entry = self.new.get(rel)
        return entry is None or not entry.digest or entry.checked_on != day

    def fact(self, rel: str, name: str, compute: Callable, item, day: dt.date):
        """`compute(item)`, kept with the file's findings for `day` under `name` (for what a corpus rule asks of every
        file on every run); asked before they are in (a helper checks the file: check.py), kept with them once they are."""
        entry = self.new.get(rel)
        if entry is None or not entry.digest:
            return compute(item)
        facts = entry.facts if entry.checked_on == day else self.early.setdefault((rel, day), {})
        if name not in facts:
            facts[name] = compute(item)
            self.dirty.add(rel)
        return facts[name]

    def read_extra(self, name: str):
        """What write_extra(name, ...) kept for this context (engine, folder, plans) last time; None for anything else."""
        found = self._read(self.root / CACHE_DIR / name, name)
        if found is None or not (isinstance(found[0], tuple) and len(found[0]) == 2) or found[0][0] != self.key:
            return None
        return found[0][1]

    def write_extra(self, name: str, value) -> None:
        """Keep `value` in a cache file of its own (.cache/playbook/`name`), written by save()."""
        self.extra[name] = value

    def save(self) -> None:
        """Write the entries this run used (files gone since are dropped); a failure only costs speed."""
        known = self.known()
        unchanged = not self.dirty and not self.shared_changed and self.new.keys() == known
        if unchanged and not self.extra:
            return
        if context_key(self.root) != self.key:  # plans or engine changed during the run: these results may be stale
            return
        if self.extra and _safe_folder(self.root, create=True):
            for name, value in self.extra.items():
                with contextlib.suppress(OSError):
                    self._write(self.root / CACHE_DIR / name, name, (self.key, value))
        if unchanged:
            return
        base = self._base_entries()
        changed = {
            rel: self.changed[rel] if rel in self.changed and rel not in self.dirty else _dumps(entry) for rel, entry in self.new.items() if rel in self.dirty or rel in self.changed or rel not in base
        }
        removed = frozenset(base.keys() - self.new.keys())
        try:
            if not _safe_folder(self.root, create=True):
                return
            if self.base_mac and not self.shared_changed and len(changed) + len(removed) <= max(CHANGES_MIN, len(self.new) // CHANGES_SHARE):
                self._write(self.changes_path, CHANGES, (self.key, self.base_mac, changed, removed))
                return
            self._write(self.path, FILENAME, (self.key, self.shared, _dumps(self.new)))
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.changes_path)  # it names the old check.bin: never read again anyway
        except OSError:
            pass

    def _write(self, path: Path, name: str, value) -> bytes:
        payload = _dumps(value)
        mac = self._mac(name, payload)
        write_atomically(path, (FORMAT, mac, payload), durable=False)  # in parts: a copy of ten thousand posts less
        return mac

    def _mac(self, name: str, payload: bytes) -> bytes:
        mac = hmac.new(self.secret, FORMAT + name.encode() + b"\0", hashlib.blake2b)
        mac.update(payload)  # not joined to the rest first: that would copy the payload
        return mac.digest()

    def _stored(self, rel: str) -> Entry | None:
        blob = self.changed.get(rel)
        if blob is not None:
            try:
                entry = _loads(blob)
            except Exception:  # noqa: BLE001 - a damaged entry is no entry
                return None
        elif rel in self.removed:
            return None
        else:
            entry = self._base_entries().get(rel)
        return entry if isinstance(entry, Entry) else None

    def _base_entries(self) -> dict:
        """check.bin's entries, unpickled in one piece when first asked for (the classes they name are imported by then)."""
        if self._entries is None:
            try:
                entries = _loads(self.base) if self.base else {}
            except Exception:  # noqa: BLE001 - a damaged cache is no cache
                entries = {}
            self._entries = entries if isinstance(entries, dict) and all(isinstance(rel, str) for rel in entries) else {}
            self.base = b""  # read once: the pickle need not stay beside what it held (11 MB at ten thousand posts)
        return self._entries

    def _read(self, path: Path, name: str) -> tuple[object, bytes] | None:
        """The value a cache file this engine wrote under `name` holds, and its MAC; None for anything else."""
        blob = read_bytes(path, limit=MAX_CACHE_BYTES)  # never blocks on a pipe put in its place
        if not isinstance(blob, bytes) or len(blob) > MAX_CACHE_BYTES:
            return None
        size = hashlib.blake2b().digest_size
        head, mac, payload = blob[: len(FORMAT)], blob[len(FORMAT) : len(FORMAT) + size], blob[len(FORMAT) + size :]
        del blob  # the payload is a copy: two of check.bin at once are enough
        if head != FORMAT or not hmac.compare_digest(mac, self._mac(name, payload)):
            return None
        try:
            return _loads(payload), mac
        except Exception:  # noqa: BLE001 - a damaged cache is no cache
            return None

    def _load(self) -> None:
        """What the cache files this engine wrote for this context hold; nothing for anything else."""
        found = self._read(self.path, FILENAME)
        if found is None:
            return
        value, mac = found
        if not (isinstance(value, tuple) and len(value) == 3):
            return
        key, shared, base = value
        if key != self.key or not isinstance(shared, dict) or not isinstance(base, bytes):
            return
        self.shared, self.base, self.base_mac = shared, base, mac
        found = self._read(self.changes_path, CHANGES)
        if found is None or not (isinstance(found[0], tuple) and len(found[0]) == 4):
            return
        key, base_mac, changed, removed = found[0]
        if key != self.key or base_mac != mac or not isinstance(changed, dict) or not isinstance(removed, frozenset):
            return
        if all(isinstance(rel, str) and isinstance(blob, bytes) for rel, blob in changed.items()) and all(isinstance(rel, str) for rel in removed):
            self.changed, self.removed = changed, removed


def _signature(info: os.stat_result) -> tuple:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


def _settled(entry: Entry) -> bool:
    """Whether the file had last changed well before it was read: a later change must then show in its times."""
    return bool(entry.signature) and entry.signature[2] < entry.read_ns - RACY_NS


# --- the per-user key and the folder --------------------------------------------------------------


def _secret() -> bytes | None:
    """This user's key for the caches' MACs (~/.cache/playbook/cache-key, made on first use); None if unavailable."""
    folder = user_folder()
    if folder is None:
        return None
    path = folder / "cache-key"
    try:
        with open(path, "rb") as handle:
            key = handle.read(64)
        return key if len(key) == 32 else None
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it meanwhile: use theirs next time
        return None
    except OSError:
        return None
    key = secrets.token_bytes(32)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def _safe_folder(root: Path, create: bool = False) -> bool:
    """Whether .cache/playbook is (or can be made) a real folder inside the repository, not a link elsewhere."""
    folder = root
    for part in Path(CACHE_DIR).parts:
        folder = folder / part
        try:
            info = os.lstat(folder)
        except FileNotFoundError:
            if not create:
                return True
            try:
                os.mkdir(folder)
            except OSError:
                return False
            continue
        except OSError:
            return False
        if not stat.S_ISDIR(info.st_mode):  # a link (even to a folder) or a file: never write through it
            return False
    return True


# --- pickling only the engine's data ----------------------------------------------------------------


def _zone(key: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(key)


_SAFE_GLOBALS = {("datetime", name) for name in ("datetime", "date", "time", "timedelta", "timezone")} | {(__name__, "_zone")}


class _Pickler(pickle.Pickler):
    dispatch_table = {**copyreg.dispatch_table, zoneinfo.ZoneInfo: lambda zone: (_zone, (zone.key,))}


def _dumps(value) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=5).dump(value)
    return buffer.getvalue()


def _loads(data: bytes):
    return _Unpickler(io.BytesIO(data)).load()


class _Unpickler(pickle.Unpickler):
    """Builds the engine's dataclasses and enums, dates and zones; refuses every other global."""

    def find_class(self, module: str, name: str):
        found = _ALLOWED.get((module, name))
        return found if found is not None else _allow(module, name)


_ALLOWED: dict[tuple[str, str], object] = {}


def _allow(module: str, name: str):
    found = None
    if (module, name) in _SAFE_GLOBALS:
        found = getattr(sys.modules.get(module), name, None)
    elif module.startswith("playbook.") and "." not in name:
        candidate = getattr(sys.modules.get(module), name, None)  # only modules already imported: nothing runs
        if isinstance(candidate, type) and (dataclasses.is_dataclass(candidate) or issubclass(candidate, enum.Enum)):
            found = candidate
    if found is None:
        raise pickle.UnpicklingError(f"{module}.{name} is not engine data")
    _ALLOWED[(module, name)] = found
    return found
