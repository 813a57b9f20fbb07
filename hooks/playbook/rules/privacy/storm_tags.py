"""A storm's name worn as a hashtag in a notice about the storm, read by PHI003 as no one.

Storms are named with given names, and agencies tag every message of a storm's aftermath with the bare name
("run the generator outside ... #Maria", "sin electricidad ... #Maria"). A hashtag that is one given name and no
more, in a text that speaks of a storm, a flood, an outage or an evacuation, is the storm's. Anywhere else
("Happy birthday #Maria") it is a name, and so is one a verb follows ("#Maria finished chemo after the storm") or a
given name written plainly beside the storm words ("Maria rode out the storm with us").
"""

from __future__ import annotations

import functools

from ... import lazyre
from .known import Person

# Words of a storm and its aftermath, English and Spanish (the text is folded: no accents).
_STORM = lazyre.compile(
    r"(?<![\w-])(?i:hurricanes?|huracan(?:es)?|tropical|storms?|tormentas?|cyclones?|ciclon(?:es)?|typhoons?|landfall|floods?|flooding|floodwaters?"
    r"|inundacion(?:es)?|power[ \t]+(?:is[ \t]+)?out(?:age)?s?|apagon(?:es)?|sin[ \t]+(?:electricidad|luz|corriente)|no[ \t]+(?:tienes|tiene|hay)[ \t]+(?:electricidad|luz)"
    r"|generators?|generador(?:es)?|evacuat\w*|evacuacion(?:es)?|shelters?|refugios?|fema|storm[ \t-]?surge|marejada)(?![\w-])"
)
_MORE_AFTER = lazyre.compile(r"[\w'’-]")  # "#MariaStrong" is one tag; "#Maria" ends at its last letter
# A tag among the tags and links that close a message, not a subject that a verb follows ("#Maria finished chemo").
_TAG_END = lazyre.compile(r"[ \t]*[.!]?[ \t]*(?:$|\n|#|@|https?://|(?i:www\.|bit\.ly|go\.usa\.gov|t\.co))")


def storm_tag(text: str, person: Person) -> bool:
    """Whether `person` is one given name written as a hashtag in a text about a storm and its aftermath."""
    start, end = person.start, person.end
    if len(person.words) != 1 or start == 0 or text[start - 1] != "#":
        return False
    if _MORE_AFTER.match(text, end) or not _TAG_END.match(text, end):
        return False
    return _about_a_storm(text)


@functools.lru_cache(maxsize=16)
def _about_a_storm(text: str) -> bool:
    """Whether the text speaks of a storm: asked once per text, not once per tag (a text of many tags stays linear)."""
    return _STORM.search(text) is not None
