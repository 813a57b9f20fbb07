"""YAML parser errors in words a coordinator understands, with what to do about them.

PyYAML says "mapping values are not allowed in this context"; the person who
typed `title: Knee pain: what helps` needs to hear "quote values that contain
': '". Each explanation names the mistake and the fix; an error this module
does not know still gets a plain sentence, never the parser's wording.
"""

from __future__ import annotations

import re

_QUOTE_EXAMPLE = 'title: "Knee pain: what helps"'


def explain(problem: str, line_text: str, column: int) -> str:
    """What went wrong at `column` (0-based) of `line_text`, and how to fix it."""
    before = line_text[:column]
    char = line_text[column] if 0 <= column < len(line_text) else ""
    if "mapping values are not allowed" in problem:
        if re.search(r":(\s|$)", before):
            return f"a value contains ': ' (a colon and a space): put the whole value in double quotes, e.g. {_QUOTE_EXAMPLE}"
        return "this line is indented further than the field above it: start every field at the same column, or put a value that runs over several lines in double quotes"
    if "could not find expected ':'" in problem:
        return "this line is not 'field: value': add ': ' after the field name, or put a value that runs over several lines in double quotes"
    if "did not find expected key" in problem or "expected <block end>" in problem:
        if re.search(r"[\"']\s*$", before):
            return "there is text after the closing quote: put the whole value inside the quotes"
        return "this line does not line up with the fields around it: indent it with spaces exactly like its neighbours"
    if "cannot start any token" in problem:
        shown = char if char.strip() else "this character"
        return f"a value cannot start with '{shown}': put the whole value in double quotes, e.g. title: \"{char}...\""
    if "alphabetic or numeric character" in problem or "undefined alias" in problem or "found duplicate anchor" in problem:
        return "a value starts with '*' or '&', which YAML reads as a reference: put the whole value in double quotes"
    if "unknown escape character" in problem or "expected escape sequence" in problem:
        return "a backslash inside double quotes: write each backslash twice (\\\\), or use single quotes around the value"
    if "another document" in problem or "single document" in problem:
        return "a second '---' line: a file holds one block of fields (a post's fields end at the first '---' after the top); remove the extra '---'"
    if "expected '-' indicator" in problem:
        return "a list mixes '- ' items with other lines: start every item with '- ', indented the same"
    if "mapping keys are not allowed" in problem:
        return "a value starts with '?': put the whole value in double quotes"
    if "expected comment or line break" in problem:
        return "text follows '|' or '>' on the same line: put the value in double quotes instead"
    if "unhashable key" in problem:
        return "a field name is written in [ ] or { }: field names are plain words followed by ':', like title:"
    if "control characters are not allowed" in problem or "unacceptable character" in problem:
        code = re.search(r"#x[0-9a-fA-F]+", problem)
        return f"an invisible control character ({code.group(0) if code else 'not printable'}) is in the text: delete it (retype the line if you cannot see it)"
    return "the quotes, colons or indentation on this line are not valid YAML: compare it with the lines around it, and put values with special characters in double quotes"
