"""Someone who keeps coming to a care group or program of ours: care with us, told without "with us" (care.cared_by_us).

"she keeps coming to our Monday grief circle", "he attends our cardiac rehab class", "viene a nuestro grupo de
apoyo para la diabetes": a verb of coming or attending, "our", and a word of care within a few words after it. A
public event of ours named after it ("came to our diabetes walk") is company at an event, not care (the caller's
events pattern). One bounded pattern, one pass: linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ... import lazyre

_COMES = lazyre.compile(
    r"(?<![\w-])(?:(?i:com(?:e|es|ing)|came|go(?:es|ing)?|went|attend(?:s|ed|ing)?|show(?:s|ed|ing)?[ \t]+up)[ \t]+(?i:to[ \t]+)?(?i:our)"
    r"|(?i:viene|venia|vino|ha[ \t]+venido|asiste|asistia|asistio|ha[ \t]+asistido|va|iba|sigue[ \t]+viniendo)[ \t]+(?i:a|al)[ \t]+(?i:nuestr[oa]s?))"
    r"[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?=\S)"
)


def comes_to_ours(text: str, start: int, end: int, care_in: Callable[[str], bool], event: re.Pattern) -> bool:
    """Whether text[start:end] tells someone coming to a care group or program of ours (module docstring)."""
    for match in _COMES.finditer(text, start, end):
        if not event.match(text, match.end(), end) and care_in(text[match.end() : min(end, match.end() + 40)]):
            return True
    return False
