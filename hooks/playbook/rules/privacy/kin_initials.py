"""Initials right after a word for a patient or a relative: "mom <K.L.B.>", "our patient <J.M.>", "la mama <M.G.R.>" (PHI003).

Staff who know not to name a patient write her initials instead and keep the word that says who she is: the new
mother congratulated after the year's first delivery, the patient who rang the bell. Initials with that word are a
person as much as a given name after it is (people.py reads the name; a word of care decides the error there).
The initials are initial_visits.initials (no time, degree, place, organisation or doctor's, no full name's start);
the word is read by people.py's own pattern for the word before a name (lone_names.PERSON_BEFORE), within a bounded
window before them: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from .initial_visits import initials
from .known import Known, Person
from .lone_names import PERSON_BEFORE

_REACH = 48  # characters before the initials that the word and its adjectives may take


def kin_initials(text: str, known: Known) -> Iterator[Person]:
    """Initials after a patient's or a relative's word, as a name after it is read."""
    for match in initials(text):
        # people.py's own look for the word before a name, ending right where the initials begin (its look-ahead reads their capital)
        word = next((w for w in PERSON_BEFORE.finditer(text, max(0, match.start() - _REACH), match.start() + 1) if w.end() == match.start()), None)
        if word:  # the passage opens on the word, as people.py's names after it do ("mom <Name>")
            letters = match.group(0).removesuffix("'s").removesuffix("’s")
            yield Person(word.start(), match.start() + len(letters), (letters,), "a patient's or a relative's initials", excusable=False, public=False)
