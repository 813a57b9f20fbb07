"""An order or a society named for a person, a saint or a land: "the Knights of Columbus", "Daughters of Isabella".

A community post thanks a fraternal order, a sodality or a heritage society by its name, and that name ends in
its patron: "our tent beside the Knights of Columbus", "gracias a las Hijas de María". The patron is a given
name, but the members' or the body's word before it ("Knights", "Hijas", "Legion", "Cofradía"), written with a capital mid-sentence (
privacy-names.yml order_members), says an organisation is named. At a sentence's start the capital says nothing
("Daughters of Rosa came with her"), a lower-case word is kin ("the daughters of Rosa Ruiz"), and care said of
the name in its own clause ("the Sons of Teo, who had surgery") keeps it a person. One bounded look per word.
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation
from ...wordlists import wordlist

_MEMBERS = tuple(wordlist("privacy-names")["order_members"])
# The members' word (as written, capitalised) then "of"/"de", an article or a saint's title, just before the name;
# a line may break between any two of them.
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_ORDER_BEFORE = lazyre.compile(rf"(?<![\w-])(?:{alternation(_MEMBERS)}){_GAP}(?i:of|de){_GAP}(?:(?i:the|la|los|las|san|santa|santo|saint|st\.?){_GAP})?$")
# What stands before the members' word: an article or a word in the sentence, never a sentence's start.
_MID_SENTENCE = lazyre.compile(rf"[\w,]{_GAP}$")
_CLAUSE_END = lazyre.compile(r"[.;:!?\n]")


def order_named(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` is the patron in an order's name ("the Knights of Columbus"), with no
    care said in the rest of its clause."""
    found = _ORDER_BEFORE.search(text, max(0, start - 40), start)
    if found is None or not _MID_SENTENCE.search(text, max(0, found.start() - 30), found.start()):
        return False
    stop = _CLAUSE_END.search(text, start, start + 60)
    end = stop.start() if stop else min(len(text), start + 60)
    from .care import care_in  # care.py reads vocabulary.py, which asks readings.py and so this module: import on use

    return not care_in(text, start, end)
