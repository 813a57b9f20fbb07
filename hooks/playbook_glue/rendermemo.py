"""A page's HTML from Markdown, kept between builds: MkDocs converts every page on every build, and converting the
posts and the rules reference was about a fifth of a warm build of 2,000 posts.

What MkDocs' Page.render leaves on a page is kept with its HTML (its table of contents, the anchors other pages
may link to, the title its first heading gives, the links to anchors MkDocs checks once every page is made, by
the address of the file they point into, and the lines it logged, a broken link's warning among them: logged
again from a kept page, so --strict counts them alike) and put back when the page is given no Markdown to convert.
The key is the page's Markdown, its address, the Markdown and link-checking settings, the versions of what converts
it, the log levels in force (a line never made is never kept) and the address and inclusion of every file of the
site (a link's target). Only where no plugin or hook but search and ours is configured (another may read what the
Markdown says on every build), and with Markdown extensions that read the page and their settings alone (a snippet
or an inlined image reads a file the key does not hold). Our sanitiser still reads every page's HTML afterwards.
"""

from __future__ import annotations

import collections.abc
import enum
import functools
import hashlib
import json
import logging
from importlib import metadata

import mkdocs
from mkdocs.structure.toc import get_toc
from playbook.cachekey import module_digest

HOST = mkdocs.__name__  # "mkdocs", or "properdocs": its pages log under its own name, and its version converts them
_FORMAT = "rendered page 3"  # what is kept beside the HTML: change it with html_for's facts
_CONVERTERS = ("markdown", "pymdown-extensions", HOST, "mkdocs-material", "pygments")
_KEYED = ("markdown", "pymdownx", "material", "pygments", HOST)  # a setting's function from these is versioned above
_KEPT = "render kept"  # _state: src uri -> (HTML, facts) of a page MkDocs is given no Markdown for, this build
_MADE = "render made"  # _state: src uri -> (source, context) of a page converted afresh, to keep once it is made
_LOGGERS = (f"{HOST}.structure.pages", "MARKDOWN")  # where Page.render and Markdown log while converting a page
_SEARCH = ("search", "material/search")  # a plugin that reads a page only once it is made
_PURE = frozenset(  # Markdown extensions whose HTML depends on the page's text and their settings alone
    "abbr admonition attr_list def_list fenced_code footnotes md_in_html meta nl2br sane_lists smarty tables toc wikilinks "
    "legacy_attrs legacy_em codehilite pymdownx.details pymdownx.superfences pymdownx.highlight pymdownx.inlinehilite "
    "pymdownx.tabbed pymdownx.tasklist pymdownx.mark pymdownx.tilde pymdownx.caret pymdownx.keys pymdownx.smartsymbols "
    "pymdownx.betterem pymdownx.critic pymdownx.saneheaders pymdownx.arithmatex pymdownx.blocks.admonition "
    "pymdownx.blocks.details pymdownx.blocks.tab pymdownx.blocks.html".split()
)


class _Unkeyed(Exception):
    """A setting whose value cannot be told the same from one build to the next: no memo."""


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


_OWN = module_digest(globals().get("__file__"), _FORMAT)  # what this module keeps and restores


def markdown_for(page, markdown: str, config, files, state: dict) -> str:
    """The Markdown MkDocs should convert: "" for a page whose HTML is kept (restored by `html_for`)."""
    _LINES.lines = None
    session, src = state.get("session"), page.file.src_uri
    url = getattr(page, "url", None)  # a page MkDocs made has one
    if not markdown or url is None or session is None or not session.keeps_render(markdown) or (context := _context(config, files, state)) is None:
        return markdown
    source = f"{url}\0{markdown}"
    kept = session.kept_render(src, source, context)
    facts = None if kept is None else _facts(kept[1])  # None: kept by another version of this module, or damaged
    if facts is None:
        state.setdefault(_MADE, {})[src] = (source, context)
        _LINES.lines = []
        return markdown
    state.setdefault(_KEPT, {})[src] = (kept[0], facts)
    return ""


def _facts(data: bytes) -> dict | None:
    """What was kept beside a page's HTML, when it has the shape html_for keeps."""
    try:
        facts = json.loads(data)
    except ValueError:
        return None
    shape = {"toc": list, "title": (str, type(None)), "anchors": list, "links": (list, type(None)), "log": list}
    if not isinstance(facts, dict) or set(facts) != set(shape) or not all(isinstance(facts[key], kind) for key, kind in shape.items()):
        return None
    return facts


