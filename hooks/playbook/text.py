"""Text helpers shared by rules: where a match sits, which texts an item carries, links and tags."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator
from urllib.parse import urlsplit

from .model import Plans, Post, ResponseTemplate

URL = re.compile(r"""(?:https?://|www\.)[^\s<>()"'\]]+""", re.IGNORECASE)
# A bare domain such as example.com or shop.example.co.uk, not part of an email or URL.
DOMAIN = re.compile(r"(?<![@\w./-])(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|info|biz|io|co|us|health|care|clinic|test|uk|ca|de|app|me)\b(?![@\w-])", re.IGNORECASE)
HASHTAG = re.compile(r"(?<![\w#&])#(\w[\w]*)", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?:\s+|$)")


@dataclass(frozen=True)
class Span:
    """A piece of text from one field, and the file line its first character sits on."""

    text: str
    line: int
    field: str  # "body", "title", "variants.x", "media[1].alt" ...

    def line_at(self, offset: int) -> int:
        return self.line + self.text.count("\n", 0, offset)


def spans(item: Post | ResponseTemplate) -> Iterator[Span]:
    """Every human-written text of a post or response, with its location (body first)."""
    yield Span(item.body, item.body_line, "body")
    yield Span(item.title, item.line_of("title"), "title")
    for tag in item.tags:
        yield Span(tag, item.line_of("tags"), "tags")
    if isinstance(item, Post):
        for channel, copy in item.variants.items():
            yield Span(copy, item.lines.get(f"variants.{channel}", item.line_of("variants")), f"variants.{channel}")
        for index, media in enumerate(item.media, start=1):
            yield Span(media.alt, media.line or item.line_of("media"), f"media[{index}].alt")
            yield Span(media.file, media.line or item.line_of("media"), f"media[{index}].file")
        if item.event:
            yield Span(item.event.name, item.event.line or item.line_of("event"), "event.name")
            yield Span(item.event.location, item.event.line or item.line_of("event"), "event.location")


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


def sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", strip_markdown(text)).strip()
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", text)


def strip_markdown(text: str) -> str:
    """Plain words for readability and counts: drop comments, links' targets, emphasis marks."""
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[*_`>#]+(?=\S)|(?<=\S)[*_`]+", "", text)
    return text


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern:
    """One case-insensitive, word-bounded pattern for a list of phrases (Vale's 'existence')."""
    parts = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
