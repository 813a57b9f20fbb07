"""FTC004: a place in line (priority on a waiting list, an earlier appointment) is something of value given.

A practice with a waiting list or a full calendar can pay for a review without money: "if you delete this review,
we'll move you up on the waiting list", "le damos prioridad si borra la reseña", "we can get you an earlier
appointment once the review is down", "le adelantamos su cita si quita su comentario". Moving someone ahead of
others in care is worth more to them than a coupon, and the FTC's rule on reviews (16 CFR 465.4) counts any benefit
tied to writing, changing or removing a review. Read as a shape: priority given ("le damos prioridad", "give you
priority", "priority on the list"), a person moved ahead ("move you up", "bump you to the front of the line", "le
pasamos al primer lugar", "lo subimos en la lista"), or an appointment brought forward ("an earlier appointment",
"una cita más pronto", "le adelantamos la cita"). Like removed_charges.py, it counts only where FTC004 already reads a
review asked for or asked to change or come down; "priority goes to families without insurance" alone offers nothing.
"""

from __future__ import annotations

import re

from ... import lazyre

_WHO = r"(?:you|him|her|them|your[ \t]+(?:child|son|daughter|kid|family|mom|dad|name)|le|te|lo|la|los|las|les)"
_LIST = r"(?:list|wait[ \t-]?list|waiting[ \t]+list|queue|line|schedule|calendar|lista|fila|agenda|lista[ \t]+de[ \t]+espera)"
FAVOURS = lazyre.compile(
    # priority given: "give you priority", "you'll get priority", "priority on the waiting list", "le damos prioridad"
    rf"(?<![\w-])(?:(?:give|giving|get|gets|offer|have)[ \t]+(?:{_WHO}[ \t]+)?(?:top[ \t]+)?priority"
    rf"|priority[ \t]+(?:on|in|for)[ \t]+(?:the|our)[ \t]+(?:[\w'-]+[ \t]+){{0,2}}?{_LIST}"
    r"|(?:le|te|les)[ \t]+(?:damos|daremos|dariamos|podemos[ \t]+dar|vamos[ \t]+a[ \t]+dar)[ \t]+(?:la[ \t]+)?prioridad"
    rf"|(?:con|de|tendra|tendria|tiene)[ \t]+prioridad|prioridad[ \t]+en[ \t]+(?:la|el|nuestra)[ \t]+{_LIST}"
    # moved ahead: "move you up", "bump you to the front of the line", "le pasamos al primer lugar", "lo subimos en la lista"
    rf"|(?:move|moving|bump|bumping|put|putting|push|pushing)[ \t]+{_WHO}[ \t]+(?:up|ahead|forward|to[ \t]+the[ \t]+(?:front|top|head))"
    rf"|(?:front|top|head)[ \t]+of[ \t]+the[ \t]+{_LIST}|first[ \t]+in[ \t]+line|(?:skip|jump|cut)[ \t]+the[ \t]+(?:line|wait|queue|list)"
    rf"|{_WHO}[ \t]+(?:pasamos|subimos|movemos|ponemos|adelantamos|colocamos)[ \t]+(?:al[ \t]+(?:frente|principio|primer[ \t]+lugar)|primero|hasta[ \t]+arriba|(?:en|de)[ \t]+la[ \t]+{_LIST})"
    rf"|primer(?:os)?[ \t]+lugar(?:es)?[ \t]+(?:de|en)[ \t]+la[ \t]+{_LIST}"
    # an appointment brought forward: "an earlier appointment", "una cita más pronto", "le adelantamos la cita"
    r"|(?:earlier|sooner|quicker)[ \t]+(?:appointment|appt|slot|date|visit|spot|surgery|consult)"
    r"|fit[ \t]+(?:you|him|her|them)[ \t]+in[ \t]+(?:sooner|earlier|first)"
    r"|cita[ \t]+(?:mas[ \t]+pronto|antes|mas[ \t]+temprano|para[ \t]+antes)|adelant(?:amos|aremos|arle|arte|ar)[ \t]+(?:su|tu|la)[ \t]+(?:cita|consulta|cirugia)"
    r")(?![\w-])",
    re.IGNORECASE,
)


def favours(sentence: str) -> list[re.Match]:
    """Each place in line given in `sentence` (folded), as reward matches are."""
    return list(FAVOURS.finditer(sentence))
