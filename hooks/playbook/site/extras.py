"""What the build adds to the practice's own pages: "needs action" on the home page, the box on guideline pages.

The session calls `page_extras` for every page that is neither a post nor a reply
template; a page with nothing to add comes back unchanged.
"""

from __future__ import annotations

import re

from ..check import Report
from .guidelines import guideline_extras
from .needs import needs_action_markdown
from .slots import RAW

HOME = "index.md"
_TITLE = re.compile(r"\A(?:[ \t]*\n)*#[ \t][^\n]*\n?")  # the page's own `# Title`, if it opens the page


def after_title(markdown: str, block: str) -> str:
    """`block` right under the page's opening `# Title` (or at the top when the page has none)."""
    found = _TITLE.match(markdown)
    cut = found.end() if found else 0
    head = markdown[:cut]
    return head + ("\n" if head and not head.endswith("\n") else "") + "\n" + block.rstrip("\n") + "\n\n" + markdown[cut:]


def page_extras(src: str, markdown: str, report: Report, slots=RAW, lists: dict[str, str] | None = None) -> str:
    """The page with its extras; their HTML is held in `slots` (the build's) until Markdown is done.

    `lists`: the areas' rule lists (site.rulepages), when the build has them.
    """
    if src == HOME:
        markdown = after_title(markdown, slots.lift(needs_action_markdown(report, src)))
    return markdown + guideline_extras(src, report, slots, lists)
