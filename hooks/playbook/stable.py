"""A repr that is the same in every process, for the digests the caches key their entries by (site/memo.py, corpus_memo.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt

# Kinds whose repr is already the same in every process: written out at once, before any other test.
_ATOMS = frozenset((str, int, float, bool, type(None), bytes, dt.date, dt.datetime, dt.time, dt.timedelta))
_FIELDS: dict[type, tuple[str, ...] | None] = {}  # a class -> its dataclass fields' names; None: no dataclass


def stable_repr(value) -> str:
    """repr, but with each set's members in one order: a set's order follows string and date hashes, which
    differ from one process to the next, so a digest of its plain repr never matched the last build's.

    The built-in kinds whose repr is already stable are told apart by `type` first and each dataclass's field
    names are looked up once per class: the calendar digests every post's entries on each build, and the plain definition
    (isinstance tests and dataclasses.fields() per value) took twice as long. The text is the same.
    """
    kind = type(value)
    if kind in _ATOMS:
        return repr(value)
    if isinstance(value, list | tuple):  # no class is both a sequence and a set or a dict: the order of these tests is free
        return kind.__name__ + "(" + ", ".join(map(stable_repr, value)) + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{stable_repr(k)}: {stable_repr(v)}" for k, v in value.items()) + "}"
    if isinstance(value, set | frozenset):
        return "{" + ", ".join(sorted(map(stable_repr, value))) + "}"
    if kind not in _FIELDS:
        _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(value)) if dataclasses.is_dataclass(value) and not isinstance(value, type) else None
    if (names := _FIELDS[kind]) is not None:
        return f"{kind.__qualname__}(" + ", ".join(f"{name}={stable_repr(getattr(value, name))}" for name in names) + ")"
    return repr(value)
