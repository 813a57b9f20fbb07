"""The first-character set (first_char.py) may only save time: every pattern matches exactly what `re` compiles it to match."""

from __future__ import annotations

import re
from pathlib import Path
from re import _compiler, _parser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playbook import first_char, patternstore

from tests.conftest import eval_corpus_texts, regex_patterns, rules_lazy_patterns

ROOT = Path(__file__).resolve().parent.parent

GUARDS = [  # pattern, flags, whether it gets a set of first characters
    (r"(?<![\w-])(?i:the|a|our)[ \t]+only", 0, True),  # a look-behind, then words: tried at every position
    (r"(?<![\w-])(?:(?i:just|exactly)[ \t]+)?(?i:as|like)\s+she", 0, True),  # an optional word: its letters and the next word's
    (r"(?<![\w-])(?:\d{1,2}|two|three)\s+kids", 0, True),  # a digit seldom starts a word
    (r"\b(?:Mr|Dr|Ms)\.?\s+[A-Z]", 0, True),
    (r"\b(?:Mr|Mrs|Ms)\.?\s+[A-Z]", 0, True),  # `re` takes the shared M out of the alternation, but after \b tries every position
    (r"(?<![\w-])(?:north|south)\s+side", re.IGNORECASE, True),
    (r"(?<![\w'’-])(?:(?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w-]*)['’]s", 0, True),  # a repeat: its first set
    (r"(?:[ \t]*,)?[ \t]+named", 0, True),  # nothing before it, yet no prefix `re` could use
    (r"the only", 0, False),  # a literal prefix: `re` skips to it itself
    (r"[A-Z][a-z]+", 0, False),  # a first-character set `re` uses itself
    (r"(?<![\w-])[A-Z][a-z]+", 0, True),  # one set test, but after the look-behind: tried at every position
    (r"(?<![\w-])(?i:a)\s", 0, True),
    (r"(?<![\w-])[\x00-\x7f]+", 0, False),  # every ASCII character may start it: nothing to pass over
    (r"(?<![\w-])(?:\w+|x)\s+y", 0, False),  # any letter: no saving
    (r"(?<![\w-])(?:[^a]b|c)", 0, False),  # a negated set
    (r"(?<![\w-])(?:.b|c)", 0, False),  # any character
    (r"(?<![\w-])(?:a|b)?", 0, False),  # may match nothing
    (r"(?<![\w-])(?:a?|b)c?", 0, False),
    (r"(?P<x>a)(?<![\w-])(?:(?P=x)b|cd)", 0, False),  # a prefix
    (r"(?P<x>a)?(?<![\w-])(?:(?P=x)b|cd)", 0, False),  # a back-reference may come first: no set
    (r"(?<![\w-])(?:the|a)\s", re.ASCII, True),
]


@pytest.mark.parametrize(("pattern", "flags", "expected"), GUARDS)
def test_which_patterns_get_a_set(pattern, flags, expected):
    parsed = _parser.parse(pattern, flags)
    own = [int(op) for op in _compiler._code(parsed, flags)]
    assert (first_char.with_starts(parsed, flags, own) != own) == expected


@pytest.mark.parametrize(("pattern", "flags", "expected"), GUARDS)
def test_the_table_matches_as_re_does(pattern, flags, expected):
    built = patternstore._compile(pattern, flags)[0]
    raw = re.compile(pattern, flags)
    texts = ["The only one", "as she said", "12 kids, two kids", "Mrs. Ada", "NORTH SIDE", "Ada Lovelace's book", " , named", "ab cd", "a b"]
    assert [_matches(built, t) for t in texts] == [_matches(raw, t) for t in texts]
    assert (built.pattern, built.flags, built.groups, built.groupindex) == (raw.pattern, raw.flags, raw.groups, raw.groupindex)
    assert (built == raw) != expected  # the set is in the code, and only there


def _matches(compiled: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in compiled.finditer(text)]


CASE_FOLDS = [chr(c) for c in range(0x250)] + ["\u0130", "\u0131", "\u017f", "\u212a", "\u1e9e", "\u03c3", "\u03c2", "\u2126"]
CASE_FOLDS += ["\U00010400", "\U00010428", "\U0001e900", "\U0001e922"]  # letters with a case past U+FFFF (Deseret, Adlam)


@pytest.mark.parametrize("letter", [*"abcdefghijklmnopqrstuvwxyzé", "ß", "σ", "\U00010400", "\U00010428", "\U0001e900", "\U0001e922"])
def test_a_case_insensitive_set_takes_every_character_the_letter_matches(letter):
    """`(?i)k` matches the Kelvin sign and `(?i)s` the long s: the set is read under the same flags."""
    pattern = rf"(?<![\w-])(?i:{letter}x|7{letter})"
    built, raw = patternstore._compile(pattern, 0)[0], re.compile(pattern)
    assert built != raw  # a set was added
    for char in CASE_FOLDS:
        for text in (char + "x", "7" + char, " " + char + "x"):
            assert _matches(built, text) == _matches(raw, text), (letter, char)


# --- fuzz: random patterns of the shapes the rules use, random texts -----------------------------------------

_WORDS = ["only", "our", "the", "visit", "seen", "cita", "nurse", "ab", "x", "sole", "kim", "isla", "\U00010400x"]
_TEXT = st.text(alphabet=st.sampled_from([*"onlyursthevisceabkx OUR ONLY VISIT\tİıſK12-é'’", "\U00010400", "\U00010428"]), max_size=40) | st.lists(
    st.sampled_from([*_WORDS, "ONLY", "Our", "VİSİT", "ſole", "KİM", "ıSLA", " ", "\t", "-", "7", "'"]), max_size=8
).map("".join)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regex_patterns(_WORDS), st.sampled_from([0, re.IGNORECASE, re.ASCII, re.IGNORECASE | re.ASCII]), st.lists(_TEXT, min_size=1, max_size=6))
def test_a_set_never_changes_a_match(pattern, flags, texts):
    try:
        raw = re.compile(pattern, flags)
    except (re.error, ValueError):
        return
    built = patternstore._compile(pattern, flags)[0]
    for text in texts:
        assert _matches(built, text) == _matches(raw, text), (pattern, flags, text)
        assert [built.match(text, i) and built.match(text, i).span() for i in range(len(text))] == [raw.match(text, i) and raw.match(text, i).span() for i in range(len(text))]


def test_the_rules_patterns_match_as_re_does_on_real_text():
    """Every lazily compiled pattern of the rules, on a sample of the evaluation corpus (English and Spanish,
    leaks and clean texts): the engine's build of it and `re.compile`'s find the same matches and groups."""
    texts = eval_corpus_texts(80, seed=11)
    guarded = 0
    for lazy in rules_lazy_patterns():
        lazy.search("")  # compile it
        raw = re.compile(lazy.pattern, lazy._flags)
        if lazy.compiled == raw:
            continue
        guarded += 1
        for text in texts:
            assert _matches(lazy.compiled, text) == _matches(raw, text), (lazy.pattern[:80], text[:80])
    assert guarded > 200  # the sets are in use, not silently off


def test_the_store_keys_its_code_by_this_module(monkeypatch):
    """Code a pattern store kept from an older first_char is not reused; without the source (a package of .pyc
    files only) the key falls back to the module's version rather than failing to import."""
    digest = first_char.fingerprint()
    assert len(digest) == 16 and patternstore._GUARDS == digest
    monkeypatch.setattr(first_char, "__file__", "/nonexistent/first_char.py")
    assert first_char.fingerprint() == f"version {first_char._VERSION}"
