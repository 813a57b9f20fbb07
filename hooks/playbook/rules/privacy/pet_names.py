"""A pet name said as one's own ("mi Sebas", "my Jojo") in a parent's post the practice shares, with care.

A parent writes of her child by a short or made-up name no list holds ("Orgullosa de mi <Pet> ... #terapiadelhabla",
"So proud of my <Pet>, he finished PT today"). Alone such a word is no name (a brand, a gadget: "my Dexcom"), but
"my"/"mi" before it, a word for a person in the same post (he, she, solito, mamá, kiddo) and care in the post,
hashtags read as words ("#terapiadelhabla" is "terapia del habla"), make it one child in our care. A listed given name
after "mi"/"my" is read by people.py already; a team member passes (named() excuses them).

One scan for "my"/"mi" before a capital (a rare literal gates it); the hashtags are read only when that frame is found,
each split at most once per letter: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...text import hashtags
from .care import care_in
from .known import Known, Person
from .unlisted import unlisted_name
from .vocabulary import CAP, NOT_A_NAME

# "mi <Pet>", "my little <Pet>", "mi chiquito <Pet>": a fond word may stand between
_MINE = lazyre.compile(
    rf"(?<![\w'’-])(?i:mi|my)[ \t]+(?:(?i:little|lil|sweet|brave|baby|pequeño|pequeña|pequeno|pequena|chiquito|chiquita|bebé|bebe|niño|niña|nino|nina|hijo|hija|son|boy|girl)[ \t]+)?({CAP})(?![\w'’-])"
)
# A word that says the one meant is a person (a child): pronouns, a diminutive "alone", the parent herself
_PERSON = lazyre.compile(
    r"(?<![\w-])(?i:he|she|him|his|her|hers|él|ella|su|sus|solito|solita|solo|sola|mamá|mama|mami|papá|papi|mom|mommy|dad|daddy"
    r"|kiddo|kid|niño|niña|hijo|hija|son|daughter|boy|girl|nene|nena|bebé|baby)(?![\w-])"
)
# Small words a Spanish or English hashtag runs together ("terapiadelhabla", "cancerinfantil", "nicugrad")
_JOINERS = ("del", "de", "la", "el", "y", "en", "of", "the", "and")
# Each split position costs a care check of the whole tag: a tag longer than this (real ones run two to four words) is
# read only as it is, so a pasted run of thousands of letters stays linear.
_LONGEST_SPLIT = 40


def tag_care(tag: str) -> bool:
    """Whether a hashtag's words, run together, tell care: the tag as it is, split once, or split around a joiner."""
    low = tag.lower()
    if care_in(low):
        return True
    if len(low) > _LONGEST_SPLIT:
        return False
    for i in range(3, len(low) - 2):
        if care_in(f"{low[:i]} {low[i:]}"):
            return True
        joiner = next((j for j in _JOINERS if low.startswith(j, i) and i + len(j) < len(low) - 2), None)
        if joiner and care_in(f"{low[:i]} {joiner} {low[i + len(joiner) :]}"):
            return True
    return False


def pet_names(text: str, known: Known) -> Iterator[Person]:
    """A name no list holds after "mi"/"my", in a post that speaks of a person and tells care (in words or hashtags)."""
    care: bool | None = None
    for match in _MINE.finditer(text):
        name = match.group(1)
        if name.lower() in NOT_A_NAME or not unlisted_name(name) or known.is_team((name,)):
            continue
        if not _PERSON.search(text):
            return  # no one is spoken of: "my Dexcom", "mi Samsung"
        if care is None:
            care = care_in(text) or any(tag_care(tag) for tag, _ in hashtags(text))
        if care:
            yield Person(match.start(1), match.end(1), (name,), "a pet name said as one's own, with care", public=False)
