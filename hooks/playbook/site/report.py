"""The report page: every finding in one table, then the plan's numbers as charts.

The numbers come from `stats.py`, the module the consistency, personality and
community rules count with, so a chart can never contradict a finding. The
markup lives in templates/report.md.j2 and templates/chart_*.j2; all text from
content (messages quote titles and copy) is escaped by Jinja's autoescape.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import stats
from ..check import Report
from ..findings import Finding, Severity
from ..layout import page_of
from ..ruledocs import rule_page_uri
from .charts import Chart, report_charts
from .render import relative_url, render
from .reviews import reviews_markdown

SEVERITY_WORDS = {Severity.ERROR: ("error", "errors"), Severity.WARNING: ("warning", "warnings"), Severity.INFO: ("info", "info")}


@dataclass(frozen=True)
class FindingRow:
    severity: str
    code: str
    rule_name: str
    rule_url: str  # "" when the code has no rule page
    path: str
    file_url: str  # "" when the file is not a page of the site
    line: int
    message: str
    hint: str


def file_page(path: str) -> str:
    """The docs-folder src uri of a finding's file when the site has a page for it, else ''.

    content/posts/2027/01/04-x.md -> posts/2027/01/04-x.md; plans/series.yml -> ''.
    """
    return page_of(path)


def rule_names() -> dict[str, str]:
    """Every rule's name by its code (imports every rule family: a build passes the names it keeps)."""
    from ..rules import all_rules

    return {rule.code: rule.name for rule in all_rules()}


def _row(finding: Finding, src_uri: str, names: dict[str, str]) -> FindingRow:
    name = names.get(finding.code)
    page = file_page(finding.path)
    return FindingRow(
        severity=finding.severity.label,
        code=finding.code,
        rule_name=name or "",
        rule_url=relative_url(rule_page_uri(finding.code), src_uri) if name is not None else "",
        path=finding.path,
        file_url=relative_url(page, src_uri) if page else "",
        line=finding.line,
        message=finding.message,
        hint=finding.hint,
    )


@dataclass(frozen=True)
class ItemGroup:
    """The findings of one file, under the name a coordinator knows it by: a post's title and date."""

    title: str
    when: str  # 'Mon 4 Jan 2027' for a post, '' otherwise
    kind: str  # "post" | "reply" | "file"
    url: str  # the file's page, '' when it has none
    path: str  # shown for files that are neither posts nor replies
    worst: str
    rows: tuple[FindingRow, ...]


def finding_groups(report: Report, src_uri: str, names: dict[str, str] | None = None) -> list[ItemGroup]:
    """One group per file: the worst first, then posts by date, replies by title, other files by path.

    Rows within a group run from the worst severity down, then by line.
    """
    names = rule_names() if names is None and report.findings else names or {}
    posts = {p.path: p for p in report.corpus.posts}
    replies = {t.path: t for t in report.corpus.responses}
    plans = report.corpus.plans
    by_path: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_path.setdefault(finding.path, []).append(finding)
    keyed = []
    for path, found in by_path.items():
        found.sort(key=lambda f: (-f.severity, f.line, f.column, f.code, f.message))
        worst = found[0].severity
        page = file_page(path)
        url = relative_url(page, src_uri) if page else ""
        rows = tuple(_row(f, src_uri, names) for f in found)
        if path in posts:
            post = posts[path]
            local = plans.local(post.publish)
            group = ItemGroup(post.title, f"{local:%a} {local.day} {local:%b %Y}", "post", url, "", worst.label, rows)
            order = (0, local.isoformat(), post.title, path)
        elif path in replies:
            group = ItemGroup(replies[path].title, "", "reply", url, "", worst.label, rows)
            order = (1, "", replies[path].title, path)
        else:
            group = ItemGroup(path, "", "file", url, path, worst.label, rows)
            order = (2, "", path, path)
        keyed.append(((-worst, *order), group))
    return [group for _, group in sorted(keyed, key=lambda pair: pair[0])]


def summary(report: Report) -> str:
    """'3 findings: 1 error, 2 warnings, 0 info.' or the all-clear."""
    if not report.findings:
        return "No findings — every check passes."
    total = len(report.findings)
    parts = []
    for severity in sorted(Severity, reverse=True):
        n = sum(1 for f in report.findings if f.severity is severity)
        one, many = SEVERITY_WORDS[severity]
        parts.append(f"{n} {one if n == 1 else many}")
    return f"{total} finding{'' if total == 1 else 's'}: {', '.join(parts)}."


def report_markdown(report: Report, src_uri: str = "report.md", names: dict[str, str] | None = None) -> str:
    """The generated page `src_uri` (Markdown with front matter): summary, findings table, three charts."""
    charts: tuple[Chart, ...] = report_charts(report)
    planned = len(stats.planned(report.corpus.posts))
    return render(
        "report.md.j2",
        today=report.today.isoformat(),
        planned=planned,
        responses=len(report.corpus.responses),
        summary=summary(report),
        groups=finding_groups(report, src_uri, names),
        charts=charts,
    ) + reviews_markdown(report)
