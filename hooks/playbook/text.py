"""Text helpers shared by rules and the site: which texts an item carries and where a match sits,
sentences, negation, links and tags, and the clipped quotes messages show."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from dataclasses import field as _field
from os.path import commonprefix
from urllib.parse import urlsplit

from . import lazyre, patternstore
from .model import NOTES, Plans, Post, ResponseTemplate
from .normalize import Folded, fold
from .wordlists import wordlist

URL = re.compile(r"""(?:https?://|www\.)[^\s<>()"'\]]+""", re.IGNORECASE)
# A bare domain such as example.com or shop.example.co.uk, not part of an email or URL.
DOMAIN = re.compile(r"(?<![@\w./-])(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|info|biz|io|co|us|health|care|clinic|test|uk|ca|de|app|me)\b(?![@\w-])", re.IGNORECASE)
HASHTAG = re.compile(r"(?<![\w#&])#(\w[\w]*)", re.UNICODE)


@dataclass(frozen=True)
class Span:
    """A piece of text from one field, and the file line its first character sits on.

    Spans from `spans()` and `copies()` carry the folded text (normalize.fold: what the
    author's text reads as, look-alike and invisible characters seen through); `raw`,
    `column_at` and `show` go back to what the author wrote.
    """

    text: str
    line: int
    field: str  # "body", "title", "variants.x", "media[1].alt" ...
    folded: Folded | None = _field(default=None, compare=False, repr=False)

    def line_at(self, offset: int) -> int:
        return self.line + self.text.count("\n", 0, offset)

    @property
    def raw(self) -> str:
        return self.folded.raw if self.folded else self.text

    def column_at(self, offset: int) -> int:
        """1-based column, in the author's own line, of the character at `offset` of `text`."""
        return column(self.raw, self.folded.origin(offset) if self.folded else offset)

    def position(self, offset: int) -> tuple[int, int]:
        """(file line, column) of text[offset] in the body. A front-matter value's lines and columns depend on
        how the YAML was written (quoted, folded, a block), so there it is its key's line and column 0."""
        return (self.line_at(offset), self.column_at(offset)) if self.field == "body" else (self.line, 0)

    def show(self, start: int, end: int) -> str:
        """The author's words behind text[start:end] (to quote them in a message as written)."""
        return self.folded.show(start, end) if self.folded else self.text[start:end]


def spans_starting(spans: list[tuple[int, int]], low: int, high: int) -> list[tuple[int, int]]:
    """The spans (sorted by start) that start at or after `low` and before `high`: a bisection, so a reading asked once per
    place in a text stays linear."""
    return spans[bisect_left(spans, (low, -1)) : bisect_left(spans, (high, -1))]


@functools.lru_cache(maxsize=8192)
def folded_span(raw: str, line: int, name: str) -> Span:
    """A Span of `raw`, folded. Cached (a Span is immutable): every rule asks for the same ones."""
    folded = fold(raw)
    return Span(folded.text, line, name, folded)


def spans(item: Post | ResponseTemplate) -> Iterator[Span]:
    """Every human-written text of a post or response, folded, with its location (body first)."""
    yield folded_span(item.body, item.body_line, "body")
    yield folded_span(item.title, item.line_of("title"), "title")
    for tag in item.tags:
        yield folded_span(tag, item.line_of("tags"), "tags")
    if isinstance(item, Post):
        for channel, copy in item.variants.items():
            yield folded_span(copy, item.lines.get(f"variants.{channel}", item.line_of("variants")), f"variants.{channel}")
        for index, media in enumerate(item.media, start=1):
            yield folded_span(media.alt, media.line or item.line_of("media"), f"media[{index}].alt")
            yield folded_span(media.file, media.line or item.line_of("media"), f"media[{index}].file")
        if item.event:
            yield folded_span(item.event.name, item.event.line or item.line_of("event"), "event.name")
            yield folded_span(item.event.location, item.event.line or item.line_of("event"), "event.location")


def urls(text: str) -> list[tuple[str, int]]:
    """(url, offset) pairs, trailing punctuation trimmed."""
    found = []
    for match in URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?")
        found.append((url, match.start()))
    return found


def host_of(url: str) -> str:
    if not re.match(r"^[a-z]+://", url, re.IGNORECASE):
        url = "https://" + url
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def domain_matches(host: str, domains: Iterable[str]) -> bool:
    """True when host is one of domains or a subdomain of one (www.x.org matches x.org)."""
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in domains)


def is_own(plans: Plans, host: str) -> bool:
    return domain_matches(host, plans.practice.domains)


def is_trusted(plans: Plans, host: str) -> bool:
    return domain_matches(host, plans.practice.domains + plans.practice.trusted_domains)


