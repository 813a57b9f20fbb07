"""A run of capitals that names a place, not the person whose name opens it (PHI003, people.py).

A landmark, a house of worship and a service club are often named for someone or open with a word that is also a name:
"the <Given> <Surname> Boat Basin", "Mision Bautista Hispana", "Thanks to <Town> Rotary". A run that goes on to a
landmark's word (one or two capitals between) in a sentence that tells no care, that opens with a house of worship's
word, or that ends with a service club's, is the place, and so is a run before "region" whatever its sentence tells (round 61; data: houses_of_worship, service_clubs). "Baby <Name>
home", "the <Name> fund" and "<Name> Clinic" with care in the sentence stay people. One bounded match at the run's end:
linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import sentence_bounds, sentence_of
from .care import care_in
from .known import Person
from .vocabulary import lowered

_HOUSES = lowered("houses_of_worship")
_CLUBS = lowered("service_clubs")
_LANDMARK_AFTER = lazyre.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*){1,2}[ \t]+(?:Basin|Ramp|Marina|Pavilion|Field|Stadium|Arena|Center|Library|Hall|Bridge|Trail|Plaza|Tower)(?![\w'’-])"
    r"|[ \t]+(?i:statue|statues|monument|sculpture)(?![\w'’-])"  # "the giant <Folk Hero> statue": a likeness in bronze or fibreglass
)
_THE_BEFORE = lazyre.compile(r"(?<![\w-])(?i:the|el|la)[ \t]+$")
_REGION_AFTER = lazyre.compile(r"[ \t]+(?:region|regi[oó]n)(?![\w'’-])")  # "in the <Two Words> region": a part of a state, care or not


def names_a_place(text: str, person: Person) -> bool:
    """Whether the run found as `person` is a house of worship, a service club or a landmark with no care in its sentence."""
    if person.words[0].lower() in _HOUSES or person.words[-1].lower() in _CLUBS or _REGION_AFTER.match(text, person.end):
        return True
    landmark = _LANDMARK_AFTER.match(text, person.end)
    if landmark is None:
        return False
    if landmark.group(0).split()[-1][:1].isupper() and _THE_BEFORE.search(text, max(0, person.start - 8), person.start):
        return True  # "skin checks at the <Given> <Word> Boat Basin": a landmark's name after "the", care or not (round 98)
    return not care_in(text, *sentence_of(sentence_bounds(text), person.start))  # the bounds are text.py's, kept per text
