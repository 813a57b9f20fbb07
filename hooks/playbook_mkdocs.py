"""MkDocs hooks for Practice Playbook: adapt build events to engine calls, nothing more.

MkDocs loads this file once per process (also across `mkdocs serve` rebuilds),
so per-build state lives in `_state` and is reset in `on_config`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File

from playbook.check import check_project
from playbook.feeds import build_feeds
from playbook.findings import Severity
from playbook.history import load_history
from playbook.ruledocs import guideline_rules_markdown, rule_markdown, rule_page_uri, rules_index_markdown
from playbook.rules import all_rules
from playbook.site.admonitions import findings_admonition
from playbook.site.subscribe import subscribe_markdown

log = logging.getLogger("mkdocs.plugins.playbook")

_command = {"name": "build"}
_state: dict = {}

_LOG = {Severity.ERROR: log.error, Severity.WARNING: log.warning, Severity.INFO: log.info}


def on_startup(command, dirty=False):
    _command["name"] = command


def on_config(config):
    _state.clear()
    root = Path(config.config_file_path).resolve().parent
    _state["root"] = root
    _state["docs_prefix"] = Path(config.docs_dir).resolve().relative_to(root).as_posix()
    return config


def on_files(files, config):
    report = check_project(_state["root"])
    _state["report"] = report
    for finding in report.findings:
        _LOG[finding.severity](finding.text())
    if report.errors and _command["name"] != "serve":
        raise Abort(f"Aborted: {len(report.errors)} error finding(s) above; fix them (or run `playbook check`) and build again.")
    site_url = config.site_url or ""
    feeds = build_feeds(report, site_url, load_history(_state["root"]))
    for feed in feeds:
        files.append(File.generated(config, feed.filename, content=feed.data))
    files.append(File.generated(config, "subscribe.md", content=subscribe_markdown(feeds, site_url)))
    files.append(File.generated(config, "rules/index.md", content=rules_index_markdown()))
    for rule in all_rules():
        files.append(File.generated(config, rule_page_uri(rule.code), content=rule_markdown(rule)))
    return files


# Guideline pages list the rules that check them; the privacy page covers the cross-cutting areas.
_GUIDELINE_PAGES = {
    "guidelines/expert.md": ("expert",),
    "guidelines/negatives.md": ("negatives",),
    "guidelines/personality.md": ("personality",),
    "guidelines/community.md": ("community",),
    "guidelines/consistency.md": ("consistency",),
    "guidelines/privacy.md": ("privacy", "honest-marketing", "accessibility"),
}


def on_page_markdown(markdown, page, config, files):
    areas = _GUIDELINE_PAGES.get(page.file.src_uri)
    if areas:
        markdown += "\n" + "".join(guideline_rules_markdown(area) for area in areas)
    report = _state.get("report")
    if report is None:
        return markdown
    findings = report.for_path(f"{_state['docs_prefix']}/{page.file.src_uri}")
    if not findings:
        return markdown
    return findings_admonition(findings) + "\n\n" + markdown
