"""What the rules load to check the files, let go once a build has its report.

A check imports the rule families, which read word lists and compile patterns at import and as they
go, and loads data files on demand into the caches of the lexicon, readability, hyphenation, urlwords,
wordlists and literal_gate. A build needs none of it once it has its report, but the process would
keep it to its end, under the pages MkDocs renders next (24 MB of a 112 MB peak, for one short edited post
among 2,000). So the families are unregistered and their modules dropped, their patterns with them (the
next rule asked for imports its family afresh, as in a new process), and the other modules' caches
cleared: whatever is asked again is made again, the same. The caches of modules the site uses too
(normalize, text, limits, promotion) stay, and so does what the other modules bind at import.
"""

from __future__ import annotations

import gc
import re
import sys

from .rules import registry

RELEASED = ("playbook.lexicon.", "playbook.readability", "playbook.hyphenation", "playbook.urlwords", "playbook.wordlists", "playbook.literal_gate")


def release() -> None:
    """Drop the rule families, clear the caches of the modules in RELEASED."""
    registry.forget_families()
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(RELEASED):
            continue
        for value in list(vars(module).values()):  # its own functools caches, no library's (asked of the type: a lazy pattern compiles when asked)
            if callable(getattr(type(value), "cache_clear", None)) and getattr(value, "__module__", None) == name:
                value.cache_clear()
    re.purge()  # the patterns `re` compiled for calls with a pattern's text
    gc.collect()  # a module and its functions hold each other: only the collector frees them
