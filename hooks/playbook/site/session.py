"""One MkDocs build (or one `mkdocs serve` rebuild) as the engine sees it.

The MkDocs glue (the `playbook_glue` package) only adapts events: it hands
this object paths and Markdown and turns what comes back into MkDocs objects
(`File`, `Abort`, log lines). Everything it decides lives here, so the glue
stays a few lines and the engine never imports MkDocs.
"""

from __future__ import annotations

import os
from pathlib import Path
from dataclasses import dataclass, field

from ..check import Report, check_project
from ..feeds import build_feeds
from ..findings import Finding
from ..frontmatter import REFUSED, page_source
from ..history import load_history
from ..links import walk_repository
from ..pages import fill_meta, fill_page
from ..plans import load_plans
from ..siteconfig import identity
from .admonitions import findings_admonition
from .card import post_card
from .generated import generated_pages
from .guidelines import guideline_extras
from .library import reply_block
from .sanitize import escape_meta, public_markdown


@dataclass
class Session:
    base: str  # the folder of mkdocs.yml as MkDocs spells it (links not followed)
    root: str  # the same folder, links resolved
    docs_prefix: str  # docs_dir relative to base, forward slashes ("content")
    report: Report | None = None
    posts: dict = field(default_factory=dict)  # page src_uri -> Post
    responses: dict = field(default_factory=dict)  # page src_uri -> ResponseTemplate
    made: set = field(default_factory=set)  # src_uris of the pages the build generates

    @classmethod
    def open(cls, config_file_path: str, docs_dir: str) -> "Session":
        base = os.path.dirname(os.path.abspath(config_file_path))
        return cls(base, os.path.realpath(base), os.path.relpath(docs_dir, base).replace(os.sep, "/"))

    def endless_links(self) -> list[str]:
        """FM017 lines for links MkDocs' own walk would follow for ever (the build must stop first)."""
        endless = walk_repository(self.base, (self.docs_prefix,)).endless
        return [f"{r.rel}: FM017 {r.message()}" for r in endless]

    def identity(self, serving: bool) -> dict[str, str | None]:
        """site_name, site_description and site_url from plans/practice.yml (serve keeps its own address)."""
        values = identity(load_plans(Path(self.root))[0])
        if serving:
            values.pop("site_url", None)
        return values

    @property
    def plans_dir(self) -> str:
        return os.path.join(self.base, "plans")

    def check(self) -> Report:
        self.report = report = check_project(self.root)
        prefix = self.docs_prefix + "/"
        self.posts = {p.path.removeprefix(prefix): p for p in report.corpus.posts}
        self.responses = {r.path.removeprefix(prefix): r for r in report.corpus.responses}
        return report

    def allows(self, abs_src_path: str) -> bool:
        """False for a file behind a refused link: it is never copied, whatever its finding's fate."""
        return self.report.corpus.walk.allows(abs_src_path, self.base)

    def refusal(self, strict: bool) -> str:
        """Why the build must stop ('' to go on): errors, and warnings under --strict.

        MkDocs counts strict-mode warnings only when they are logged, and `-q` silences
        warnings, so `mkdocs build --strict -q` would let ours through; we count them ourselves.
        """
        report = self.report
        if report.errors:
            return f"Aborted: {len(report.errors)} error finding(s) above; fix them (or run `playbook check`) and build again."
        if strict and report.warnings:
            listed = "\n".join(f"  {f.text()}" for f in report.warnings)
            return f"Aborted with {len(report.warnings)} playbook warning(s) in strict mode:\n{listed}"
        return ""

    def generated(self, site_url: str) -> list[tuple[str, str | bytes]]:
        """(src_uri, content) of every feed and generated page."""
        feeds = build_feeds(self.report, site_url, load_history(self.root))
        pages = generated_pages(self.report, feeds, site_url)
        self.made = set(pages)
        return [(feed.filename, feed.data) for feed in feeds] + list(pages.items())

    def refused_sources(self) -> dict[str, str]:
        """src_uri -> what MkDocs may read of a page whose front matter or bytes were refused."""
        prefix = self.docs_prefix + "/"
        paths = sorted({f.path for f in self.report.findings if f.code in REFUSED and f.path.startswith(prefix)})
        return {path.removeprefix(prefix): page_source(self.root, path) for path in paths}

    def page(self, src: str, markdown: str, meta: dict) -> tuple[dict, str]:
        """The page's front matter and Markdown as the site shows them."""
        report = self.report
        plans = report.corpus.plans if report is not None else None
        own_page = src not in self.posts and src not in self.responses and src not in self.made  # home, guidelines
        if own_page and plans is not None:
            meta, markdown = fill_meta(meta, plans), fill_page(markdown, plans)
        meta, markdown = escape_meta(meta), public_markdown(markdown)  # Material prints titles as HTML; notes stay private
        if report is None:
            return meta, markdown
        post = self.posts.get(src)
        if post is not None:  # the card shows this post's findings itself
            return meta, post_card(post, report) + "\n" + markdown
        template = self.responses.get(src)
        if template is not None:
            markdown = reply_block(template, report)
        markdown += guideline_extras(src, report)
        findings: tuple[Finding, ...] = report.for_path(f"{self.docs_prefix}/{src}")
        if findings:
            markdown = findings_admonition(findings) + "\n\n" + markdown
        return meta, markdown
