"""When a shortened link is an error and when only a warning (PHI006).

A shortener ("bit.ly", "tinyurl.com", "on.fb.me") hides where a link leads, so the check cannot read the page. Agencies
and partners write them in nearly every post a practice reshares ("Learn more: http://bit.ly/..."), and a public
notice's short link leads to the notice. In a post that names no one, the finding is a warning: still shown, still asking
for the full address. It stays an error where the hidden page can be someone's: in a reply (a response template sends the
reader only to the practice's own or trusted sites), in a post that names a person outside the team anywhere in its texts
(PHI003's own reading, so a team member or a public official named with their agency does not count), and when the link's
sentence points at one person ("See how she beat it: bit.ly/...", "our patient's story", "Mrs. ..."; not "your
child", whom every notice addresses). One pass over
the item's names, one bounded look at the link's sentence: linear.
"""

from __future__ import annotations

from collections.abc import Callable

from ... import lazyre
from ...model import Post, ResponseTemplate
from ...text import URL, sentence_bounds, sentence_of
from ..context import Context
from .common import blank
from .named_people import people_named
from .names import HONORIFIC

_BEFORE_LINK = 120  # as links.py reads a link's sentence
# One person pointed at without a name: a third-person pronoun, "our patient", a title ("Mrs."); not "your child",
# "babies" or "parents", whom every public notice addresses.
_ONE = lazyre.compile(rf"(?<![\w-])(?i:she|he|her|hers|his|him|ella|(?:our|nuestr[oa])[ \t]+(?:patient|paciente))(?![\w-])|{HONORIFIC.pattern}")


def names_someone(item: Post | ResponseTemplate, ctx: Context) -> bool:
    """Whether PHI003's reading finds a person outside the team in any of the item's texts (asked once per item)."""
    return next(iter(people_named(item, ctx)), None) is not None


def shortened_link_refused(item: Post | ResponseTemplate, named: Callable[[], bool], text: str, start: int) -> bool:
    """Whether the shortened link at text[start:] stays an error: a reply, a post naming someone (`named`, remembered
    by the caller across the item's links), or a sentence about one person."""
    if isinstance(item, ResponseTemplate):
        return True
    first, last = sentence_of(sentence_bounds(text), start, _BEFORE_LINK)
    if _ONE.search(blank(text[first:last], URL)):
        return True
    return named()
