"""The practice's own town, read from its address in plans/practice.yml: a place wherever a post names it alone.

A practice in a town named like a person ("Tyler", "Marion", "Elsa") names its town in post after post: "Tyler, stay
cool today", "the best tacos in town? Marion says ...", "Gracias, Elsa". The address (`address:` in practice.yml, "512 Main
St, Suite 4, Tyler, TX 75701") says which town is home; a lone word that is that town, read as a first name, a full name
(a town of two words, "Lake Charles") or a name greeted in a post, is the town. What says person wins: a reply greets its
reader ("Thank you, Tyler!" under a review thanks the reviewer), and an age, "who", a pronoun, a possessive or a surname
after the word, or someone's own care told in its sentence or the next ("Tyler, 7, got his cast off", "Congrats, Tyler! You crushed
physical therapy") keep it a name.
Each look is a bounded window around the word: linear.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...normalize import fold
from ...wordlists import wordlist

if TYPE_CHECKING:
    from .known import Known, Person

_STATES = wordlist("privacy")["us_states"]
_STATE = re.compile(rf"^(?:{'|'.join(re.escape(s) for s in sorted(_STATES, key=len, reverse=True))})\.?(?:[ \t]+\d{{5}}(?:-\d{{4}})?)?$", re.I)
_TOWN_STATE = re.compile(rf"^(?P<town>[^\d,]{{2,40}}?)[ \t]+(?:{'|'.join(re.escape(s) for s in _STATES if len(s) == 2)})\.?[ \t]+\d{{5}}(?:-\d{{4}})?$")
_NOT_TOWN = re.compile(r"\d|^(?i:suite|ste|unit|apt|floor|fl|piso|oficina|local|room|bldg|building|p\.?o\.?[ \t]+box)\b")
_WEAK = frozenset(("a first name", "a full name", "greeted by name"))
_YOU = re.compile(r"(?<![\w'’-])(?i:you|your|you're|tu|tus|usted|te|ti)(?![\w'’-])")
_SENTENCE = 200  # characters read either side of the town for someone's care


def home_towns(address: str) -> tuple[str, ...]:
    """The town of a US address, folded and in lower case ("512 Main St, Suite 4, Tyler, TX 75701" -> ("tyler",)): the
    part before the state, or the town before the state's letters and the ZIP in one part ("Tyler TX 75701")."""
    parts = [p.strip() for p in re.split(r"[,;\n]", fold(address).text) if p.strip()]
    for index, part in enumerate(parts):
        one = _TOWN_STATE.match(part)
        if one and not _NOT_TOWN.search(one.group("town")):
            return (one.group("town").strip().lower(),)
        if index and _STATE.match(part) and not _NOT_TOWN.search(parts[index - 1]):
            return (parts[index - 1].lower(),)
    return ()


def home_town(text: str, known: Known, person: Person, *, reply: bool) -> bool:
    """Whether `person` is only the practice's own town named, with nothing after it that makes it someone."""
    if not known.home or person.how not in _WEAK or person.title or (reply and person.how == "greeted by name"):
        return False
    if " ".join(w.lower() for w in person.words) not in known.home:
        return False
    from .care import care_in, own_care  # care.py reads vocabulary.py, which reads known.py and so this module: import on use
    from .places import person_after

    last = text.rfind(person.words[-1], person.start, person.end)
    if person_after(text, max(person.start, last)) or text.startswith(("'", "’"), person.end):
        return False  # "Tyler, 7", "Tyler, who ...", "Tyler's first day without crutches": someone's own
    stops = [m.end() for m in re.finditer(r"[.!?\n]", text[max(0, person.start - _SENTENCE) : person.start])]
    begin = max(0, person.start - _SENTENCE) + (stops[-1] if stops else 0)
    stops = [m.end() for m in re.finditer(r"[.!?\n]+", text[person.end : person.end + _SENTENCE])][:2]  # its sentence and the next
    end = person.end + (stops[-1] if stops else min(_SENTENCE, len(text) - person.end))
    if own_care(text, begin, end, second_person=True):
        return False  # "Congrats, Tyler! Your therapy is done."
    return not (_YOU.search(text, person.end, end) and care_in(text, begin, end))  # "Congrats, Tyler! You crushed physical therapy."
