"""The theme's compiled templates, kept from one build to the next.

MkDocs makes a new Jinja environment for every build, and for every rebuild under
`mkdocs serve`, and compiles Material's templates again: about 0.6 s each time, a
quarter of a one-post preview. Jinja's own FileSystemBytecodeCache would keep them,
but it reads back pickle and marshal data unchecked, so a file committed under
.cache/ could run code in the build. Here the code lives in memory for the process
and in the site memo, whose files count only under the per-user MAC (memo.py).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from jinja2.utils import _PassArg

from .memo import PostMemo

KIND = "template"
_HELD = 512  # compiled templates kept in memory: Material has about 60; a practice's overrides add a few
_memory: OrderedDict[tuple[str, str, str], bytes] = OrderedDict()  # the process's, across serve rebuilds


class CompiledTemplates(BytecodeCache):
    """Jinja's bytecode cache for one environment: memory first, then the memo's MAC-checked files."""

    def __init__(self, env: Environment, memo: PostMemo | None):
        self.memo = memo
        self.setting = environment_key(env)

    def load_bytecode(self, bucket: Bucket) -> None:
        if self.setting is None:
            return
        key = (bucket.key, bucket.checksum, self.setting)
        data = _memory.get(key)
        if data is None and self.memo is not None:
            data = self.memo.kept(KIND, bucket.key, key[1:])
        if data is not None:
            bucket.bytecode_from_string(data)  # a foreign Python's or Jinja's code is refused by its magic: compiled again

    def dump_bytecode(self, bucket: Bucket) -> None:
        if self.setting is None:
            return
        key = (bucket.key, bucket.checksum, self.setting)
        data = bucket.bytecode_to_string()
        _memory[key] = data
        while len(_memory) > _HELD:
            _memory.popitem(last=False)
        if self.memo is not None:
            self.memo.keep(KIND, bucket.key, key[1:], data)


def environment_key(env: Environment) -> str | None:
    """What besides a template's source decides its code: the environment's syntax, extensions and options, and how
    each filter, test and finalize is called. None (nothing kept) when autoescape is a function of the template's name."""
    if not isinstance(env.autoescape, bool):
        return None
    settings = (
        sorted(env.extensions),
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.autoescape,
        env.is_async,
        type(env).__qualname__,
        sorted((name, _called(function)) for name, function in env.filters.items()),
        sorted((name, _called(function)) for name, function in env.tests.items()),
        None if env.finalize is None else _called(env.finalize),
        getattr(env, "newstyle_gettext", None),
        sorted((name, _called(value) if callable(value) else repr(value)) for name, value in env.policies.items()),
    )
    return hashlib.blake2b(repr(settings).encode(), digest_size=16).hexdigest()


def _called(function) -> str:
    """How Jinja calls a filter, test or finalize (with the context, the eval context, the environment, or
    plainly): compiled into a template's code."""
    return f"{getattr(function, '__module__', '')}.{getattr(function, '__qualname__', type(function).__qualname__)}:{_PassArg.from_obj(function)}"
