"""Jinja2 rendering for generated pages: the markup lives in templates/, not in Python strings."""

from __future__ import annotations

import functools
import posixpath
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

# What Python-Markdown (with the site's extensions) or HTML could read as syntax in a line of text:
# links and images, emphasis, code, attribute lists, headings, tables, tags and references, quotes.
_MARKDOWN_SYNTAX = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#!|~<>&\"'"}
_MARKDOWN_SYNTAX.update({"\n": " ", "\r": " ", "\t": " "})  # a line break could end the block it sits in
_MARKDOWN_TABLE = str.maketrans(_MARKDOWN_SYNTAX)


def markdown_text(text) -> Markup:
    """Content as literal text inside generated Markdown (or HTML): no character of it can act as syntax.

    Backslash escapes are not enough (a backslash in the content escapes our
    backslash: `Tips\\](javascript:...)`), and they do not work inside raw HTML
    blocks; character references work in both and read the same on the page.
    """
    return Markup(str(text).translate(_MARKDOWN_TABLE))


@functools.lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("playbook.site", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["rel"] = relative_url
    env.filters["md"] = markdown_text
    env.filters["src"] = source_link
    return env


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)


def page_url(src_uri: str) -> str:
    """Site path of a page built from `src_uri` with MkDocs' directory URLs: a/b.md -> a/b/, a/index.md -> a/."""
    if not src_uri.endswith(".md"):
        return src_uri
    stem = src_uri[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def relative_url(target: str, from_page: str) -> str:
    """Link from the page built from `from_page` (a src uri) to `target` (a site path, or a .md src uri)."""
    target_url = page_url(target) if target.endswith(".md") else target
    base = page_url(from_page)
    base_dir = base if base.endswith("/") else posixpath.dirname(base) + "/"
    relative = posixpath.relpath("/" + target_url, "/" + base_dir)
    if target_url.endswith("/") and not relative.endswith("/"):
        relative += "/"
    # Quoted as MkDocs quotes page URLs, so a file name cannot close a Markdown link or an attribute.
    return "./" if relative in (".", "./") else quote(relative, safe="/")


def source_link(target: str, from_page: str) -> str:
    """A Markdown link from the page built from `from_page` to the source file `target` (both src uris).

    MkDocs resolves links to `.md` files itself (and warns when one is broken),
    so generated Markdown links to sources, never to built URLs.
    """
    relative = posixpath.relpath("/" + target, "/" + posixpath.dirname("/" + from_page).lstrip("/"))
    return quote(relative, safe="/")
