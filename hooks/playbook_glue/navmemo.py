"""Material's navigation sidebar, rendered once per place for the pages outside the navigation.

Posts stay out of the navigation (a 2,000-entry nav makes MkDocs quadratic), yet Material
renders the whole sidebar (`partials/nav.html`) again on every post's page: with the
playbook's calendar, library, report, guidelines and rules in it, that was a quarter of a
warm build's time on post pages. For a page no navigation entry is (nothing in the sidebar
is active or is the page), the sidebar's HTML depends on the page only through the relative
addresses of its links. MkDocs writes those (`get_relative_url`) as one `..` per folder of
the page's address below the folders it shares with the target, then the rest of the target.
So two pages share one sidebar when they lie equally deep and the deepest of their folders
that begin an address in the sidebar are the same: every post (`posts/...`, which begins none),
every rule's page (`rules/<code>/`, below the rules index), every month (`calendar/<month>/`).
Any page of the navigation renders it as Material does, and so does every page when a theme folder of the
practice's (`custom_dir`) replaces a template of the sidebar: what that one reads of the page is not known here.

The sidebar is kept per build: the glue's `on_env` wraps the template of each new environment, and
everything else it reads (config, nav, language, features) is the same for a whole build.
"""

from __future__ import annotations

import importlib.util
import os
import posixpath
from collections.abc import Callable, Iterator

from jinja2 import Environment, TemplateNotFound

TEMPLATE = "partials/nav.html"  # what base.html's site_nav block includes
SIDEBAR = (TEMPLATE, "partials/nav-item.html", "partials/logo.html", "partials/source.html", "partials/toc.html")  # and what it includes


def memoise_nav(env: Environment) -> None:
    """Make the environment's sidebar template render once per place for pages outside the navigation, where it is Material's own."""
    try:
        template = env.get_template(TEMPLATE)
    except TemplateNotFound:
        return
    if not _materials_own(env):
        return
    render: Callable[..., Iterator[str]] = template.root_render_func
    kept: dict[tuple, str] = {}  # by (id(nav), depth, shared folders): a build that renders two navigations (languages) keeps each its own
    firsts: dict[int, tuple[frozenset[tuple[str, ...]], frozenset[int]]] = {}  # by id(nav): its addresses' leading folders, its pages

    def root_render_func(context) -> Iterator[str]:
        place = _place(context, firsts)
        if place is None:
            yield from render(context)
            return
        key = (id(context.get("nav")), *place)
        if key not in kept:
            kept[key] = "".join(render(context))
        yield kept[key]

    template.root_render_func = root_render_func


def _materials_own(env: Environment) -> bool:
    """Whether every template of the sidebar is the one Material ships."""
    spec = importlib.util.find_spec("material")
    if spec is None or spec.origin is None:
        return False
    home = os.path.realpath(os.path.join(os.path.dirname(spec.origin), "templates"))
    for name in SIDEBAR:
        try:
            filename = env.get_template(name).filename
        except TemplateNotFound:
            return False
        if not filename or os.path.commonpath([home, os.path.realpath(filename)]) != home:
            return False
    return True


def _place(context, firsts: dict) -> tuple[int, tuple[str, ...]] | None:
    """The page's folder depth and the deepest of its folders that begin an address in the sidebar, which together
    decide every relative link of the sidebar; None for a page of the navigation (or none at all)."""
    page, nav, config = context.get("page"), context.get("nav"), context.get("config")
    url = getattr(page, "url", None)
    if nav is None or not isinstance(url, str) or getattr(page, "parent", None) is not None:
        return None
    if id(nav) not in firsts:
        firsts[id(nav)] = (_leading_folders(nav, config), frozenset(id(p) for p in getattr(nav, "pages", ())))
    leading, pages = firsts[id(nav)]
    if id(page) in pages:
        return None
    parts = _page_folders(url)
    if not parts:
        return None
    shared = 0
    while shared < len(parts) and tuple(parts[: shared + 1]) in leading:
        shared += 1
    return len(parts), tuple(parts[:shared])


def _page_folders(url: str) -> list[str]:
    """The folders MkDocs makes a page's links relative to (as get_relative_url reads `other`)."""
    folder, _, name = url.rpartition("/")
    return _parts(folder if "." in name else url)


def _parts(path: str) -> list[str]:
    path = posixpath.normpath("/" + path.replace("\\", "/"))[1:]
    return path.split("/") if path else []


def _leading_folders(nav, config) -> frozenset[tuple[str, ...]]:
    """Every leading part of every address the sidebar may link to (its entries, the home page, the logo):
    `calendar/week/` gives ("calendar",) and ("calendar", "week")."""
    found: set[tuple[str, ...]] = set()
    stack = list(getattr(nav, "items", ()))
    addresses = []
    while stack:
        item = stack.pop()
        addresses.append(getattr(item, "url", None))
        stack.extend(getattr(item, "children", None) or ())
    homepage = getattr(nav, "homepage", None)
    addresses.append(getattr(homepage, "url", None))
    if config is not None:
        addresses.append((config.get("extra") or {}).get("homepage"))
        addresses.append((config.get("theme") or {}).get("logo"))
    for address in addresses:
        if isinstance(address, str) and (parts := _parts(address)):
            found.update(tuple(parts[: n + 1]) for n in range(len(parts)))
    return frozenset(found)
