"""What the rules load on demand to check the files, let go once a build has its report.

A check loads data files (the name, clinical and hyphenation tables, word lists read when first asked)
and compiles some five hundred patterns: the caches and lazy patterns of the rule families, the
lexicon, readability, urlwords, wordlists and literal_gate. A build needs none of them once it has
its report, but the process would keep them to its end, under the pages MkDocs renders next (17 MB of
a 112 MB peak, for one edited post among 2,000). Each is a cache, kept only to save work: whatever is
asked again is made again, the same. What a module binds at import stays (its code, the word lists it
reads then, the patterns compiled then, which some rules tell apart by identity: `match.re is
PATTERN`), and so do the caches of modules the site uses too (normalize, text, limits).
"""

from __future__ import annotations

import re
import sys

from .lazyre import LazyPattern

RELEASED = ("playbook.rules.", "playbook.lexicon.", "playbook.readability", "playbook.hyphenation", "playbook.urlwords", "playbook.wordlists", "playbook.literal_gate")


def release() -> None:
    """Clear the caches and lazy patterns of the modules in RELEASED."""
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(RELEASED):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, LazyPattern):  # first: asking it for any other attribute would compile it
                value.forget()
            elif callable(getattr(type(value), "cache_clear", None)) and getattr(value, "__module__", None) == name:  # its own functools caches, no library's
                value.cache_clear()
    re.purge()  # the patterns `re` compiled for calls with a pattern's text
