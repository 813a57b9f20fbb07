"""Previews per channel: the copy each channel gets (its variant, if any), the way the channel shows it.

For each channel of a post: the exact text that goes out (`Post.copy_for`),
cut into plain text, hashtags and links so the page can show them as the
channel does; where the feed folds the text behind "… more"; and the media
with their alt text. Only text and data come out of here: the markup is
templates/previews.html.j2, where everything is escaped.

The fold is where a phone's feed stops and shows "… more"; it and the way each
channel shows links are columns of the channel table (`playbook.channels`).
"""

from __future__ import annotations

import posixpath
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from ..channels import CHANNELS
from ..check import Report
from ..layout import CONTENT_DIR, src_uri
from ..limits import link_spans, measure
from ..model import Media, Post
from ..text import HASHTAG
from .labels import channel_label
from .render import relative_url

IMAGE_TYPES = {"jpg", "jpeg", "png", "gif", "webp", "avif"}


@dataclass(frozen=True)
class Piece:
    kind: str  # text | hashtag | link
    text: str  # what the channel shows
    title: str = ""  # the full link, when the channel shows it shortened


@dataclass(frozen=True)
class Preview:
    channel: str
    label: str
    variant: bool
    before: tuple[Piece, ...]  # what shows before the fold (everything when there is none)
    after: tuple[Piece, ...]  # what hides behind "… more"
    fold: int | None
    count: int
    limit: int | None
    links: str  # how this channel shows links, in words ('' when the copy has none)

    @property
    def over(self) -> bool:
        return self.limit is not None and self.count > self.limit


@dataclass(frozen=True)
class Thumb:
    media: Media
    src: str  # relative URL of the image on the site, '' when the file is not in the docs folder


def fold_at(text: str, channel: str) -> int | None:
    """Index where the channel's feed cuts `text` (at a word boundary), or None when all of it shows."""
    row = CHANNELS.get(channel)
    limit = row.fold if row else None
    if limit is None:
        return None
    cut = None
    if len(text) > limit:
        space = text.rfind(" ", max(0, limit - 30), limit + 1)
        cut = space if space > 0 else limit  # one long word is cut where it is
    lines = row.fold_lines
    if lines:
        newline = -1
        for _ in range(lines):
            newline = text.find("\n", newline + 1)
            if newline == -1:
                break
        if newline != -1 and text[newline:].strip() and (cut is None or newline < cut):
            cut = newline
    return cut


def _shown_link(url: str, channel: str) -> Piece:
    row = CHANNELS.get(channel)
    if row is not None and row.link_width:
        bare = url.split("://", 1)[-1]
        bare = bare[4:] if bare.lower().startswith("www.") else bare
        width = row.link_width
        return Piece("link", bare if len(bare) <= width else bare[: width - 1] + "…", url)
    return Piece("dead-link" if row is not None and not row.links_clickable else "link", url)


def pieces(text: str, channel: str) -> list[tuple[int, int, Piece]]:
    """(start, end, piece) covering `text`: hashtags and links marked, the rest plain."""
    links = sorted(link_spans(text, bare_domains=channel == "x"))
    marks = [(s, e, "link") for s, e in links]
    ends = [e for _, e in links]
    for match in HASHTAG.finditer(text):
        # a link wins where they overlap; only the first link ending after the tag starts can overlap it
        # (links do not overlap one another), so one bisection keeps this linear
        index = bisect_right(ends, match.start())
        if index < len(links) and links[index][0] < match.end():
            continue
        marks.append((match.start(), match.end(), "hashtag"))
    marks.sort()
    out, position = [], 0
    for start, end, kind in marks:
        if start > position:
            out.append((position, start, Piece("text", text[position:start])))
        piece = _shown_link(text[start:end], channel) if kind == "link" else Piece("hashtag", text[start:end])
        out.append((start, end, piece))
        position = end
    if position < len(text):
        out.append((position, len(text), Piece("text", text[position:])))
    return out


def _split(parts: list[tuple[int, int, Piece]], cut: int | None) -> tuple[tuple[Piece, ...], tuple[Piece, ...]]:
    if cut is None:
        return tuple(p for _, _, p in parts), ()
    before, after = [], []
    for start, end, piece in parts:
        if end <= cut:
            before.append(piece)
        elif start >= cut:
            after.append(piece)
        elif piece.kind == "text":
            before.append(Piece("text", piece.text[: cut - start]))
            after.append(Piece("text", piece.text[cut - start :]))
        else:  # a link or hashtag the fold runs through: the feed shows it after "more"
            after.append(piece)
    return tuple(before), tuple(after)


def link_words(channel: str) -> str:
    """How the channel shows the links in a post, in words ('' when it shows them as written)."""
    row = CHANNELS.get(channel)
    if row is None:
        return ""
    if not row.links_clickable:
        return f"Links in a caption cannot be clicked on {row.label}: put the address in the bio or say where to find it."
    if row.link_width:
        return "Links show shortened" + (f" and count as {row.url_weight} characters each." if row.url_weight else ".")
    return ""


def preview(post: Post, channel: str, report: Report) -> Preview:
    text = post.copy_for(channel)
    overrides = report.thresholds.get("CH001", {})
    used, limit = measure(channel, text, overrides)
    parts = pieces(text, channel)
    cut = fold_at(text, channel)
    before, after = _split(parts, cut)
    has_links = any(p.kind in ("link", "dead-link") for _, _, p in parts)
    return Preview(
        channel,
        channel_label(channel),
        channel in post.variants,
        before,
        after,
        CHANNELS[channel].fold if cut is not None else None,
        used,
        limit,
        link_words(channel) if has_links else "",
    )


def image_source(media: Media, post: Post, root: Path, src: str) -> str:
    """Relative URL of a media file that lies in the docs folder (beside the post, or from its root), else ''.

    Only plain relative paths to image files are shown: no address outside the
    site (nothing loads from a third party), no path out of the docs folder.
    """
    name = media.file.replace("\\", "/")
    if "://" in name or name.startswith(("/", "~")) or name.rsplit(".", 1)[-1].lower() not in IMAGE_TYPES:
        return ""
    docs = (root / CONTENT_DIR).resolve()
    folder = posixpath.dirname(src_uri(post.path))
    for candidate in (posixpath.normpath(posixpath.join(folder, name)), posixpath.normpath(name)):
        if candidate.startswith("../") or candidate == "..":
            continue
        try:
            path = (docs / candidate).resolve()
            if path.is_file() and path.is_relative_to(docs):
                return relative_url(candidate, src)
        except (OSError, ValueError):  # a name no file system accepts (a NUL byte, too long): no preview
            continue
    return ""


def image_sources(post: Post, report: Report) -> tuple[str, ...]:
    """`image_source` of each of the post's media, in order."""
    src, root = src_uri(post.path), Path(report.corpus.root)
    return tuple(image_source(m, post, root, src) for m in post.media)


def previews(post: Post, report: Report) -> dict:
    thumbs = [Thumb(m, source) for m, source in zip(post.media, image_sources(post, report))]
    return {"channels": [preview(post, c, report) for c in post.channels], "media": thumbs}
