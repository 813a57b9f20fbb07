"""MkDocs hooks for Practice Playbook: adapt build events to engine calls, nothing more.

Installed with the engine (`pip install practice-playbook`). A practice's
mkdocs.yml names `hooks/playbook_mkdocs.py`, a one-line file that imports this
module, so upgrading the engine upgrades the glue and the theme files with it.
Everything the build decides lives in the engine (`playbook.site.session`),
which never imports MkDocs.

MkDocs loads the hooks once per process (also across `mkdocs serve` rebuilds),
so per-build state lives in `_state` and is reset in `on_config`.

ProperDocs (the continuation of MkDocs 1.6) runs the same hooks: its command makes
every `mkdocs.*` import load `properdocs.*`, so these imports reach whichever tool is
running; only the logger's name must follow it, for `--strict` and the escaping.
"""

from __future__ import annotations

import logging
import os

import mkdocs
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File

from playbook.findings import Severity
from playbook.output import finding_text, guard_log
from playbook.site.sanitize import clean_page
from playbook.site.session import Session

__all__ = ["on_startup", "on_config", "on_serve", "on_files", "on_page_markdown", "on_page_content", "_state", "THEME_DIR"]

THEME_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "theme")  # post card, calendar, copy buttons

HOST = mkdocs.__name__  # "mkdocs", or "properdocs" when `properdocs build|serve` runs the hooks
log = logging.getLogger(f"{HOST}.plugins.playbook")  # under the logger whose handlers count and print

_command = {"name": "build"}
_state: dict = {}

_LOG = {Severity.ERROR: log.error, Severity.WARNING: log.warning, Severity.INFO: log.info}


def on_startup(command, dirty=False):
    _command["name"] = command
    guard_log(logging.getLogger(HOST))  # content quoted in any log line reaches the terminal escaped


def on_config(config):
    _state.clear()
    session = Session.open(config.config_file_path, config.docs_dir)
    _state.update(session=session, root=session.root, base=session.base, docs_prefix=session.docs_prefix)
    stops = session.stops()  # pages nobody checked (FM018), or a walk that would never end (FM017)
    if stops:
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
    for file in [f for f in files if not session.keeps(f.src_uri, f.abs_src_path)]:
        files.remove(file)  # refused, or behind a refused link: never copied, whatever its finding's fate
    for finding in build.report.findings:
        _LOG[finding.severity](finding_text(finding))
    if _command["name"] != "serve" and (refusal := build.refusal(strict=bool(config.strict))):
        raise Abort(refusal)
    for src_uri, content in build.generated.items():
        files.append(File.generated(config, src_uri, content=content))
    for src_uri, source in build.replaced_sources().items():
        if (file := files.get_file_from_path(src_uri)) is not None:
            file.content_string = source
    return files


def on_page_markdown(markdown, page, config, files):
    session = _state.get("session") or Session("", "", "")  # before any check: the page is still made safe
    page.meta, markdown = session.page(page.file.src_uri, markdown, page.meta)
    return markdown


def on_page_content(html, page, config, files):
    return clean_page(html, page.toc)  # nothing a content file says runs in a visitor's browser
