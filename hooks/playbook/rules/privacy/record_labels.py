"""Names read off a label: a wristband's or a specimen's quoted label, a chart's name before a date of birth (PHI003).

A label names its patient however little else the text says: a quoted wristband or specimen label after a word that
labels it ("the band reads 'QUINONES R. - FIV ciclo 3'"), a chart's or a straw's surname and initial or initials and
surname before a date of birth ("OKONKWO_T / 07-22-1984", "Brannigan, T. 1979-02-03", "T.L. Brannigan | DOB 02/03/1979"),
a board's or a schedule's entry, a surname and an initial, a dash, then a time or care ("Ostrander, K. – bone scan 8:30"),
and initials and a surname right after what labels them ("the tray labeled K.D. Ostrander", "la etiqueta dice M.A.
Villanueva"). A country's or a city's initials ("U.S. Route 20", "L.A. Fitness") and a word and a letter before a
date ("Lot A / 03-11-2027") name no one. people.py reads these with its other finders; none is excused as a team
member's or a public figure's name. Each pattern is one bounded scan: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation
from .known import Known, Person
from .vocabulary import CAP, NAMES, NOT_A_NAME, PLACE_AFTER

# ... or a few words after it, then its verb of showing: 'a sticker on the back says "EMP# <number> / R. <Surname> / ..."' (round 97)
_LABEL = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation(NAMES['label_words'])})(?:(?:[ \t]+[\w'’-]+){{1,4}}?[ \t]+(?i:says|reads|read|said|dice|decia))?"
    rf"[ \t]*:?[ \t]*[\"“'‘«]([^\"”’»\n]{{2,60}})[\"”’»]"
)
_LABEL_WORD = lazyre.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# A chart's or a straw's label, a surname and an initial or initials and a surname, before a date of birth ("OKONKWO_T / 07-22-1984", "Brannigan, T. 1979-02-03", "T.L. Brannigan | DOB 02/03/1979").
_DATE = r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}(?![\d])"
_RECORD_NAME = (
    r"(?<![\w.])(?:(?P<surname>[A-Z][A-Za-z'’-]+)(?:_|,[ \t]?|[ \t])[A-Z]\.?(?:[A-Z]\.?)?"
    r"|(?:[A-Z]\.[ \t]?){1,3}(?P<after>[A-Z][A-Za-z'’-]+))"
)
_RECORD_LABEL = lazyre.compile(rf"{_RECORD_NAME}[ \t]*(?:[/|·,;:–—-][ \t]*)*(?:(?i:DOB|D\.O\.B\.|born|FDN|fecha[ \t]+de[ \t]+nacimiento|nacid[oa])[ \t:]*)?{_DATE}")
_PLACE_INITIALS = frozenset({"US", "USA", "UK", "LA", "DC", "NY", "NYC", "NJ", "EU", "UN", "EEUU", "AM", "PM", "PE", "TJ", "CD", "DF", "NL", "BC", "GP", "PT", "OT", "RN", "MD", "NP", "PA", "DR"})
# Initials and a surname right after what labels them: "the tray labeled K.D. Ostrander", "la etiqueta dice M.A. Villanueva"
_LABELED_INITIALS = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation(NAMES['label_words'])}|labeled|labelled|marked|tagged|with\s+the\s+name|con\s+el\s+nombre(?:\s+de)?|a\s+nombre\s+de|dice|marcad[oa])"
    rf"[ \t]*:?[ \t]*[\"“'‘«]?(?P<name>(?:[A-Z]\.[ \t]?){{1,3}}[ \t]*(?P<after>{CAP}))"
)
_DIGIT = lazyre.compile(r"\d")
# A board's or a schedule's entry: "Ostrander, K. – bone scan 8:30 / ..." (not a citation's "Ostrander, K. (2019)")
_ROSTER_ENTRY = lazyre.compile(r"(?<![\w.])(?P<surname>[A-Z][A-Za-z'’-]+),[ \t]?(?P<initials>[A-Z]\.(?:[ \t]?[A-Z]\.)?)[ \t]*[–—-][ \t]*(?P<entry>[^/|;\n]{1,60})")
_CLOCK = lazyre.compile(r"\d{1,2}(?::\d{2}|[ \t]?(?i:am|pm|a\.m\.|p\.m\.|h)\b)")


def label_names(text: str, known: Known) -> Iterator[Person]:
    """The names on a label in `text` (see the module's docstring); an organisation's word is no one's."""
    for match in _LABEL.finditer(text):  # a wristband or a specimen label: "QUINONES R. - FIV ciclo 3"
        for word in _LABEL_WORD.finditer(match.group(1)):
            info = lexicon_names.name_info(word.group(0))
            if info is not None and not info.also_word and word.group(0).lower() not in NOT_A_NAME and word.group(0).lower() not in known.org:
                at = match.start(1) + word.start()
                yield Person(at, at + len(word.group(0)), (word.group(0),), "a name on a label", excusable=False, public=False)
                break
    for pattern in (_RECORD_LABEL, _LABELED_INITIALS):  # "OKONKWO_T / 07-22-1984"; "the tray labeled K.D. Ostrander"
        for match in pattern.finditer(text) if pattern is _LABELED_INITIALS or _DIGIT.search(text) else ():
            surname = pattern is _RECORD_LABEL and match.group("surname") is not None
            word = match.group("surname") if surname else match.group("after")
            low, info = word.lower(), lexicon_names.name_info(word.capitalize())
            if low in NOT_A_NAME or low in PLACE_AFTER or low in known.org:
                continue
            labelled = "_" in match.group(0) or info is not None and (not info.also_word or info.surname and surname and text.startswith(",", match.end("surname")))
            if surname and not labelled:
                continue  # "Lot A / 03-11-2027", "Room B 01-05-2027": a word and a letter, no one's label
            begins = match.start("name") if pattern is _LABELED_INITIALS else match.start()
            initials = "" if surname else re.sub(r"[^A-Z]", "", text[begins : match.start("after")])
            if not surname and (initials in _PLACE_INITIALS or info is not None and info.also_word and not info.surname):
                continue  # "U.S. Route 20", "L.A. Fitness": a country's or a city's initials
            start, end = begins, match.end("surname") if surname else match.end("after")
            yield Person(start, end, tuple(text[start:end].replace(".", " ").replace("_", " ").split()), "a name on a label", excusable=False, public=False)
    yield from _roster_names(text, known)


def _roster_names(text: str, known: Known) -> Iterator[Person]:
    """Each board's or schedule's entry whose surname the lists know and whose words hold a time or care."""
    from .care import care_in  # care reads what people's finders read: asked only here

    for match in _ROSTER_ENTRY.finditer(text):
        word, initials = match.group("surname"), re.sub(r"[^A-Z]", "", match.group("initials"))
        info = lexicon_names.name_info(word.capitalize())
        if info is None or info.also_word and not info.surname or initials in _PLACE_INITIALS or word.lower() in NOT_A_NAME or word.lower() in known.org:
            continue
        if _CLOCK.search(match.group("entry")) or care_in(text, match.start("entry"), match.end("entry")):
            yield Person(match.start(), match.end("initials"), (word, initials), "a name on a label", excusable=False, public=False)
