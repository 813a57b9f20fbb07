"""The corpus rules' findings kept between runs, for as long as nothing they read has changed.

Corpus rules (cadence, clashes, event notice, mix, reviews) read every post's front matter and
the review log, never a post's copy except through ctx.per_file. Editing a post's copy, which is
what most commits do, therefore cannot change their findings, yet recomputing them over ten
thousand posts was a third of a one-file check. Their findings are kept in
.cache/playbook/check-corpus.bin under a digest of all they may read: the context key (engine,
repository folder, locale, plans), today, the rules that run and their thresholds, the review
log, each post and reply with its copy left out (its outline), and the per-file facts the rules
asked for last time with the files they asked them of. Any difference is a miss, and the rules
run again; tests/test_corpus_memo.py checks that no corpus rule reads copy any other way.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from .findings import Finding
from .rules.context import Context
from .stable import stable_repr

MEMO = "check-corpus.bin"
T = TypeVar("T")
V = TypeVar("V")

Asked = tuple[tuple[str, tuple[str, ...]], ...]  # (a per-file fact's module:qualname, the files asked, in order)


def outline(item) -> bytes:
    """A post or reply without its copy (body and channel variants): all a corpus rule reads of it directly."""
    blank = {"body": ""}
    if "variants" in {f.name for f in dataclasses.fields(item)}:
        blank["variants"] = {}
    return hashlib.blake2b(_text(dataclasses.replace(item, **blank)), digest_size=20).digest()


def _text(value) -> bytes:
    """`value` written out the same in every process, to be digested. Not pickled: a pickle records which
    equal strings are one object and a set's order of hashes, and both change from process to process."""
    return stable_repr(value).encode("utf-8", "surrogatepass")


class _Recording(Context):
    """The run's context, noting which per-file facts the corpus rules ask of which files."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx.corpus, ctx.today, ctx.thresholds, ctx.cache)
        object.__setattr__(self, "asked", {})

    def per_file(self, compute: Callable[[T], V]) -> Callable[[T], V]:
        kept = super().per_file(compute)
        paths = self.asked.setdefault(f"{compute.__module__}:{compute.__qualname__}", [])

        def fact(item: T) -> V:
            paths.append(item.path)
            return kept(item)

        return fact


def corpus_findings(ctx: Context, codes: Sequence[str], run: Callable[[Context], Iterable[Finding]]) -> list[Finding]:
    """`run(ctx)`'s findings (the corpus rules `codes`), from the cache when nothing they read changed."""
    cache = ctx.cache
    if cache is None:
        return list(run(ctx))
    stored = cache.read_extra(MEMO)
    if isinstance(stored, tuple) and len(stored) == 3:
        digest, asked, findings = stored
        if isinstance(asked, tuple) and isinstance(findings, tuple) and _digest(ctx, codes, asked) == digest:
            return list(findings)
    recording = _Recording(ctx)
    findings = tuple(run(recording))
    asked = tuple((name, tuple(paths)) for name, paths in sorted(recording.asked.items()))
    digest = _digest(ctx, codes, asked)
    if digest is not None:
        cache.write_extra(MEMO, (digest, asked, findings))
    return list(findings)


def _digest(ctx: Context, codes: Sequence[str], asked: Asked) -> bytes | None:
    """What the corpus rules `codes` may read, digested; None when a fact asked last time cannot be asked again."""
    cache, corpus = ctx.cache, ctx.corpus
    digest = hashlib.blake2b(cache.key, digest_size=20)
    digest.update(f"{ctx.today.isoformat()}\0".encode())
    for code in codes:
        digest.update(f"{code}\0{sorted(ctx.thresholds.get(code, {}).items())!r}\0".encode())
    digest.update(_text(corpus.reviews))
    outlined = ctx.per_file(outline)
    items = {}
    for item in (*corpus.posts, *corpus.responses):
        items[item.path] = item
        digest.update(item.path.encode() + b"\0" + outlined(item))
    for name, paths in asked:
        compute = _resolve(name)
        if compute is None or not all(path in items for path in paths):
            return None
        fact = ctx.per_file(compute)
        digest.update(name.encode() + b"\0" + _text([fact(items[path]) for path in paths]))
    return digest.digest()


def _resolve(name: str) -> Callable | None:
    """The engine's function `module:qualname` (a per-file fact asked last time), None if there is none."""
    module, _, qualname = name.partition(":")
    if not module.startswith("playbook."):
        return None
    try:
        found = importlib.import_module(module)
        for part in qualname.split("."):
            found = getattr(found, part)
    except (ImportError, AttributeError):
        return None
    return found if callable(found) else None
