"""Which names a content file may have: each becomes a page's web address, a link and the calendar's URL.

A newline in a name breaks the iCal feed; `#`, `?` and `%` cut or garble a
link; spaces and control characters need escaping everywhere the name goes;
letters outside ASCII (and the same accent written two ways, NFC or not) give
two spellings of one address. So names keep to the characters `playbook new`
writes: ASCII letters, digits, `-`, `_` and `.`.
"""

from __future__ import annotations

import re
import unicodedata

SAFE = re.compile(r"[A-Za-z0-9._-]+")
_SAFE_PATH = re.compile(r"[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*")  # every part SAFE: the common case, in one match
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9._-]+")


def _describe(ch: str) -> str:
    if ch == " ":
        return "a space"
    if ch in "\n\r":
        return "a line break"
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf", "Zl", "Zp"):
        return f"an invisible control character (U+{ord(ch):04X})"
    if ord(ch) > 127:
        return "letters outside ASCII" if category.startswith(("L", "M")) else f"the symbol U+{ord(ch):04X}"
    return f'"{ch}"'


def safe_name(name: str) -> str:
    """The name `playbook new` would write instead: accents dropped, other runs of unsafe characters as '-'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return _UNSAFE_RUN.sub("-", ascii_name).strip("-") or "renamed"


def name_problem(rel_path: str) -> tuple[str, str]:
    """(message, hint) when a path below content/ has an unsafe part; ('', '') when every part is safe."""
    if _SAFE_PATH.fullmatch(rel_path):
        return "", ""
    parts = rel_path.split("/")
    for index, part in enumerate(parts):
        if SAFE.fullmatch(part):
            continue
        what = list(dict.fromkeys(_describe(ch) for ch in part if not SAFE.fullmatch(ch)))
        kind = "file" if index == len(parts) - 1 else "folder"
        fixed = "/".join(safe_name(p) if i == index else p for i, p in enumerate(parts))
        message = f"the {kind} name '{part}' has {', '.join(what)}: names become web addresses, links and calendar URLs, where these break"
        return message, f"rename it to {fixed} (ASCII letters, digits, '-', '_' and '.' only)"
    return "", ""


# What content/ may publish besides Markdown: the pictures and clips posts show (checked through their alt
# text and `people:`). Anything else (text, HTML, PDF, SVG, spreadsheets, scripts) would be copied to the site
# as it is, read by no check; SVG and HTML can also run script in the site's origin.
MEDIA_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".heic", ".mp4", ".m4v", ".mov", ".webm")


def kind_problem(rel_path: str) -> tuple[str, str]:
    """(message, hint) for a file under content/ that is neither Markdown nor a picture or clip; ('', '') otherwise."""
    name = rel_path.rsplit("/", 1)[-1].lower()
    if name.endswith(".md") or name.endswith(MEDIA_SUFFIXES):
        return "", ""
    if any(part.startswith(".") for part in rel_path.split("/")):
        return "", ""  # MkDocs publishes no dotfile (.DS_Store, .gitkeep): its exclude_docs default
    suffix = name.rsplit(".", 1)[-1] if "." in name.strip(".") else ""
    kind = f"a .{suffix} file" if suffix else "a file without a known type"
    return (
        f"{kind} under content/ would be published as it is, read by no check (names, record numbers and script included)",
        f"move it out of content/ (plans/ or outside the repository), or make it a post or a picture ({', '.join(s.lstrip('.') for s in MEDIA_SUFFIXES)})",
    )
