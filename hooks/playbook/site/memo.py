"""What the last build made of each post, kept beside the check's cache so the next build reuses it.

A post's card (with its previews, sanitised) takes about a millisecond to make,
its calendar events a fraction of that, and from one build to the next nearly
every post's are the same. Each post gets files under .cache/playbook/site/
(named by a digest of its path): its card and its events, each with a digest
of everything it was made from: the engine, the repository folder and plans/
(cache.context_key), and the inputs the caller names (`card.card_inputs`: the
post, today, its findings, its pictures; `FeedBuilder.post_events`: the post,
the site's address, its git history). Another digest, another card.

The files follow the check's cache (cache.py): none with --no-cache or
PLAYBOOK_NO_CACHE=1, and a file counts only with a MAC under the per-user key
kept outside the repository, so a memo committed to a pull request cannot put
its own words on our pages. Anything unreadable, foreign or stale is remade;
any failure to write only costs the next build time.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import stat
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from .. import cache
from ..source import read_bytes

FOLDER = Path(cache.CACHE_DIR) / "site"
FORMAT = b"playbook-site-memo 1\n"  # change when a file's layout changes
_MAC = hashlib.blake2b().digest_size
_KEY = 20  # bytes of the digest of what a card was made from
LIMIT = 1 << 26  # bytes a memo file may hold


class PostMemo:
    """One build's view of the memo files: read when a post's page is made, rewritten when its card changed."""

    def __init__(self, root: Path, secret: bytes, context: bytes, held: Held | None = None):
        self.root = root
        self.secret = secret
        self.context = context  # engine, repository folder, locale and plans/: every card depends on them
        self.folder = str(root / FOLDER)
        self.held = held  # under `mkdocs serve`: what this process read or wrote, so a rebuild reads no file again

    @classmethod
    def open(cls, root: Path | str, held: Held | None = None) -> PostMemo | None:
        """The memo of the practice at `root`, or None when the check's cache is off or cannot be used here."""
        root = Path(root)
        if not cache.wanted(None):
            return None
        secret = cache._secret()
        if secret is None or not cache._safe_folder(root, create=True) or not _real_folder(root / FOLDER):
            return None
        return cls(root, secret, cache.context_key(root), held)

    def card(self, path: str, inputs: tuple, make: Callable[[], str]) -> str:
        """The card of the post at `path`: the one kept for these `inputs`, else `make()` (and kept)."""
        data = self._value("card", path, inputs, lambda: make().encode("utf-8", "surrogatepass"))
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:  # a card no UTF-8 holds is never kept: made again
            return make()

    def events(self, path: str, inputs: tuple, make: Callable[[], list[bytes]]) -> list[bytes]:
        """The calendar events of the post at `path` (icsbytes.write's bytes): kept for these `inputs`, else `make()`."""
        return self._parts("events", path, inputs, make)

    def shared(self, name: str, make: Callable[[], bytes], inputs: bytes = b"") -> bytes:
        """A value of the whole site: kept for the engine, plans/ and `inputs` (a digest of the rest), else `make()`.

        The rules reference depends on the engine alone; the generated pages on the report, posts' copy left out but
        the facts of it they read (build.PAGE_FACTS).
        """
        return self._value("shared", name, (inputs,), make)

    def shared_parts(self, name: str, make: Callable[[], list[bytes]], inputs: bytes = b"") -> list[bytes]:
        """`shared` for a value made of many parts (the generated pages), returned as its parts."""
        return self._parts("shared", name, (inputs,), make)

    def kept(self, kind: str, path: str, inputs: tuple) -> bytes | None:
        """The bytes kept for `path` made from `inputs`, or None."""
        file, key = self._file(kind, path), self._key(kind, inputs)
        if self.held is not None and (data := self.held.get(file, key)) is not None:
            return data
        kept = self._read(file)
        if kept is not None and kept[:_KEY] == key:
            if self.held is not None:
                self.held.put(file, key, kept[_KEY:])
            return kept[_KEY:]
        return None

    def keep(self, kind: str, path: str, inputs: tuple, data: bytes) -> None:
        file, key = self._file(kind, path), self._key(kind, inputs)
        self._write(file, key + data)
        if self.held is not None:
            self.held.put(file, key, data)

    def _value(self, kind: str, path: str, inputs: tuple, make: Callable[[], bytes]) -> bytes:
        data = self.kept(kind, path, inputs)
        if data is None:
            data = make()
            self.keep(kind, path, inputs, data)
        return data

    def _parts(self, kind: str, path: str, inputs: tuple, make: Callable[[], list[bytes]]) -> list[bytes]:
        """`_value` for a list of values, kept framed: the caller holds the parts, not the joined bytes beside them (but
        while they are written, or in Held under `mkdocs serve`). The generated pages, joined and sliced again, held the
        site's text two and three times in a cold build."""
        kept = self.kept(kind, path, inputs)
        if kept is not None:
            return unframed(kept)
        parts = make()
        self.keep(kind, path, inputs, framed(parts))
        return parts

    def _key(self, kind: str, inputs: tuple) -> bytes:
        return hashlib.blake2b(self.context + repr((kind, inputs)).encode("utf-8", "surrogatepass"), digest_size=_KEY).digest()

    def _file(self, kind: str, path: str) -> str:
        name = hashlib.blake2b(path.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        return os.path.join(self.folder, f"{name}.{kind}")

    def _read(self, file: str) -> bytes | None:
        data = read_bytes(file, limit=LIMIT)
        if not isinstance(data, bytes) or not data.startswith(FORMAT):
            return None
        mac, payload = data[len(FORMAT) : len(FORMAT) + _MAC], data[len(FORMAT) + _MAC :]
        if not hmac.compare_digest(mac, self._mac(payload)):
            return None
        return payload

    def _write(self, file: str, payload: bytes) -> None:
        """Replace the file's bytes (a torn or interleaved write fails its MAC next time: a miss, not an error)."""
        try:
            fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_NONBLOCK, 0o600)
        except OSError:  # a link, a pipe or a folder in its place: no memo for this post
            return
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                os.write(fd, FORMAT + self._mac(payload) + payload)
        except OSError:
            pass
        finally:
            os.close(fd)

    def _mac(self, payload: bytes) -> bytes:
        return hmac.digest(self.secret, FORMAT + payload, "blake2b")


