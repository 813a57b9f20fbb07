"""text.py: the one sentence splitter, the one copy iterator and the one clipper every rule uses."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.text import Gate, alternation, clip, copies, emoji_end, named, sentence_bounds, sentence_of, sentence_spans, spans, tokens, where

from tests.rules.harness import post, response


def sentences(text: str) -> list[str]:
    return [text[begin:end] for begin, end in sentence_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Stretch first. Then walk!", ["Stretch first.", "Then walk!"]),
        ("Ready? Go.", ["Ready?", "Go."]),
        # Closing quotes and brackets stay with their sentence.
        ('She said "stop." Then she rested.', ['She said "stop."', "Then she rested."]),
        ("We said “thank you.” They smiled.", ["We said “thank you.”", "They smiled."]),
        ("(It works.) Try it.", ["(It works.)", "Try it."]),
        # An ellipsis ends a sentence whether typed as one character or three.
        ("Guess what… We open Saturdays.", ["Guess what…", "We open Saturdays."]),
        ("Guess what... We open Saturdays.", ["Guess what...", "We open Saturdays."]),
        # Abbreviations and initials do not end one; a date or a number does.
        ("Dr. Lee and Mrs. Ortiz will be there.", ["Dr. Lee and Mrs. Ortiz will be there."]),
        ("Thanks, Beverly K. for the note.", ["Thanks, Beverly K. for the note."]),
        ("See you Feb. 3, e.g. at noon.", ["See you Feb. 3, e.g. at noon."]),
        ("It was reprocessed on 5/9. You will hear soon.", ["It was reprocessed on 5/9.", "You will hear soon."]),
        ("We are open until 5. Come by.", ["We are open until 5.", "Come by."]),
        # Decimals, addresses and links are not sentence ends.
        ("Walk 2.5 miles at example.com today", ["Walk 2.5 miles at example.com today"]),
        # Blocks end a sentence: blank lines, list items (without their bullet), headings and quotes.
        ("No period here\n\nNext paragraph", ["No period here", "Next paragraph"]),
        ("Bring:\n- water\n- a hat\n1. sign in", ["Bring:", "water", "a hat", "sign in"]),
        ("Intro line\n## Heading\n> a quote", ["Intro line", "## Heading", "> a quote"]),
        # A soft-wrapped line, or a line starting with a hashtag, carries on the sentence.
        ("A long line\nthat wraps here.", ["A long line\nthat wraps here."]),
        ("Beverly K., Westfield\n#PatientStories #HipReplacement", ["Beverly K., Westfield\n#PatientStories #HipReplacement"]),
        # An emoji after a word, before a capital, stands for the full stop; before a small letter it does not.
        ("Ribbon cut at the new wing ✂️ He spoke about his heart.", ["Ribbon cut at the new wing ✂️", "He spoke about his heart."]),
        ("Gracias a todos 🙏🏽 Nos vemos el sábado.", ["Gracias a todos 🙏🏽", "Nos vemos el sábado."]),
        ("Fresh cookies 🍪 for everyone at the desk.", ["Fresh cookies 🍪 for everyone at the desk."]),
        ("🎉 Big news today", ["🎉 Big news today"]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_sentences(text, expected):
    assert sentences(text) == expected


def test_sentence_bounds_start_a_list_item_at_its_first_word():
    text = "Bring:\n- water"
    assert sentence_bounds(text) == (0, text.index("water"), len(text))


def test_sentence_of_stays_inside_its_sentence_and_its_reach():
    text = "One. Two three. Four."
    bounds = sentence_bounds(text)
    assert text[slice(*sentence_of(bounds, text.index("three")))].strip() == "Two three."
    long = "word " * 200
    start, end = sentence_of(sentence_bounds(long), 500, reach=100)
    assert (start, end) == (400, 600)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*'ab .!?…"”)\n-#>1K', "Dr.", "e.g.", "5/9", "\n- ", "\n2) ", "\n\n", "word"]), max_size=80).map("".join))
def test_sentences_are_ordered_trimmed_and_cover_every_word(text):
    found = sentence_spans(text)
    bounds = sentence_bounds(text)
    assert bounds[0] == 0 and bounds[-1] == len(text) and list(bounds) == sorted(bounds)
    last = 0
    for begin, end in found:
        assert last <= begin < end <= len(text)
        assert text[begin:end] == text[begin:end].strip()
        last = end
    covered = set()
    for begin, end in found:
        covered.update(range(begin, end))
    bullets = {i for m in re.finditer(r"\n[ \t]*(?:[-*+]|\d+[.)])(?=[ \t])", text) for i in range(m.start(), m.end())}
    assert all(i in covered or text[i].isspace() or i in bullets for i in range(len(text)))  # only list bullets are left out


def test_a_long_run_of_abbreviations_is_one_sentence():
    """Each period looks back a few characters only, so a hostile run of 'Dr. ' is read once, as one sentence."""
    text = "Dr. " * 5_000
    assert sentence_bounds(text) == (0, len(text))


# -- copies -----------------------------------------------------------------------------------------


def test_copies_of_a_post_are_its_body_then_each_variant_folded():
    item = post(body="Ｆｒｅｅ walk", variants={"x": "Short one", "facebook": "Long one"})
    found = list(copies(item))
    assert [span.field for span in found] == ["body", "variants.x", "variants.facebook"]
    assert found[0].text == "Free walk" and found[0].raw == "Ｆｒｅｅ walk"
    assert [span.text for span in found[1:]] == ["Short one", "Long one"]


def test_raw_copies_keep_what_the_author_typed_and_alt_adds_the_alt_texts():
    item = post(body="𝗙𝗥𝗘𝗘 flu shots", media=(Media("images/a.jpg", "Ⓗⓘ there", line=12),))
    assert [(s.field, s.text) for s in copies(item, raw=True)] == [("body", "𝗙𝗥𝗘𝗘 flu shots")]
    assert [(s.field, s.text, s.line) for s in copies(item, alt=True, raw=True)] == [
        ("body", "𝗙𝗥𝗘𝗘 flu shots", item.body_line),
        ("media[1].alt", "Ⓗⓘ there", 12),
    ]


def test_copies_of_a_reply_are_its_body():
    item = response("Sorry about the wait, Ｐａｔ.")
    (only,) = copies(item)
    assert (only.field, only.text, only.line) == ("body", "Sorry about the wait, Pat.", item.body_line)


def test_every_span_is_named_for_messages():
    item = post(body="Hi", variants={"x": "Hey"}, media=(Media("images/a.jpg", "A walk", line=9),))
    names = {span.field: (named(span), where(span)) for span in spans(item)}
    assert names["body"] == ("the post", "")
    assert names["variants.x"] == ("the x variant", " in the x variant")
    assert names["media[1].alt"] == ("the alt text", " in the alt text")
    assert names["title"] == ("the title", " in the title")


# -- clip -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, limit, expected",
    [
        ("short", 60, "short"),
        ("two\n  lines\tjoined", 60, "two lines joined"),
        ("abcdefghij", 10, "abcdefghij"),
        ("abcdefghijk", 10, "abcdefghi…"),
        ("abcd efghijk", 6, "abcd…"),  # no space before the ellipsis
        ("  padded  ", 60, "padded"),
    ],
)
def test_clip(text, limit, expected):
    assert clip(text, limit) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=2, max_value=120))
def test_clip_is_one_line_within_its_limit_and_a_prefix_of_the_words(text, limit):
    shown = clip(text, limit)
    assert len(shown) <= limit
    assert not any(ch.isspace() and ch != " " for ch in shown)
    words = " ".join(text.split())
    assert shown == words or (shown.endswith("…") and words.startswith(shown[:-1]))


def _flat(phrases: list[str]) -> str:
    """The alternation as it was written before the trie: every phrase, longest first."""
    parts = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


_LETTERS = st.sampled_from(list("abcABC ñÑéÉ'’.-"))
_FOLDING = st.sampled_from(list("aAsSkK ıſµK"))  # letters whose case folds beyond Latin-1 (the flat list is kept)
_PHRASES = st.lists(st.text(_LETTERS, min_size=1, max_size=6), min_size=1, max_size=12) | st.lists(st.text(_FOLDING, min_size=1, max_size=4), min_size=1, max_size=6)
_CONTEXTS = ("(?:{})", r"(?<![\w-])(?:{})(?![\w-])", r"(?:{})[ \t]+(?=[A-Z])", r"(?:{})s?\b", r"(?i:senor|{}|don)(?:c|x)")


@settings(max_examples=150, deadline=None)
@given(_PHRASES, st.lists(st.text(_LETTERS, max_size=20), min_size=1, max_size=4), st.data())
def test_the_alternation_trie_matches_what_the_flat_list_matched(phrases, noise, data):
    """Same spans, same order of trials (the longest phrase first), in any context, with or without IGNORECASE."""
    text = " ".join(noise + [data.draw(st.sampled_from(phrases)).swapcase(), data.draw(st.sampled_from(phrases))] + noise)
    if not any(p.strip() for p in phrases):
        return
    for context in _CONTEXTS:
        for flags in (0, re.IGNORECASE):
            flat = re.compile(context.format(_flat(phrases)), flags)
            trie = re.compile(context.format(alternation(phrases)), flags)
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_the_alternation_is_a_trie_of_its_phrases():
    assert alternation(["patient", "parent", "pa", "Dr", "dr"]) == "Dr|dr|pa(?:rent|tient|)"
    assert alternation(["abc", "ab"]) == "ab(?:c|)"
    assert alternation(["baby sitter", "baby"]) == r"baby(?:\s+sitter|)"
    assert alternation(["ıd", "id", "ix"]) == "id|ix|ıd"  # a dotless i folds beyond Latin-1: the flat list, longest first


_WORDS = st.sampled_from(["no", "risk", "free", "pain", "cure", "100%", "sin", "dolor", "-", ""])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_WORDS, max_size=3).map(" ".join), max_size=8), st.frozensets(_WORDS.filter(bool)))
def test_a_gate_opens_exactly_when_every_token_of_some_phrase_is_present(phrases, present):
    """Filing phrases under one token each never closes a gate the full scan would open, nor the reverse."""
    needs = [tokens(p) for p in phrases]
    assert Gate(phrases).open(tokens(" ".join(present))) == any(need <= tokens(" ".join(present)) for need in needs)


def test_emoji_end_tells_a_sentence_an_emoji_ended_from_one_a_stop_ended():
    text = "Welcome back 💪 Cleared today. Back to work!"
    assert [bound for bound in sentence_bounds(text) if emoji_end(text, bound)] == [text.index("💪") + 1]
