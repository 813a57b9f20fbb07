"""Work counted as lines executed, not seconds: the linearity tests' measure, free of the clock's noise."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable


def forget_readings() -> None:
    """Drop the answers the engine keeps per text (a functools.lru_cache on a function of `text`), so what is counted is a first
    reading's work, whichever test read the same text before in this process."""
    if _MEMOS[0] != len(sys.modules):  # found again only when a module was imported since
        _MEMOS[:] = [len(sys.modules), [value for name, module in list(sys.modules.items()) if name.startswith("playbook.") for value in list(vars(module).values()) if _per_text(value, name)]]
    for memo in _MEMOS[1]:
        memo.cache_clear()


_MEMOS: list = [0, []]  # (modules loaded when last looked, the memos found)


def _per_text(value, module: str) -> bool:
    wrapped = getattr(value, "__wrapped__", None)
    if not (hasattr(value, "cache_clear") and getattr(value, "__module__", None) == module and inspect.isfunction(wrapped)):
        return False
    return next(iter(inspect.signature(wrapped).parameters), None) == "text"


def steps(module, run: Callable[[], object], *, package: bool = True) -> int:
    """Lines executed while `run()` runs in `module`'s package (or, with package=False, in the module alone)."""
    path = module.__file__
    folder = path.rsplit("/", 1)[0] + "/"
    counted = 0

    def tracer(frame, event, arg):
        nonlocal counted
        name = frame.f_code.co_filename
        if name.startswith(folder) if package else name == path:
            counted += 1
            return tracer
        return None

    forget_readings()
    sys.settrace(tracer)
    try:
        run()
    finally:
        sys.settrace(None)
    return counted


def grows_linearly(module, run_for: Callable[[int], object], *, package: bool = False, small: int = 20, factor: float = 2.3) -> bool:
    """Whether `run_for(2 * small)` costs less than `factor` times `run_for(small)` in lines of `module` (see steps)."""
    return steps(module, lambda: run_for(2 * small), package=package) < factor * steps(module, lambda: run_for(small), package=package)
