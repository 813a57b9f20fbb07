"""FTC002: a patient's story that promises a result says that results vary."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...findings import Severity
from ...model import Post
from ...text import Gate, Span, clip, copies, is_negated, phrase_pattern, sentence_spans, tokens, where
from ...wordlists import wordlist
from ..context import Context
from ..registry import Hit, rule

_WORDS = wordlist("honesty")
_NOT_NAMES = frozenset(wordlist("expert")["not_names"])
_OUTCOME_PHRASES = phrase_pattern(_WORDS["outcomes"])
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|a\s+couple(?:\s+of)?|a\s+single|just\s+(?:\d+|one|two|three|four|five|six|a\s+few))"
_UNIT = r"(?:days?|weeks?|months?|visits?|sessions?|appointments?|treatments?)"
_BACK = lazyre.compile(
    r"(?:\b(?:I|(?i:he|she|we))\b|\b(?P<name>[A-Z][a-z][\w'’-]*))"
    r"(?i:\s+(?:was|were|got|is|am|'m|’m|have\s+been|had\s+been|felt|feel)\s+(?:\w+\s+)?"
    r"(?:back|running|playing|walking|lifting|dancing|skiing|climbing|golfing|swimming|pain[- ]free|healed)\b"
    rf"[^.!?\n]{{0,60}}?\b(?:in|after|within)\s+(?:just\s+|only\s+|about\s+)?{_COUNT}\s+{_UNIT}\b)"
)
_TYPICAL = phrase_pattern(_WORDS["typical_context"])
_OUTCOME_GATE = Gate(_WORDS["outcomes"])
_UNIT_GATE = Gate("day days week weeks month months visit visits session sessions appointment appointments treatment treatments".split())
_ACTIVITY_GATE = Gate("back running playing walking lifting dancing skiing climbing golfing swimming pain healed".split())


def _may_claim(text: str) -> bool:
    present = tokens(text)
    return _OUTCOME_GATE.open(present) or (_UNIT_GATE.open(present) and _ACTIVITY_GATE.open(present))


def _outcomes(text: str) -> Iterator[tuple[int, re.Match]]:
    """(sentence offset, match) for each outcome claim that is not negated."""
    for begin, end in sentence_spans(text):
        sentence = text[begin:end]
        present = tokens(sentence)
        if _OUTCOME_GATE.open(present):
            for match in _OUTCOME_PHRASES.finditer(sentence):
                if not is_negated(sentence, match.start(), window=3):
                    yield begin, match
        if _UNIT_GATE.open(present) and _ACTIVITY_GATE.open(present):
            for match in _BACK.finditer(sentence):
                if match.group("name") not in _NOT_NAMES:
                    yield begin, match


@rule("FTC002", "testimonial-without-context", serves="honest-marketing", severity=Severity.WARNING, scope="post")
def testimonial_without_context(post: Post, ctx: Context) -> Iterator[Hit]:
    """A patient story promising results without saying results vary.

    What it flags:
        Outcome claims of the kind testimonials make ("I was back running in
        3 weeks", "pain-free after one visit", "back to 100%", "amazing
        results") in a copy (body, each variant, or the title with the body)
        that has no typical-results context: "results vary", "every recovery
        is different", "individual results", "your recovery may look
        different" and the like. Lists are in rules/data/honesty.yml.

    Why:
        A testimonial implies that its result is what a reader can expect.
        The FTC expects advertisers either to show what is typical or to say
        clearly that results differ; in health care, a reader who heals more
        slowly should not feel something went wrong.

    Examples:
        Triggers: `"I was back running in 3 weeks!" says our patient Dana.`
        Triggers: `Pain-free after one visit. Book yours today!`
        Triggers: `Marcus was back on the court in six weeks.`
        Passes: `"I was back running in 3 weeks." Every recovery is different; yours may take longer.`
        Passes: `Most ankle sprains feel better within two to six weeks.`
        Passes: `Results and more photos: https://maplewood5k.test/results`
    """
    if post.status == "cancelled":
        return
    body_context = None
    texts = [*copies(post), Span(post.title, post.line_of("title"), "title")]
    for span in texts:
        if not _may_claim(span.text):
            continue
        found = next(_outcomes(span.text), None)
        if found is None or _TYPICAL.search(span.text):
            continue
        if span.field == "title":
            body_context = bool(_TYPICAL.search(post.body)) if body_context is None else body_context
            if body_context:
                continue
        begin, match = found
        yield Hit(
            f"'{clip(match.group(0))}'{where(span)} reads as a promised result; add that results vary, or say what is typical",
            *span.position(begin + match.start()),
            hint="e.g. 'Every recovery is different; talk with your clinician about yours.'",
        )
