"""A capitalised word after a preposition of place and "the" is a place, not a person ("here in the Delta", "en el Delta").

English never puts "the" before a person's name, and Spanish "el" after "en" or "por" ("en el Valle", "por el Bajío")
names a region, a river or a neighbourhood; a person said with an article ("la Juana", "el Beto") comes with no
preposition of place before it ("el nieto del Chivo" is of someone: "del" and "of the" are left out). So one capitalised
word, right after a preposition of place and "the" or "el", that ends its phrase (a stop, or a verb, a time or a joiner
after it: "smoke in the Sierra is expected ..."; "the Georgia transplant fund" is a fund's name, read as before), names
no one here. One bounded look either side: linear.
"""

from __future__ import annotations

from ... import lazyre
from .known import Person

_BEFORE = lazyre.compile(r"(?<![\w'’-])(?i:(?:in|from|across|around|throughout|through|into|near|over|along|toward|towards|all[ \t]+over)[ \t]+the|(?:en|por|desde|hacia|hasta)[ \t]+el)[ \t]+$")
# the word ends its phrase: a stop, or a verb, a time or a joiner that no name runs on into ("in the Sierra is expected to
# ...", "across the Sierra this week", "en el Valle hasta el lunes"); a noun would make it a name's ("the Georgia transplant fund")
_ENDS = lazyre.compile(
    r"[ \t]*(?:[.,;:!?)\n]|$)"
    r"|[ \t]+(?:is|are|was|were|has|have|had|will|this|these|through|until|and|or|but|all|again|today|tonight|tomorrow"
    r"|es|son|est[aá]|est[aá]n|este|esta|hasta|y|o|hoy|ma[nñ]ana)(?![\w'’-])"
)


def article_place(text: str, person: Person) -> bool:
    """Whether `person`, one word in the folded `text`, follows a preposition of place and "the"/"el" (module docstring)."""
    if len(person.words) != 1 or person.words[0].startswith("@"):
        return False
    return _BEFORE.search(text, max(0, person.start - 24), person.start) is not None and _ENDS.match(text, person.end) is not None
