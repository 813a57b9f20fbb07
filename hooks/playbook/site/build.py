"""What one site build adds to, removes from and replaces in MkDocs' files, computed without MkDocs.

The glue only applies these: it removes the refused files, stops on the refusal message,
appends the generated files and swaps the replaced sources.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import tempfile
from pathlib import Path

from ..check import Report
from ..corpus import unbuildable
from ..corpus_memo import outline
from ..feeds import Feed, build_feeds
from ..frontmatter import REFUSED, page_source
from ..history import load_history
from ..icsbytes import EventBytes
from ..output import finding_text
from ..promotion import is_promotional
from ..stable import stable_repr
from .generated import generated_pages
from .rulepages import RuleDocs, kept_rule_docs, read_rule_docs
from .slots import RAW
from .staged import stage

# What the generated pages read of a post's copy (body, channel variants): the charts' promotional share.
PAGE_FACTS = (is_promotional,)

# The calendar's grids and lists show each post again: search reads their titles and summaries, and finds
# the post on its own page (Material's pure-Python indexer also spent half a second a build on the grids).
UNINDEXED = ("calendar/", "upcoming.md")


class SiteBuild:
    def __init__(self, report: Report, root: Path | str, docs_prefix: str, site_url: str = "", slots=RAW, events: EventBytes | None = None, memo=None):
        self.report = report
        self.slots = slots  # where generated pages' HTML waits while Markdown renders their text
        self.events = events  # calendar events already written (a previous `mkdocs serve` build), if any
        self.memo = memo  # each post's events from the last build (site.memo), if the cache is on
        self.root = Path(root)
        self.prefix = docs_prefix.rstrip("/") + "/"
        self.site_url = site_url
        self.staged_feeds: dict[str, str] = {}  # a feed's name -> the file holding its bytes
        self._feed_folder: tempfile.TemporaryDirectory | None = None  # removed when the build is
        # A pipe would hang MkDocs and a hostile name would break links: such files never reach it.
        # What the parser found, not what plans/checks.yml lets the report show: no setting publishes them.
        self.refused = unbuildable(report.corpus.findings, docs_prefix)
        # Posts and responses by their page, so each page hook finds its item in O(1).
        self.posts = {p.path.removeprefix(self.prefix): p for p in report.corpus.posts}
        self.responses = {r.path.removeprefix(self.prefix): r for r in report.corpus.responses}

    def refusal(self, strict: bool) -> str:
        """Why the build stops ('' when it goes on): errors always, warnings under --strict.

        MkDocs counts strict-mode warnings only when logged, and `-q` silences them, so
        `mkdocs build --strict -q` would let ours through: we count and name them here.
        """
        if self.report.errors:
            return f"Aborted: {len(self.report.errors)} error finding(s) above; fix them (or run `playbook check`) and build again."
        if strict and self.report.warnings:
            listed = "\n".join(f"  {finding_text(f)}" for f in self.report.warnings)
            return f"Aborted with {len(self.report.warnings)} playbook warning(s) in strict mode:\n{listed}"
        return ""

    @functools.cached_property
    def generated(self) -> dict[str, bytes | str]:
        """Feeds and generated pages by their site path; built only once the build goes on."""
        feeds = build_feeds(self.report, self.site_url, load_history(self.root), self.events, self.memo, self._stage_feed)
        files: dict[str, bytes | str] = {feed.filename: feed.data for feed in feeds}
        files.update(self._pages(feeds))
        return files

    def _stage_feed(self, feed: Feed) -> Feed:
        """The feed, its bytes written to a file MkDocs copies and let go: the feeds are 3.5 kB a post, and a build
        held them all until it ended. The folder is this build's own, made for it outside the repository and removed
        with it: a `mkdocs serve` running beside a `mkdocs build` (another address in every event) never writes the
        file the build publishes. A feed that cannot be written stays in memory."""
        name = feed.filename
        if self._feed_folder is None:
            try:
                self._feed_folder = tempfile.TemporaryDirectory(prefix="playbook-feeds-")
            except OSError:
                return feed
        if not name or name.startswith(".") or "/" in name or os.sep in name:
            return feed
        path = os.path.join(self._feed_folder.name, name)
        try:
            with open(path, "xb") as handle:  # a new file in a new folder: nothing is replaced or followed
                handle.write(feed.data)
        except OSError:
            return feed
        self.staged_feeds[name] = path
        return dataclasses.replace(feed, data=b"")

    def _pages(self, feeds: list[Feed]) -> dict[str, str | bytes]:
        """The generated pages: the site memo's when nothing they are made from changed, else made now.

        A kept page stays UTF-8 bytes until MkDocs reads it: decoded all at once, the pages held a copy of
        the site's text (four bytes a character once a title had an emoji) at the build's peak of memory.
        """
        make = functools.partial(generated_pages, self.report, feeds, self.site_url, self.rule_docs, self.memo)
        if self.memo is None:
            return make()
        parts = self.memo.shared_parts(
            "generated pages",
            lambda: [part for src, text in make().items() for part in (src.encode("utf-8", "surrogatepass"), text.encode("utf-8", "surrogatepass"))],
            self._pages_inputs(feeds),
        )
        return {src.decode("utf-8", "surrogatepass"): _as_read(text) for src, text in zip(parts[::2], parts[1::2])}

    def _pages_inputs(self, feeds: list[Feed]) -> bytes:
        """A digest of what generated_pages reads: the whole report but the link walk and the posts' copy, the feeds' names, the address.

        Of a post's copy the pages read only PAGE_FACTS (tests/test_site_memo.py holds them to it), so an edit of
        the copy alone (most edits: every save under `mkdocs serve`) finds the pages kept, as the corpus rules' findings are.
        """
        report, corpus = self.report, self.report.corpus
        digest = hashlib.blake2b(digest_size=20)
        for part in (corpus.root, corpus.plans, corpus.responses, corpus.reviews, corpus.findings, report.findings, report.today, report.thresholds, self.site_url):
            digest.update(stable_repr(part).encode("utf-8", "surrogatepass") + b"\0")
        outlined, facts = report.per_file(outline), [report.per_file(fact) for fact in PAGE_FACTS]  # the facts the check kept, else made here
        for post in corpus.posts:
            digest.update(post.path.encode("utf-8", "surrogatepass") + b"\0" + outlined(post) + stable_repr([fact(post) for fact in facts]).encode() + b"\0")
        for feed in feeds:
            digest.update(repr((feed.filename, feed.title, feed.description, feed.label)).encode("utf-8", "surrogatepass") + b"\0")
        return digest.digest()

    @functools.cached_property
    def kept_rule_docs(self) -> bytes:
        """The rules reference, encoded: from the site memo when it holds them for this engine (rulepages.py)."""
        return kept_rule_docs(self.memo)

    @functools.cached_property
    def rule_docs(self) -> RuleDocs:
        """The rules reference (pages, lists, names)."""
        data = self.kept_rule_docs
        del self.__dict__["kept_rule_docs"]  # read once: the bytes need not stay beside the pages
        return read_rule_docs(data)

    def generated_files(self, staging: bool = False) -> list[tuple[str, dict]]:
        """How MkDocs gets each generated file: its content, or (`staging`, under mkdocs serve) the file holding it."""
        generated = self.generated
        pages = {src: _text(text) for src, text in generated.items() if src.endswith(".md")} if staging else {}
        files = {**self.staged_feeds, **(stage(self.root, pages) if pages else {})}
        return [(src, {"abs_src_path": files[src]} if src in files else {"content": content}) for src, content in generated.items()]

    def own_html(self, src: str) -> bool | None:
        """Whether a generated page's HTML blocks wait in slots (None: the page is no generated page of ours).

        Rule pages are documentation in Markdown; the others are our templates' HTML with a few headings.
        """
        if src not in self.generated or not src.endswith(".md"):
            return None
        return not src.startswith("rules/")

    def replaced_sources(self) -> dict[str, str]:
        """Pages whose front matter or bytes the engine refused, as MkDocs may read them (without it).

        A post or reply the parser refused was never checked, so none of its text is
        shown (under `mkdocs serve`, its page holds its findings alone); another page
        keeps its body. Decided from the parser's findings, whatever plans/checks.yml says.
        """
        corpus = self.report.corpus
        paths = {f.path for f in corpus.findings if f.code in REFUSED} | corpus.unparsed
        return {path.removeprefix(self.prefix): "" if path in corpus.unparsed else page_source(self.root, path) for path in sorted(paths) if path.startswith(self.prefix)}


def _as_read(page: bytes) -> str | bytes:
    """A kept page as MkDocs should get it: its bytes when MkDocs reads them back as exactly the page (UTF-8 with no
    byte-order mark in front, which MkDocs would drop), else its text."""
    try:
        text = page.decode("utf-8")
    except UnicodeDecodeError:
        return page.decode("utf-8", "surrogatepass")
    return text if text.startswith("\ufeff") else page


def _text(page: str | bytes) -> str:
    return page if isinstance(page, str) else page.decode("utf-8")
