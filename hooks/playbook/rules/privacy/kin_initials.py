"""Initials right after a word for a patient or a relative: "mom <K.L.B.>", "our patient <J.M.>", "la mama <M.G.R.>" (PHI003).

Staff who know not to name a patient write her initials instead and keep the word that says who she is: the new
mother congratulated after the year's first delivery, the patient who rang the bell. Initials with that word are a
person as much as a given name after it is (people.py reads the name; a word of care decides the error there).
The initials are initial_visits.initials (no time, degree, place, organisation or doctor's, no full name's start);
the word is one of the list people.py reads before names, within a bounded window before them: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...text import alternation
from .initial_visits import initials
from .known import Known, Person
from .vocabulary import NAMES

_WORD_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['person_before'])})(?:[ \t]+(?i:{alternation(NAMES['person_before_adjectives'])})){{0,2}}[ \t]*,?[ \t]+$")
_REACH = 48  # characters before the initials that the word and its adjectives may take


def kin_initials(text: str, known: Known) -> Iterator[Person]:
    """Initials after a patient's or a relative's word, as a name after it is read."""
    for match in initials(text):
        word = _WORD_BEFORE.search(text, max(0, match.start() - _REACH), match.start())
        if word:  # the passage opens on the word, as people.py's names after it do ("mom <Name>")
            letters = match.group(0).removesuffix("'s").removesuffix("’s")
            yield Person(word.start(), match.start() + len(letters), (letters,), "a patient's or a relative's initials", excusable=False, public=False)
