"""A person's name in a file name or a link beside what files a record under them: a date of birth, or a finished
course of care ("receipt_<Given>_<Surname>_DOB_1988-03-11.pdf", "rehab_grad_<given>_<surname>_2026.jpg"), or time
in recovery ("<given>_<Surname>_1yr_clean_coin.jpg", "<Nombre>_<Apellido>_6meses_limpio.png"), or an age
("wellvisit_<given>-<surname>_4yo_<date>.jpg").

A file's name keeps what an office filed: a name then "FN", "DOB" or "fnac" and a date is the person's birth date, and
a name with a date of the last century is one too (an event's photo is dated this year: "flyer_2027-03-14_health-fair"
names no one). A name with a word of care and a graduation ("counseling_grad_...") is someone finishing our programme.
Here a name may be a word or a place as well ("Jordan", "Reyes"), since the frame says a person is meant; a team member
or the organisation passes. One pass over the capitalised pairs, a bounded look at the file's words: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import names as lexicon_names
from .care import care_in
from .known import Known, Person
from .unlisted import unlisted_name
from .vocabulary import CAP, LETTER_OWNERS, NOT_A_NAME

_PAIR = lazyre.compile(rf"(?<![\w'’.-])({CAP})(?=[ \t]+({CAP})(?![\w'’-]))")
# An initial and a surname, as a chart files a patient ("audiogram_<I>_<Surname>_<birth date>"): the letter may be no
# vitamin's, group's or ward's ("vitamin_D_1990s_study"), and only a birth date makes it someone's record.
_INITIAL_PAIR = lazyre.compile(rf"(?<![\w'’.-])([A-Z])[ \t]+({CAP})(?![\w'’-])")
_OWNER_BEFORE = lazyre.compile(r"([A-Za-z]+)[ \t]+$")
# A label of a birth date as offices shorten it (English and Spanish), then a date in any order of its parts.
_LABEL = lazyre.compile(
    r"(?<![\w-])(?i:dob|d\.o\.b|birth|birthdate|born|bday|fnac|f\.nac|nac|fecha[ \t]+nac|fecha[ \t]+de[ \t]+nacimiento|nacimiento|nacid[oa])(?![\w-])"
    r"|(?<![\w-])FN(?![\w-])"
)
_DATE = lazyre.compile(r"(?<![\w-])(?:\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{8})(?![\w-])")
_OLD_DATE = lazyre.compile(r"(?<![\w-])(?:\d{1,2}[-./]\d{1,2}[-./]19\d\d|19\d\d[-./]\d{1,2}[-./]\d{1,2})(?![\w-])")
# A recovery milestone a file keeps: a count of time and a recovery word or token ("1yr_clean_coin", "90days-sober",
# "6meses_limpio", "2yr_chip"); a count alone ("5K_2027", "10yr_anniversary_clinic") files no one.
_SPAN = lazyre.compile(r"(?<![A-Za-z])\d{1,3}[ \t_-]?(?i:yrs?|years?|mos?|months?|days?|wks?|weeks?|anos?|años?|meses|mes|dias|semanas)(?![A-Za-z])")
_RECOVERY = lazyre.compile(r"(?<![A-Za-z])(?i:clean|sober|sobriety|chip|coin|medallion|keytag|key[ \t_-]?tag|limpi[oa]s?|sobri[oa]s?|sobriedad|ficha|medalla)(?![A-Za-z])")
# A child's or a patient's age filed with the name: "wellvisit_<given>-<surname>_4yo", "<given>_<surname>_18mo", "_3anos" (round 115)
_AGE = lazyre.compile(r"(?<![A-Za-z0-9])\d{1,3}[ \t_-]?(?i:yo|y[ \t_-]?o|yrs?[ \t_-]old|years?[ \t_-]old|mo[ \t_-]old|months?[ \t_-]old|anos|años)(?![A-Za-z])")
_GRAD = lazyre.compile(r"(?<![\w-])(?i:grad|grads|graduate|graduates|graduated|graduation|graduacion|egresad[oa]s?)(?![\w-])")


def _name_word(word: str, known: Known, first: bool) -> bool:
    low = word.lower()
    info = lexicon_names.name_info(word)
    if low in known.org or care_in(word) or low in NOT_A_NAME and (first or info is None or not info.surname):
        return False  # a surname that is also a small word ("Her", "Ly") stays one after a given name in a filed frame
    if info is None:
        return unlisted_name(word)
    return info.first if first else info.surname or info.first


def _born(rest: str) -> bool:
    """Whether the file's other words give a birth date: a labelled date, or a date of the last century."""
    return _LABEL.search(rest) is not None and _DATE.search(rest) is not None or _OLD_DATE.search(rest) is not None


def _filed(rest: str) -> bool:
    """Whether the file's other words file a record under a person: a birth date, an age, care finished, or time in recovery."""
    dated = _born(rest)
    recovered = _SPAN.search(rest) is not None and _RECOVERY.search(rest) is not None
    return dated or recovered or _AGE.search(rest) is not None or _GRAD.search(rest) is not None and care_in(rest)


def filed_names(text: str, known: Known) -> Iterator[Person]:
    """A given name and a surname in a slug's words, with a birth date or a finished course of care beside them."""
    if not any(ch.isdigit() for ch in text) and "rad" not in text.lower():  # a recovery milestone has its count's digits
        return  # no date and no graduation: nothing to read
    last = -1
    for match in _PAIR.finditer(text):
        given, surname = match.group(1), match.group(2)
        if match.start() < last or not (_name_word(given, known, True) and _name_word(surname, known, False)):
            continue
        if known.is_team((given, surname)) or known.is_team((given,)):
            continue
        if _filed(f"{text[: match.start()]} {text[match.end(2) :]}"):
            last = match.end(2)
            yield Person(match.start(), match.end(2), (given, surname), "a name with a birth date, an age, a finished programme or time in recovery in a file's name", public=False)
    yield from _initialled(text, known)


def _initialled(text: str, known: Known) -> Iterator[Person]:
    """An initial and a surname with a birth date beside them ("scan_<I>_<Surname>_1948-07-02_left_knee").

    The birth date is read once in the whole name (an initial and a word hold no date, and a label only when the word is
    one: "B Born" is read again without it), so the pass stays linear however many pairs the name holds."""
    if not _born(text):
        return
    for match in _INITIAL_PAIR.finditer(text):
        letter, surname = match.group(1), match.group(2)
        owner = _OWNER_BEFORE.search(text, max(0, match.start() - 24), match.start())
        if owner and owner.group(1).lower() in LETTER_OWNERS or not _name_word(surname, known, False):
            continue
        if known.is_team((surname,)) or known.is_team((letter, surname)):
            continue
        if not _LABEL.search(surname) or _born(f"{text[: match.start()]} {text[match.end(2) :]}"):
            yield Person(match.start(), match.end(2), (letter, surname), "an initial and a surname with a birth date in a file's name", public=False)
