"""Find clinical vocabulary in a text: drugs, conditions, procedures and tests, body parts, care settings.

The matcher only finds words; deciding whether a word in its context discloses
something about a person is the privacy rules' job ("your flu" in a reply is, "flu
season" in a post is not). So it finds everything clinical and says, for each find,
whether the words are also everyday words (`common`) that need such context.

How: the text is cut into words once (fold.tokens); at each word the longest listed
phrase starting there wins (phrases are at most a few words, so the work is linear
in the text); a word no list holds still counts when it ends like a medical term
(-itis, -ectomía, -grafía ...) and is not an everyday word sharing that ending
("programa", "Instagram") nor capitalised inside a sentence, where such a word is a
name ("Tullahoma", "Chioma"). Adjacent finds merge into one ("gestational" + "diabetes"
is one find, "gestational diabetes"), keeping the most telling category.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import patternstore
from . import data_files
from .fold import Token, fold_case, joinable, tokens

DRUG, CONDITION, PROCEDURE, BODY_PART, CARE_SETTING = data_files.CATEGORIES
# When finds merge, the category that says most about a person's care wins:
# "knee replacement" is a procedure, "breast cancer" a condition.
_PRECEDENCE = {PROCEDURE: 0, CONDITION: 1, DRUG: 2, CARE_SETTING: 3, BODY_PART: 4}
# Letters after which a plural takes -es: Spanish consonants ("tumores", "lesiones",
# "cánceres") and English sibilants ("rashes", "abscesses").
_ES_AFTER = frozenset("rnldjszxh")
_MIN_SUFFIX_WORD = 6  # "otitis", "anemia"; shorter words ending so are everyday ("dosis", "coma")


@dataclass(frozen=True, slots=True)
class Match:
    """A run of clinical words: text[start:end], its folded form and what it names.

    common is True when every word is also frequent in everyday text ("flu", "cast",
    "pain", "diabetes"): a rule should want context ("your ...") before flagging it.
    """

    start: int
    end: int
    term: str
    category: str
    common: bool


@dataclass(frozen=True, slots=True)
class _Entry:
    category: str
    common: bool


class ClinicalLexicon:
    """The loaded lists; build once (see lexicon()) and share: matching keeps no state."""

    def __init__(self) -> None:
        # Kept with the engine's derived values (patternstore): building the tables from the lists was a twentieth of a
        # one-file check. Entries are kept by number: one shared entry per (category, common), ten distinct values.
        kinds, phrases, cased, longest, endings, suffix, stop = patternstore.remembered_packed("clinical-lexicon", "", _tables, _shaped)
        entries = [_Entry(category, common) for category, common in kinds]
        self._phrases = {key: entries[n] for key, n in phrases.items()}
        self._cased = {key: entries[n] for key, n in cased.items()}
        self._longest: dict[str, int] = longest
        self._suffix_category = dict(endings)
        self._suffix = patternstore.compile(suffix)
        self._suffix_stop: frozenset[str] = stop

    def __len__(self) -> int:
        return len(self._phrases) + len(self._cased)

    def __contains__(self, phrase: str) -> bool:
        """True when the phrase, as a whole, is a listed term or reads as one."""
        found = self.find(phrase)
        return len(found) == 1 and found[0].start == 0 and found[0].end == len(phrase.strip())

    def listed(self, phrase: str) -> bool:
        """Whether the folded phrase ("shin splints") is one listed term as a whole, not a run of terms."""
        return phrase in self._phrases

    def find(self, text: str) -> list[Match]:
        """Every run of clinical words in the text, in order, merged where adjacent."""
        words = tokens(text)
        raw: list[tuple[int, int, str, _Entry]] = []  # (first token, last token, term, entry)
        index = 0
        while index < len(words):
            found = self._at(text, words, index)
            if found is None:
                index += 1
                continue
            length, term, entry = found
            raw.append((index, index + length - 1, term, entry))
            index += length
        return self._merge(text, words, raw)

    def _at(self, text: str, words: list[Token], index: int) -> tuple[int, str, _Entry] | None:
        """The longest listed term starting at words[index]: (number of words, term, entry)."""
        word = words[index]
        longest = self._longest.get(word.folded, 1)
        for length in range(min(longest, len(words) - index), 1, -1):
            span = words[index : index + length]
            if not all(joinable(text, a, b) for a, b in zip(span, span[1:])):
                continue
            key = " ".join(w.folded for w in span)
            entry = self._phrases.get(key)
            if entry is None and key.endswith("s") and len(span[-1].folded) >= 4:  # "hearing tests", "blood draws": the last word's plural
                entry = self._phrases.get(key[:-1]) or (self._phrases.get(key[:-2]) if key.endswith("es") else None)
            if entry is not None:
                return length, key, entry
        entry = self._word(word, text)
        return None if entry is None else (1, word.folded, entry)

    def _word(self, word: Token, text: str) -> _Entry | None:
        if word.raw != word.folded and not word.raw.islower():
            entry = self._cased.get(fold_case(word.raw))
            if entry is not None:
                return entry
        folded = word.folded
        entry = self._phrases.get(folded)
        if entry is not None:
            return entry
        if len(folded) >= 5 and folded.endswith("s"):
            entry = self._plural(folded)
            if entry is not None:
                return entry
        entry = self._diminutive(folded)
        if entry is not None:
            return entry
        return None if _inside_a_sentence(text, word) else self._morphology(folded)

    def _diminutive(self, folded: str) -> _Entry | None:
        """A Spanish diminutive's base entry: "pastillitas" (pastillas), "insulinita", "inyeccioncita", "vacunita". Only a base
        the lexicon lists counts, four letters or more, so an everyday word that only ends like one reads as nothing."""
        if folded[-3:-1] != "it" and folded[-4:-2] != "it":
            return None  # most words: one slice each, before the endings are tried
        for ending, base in _DIMINUTIVES:
            if folded.endswith(ending) and len(folded) - len(ending) + len(base) >= 4:
                stem = folded[: len(folded) - len(ending)] + base
                entry = self._phrases.get(stem) or (self._plural(stem) if stem.endswith("s") and len(stem) >= 5 else None)
                if entry is not None:
                    return entry
        return None

    def _plural(self, folded: str) -> _Entry | None:
        """The singular's entry: "mammograms", "fracturas", "tumores", "lesiones", "biopsies".

        -es comes off only after the letters that take it ("tumor-es", "rash-es"), so
        "lunges" never reads as "lung"; stems are four letters or more, so "toss" is not "tos".
        """
        stems = [folded[:-1]]
        if folded.endswith("es") and folded[-3] in _ES_AFTER:
            stems.append(folded[:-2])
        if folded.endswith("ies"):
            stems.append(folded[:-3] + "y")
        for stem in stems:
            entry = self._phrases.get(stem) if len(stem) >= 4 else None
            if entry is not None:
                return entry
        return None

    def _morphology(self, folded: str) -> _Entry | None:
        if len(folded) < _MIN_SUFFIX_WORD or not folded.isalpha() or folded in self._suffix_stop:
            return None
        match = self._suffix.search(folded)
        if match is None:
            return None
        return _Entry(self._suffix_category[match.group()], False)

    def _merge(self, text: str, words: list[Token], raw: list[tuple[int, int, str, _Entry]]) -> list[Match]:
        matches: list[Match] = []
        previous_last = -2
        for first, last, term, entry in raw:
            start, end = words[first].start, words[last].end
            if matches and first == previous_last + 1 and joinable(text, words[previous_last], words[first]):
                before = matches[-1]
                category = min(before.category, entry.category, key=_PRECEDENCE.__getitem__)
                matches[-1] = Match(before.start, end, f"{before.term} {term}", category, before.common and entry.common)
            else:
                matches.append(Match(start, end, term, entry.category, entry.common))
            previous_last = last
        return matches


def _shaped(value: object) -> bool:
    """Whether a value read back is _tables()' shape (a damaged file that still unpacks is not)."""
    if not (isinstance(value, tuple) and len(value) == 7 and all(isinstance(part, dict) for part in value[1:4])):
        return False
    kinds, phrases = value[0], value[1]
    return isinstance(kinds, list) and all(isinstance(n, int) and 0 <= n < len(kinds) for n in (*phrases.values(), *value[2].values()))