def hashtags(text: str) -> list[tuple[str, int]]:
    return [(m.group(1), m.start()) for m in HASHTAG.finditer(text)]


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", text)


def strip_markdown(text: str) -> str:
    """Plain words for readability and counts: drop comments, links' targets, emphasis marks."""
    text = NOTES.sub(" ", text)
    text = link_texts(text, "![")
    text = link_texts(text, "[")
    text = re.sub(r"[*_`>#]+(?=\S)|(?<=\S)[*_`]+", "", text)
    return text


def link_texts(text: str, opening: str = "[") -> str:
    """Markdown links (`[words](target)`, or images with opening `![`) replaced by their words.

    The same as substituting `\\[([^\\]]*)\\]\\([^)]*\\)` with its group, in linear time: the
    expression rescans from every `[` that no link follows, so a body of repeated `[` was
    quadratic. Every `[` before a given `]` shares that `]`, so one failed try rules them all out.
    """
    parts: list[str] = []
    last = pos = 0
    while (start := text.find(opening, pos)) >= 0:
        close = text.find("]", start + len(opening))
        if close < 0:
            break
        if not text.startswith("(", close + 1):
            pos = close + 1
            continue
        end = text.find(")", close + 2)
        if end < 0:
            break  # no link can end after this point
        parts += [text[last:start], text[start + len(opening) : close]]
        last = pos = end + 1
    parts.append(text[last:])
    return "".join(parts)


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern:
    """One case-insensitive, word-bounded pattern for a list of phrases (Vale's 'existence')."""
    return lazyre.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])", re.IGNORECASE)


# -- phrase rules: sentences, negation, cheap pre-checks, where a text sits --------------------------------

