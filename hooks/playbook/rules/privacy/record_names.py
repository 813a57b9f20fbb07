"""Names written as a record writes them: a surname, a comma and an initial or a given name ("MONTOYA, L", "OKONJO, GRACE 31w").

A wristband, a chart, a specimen tube, an IV bag or a scan's printout files a patient by surname first; an
alt text or a post that reads one out ("the band reads MONTOYA, L", "printout labelled 'ARCE, NOEMI 29w'")
names that patient, with no date beside it (the record label with a date of birth is record_labels.py's). A surname and a given
name both in capitals ("OKAFOR, CHIDINMA") are a record's label whatever the text around them says. PHI003 (names.py)
reports these, and PHI012 (media.py) counts one in an alt text as a person shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...lexicon import names as lexicon_names
from ...lexicon.fold import fold as fold_word
from ...text import alternation
from .bed_boards import board_names
from .civic_places import is_city
from .day_lists import day_list_names
from .greeted_words import plain_word
from .known import Known, Person
from .nations import is_country
from .places import CALLS
from .unlisted import unlisted_name
from .vocabulary import CALENDAR, CITIES, NAMES, NOT_A_NAME, NOT_NAMES, PLACE_AFTER, lowered

_STATES = lowered("us_states")  # "DALLAS, GEORGIA": a town and its state, though both are names

# "MONTOYA, L", "GARZA, M.", and after a reading word "Montoya, L" too; not "MONTOYA, Luisa" (a run of words). A quote may open
# the label ("'MONTOYA, L - OD'"), an apostrophe inside a surname may not ("O'BRIEN" is not "BRIEN").
_RECORD = lazyre.compile(r"(?<![\w.-])(?<!\w['’])(?P<surname>[A-Z][A-Za-z'’-]{2,})[ \t]*,[ \t]*(?P<initial>[A-Z])\.?(?![\w'’-]|\.\w)")
# What reads a name out: a label word ("wristband", "etiqueta", "reads") or a verb of showing, in the clause before.
_READS = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation((*NAMES['label_words'], 'says', 'shows', 'showing', 'dice', 'se lee', 'muestra', 'band', 'brazalete', 'armband', 'badge', 'bag', 'bolsa', 'expediente', 'file', 'folder', 'record', 'printout'))})(?![\w-])"
)
# Things that carry a patient's name and little else (not a sign, a poster or a whiteboard, which read
# "EXIT, B wing", nor a bag's or a box's label, which reads a product).
_RECORD_THINGS = lazyre.compile(
    r"(?<![\w-])(?i:wrist[ \t]?bands?|(?:ID|hospital|patient)[ \t]+bands?|bracelets?|armbands?|charts?|specimens?|vials?|blood[ \t]+tubes?"
    r"|pulser(?:a|it[ao])s?|brazalet(?:e|ito)s?|expedientes?|muestras?)(?![\w-])"  # and the diminutives: "la pulserita", "un brazaletito"
)
# An image of one body, labelled ("X-ray ... the label reads <SURNAME>, T.", round 152): no word is filed on it ("the X-ray room sign reads EXIT, B")
_IMAGES = lazyre.compile(r"(?<![\w-])(?i:x-?rays?|radiographs?|films?|scans?|radiograf[ií]as?|placas?)(?![\w-])")
_WORD_BEFORE = lazyre.compile(r"(?<![\w'’-])([A-Z][a-z'’-]+)[ \t]+$")  # a capitalised word right before the surname
_CLAUSE_END = lazyre.compile(r"[.;!?\n]")
# A record's next field right after the name: an eye, a birth date or a record number, a date ("'<SURNAME>, D - OD - 9/18'"; round 143)
_FIELD_AFTER = lazyre.compile(r"[ \t]*[-–—/|][ \t]*(?:OD|OS|OU|DOB|MRN|\d{1,2}/\d{1,2}/\d{2,4})(?![\w/])|[ \t]+\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/])")


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
        elif (info is None or info.also_word) and (
            not (_RECORD_THINGS.search(text, clause, match.start()) or (_FIELD_AFTER.match(text, match.end()) or _IMAGES.search(text, start, match.start())) and not plain_word(surname.capitalize()))
            or lexicon_clinical.find(surname.lower())
        ):
            continue  # "the poster reads WASH, R...", "the bag reads SALINE, B": no band or chart carries it
        if known.is_team((surname.capitalize(),)):
            continue
        yield Person(match.start(), match.end(), (surname.capitalize(), match.group("initial")), "a surname and an initial, as a record files them", excusable=False, public=False)
    yield from record_full_names(text, known)
    yield from _initial_first(text, known)
    yield from board_names(text, known)  # "cama 2 Ochoa fiebre": a board files patients by bed
    yield from day_list_names(text, known)  # "Ramos 9:00, Tzul 9:20": a day's list files them by time


# --- a surname, a comma and a given name --------------------------------------------------------------

# "OKONJO, GRACE", "Villar, Marta Elena", "ARCE, NOEMI R": a surname, a comma, a given name (and a second one or an initial).
_RECORD_FULL = lazyre.compile(
    r"(?<![\w’.-])(?<!\w')(?P<surname>[A-Z][A-Za-z'’-]{1,})[ \t]*,[ \t]*(?P<given>[A-Z][A-Za-z'’-]+)"
    r"(?:[ \t]+(?P<second>[A-Z][A-Za-z'’-]+|[A-Z]\.?(?![\w'’-])))?(?![\w'’-])"
)
# What a scan's or a sample's label prints after the name: a gestational age ("31w", "28w3d", "22s4d", "12 sem"),
# a date ("12/03", "3-14-27"), a record's number or code ("DOB", "MRN", "study KX-7", "exp. 4411", "#2231").
_RECORD_DATUM = lazyre.compile(
    r"[ \t]*[,;:(\-\u2013\u2014\u00b7|/]?[ \t]*(?:\d{1,2}[ \t]?(?i:w|wk|wks|weeks|s|sem|semanas)(?:[ \t]?\d[ \t]?(?i:d))?(?![\w])"
    r"|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?![\d])"
    r"|(?i:DOB|D\.O\.B\.|MRN|FN|F\.N\.|ID|study|estudio|code|codigo|folio|exp|expediente|nac|born|bed|cama|rm|room)(?![\w])|\#[ \t]?\d)"
)
_BOOKS = lazyre.compile(r"(?<![\w-])(?i:reading[ \t]+list|recommended[ \t]+reading|further[ \t]+reading|books?|authors?|bibliography|lecturas?|libros?|autor(?:es|a)?|bibliografia)(?![\w-])")
# Words of a record or a label in the clause before: "printout", "ultrasound", "scan", "ecografia", "con el nombre".
_RECORD_WORDS = lazyre.compile(
    r"(?<![\w-])(?i:print[ \t]?outs?|ultrasounds?|sonograms?|scans?|x-?rays?|films?|labs?|requisitions?|forms?|name|named|impresion(?:es)?"
    r"|ecografias?|ultrasonidos?|sonogramas?|radiografias?|placas?|estudios?|nombre|formatos?|ordenes|orden|hojas?)(?![\w-])"
)


# An initial, then a surname, then what a scan's label prints after a name ("B. HERRERA 12w3d", "M. Ortiz 29w" after a
# printout's word; round 158): a printout filed under its patient.
_INITIAL_FIRST = lazyre.compile(r"(?<![\w.’'-])(?P<initial>[A-Z])\.[ \t]?(?P<surname>[A-Z][A-Za-z'’-]{2,})(?![\w'’-])")


def _initial_first(text: str, known: Known) -> Iterator[Person]:
    """Each initial and surname with a record's datum right after it, the surname in capitals or a record's word before it."""
    for match in _INITIAL_FIRST.finditer(text):
        surname = match.group("surname")
        if not _RECORD_DATUM.match(text, match.end()) or surname.lower() in NOT_A_NAME or known.is_team((surname.capitalize(),)):
            continue
        if surname.isupper() or _RECORD_WORDS.search(text, max(0, match.start() - 60), match.start()):
            yield Person(match.start(), match.end(), (match.group("initial"), surname.capitalize()), "an initial and a surname on a record's label", excusable=False, public=False)


# A film's, a band's or a chart sticker's whole label: the name in capitals, then a full date with its year right after
# ("PATEL, ANJALI K. — 2/8/1993", "MBEKI, THABO J., 02-14-1981"), maybe after a birth date's label.
_DATED = lazyre.compile(
    r"[ \t]*[,;:(\-\u2013\u2014\u00b7|/]?[ \t]*(?:(?i:DOB|D\.O\.B\.|born|nac|f\.[ \t]?nac|FN)\.?[ \t]*:?[ \t]*)?"
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/.-]?\d)"
)


def _dated_capitals(surname: str, given: str) -> bool:
    """Whether a surname and a given name in capitals, with a full date right after them, are a person's: a surname that
    is also a word ("PATEL") or that no list knows ("MBEKI") counts, and so does a given name no list knows ("THABO");
    a place, a plain word or a clinical word does not ("DALLAS, TEXAS", "CLOSED, MONDAY", "SALINE, LACTATED")."""
    if not (surname.isupper() and given.isupper()):
        return False
    family, first = lexicon_names.name_info(surname), lexicon_names.name_info(given)
    if given.lower() in _STATES or surname.lower() in CITIES or (family is not None and family.place) or (first is not None and first.place):
        return False
    surname_ok = family is not None or unlisted_name(surname.capitalize())
    given_ok = first is not None and first.first or first is None and unlisted_name(given.capitalize())
    return surname_ok and given_ok


# After a name in capitals: a cheer ("HAPPY BIRTHDAY, CARMEN!") or a greeting's name, not a record's label.
_CHEERED = lazyre.compile(r"[ \t]*[!¡]")
_VOWEL = lazyre.compile(r"[aeiouyæø]")  # every name has one, its accents taken off (lexicon fold: "THỊ"); "VSP", "HMO", "PPO" none

# The items of a list around the pair: a word in capitals and a comma before it, or a comma, "and", "y" or "&" and one after it.
_ITEM_BEFORE = lazyre.compile(r"[A-Z]{2,}[ \t]*,[ \t]*$")
# An article or "all" right before it makes the word in capitals a noun, a plan's or a programme's letters ("todas las MCO, KCHIP y ..."): no label (round 129)
_ARTICLE_BEFORE = lazyre.compile(r"(?<![\w'’-])(?:the|all|both|these|those|el|la|los|las|todos|todas|ambos|ambas)[ \t]+$")
_ITEM_AFTER = lazyre.compile(r"[ \t]*(?:,|&|/|and|AND|y|Y|or|OR|o)[ \t]*[A-Z]{3,}(?![a-z])")


def _capital_record(surname: str, given: str) -> bool:
    """Whether a surname and a given name both in capitals, a comma between ("OKAFOR, CHIDINMA", "ZAVALA, XIOMARA"), are
    a person's as a record files them, with no label word nor date: a printout, a band or a film prints names so, and
    nothing else writes a surname, a comma and a given name in capitals. The surname is one the lists hold as a surname
    (no everyday word, no place) or one no list knows that reads as a name; the given name one the lists hold as a given
    name (a word too: "GRACE") or one no list knows. Places ("HOUSTON, TEXAS", "JUAREZ, CHIHUAHUA") and words
    ("CLOSED, MONDAY", "BIRTHDAY, CARMEN": the surname no name) pass, and so do a plan's letters with no vowel
    ("AHCCCS, VSP")."""
    if not (surname.isupper() and given.isupper()) or len(surname) < 3 or len(given) < 3:
        return False
    low, low_given = surname.lower(), given.lower()
    if not (_VOWEL.search(fold_word(low)) and _VOWEL.search(fold_word(low_given))):
        return False  # "AHCCCS, VSP y EyeMed": a plan's letters, no one's name
    if fold_word(low) in CALLS or low in CALENDAR or low_given in CALENDAR or low_given in _STATES or low in _STATES:
        return False  # "CONGRATS, ELENA", "FRIDAY, JUNE 5"
    family, first = lexicon_names.name_info(surname.capitalize()), lexicon_names.name_info(given.capitalize())
    if (family is not None and family.place) or (first is not None and first.place) or is_country((given.capitalize(),)) or is_country((surname.capitalize(),)):
        return False
    if (low in CITIES or is_city(surname.capitalize())) and not (family is not None and family.surname):
        return False  # "ACCRA, GHANA"; a surname that is a city too still files a given name
    strong_given = first is not None and first.first and not first.also_word or first is None and unlisted_name(given.capitalize())  # "SMITH, JOHN", "PATEL, ANJALI"
    surname_ok = family is not None and family.surname and (not family.also_word or strong_given) or family is None and unlisted_name(surname.capitalize())
    given_ok = first is not None and first.first or first is None and unlisted_name(given.capitalize())
    return bool(surname_ok and given_ok)


def _listed(text: str, match: re.Match) -> bool:
    """A list of words in capitals, the pair two of its items ("YOGA, ZUMBA, SALSA", "ZUMBA, SALSA & BACHATA"): no label."""
    return bool(_ITEM_BEFORE.search(text, max(0, match.start() - 24), match.start()) or _ITEM_AFTER.match(text, match.end("given")))


def record_full_names(text: str, known: Known) -> Iterator[Person]:
    """Surnames and given names in record style ("OKONJO, GRACE 31w", "Villar, Marta 12/03"), read off a record.

    A surname (one the lists know that is no everyday word, or one no list knows), a comma and a given name
    the lists know, in capitals or title case, counts when a record datum follows it (a gestational age, a
    date, a record's number or code) or a label, a wristband, a chart, a printout or a scan reads it out in
    the clause before. A place passes ("HOUSTON, TEXAS 1959", "MONTERREY, NUEVO LEON") but a city that is also a surname still files a given name ("the
    band reads LEON, MARISA"), and so do a sign's
    words ("CLOSED, MONDAY 9/14"), a template ("LAST NAME, FIRST NAME"), authors in a reading list ("Reading list:
    Sacks, Oliver on migraine") and a team member's name. A given name no list knows counts after a listed surname
    ("GARCIA, CHIAMAKA 2/9/27"). A label's whole line in capitals with a full date right after it ("PATEL, ANJALI K. —
    2/8/1993", "MBEKI, THABO J., 02-14-1981") counts with a surname that is also a word or that no list knows too.
    """
    for match in _RECORD_FULL.finditer(text):
        surname, given = match.group("surname"), match.group("given")
        low = surname.lower()
        if low in NOT_A_NAME or low in PLACE_AFTER or low in known.org or given.lower() in NOT_NAMES or given.lower() in PLACE_AFTER:
            continue  # a given name that is also a word still counts ("GRACE", "HOPE"): a record's comma files it
        if _DATED.match(text, match.end()) and _dated_capitals(surname, given):  # "PATEL, ANJALI K. — 2/8/1993"
            if not known.is_team((given.capitalize(), surname.capitalize())):
                yield Person(match.start(), match.end(), (surname.capitalize(), given.capitalize()), "a surname and a given name with a date, as a label files them", excusable=False, public=False)
            continue
        bare = given.rstrip("'’")  # a closing quote is no part of the name: "'OKAFOR, CHIDINMA'"
        if (
            _capital_record(surname, bare) and not _CHEERED.match(text, match.end("given")) and not _listed(text, match) and not _ARTICLE_BEFORE.search(text, max(0, match.start() - 12), match.start())
        ):  # "a printout with OKAFOR, CHIDINMA"
            if not known.is_team((bare.capitalize(), surname.capitalize())):
                yield Person(
                    match.start(),
                    match.start("given") + len(bare),
                    (surname.capitalize(), bare.capitalize()),
                    "a surname and a given name in capitals, as a record files them",
                    excusable=False,
                    public=False,
                )
            continue
        family, first = lexicon_names.name_info(surname), lexicon_names.name_info(given)
        if low in CITIES and not (family is not None and family.surname and not family.place and first is not None and first.first and not first.place and given.lower() not in _STATES):
            continue  # "HOUSTON, TEXAS": a city and its state; a city that is a surname still files a given name ("LEON, MARISA")
        if family is not None and (family.also_word or family.place or not family.surname) or fold_word(low) in CALLS:
            continue  # "Welcome, Grace", "Kenya, Ghana", "¡Felicidades, <Given>!": no surname
        if first is None and (family is None or lexicon_clinical.find(given.lower()) or given.lower() in _STATES) or first is not None and (not first.first or first.place):
            continue  # "SALINE, LACTATED": no given name; one no list knows counts after a listed surname ("GARCIA, CHIAMAKA"), not a state ("SPRINGFIELD, ILLINOIS")
        if family is None and lexicon_clinical.find(low):
            continue
        start = max(0, match.start() - 60)
        end = None
        for end in _CLAUSE_END.finditer(text, start, match.start()):
            pass
        clause = end.end() if end else start
        record = _RECORD_THINGS.search(text, clause, match.start()) or _RECORD_WORDS.search(text, clause, match.start())
        read = _READS.search(text, clause, match.start()) or record
        before = _WORD_BEFORE.search(text, max(0, match.start() - 24), match.start())
        if family is None and not record and before and plain_word(before.group(1)):
            continue  # a banner 'reading "Respira Hondo, Ulysses"': a title-case phrase, no surname (round 60); a band's "Twin <Surname>, <Given>" stays
        if before and lexicon_names.is_first_name(before.group(1)) and not plain_word(before.group(1)):
            continue  # "x-ray tech <Given> <Surname>, <Given>, ...": a full name, then the next of a list of names (round 95)
        if read and _BOOKS.search(text, clause, match.start()):
            read = None  # "Reading list: Sacks, Oliver on migraine": authors, as a bibliography files them
        second = match.group("second") or ""
        stop = match.end() if len(second.rstrip(".")) == 1 or lexicon_names.is_first_name(second) else match.end("given")  # "Lucia DOB": no second name
        if read is None and not _RECORD_DATUM.match(text, stop):
            continue
        if known.is_team((given.capitalize(), surname.capitalize())):
            continue
        yield Person(match.start(), stop, (surname.capitalize(), given.capitalize()), "a surname and a given name, as a record files them", excusable=False, public=False)
