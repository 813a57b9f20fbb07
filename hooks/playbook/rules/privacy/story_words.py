"""PHI016's reading: how much a post's words weigh toward one patient's story, learned from the labelled corpus.

The hand-written readers catch the shapes someone thought of, and staff keep finding new ways to point at one
patient ("the man who coaches the U-10 team rang our bell"). Their words still differ from a clean post's: each
word and pair of words carries a naive Bayes weight, counted by scripts/build_story_model.py over the posts of
tests/eval/privacy (one patient's story against clean posts) into lexicon/data/story_weights.tsv, with the
threshold that at most 1 clean corpus post in 500 scores above. Written by hand: counting words is a few lines,
and a learning library would be a heavy dependency for it. One pass over the words: linear.
"""

from __future__ import annotations

import functools
import math
import re

from ... import patternstore
from ...lexicon.data_files import DATA

WEIGHTS_FILE = "story_weights.tsv"
_WORD = re.compile(r"[a-z0-9']+")


def features(text: str) -> dict[str, tuple[int, int]]:
    """Each distinct word and pair of neighbouring words of `text` (folded, any case), with the span it first covers."""
    found: dict[str, tuple[int, int]] = {}
    last: re.Match | None = None
    for match in _WORD.finditer(text.lower()):
        word = match.group(0)
        found.setdefault(word, match.span())
        if last is not None:
            found.setdefault(f"{last.group(0)} {word}", (last.start(), match.end()))
        last = match
    return found


@functools.cache
def model() -> tuple[dict[str, float], float]:
    """(weight of each feature, threshold), read once: kept with the engine's derived values, as reading the
    38,000 weights again was a twentieth of a one-file check."""
    return patternstore.remembered_packed("story-model", WEIGHTS_FILE, _read_model, lambda v: isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], dict) and isinstance(v[1], float))


def _read_model() -> tuple[dict[str, float], float]:
    weights: dict[str, float] = {}
    threshold = float("inf")
    for line in (DATA / WEIGHTS_FILE).read_text(encoding="utf-8").split("\n"):
        if line.startswith("# threshold\t"):
            threshold = float(line.split("\t", 1)[1])
        elif line and line[0] != "#":
            key, _, value = line.partition("\t")
            weights[key] = float(value)
    return weights, threshold


def score(text: str, weights: dict[str, float] | None = None) -> float:
    """The summed weight of the features of `text` (the same features as features(), without their spans: most posts
    stop here, so this path builds no spans)."""
    weights = model()[0] if weights is None else weights
    words = _WORD.findall(text.lower())
    weight = weights.get
    # fsum: exactly rounded whatever order the sets give (a plain sum moved with the hash seed, and a post scored at the
    # threshold was refused in one run and passed in the next)
    return math.fsum([*(weight(word, 0.0) for word in set(words)), *(weight(pair, 0.0) for pair in set(map(" ".join, zip(words, words[1:]))))])


def story_cues(text: str) -> tuple[float, list[tuple[str, tuple[int, int]]]] | None:
    """(score, the heaviest cues with their spans, heaviest first) when `text` reads as one patient's story; else None."""
    weights, threshold = model()
    total = score(text, weights)
    if total <= threshold:
        return None
    found = features(text)
    cues = sorted(((weights[f], f, span) for f, span in found.items() if weights.get(f, 0.0) > 0), key=lambda c: (-c[0], c[2]))
    return total, [(feature, span) for _, feature, span in cues]
