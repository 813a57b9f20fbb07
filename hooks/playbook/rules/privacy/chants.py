"""A cheer shouted in capitals ('GO MOM GO', '¡VAMOS TÍA!', 'WE LOVE YOU GRANDPA'): its words are nobody's name.

The finders read a run of words in capitals as a label's name would be written ('BABY HOLLIS - 20 WKS' reads as
'Baby Hollis'). A sign a family holds at a finish line, or a cry from the stands, is a run in capitals too, and read
so 'GO MOM GO' became a relative called 'Go' ('Mom Go'), 'GO GRANDMA GO' a grandmother called 'Go', and '¡VAMOS
DANA!' one person called 'Vamos Dana'. In a run that holds a cheer ("GO", "VAMOS", "LET'S", "ARRIBA", "WE LOVE YOU"),
the cheer's words and the kin it calls to ("MOM", "TÍA", "ABUELA", "COACH") stay in capitals, where no finder reads a
name; any other word of the run is read as before, so a child's name on a sign ('GO MATEO GO' beside his crutches)
is still a name (written_names.py), and so is a member's ('¡VAMOS DANA!' names Dana, who may be named).
One word at a time over a run already matched: linear.
"""

from __future__ import annotations

from ... import lazyre

# The words of a cheer: they say the run is one; a cheer alone never names ("GO", "VAMOS", "LET'S GO", "SI SE PUEDE")
_CHEERS = frozenset(
    "go vamos dale arriba fuerza animo echale ganas let lets run push finish strong you got this we love yeah yay bravo viva si se puede te queremos amamos ole hooray team equipo".split()
)
# The kin, the friends and the titles a cheer calls to ("GO MOM GO", "¡VAMOS TÍA!", "RUN COACH RUN")
_CALLED = frozenset(
    "mom mommy mama mami momma mum dad daddy papa papi pops grandma grandpa granny nana nanna gramma grammy gigi "
    "abuela abuelo abuelita abuelito abue tia tio aunt auntie uncle wife hubby husband sis bro sister brother babe "
    "baby honey coach doc doctora doctor profe nurse amiga amigo friend madrina padrino prima primo hija hijo "
    "my our your mi tu su of de la el the and y to a for por para is it all the way".split()
)


def is_cheer(words: list[str]) -> bool:
    """Whether a run of words in capitals (lower-cased here) holds a cheer's word."""
    return any(word in _CHEERS for word in words)


def kept(word: str) -> bool:
    """Whether `word` (lower case) of a run that cheers stays in capitals: a cheer's word or the one it calls to."""
    return word in _CHEERS or word in _CALLED


_CAPS_WORD = lazyre.compile(r"[A-Z]{2,}")


def title_case_run(run: str) -> str:
    """A run of words in capitals, each read as a name's word ('BABY HOLLIS' -> 'Baby Hollis') unless the run cheers:
    then a cheer's words and those it calls to stay as they are ('GO MOM GO', 'VAMOS Dana')."""
    cheer = is_cheer([m.group(0).lower() for m in _CAPS_WORD.finditer(run)])
    return _CAPS_WORD.sub(lambda word: word.group(0) if cheer and kept(word.group(0).lower()) else word.group(0).capitalize(), run)
