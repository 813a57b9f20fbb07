"""What makes a post promotional: a tag that says so, or sales wording in its copy.

PER004 judges a month's promotional share and the report charts it, so both
read this one definition (the words live in rules/data/personality.yml).
"""

from __future__ import annotations

import re

from .model import Post
from .text import copies, phrase_pattern
from .wordlists import wordlist

_LISTS = wordlist("personality")
_SALES_RE = phrase_pattern(_LISTS.get("sales", ()))
_PERCENT_OFF = re.compile(r"(?<!\d)\d+(?:\.\d+)?\s*(?:%|percent)\s+off\b|\$\d+(?:\.\d\d)?\s+off\b", re.IGNORECASE)
_PROMO_TAGS = frozenset(tag.lower() for tag in _LISTS.get("promotional_tags", ()))


def promotion_cue(post: Post) -> tuple[str, int] | None:
    """Why a post counts as promotional, and the line to point at; None when it does not."""
    for tag in post.tags:
        if tag.lower() in _PROMO_TAGS:
            return f"tag '{tag}'", post.line_of("tags")
    for span in copies(post):
        match = _SALES_RE.search(span.text) or _PERCENT_OFF.search(span.text)
        if match:
            return f"'{match.group(0)}'", span.line_at(match.start())
    return None


def is_promotional(post: Post) -> bool:
    """A promotional tag (promotion, promotional, promo, offer, sale, discount) or sales wording in the copy."""
    return promotion_cue(post) is not None
