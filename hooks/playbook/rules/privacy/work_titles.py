"""A work's title in quotes, after the word for the work: it names a book or a song, not its maker's health.

Authors, singers and filmmakers are named with their work, and a work's title may carry a word of care: 'the author
<Name> read her book "Sugar in My Blood"', 'la cantante <Name> estrenó su canción "Corazón roto"', 'filmmaker <Name>
screened "The Cancer Year"'. Read as words about the person, the title would make it sound as if we spoke of their
health. After a work's word (rules/data/privacy-names.yml work_nouns) and at most two words more ("her new book"),
the quoted run of at most 80 characters is the title and is set aside; a quote with no work's word before it (what
someone said) is read as before. One bounded scan of the window: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation
from .vocabulary import NAMES

_TITLE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['work_nouns'])})(?:[ \t]+[\w'’-]+){{0,2}}?[ \t]*,?[ \t]*[\"“«]([^\"”»\n]{{1,80}})[\"”»]")


def without_titles(text: str) -> str:
    """`text` with every quoted work's title blanked, offsets kept."""
    pieces, last = [], 0
    for match in _TITLE.finditer(text):
        pieces += [text[last : match.start(1)], " " * (match.end(1) - match.start(1))]
        last = match.end(1)
    return "".join(pieces) + text[last:] if pieces else text
