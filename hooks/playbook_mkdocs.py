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
from playbook.corpus import unbuildable
from playbook.feeds import build_feeds
from playbook.findings import Severity
from playbook.frontmatter import REFUSED, page_source
from playbook.history import load_history
from playbook.links import walk_repository
from playbook.output import finding_text, guard_log
from playbook.site.admonitions import findings_admonition
from playbook.site.card import post_card
from playbook.site.generated import generated_pages
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
    _state["report"] = report
    for file in [f for f in files if f.abs_src_path and not report.corpus.walk.allows(f.abs_src_path, _state["base"])]:
        files.remove(file)  # a file behind a refused link is never copied, whatever its finding's fate
    for finding in report.findings:
        _LOG[finding.severity](finding_text(finding))
    if _command["name"] != "serve":
        _refuse(report, strict=bool(config.strict))
    refused = unbuildable(report.findings, _state["docs_prefix"])  # a pipe would hang MkDocs; a hostile name break links
    for file in [f for f in files if f.src_uri in refused]:
        files.remove(file)
    site_url = config.site_url or ""
    feeds = build_feeds(report, site_url, load_history(_state["root"]))
    for feed in feeds:
        files.append(File.generated(config, feed.filename, content=feed.data))
    for src_uri, markdown in generated_pages(report, feeds, site_url).items():
        files.append(File.generated(config, src_uri, content=markdown))
    prefix = _state["docs_prefix"] + "/"
    for path in sorted({f.path for f in report.findings if f.code in REFUSED and f.path.startswith(prefix)}):
        if (file := files.get_file_from_path(path.removeprefix(prefix))) is not None:
            file.content_string = page_source(_state["root"], path)
    # Index posts and responses by their page so on_page_markdown finds them in O(1).
    _state["posts"] = {p.path.removeprefix(prefix): p for p in report.corpus.posts}
    _state["responses"] = {r.path.removeprefix(prefix): r for r in report.corpus.responses}
    return files


def _refuse(report, strict: bool) -> None:
    """Stop the build on errors, and on warnings under --strict.

    MkDocs counts strict-mode warnings only when logged, and `-q` silences them, so
    `mkdocs build --strict -q` would let ours through: we count and name them here.
    """
    if report.errors:
        raise Abort(f"Aborted: {len(report.errors)} error finding(s) above; fix them (or run `playbook check`) and build again.")
    if strict and report.warnings:
        listed = "\n".join(f"  {finding_text(f)}" for f in report.warnings)
        raise Abort(f"Aborted with {len(report.warnings)} playbook warning(s) in strict mode:\n{listed}")


def on_page_markdown(markdown, page, config, files):
    page.meta, markdown = escape_meta(page.meta), public_markdown(markdown)  # Material prints titles as HTML; notes stay private
    report = _state.get("report")
    if report is None:
        return markdown
    src = page.file.src_uri
    post = _state["posts"].get(src)
    if post is not None:  # the card shows this post's findings itself
        return post_card(post, report) + "\n" + markdown
    template = _state["responses"].get(src)
    if template is not None:
        markdown = reply_block(template, report)
    markdown = page_extras(src, markdown, report)  # needs action on the home page, the guideline box
    findings = report.for_path(f"{_state['docs_prefix']}/{src}")
    if findings:
        markdown = findings_admonition(findings) + "\n\n" + markdown
    return markdown


def on_page_content(html, page, config, files):
    return clean_page(html, page.toc)  # nothing a content file says runs in a visitor's browser
