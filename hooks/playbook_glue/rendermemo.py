"""A page's HTML from Markdown, kept between builds: MkDocs converts every page on every build, and converting the
posts and the rules reference was about a fifth of a warm build of 2,000 posts.

What MkDocs' Page.render leaves on a page is kept with its HTML (its table of contents, the anchors other pages
may link to, the title its first heading gives, the links to anchors MkDocs checks once every page is made, by
the address of the file they point into, and the lines it logged, a broken link's warning among them: logged
again from a kept page, so --strict counts them alike) and put back when the page is given no Markdown to convert.
The key is the page's Markdown, its address, MkDocs' Markdown settings and the versions of what converts it, and
the address of every file of the site (a link's target). Only where no plugin but search and ours reads or
changes a page: another plugin may depend on what the Markdown says on every build. Our sanitiser still reads
every page's HTML afterwards.
"""

from __future__ import annotations

import hashlib
import json
import logging
from importlib import metadata

from mkdocs.structure.toc import get_toc

_FORMAT = "rendered page 2"  # what is kept beside the HTML: change it with html_for's facts
_CONVERTERS = ("markdown", "pymdown-extensions", "mkdocs", "mkdocs-material", "pygments")
_PENDING = "render"  # _state: src uri -> (markdown, context) of a page rendered afresh this build, or the kept HTML
_LOGGERS = ("mkdocs.structure.pages", "MARKDOWN")  # where Page.render and Markdown log while converting a page
_OURS = ("search", "material/search")  # plugins that read a page only once it is made
_EVENTS = ("on_page_markdown", "on_page_content", "on_page_context", "on_post_page", "on_page_read_source")


class _Lines(logging.Handler):
    """The lines logged while one page converts (attached once per process, listening only while asked)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.lines is not None:
            self.lines.append([record.name, record.levelno, record.getMessage()])


_LINES = _Lines()
for _name in _LOGGERS:
    logging.getLogger(_name).addHandler(_LINES)


def markdown_for(page, markdown: str, config, files, state: dict) -> str:
    """The Markdown MkDocs should convert: "" for a page whose HTML is kept (restored by `html_for`)."""
    _LINES.lines = None
    session, src = state.get("session"), page.file.src_uri
    url = getattr(page, "url", None)  # a page MkDocs made has one
    if not markdown or url is None or session is None or not session.keeps_render(src) or (context := _context(config, files, state)) is None:
        return markdown
    inputs = (f"{url}\0{markdown}", context)
    kept = session.kept_render(src, *inputs)
    pending = state.setdefault(_PENDING, {})
    facts = None if kept is None else _facts(kept[1])  # None: kept by another version of this module, or damaged
    if facts is None:
        pending[src] = inputs
        _LINES.lines = []
        return markdown
    pending[src] = (kept[0], facts)
    return ""


def _facts(data: bytes) -> dict | None:
    """What was kept beside a page's HTML, when it has the shape html_for keeps."""
    try:
        facts = json.loads(data)
    except ValueError:
        return None
    shape = {"toc": list, "title": (str, type(None)), "anchors": list, "links": (dict, type(None)), "log": list}
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
        for name, level, message in second["log"]:
            logging.getLogger(name).log(level, "%s", message)
        page.toc = get_toc(second["toc"])
        page._title_from_render = second["title"]
        page.present_anchor_ids = set(second["anchors"])
        if second["links"] is not None:  # links to anchors, checked once every page is made (the key holds every file)
            targets = {uri: files.get_file_from_path(uri) for uri in second["links"]}
            page.links_to_anchors = {targets[uri]: dict(links) for uri, links in second["links"].items() if targets[uri] is not None}
        return first
    lines, _LINES.lines = _LINES.lines, None
    if lines is None or any(not isinstance(part, (str, int)) for line in lines for part in line):
        return html  # not listened to from the start
    links = getattr(page, "links_to_anchors", None)
    kept_links = None if links is None else {file.src_uri: sorted(anchors.items()) for file, anchors in links.items()}
    facts = {"toc": [_token(item) for item in page.toc], "title": page._title_from_render, "anchors": sorted(page.present_anchor_ids), "links": kept_links, "log": lines}
    state["session"].keep_render(page.file.src_uri, first, second, html, json.dumps(facts).encode("utf-8"))
    return html


def _token(item) -> dict:
    """A table of contents' entry as Markdown's toc extension gives it to MkDocs' get_toc."""
    return {"name": item.title, "id": item.id, "level": item.level, "children": [_token(child) for child in item.children]}


def _context(config, files, state: dict) -> bytes | None:
    """What every kept page's HTML depends on besides its Markdown, once per build (None: no memo)."""
    if "render_context" not in state:
        session = state["session"]
        if session.memo is None or not all(isinstance(name, str) for name in config["markdown_extensions"]) or not _only_ours(config):
            state["render_context"] = None  # an extension given as an object (its settings are not in its name), another plugin
        else:
            settings = json.dumps([config["markdown_extensions"], config["mdx_configs"], config["use_directory_urls"]], sort_keys=True, default=_named)
            versions = [_version(name) for name in _CONVERTERS]
            addresses = sorted(f"{file.src_uri}\0{file.url}" for file in files)
            parts = [_FORMAT, settings, *versions, *addresses]
            state["render_context"] = hashlib.blake2b("\n".join(parts).encode("utf-8", "surrogatepass"), digest_size=20).digest()
    return state["render_context"]


def _only_ours(config) -> bool:
    """Whether the only plugins are search and hooks whose page events are all the playbook's."""
    hooks = config["hooks"] or {}
    for name in config["plugins"]:
        if name in _OURS:
            continue
        module = hooks.get(name)
        if module is None or any(not getattr(getattr(module, event, None), "__module__", "playbook_glue").startswith("playbook_glue") for event in _EVENTS):
            return False
    return True


def _named(value) -> str:
    """A setting JSON cannot hold (a function: an emoji index, a slugify) by its name, the same in every build."""
    kind = value if callable(value) else type(value)
    return f"{getattr(kind, '__module__', '')}.{getattr(kind, '__qualname__', repr(kind))}"


def _version(name: str) -> str:
    try:
        return f"{name} {metadata.version(name)}"
    except metadata.PackageNotFoundError:
        return f"{name} none"
