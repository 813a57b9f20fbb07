"""Every page the build generates, by its path in the docs folder; none is written to content/."""

from __future__ import annotations

from ..check import Report
from ..feeds import Feed
from ..ruledocs import rule_markdown, rule_page_uri, rules_index_markdown
from ..rules import all_rules
from .calendar import CalendarPages
from .library import library_page
from .report import report_markdown
from .subscribe import subscribe_markdown


def generated_pages(report: Report, feeds: list[Feed], site_url: str) -> dict[str, str]:
    pages = CalendarPages(report).pages()
    pages["responses/index.md"] = library_page(report)
    pages["report.md"] = report_markdown(report)
    pages["subscribe.md"] = subscribe_markdown(feeds, site_url)
    pages["rules/index.md"] = rules_index_markdown()
    pages.update({rule_page_uri(rule.code): rule_markdown(rule) for rule in all_rules()})
    return pages
