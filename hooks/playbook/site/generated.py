"""Every page the build generates, by its path in the docs folder; none is written to content/."""

from __future__ import annotations

from ..check import Report
from ..feeds import Feed
from .calendar import CalendarPages
from .library import library_page
from .report import report_markdown
from .rulepages import RuleDocs, rule_docs
from .subscribe import subscribe_markdown


def generated_pages(report: Report, feeds: list[Feed], site_url: str, docs: RuleDocs | None = None, memo=None) -> dict[str, str]:
    """`docs`: the rules reference, when the caller has it already (a build keeps it in the site memo);
    `memo`: the site memo (site.memo.PostMemo), which keeps each calendar month's page, if the cache is on."""
    docs = docs or rule_docs()
    pages = CalendarPages(report, memo).pages()
    pages["responses/index.md"] = library_page(report)
    pages["report.md"] = report_markdown(report, names=docs.names)
    pages["subscribe.md"] = subscribe_markdown(feeds, site_url)
    pages.update(docs.pages)
    return pages
