"""A public figure's story told in public before, set aside for the readings of a patient's story (PHI013, PHI016).

A coach who tells on his radio hour how he came back "after his new hip" tells his own story, not one of ours: where a
public role is said in the retold sentence or the one before it, and the rest of the text places no care with us, the
story is blanked before PHI013 and PHI016 read the text for a patient's story. public_story.py finds the retold
sentences; each text is read once (cached): linear.
"""

from __future__ import annotations

import functools
import re

from ... import lazyre
from ...text import alternation, sentence_bounds, sentence_of
from .own_news import told_public
from .public_story import clear_of_ours, retold
from .vocabulary import NAMES

# A public role said in a story's sentence or the one before it: "Retired news anchor <Name>, who told viewers on air
# ...", "Country singer <Name> told the crowd at his show ...", "the coach told the tale he tells on his radio hour ..."
_A_ROLE = lazyre.compile(rf"(?<![\w-])(?i:{alternation((*NAMES['public_roles'], 'coach', 'entrenador', 'entrenadora'))})(?![\w-])")


@functools.lru_cache(maxsize=8)
def figures_untold(text: str) -> str:
    """The text with each retold story blanked out, same length, when a public role is said in its sentence or the one
    before it and the text, its stories set aside, places no care with us (public_story.clear_of_ours): PHI013 and PHI016 read what is left,
    so "after his new hip" in a coach's story told on his radio hour is no patient's story of ours. Once per text."""
    spans = retold(text)
    if not spans or not clear_of_ours(text):
        return text
    bounds = sentence_bounds(text)
    pieces, at = [], 0
    for lo, hi in spans:
        before = sentence_of(bounds, lo - 1)[0] if lo > 0 else lo
        if _A_ROLE.search(text, before, hi):
            pieces += [text[at:lo], " " * (hi - lo)]
            at = hi
    return "".join((*pieces, text[at:]))


def own_words_in_public(text: str, phrase: re.Match) -> bool:
    """Whether a story phrase (media.py's) is "in her/his/their own words" said by a public figure to the public in its
    sentence (a sheriff who, in his own words, tells the people at our ribbon cutting why he walks), and the text places
    no care with us: his speech, no testimonial of ours ("In her own words: our patient <Name> on her knee surgery" has
    no role and no public; "in my own words" is a patient's own voice)."""
    said = phrase.group(0).lower()
    if not said.endswith("own words") or said.startswith("in my"):
        return False
    lo, hi = sentence_of(sentence_bounds(text), phrase.start())
    return _A_ROLE.search(text, lo, hi) is not None and told_public(text, lo, hi, outright=True) and clear_of_ours(text)