def html_for(page, html: str, files, state: dict) -> str:
    """The page's HTML from Markdown: kept, with what Page.render would have set, or just made (and kept)."""
    src = page.file.src_uri
    if (kept := state.get(_KEPT, {}).pop(src, None)) is not None:  # put back what converting its Markdown sets on a page
        kept_html, facts = kept
        for name, level, message in facts["log"]:
            logging.getLogger(name).log(level, "%s", message)
        page.toc = get_toc(facts["toc"])
        page._title_from_render = facts["title"]
        page.present_anchor_ids = set(facts["anchors"])
        if facts["links"] is not None:  # links to anchors, checked once every page is made (the key holds every file)
            targets = [(files.get_file_from_path(uri), links) for uri, links in facts["links"]]
            page.links_to_anchors = {target: dict(links) for target, links in targets if target is not None}
        return kept_html
    made = state.get(_MADE, {}).pop(src, None)
    lines, _LINES.lines = _LINES.lines, None
    if made is None or lines is None:
        return html  # not a page to keep, or not listened to from the start
    links = getattr(page, "links_to_anchors", None)
    kept_links = None if links is None else [[file.src_uri, list(anchors.items())] for file, anchors in links.items()]  # in their order
    facts = {"toc": [_token(item) for item in page.toc], "title": page._title_from_render, "anchors": sorted(page.present_anchor_ids), "links": kept_links, "log": lines}
    state["session"].keep_render(src, *made, html, json.dumps(facts).encode("utf-8"))
    return html


def _token(item) -> dict:
    """A table of contents' entry as Markdown's toc extension gives it to MkDocs' get_toc."""
    return {"name": item.title, "id": item.id, "level": item.level, "children": [_token(child) for child in item.children]}


def _context(config, files, state: dict) -> bytes | None:
    """What every kept page's HTML depends on besides its Markdown, once per build (None: no memo)."""
    if "render_context" not in state:
        state["render_context"] = None
        extensions = config["markdown_extensions"]
        if state["session"].memo is not None and all(isinstance(name, str) and name.removeprefix("markdown.extensions.") in _PURE for name in extensions) and _only_ours(config):
            try:
                settings = json.dumps(_plain([extensions, config["mdx_configs"], config["use_directory_urls"], config["validation"]]))
            except (_Unkeyed, TypeError, ValueError, RecursionError):
                return None
            levels = [f"{name} {logging.getLogger(name).getEffectiveLevel()}" for name in _LOGGERS]
            addresses = sorted(f"{file.src_uri}\0{file.url}\0{getattr(file, 'inclusion', '')}" for file in files)
            parts = [_FORMAT, _OWN, settings, *levels, *(_version(name) for name in _CONVERTERS), *addresses]
            state["render_context"] = hashlib.blake2b("\n".join(parts).encode("utf-8", "surrogatepass"), digest_size=20).digest()
    return state["render_context"]


def _only_ours(config) -> bool:
    """Whether the only plugins are search and hooks whose every event is the playbook's own function."""
    import playbook_glue  # loaded: it imported this module

    ours = {id(getattr(playbook_glue, name)) for name in playbook_glue.__all__ if name.startswith("on_")}
    hooks = config["hooks"] or {}
    for name in config["plugins"]:
        if name in _SEARCH:
            continue
        module = hooks.get(name)
        if module is None or any(id(getattr(module, event)) not in ours for event in dir(module) if event.startswith("on_") and callable(getattr(module, event))):
            return False
    return True


def _plain(value):
    """A setting as JSON holds it, the same in every build for the same setting; _Unkeyed when it cannot be."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, enum.Enum):
        return f"{type(value).__qualname__}.{value.name}"
    if isinstance(value, collections.abc.Mapping):
        return [[str(key), _plain(item)] for key, item in sorted(value.items(), key=lambda pair: str(pair[0]))]
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, functools.partial):
        return ["partial", _plain(value.func), _plain(list(value.args)), _plain(value.keywords)]
    module = getattr(value, "__module__", None) or ""
    if callable(value) and module.split(".")[0] in _KEYED and hasattr(value, "__qualname__"):
        return f"{module}.{value.__qualname__}"  # a function of a converter whose version is in the key
    raise _Unkeyed(type(value).__name__)


def _version(name: str) -> str:
    try:
        return f"{name} {metadata.version(name)}"
    except metadata.PackageNotFoundError:
        return f"{name} none"
