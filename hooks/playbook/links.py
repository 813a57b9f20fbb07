"""Symbolic links in content/, plans/ and overrides/: follow those that stay in the repository, refuse the rest.

MkDocs walks its docs folder following every link (`os.walk(followlinks=True)`)
and copies what it finds into site/, so `ln -s /etc/passwd content/leak.txt`
would publish that file. This module walks the same folders the same way but
refuses a link whose target lies outside the repository or in a hidden folder
(`.git`, `.env` ...: MkDocs never publishes those, a link must not smuggle one
in), points to nothing, or leads back into a folder the walk is already in (a
loop, which makes MkDocs' walk run until the operating system gives up). The
corpus reads only the files this walk yields; the MkDocs glue drops every
other file below these folders from the build.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .layout import CONTENT_DIR, PLANS_DIR

WATCHED = (CONTENT_DIR, PLANS_DIR, "overrides")
MAX_FOLDERS = 20_000  # folders one walk may enter; links that multiply a tree hit this, real content never does


@dataclass(frozen=True)
class Refusal:
    """A link the build will not follow: `rel` is where the walk met it."""

    rel: str
    kind: str  # "outside", "hidden", "broken", "loop" or "too-many"
    target: str  # what the link says, as written

    @property
    def endless(self) -> bool:
        """MkDocs' own walk of the docs folder would not finish (or not in reasonable time)."""
        return self.kind in ("loop", "too-many")

    def message(self) -> str:
        link = f"'{self.rel}' is a symbolic link to '{self.target}'"
        return {
            "outside": f"{link}, outside the repository: the build would publish that file. Copy what you need into the repository, or remove the link",
            "hidden": f"{link}, inside a hidden folder such as .git that the site never publishes. Remove the link",
            "broken": f"{link}, which does not exist. Remove the link or restore its target",
            "loop": f"{link}, which leads back to itself or to a folder around it (a loop): following it never ends. Remove the link",
            "too-many": f"{link}; the links in this folder multiply it beyond {MAX_FOLDERS:,} folders. Remove links that point at the same folder twice",
        }[self.kind]


@dataclass(frozen=True)
class Walk:
    """What the build may read under the watched folders: files (paths as MkDocs sees them) and refused links."""

    root: Path
    files: tuple[str, ...] = ()
    refused: tuple[Refusal, ...] = ()

    def under(self, folder: str, suffix: str = "") -> list[str]:
        prefix = folder.rstrip("/") + "/"
        return [rel for rel in self.files if rel.startswith(prefix) and rel.endswith(suffix)]

    @property
    def endless(self) -> tuple[Refusal, ...]:
        return tuple(r for r in self.refused if r.endless)

    def allows(self, path: str | os.PathLike, base: str | os.PathLike | None = None) -> bool:
        """May the build read or publish `path`?

        `base` is the repository folder as the caller spells it (MkDocs keeps
        the unresolved path of mkdocs.yml's folder); paths are compared as
        written, so a link in the middle of `path` is not followed before it
        is judged. Files outside the watched folders (the theme's own,
        generated pages) are not this module's business and are allowed.
        Below them, a file is refused when it sits at or below a refused
        link, or when it resolves outside the repository now (a link made
        after the walk).
        """
        return self._allows(path, base, _Pass(self.root))

    def refused_among(self, paths: list[str | os.PathLike], base: str | os.PathLike | None = None) -> set[str | os.PathLike]:
        """The paths of `paths` that `allows` refuses, judged in one pass.

        Each folder's real path is looked up once for the pass instead of once per
        file (2,000 posts live in a few dozen folders), so the pass costs one lstat a
        file; a file that is itself a link is resolved in full, as `allows` does.
        """
        judged = _Pass(self.root)
        return {path for path in paths if not self._allows(path, base, judged)}

    def _allows(self, path: str | os.PathLike, base: str | os.PathLike | None, judged: _Pass) -> bool:
        absolute, start = os.path.abspath(path), judged.start(base)
        # relpath's answer, without its work for the common case (10,000 posts: a tenth of a second): a path below `start`
        rel = absolute[len(start) + 1 :] if absolute.startswith(start + os.sep) else os.path.relpath(absolute, start)
        parts = rel.replace(os.sep, "/").split("/")
        if parts[0] not in WATCHED:
            return True  # includes "..": outside the repository as written, e.g. the theme's package
        blocked = judged.blocked(self.refused)
        if blocked and any("/".join(parts[:n]) in blocked for n in range(1, len(parts) + 1)):
            return False
        return judged.resolves_inside(os.fspath(path))


