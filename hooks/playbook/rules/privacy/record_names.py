"""Names written as a record writes them: a surname in capitals, a comma and an initial ("MONTOYA, L").

A wristband, a chart, a specimen tube or an IV bag files a patient by surname first; an alt text or a
post that reads one out ("the band reads MONTOYA, L") names that patient, with no date beside it
(the record label with a date of birth is people.py's). PHI003 (names.py) reports these, and PHI012
(media.py) counts one in an alt text as a person shown.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...lexicon import names as lexicon_names
from ...text import alternation
from .known import Known, Person
from .vocabulary import NAMES, NOT_A_NAME, PLACE_AFTER

# "MONTOYA, L", "GARZA, M.", and after a reading word "Montoya, L" too; not "MONTOYA, Luisa" (a run of words).
_RECORD = lazyre.compile(r"(?<![\w'’.-])(?P<surname>[A-Z][A-Za-z'’-]{2,})[ \t]*,[ \t]*(?P<initial>[A-Z])\.?(?![\w'’-]|\.\w)")
# What reads a name out: a label word ("wristband", "etiqueta", "reads") or a verb of showing, in the clause before.
_READS = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation((*NAMES['label_words'], 'says', 'shows', 'showing', 'dice', 'se lee', 'muestra', 'band', 'brazalete', 'armband', 'badge', 'bag', 'bolsa', 'expediente', 'file', 'folder', 'record', 'printout'))})(?![\w-])"
)
# Things that carry a patient's name and little else (not a sign, a poster or a whiteboard, which read
# "EXIT, B wing", nor a bag's or a box's label, which reads a product).
_RECORD_THINGS = lazyre.compile(
    r"(?<![\w-])(?i:wrist[ \t]?bands?|(?:ID|hospital|patient)[ \t]+bands?|bracelets?|armbands?|charts?|specimens?|vials?|blood[ \t]+tubes?"
    r"|pulseras?|brazaletes?|expedientes?|muestras?)(?![\w-])"
)
_CLAUSE_END = lazyre.compile(r"[.;!?\n]")


def record_names(text: str, known: Known) -> Iterator[Person]:
    """Surnames in record style: capitals, a comma and an initial ("MONTOYA, L"), read off a label or known as a surname.

    A surname in capitals that the name lists know and that is no ordinary word counts anywhere; one
    that is also a word or that no list knows, or one in title case ("Okonjo, B"), counts when a
    wristband, a chart or a specimen reads it out ("the wristband reads OKONJO, B"), unless the
    clinical lexicon knows the word.
    A sign's words pass ("the sign reads EXIT, B wing"), and so does a team member's surname.
    """
    for match in _RECORD.finditer(text):
        surname = match.group("surname")
        capitals = surname.upper() == surname
        low = surname.lower()
        if low in NOT_A_NAME or low in PLACE_AFTER or low in known.org:
            continue
        start = max(0, match.start() - 60)
        end = None
        for end in _CLAUSE_END.finditer(text, start, match.start()):
            pass
        clause = end.end() if end else start
        read = _READS.search(text, clause, match.start())
        info = lexicon_names.name_info(surname.capitalize())
        if info is not None and not info.also_word and capitals:
            pass  # "GARZA, M": a surname filed as a record files it
        elif read is None:
            continue
        elif (info is None or info.also_word) and (not _RECORD_THINGS.search(text, clause, match.start()) or lexicon_clinical.find(surname.lower())):
            continue  # "the poster reads WASH, R...", "the bag reads SALINE, B": no band or chart carries it
        if known.is_team((surname.capitalize(),)):
            continue
        yield Person(match.start(), match.end(), (surname.capitalize(), match.group("initial")), "a surname and an initial, as a record files them", excusable=False, public=False)
