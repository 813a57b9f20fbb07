"""What the rules load to check the files, let go once a build has its report.

A check loads word lists, the name, clinical and hyphenation tables and some five hundred compiled
patterns: the caches and lazy patterns of the rule families and the lexicon. A build needs none of
them once it has its report, but the process would keep them to its end, under the pages MkDocs
renders next (14 MB of a 108 MB peak, for one edited post among 2,000). Each is a function of the
engine's own code and data, so letting go changes no result: whatever is asked again is made again.
Module code stays (Python cannot unload a module), and so do the patterns compiled at import, which
some rules tell apart by identity (`match.re is PATTERN`).
"""

from __future__ import annotations

import re
import sys

from .lazyre import LazyPattern

RELEASED = ("playbook.rules.", "playbook.lexicon.", "playbook.readability", "playbook.hyphenation", "playbook.urlwords", "playbook.wordlists", "playbook.literal_gate")


def release() -> int:
    """Clear the caches and lazy patterns of the modules in RELEASED; how many were let go."""
    count = 0
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(RELEASED):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, LazyPattern):  # first: asking it for any other attribute would compile it
                count += value.forget()
            elif callable(getattr(type(value), "cache_clear", None)) and getattr(value, "__module__", None) == name:  # its own functools caches, no library's
                value.cache_clear()
                count += 1
    re.purge()  # the patterns `re` compiled for calls with a pattern's text
    return count
