"""A rule page's HTML from Markdown, kept between builds: MkDocs converts each page on every build, and the rules
reference (a hundred pages of documentation the engine writes) took about a tenth of a warm build.

What MkDocs' Page.render leaves on a page is kept with its HTML (its table of contents, the anchors other pages
may link to, the title its first heading gives) and put back when the page is given no Markdown to convert. The
key is the page's Markdown, its address, MkDocs' Markdown settings and the versions of what converts it, and the
address of every file of the site (a link's target). MkDocs checks links to anchors once every page is made, from
what Page.render found: those are kept with the page too, by the address of the file they point into.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata

from mkdocs.structure.toc import get_toc

_FORMAT = "rendered page 1"  # what is kept beside the HTML: change it with html_for's facts
_CONVERTERS = ("markdown", "pymdown-extensions", "mkdocs", "mkdocs-material", "pygments")
_PENDING = "render"  # _state: src uri -> (markdown, context) of a page rendered afresh this build, or the kept HTML


def markdown_for(page, markdown: str, config, files, state: dict) -> str:
    """The Markdown MkDocs should convert: "" for a page whose HTML is kept (restored by `html_for`)."""
    session, src = state.get("session"), page.file.src_uri
    if session is None or not session.keeps_render(src) or (context := _context(config, files, state)) is None:
        return markdown
    inputs = (f"{page.url}\0{markdown}", context)
    kept = session.kept_render(src, *inputs)
    pending = state.setdefault(_PENDING, {})
    if kept is None:
        pending[src] = inputs
        return markdown
    facts = _facts(kept[1])
    if facts is None:  # kept by another version of this module, or damaged: made again
        pending[src] = inputs
        return markdown
    pending[src] = (kept[0], facts)
    return ""


def _facts(data: bytes) -> dict | None:
    """What was kept beside a page's HTML, when it has the shape html_for keeps."""
    try:
        facts = json.loads(data)
    except ValueError:
        return None
    shape = {"toc": list, "title": (str, type(None)), "anchors": list, "links": (dict, type(None))}
    if not isinstance(facts, dict) or set(facts) != set(shape) or not all(isinstance(facts[key], kind) for key, kind in shape.items()):
        return None
    return facts


def html_for(page, html: str, files, state: dict) -> str:
    """The page's HTML from Markdown: kept, with what Page.render would have set, or just made (and kept)."""
    entry = state.get(_PENDING, {}).pop(page.file.src_uri, None)
    if entry is None:
        return html
    first, second = entry
    if isinstance(second, dict):  # kept: put back what rendering its Markdown sets on a page
        page.toc = get_toc(second["toc"])
        page._title_from_render = second["title"]
        page.present_anchor_ids = set(second["anchors"])
        if second["links"] is not None:  # links to anchors, checked once every page is made (the key holds every file)
            targets = {uri: files.get_file_from_path(uri) for uri in second["links"]}
            page.links_to_anchors = {targets[uri]: dict(links) for uri, links in second["links"].items() if targets[uri] is not None}
        return first
    links = getattr(page, "links_to_anchors", None)
    kept_links = None if links is None else {file.src_uri: sorted(anchors.items()) for file, anchors in links.items()}
    facts = {"toc": [_token(item) for item in page.toc], "title": page._title_from_render, "anchors": sorted(page.present_anchor_ids), "links": kept_links}
    state["session"].keep_render(page.file.src_uri, first, second, html, json.dumps(facts).encode("utf-8"))
    return html


def _token(item) -> dict:
    """A table of contents' entry as Markdown's toc extension gives it to MkDocs' get_toc."""
    return {"name": item.title, "id": item.id, "level": item.level, "children": [_token(child) for child in item.children]}


def _context(config, files, state: dict) -> bytes | None:
    """What every kept page's HTML depends on besides its Markdown, once per build (None: no memo)."""
    if "render_context" not in state:
        session = state["session"]
        if session.memo is None or not all(isinstance(name, str) for name in config["markdown_extensions"]):
            state["render_context"] = None  # an extension given as an object: its settings are not in its name
        else:
            settings = json.dumps([config["markdown_extensions"], config["mdx_configs"], config["use_directory_urls"]], sort_keys=True, default=_named)
            versions = [_version(name) for name in _CONVERTERS]
            addresses = sorted(f"{file.src_uri}\0{file.url}" for file in files)
            parts = [_FORMAT, settings, *versions, *addresses]
            state["render_context"] = hashlib.blake2b("\n".join(parts).encode("utf-8", "surrogatepass"), digest_size=20).digest()
    return state["render_context"]


def _named(value) -> str:
    """A setting JSON cannot hold (a function: an emoji index, a slugify) by its name, the same in every build."""
    kind = value if callable(value) else type(value)
    return f"{getattr(kind, '__module__', '')}.{getattr(kind, '__qualname__', repr(kind))}"


def _version(name: str) -> str:
    try:
        return f"{name} {metadata.version(name)}"
    except metadata.PackageNotFoundError:
        return f"{name} none"