# A sentence ends at . ! ? or … (closing quotes and brackets stay with it) before white space or the end, at an emoji
# after a word and before a capital, and at a block: a blank line, a list item (its bullet is left out), a heading or a quote.
EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf\u2b50"  # the emoji blocks a character class takes (public_story.py reads them too)
BULLETS = "•·▪‣◦►"  # a list's marks as a pasted post writes them
_SENTENCE_END = re.compile(
    r"[.!?…]+[\"'’”)\]]*(?=\s|$)"
    # an emoji that stands for the full stop: "... at the Civic Center 🎶 Between songs she ..." (a capital opens what follows)
    rf"|(?<=\w)[ \t]*[{EMOJI}][{EMOJI}\uFE0F\u200D\U0001F3FB-\U0001F3FF]*(?=[ \t]+[¡¿]?[A-ZÁÉÍÓÚÑ][a-záéíóúñ])"
    r"|\n[ \t]*\n"
    rf"|\n[ \t]*(?:[-*+{BULLETS}]|\d+[.)])[ \t]"  # a list's item, as Markdown or a pasted post writes it ("• Flu shots")
    r"|\n(?=[ \t]*(?:#{1,6}[ \t]|>))"
)
# A period after one of these, or after an initial ("K."), does not end a sentence: "Dr. Lee", "Feb. 3".
ABBREVIATIONS = frozenset("dr mr mrs ms mx st jan feb mar apr jun jul aug sep sept oct nov dec no vs e.g i.e a.m p.m am pm jr sr prof approx est sra srta dra dept".split())
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INITIALS_BEFORE = re.compile(r"[A-Za-z](?:\.[A-Za-z])+")  # "A.R", "K.L.B": initials, whose period may end no sentence
_LOWER_NEXT = re.compile(r"\s+[a-z]")  # a word in small letters goes on the sentence ("Mom A.R. did ...", "la mama M.G.R. y ...")
_BULLET_AT_END = re.compile(r"\n[ \t]*(?:[-*+]|\d+[.)])[ \t]$")
# Inside a sentence, these start a new clause: "There is no cure, but this works" is not negated.
_CLAUSE_BREAK = re.compile(r"[;:—–]|\s-\s|\b(?:but|however|yet|although|though)\b", re.IGNORECASE)
WORD = re.compile(r"[\w'’-]+")


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation for phrases: escaped, longest first, a space matches any whitespace.

    Written as a trie ("pa(?:rent|tient|)" for "patient|parent|pa"): `re` tries each alternative of a
    flat list at every position, so a list of a thousand words cost a thousand tries per character.
    The trie matches exactly what the flat list matched, in the same order: phrases that can both match
    at one place are prefixes of one another (a space stands for any run of white space, so no phrase
    may hold two in a row), and the longer is tried first; where letters differ only in case
    ("Dr", "dr"), IGNORECASE lets both match, so those phrases stay a flat list, longest first. A
    letter whose case folds beyond Latin-1 (the Turkish dotless i, the long s) keeps the flat list.
    """
    parts = sorted({p.strip() for p in phrases if p and p.strip()})
    joined = "\0".join(parts)
    return patternstore.remembered("alternation", joined, lambda: _alternation(parts, joined))  # a trie costs a tenth of a one-file check


def _alternation(parts: list[str], joined: str) -> str:
    if "  " in joined or _NOT_TRIE_SAFE.search(joined) or any(ch.lower() != ch or ch.upper() != ch for ch in set(_BEYOND_LATIN1.findall(joined))):
        return "|".join(_escape(p) for p in sorted(parts, key=len, reverse=True))
    if not parts:
        return ""
    head, alternatives, end = _trie(parts, 0, len(parts), 0)
    return head + _group(alternatives, end) if head else "|".join(alternatives)


# White space but the space, and the micro sign (it folds to the Greek mu): the flat list is kept.
_NOT_TRIE_SAFE = re.compile(r"[^\S ]|\xb5")
_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]")


def _escape(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", r"\s+")


def _trie(words: list[str], lo: int, hi: int, depth: int) -> tuple[str, list[str], bool]:
    """The node of sorted words[lo:hi], which share their first `depth` characters: the characters all
    of them share next (escaped), the alternatives after that, and whether one of the words ends there."""
    if hi - lo == 1:
        return _escape(words[lo][depth:]), [], True
    shared = commonprefix([words[lo][depth:], words[hi - 1][depth:]])
    depth += len(shared)
    end = len(words[lo]) == depth  # sorted: the word that ends here comes first
    groups: dict[str, list[tuple[int, int]]] = {}
    i = lo + end
    while i < hi:
        char, j = words[i][depth], i + 1
        while j < hi and words[j][depth] == char:
            j += 1
        groups.setdefault(char.lower(), []).append((i, j))
        i = j
    alternatives = []
    for runs in groups.values():
        if len(runs) == 1 and runs[0][1] - runs[0][0] == 1:
            alternatives.append(_escape(words[runs[0][0]][depth:]))  # one word: the rest of it
        elif len(runs) == 1:
            head, inner, inner_end = _trie(words, *runs[0], depth)
            alternatives.append(head + _group(inner, inner_end))
        else:  # "D" and "d": under IGNORECASE both match, so their phrases keep the flat order, longest first
            alternatives.extend(_escape(w[depth:]) for w in sorted((words[k] for a, b in runs for k in range(a, b)), key=len, reverse=True))
    return _escape(shared), alternatives, end


def _group(alternatives: list[str], end: bool) -> str:
    if end:
        return "(?:" + "|".join(alternatives) + "|)" if alternatives else ""  # the word that ends here, after every longer one
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def sentence_bounds(text: str) -> tuple[int, ...]:
    """Where the sentences of `text` meet: 0, the end of each sentence, len(text). The one sentence splitter.

    Kept for the last texts asked (a tuple, so no caller can change it): the people finders ask once per
    name found, and a text of a thousand names must not be split a thousand times (that was quadratic).
    """
    return _sentence_bounds(text)


@functools.lru_cache(maxsize=32)
def _sentence_bounds(text: str) -> tuple[int, ...]:
    bounds = [0]
    for match in _SENTENCE_END.finditer(text):
        if match.group(0).startswith("."):
            word = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
            if word and (word.group(1).lower() in ABBREVIATIONS or (len(word.group(1)) == 1 and word.group(1).isalpha())):
                continue
            if word and _INITIALS_BEFORE.fullmatch(word.group(1)) and _LOWER_NEXT.match(text, match.end()):
                continue
        bounds.append(match.end())
    bounds.append(len(text))
    return tuple(bounds)


def sentence_of(bounds: list[int], offset: int, reach: int = 300) -> tuple[int, int]:
    """The sentence around offset, at most `reach` characters either side (so run-on text stays linear)."""
    index = bisect_right(bounds, offset) - 1
    return max(bounds[max(index, 0)], offset - reach), min(bounds[min(index + 1, len(bounds) - 1)], offset + reach)


_EMOJI_BEFORE = re.compile(rf"[{EMOJI}\uFE0F\u200D\U0001F3FB-\U0001F3FF]$")


def emoji_end(text: str, bound: int) -> bool:
    """Whether the sentence that ends at `bound` (one of sentence_bounds) ends on an emoji, no stop: a reading of one
    named there may go on into the next ("Bienvenido al <Nickname> 💪 Hoy la doctora le dio el alta")."""
    return 0 < bound < len(text) and _EMOJI_BEFORE.search(text, max(0, bound - 1), bound) is not None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in `text`, white space trimmed, empty ones left out."""
    found = []
    bounds = sentence_bounds(text)
    for begin, end in zip(bounds, bounds[1:]):
        bullet = _BULLET_AT_END.search(text, begin, end)  # a list item's bullet belongs to no sentence
        chunk = text[begin : bullet.start() if bullet else end]
        stripped = chunk.strip()
        if stripped:
            begin += len(chunk) - len(chunk.lstrip())
            found.append((begin, begin + len(stripped)))
    return found