class _Pass:
    """One pass over files: the real paths of the repository and of each folder, looked up once for the pass."""

    def __init__(self, root: Path):
        self.root = Path(root).resolve()
        self.folders: dict[str, str | None] = {}
        self.inside: dict[str, bool] = {}  # a real folder -> whether it lies in the repository outside any hidden folder
        self._starts: dict[object, str] = {}
        self._blocked: frozenset[str] | None = None

    def start(self, base: str | os.PathLike | None) -> str:
        """The absolute folder paths are judged from (the repository's, as the caller spells it)."""
        if base not in self._starts:
            self._starts[base] = os.path.abspath(base or self.root)
        return self._starts[base]

    def blocked(self, refused: tuple[Refusal, ...]) -> frozenset[str]:
        """The refused links' paths, gathered once for the pass."""
        if self._blocked is None:
            self._blocked = frozenset(r.rel for r in refused)
        return self._blocked

    def resolves_inside(self, path: str) -> bool:
        """resolves_inside(root, path): realpath(folder/name) is realpath(folder)/name when `name` is no link,
        so only a file that is a link, in a folder that does not resolve, or spelt with '..', is resolved in full."""
        if not os.path.isabs(path) or os.path.normpath(path) != path:
            return _classify(self.root, path)[0] is None
        folder, name = os.path.split(path)
        if folder not in self.folders:
            try:
                self.folders[folder] = os.path.realpath(folder, strict=True)
            except OSError:
                self.folders[folder] = None
        real_folder = self.folders[folder]
        try:
            is_link = stat.S_ISLNK(os.lstat(path).st_mode)
        except OSError:
            return False  # nothing there: broken
        if real_folder is None or is_link:
            return _classify(self.root, path)[0] is None
        if real_folder not in self.inside:  # _where(root, real_folder/name) is the folder's verdict, and the name's own dot
            self.inside[real_folder] = _where(self.root, real_folder) is None
        return self.inside[real_folder] and not name.startswith(".")


def resolves_inside(root: Path, path: str | os.PathLike) -> bool:
    """True when `path` exists and, links followed, lies in the repository outside any hidden folder."""
    return _classify(Path(root).resolve(), str(path))[0] is None


def _classify(root: Path, path: str) -> tuple[str | None, str]:
    """(refusal kind or None, real path) for a path whose links are followed."""
    try:
        real = os.path.realpath(path, strict=True)
    except OSError as exc:
        return ("loop" if exc.errno == errno.ELOOP else "broken"), ""
    return _where(root, real), real


def _where(root: Path, real: str) -> str | None:
    """None when the real path `real` lies in the repository outside any hidden folder, else the refusal's kind."""
    try:
        inner = Path(real).relative_to(root)
    except ValueError:
        return "outside"
    if any(part.startswith(".") for part in inner.parts):
        return "hidden"
    return None


def _contains(outer: str, inner: str) -> bool:
    return inner == outer or inner.startswith(outer.rstrip(os.sep) + os.sep)


def walk_repository(root: Path | str, folders: tuple[str, ...] = WATCHED) -> Walk:
    """Walk `folders` below `root` as MkDocs would, links followed, refusing the links described above."""
    root = Path(root).resolve()
    files: list[str] = []
    refused: list[Refusal] = []
    budget = [MAX_FOLDERS]
    for folder in folders:
        top = root / folder
        if top.is_symlink():
            kind, real = _classify(root, str(top))
            if kind is not None:
                refused.append(Refusal(folder, kind, _target(top)))
                continue
        if top.is_dir():
            _walk(root, top, folder, (os.path.realpath(top),), files, refused, budget)
    return Walk(root, tuple(files), tuple(refused))


def _walk(root: Path, folder: Path, rel: str, stack: tuple[str, ...], files: list[str], refused: list[Refusal], budget: list[int]) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return  # unreadable folder: nothing of it can be published either
    for entry in entries:
        child = f"{rel}/{entry.name}"
        if entry.is_symlink():
            kind, real = _classify(root, entry.path)
            if kind is None and os.path.isdir(real) and any(_contains(real, seen) for seen in stack):
                kind = "loop"
            if kind is not None:
                refused.append(Refusal(child, kind, _target(Path(entry.path))))
                continue
        try:
            is_dir = entry.is_dir()  # follows the link
        except OSError:
            continue
        if is_dir:
            budget[0] -= 1
            if budget[0] < 0:  # reported once, where the walk stopped; the whole check then fails
                if budget[0] == -1:
                    refused.append(Refusal(child, "too-many", _target(Path(entry.path)) if entry.is_symlink() else child))
                return
            _walk(root, Path(entry.path), child, stack + (os.path.realpath(entry.path),), files, refused, budget)
        elif entry.is_file():
            files.append(child)


def _target(link: Path) -> str:
    try:
        return os.readlink(link)
    except OSError:
        return "?"
