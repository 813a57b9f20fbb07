"""MkDocs hooks for Practice Playbook: adapt build events to engine calls, nothing more.

MkDocs loads this file once per process (also across `mkdocs serve` rebuilds),
so per-build state lives in `_state` and is reset in `on_config`.
"""

from __future__ import annotations

import logging
import os

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File
from playbook.check import check_project
from playbook.findings import Severity
from playbook.links import walk_repository
from playbook.output import finding_text, guard_log
from playbook.site.admonitions import findings_admonition
from playbook.site.build import SiteBuild
from playbook.site.card import post_card
from playbook.site.extras import page_extras
from playbook.site.library import reply_block
from playbook.site.sanitize import clean_page, escape_meta, public_markdown

log = logging.getLogger("mkdocs.plugins.playbook")

_command = {"name": "build"}
_state: dict = {}

_LOG = {Severity.ERROR: log.error, Severity.WARNING: log.warning, Severity.INFO: log.info}


def on_startup(command, dirty=False):
    _command["name"] = command
    guard_log(logging.getLogger("mkdocs"))  # content quoted in any log line reaches the terminal escaped


def on_config(config):
    _state.clear()
    base = os.path.dirname(os.path.abspath(config.config_file_path))  # as MkDocs spells it: links not followed
    _state.update(root=os.path.realpath(base), base=base, docs_prefix=os.path.relpath(config.docs_dir, base).replace(os.sep, "/"))
    endless = walk_repository(base, (_state["docs_prefix"],)).endless  # MkDocs' own walk would never end
    if endless:
        raise Abort("Aborted:\n" + "\n".join(f"{r.rel}: FM017 {r.message()}" for r in endless))
    return config


def on_files(files, config):
    report = check_project(_state["root"])
    build = _state["build"] = SiteBuild(report, _state["root"], _state["docs_prefix"], config.site_url or "")
    for file in [f for f in files if f.src_uri in build.refused or (f.abs_src_path and not report.corpus.walk.allows(f.abs_src_path, _state["base"]))]:
        files.remove(file)  # a file behind a refused link or with a refused name is never copied, whatever its finding's fate
    for finding in report.findings:
        _LOG[finding.severity](finding_text(finding))
    if _command["name"] != "serve" and (message := build.refusal(strict=bool(config.strict))):
        raise Abort(message)
    for src_uri, content in build.generated.items():
        files.append(File.generated(config, src_uri, content=content))
    for src_uri, source in build.replaced_sources().items():
        if (file := files.get_file_from_path(src_uri)) is not None:
            file.content_string = source
    return files


def on_page_markdown(markdown, page, config, files):
    page.meta, markdown = escape_meta(page.meta), public_markdown(markdown)  # Material prints titles as HTML; notes stay private
    build = _state.get("build")
    if build is None:
        return markdown
    report, src = build.report, page.file.src_uri
    post = build.posts.get(src)
    if post is not None:  # the card shows this post's findings itself
        return post_card(post, report) + "\n" + markdown
    template = build.responses.get(src)
    if template is not None:
        markdown = reply_block(template, report)
    markdown = page_extras(src, markdown, report)  # needs action on the home page, the guideline box
    findings = report.for_path(f"{_state['docs_prefix']}/{src}")
    if findings:
        markdown = findings_admonition(findings) + "\n\n" + markdown
    return markdown


def on_page_content(html, page, config, files):
    return clean_page(html, page.toc)  # nothing a content file says runs in a visitor's browser
