"""What the site renders from content is made safe here, whatever the checks said.

The SEC rules refuse markup in content, but the site must not depend on them:
a rule can miss a trick, and under `mkdocs serve` nothing aborts. So every
page goes through three steps, called from the MkDocs glue:

- `public_markdown`: team notes (`<!-- ... -->`, model.NOTES) leave the page
  source before rendering, as they leave the copies and feeds;
- `escape_meta`: front matter is text, but MkDocs and Material print page
  titles (and Material's search index stores titles and tags) as HTML, so
  every front-matter string is HTML-escaped once, before anything reads it;
- `clean_page`: the rendered page HTML goes through nh3 (Ammonia) with an
  allow-list of what our templates, Python-Markdown's extensions and
  Material's styles use: no script, no event handlers, no `javascript:` or
  `data:` URLs, no comments, and `style` only for table cell alignment.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Iterable

import nh3

from ..model import NOTES

_TEXT = {
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "cite",
    "code",
    "del",
    "dfn",
    "em",
    "i",
    "ins",
    "kbd",
    "mark",
    "q",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "time",
    "u",
    "var",
    "wbr",
}
_BLOCKS = {"div", "p", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "details", "summary", "figure", "figcaption", "section", "nav", "img"}
_TABLES = {"table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td"}
_SVG = {"svg", "title", "desc", "defs", "pattern", "g", "rect", "line", "circle", "ellipse", "path", "polyline", "polygon", "text", "tspan"}
TAGS = _TEXT | _BLOCKS | _TABLES | _SVG | {"button"}  # button: the library's copy button

# The parser gives SVG attributes their camelCase names; both spellings are listed.
ATTRIBUTES = {
    "*": {"id", "class", "title", "role", "lang", "dir", "tabindex", "hidden"},
    "a": {"href", "rel", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},
    "ol": {"start", "reversed"},
    "time": {"datetime"},
    "del": {"datetime", "cite"},
    "ins": {"datetime", "cite"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "details": {"open", "data-search-exclude"},
    "th": {"scope", "colspan", "rowspan", "headers", "style"},
    "td": {"colspan", "rowspan", "headers", "style"},
    "col": {"span"},
    "colgroup": {"span"},
    # Read by playbook_glue/theme/assets/javascripts/playbook.js; inert data, never a URL or a handler.
    "button": {"type", "data-copy-target", "data-filter", "data-value"},
    "li": {"data-channel", "data-status", "data-guideline", "data-author"},
    "section": {"data-platform", "data-scenario"},
    "div": {"data-search-exclude"},  # Material's search skips the previews (the copy is indexed once)
    "ul": {"data-search-exclude"},
    "p": {"data-search-exclude"},
    "svg": {"viewBox", "viewbox", "width", "height", "xmlns", "font-size", "preserveAspectRatio", "preserveaspectratio"},
    "pattern": {"patternUnits", "patternunits", "width", "height", "x", "y"},
    "g": {"transform"},
    "rect": {"x", "y", "width", "height", "rx", "ry", "fill"},
    "line": {"x1", "y1", "x2", "y2"},
    "circle": {"cx", "cy", "r"},
    "ellipse": {"cx", "cy", "rx", "ry"},
    "path": {"d"},
    "polyline": {"points"},
    "polygon": {"points"},
    "text": {"x", "y", "dx", "dy", "text-anchor"},
    "tspan": {"x", "y", "dx", "dy"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel", "webcal"}  # webcal: the subscribe page
# Dropped with everything inside them (the rest lose their tags and keep their text).
DROPPED = {"script", "style", "template", "noscript", "iframe", "object", "embed", "applet", "frameset", "noframes", "noembed", "xmp", "textarea", "select", "math"}


@functools.lru_cache(maxsize=1)
def _cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=TAGS,
        clean_content_tags=DROPPED,
        attributes=ATTRIBUTES,
        generic_attribute_prefixes={"aria-"},
        url_schemes=URL_SCHEMES,
        filter_style_properties={"text-align"},  # the tables extension aligns columns with style
        link_rel=None,  # keep our own rel="prev"/"next"; no script can open a window from here
        strip_comments=True,
    )


def public_markdown(markdown: str) -> str:
    """A page's Markdown without the team's notes."""
    return NOTES.sub("", markdown)


def escape_meta(value):
    """Front matter with every string HTML-escaped (keys and non-text values unchanged).

    `"` too, for Material's `<meta name="description" content="...">`; `'` stays,
    since no theme attribute uses single quotes and the search index keeps "What's".
    """
    if isinstance(value, str):
        return html.escape(value, quote=False).replace('"', "&quot;")
    if isinstance(value, dict):
        return {key: escape_meta(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [escape_meta(item) for item in value]
    return value


def clean_html(fragment: str) -> str:
    return _cleaner().clean(fragment)


def clean_page(content: str, toc: Iterable = ()) -> str:
    """The page's HTML through the allow-list; the table of contents' titles too (Material prints them raw)."""
    for item in _walk(toc):
        item.title = nh3.clean(str(item.title), tags=set())
    return clean_html(content)


def _walk(items: Iterable):
    for item in items:
        yield item
        yield from _walk(getattr(item, "children", ()))
