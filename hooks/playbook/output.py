"""Render findings for people (text), tools (json) and GitHub (workflow annotations).

Paths, messages and hints quote what authors wrote, so they may carry terminal
escape sequences (`ESC[2J` clears a screen, `ESC]52` writes the clipboard),
line breaks that forge extra findings or workflow commands, and bidi controls
that show text in another order than it is. Every format escapes them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from .findings import Finding, Severity

FORMATS = ("text", "json", "github")
_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


# C0 and C1 controls, DEL, bidi embeddings/overrides/isolates and marks, line and paragraph separators.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_JSON_UNESCAPED = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape_control(match: re.Match) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character written as an escape (`\\x1b`, `\\u202e`): safe to print."""
    return _CONTROLS.sub(_escape_control, text)


def finding_text(finding: Finding) -> str:
    """`path:line: CODE message (hint)`, safe for a terminal or a log."""
    return printable(finding.text())


def summary(findings: Iterable[Finding]) -> str:
    findings = list(findings)
    counts = {level: sum(1 for f in findings if f.severity is level) for level in Severity}
    if not findings:
        return "All checks pass."
    parts = [f"{counts[level]} {level.label}{'s' if counts[level] != 1 else ''}" for level in reversed(Severity) if counts[level]]
    return "Found " + ", ".join(parts) + "."


def as_text(findings: Iterable[Finding]) -> str:
    findings = list(findings)
    lines = [f"{finding_text(f)} [{f.severity.label}]" for f in findings]
    lines.append(summary(findings))
    return "\n".join(lines) + "\n"


def as_json(findings: Iterable[Finding]) -> str:
    findings = list(findings)
    payload = {"findings": [f.as_dict() for f in findings], "summary": {level.label: sum(1 for f in findings if f.severity is level) for level in Severity}}
    # JSON escapes C0 inside strings itself (its own line breaks are layout); DEL, C1, bidi controls and
    # separators become \\uXXXX too, so a reader gets the exact text back and a terminal shows it as it is.
    text = json.dumps(payload, indent=2, ensure_ascii=False)
    return _JSON_UNESCAPED.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text) + "\n"


def _escape_data(text: str) -> str:
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


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


class PrintableLog:
    """A logging filter that escapes control characters in every record it passes, except line breaks and tabs.

    Installed on MkDocs' handlers by the glue, so neither our findings nor MkDocs'
    own messages (which quote links and file names from content) reach a terminal raw.
    """

    _KEEP = {"\n", "\t"}

    def filter(self, record) -> bool:
        message = record.getMessage()
        if _CONTROLS.search(message):
            record.msg = _CONTROLS.sub(lambda m: m.group(0) if m.group(0) in self._KEEP else _escape_control(m), message)
            record.args = ()
        return True


def guard_log(logger) -> None:
    """Add one PrintableLog to each of `logger`'s handlers (once, however often it is called)."""
    for handler in logger.handlers:
        if not any(isinstance(f, PrintableLog) for f in handler.filters):
            handler.addFilter(PrintableLog())
