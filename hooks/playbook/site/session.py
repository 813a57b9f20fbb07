"""One MkDocs build (or one `mkdocs serve` rebuild) as the engine sees it.

The MkDocs glue (the `playbook_glue` package) only adapts events: it hands
this object paths and Markdown and turns what comes back into MkDocs objects
(`File`, `Abort`, log lines). Everything it decides lives here, so the glue
stays a few lines and the engine never imports MkDocs.
"""

from __future__ import annotations

import os
from pathlib import Path
from dataclasses import dataclass

from ..check import Report, check_project
from ..findings import Finding, Severity
from ..layout import CONTENT_DIR
from ..output import finding_text
from ..links import walk_repository
from ..pages import fill_meta, fill_page
from ..plans import load_plans
from ..siteconfig import docs_dir_problem, identity
from .admonitions import findings_admonition
from .build import SiteBuild
from .card import post_card
from .extras import page_extras
from .library import reply_block
from .sanitize import escape_meta, public_markdown


@dataclass
class Session:
    base: str  # the folder of mkdocs.yml as MkDocs spells it (links not followed)
    root: str  # the same folder, links resolved
    docs_prefix: str  # docs_dir relative to base, forward slashes ("content")
    build: SiteBuild | None = None  # what this build adds, removes and replaces, once checked

    @classmethod
    def open(cls, config_file_path: str, docs_dir: str) -> "Session":
        base = os.path.dirname(os.path.abspath(config_file_path))
        return cls(base, os.path.realpath(base), os.path.relpath(docs_dir, base).replace(os.sep, "/"))

    def stops(self) -> list[str]:
        """Why the build must stop before MkDocs reads a page, as finding lines ([] to go on).

        MkDocs building another folder than the one the checks read (FM018) would publish
        unchecked pages, even under `mkdocs serve`; a link MkDocs would follow for ever (FM017)
        would hang it.
        """
        if self.docs_prefix == CONTENT_DIR:
            return self.endless_links()
        misplaced = docs_dir_problem(self.base) or Finding(  # located in mkdocs.yml, or given another way (!ENV, -f)
            "mkdocs.yml", 1, "FM018", f"MkDocs builds the site from '{self.docs_prefix}', but the playbook checks the posts and replies in {CONTENT_DIR}/", Severity.ERROR
        )
        return [finding_text(misplaced), *self.endless_links()]

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

    def check(self, site_url: str) -> SiteBuild:
        self.build = SiteBuild(check_project(self.root, cache=None), self.root, self.docs_prefix, site_url)  # cached unless PLAYBOOK_NO_CACHE
        return self.build

    def keeps(self, src_uri: str, abs_src_path: str | None) -> bool:
        """False for a refused file (a pipe, a hostile name) or one behind a refused link: never copied."""
        if src_uri in self.build.refused:
            return False
        return not abs_src_path or self.build.report.corpus.walk.allows(abs_src_path, self.base)

    def page(self, src: str, markdown: str, meta: dict) -> tuple[dict, str]:
        """The page's front matter and Markdown as the site shows them."""
        build = self.build
        report: Report | None = build.report if build is not None else None
        plans = report.corpus.plans if report is not None else None
        own_page = build is None or (src not in build.posts and src not in build.responses and src not in build.generated)
        if own_page and plans is not None:  # home, guidelines: the practice's name from plans/practice.yml
            meta, markdown = fill_meta(meta, plans), fill_page(markdown, plans)
        meta, markdown = escape_meta(meta), public_markdown(markdown)  # Material prints titles as HTML; notes stay private
        if report is None:
            return meta, markdown
        post = build.posts.get(src)
        if post is not None:  # the card shows this post's findings itself
            return meta, post_card(post, report) + "\n" + markdown
        template = build.responses.get(src)
        if template is not None:
            markdown = reply_block(template, report)
        markdown = page_extras(src, markdown, report)  # needs action on the home page, the guideline box
        findings: tuple[Finding, ...] = report.for_path(f"{self.docs_prefix}/{src}")
        if findings:
            markdown = findings_admonition(findings) + "\n\n" + markdown
        return meta, markdown
