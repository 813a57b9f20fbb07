"""A surname, then a given name, then their care, opening a file's name: how a chart or a scanner files a document.

Records are filed last name first ("Kessler_Dana_DOT_physical_results.pdf", "garcia-maria-knee-xray.jpg",
"IMG_2210_Ruiz_Pilar_mamografia", after the record's kind: "intake_scan_<SURNAME>_<Given>_PHQ9_score"): a surname no everyday word, a given name no everyday word (after the record's kind it may be one: "intake_<Surname>_Tanner_..."), and a word of care or of
a result within the three words after them. Read only where a file's words start (a segment's first words, or right
after a camera's counter or a number), where a title or a topic would not stand; a team member's name passes. A surname
kept in capitals, then a given name, is read anywhere in the segment's first twelve words, care among the rest
("crown_prep_<SURNAME>_<Given>_tooth19_bitewing"): the capitals say it was filed. Each segment is read once: linear.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...lexicon import names as lexicon_names
from .care import care_in
from .greeted_words import plain_word
from .known import Known
from .unlisted import UNLISTED
from .vocabulary import FILE_CARE, PERSONAL_TITLES, PLACE_AFTER, is_first_name, is_surname

# What a file's words open with before the name: a camera's or a scanner's counter, or a number ("IMG 2210", "scan 0042",
# "DSC4410"), or the kind of record a scanner names first ("intake_scan_<SURNAME>_<Given>_...", "consent_form_...")
_KINDS = r"(?i:scan|scanned|intake|consent|form|referral)"  # the record's kind: "intake_<Surname>_Tanner_..." files a given name that is also a word
_LEAD = lazyre.compile(rf"(?i:img|dsc|dscn|vid|pxl|mvi|scan|doc)?\d+|(?i:img|dsc|dscn|vid|pxl|mvi)|{_KINDS}")
# A result or a record of theirs: the slugs' result words (privacy-unlisted.yml) and a record's
_RECORD_KIND = lazyre.compile(_KINDS)
_RESULTS = frozenset((*(w.lower() for w in UNLISTED["result_words"] if " " not in w), "labs", "lab", "report", "reporte", "informe", "chart", "expediente", "records"))
_WORD = lazyre.compile(r"[^\W_]+")
_SEGMENT = lazyre.compile(r"[^.;\n]+")  # file_words joins a path's folders with ". ", link_words a link's parts with "; "


def surname_first(words: Sequence[str], known: Known | None = None) -> int:
    """The index in `words` (one segment's words, any case) of a surname that a given name and care follow at the
    segment's start or right after its counter, or -1."""
    at = 0
    while at < min(len(words), 3) and _LEAD.fullmatch(words[at]):
        at += 1
    if at + 2 >= len(words):
        return -1
    surname, given = words[at].capitalize(), words[at + 1].capitalize()
    given_name = is_first_name(given) and not plain_word(given)
    if not given_name and any(_RECORD_KIND.fullmatch(word) for word in words[:at]):
        info = lexicon_names.name_info(given)  # "intake_<Surname>_Tanner_...": after the record's kind, a given name that is also a word
        given_name = info is not None and info.first
    if surname.lower() in PERSONAL_TITLES or not (is_surname(surname) and not plain_word(surname) and given_name):
        return -1  # "don-carlos-...": a title and a given name, read by the titled readings
    if known is not None and (known.is_team((given, surname)) or surname.lower() in known.org):
        return -1
    after = " ".join(w.lower() for w in words[at + 2 : at + 5])
    if words[at + 2].lower() in PLACE_AFTER and not FILE_CARE.match(after) and not any(not found.common for found in lexicon_clinical.find(after)):
        return -1  # "lopez-maria-elementary-flu-day": a school's name (not "Kessler_Dana_school_physical")
    return at if care_in(after) or not _RESULTS.isdisjoint(after.split()) or FILE_CARE.search(after) else -1


def _in_capitals(words: Sequence[str], known: Known | None = None) -> int:
    """The index in `words` of a surname written in capitals, as a chart files it, then a given name, anywhere in the
    segment, with care or a result among its other words ("crown_prep_<SURNAME>_<Given>_tooth19_bitewing"), or -1. A
    given name that is also a word counts here ("<SURNAME>_Dale"): the capitals say the surname was filed, not a topic."""
    for at in range(len(words) - 1):
        surname, given = words[at], words[at + 1]
        if len(surname) < 3 or not (surname.isalpha() and surname.isupper()) or given.isupper():
            continue
        surname = surname.capitalize()
        info = lexicon_names.name_info(given.capitalize())
        if plain_word(surname) or not is_surname(surname) or info is None or not info.first or surname.lower() in PERSONAL_TITLES:
            continue
        if known is not None and (known.is_team((given, surname)) or surname.lower() in known.org):
            continue
        rest = " ".join(w.lower() for w in (*words[:at], *words[at + 2 :]))
        if care_in(rest) or not _RESULTS.isdisjoint(rest.split()) or FILE_CARE.search(rest):
            return at
    return -1


def surname_first_spans(text: str, known: Known) -> list[tuple[int, int, str, str]]:
    """(start, end, given, surname) of each such name in a file's or a link's words (segments split by "." or ";")."""
    found = []
    for segment in _SEGMENT.finditer(text):
        words = list(itertools.islice(_WORD.finditer(text, segment.start(), segment.end()), 12))
        said = [w.group(0) for w in words]
        at = surname_first(said[:8], known)
        at = at if at >= 0 else _in_capitals(said, known)
        if at >= 0:
            found.append((words[at].start(), words[at + 1].end(), words[at + 1].group(0), words[at].group(0)))
    return found
