"""A person's name in a file name or a link beside what files a record under them: a date of birth, or a finished
course of care ("receipt_<Given>_<Surname>_DOB_1988-03-11.pdf", "rehab_grad_<given>_<surname>_2026.jpg").

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
from .vocabulary import CAP, NOT_A_NAME

_PAIR = lazyre.compile(rf"(?<![\w'’.-])({CAP})(?=[ \t]+({CAP})(?![\w'’-]))")
# A label of a birth date as offices shorten it (English and Spanish), then a date in any order of its parts.
_LABEL = lazyre.compile(
    r"(?<![\w-])(?i:dob|d\.o\.b|birth|birthdate|born|bday|fnac|f\.nac|nac|fecha[ \t]+nac|fecha[ \t]+de[ \t]+nacimiento|nacimiento|nacid[oa])(?![\w-])"
    r"|(?<![\w-])FN(?![\w-])"
)
_DATE = lazyre.compile(r"(?<![\w-])(?:\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{8})(?![\w-])")
_OLD_DATE = lazyre.compile(r"(?<![\w-])(?:\d{1,2}[-./]\d{1,2}[-./]19\d\d|19\d\d[-./]\d{1,2}[-./]\d{1,2})(?![\w-])")
_GRAD = lazyre.compile(r"(?<![\w-])(?i:grad|grads|graduate|graduates|graduated|graduation|graduacion|egresad[oa]s?)(?![\w-])")


def _name_word(word: str, known: Known, first: bool) -> bool:
    low = word.lower()
    if low in NOT_A_NAME or low in known.org or care_in(word):
        return False
    info = lexicon_names.name_info(word)
    if info is None:
        return unlisted_name(word)
    return info.first if first else info.surname or info.first


def _filed(rest: str) -> bool:
    """Whether the file's other words file a record under a person: a birth date, or care finished."""
    dated = _LABEL.search(rest) is not None and _DATE.search(rest) is not None or _OLD_DATE.search(rest) is not None
    return dated or _GRAD.search(rest) is not None and care_in(rest)


def filed_names(text: str, known: Known) -> Iterator[Person]:
    """A given name and a surname in a slug's words, with a birth date or a finished course of care beside them."""
    if not any(ch.isdigit() for ch in text) and "rad" not in text.lower():
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
            yield Person(match.start(), match.end(2), (given, surname), "a name with a birth date or a finished programme in a file's name", public=False)
