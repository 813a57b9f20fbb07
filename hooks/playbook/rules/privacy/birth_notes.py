"""Initials or a name, then a birth date as offices shorten it: "<R.T.> (nac. 3/5/2016)" (PHI008).

A front desk that writes a reminder to one patient by initials adds the date of birth to make sure the right person
reads it: "Recordatorio para <R.T.> (nac. 3/5/2016): ...", "<K.L.>, b. 4/4/1961, your labs are Monday", "<D.S.> —
f. nac.: 14/02/2008 —", "para <Ana> (fecha de nac. 12/12/2012)". Initials and a birth date single out one person in
a town, and HIPAA counts every part of a birth date but the year as an identifier. "DOB" is reported on its own
(dates.py); here the shorter labels ("nac.", "f. nac.", "fecha de nac.", "born", "nacido/a", and "b." only after
initials or a name) count when initials, a capitalised word or a person word ("paciente", "patient") comes right
before them, with a parenthesis, a comma, a colon or a dash between, and a date right after them. A cohort passes
("born after 1/1/1965", "niños nacidos después del 1/1/2020": no one before the label), and so does "Univ. Nac." (no
date after it). Each label is read with a bounded look either side: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre

# The label, its period and colon: "nac.", "f. nac.:", "fecha de nac.", "born", "nacida", "b." (lower case, with its period)
_LABEL = lazyre.compile(r"(?<![\w.-])(?:(?i:f\.?[ \t]*(?:de[ \t]+)?nac|fecha[ \t]+(?:de[ \t]+)?nac|fnac|nac|born|nacid[oa])(?:\.|(?![\w-]))|b\.)[ \t]*:?[ \t]*")
# Right before the label: initials, a capitalised word or a person word, then "(", ",", ":" or a dash (one or two).
_WHO = lazyre.compile(
    r"(?:(?<![\w.])(?P<initials>(?:[A-Z]\.[ \t]?){1,3}|[A-Z]{2,3})|(?<![\w'’-])(?P<name>[A-Z][a-z][\w'’-]*)"
    r"|(?<![\w-])(?P<person>(?i:paciente|patient|pt|nino|nina|bebe|baby|sr|sra|srta|mr|mrs|ms)\.?))"
    r"[ \t]*(?:[(,:\u2013\u2014-][ \t]*){1,2}$"
)
_REACH = 30  # characters before the label where its person may stand


def birth_notes(body: str, dates: re.Pattern) -> Iterator[tuple[re.Match, re.Match]]:
    """(who, the date) for each birth-date label with a person right before it and a date (`dates`) right after it."""
    for label in _LABEL.finditer(body):
        date = dates.match(body, label.end())
        if date is None or not any(ch.isdigit() for ch in date.group(0)):
            continue
        who = _WHO.search(body, max(0, label.start() - _REACH), label.start())
        if who is None or label.group(0).startswith("b.") and who.group("person"):
            continue  # "b." only after initials or a name
        yield who, date
