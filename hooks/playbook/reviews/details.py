"""The clinical and personal details a text mentions, comparable across two texts (a reply and a review).

A detail is a clinical term (the lexicon's drugs, conditions, procedures, body
parts and care settings, English and Spanish), a person's name that is not on
the allowed list (staff, the practice, the reviewer's public name), a relative
(the privacy rules' own list), a number, or a day or month. Each carries the
folded words it is recognised by (`keys`), so a reply's detail can be looked up
in the review's words: found there, the reply repeats it back (and confirms it);
not found, the reply adds it. Either way it does not belong in a public reply.

The vocabularies are the privacy rules' (lexicon/, rules/data/); this module adds
no word list of its own beyond the names of days and months.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..lexicon import clinical, names
from ..lexicon.fold import tokens
from ..text import phrase_pattern
from ..wordlists import wordlist

CLINICAL, NAME, RELATIVE, NUMBER, DAY = "clinical", "name", "relative", "number", "day"
PRIVATE_KINDS = (CLINICAL, NAME, RELATIVE)  # what a review log comment never holds (REV009)
KIND_WORDS = {
    CLINICAL: "a clinical detail",
    NAME: "a person's name",
    RELATIVE: "a family member",
    NUMBER: "a number",
    DAY: "a day or date",
}
HONORIFICS = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Mx|Sr|Sra|Srta|Dra|Doctor|Doctora|Nurse)\.?\s+)$")
NUMBER_PATTERN = re.compile(r"(?<![\w])\$?\d[\d,.:/-]*\d(?:\s?(?:am|pm|a\.m\.|p\.m\.))?|(?<![\w$])\$?\d(?!\w)")
DAY_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|tonight|last\s+(?:week|night|month)|this\s+morning"
    r"|January|February|March|April|June|July|August|September|October|November|December"
    r"|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|ayer|anoche|enero|febrero|marzo|abril|mayo|junio"
    r"|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r")(?![\w-])",
    re.IGNORECASE,
)
_EN_CAPITALISED = re.compile(r"^(?:January|February|March|April|June|July|August|September|October|November|December)$", re.IGNORECASE)


@dataclass(frozen=True)
class Detail:
    start: int
    end: int
    kind: str
    text: str  # as written
    keys: frozenset[str]  # folded words that recognise it in another text

    @property
    def what(self) -> str:
        return KIND_WORDS[self.kind]


@functools.lru_cache(maxsize=1)
def _relatives() -> re.Pattern | None:
    """The privacy rules' family words, wherever the current vocabulary keeps them."""
    for name, key in (("privacy-stance", "relatives"), ("privacy", "family_members")):
        try:
            words = wordlist(name).get(key)
        except (FileNotFoundError, ValueError):
            continue
        if words:
            return phrase_pattern(words)
    return None


def word_keys(text: str) -> frozenset[str]:
    """Every folded word of a text, with a singular form for plurals: what another text's details are looked up in."""
    found = set()
    for token in tokens(text):
        found.add(token.folded)
        found.update(_singulars(token.folded))
    return frozenset(found)


def _singulars(word: str) -> list[str]:
    if len(word) < 4 or not word.endswith("s"):
        return []
    forms = [word[:-1]]
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    return forms


def _keys(text: str) -> frozenset[str]:
    return frozenset(t.folded for t in tokens(text))


def _clinical_keys(text: str) -> frozenset[str]:
    """The words of a clinical term that are clinical themselves ('knee' and 'mri' of 'knee MRI')."""
    own = frozenset(t.folded for t in tokens(text) if clinical.find(t.raw))
    return own or _keys(text)


def allowed_words(phrases: Iterable[str]) -> frozenset[str]:
    """Folded words of names a reply may use: staff, the practice, its contact team, the reviewer's public name."""
    return frozenset(t.folded for phrase in phrases for t in tokens(phrase or ""))


def find_details(text: str, allowed: frozenset[str] = frozenset()) -> list[Detail]:
    """Every detail in `text`, in order, one per passage (the first kind found wins an overlap)."""
    found: list[Detail] = []
    for match in clinical.find(text):
        found.append(Detail(match.start, match.end, CLINICAL, text[match.start : match.end], _clinical_keys(text[match.start : match.end])))
    relatives = _relatives()
    for match in relatives.finditer(text) if relatives else ():
        found.append(Detail(match.start(), match.end(), RELATIVE, match.group(), _keys(match.group())))
    for match in NUMBER_PATTERN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        found.append(Detail(match.start(), match.end(), NUMBER, match.group(), frozenset({digits})))
    for match in DAY_PATTERN.finditer(text):
        if _EN_CAPITALISED.match(match.group()) and not match.group()[0].isupper():
            continue  # "may", "march" as everyday words; Spanish months are written in lower case
        found.append(Detail(match.start(), match.end(), DAY, match.group(), _keys(match.group())))
    found.extend(_names(text, allowed))
    found.sort(key=lambda d: (d.start, -d.end))
    result: list[Detail] = []
    end = -1
    for detail in found:
        if detail.start < end:
            continue
        before = result[-1] if result else None
        if before is not None and before.kind == detail.kind == CLINICAL and _CONNECTOR.fullmatch(text, before.end, detail.start):
            detail = Detail(before.start, detail.end, CLINICAL, text[before.start : detail.end], before.keys | detail.keys)
            result[-1] = detail
        else:
            result.append(detail)
        end = detail.end
    return result


# Two clinical words joined by a short word are one passage: "cirugía de rodilla", "fractura del tobillo".
_CONNECTOR = re.compile(r"[ \t]+(?:\w{1,3}[ \t]+)?")


def _names(text: str, allowed: frozenset[str]) -> Iterable[Detail]:
    for token in tokens(text):
        raw = token.raw
        if not raw[:1].isupper() or token.folded in allowed:
            continue
        info = names.name_info(raw)
        if info is None:
            continue
        titled = HONORIFICS.search(text[max(0, token.start - 12) : token.start]) is not None
        if not titled and (info.also_word or len(raw) < 4):
            continue  # Hope, Will, Paz are words and Mi, Una, Les Spanish ones, unless a title says it is a name
        yield Detail(token.start, token.end, NAME, raw, frozenset({token.folded}))


def blank_phrases(text: str, phrases: Iterable[str]) -> str:
    """`text` with every occurrence of the phrases (any case) replaced by spaces: offsets and lines stay put."""
    for phrase in sorted({p.strip() for p in phrases if p and p.strip()}, key=lambda p: (-len(p), p)):
        text = re.sub(re.escape(phrase), lambda m: " " * len(m.group()), text, flags=re.IGNORECASE)
    return text


def repeated(detail: Detail, other_words: frozenset[str]) -> bool:
    """True when another text (given as word_keys) mentions the detail too."""
    return bool(detail.keys & other_words)
