"""Regular expressions compiled when first used, not when their module is imported.

The rule modules define some five hundred patterns at import; a pre-commit check of one
file reaches a fraction of them (a prefilter, a rule for another kind of file, a text
without digits), and compiling the rest cost a third of its time. `lazyre.compile`
takes what `re.compile` takes and returns a stand-in that compiles on its first use
and from then on hands out the compiled pattern's own methods: the same matches, and
no cost per call (but a test, when the pattern's words are missing from a text, that answers
"no match" without scanning it: literal_gate.py). It is not the compiled pattern, though: a pattern whose matches are
told apart by identity (`match.re is PATTERN`) is compiled at once (`patternstore.compile`).
"""

from __future__ import annotations

from . import literal_gate, patternstore

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class LazyPattern:
    """`re.compile(pattern, flags)`, compiled on first use. `.pattern` (what other patterns are
    built from) is known without compiling; every other attribute is the compiled pattern's."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):  # only for what this object lacks: the first use, or a rarely used attribute
        compiled = self.__dict__.get("compiled")
        if compiled is None:
            compiled, strings = patternstore.compile_gated(self.pattern, self._flags)  # re.compile's matches (first_char.py), or its code kept from an earlier run
            self.__dict__.update({method: getattr(compiled, method) for method in _METHODS}, compiled=compiled)
            if strings:  # a text holding none of the words each match holds is not scanned (literal_gate.py)
                self.__dict__.update(literal_gate.gated(compiled, strings, patternstore.compile))
            self.__dict__.update(flags=compiled.flags, groups=compiled.groups, groupindex=compiled.groupindex)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - the drop-in for re.compile
    return LazyPattern(pattern, flags)
