"""MkDocs hooks for Practice Playbook: adapt build events to engine calls, nothing more.

Installed with the engine; a practice's `hooks/playbook_mkdocs.py` only imports this module. Everything the build
decides lives in the engine (`playbook.site.session`), which never imports MkDocs. Hooks load once per process (also
across `mkdocs serve` rebuilds): per-build state lives in `_state`, reset in `on_config`. ProperDocs runs the same
hooks (its `mkdocs.*` imports load `properdocs.*`); only the logger's name follows the running tool, for `--strict` and escaping.
"""

from __future__ import annotations

import logging
import os

import mkdocs
from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from playbook.findings import Severity
from playbook.output import finding_text, guard_log
from playbook.site.sanitize import clean_page
from playbook.site.session import Session

from . import rendermemo
from .environment import on_env

__all__ = ["on_startup", "on_config", "on_serve", "on_files", "on_env", "on_page_markdown", "on_page_content", "on_page_context", "on_post_page", "_state", "THEME_DIR"]

THEME_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "theme")  # post card, calendar, copy buttons

HOST = mkdocs.__name__  # "mkdocs", or "properdocs" when `properdocs build|serve` runs the hooks
log = logging.getLogger(f"{HOST}.plugins.playbook")  # under the logger whose handlers count and print

_command = {"name": "build"}
_state: dict = {}
_UNCHECKED = Session("", "", "")  # before any check: pages are still made safe

_LOG = {Severity.ERROR: log.error, Severity.WARNING: log.warning, Severity.INFO: log.info}


def on_startup(command, dirty=False):
    _command["name"] = command
    guard_log(logging.getLogger(HOST))  # content quoted in any log line reaches the terminal escaped


def on_config(config):
    _state.clear()
    session = Session.open(config.config_file_path, config.docs_dir, serving=_command["name"] == "serve")
    _state.update(session=session, root=session.root, base=session.base, docs_prefix=session.docs_prefix)
    if stops := session.stops():  # pages nobody checked (FM018), or a walk that would never end (FM017)
        raise Abort("Aborted:\n" + "\n".join(stops))
    for key, value in session.identity(serving=_command["name"] == "serve").items():
        config[key] = value  # the practice's name and address live in plans/practice.yml only
    if THEME_DIR not in config.theme.dirs:  # after the practice's own custom_dir, before Material's
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, THEME_DIR)
    return config


def on_serve(server, config, builder):
    server.watch(_state["session"].plans_dir)  # editing plans/ rebuilds the preview too
    return server


def on_files(files, config):
    session = _state["session"]
    build = session.check(config.site_url or "")
    for src_uri in session.dropped([(f.src_uri, f.abs_src_path) for f in files]):
        files.remove(files.get_file_from_path(src_uri))  # refused, or behind a refused link: never copied, whatever its finding's fate
    for finding in build.report.findings:
        _LOG[finding.severity](finding_text(finding))
    if _command["name"] != "serve" and (refusal := build.refusal(strict=bool(config.strict))):
        raise Abort(refusal)
    for src_uri, source in session.generated_files():
        files.append(File.generated(config, src_uri, **source))
    for src_uri, source in build.replaced_sources().items():
        if (file := files.get_file_from_path(src_uri)) is not None:
            file.content_string = source
    return files


def on_page_markdown(markdown, page, config, files):
    page.meta, markdown = _state.get("session", _UNCHECKED).page(page.file.src_uri, markdown, page.meta)
    return rendermemo.markdown_for(page, markdown, config, files, _state)  # "" when the page's HTML is kept


def on_page_content(html, page, config, files):
    html = _state.get("session", _UNCHECKED).content(page.file.src_uri, rendermemo.html_for(page, html, files, _state))  # kept HTML; then ours
    return clean_page(html, page.toc)  # nothing a content file says runs in a visitor's browser


@event_priority(-100)  # after Material's search has read the page: a post is indexed by its title and copy only
def on_page_context(context, page, config, nav):
    if (shown := _state.get("session", _UNCHECKED).unindexed(page.file.src_uri, page.content)) is not None:
        _state["content"], page.content = page.content, shown  # cards and grids, sanitised
    return context


def on_post_page(output, page, config):
    page.content = _state.pop("content", page.content)  # the card lives while its page is written, not after
    return output
