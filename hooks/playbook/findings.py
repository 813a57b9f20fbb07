"""The one shape in which every problem travels: a located, coded Finding."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.IntEnum):
    """Ordered so that `max()` gives the worst; the build fails on ERROR."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[str(text).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r}; use error, warning or info") from None


@dataclass(frozen=True, order=True)
class Finding:
    """A problem in one file; `line` is 1-based, 0 when the file as a whole is meant."""

    path: str
    line: int
    code: str
    message: str
    severity: Severity = Severity.ERROR
    column: int = 0
    hint: str = ""

    def location(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}:{self.column}" if self.column else where

    def text(self) -> str:
        """`path:line: CODE message`, the form editors and CI logs link to."""
        tail = f" ({self.hint})" if self.hint else ""
        return f"{self.location()}: {self.code} {self.message}{tail}"

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "severity": self.severity.label,
            "message": self.message,
            "hint": self.hint,
        }


def sort_key(finding: Finding) -> tuple:
    return (finding.path, finding.line, finding.column, finding.code, finding.message)


class Problem(str):
    """Why a value was refused. Still a `str` (the message), so callers that only print it keep
    working; it also carries the finding code and hint the problem should travel with."""

    code: str
    hint: str

    def __new__(cls, message: str, code: str = "FM006", hint: str = ""):
        self = super().__new__(cls, message)
        self.code, self.hint = code, hint
        return self
