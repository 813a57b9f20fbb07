"""The tests' oracle for "would this run in a browser?": script-like elements, handlers, unsafe URLs.

Independent of the engine's detector (playbook/markup.py) on purpose: it reads
HTML with the standard library's parser, the way a browser reads attributes
(references decoded, tabs and line breaks dropped from URLs).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# The Markdown extensions mkdocs.yml turns on: what the site renders copy with.
EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc", "pymdownx.details", "pymdownx.superfences"]
ACTIVE = {"script", "iframe", "frame", "object", "embed", "applet", "svg", "math", "form", "base", "meta", "link", "style", "template", "portal"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcdoc", "cite", "ping", "srcset"}
UNSAFE_URL = re.compile(r"^[\x00-\x20]*(?:javascript|vbscript|livescript|mocha|data):", re.IGNORECASE)
ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.DOTALL)


class _Live(HTMLParser):
    def __init__(self, active: set[str]):
        super().__init__()
        self.active = active
        self.found: list[str] = []
        self._script: list[str] | None = None
        self.scripts: list[str] = []  # the text of every script element

    def handle_starttag(self, tag, attrs):
        if tag in self.active:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if re.fullmatch(r"on[a-z]+", name):  # an event handler (not `on:`, a key in our own text)
                self.found.append(f"{name}= on <{tag}>")
            if name in URL_ATTRIBUTES and value and UNSAFE_URL.match(re.sub(r"[\t\n\r]", "", value)):
                self.found.append(f"{name}={value!r} on <{tag}>")
        if tag == "script":
            self._script = [repr(attrs)]

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self._script = None

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)


def live_in(html: str, active: set[str] = ACTIVE) -> list[str]:
    """Everything in `html` that would run or load something: elements, handlers, unsafe URLs."""
    parser = _Live(active)
    parser.feed(html)
    parser.close()
    return parser.found


def live_in_page(html: str, marker: str = "alert(") -> list[str]:
    """A whole built page: the theme's own scripts and links are fine, nothing from content may run.

    The page content (Material's article) is held to `live_in`; the rest of the
    page (title, header, navigation, table of contents) to "no handler, no unsafe
    URL, no script that carries the attacks' marker, no frame".
    """
    parser = _Live({"iframe", "frame", "object", "embed", "applet", "portal"})
    parser.feed(html)
    parser.close()
    found = parser.found + [f"script with {marker!r}" for s in parser.scripts if marker in s]
    for article in ARTICLE.findall(html):  # the report's charts are inline SVG: drawing, not running
        found += [f"in the content: {item}" for item in live_in(article, ACTIVE - {"svg"})]
    return found
