"""A health plan's brand in a list of plans, not a person: "Aetna, Ambetter, Florida Blue y Oscar".

A practice lists the plans it takes, and some plans' names open with a given name ("Oscar Health", "Clover Health",
"Molina"): written short in the list, the brand reads as a man's name. A word that opens a payer's name
(privacy-stance payers and payers_as_written) is the plan when a neighbouring item of its list, joined by a comma,
"and", "or", "y", "o", is a payer too; so is a name ending in a word of cover (vision, dental, health, plan ...) there. What says person stays a name: the word alone or with no payer beside it
("Oscar had his knee scoped"), a clause of its own after the list ("Aetna, and Oscar loved his brace"; what the plans
are taken for may follow: "... y Oscar para cirugía reconstructiva", not "... and Oscar for his knee"), or a list of
people ("Ana, Oscar y Luis"). A payer named with its state, by its letters or its name, is the plan wherever it stands
("BCBS MA", "Blue Cross NC", "Molina Texas", "Anthem Ohio": payer_with_state), and so is one named with its cover's
words ("UHC Community Plan"): no one is called a payer's name and a state. A bounded window either side: linear.
"""

from __future__ import annotations

import functools

from ... import lazyre
from ...lexicon.fold import fold
from ...wordlists import wordlist
from .known import Person

_JOIN = r"(?:[ \t]*[,;/&][ \t]*(?:(?i:and|or|y|o|e)[ \t]+)?|[ \t]+(?i:and|or|y|o|e|&)[ \t]+)"
# The item before the word: a few words (maybe with its programmes in brackets: "Medicaid (Simply, Sunshine Health)").
_BEFORE = lazyre.compile(rf"([A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){{0,2}})(?:[ \t]*\([^()\n]{{0,60}}\))?{_JOIN}$")
_AFTER = lazyre.compile(rf"{_JOIN}([A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){{0,2}})")
# The word ends its item: a join, a stop, a bracket or the line's end ("... y Oscar."), not a clause ("and Oscar loved ...").
# So does what the plans are taken for ("... Florida Blue and Oscar for reconstructive procedures"), not one's own
# ("... and Oscar for his knee").
# So does the brand's own cover after it ("Medicaid and Delta plans welcome"), not a verb ("and Oscar plans to ...").
_ITEM_END = lazyre.compile(
    rf"{_JOIN}|[ \t]*(?:[.;:!?)\n]|$)"
    r"|[ \t]+(?i:for|para|in|en|at)[ \t]+(?!(?i:his|her|him|their|them|su|sus|él|ella|ellos)(?![\w'’-]))"
    r"|[ \t]+(?i:plans?|insurance|coverage|cards?)(?![\w'’-])(?![ \t]+(?i:to|on|a)(?![\w'’-]))"
)
_REACH = 100
# The cover a plan sells, ending its brand after a founder's name: "Davis Vision", "Morgan Dental", "Salud Plus".
_COVER = frozenset({"vision", "dental", "health", "healthcare", "care", "plan", "plans", "insurance", "medical", "seguros", "salud", "plus", "advantage"})


@functools.lru_cache(maxsize=1)
def _payers() -> tuple[frozenset[str], frozenset[str]]:
    """The payers' names (folded, lower case) and the first words of those names."""
    names = [fold(str(n)).lower() for key in ("payers", "payers_as_written") for n in wordlist("privacy-stance")[key]]
    return frozenset(names), frozenset(n.split()[0] for n in names)


def _payer(item: str) -> bool:
    """The item, or its last words ("accept Aetna"), or its first words ("Aetna plans"), is a payer's name."""
    names = _payers()[0]
    words = fold(item).lower().split()
    return any(" ".join(words[i:j]) in names for i in range(len(words)) for j in range(i + 1, len(words) + 1))


_STATE_CODES = frozenset(s for s in wordlist("privacy")["us_states"] if len(s) == 2)
# The cover's words after a payer's name: "UHC Community Plan", "Molina Complete Care", "Superior HealthPlan STAR Kids"
_PLAN_WORDS = _COVER | frozenset({"community", "complete", "choice", "select", "star", "kids", "together", "connect", "essential", "healthplan", "total"})
_RAW_WORDS = lazyre.compile(r"[^\W\d_][\w'’.-]*")


def payer_with_state(text: str, person: Person) -> bool:
    """Whether `person` is a payer's name, then a state's letters or name or its cover's words ("BCBS MA", "Anthem Ohio",
    "UHC Community Plan")."""
    from .greeted_words import plain_word
    from .places import is_state  # places.py reads much of the privacy vocabulary: asked only here

    if person.title:
        return False
    raw = [w.rstrip(".") for w in _RAW_WORDS.findall(text, person.start, person.end)]
    words = [fold(w).lower() for w in raw]
    names = _payers()[0]
    lead = next((i for i, w in enumerate(raw) if not plain_word(w)), len(raw))  # "Aceptamos Molina Texas": a verb first
    for begin in range(min(lead, len(words) - 1) + 1):
        if _state_after(words, raw, begin, names, is_state):
            return True
    return False


def _state_after(words: list[str], raw: list[str], begin: int, names: frozenset[str], is_state) -> bool:
    """Whether words[begin:] are a payer's name, then a state's letters or name or the cover's words."""
    for cut in range(begin + 1, len(words)):
        if " ".join(words[begin:cut]) not in names:
            continue
        rest, written = words[cut:], raw[cut:]
        if all(w in _STATE_CODES for w in written) and len(written) == 1:
            return True  # "BCBS MA": a state's letters, in capitals as the post office writes them
        if is_state(" ".join(written)) or all(w in _PLAN_WORDS for w in rest):
            return True  # "Molina Texas", "UHC Community Plan"
    return False


def payer_in_list(text: str, person: Person) -> bool:
    """Whether `person`, one word opening a payer's name or a name ending in its cover, stands in a list beside a payer."""
    words = [fold(w).lower() for w in person.words]
    if not (len(words) == 1 and words[0] in _payers()[1] or 1 < len(words) < 4 and words[-1] in _COVER):
        return False
    if not _ITEM_END.match(text, person.end):
        return False  # "Aetna, and Oscar loved his brace": a clause of its own
    before = _BEFORE.search(text, max(0, person.start - _REACH), person.start)
    after = _AFTER.match(text, person.end)
    return any(item is not None and _payer(item.group(1)) for item in (before, after))
