"""The marks a post carries wherever it appears: its status in words, and how many errors and warnings it has.

One function per question, so the calendar, the lists, the card and the
needs-action block can never count a post's findings differently. The markup
is the Jinja macros in templates/_marks.html.j2.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..check import Report
from ..findings import Severity
from .labels import STATUS_LABELS


@dataclass(frozen=True)
class Marks:
    status: str  # the status id: draft, in-review ...
    errors: int = 0
    warnings: int = 0

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def summary(self) -> str:
        """'2 errors, 1 warning' or '' when the checks found nothing above info."""
        return counts_text(self.errors, self.warnings)


def counts_text(errors: int, warnings: int) -> str:
    parts = []
    if errors:
        parts.append(f"{errors:,} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings:,} warning{'s' if warnings != 1 else ''}")
    return ", ".join(parts)


def marks_for(item, report: Report) -> Marks:
    """A post's or response template's status and finding counts."""
    found = report.for_path(item.path)
    return Marks(
        item.status,
        sum(1 for f in found if f.severity is Severity.ERROR),
        sum(1 for f in found if f.severity is Severity.WARNING),
    )


def search_tags(marks: Marks, tags) -> list[str]:
    """A post's tags as its search result shows them: its status and finding counts first.

    Material's search result shows the block that matched and the page's tags, and
    a post's card joins its page only after search has read it: the tags are where a
    result can say "Draft" or "2 errors" whatever word was searched for.
    """
    own = [marks.status_label, *(part for part in marks.summary.split(", ") if part)]
    return [*own, *(t for t in (tags if isinstance(tags, list) else []) if t not in own)]
