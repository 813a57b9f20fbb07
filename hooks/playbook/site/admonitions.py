"""The findings box shown at the top of a page, so authors see problems while writing."""

from __future__ import annotations

from collections.abc import Iterable

from ..findings import Finding, Severity
from .render import render

_KIND = {Severity.ERROR: "danger", Severity.WARNING: "warning", Severity.INFO: "info"}


def findings_box(findings: Iterable[Finding]) -> str:
    """Material's admonition as HTML, added after Markdown: messages quote content, and only Jinja's escaping touches them."""
    findings = list(findings)
    return render("findings_box.html.j2", kind=_KIND[max(f.severity for f in findings)], findings=findings)