def _tables() -> tuple:
    """The lexicon's tables as marshal keeps them: the (category, common) kinds, phrase and cased key -> kind number,
    first word -> the most words a phrase it opens has, the suffixes with their categories and their pattern, the words
    no suffix reading applies to."""
    everyday = frozenset(data_files.read("everyday.txt"))
    kinds = [(c, common) for c in data_files.CATEGORIES for common in (False, True)]
    kind = {pair: n for n, pair in enumerate(kinds)}
    phrases: dict[str, int] = {}
    for key in data_files.read("drugs.txt"):
        phrases[key] = kind[DRUG, key in everyday]
    for name in ("icd10cm.tsv", "cie10.tsv"):
        for key, category in data_files.read_table(name).items():
            phrases.setdefault(key, kind[category, key in everyday])
    # Curated entries last but winning: they carry the category a person would give.
    cased: dict[str, int] = {}
    for entry, key, category in data_files.curated_entries():
        if data_files.is_acronym(entry):
            cased[key] = kind[category, False]
        else:
            phrases[key] = kind[category, key in everyday]
    # The privacy rules read text folded whole (normalize.fold: "estreñimiento" is "estrenimiento" there), so a term
    # with ñ is also found without it; never a short word, whose folded form is another word ("tiña", "tina": a tub).
    for key, n in list(phrases.items()):
        if "ñ" in key and (" " in key or len(key) >= 7):
            phrases.setdefault(key.replace("ñ", "n"), n)
    longest: dict[str, int] = {}
    for key in phrases:
        words = key.split(" ")
        if len(words) > 1:
            longest[words[0]] = max(longest.get(words[0], 1), len(words))
    endings = data_files.suffixes()
    suffix = "(?:" + "|".join(sorted((re.escape(s) for s, _ in endings), key=len, reverse=True)) + ")$"
    stop = frozenset(data_files.read("suffix_stop.txt")) | frozenset(data_files.curated_suffix_stop())
    return kinds, phrases, cased, longest, [tuple(pair) for pair in endings], suffix, stop


