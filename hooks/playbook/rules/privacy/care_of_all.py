"""Care said of everyone, so of no one: urged on all at an event, or the practice's work for a whole community.

care.received_care reads "vacunarse", "hacerse la prueba", "roll up a sleeve" as a person's own care, and care.care_in's
phrases of care at the practice read "caring for" as our care of someone. Said to everyone ("invitó a los vecinos a
vacunarse", "urged the crowd to roll up a sleeve") or of a whole community ("ten years of caring for the
Valley"), they tell no one's care, and a public figure or a staff member's own family named beside them stays unread
as a patient. Each test reads a bounded window at the match: linear.
"""

from __future__ import annotations

import re

from ... import lazyre

# The urging right before the doing: "animó a todos los presentes a", "les pidió a los vecinos que se vacunen", "nos
# recordó que es importante", "hay que", "urged the crowd to". Not someone's own resolve or memory ("se animó a
# vacunarse", "recordó que se vacunó aquí"), nor a family urged ("animó a sus hijos a ...").
_URGED = lazyre.compile(
    r"(?:(?<!(?i:se)[ \t])(?<![\w-])(?i:anim|invit|motiv|exhort|alent|convoc|inst|llam|ped|pid|record|recomend|insist|urg|encourag|remind|ask|challeng|told|tell)\w*"
    r"[ \t]+(?:(?!(?i:sus?|tus?|mis?|his|her|their|my|your)[ \t])(?i:[a-záéíóúñ]+)[ \t]+){0,4}?(?P<que>(?i:que))?(?(que)|(?i:a|to))"
    r"|(?<![\w-])(?i:hay[ \t]+que|(?:es|is|it's)[ \t]+(?:importante|f[aá]cil|gratis|important|easy|free)))[ \t]+$"
)
_URGED_SPAN = 60  # characters read back from the doing for the urging
_SUBJUNCTIVE = lazyre.compile(r"(?i:se)[ \t]+(?i:vacun(?:e|en))")  # "que se vacunen": urged; "que se vacunó": done


def urged_on_all(text: str, care: re.Match, lo: int) -> bool:
    """Whether the care matched (a doing: "vacunarse", "roll up a sleeve") is urged on others just before it, no earlier than `lo`."""
    urged = _URGED.search(text, max(lo, care.start() - _URGED_SPAN), care.start())
    return urged is not None and (urged.group("que") is None or _SUBJUNCTIVE.fullmatch(care.group(0)) is not None)


_CARING_FOR = frozenset(("care for", "cared for", "caring for"))
# A whole community after it, no one of it named: "the Valley", "our families", "so many kids" (not "the kids of <Name>")
_EVERYONE = lazyre.compile(
    r"[ \t]+(?:(?i:the|our|this|these|all|every|so[ \t]+many)[ \t]+)?(?:[a-z'’-]+[ \t]+){0,2}?(?i:valley|community|communities|town|county|city|region|area"
    r"|families|patients|kids|children|neighbors|neighbours|people|folks|moms|mothers|babies|veterans|workers|residents|seniors|elders)(?![\w-])"
    r"(?![ \t]+(?i:of|de)[ \t]+[A-Z])"
)


def work_for_all(text: str, phrase: re.Match) -> bool:
    """Whether a phrase of care at the practice ("caring for") has a whole community for its object: the practice's work."""
    return phrase.group().lower() in _CARING_FOR and _EVERYONE.match(text, phrase.end()) is not None
