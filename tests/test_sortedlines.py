"""sortedlines.SortedLines: a sorted list's text answers as a set (or dict) of its lines would."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from playbook.lexicon import data_files
from playbook.readability import TABLE
from playbook.sortedlines import SortedLines

TEXT = "# a header\n# another\nalpha\t1\nbeta\t\ngamma\t3\nzeta\n"


@pytest.mark.parametrize(
    ("key", "value"),
    [("alpha", "1"), ("beta", ""), ("gamma", "3"), ("zeta", ""), ("", None), ("a", None), ("alph", None), ("alphas", None), ("delta", None), ("zz", None), ("# a header", None)],
)
def test_a_key_is_found_with_its_value_and_nothing_else_is(key, value):
    assert SortedLines(TEXT).get(key) == value
    assert (key in SortedLines(TEXT)) is (value is not None)


@pytest.mark.parametrize("text", ["", "# only a header\n", "one", "one\n\n"])
def test_a_small_or_unterminated_text_still_answers(text):
    lines = SortedLines(text)
    assert ("one" in lines) is ("one" in text) and "two" not in lines and "" not in lines


def test_a_key_spanning_lines_or_a_non_string_is_never_found():
    lines = SortedLines(TEXT)
    assert "alpha\t1\nbeta" not in lines and None not in lines and 1 not in lines


@given(st.sets(st.text(st.characters(blacklist_characters="\n\t#", blacklist_categories=("Cs",)), min_size=1, max_size=8), max_size=60), st.text(max_size=8))
def test_membership_is_the_set_s(words, probe):
    lines = SortedLines("".join(f"{word}\n" for word in sorted(words)))
    assert all(word in lines for word in words)
    assert (probe in lines) is (probe in words)


@pytest.mark.parametrize(("path", "separator"), [(data_files.DATA / "plain_words.txt", "\t"), (TABLE, " ")], ids=["plain words", "syllables"])
def test_the_lists_read_this_way_are_sorted_with_unique_keys(path, separator):
    lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    while lines[0].startswith("#"):  # the header: SortedLines skips the comments at the top, and only those
        lines.pop(0)
    keys = [line.partition(separator)[0] for line in lines]
    assert all(keys) and not any(key.startswith("#") for key in keys)  # bisection would take either for a key out of order
    assert len(keys) > 40_000 and keys == sorted(set(keys))  # bisection finds only what a sorted, unique list holds
    table = SortedLines(path.read_text(encoding="utf-8"), separator)
    assert all(table.get(key) == line.partition(separator)[2] for key, line in zip(keys[::97], lines[::97], strict=True))
