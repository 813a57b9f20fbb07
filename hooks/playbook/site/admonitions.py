"""The findings box shown at the top of a page, so authors see problems while writing."""

from __future__ import annotations

from typing import Iterable

from ..findings import Finding, Severity
from .render import markdown_text as _escape  # messages quote content: not one character of it may act as Markdown

_KIND = {Severity.ERROR: "danger", Severity.WARNING: "warning", Severity.INFO: "info"}


def findings_admonition(findings: Iterable[Finding]) -> str:
    findings = list(findings)
    worst = max(f.severity for f in findings)
    count = len(findings)
    lines = [f'!!! {_KIND[worst]} "Playbook checks: {count} finding{"s" if count != 1 else ""}"', ""]
    for f in findings:
        where = f"line {f.line}" if f.line else "file"
        hint = f" — {_escape(f.hint)}" if f.hint else ""
        lines.append(f"    - **{f.severity.label}** `{f.code}` ({where}): {_escape(f.message)}{hint}")
    return "\n".join(lines)
