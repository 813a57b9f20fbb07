"""Our own HTML kept out of Markdown: a placeholder paragraph goes through Python-Markdown, the HTML replaces it after.

With md_in_html, Python-Markdown runs every raw HTML block through its pure-Python
HTML parser only to hand it back unchanged: a post's card and previews (~10 KB a
page), a calendar month (~100 KB at two thousand posts). So the build adds its
own HTML after Markdown (MkDocs' on_page_content): a post's card and a reply
block are put in front of the page's HTML, and the HTML blocks of generated
Markdown (calendar, library, report, needs action) are lifted out here and put
back once Markdown is done. Either way the page then goes through the sanitiser.

Some HTML the page shows but search need not read (a calendar's grid lists each
post again; the post's own page is the search result): a `late` slot becomes an
empty marker when the page is filled and gets its HTML only once Material's
search has indexed the page (`late`).

A token is `pbslot<nonce>n<number>` (`l<number>` when late): letters and digits,
which Markdown leaves alone, with a nonce drawn per build so no content file can
name one.
"""

from __future__ import annotations

import re
import secrets
import zlib

# The tags Python-Markdown opens a raw HTML block with (markdown.util.BLOCK_LEVEL_ELEMENTS, less the
# ones it never sees at the start of one of our lines); the same rule as md_in_html: at a line's start.
BLOCK_TAGS = [
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "dialog",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
]
VOID = {"hr"}
_START = re.compile(r"^<(" + "|".join(BLOCK_TAGS) + r")(?=[\s/>])", re.MULTILINE)


class Slots:
    """HTML set aside under tokens: `hold` or `lift` before Markdown, `fill` after it."""

    def __init__(self, nonce: str | None = None):
        self.nonce = nonce or secrets.token_hex(8)
        # As UTF-8 (as text, one curly quote doubles a block's size; an emoji, four bytes a character), and a late
        # block deflated too: it waits from the first page read to its page's turn, a whole calendar's grids at once.
        self._held: dict[str, bytes] = {}
        self._count = 0
        self._token = re.compile(rf"<p>(pbslot{self.nonce}[nl]\d+)</p>|(pbslot{self.nonce}[nl]\d+)")
        self._marker = re.compile(rf'<div id="(pbslot{self.nonce}l\d+)"></div>')

    def holds(self, text: str) -> bool:
        """Whether `text` holds one of this build's tokens (its nonce is fresh each build)."""
        return f"pbslot{self.nonce}" in text

    def hold(self, html: str, late: bool = False) -> str:
        """A token paragraph for `html` (blank lines around it, so it is a paragraph of its own)."""
        self._count += 1
        token = f"pbslot{self.nonce}{'l' if late else 'n'}{self._count}"
        data = html.encode("utf-8", "surrogatepass")
        self._held[token] = zlib.compress(data, 1) if late else data
        return f"\n\n{token}\n\n"

    def lift(self, markdown: str, late: bool = False) -> str:
        """Generated Markdown with each top-level HTML block held: only its headings and text stay for Markdown.

        A block starts where Python-Markdown starts one (a block-level tag at a
        line's start) and ends with the line of its matching end tag. Our
        templates escape every `<` of content, so counting the block's own tag
        finds that end; a block without one stays where it is, for Markdown.
        """
        out: list[str] = []
        pos = 0
        while (start := _START.search(markdown, pos)) is not None:
            end = _block_end(markdown, start.start(), start.group(1))
            if end is None:
                break
            out += [markdown[pos : start.start()], self.hold(markdown[start.start() : end], late)]
            pos = end
        out.append(markdown[pos:])
        return "".join(out)

    def fill(self, html: str) -> str:
        """The page's HTML with each token's HTML back in its place (a token is used once); late ones leave a marker."""
        if not self._held:
            return html
        return self._token.sub(self._filled, html)

    def _filled(self, match: re.Match) -> str:
        token = match.group(1) or match.group(2)
        if self._late(token):
            return f'<div id="{token}"></div>' if token in self._held else ""
        return self._taken(token)

    def _late(self, token: str) -> bool:
        return token[len("pbslot") + len(self.nonce)] == "l"

    def _taken(self, token: str) -> str:
        data = self._held.pop(token, b"")
        return (zlib.decompress(data) if data and self._late(token) else data).decode("utf-8", "surrogatepass")

    def late(self, html: str, clean=lambda html: html) -> str | None:
        """The page with its late HTML (through `clean`) where the markers stand; None when it has none."""
        if not self._held or self._marker.search(html) is None:
            return None
        return self._marker.sub(lambda m: clean(self._taken(m.group(1))), html)


def _block_end(text: str, start: int, tag: str) -> int | None:
    """Where the raw block opened at `start` ends: the end of the line holding its matching end tag."""
    if tag in VOID:
        found = re.compile(r"\n|\Z").search(text, start)
        return found.start()
    depth = 0
    for found in re.compile(rf"<(/?){tag}(?=[\s/>])[^>]*>").finditer(text, start):
        if found.group(1):
            depth -= 1
        elif not found.group(0).endswith("/>"):
            depth += 1
        if depth == 0:
            newline = text.find("\n", found.end())
            return len(text) if newline < 0 else newline
    return None


class _Raw:
    """No slots: the HTML stays in the Markdown as a raw block (what callers outside a build, and tests, read)."""

    def hold(self, html: str) -> str:
        return f"\n\n{html}\n\n"

    def lift(self, markdown: str) -> str:
        return markdown

    def fill(self, html: str) -> str:
        return html


RAW = _Raw()
