"""A title held in a body, written as titles are written: "elected a Fellow of the Royal College of ...",
"elected a Member of the State Board", "nombrada Miembro de la Academia Mexicana".

PHI011 reads "a fellow of <place>" as one man singled out at a place (names.py's descriptions). Written with a small
article and a capital noun, then "of"/"de" and a capitalised body, it is an honour or an office a professional holds in
that body, not a neighbour described: it passes. "A fellow from the Elks Lodge" (a capital only where a sentence
starts) and "the fellow at the feed store" stay descriptions. One anchored match per description: linear.
"""

from __future__ import annotations

import re

from ... import lazyre

# a small article, up to two words, a capitalised noun, then "of"/"de" and a capitalised body
_HELD = lazyre.compile(r"(?:a|an|the|un|una|el|la)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?[A-Z][a-z]+[ \t]+(?:of|de|del)[ \t]+(?:(?:the|la|el)[ \t]+)?[A-Z]")


def held(match: re.Match) -> bool:
    """Whether a description found by PHI011 is a title held in a body ("a Fellow of the Royal College")."""
    return _HELD.match(match.group(0)) is not None
