"""PHI014: characters nobody can see, which hide words from every other check."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

from ... import lazyre
from ...findings import Severity
from ...model import Post, ResponseTemplate
from ...normalize import INVISIBLE
from ...text import clip, column, spans, where
from ..context import Context
from ..registry import Hit, rule

# --- PHI014 invisible-character ---------------------------------------------------------------------------

_PICTOGRAPH = regex.compile(r"\p{Extended_Pictographic}")
_EMOJI = regex.compile(r"\p{Emoji}")
_HAN = regex.compile(r"\p{Han}")
_RTL = regex.compile(r"(?=\p{L})[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")  # a right-to-left letter (the marks are R too)
# Scripts whose spelling needs the zero-width (non-)joiner between letters (Persian, Hindi, Sinhala ...).
_JOINING = regex.compile(
    r"[\p{Arabic}\p{Syriac}\p{Nko}\p{Mongolian}\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Oriya}"
    r"\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}\p{Khmer}\p{Myanmar}]"
)
_ZWNJ, _ZWJ, _KEYCAP = "\u200c", "\u200d", "\u20e3"
_EMOJI_TAIL = frozenset("\ufe0f") | {chr(c) for c in range(0x1F3FB, 0x1F400)}  # presentation selector, skin tones
_FLAG_TAGS = lazyre.compile("\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f")  # 🏴 + subdivision tags: England, Scotland, Wales
_BIDI_MARKS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u2066\u2067\u2068\u2069")  # not the overrides U+202D/E
_TOKEN_RUN = lazyre.compile(r"[^ \t\n]+")


def _letter_before(raw: str, index: int) -> str:
    """The character before `index`, skipping combining marks (the base they sit on)."""
    while index > 0:
        index -= 1
        if unicodedata.category(raw[index]) not in ("Mn", "Mc"):
            return raw[index]
    return ""


def _legitimate(raw: str, index: int, rtl: bool) -> bool:
    """True when the invisible character at `index` does a job the text needs.

    Emoji sequences (👩‍⚕️, ❤️, 1️⃣), the joiners of scripts that need them, ideographic
    variation selectors after Han, bidi marks in right-to-left text (`rtl`), Hangul fillers
    among jamo. (Subdivision flags are taken out before.) Everything else only hides.
    """
    ch = raw[index]
    after = raw[index + 1] if index + 1 < len(raw) else ""
    if ch == _ZWJ or ch == _ZWNJ:
        before = index - 1
        while ch == _ZWJ and before >= 0 and raw[before] in _EMOJI_TAIL:
            before -= 1
        if ch == _ZWJ and before >= 0 and _PICTOGRAPH.match(raw[before]) and after and _PICTOGRAPH.match(after):
            return True
        letter = _letter_before(raw, index)
        return bool(letter and after and _JOINING.match(letter) and _JOINING.match(after))
    if ch in "\ufe0e\ufe0f":
        before = raw[index - 1] if index else ""
        return bool(before and _EMOJI.match(before) and (not before.isascii() or after == _KEYCAP))
    if "\ufe00" <= ch <= "\ufe0d" or "\U000e0100" <= ch <= "\U000e01ef":
        return bool(index and _HAN.match(raw[index - 1]))
    if ch in _BIDI_MARKS:
        return rtl
    if ch in "\u115f\u1160":
        return any("\u1100" <= c <= "\u11ff" and c not in "\u115f\u1160" for c in raw[max(0, index - 2) : index + 3])
    return False


def _hidden(raw: str) -> Iterator[tuple[int, str, list[int]]]:
    """(offset of the first, the word, offsets in it of the hidden characters) for each word that hides some.

    Linear in the text, however many invisible characters a hostile file holds.
    """
    if raw.isascii() or not INVISIBLE.search(raw):
        return
    flags = {i for m in _FLAG_TAGS.finditer(raw) for i in range(m.start() + 1, m.end())}
    rtl = bool(_RTL.search(raw))
    for token in _TOKEN_RUN.finditer(raw):
        hidden = [m.start() for m in INVISIBLE.finditer(raw, token.start(), token.end()) if m.start() not in flags and not _legitimate(raw, m.start(), rtl)]
        if hidden:
            yield hidden[0], token.group(0), [i - token.start() for i in hidden]


def _published_raw(item: Post | ResponseTemplate) -> Iterator[tuple[str, int, str]]:
    """(text as written, line, where it sits for a message) of every text an item publishes."""
    for span in spans(item):
        label = " in the media file name" if span.field.endswith(".file") else where(span)
        yield span.raw, span.line, label
    if isinstance(item, Post):
        for index, url in enumerate(item.sources):
            yield url, item.lines.get(f"sources.{index}", item.line_of("sources")), " in a source link"
        if item.news:
            yield item.news.url, item.lines.get("news.url", item.news.line or item.line_of("news")), " in the news link"
        if item.event:
            yield item.event.url, item.lines.get("event.url", item.event.line or item.line_of("event")), " in the event link"
    yield item.path, 1, " in the file name"


@rule("PHI014", "invisible-character", serves="privacy", severity=Severity.ERROR, scope="document")
def invisible_character(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """An invisible character hidden in published text.

    What it flags:
        Zero-width spaces and joiners, word joiners, soft hyphens, bidi
        controls, byte-order marks, tag characters, variation selectors,
        Hangul fillers and every other format or default-ignorable character
        in any text a post or response publishes: body, title, variants, alt
        text, tags, event fields, links, media file names and the file name.
        One finding per word, naming each character. These pass: the joiners
        and selectors inside an emoji ("👩‍⚕️", "❤️", "1️⃣", a subdivision
        flag), the joiners between letters of scripts that need them
        (Persian, Hindi ...), ideographic variation selectors after a Chinese
        character, and direction marks in right-to-left text.

    Why:
        An invisible character splits "Jane" or "312-555-0147" for a
        program while a reader still sees the name or the number. The privacy
        checks see through them (they read folded text), but the published
        copy still carries them: they defeat other filters, break search and
        copy-paste, and make screen readers stumble. Nothing in a post needs
        them, so they are removed rather than trusted.

    Examples:
        Triggers: `Congrats to Ja\\u200bne Doe!` (a zero-width space, U+200B, inside the name)
        Triggers: `Call 312\\u2060-555-0147.` (a word joiner, U+2060, inside a phone number)
        Passes: `Our team 👩‍⚕️ says thank you ❤️`
    """
    for raw, line, label in _published_raw(item):
        for offset, word, hidden in _hidden(raw):
            codes = list(dict.fromkeys(word[i] for i in hidden))
            names = ", ".join(f"U+{ord(c):04X} ({unicodedata.name(c, 'format character').lower()})" for c in codes)
            shown = INVISIBLE.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", word)
            yield Hit(
                f"Remove the invisible character{'s' if len(codes) > 1 else ''} {names} from '{clip(shown, 80)}'{label}: "
                "hidden characters can slip a name or a number past a reader's eye and other filters, and break search, copy and screen readers",
                line + raw.count("\n", 0, offset),
                column(raw, offset) if label == "" else 0,
                "Retype the word, or paste it as plain text. The joiners and selectors inside an emoji are fine.",
            )