@functools.cache
def _negations() -> frozenset[str]:
    """Words that deny what follows ("no", "never", "beware"): rules/data/expert.yml's `negations`."""
    return frozenset(w.lower() for w in wordlist("expert")["negations"] if " " not in w)


def is_negated(text: str, start: int, negations: frozenset[str] | None = None, window: int = 8, *, clause_break: re.Pattern = _CLAUSE_BREAK, reach: int | None = None) -> bool:
    """True when one of the `window` words before `start`, in the same clause, negates what follows.

    `text` should be one sentence (or the part of it before the match): "no miracle
    cure", "we can't promise a painless recovery", "beware of guaranteed results".
    Without `negations`, the shared English list (`_negations`). `clause_break` says where a new
    clause starts (bilingual.negated also breaks at commas and Spanish conjunctions); `reach`
    bounds how far back a long run-on text is read.
    """
    if negations is None:
        negations = _negations()
    before = text[max(0, start - reach) if reach else 0 : start]
    breaks = list(clause_break.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    tokens = [t.lower().replace("’", "'") for t in WORD.findall(before)][-window:]
    return any(t in negations or t.endswith("n't") for t in tokens)


_TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> frozenset[str]:
    """Lower-case letter and digit runs; 'risk-free' gives 'risk' and 'free'."""
    return frozenset(_TOKEN.findall(text.lower()))


class Gate:
    """A cheap pre-check for a phrase list: can any phrase match a text with these tokens?

    A phrase can only match where all of its tokens occur, so most texts skip
    the (slower) regular expression entirely. Never a false "no".
    """

    def __init__(self, *phrase_lists: Iterable[str]):
        needs = {tokens(p) for phrases in phrase_lists for p in phrases}
        self.always = frozenset() in needs
        self.needs = tuple(sorted(needs, key=len))
        # Each phrase filed under one of its tokens (the longest, seldom in a text): only the phrases
        # filed under a token the text has can match, so a text looks at a few, not at every phrase.
        self._by_token: dict[str, list[frozenset[str]]] = {}
        for need in self.needs:
            if need:
                self._by_token.setdefault(max(need, key=lambda t: (len(t), t)), []).append(need)

    def open(self, present: frozenset[str]) -> bool:
        if self.always:
            return True
        by_token = self._by_token
        return any(need <= present for token in present if token in by_token for need in by_token[token])


def copies(item: Post | ResponseTemplate, *, alt: bool = False, raw: bool = False) -> Iterator[Span]:
    """The copy an item sends out, body first: a post's body and each channel variant (with `alt`,
    then its alt texts, which screen readers read out), a reply template's body.

    Folded, as every rule reads text (see `spans`), unless `raw`: rules about the characters
    themselves (emoji, fancy letters) read what the author typed.
    """
    found = [(item.body, item.body_line, "body")]
    if isinstance(item, Post):
        found += [(copy, item.lines.get(f"variants.{channel}", item.line_of("variants")), f"variants.{channel}") for channel, copy in item.variants.items()]
        if alt:
            found += [(media.alt, media.line or item.line_of("media"), f"media[{index}].alt") for index, media in enumerate(item.media, start=1)]
    for text, line, name in found:
        yield Span(text, line, name) if raw else folded_span(text, line, name)


def prose(item) -> Iterator[Span]:
    """Every human-written text of a post or response except file names and tags."""
    for span in spans(item):
        if span.field == "tags" or span.field.endswith(".file"):
            continue
        yield span


def named(span: Span) -> str:
    """'the post', 'the x variant', 'the alt text', 'the title': a span as messages name it."""
    if span.field == "body":
        return "the post"
    if span.field.startswith("variants."):
        return f"the {span.field.split('.', 1)[1]} variant"
    if span.field.startswith("media["):
        return "the alt text"
    return f"the {span.field.replace('.', ' ')}"


def column(text: str, offset: int) -> int:
    """1-based column of text[offset] within its line: the one place a finding's column is counted."""
    return offset - text.rfind("\n", 0, offset)


def where(span: Span) -> str:
    """' in the X variant' / ' in the title' for messages about a non-body text."""
    return "" if span.field == "body" else f" in {named(span)}"


def clip(text: str, limit: int = 60) -> str:
    """Text quoted back in a message: on one line, at most `limit` characters, cut with '…'.
    The one clipper (a hostile value may be huge; a quote is only there to be recognised)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
