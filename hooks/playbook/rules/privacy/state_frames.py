"""A state (or a region) named like a person, read as the state in a statistic or as a group's adjective (round 49).

Georgia, Virginia and Carolina are given names too; places.py reads them as the state by an agency, a side, a noun of a
state or another state beside them. A health post also ranks the state among the others ("the South carries half the
new cases, and <State> is among the top states", "<State> now reports the highest rate in the region", "<State> lidera
el pais") or sets its rules ("<State> recommends testing at the first prenatal visit": privacy-names.yml
state_policy_verbs, to a public reach: state_policy_reach; no pronoun of one person, nothing of ours and no one's care in the sentence), and an event gives to a group or a fund the state names as its adjective ("every dollar goes to the <State>
donor family fund", "the Carolina cancer survivors network"). The state reads as the state when:
- a verb that ranks it follows it, an adverb of time between or not, and its sentence compares it with the nation, the
  states or a region (privacy-names.yml state_ranked_verbs, state_compared);
- after a word in lower case, one to three lower-case words and a group's or a fund's noun follow it, and a word of many
  stands between (a plural, or "family", "donor", "community": state_group_nouns, state_group_words); with care or a
  memorial between and no plural, "the <Name> memorial fund", "the <Name> cancer family fund" may be one girl's and stay
  names.
What says person wins: a pronoun of one person in the sentence ("<Name> is among the top students in her class") or
care told in it. Each reading looks a bounded window after the name and its sentence: linear.
"""

from __future__ import annotations

import functools
import re

from ... import lazyre
from ...lexicon.fold import fold
from ...text import alternation, sentence_bounds, sentence_of
from ...wordlists import wordlist

_NAMES = wordlist("privacy-names")
_REGIONS = frozenset(fold(w).lower() for w in _NAMES["state_regions"])
_ADVERB = r"(?:(?i:now|still|again|also|currently|once[ \t]+again|consistently|ya|todavia|tambien|sigue)[ \t]+)?"
_RANKED = lazyre.compile(rf"[ \t]+{_ADVERB}(?i:{alternation(_NAMES['state_ranked_verbs'])})(?![\w'’-])")
_POLICY = lazyre.compile(rf"[ \t]+{_ADVERB}(?i:{alternation(_NAMES['state_policy_verbs'])})(?![\w'’-])")
_REACH = lazyre.compile(rf"(?<![\w-])(?i:{alternation(_NAMES['state_policy_reach'])})(?![\w-])|\.gov(?![\w-])")
# What the state recommends, if it is ours: "<Name> recommends our PT team", "... Dr. <Name>", "nuestra terapia"
_OURS_AFTER = lazyre.compile(r"(?<![\w'’-])(?i:our|us|nuestr[oa]s?|nos|dr|dra|doctor|doctora)(?![\w'’-])")
# A time of someone's care after the verb: "after tearing an ACL", "después de su reemplazo", "since her stroke"
_AFTER_CARE = lazyre.compile(
    r"(?<![\w'’-])(?i:after|despu[eé]s|since|desde[ \t]+(?:su|que)|(?:at|a[ \t]+los)[ \t]+\d{1,2}(?![\d.:])(?![ \t]*(?i:weeks?|months?|days?|hours?|semanas?|meses|d[ií]as|horas|%|am|pm|a\.m|p\.m)))(?![\w'’-])"
)
_THEIR = lazyre.compile(r"(?<![\w'’-])(?i:su|sus)(?![\w'’-])")
# A population the rule is for: "los alumnos de sexto grado tengan sus vacunas", "adults over 50"
_POPULATION = lazyre.compile(
    r"(?<![\w'’-])(?i:everyone|everybody|adults|parents|kids|children|students|kindergartners|seniors|teens|women|men|babies|infants|smokers"
    r"|nurses|schools|residents|patients|adultos|padres|ni[nñ]os|alumnos|estudiantes|mayores|menores|mujeres|hombres|beb[eé]s|escuelas|residentes"
    r"|pacientes|todos|todas)(?![\w'’-])"
)
_COMPARED = lazyre.compile(rf"(?<![\w-])(?i:{alternation(_NAMES['state_compared'])})(?![\w-])|(?<![\w.])U\.?S\.?(?![\w])")
_GROUP = lazyre.compile(rf"((?:[ \t]+[a-z][\w'’-]*){{1,3}}?)[ \t]+(?i:{alternation(_NAMES['state_group_nouns'])})(?![\w'’-])")
_MANY = frozenset(fold(w).lower() for w in _NAMES["state_group_words"])
_ONE_OF_MINE = frozenset(("memorial", "legacy", "tribute", "recovery", "medical", "transplant", "surgery", "treatment", "birthday"))
_LOWER_BEFORE = lazyre.compile(r"(?<![\w'’-])[a-z][\w'’-]*[ \t]+$")
_ONE_PERSON = lazyre.compile(r"(?<![\w'’-])(?i:she|her|hers|herself|he|him|his|himself|ella|quien)(?![\w'’-])")


