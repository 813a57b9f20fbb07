"""How each channel counts a post, and how long it may be there.

The numbers live in the channel table (`playbook.channels`); this module counts.
The CH rules use it to flag copy that a channel would cut or refuse; the site's
post card uses `measure()` to show the count of the copy against each channel's
limit.

Counting styles:

- ``weighted`` (X): the text is NFC-normalised; each URL counts as
  `url_weight` (23) whatever its length; an emoji (a whole grapheme cluster:
  a skin tone, a family or a flag is still one emoji) weighs 2; any other code
  point weighs 1 in the Latin and common ranges X lists (U+0000-U+10FF,
  U+2000-U+200D, U+2010-U+201F, U+2032-U+2037) and 2 elsewhere (CJK,
  symbols, and so on). This is twitter-text's version 3 configuration.
- ``graphemes`` (Bluesky, Mastodon): user-perceived characters (`regex`'s
  ``\\X``), so an emoji with a skin tone counts once.
- ``chars``: Unicode code points after NFC normalisation.

Every per-channel number is only a default: practices override the character
limits through CH001's thresholds (``thresholds: {CH001: {x: 280}}``), the
hashtag caps through CH002's and the link caps through CH004's; pass such a
mapping as `overrides` to `limit_for()` and `measure()`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Mapping

import regex

from .channels import CHANNELS, Channel
from .text import urls

COUNTINGS = ("weighted", "graphemes", "chars")


# X's weighting: code points in these ranges weigh 1, all others 2.
_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))

_GRAPHEME = regex.compile(r"\X")
# A grapheme that shows as an emoji: one led by an emoji-presentation character
# (this includes skin tones and ZWJ families), a text symbol turned into an emoji
# by U+FE0F, a keycap (1️⃣), a flag (a pair of regional indicators) or a
# pictograph of the emoji planes (the enclosed letters U+1F100-U+1F1FF excepted).
_EMOJI = regex.compile(r"\p{Emoji_Presentation}|\p{Regional_Indicator}|[\p{Emoji}\p{Extended_Pictographic}]\uFE0F|\u20E3|[\U0001F000-\U0001F0FF\U0001F200-\U0001FAFF]")
# X links bare domains too when their top-level domain is a real one.
_BARE_DOMAIN = re.compile(
    r"(?<![@\w./:-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|gov|edu|info|biz|io|co|us|ly|me|app|health|care|clinic|uk|ca|de)\b(?:/[^\s<>()\"']*)?",
    re.IGNORECASE,
)


def graphemes(text: str) -> list[str]:
    """User-perceived characters: a flag, a family emoji or 'é' is one each."""
    return _GRAPHEME.findall(text)


def is_emoji(grapheme: str) -> bool:
    """True when a grapheme cluster displays as an emoji."""
    return bool(_EMOJI.search(grapheme))


def _weight(code_point: int) -> int:
    return 1 if any(low <= code_point <= high for low, high in _LIGHT_RANGES) else 2


# Any code point outside X's light ranges; every emoji holds one (a presentation character, U+FE0F, U+20E3 or a pictograph).
_HEAVY = re.compile("[^" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _LIGHT_RANGES) + "]")


@functools.lru_cache(maxsize=1 << 12)
def _cluster_weight(cluster: str) -> int:
    """X's weight of one grapheme cluster; remembered, since a text repeats the same few clusters."""
    return 2 if is_emoji(cluster) else sum(_weight(ord(ch)) for ch in cluster)


def _count_plain(text: str, counting: str) -> int:
    if counting == "chars":
        return len(text)
    if counting == "weighted" and _HEAVY.search(text) is None:
        return len(text)  # only light code points and so no emoji: each weighs 1
    clusters = graphemes(text)
    if counting == "graphemes":
        return len(clusters)
    return sum(map(_cluster_weight, clusters))


def link_spans(text: str, *, bare_domains: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each link in `text`: http(s):// and www. addresses, optionally bare domains."""
    found = [(offset, offset + len(url)) for url, offset in urls(text)]
    if bare_domains:
        starts = [start for start, _ in found]  # in order, never overlapping: only the last one before can hold it
        for match in _BARE_DOMAIN.finditer(text):
            start, end = match.start(), match.start() + len(match.group(0).rstrip(".,;:!?"))
            before = bisect_right(starts, start) - 1
            if before < 0 or start >= found[before][1]:
                found.append((start, end))
    return sorted(found)


@functools.lru_cache(maxsize=1 << 16)  # CH001, the post card and its previews measure the same copy
def count(text: str, counting: str = "chars", url_weight: int | None = None) -> int:
    """Length of `text` the way a channel with this counting style measures it."""
    if counting not in COUNTINGS:
        raise ValueError(f"unknown counting {counting!r}; use one of {', '.join(COUNTINGS)}")
    text = unicodedata.normalize("NFC", text)
    if url_weight is None:
        return _count_plain(text, counting)
    total, position = 0, 0
    for start, end in link_spans(text, bare_domains=counting == "weighted"):
        total += _count_plain(text[position:start], counting) + url_weight
        position = end
    return total + _count_plain(text[position:], counting)


def limit_for(channel: str, overrides: Mapping[str, object] | None = None) -> Channel | None:
    """The channel's row, with `overrides` (channel -> max characters, as in CH001's thresholds) applied."""
    limit = CHANNELS.get(channel)
    if limit is None:
        return None
    value = (overrides or {}).get(channel)
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        limit = dataclasses.replace(limit, max_chars=value)
    return limit


def measure(channel: str, text: str, overrides: Mapping[str, object] | None = None) -> tuple[int, int | None]:
    """(count, limit) of `text` on `channel`; an unknown channel counts characters and has no limit."""
    limit = limit_for(channel, overrides)
    if limit is None:
        return count(text), None
    return count(text, limit.counting, limit.url_weight), limit.max_chars
