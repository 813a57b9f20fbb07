"""The literal gate may skip a text only when the pattern cannot match it: never a match lost."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from re import _parser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playbook import lazyre, literal_gate

from tests.conftest import eval_corpus_texts, regex_patterns, rules_lazy_patterns

ROOT = Path(__file__).resolve().parent.parent

FACTORS = [  # pattern, the strings one of which each match holds (None: no gate)
    (r"(?<![\w-])(?i:our|my)[ \t]+(?i:eldest|oldest)", ("eldest", "oldest")),
    (r"patient|parent", ("parent", "patient")),
    (r"(?:abc)?def", ("def",)),
    (r"(?:the|a)\s+only\s+one", ("only",)),
    (r"colou?r", ("colo",)),
    (r"(?:foo|bar)(?:baz|qux)", ("barbaz", "barqux", "foobaz", "fooqux")),
    (r"\bseen\b|\bvisto\b", ("seen", "visto")),
    (r"(?i:Assemblymember|Councilman)\s+[A-Z]", ("assemblymember", "councilman")),
    (r"pa(?:tient|rent)s?|patients", ("rent", "tient")),  # re factors out "pa"; "tients" holds "tient": one is enough
    (r"\d+", None),  # no letters to look for
    (r"x{2,}yz", None),  # "yz" is too short to be worth a look
    (r"(?i:Dr|Dra)\.?\s+[A-Z]\w+", None),
    (r"ab(?=cdef)", None),  # what a look-ahead needs is not counted
    (r"(?:alpha|be)\s+gamma", ("gamma",)),  # the longer required word wins
    (r"(?:alpha\s+x|beta\s+y)", ("alpha", "beta")),  # each alternative's best
    (r"(?:alpha|\d)\s+x", None),  # one alternative holds no letters
]


@pytest.mark.parametrize(("pattern", "expected"), FACTORS)
def test_the_factor_of_a_pattern(pattern, expected):
    assert literal_gate.factor(_parser.parse(pattern)) == expected


def test_every_odd_case_is_listed():
    """A character IGNORECASE matches to an ASCII one, which str.lower() does not lower to it, is in _ODD_CASES."""
    ascii_any_case = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    odd = []
    for point in range(0x80, sys.maxunicode + 1):
        if 0xD800 <= point < 0xE000:
            continue
        ch = chr(point)
        if ascii_any_case.fullmatch(ch) and not (len(ch.lower()) == 1 and ch.lower().isascii() and re.fullmatch(re.escape(ch.lower()), ch, re.IGNORECASE)):
            odd.append(ch)
    assert sorted(odd) == sorted(literal_gate._ODD_CASES)


def test_a_text_with_an_odd_case_is_always_scanned():
    pattern = lazyre.compile(r"(?i:visit)")
    for text in ("VİSİT", "vıſıt"):  # re reads "İ" and "ı" as "i", "ſ" as "s"; str.lower() would not
        assert pattern.search(text) is not None and [m.span() for m in pattern.finditer(text)] == [(0, 5)]


def _span(match: re.Match | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_gated_methods_answer_as_the_pattern_does():
    raw = re.compile(r"(?<![\w-])(?i:the|our)\s+(?i:only|sole)\s+(\w+)")
    lazy = lazyre.compile(raw.pattern)
    texts = ["Our only nurse.", "no such words here", "the ONLY one, the sole two", "", "x the only"]
    for text in texts:
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in raw.finditer(text)]
        assert lazy.findall(text) == raw.findall(text)
        assert _span(lazy.search(text)) == _span(raw.search(text))
        for pos in range(len(text) + 1):
            assert _span(lazy.match(text, pos)) == _span(raw.match(text, pos))
            assert _span(lazy.fullmatch(text, pos)) == _span(raw.fullmatch(text, pos))
            assert _span(lazy.search(text, 0, pos)) == _span(raw.search(text, 0, pos))


# --- fuzz: random patterns of the shapes the rules use, random texts -----------------------------------------

_WORDS = ["only", "our", "the", "visit", "seen", "cita", "nurse", "ab", "x", "sole"]
_TEXT = st.text(alphabet=st.sampled_from(list("onlyursthevisceabx OUR ONLY VISIT\tİıſK12-é")), max_size=40) | st.lists(
    st.sampled_from([*_WORDS, "ONLY", "Our", "VİSİT", "ſole", " ", "\t", "-", "7"]), max_size=8
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regex_patterns(_WORDS), st.sampled_from([0, re.IGNORECASE]), st.lists(_TEXT, min_size=1, max_size=6))
def test_the_gate_never_hides_a_match(pattern, flags, texts):
    try:
        raw = re.compile(pattern, flags)
    except re.error:
        return
    strings = literal_gate.factor(_parser.parse(pattern, flags))
    if not strings:
        return
    test = literal_gate.holds(strings)
    for text in texts:
        if raw.search(text):
            assert test(text), (pattern, text, strings)


def test_the_rules_patterns_lose_no_match_on_real_text():
    """Every lazily compiled pattern of the rules, on a sample of the evaluation corpus: gated and plain agree."""
    texts = eval_corpus_texts(120, seed=7)
    gated = 0
    for lazy in rules_lazy_patterns():
        lazy.search("")  # compile it
        if lazy.__dict__["search"] == lazy.compiled.search:
            continue
        gated += 1
        for text in texts:
            assert bool(lazy.search(text)) == bool(lazy.compiled.search(text)), (lazy.pattern[:80], text[:80])
    assert gated > 100  # the gate is in use, not silently off


def test_a_whole_text_asked_between_its_slices_is_read_once(monkeypatch):
    """A rule asks one pattern of a whole text and of short slices of it in turn: the whole text is lowered and read
    once, not once per slice (that made the place-surname reading quadratic on run-on text; round 62)."""
    read = []
    real = literal_gate.lowered
    monkeypatch.setattr(literal_gate, "lowered", lambda text: read.append(len(text)) or real(text))
    test = literal_gate.holds(("chemo", "rehab"))
    whole = "Jenny Park walked with her friends. " * 200
    for start in range(0, 2000, 40):
        assert test(whole) is False
        assert test(whole[start : start + 40]) is False
    assert sum(1 for n in read if n == len(whole)) == 1
