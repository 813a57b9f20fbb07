"""One MkDocs build (or one `mkdocs serve` rebuild) as the engine sees it.

The MkDocs glue (the `playbook_glue` package) only adapts events: it hands
this object paths and Markdown and turns what comes back into MkDocs objects
(`File`, `Abort`, log lines). Everything it decides lives here, so the glue
stays a few lines and the engine never imports MkDocs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..check import Report, check_project, rules_apart
from ..content import POST_FIELDS
from ..findings import Finding, Severity
from ..icsbytes import EventBytes
from ..layout import CONTENT_DIR
from ..links import walk_repository
from ..output import finding_text
from ..pages import fill_meta, fill_page
from ..plans import load_plans
from ..release import release
from ..siteconfig import docs_dir_problem, identity
from .admonitions import findings_box
from .build import UNINDEXED, SiteBuild
from .card import card_inputs, post_card
from .extras import page_extras
from .library import reply_block
from .marks import marks_for, search_tags
from .memo import Held, PostMemo, framed, unframed
from .rulepages import kept_rule_docs
from .sanitize import clean_html, escape_meta, public_markdown
from .slots import Slots
from .templatecode import CompiledTemplates

# `mkdocs serve` rebuilds in one process: a saved post's events are written again, the others' reused.
_SERVING_EVENTS = EventBytes()
_RENDER = "render"  # the memo's kind for a page's HTML from Markdown
_SERVING_MEMO = Held()  # the site memo's values, read once per `mkdocs serve` process
# A post's own fields that its card alone shows: content.POST_FIELDS but those Material reads (title, author, status,
# tags). MkDocs held them on every page to the build's end (some 15 MB at 10,000 posts, at a cold build's peak) and
# we escaped them on every build. Any other key (one a plugin adds, say) is left alone.
CARD_FIELDS = frozenset(POST_FIELDS) - {"title", "author", "status", "tags"}


@dataclass
class Session:
    base: str  # the folder of mkdocs.yml as MkDocs spells it (links not followed)
    root: str  # the same folder, links resolved
    docs_prefix: str  # docs_dir relative to base, forward slashes ("content")
    build: SiteBuild | None = None  # what this build adds, removes and replaces, once checked
    slots: Slots = field(default_factory=Slots)  # our own HTML, held while Markdown renders the page
    events: EventBytes | None = None  # calendar events kept from the last build (mkdocs serve), else written afresh
    serving: bool = False  # under mkdocs serve: generated pages are staged as files (see staged.py)
    memo: PostMemo | None = None  # each post's card and events from the last build (memo.py), when the cache is on

    @classmethod
    def open(cls, config_file_path: str, docs_dir: str, serving: bool = False) -> Session:
        base = os.path.dirname(os.path.abspath(config_file_path))
        docs = os.path.relpath(docs_dir, base).replace(os.sep, "/")
        return cls(base, os.path.realpath(base), docs, events=_SERVING_EVENTS if serving else None, serving=serving)

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
        if self.serving:  # a preview checks again on every save: it keeps the rules loaded
            return self._checked(check_project(self.root, cache=None), site_url)
        with rules_apart(self.root) as helper:  # a build: the rules are loaded in a helper, not in this process's memory
            build = self._checked(check_project(self.root, cache=None, helper=helper), site_url)
            build.kept_rule_docs = kept_rule_docs(self.memo, helper)  # their pages, made now: later they would import every family
        release()  # the corpus rules' families (and every family, had no helper started): a build needs them no more
        return build

    def _checked(self, report: Report, site_url: str) -> SiteBuild:
        self.memo = PostMemo.open(self.root, _SERVING_MEMO if self.serving else None)  # cached unless PLAYBOOK_NO_CACHE, as the check is
        self.build = SiteBuild(report, self.root, self.docs_prefix, site_url, self.slots, self.events, self.memo)
        return self.build

    def unneeded_templates(self, features: list[str]) -> set[str]:
        """Static templates a preview skips: the sitemap lists every page (0.3 s at 2,000 posts), and only
        Material's instant navigation reads it."""
        return {"sitemap.xml"} if self.serving and "navigation.instant" not in features else set()

    def compiled_templates(self, env) -> CompiledTemplates:
        """Where the theme's Jinja environment keeps its compiled templates (the memo, once `check` opened it)."""
        return CompiledTemplates(env, self.memo)

    def generated_files(self) -> list[tuple[str, dict]]:
        """(src uri, File.generated's keyword) for each file the build adds: content, or a staged page's file."""
        return self.build.generated_files(staging=self.serving)

    def dropped(self, files: list[tuple[str, str | None]]) -> set[str]:
        """The src uris of `files` (src uri, absolute path) never copied: refused (a pipe, a hostile name) or behind a
        refused link, judged in one pass of the walk."""
        refused = {src for src, _ in files if src in self.build.refused}
        paths = {path: src for src, path in files if path and src not in refused}
        return refused | {paths[path] for path in self.build.report.corpus.walk.refused_among(list(paths), self.base)}

    def page(self, src: str, markdown: str, meta: dict) -> tuple[dict, str]:
        """The page's front matter and the Markdown that Markdown renders: the content's, not our HTML (see `content`)."""
        build = self.build
        report: Report | None = build.report if build is not None else None
        plans = report.corpus.plans if report is not None else None
        own_page = build is None or (src not in build.posts and src not in build.responses and src not in build.generated)
        if own_page and plans is not None:  # home, guidelines: the practice's name from plans/practice.yml
            meta, markdown = fill_meta(meta, plans), fill_page(markdown, plans)
        post = build.posts.get(src) if report is not None else None
        if post is not None:  # the card's fields are the card's: the theme reads none of them
            meta = {key: value for key, value in meta.items() if key not in CARD_FIELDS}
        meta, markdown = escape_meta(meta), public_markdown(markdown)  # Material prints titles as HTML; notes stay private
        if post is not None:  # a search result says where the post stands
            return {**meta, "tags": search_tags(marks_for(post, report), meta.get("tags"))}, markdown
        if report is None:
            return meta, markdown
        if src in build.responses:  # the reply block stands in for the template's raw text
            return meta, ""
        generated = build.own_html(src)
        if generated is not None:  # a generated page: its HTML waits in slots (a calendar's until search has read the page)
            return meta, self.slots.lift(markdown, late=src.startswith(UNINDEXED)) if generated else markdown
        return meta, page_extras(src, markdown, report, self.slots, build.rule_docs.lists)  # needs action, the guideline box

    def keeps_render(self, markdown: str) -> bool:
        """Whether a page's HTML from Markdown may be kept: with the memo, in a build the check let go on, and not
        for a page holding our HTML in slots (a fresh token each build: it would never be found again)."""
        return self.memo is not None and self.build is not None and not self.slots.holds(markdown)

    def kept_render(self, src: str, source: str, context: bytes) -> tuple[str, bytes] | None:
        """A page's HTML from Markdown and what the glue kept beside it (its table of contents, ...), as the last build
        with this `source` (its address and Markdown) and these MkDocs settings (`context`) made them; None to render
        it. Ask keeps_render first.

        Converting the posts and the rules reference took a fifth of a warm build. The HTML is the sanitiser's to
        read afterwards, as a page converted afresh is.
        """
        kept = self.memo.kept(_RENDER, src, (source, context)) if self.memo is not None else None
        if kept is None:
            return None
        try:
            html, extra = unframed(kept)
            return html.decode("utf-8"), extra
        except (ValueError, UnicodeDecodeError):  # a damaged entry is no entry
            return None

    def keep_render(self, src: str, source: str, context: bytes, html: str, extra: bytes) -> None:
        """Keep a page's HTML for kept_render (nothing without the memo)."""
        if self.memo is not None:
            self.memo.keep(_RENDER, src, (source, context), framed([html.encode("utf-8", "surrogatepass"), extra]))

    def content(self, src: str, html: str) -> str:
        """The page's HTML once Markdown is done, with our own HTML added: the reply, the boxes, the findings box.

        The glue sends the result through the sanitiser, like every page, before search indexes it.
        """
        build = self.build
        if build is None or src in build.posts:
            return html
        report = build.report
        template = build.responses.get(src)
        if template is not None:
            html = reply_block(template, report)
        html = self.slots.fill(html)
        findings: tuple[Finding, ...] = report.for_path(f"{self.docs_prefix}/{src}")
        if findings:
            html = findings_box(findings) + "\n" + html
        return html

    def unindexed(self, src: str, content: str) -> str | None:
        """The page as shown, with what search should not read: None when search has read it all.

        A post's card, previews and the heading of its copy go above the copy:
        the index holds each post once, by its title and copy, while the card's
        facts (dates, counts, approvals) and the per-channel previews would only
        clutter results (and Material's pure-Python indexer spent more time on
        them than on everything else). A calendar page gets its grid. The glue
        calls this once search has read the page; the HTML is sanitised here.
        """
        build = self.build
        post = build.posts.get(src) if build is not None else None
        if post is None:
            return self.slots.late(content, clean_html)
        report = build.report
        make = lambda: clean_html(post_card(post, report))  # noqa: E731
        return (make() if self.memo is None else self.memo.card(post.path, card_inputs(post, report), make)) + "\n" + content
