"""A team member's career told in a staff post: years worked, not a course of care.

A welcome or a farewell tells where the member worked and for how long: "worked 12 years in palliative care",
"served eight years as a medic", "trabajó 12 años en cuidados paliativos", "ejerció diez años en la sala de partos",
"<Member> spent 9 years on the labor floor". A count of years after a verb of working, or after a member's own name as
the subject of its sentence (right before it, or opening it: "<Member> grew up in <Town> and spent 9 years in the ER"), is her career, not one person's milestone of care (milestones.py, PHI013). A count with
no such verb or member ("after 12 years of dialysis with us", "she spent 9 years on dialysis") is still read as care.
"""

from __future__ import annotations

import functools
import re

from ... import lazyre
from ...text import alternation

# A verb of working just before the count, with "for", "over", "nearly", "more than", "por", "casi", "mas de" between.
_WORKED = lazyre.compile(
    r"(?<![\w'’-])(?i:worked|works|working|served|serves|practiced|practised|practices|taught|teaches|nursed|volunteered|labored|laboured"
    r"|trabajo|trabaja|trabajando|trabajado|laboro|labora|ejercio|ejerce|sirvio|enseno|se[ \t]+desempeno|se[ \t]+ha[ \t]+desempenado)"
    r"[ \t]+(?:(?i:for|over|nearly|almost|about|more[ \t]+than|por|durante|casi|mas[ \t]+de|unos|unas)[ \t]+){0,2}$"
)


_START = lazyre.compile(r"[\s\"“¡¿(]*")
_OWNED = lazyre.compile(r"['’]s(?![\w-])")  # "<Member>'s patient spent 9 years on dialysis": not her own years
_WITH_BEFORE = lazyre.compile(r"(?i:with|con|by|por)[ \t]+$")  # "3 years on dialysis with <Member>": care with her


@functools.lru_cache(maxsize=8)
def _members(given: tuple[str, ...]) -> re.Pattern:
    """The team's given names, written with a capital, as the subject of a clause."""
    return re.compile(rf"(?<![\w-])(?:{alternation(tuple(g.capitalize() for g in given))})(?![\w'’-])")


def career_years(text: str, start: int, lo: int, given: tuple[str, ...] = ()) -> bool:
    """Whether the count at `start` (in the sentence opening at `lo`) is a career: a verb of working just before it, or a
    team member named by her given name just before it (not "<Member>'s"), not after "with"/"con" (care with her)."""
    if _WORKED.search(text, max(lo, start - 40), start):
        return True
    if not given:
        return False
    for member in _members(given).finditer(text, max(lo, start - 40), start):
        if not _OWNED.match(text, member.end()) and not _WITH_BEFORE.search(text, max(lo, member.start() - 8), member.start()):
            return True
    # the member opening the sentence as its subject, the count further on ("<Member> grew up in <Town> and spent 9 years ...")
    opener = _members(given).match(text, _START.match(text, lo).end())
    return opener is not None and opener.end() <= start and not _OWNED.match(text, opener.end())