def is_state_like(name: str) -> bool:
    """A region whose name is a given name, read as a state would be ("Carolina", "Dakota")."""
    return fold(name).lower() in _REGIONS


def state_said(text: str, begin: int, end: int) -> bool:
    """Whether the state at text[begin:end] is ranked in a statistic or names a group's or a fund's adjective."""
    ranked = _RANKED.match(text, end)
    policy = None if ranked else _POLICY.match(text, end)
    grouped = None if ranked or policy else _group(text, begin, end)
    if ranked is None and policy is None and not grouped:
        return False
    start, stop = sentence_of(sentence_bounds(text), begin)
    if _ONE_PERSON.search(text, start, stop):
        return False  # "<Name> is among the top students in her class", "the <Name> family fund, set up after her transplant"
    if policy is not None:  # "<State> recommends testing at the first prenatal visit": the state's rule, to a public reach
        return _policy_clear(text, policy.end(), start, stop) and (_reach_in(text) or _placed_in(text, text[begin:end]))
    if ranked is not None and not _COMPARED.search(text, ranked.end(), stop):
        return False  # "<Name> leads our walk on Saturday": no nation, no state, no region to rank against
    from .care import own_care  # care.py reads vocabulary.py, which reads places.py, which reads this module: import on use

    return not own_care(text, start, stop)


def _policy_clear(text: str, verb_end: int, start: int, stop: int) -> bool:
    """No one of ours as what the state recommends ("recommends our PT team", "Dr. <Name>"), no time of one person's care
    after the verb ("after her ACL", "después de su reemplazo"), no one's care in the sentence, and none in the next one told
    of one person ("... Three months after her heart attack, she is stronger")."""
    from .care import care_in, own_care  # care.py reads vocabulary.py, which reads places.py, which reads this module: import on use

    if _OURS_AFTER.search(text, verb_end, min(stop, verb_end + 30)) or _AFTER_CARE.search(text, verb_end, stop):
        return False
    if not _POPULATION.search(text, start, stop) and (_THEIR.search(text, verb_end, stop) or own_care(text, start, stop)):
        return False  # "a todas sus amigas ... su diagnóstico": hers; "los alumnos ... sus vacunas": theirs, a population's
    if stop < len(text):  # the next sentence, told of one person or of care of ours: "... Three months after her heart attack, she ..."
        after = sentence_of(sentence_bounds(text), stop + 1)
        personal = _ONE_PERSON.search(text, *after) or _OURS_AFTER.search(text, *after) or _AFTER_CARE.search(text, *after)
        return not (personal and care_in(text, *after))
    return True


@functools.lru_cache(maxsize=8)
def _reach_in(text: str) -> bool:
    """Whether the text says a state rule's public reach anywhere (an agency, a law, everyone, a .gov site): once per text."""
    return _REACH.search(text) is not None


@functools.lru_cache(maxsize=8)
def _placed_in(text: str, state: str) -> bool:
    """Whether the text places the state as a place elsewhere ("cases in <State> have risen", "en todo <State>"): once per text."""
    return re.search(rf"(?<![\w-])(?i:in|across|throughout|statewide[ \t]+in|en|todo)[ \t]+{re.escape(state)}(?![\w'’-])", text) is not None


def _group(text: str, begin: int, end: int) -> bool:
    """A word of many and a group's or a fund's noun after the state, a word in lower case before it."""
    group = _GROUP.match(text, end)
    if group is None or not _LOWER_BEFORE.search(text, max(0, begin - 24), begin):
        return False
    words = [fold(w).lower() for w in group.group(1).split()]
    if not any(_plural(w) for w in words):
        from .care import care_in  # import on use, as above

        if any(w in _ONE_OF_MINE for w in words) or care_in(" ".join(words)):
            return False  # "the <Name> transplant family fund", "the <Name> memorial fund": one girl's, as likely
    return any(w in _MANY or _plural(w) for w in words)


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
