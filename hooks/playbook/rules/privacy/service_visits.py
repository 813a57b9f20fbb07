"""A count of visits that says how a service works: no one's course of care.

An announcement tells how a test or a treatment is done by counting its visits or sessions: "it takes three visits in
one week", "son tres citas en una semana", "the program requires 2 visits in a month", "el tratamiento consiste en 4
sesiones de láser", "most people need six sessions over two months". milestones.py reads "three visits in ..." as one
person's course of care (PHI013); here the count is what a service asks of anyone: a verb of requirement in the present
right before it (takes, requires, needs, involves, consists of, includes; son, requiere, necesita, consiste en, incluye,
se necesitan) and no one person in its sentence or the one before (no "she", "his", "ella", "our patient", "su
hija"). A person's own count stays a story: "after three visits she could walk", "she needed three visits in a week",
"our patient took two sessions", "He came back for three visits".
One bounded look before the count and one search over two sentences: linear.
"""

from __future__ import annotations

from ... import lazyre

# The verb that asks for the count, in the present, right before it (an "it", a hedge or a "just" between)
_REQUIRES = lazyre.compile(
    r"(?<![\w'’-])(?i:takes|take|requires|require|needs|need|involves|involve|consists[ \t]+of|consist[ \t]+of|includes|include|means|is|are"
    r"|son|es|requiere|requieren|necesita|necesitan|se[ \t]+necesitan|se[ \t]+requieren|consiste[ \t]+en|incluye|incluyen|implica|toma|toman)"
    r"(?:[ \t]+(?i:just|only|about|around|roughly|usually|typically|at[ \t]+least|solo|sólo|unas|unos|apenas|al[ \t]+menos|generalmente|normalmente))?[ \t]+$"
)
# One person in the sentence or the one before: a pronoun, a possessive, a patient or a relative
_SOMEONE = lazyre.compile(
    r"(?<![\w'’-])(?i:she|he|her|his|him|hers|she['’]s|he['’]s|ella|patient|paciente|client|cliente|husband|wife|daughter"
    r"|esposo|esposa|hijo|hija|nieto|nieta|mom|dad|mam[aá]|pap[aá]|abuel[oa])(?![\w'’-])"
)
_REACH = 40  # characters before the count read for its verb


def service_count(text: str, start: int, lo: int, hi: int) -> bool:
    """Whether the count at `start` (in the sentence text[lo:hi], `lo` reaching back to the sentence before) is what a
    service asks of anyone: a verb of requirement right before it, no one person in text[lo:hi]."""
    return _REQUIRES.search(text, max(lo, start - _REACH), start) is not None and _SOMEONE.search(text, lo, hi) is None
