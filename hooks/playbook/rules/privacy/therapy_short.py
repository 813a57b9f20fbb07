"""Physical and occupational therapy as staff shorten them, "PT" and "OT", read in a reply as a word of care (PHI002).

"Sorry PT ran late on Tuesday", "so glad OT has been helping with the buttons", "lamentamos lo de la PT del lunes":
the two capitals are the reader's therapy as surely as "physical therapy" is, and clinical_detail weighs them as a
common word of care (the reader, an occasion, an apology or a day in the clause makes them the reader's). The same
capitals are also a time zone ("8 to 5 PT"), a credential after a name ("<Given> <Surname>, PT, DPT"), a practice's
name ("Valley PT", "<Town> PT & OT") and our own department or event ("our PT team", "a free PT screening day"):
none of those is care of anyone's. Capitals only: "pt" in lower case is a patient in a note. One bounded scan: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre

_SHORT = lazyre.compile(
    r"(?<![\w&/.-])(?:PT|OT)(?![\w/-])"
    # ours, not the reader's: a department, a place, an event or a programme after it, or a name joined to it
    r"(?![ \t]*&|[ \t]+(?i:and|y)[ \t]+(?:PT|OT)[ \t]+|[ \t]+(?i:team|teams|staff|department|dept|clinic|clinics|gym|room|rooms|students?|screenings?"
    r"|open[ \t]+house|day|event|program|programs|services|office|location|school|aides?|assistants?|techs?|equipo|departamento|clinica)(?![\w-]))"
)
# Just before: a time ("8 to 5 PT", "9am PT"), a credential's comma after a name, a capitalised name inside a sentence ("at Valley PT").
_BEFORE = lazyre.compile(r"(?:\d|(?<![A-Za-z])(?i:[ap]\.?m\.?)|(?<=[a-z,][ \t])[A-Z][\w'’-]*|,)[ \t]*$")  # not "Sorry PT ...", a sentence's first word


def therapy_short(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each "PT" or "OT" in a reply that may be the reader's therapy (see the module's docstring)."""
    for match in _SHORT.finditer(text):
        if not _BEFORE.search(text, max(0, match.start() - 24), match.start()):
            yield match.start(), match.end()
