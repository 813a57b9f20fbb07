"""A name that is also a word of care: "Doña Dolores" (pains), "<Given> Whitlow" (a finger's infection).

Once a passage is read as a name, its own words tell no care: the readings of care around it read the words a name
list knows and the care vocabulary or the clinical lexicon holds as a plain stand-in of the same length (offsets hold). An eponym's possessive
stays care ("<Given> Parkinson's"), and so does any care word the name's sentence holds besides. Bounded by the names
found: linear.
"""

from __future__ import annotations

from collections.abc import Iterable

from ... import lazyre
from ...lexicon import names as lexicon_names
from .care import care_in, diagnosis_in

_NAME_WORD = lazyre.compile(r"[A-Za-z]{3,}")
_NOT_OWNING = lazyre.compile(r"(?!['’]s(?![\w-]))")


def as_names(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with each word in `spans` that a name list knows and that is also a word of care written as a stand-in
    of its length ("Dolores" -> "Dxxxxxx")."""
    for start, end in spans:
        for word in _NAME_WORD.finditer(text, start, end):
            name = word.group(0)
            if _NOT_OWNING.match(text, word.end()) and (care_in(name) or diagnosis_in(name, 0, len(name))) and lexicon_names.name_info(name):
                text = text[: word.start()] + name[0] + "x" * (len(name) - 1) + text[word.end() :]
    return text
