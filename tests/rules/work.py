"""Work counted as lines executed, not seconds: the linearity tests' measure, free of the clock's noise."""

from __future__ import annotations

import sys
from collections.abc import Callable


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

    sys.settrace(tracer)
    try:
        run()
    finally:
        sys.settrace(None)
    return counted


def grows_linearly(module, run_for: Callable[[int], object], *, package: bool = False, small: int = 20, factor: float = 2.3) -> bool:
    """Whether `run_for(2 * small)` costs less than `factor` times `run_for(small)` in lines of `module` (see steps)."""
    return steps(module, lambda: run_for(2 * small), package=package) < factor * steps(module, lambda: run_for(small), package=package)
