"""A relative of someone the post names, with their own care placed with us (PHI011).

A staff cheer or a neighbour's news often goes on to a relative: "Shout-out to our MA <Name>! Her husband had his bypass
with us in May", "<Name>'s grandson had his wrist set at our clinic", "Su esposo se operó con nosotros". No name of
theirs is needed: whose relative they are, and what we did for them, single them out. The relative is a family word
(epithets.py's `kin`, the relatives a described person's care is told by, and the family members) after a third
person's possessive (her, his, their, su, sus, "<Name>'s"); their care is care.py's own care placed with us
(figure_care.our_care_after) in the rest of that sentence, or in the next one when it opens on them ("He had his bypass
with us"). A relative invited to come ("bring her husband for his flu shot", "can get his shot with us") tells no care
had. One pass over the text's possessive family words, each with a bounded look after it: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation, sentence_bounds, sentence_of
from .common import WORDS
from .epithets import EPITHETS
from .figure_care import our_care_after

_KIN = lazyre.compile(
    rf"(?<![\w-])(?:(?i:her|his|their|su|sus)|[A-Z][\w'’-]*['’]s)[ \t]+(?:(?i:own|little|big|older|younger|oldest|youngest)[ \t]+)?"
    rf"(?i:{alternation((*EPITHETS['kin'], *WORDS['family_members']))})(?![\w'’-])"
)
_THEY_OPEN = lazyre.compile(r"[\s\W]{0,4}(?i:he|she|they|[eé]l|ella)(?![\w'’-])")
# care to come, not care had: "bring her husband for his flu shot", "can get his shot with us", "traiga a su esposo"
_INVITED = lazyre.compile(
    r"(?<![\w'’-])(?i:bring|book|schedule|invite|sign[ \t]+up|can|could|should|will|would|might|need|needs|remind|traiga|traigan|lleve|lleven|agende|agenden"
    r"|puede|pueden|podemos|necesita|recuerde|invitamos)(?![\w'’-])|(?<![\w-])may(?![\w-])|['’]ll(?![\w'’-])"
)


def kin_cared(body: str) -> Iterator[re.Match]:
    """Each possessive family word whose relative has care of ours told after it (module docstring)."""
    bounds = None
    for match in _KIN.finditer(body):
        bounds = bounds or sentence_bounds(body)
        start, end = sentence_of(bounds, match.start())
        if _INVITED.search(body, start, end):
            continue
        if our_care_after(body, match.end(), end):
            yield match
        elif end < len(body) and _THEY_OPEN.match(body, end):
            following = sentence_of(bounds, end)[1]
            if not _INVITED.search(body, end, following) and our_care_after(body, end, following):
                yield match
