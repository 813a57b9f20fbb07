"""People thanked for the help they gave: "Thanks to <Name> and <Title> <Name> for helping us hand out water",
"Gracias a Hermana <Name> y a don <Name>, por ayudarnos a repartir gorras".

A name between a thanks word and what the person did for us, said as help ("for helping", "por ayudarnos", "for
donating", "por su apoyo"), names a helper at an event, the way "volunteer <Name>" does: community_roles reads it as a
role, so every guard of a role holds (care told of them anywhere in the text keeps the name an error: "Thanks to <Name>
for helping us raise money after her chemo" still refuses).
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation
from .known import Person
from .vocabulary import NAMES

_REACH = 160
# The thanks, then nothing that ends a sentence before the name (a title's period, "Sra.", "Mr.", ends none).
_THANKS = lazyre.compile(r"(?<![\w-])(?i:thanks|thank[ \t]+you|gracias|agradecemos|agradecimiento|shout[ \t]*out)(?![\w-])(?:[^.!?\n]|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.)*$")
# Names, titles and list joins up to the purpose: capitalised words, a title in any case ("y a don <Name>"), "and"/"y"/"a"/"&", commas.
_TITLES = alternation((*NAMES["titles_any_case"], "doña", "señor", "señora", "señorita", "tía", "tío", "la", "el", "the"))
# A group named with them: "and the crew", "and her whole team", "y sus hijas".
_CREW = r"(?i:the|his|her|their|su|sus|los|las)[ \t]+(?:(?i:whole|entire|todo|toda|todos|todas)[ \t]+)?[a-záéíóúñ]++"
_NAME_RUN = rf"(?:[ \t]*+(?:{_CREW}|,|(?i:and|y|e|a|al|&|to|{_TITLES})\.?(?![\w-])|[A-Z][\w'’.-]*+)){{0,12}}+"
_FOR_HELP = lazyre.compile(
    rf"{_NAME_RUN}[ \t]*,?[ \t]*(?i:for|por|who|que|quien|quienes)[ \t]+(?:(?i:nos|us|kindly|so[ \t]+kindly)[ \t]+)?"
    rf"(?i:{alternation(NAMES['help_given'])}|helped|volunteered|donated|ayudó|ayudo|ayudaron|apoyó|apoyaron|donó|donaron)(?![\w-])"
)


def thanked_for_help(text: str, person: Person) -> bool:
    """Whether `person` is thanked, in the sentence that names them, for help they gave us (see the module's docstring)."""
    if not _THANKS.search(text, max(0, person.start - _REACH), person.start):
        return False
    return _FOR_HELP.match(text, person.end) is not None
