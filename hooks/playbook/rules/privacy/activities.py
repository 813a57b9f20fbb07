"""A class, an exercise or a game whose name is written like a person's ("Tai chi", "Qi Gong", "Nia class"): nobody.

A senior center's schedule, a falls-prevention tip or a staff spotlight names what people do: "- Tai chi and balance
classes", "Clases: Zumba los martes y Tai chi los sabados", "Ping Pong on Fridays", "our Nia dance class". Their words
are names in the lists ("Tai", "Chi", "Nia", "Ping", "Lindy", "Chun"), so a line that opened with one read as a
testimonial signed with a name, and one mid-sentence as a first name. Each activity here is a fixed phrase, matched
whole (a given name alone stays a name: "Nia finished her rehab", "Tai had his knee scoped"), in either case and
language. A person found inside such a phrase is no one; a given name beside it ("Tai chi with Marisol") is still
read as ever.
One search over the text, then a bisection per person found: linear.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from ... import lazyre

# The activities whose words a name list holds: the martial and the moving arts, games, a dance class, a programme.
# "Nia" is a class only with a class's word after it; "Lindy" only as "Lindy Hop"; "Wing Chun", "Kung Fu", "Tae Bo" whole.
_ACTIVITY = lazyre.compile(
    r"(?<![\w'’@#./-])(?i:t['’]?ai[ \t-]?chi(?:[ \t-]?chuan)?|qi[ \t-]?gong|chi[ \t-]?(?:gong|kung)|ping[ \t-]?pong|tae[ \t-]?bo"
    r"|tae[ \t-]?kwon[ \t-]?do|kung[ \t-]?fu|wing[ \t-]?chun|muay[ \t-]?thai|lindy[ \t-]?hop|yin[ \t-]?yoga|cha[ \t-]?cha(?:[ \t-]?cha)?"
    r"|mah[ \t-]?jongg?|silver[ \t-]?sneakers|zumba(?:[ \t]+(?:gold|toning|kids|fitness|class|classes))?"
    r"|nia[ \t]+(?:dance|class|classes|workout|technique|fitness|session|sessions|movement))(?![\w'’@./-])"
)


def spans(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the activities named in `text`, in order (they never overlap)."""
    starts, ends = [], []
    for match in _ACTIVITY.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


def in_activity(text: str, found: tuple[list[int], list[int]], person, given: Callable[[str], bool]) -> bool:
    """Whether `person` (a known.Person) lies in an activity's name: it overlaps one (`found`, from spans) and none of
    its words outside it is a given name (`given`): "Try Tai Chi" is the class, "Tai Chi Ball" a move."""
    starts, ends = found
    start, end, words = person.start, person.end, person.words
    index = bisect_right(starts, end - 1) - 1
    if index < 0 or ends[index] <= start:
        return False
    lo, hi = starts[index], ends[index]
    at = start
    for word in words:  # each word where it stands in the person's span, in order
        spot = text.find(word, at, end)
        if spot < 0:
            return False
        at = spot + len(word)
        if (at <= lo or spot >= hi) and given(word) or spot < lo < at or spot < hi < at:
            return False  # "Tai chi with Marisol" read as one run: Marisol is someone; a handle holding the word is its own
    return True
