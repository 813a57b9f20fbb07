"""A repr that is the same in every process, for the digests the caches key their entries by (site/memo.py, corpus_memo.py)."""

from __future__ import annotations

import dataclasses


def stable_repr(value) -> str:
    """repr, but with each set's members in one order: a set's order follows string and date hashes, which
    differ from one process to the next, so a digest of its plain repr never matched the last build's."""
    if isinstance(value, set | frozenset):
        return "{" + ", ".join(sorted(map(stable_repr, value))) + "}"
    if isinstance(value, list | tuple):
        return type(value).__name__ + "(" + ", ".join(map(stable_repr, value)) + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{stable_repr(k)}: {stable_repr(v)}" for k, v in value.items()) + "}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = ", ".join(f"{f.name}={stable_repr(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__qualname__}({fields})"
    return repr(value)
