"""Render findings for people (text), tools (json) and GitHub (workflow annotations)."""

from __future__ import annotations

import json
from typing import Iterable

from .findings import Finding, Severity

FORMATS = ("text", "json", "github")
_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def summary(findings: Iterable[Finding]) -> str:
    findings = list(findings)
    counts = {level: sum(1 for f in findings if f.severity is level) for level in Severity}
    if not findings:
        return "All checks pass."
    parts = [f"{counts[level]} {level.label}{'s' if counts[level] != 1 else ''}" for level in reversed(Severity) if counts[level]]
    return "Found " + ", ".join(parts) + "."


def as_text(findings: Iterable[Finding]) -> str:
    findings = list(findings)
    lines = [f"{f.text()} [{f.severity.label}]" for f in findings]
    lines.append(summary(findings))
    return "\n".join(lines) + "\n"


def as_json(findings: Iterable[Finding]) -> str:
    findings = list(findings)
    payload = {"findings": [f.as_dict() for f in findings], "summary": {level.label: sum(1 for f in findings if f.severity is level) for level in Severity}}
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(findings: Iterable[Finding]) -> str:
    """GitHub Actions workflow commands: `::error file=..,line=..,title=..::message`."""
    out = []
    for f in findings:
        props = [f"file={_escape_property(f.path)}"]
        if f.line:
            props.append(f"line={f.line}")
        if f.column:
            props.append(f"col={f.column}")
        props.append(f"title={_escape_property(f.code)}")
        message = f"{f.code} {f.message}" + (f" ({f.hint})" if f.hint else "")
        out.append(f"::{_GITHUB_LEVEL[f.severity]} {','.join(props)}::{_escape_data(message)}")
    return "\n".join(out) + ("\n" if out else "")


def render(findings: Iterable[Finding], fmt: str) -> str:
    return {"text": as_text, "json": as_json, "github": as_github}[fmt](findings)
