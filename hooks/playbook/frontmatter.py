"""Split a Markdown file into its YAML front matter and body, keeping line numbers.

MkDocs silently ignores front matter it cannot parse; we parse it ourselves so
every problem is reported at the right line of the right file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .source import read_source
from .yamlload import LineDict, YamlError, load_yaml

_FENCE = re.compile(r"^---[ \t]*$")
_CLOSE = re.compile(r"^(---|\.\.\.)[ \t]*$")


@dataclass(frozen=True)
class Document:
    meta: LineDict
    body: str
    body_line: int  # file line where the body starts


@dataclass(frozen=True)
class FrontMatterProblem:
    kind: str  # "missing" | "unclosed" | "yaml" | "not-mapping"
    message: str
    line: int
    column: int = 0


def split_front_matter(text: str) -> Document | FrontMatterProblem:
    lines = text.split("\n")
    if not text.strip():
        return FrontMatterProblem("missing", "file is empty; a post starts with front matter between '---' lines", 1)
    if not _FENCE.match(lines[0]):
        return FrontMatterProblem("missing", "no front matter: the file must start with a '---' line, the fields, and a closing '---'", 1)
    for index in range(1, len(lines)):
        if _CLOSE.match(lines[index]):
            break
    else:
        return FrontMatterProblem("unclosed", "front matter is never closed: add a '---' line after the fields", 1)
    yaml_text = "\n".join(lines[1:index])
    data, error = load_yaml(yaml_text, first_line=2)
    if isinstance(error, YamlError):
        return FrontMatterProblem("yaml", error.message, error.line, error.column)
    if data is None:
        return FrontMatterProblem("missing", "front matter is empty: add the required fields between the '---' lines", 1)
    if not isinstance(data, LineDict):
        kind = "a list" if isinstance(data, list) else f"a {type(data).__name__}"
        return FrontMatterProblem("not-mapping", f"front matter must be 'field: value' lines, not {kind}", 2)
    body = "\n".join(lines[index + 1 :])
    return Document(data, body, index + 2)


REFUSED = ("FM001", "FM010")  # findings after which MkDocs must not read the page as it is


def page_source(root: Path | str, rel: str) -> str:
    """What MkDocs may read of a page whose front matter or bytes the engine refused.

    MkDocs parses front matter again with its own YAML loader, which has no bounds
    (an alias bomb in `title:` expands when the title is printed), and raises on
    bytes that are not UTF-8. Such a page is handed over as its body alone, or
    empty; its findings say what is wrong. Only `mkdocs serve` ever renders it:
    a build stops on the finding first.
    """
    source = read_source(Path(root) / rel)
    if source.text is None:
        return ""
    lines = source.text.split("\n")
    if lines and _FENCE.match(lines[0]):
        for index in range(1, len(lines)):
            if _CLOSE.match(lines[index]):
                return "\n".join(lines[index + 1 :])
        return ""
    return source.text