class Held:
    """Memo values one process has read or written, by file: a `mkdocs serve` rebuild checks each one's key in
    memory instead of reading and verifying 2,000 files again. Bounded by bytes, the oldest dropped first."""

    def __init__(self, limit: int = 256 << 20):
        self.limit = limit
        self.size = 0
        self.values: OrderedDict[str, tuple[bytes, bytes]] = OrderedDict()

    def get(self, file: str, key: bytes) -> bytes | None:
        held = self.values.get(file)
        return held[1] if held is not None and held[0] == key else None

    def put(self, file: str, key: bytes, data: bytes) -> None:
        if (old := self.values.pop(file, None)) is not None:
            self.size -= _weight(file, *old)
        if _weight(file, key, data) > self.limit:
            return
        self.values[file] = (key, data)
        self.size += _weight(file, key, data)
        while self.size > self.limit:
            gone, held = self.values.popitem(last=False)
            self.size -= _weight(gone, *held)


def _weight(file: str, key: bytes, data: bytes) -> int:
    """What an entry holds in memory, roughly: its bytes, its name and key, and the objects around them."""
    return len(data) + len(key) + len(file) + 200


def _real_folder(folder: Path) -> bool:
    """Whether `folder` (inside the cache's own folder) is a real folder, made if missing."""
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        try:
            os.mkdir(folder)
            return True
        except OSError:
            return False
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode)


def framed(values: list[bytes]) -> bytes:
    """`values` in one value, each after its length (`unframed` splits them again)."""
    return b"".join(len(value).to_bytes(4, "big") + value for value in values)


def unframed(data: bytes) -> list[bytes]:
    values, at = [], 0
    while at < len(data):
        size = int.from_bytes(data[at : at + 4], "big")
        values.append(data[at + 4 : at + 4 + size])
        at += 4 + size
    return values