@functools.lru_cache(maxsize=1)
def lexicon() -> ClinicalLexicon:
    """The shared lexicon, loaded on first use."""
    return ClinicalLexicon()


# Spanish diminutive endings and what the base ends with instead: "-itas" of "pastillitas" is the "-as" of "pastillas",
# "-cita" of "inyeccioncita" is nothing after "inyeccion".
_DIMINUTIVES = (("citas", "s"), ("citos", "s"), ("cita", ""), ("cito", ""), ("itas", "as"), ("itos", "os"), ("ita", "a"), ("ito", "o"))


def find(text: str) -> list[Match]:
    """Every run of clinical words in the text (see ClinicalLexicon.find)."""
    return list(_found(text))


@functools.lru_cache(maxsize=1024)
def _found(text: str) -> tuple[Match, ...]:
    """find's answer, kept: the privacy readings ask it of the same words and windows again and again (half the calls)."""
    return tuple(lexicon().find(text))


def term_at(text: str, start: int, width: int = 60) -> Match | None:
    """The run of clinical words that begins at `start` ("Bell's palsy", "COPD"), read in `width` characters; None if none does."""
    found = find(text[start : start + width])
    return found[0] if found and found[0].start == 0 else None


# Words after which a capitalised word is a thing had, never a name: "after his Septoplasty", "de su Adenoidectomía"
_OWNERS = frozenset("his her their my your our the a an its su sus mi mis tu tus el la los las del al un una".split())


def _inside_a_sentence(text: str, word: Token) -> bool:
    """Whether `word` is capitalised after a word in lower case or a comma on its line: a name ("in Tullahoma", "Adaeze
    and Chioma"), never a term only its ending tells; a heading's words ("Understanding Phlebotomy"), a sentence's first, a file name's
    title-cased words ("Rosa Audiogram") and a word after a possessive or an article ("his Septoplasty") are still read."""
    raw = word.raw
    if not (raw[:1].isupper() and raw[1:].islower()):
        return False
    at = word.start - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    if at < 0 or at == word.start - 1:
        return False
    if text[at] == ",":
        return True
    stop = at + 1
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] in "'’-"):
        at -= 1
    return text[at].islower() and text[at:stop].lower() not in _OWNERS
