"""Markup in content: what a browser, or Markdown on its way to the site, would turn into live HTML.

The playbook site may be public and its copy buttons paste text into public
replies, so everything a content file says is attacker-controlled input.
Front matter and plans are plain text; post copy is plain text with a little
Markdown. Neither ever needs a tag, an event handler or a `javascript:` link.

Detection here over-approximates on purpose (the rules built on it are
errors, and a false alarm costs one rewrite): it scans the text lexically,
ignoring whether a tag sits in a code span or an attribute value, and it
sees through what browsers and Markdown see through — character references
(`&#106;`, `&Tab;`, `&colon;`, numeric ones without `;`), tabs and line
breaks inside a URL, backslashes, any letter case. The site's sanitiser
(`site/sanitize.py`) is the second line: it removes whatever this misses.

Offsets returned are offsets in the text given, so rules can name the line.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .fields import finding
from .findings import Finding
from .layout import src_uri
from .model import NOTES
from .text import Span, where

# Elements that run script, load other documents, submit or restyle the page. Social copy needs none.
ACTIVE_TAGS = frozenset(
    "script iframe frame frameset object embed applet style link meta base form input button textarea select "
    "option svg math template noscript noembed noframes portal isindex xml xmp plaintext listing".split()
)
UNSAFE_SCHEMES = ("javascript", "vbscript", "livescript", "mocha", "data")

# `<` starting a tag, an end tag, a comment, a doctype or a processing instruction (HTML's tag-open state).
# A name stops at the next `<` too, so every `<` is looked at: Markdown may start a tag where HTML would not.
_TAG_OPEN = re.compile(r"<(?:/?([A-Za-z][^\t\n\f\r /><]*)|!|\?)")
# Handlers count anywhere after the first tag opens (where HTML ends a tag depends on quotes that only
# count after `=`, and Markdown ends it elsewhere: do not guess) and inside a Markdown attr_list `{...}`.
_FIRST_TAG = re.compile(r"<[A-Za-z]")
_ATTR_LIST = re.compile(r"\{[^{}\n]*\}")
_HANDLER = re.compile(r"(?<![\w-])(on[a-z]+)[\x00-\x20]*=", re.IGNORECASE)
# Where a URL starts: a Markdown destination `](` or `(`, an autolink `<`, an attribute `=` (quotes and
# spaces allowed before the value), a reference definition `]:`. Markdown keeps spaces in a destination
# (`[x](data: 1)` links to "data: 1"), but `data:` after a bare parenthesis and a space is prose: "(data: 2026)".
_URL = re.compile(
    r"(?:[(<=]|\]:)[\x00-\x20\"'`]*((?:java|vb|live)script|mocha):"
    r"|(?:\][\x00-\x20]*\(|\]:|=)[\x00-\x20\"'`<]*(data):"
    r"|[(<][\x00-\x20]*(data):(?![\x00-\x20]+[^\x00-\x20)>])",
    re.IGNORECASE,
)
_REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_URL_INVISIBLE = re.compile(r"[\t\n\r\\]")  # URL parsers drop tabs and line breaks; backslashes may be escapes
_QUICK = re.compile(r"script|mocha|data", re.IGNORECASE)


@dataclass(frozen=True)
class Markup:
    """One piece of live markup: what it is, where it starts in the text, and how it reads."""

    kind: str  # "tag" (any), "active-tag", "handler", "url"
    offset: int
    snippet: str  # e.g. "<script", "onerror=", "javascript:"


# -- text as a browser would read it, with a map back to the source ---------------------------------
def _rewrite(text: str, origin: list[int], pattern: re.Pattern, replace) -> tuple[str, list[int]]:
    """Apply `replace(match) -> str` to every match, keeping for each output character its source offset."""
    out: list[str] = []
    where: list[int] = []
    last = 0
    for match in pattern.finditer(text):
        out.append(text[last : match.start()])
        where.extend(origin[last : match.start()])
        new = replace(match)
        out.append(new)
        where.extend([origin[match.start()]] * len(new))
        last = match.end()
    out.append(text[last:])
    where.extend(origin[last:])
    return "".join(out), where


def decoded(text: str, rounds: int = 3) -> tuple[str, list[int]]:
    """The text with character references decoded (repeatedly, to see through double encoding)."""
    origin = list(range(len(text)))
    for _ in range(rounds):
        if "&" not in text:
            break
        new, origin = _rewrite(text, origin, _REFERENCE, lambda m: html.unescape(m.group(0)))
        if new == text:
            break
        text = new
    return text, origin


# -- the three detectors -------------------------------------------------------------------------
def tags(text: str) -> list[Markup]:
    """Every tag-like `<` in the text (raw), marking the active ones."""
    found = []
    for match in _TAG_OPEN.finditer(text):
        name = (match.group(1) or "").lower()
        opening = not match.group(0).startswith("</")  # a stray end tag runs nothing
        kind = "active-tag" if opening and name in ACTIVE_TAGS else "tag"
        found.append(Markup(kind, match.start(), match.group(0)[:20]))
    return found


def handlers(text: str) -> list[Markup]:
    """Event-handler attributes (`onerror=`) after a tag opens, or in a Markdown attribute list `{: ...}`."""
    if "=" not in text:
        return []  # every handler needs its `=` (most copy has none: the calendar feeds ask about every event)
    first = _FIRST_TAG.search(text)
    found = [Markup("handler", m.start(), m.group(1).lower() + "=") for m in _HANDLER.finditer(text, first.start() if first else len(text))]
    for region in _ATTR_LIST.finditer(text):
        found += [Markup("handler", m.start(), m.group(1).lower() + "=") for m in _HANDLER.finditer(text, region.start(), region.end())]
    return sorted(set(found), key=lambda m: m.offset)


def unsafe_urls(text: str) -> list[Markup]:
    """`javascript:`, `vbscript:` or `data:` where a link, an image or an attribute would use it."""
    if "&" not in text and not _QUICK.search(_URL_INVISIBLE.sub("", text)):
        return []  # the common case, decided without building an offset map
    plain, origin = decoded(text)
    plain, origin = _rewrite(plain, origin, _URL_INVISIBLE, lambda m: "")
    found = []
    for match in _URL.finditer(plain):
        group = next(g for g in range(1, 4) if match.group(g))
        found.append(Markup("url", origin[match.start(group)], match.group(group).lower() + ":"))
    return found


def outgoing(text: str) -> tuple[str, list[int]]:
    """The text as it goes out (team notes removed, see model.NOTES), with each character's source offset."""
    return _rewrite(text, list(range(len(text))), NOTES, lambda m: "")


def live(text: str) -> list[Markup]:
    """Markup that would run or load something: active tags, handlers and unsafe links (benign tags pass)."""
    return [m for m in tags(text) if m.kind == "active-tag"] + handlers(text) + unsafe_urls(text)


def in_copy(text: str) -> list[Markup]:
    """Live markup in post copy or a reply, read as it goes out: removing a note can join `<scr<!-- -->ipt>`."""
    sent, origin = outgoing(text)
    found = live(sent)
    return sorted({Markup(m.kind, origin[m.offset] if m.offset < len(origin) else len(text), m.snippet) for m in found}, key=lambda m: (m.offset, m.kind))


def in_field(text: str) -> list[Markup]:
    """Any markup in a front-matter or plans value, which is plain text: tags (also entity-encoded) and unsafe links."""
    plain, origin = decoded(text)
    found = [Markup(m.kind, origin[m.offset], m.snippet) for m in tags(plain) + handlers(plain)] + unsafe_urls(text)
    return sorted(set(found), key=lambda m: (m.offset, m.kind))


# -- making text inert where it is not HTML (calendar feeds, spreadsheets) -----------------------------
_SCHEME_LOOSE = re.compile(
    "(?:" + "|".join("[\\t\\n\\r\\\\]*".join(word) for word in UNSAFE_SCHEMES) + ")[\\t\\n\\r\\\\\\x00-\\x20]*:",
    re.IGNORECASE,
)


def _opens_tag(text: str) -> bool:
    """Whether a `<` in the text (or in it once references are decoded) starts a tag, an end tag or a comment."""
    return bool(_TAG_OPEN.search(text) or ("&" in text and _TAG_OPEN.search(decoded(text)[0])))


def inert(text: str) -> str:
    """Text with its live markup defused: references decoded, `<` `>` as `‹` `›`, unsafe schemes without a colon.

    Calendar apps render some HTML in event descriptions, and each property is
    defused on its own: a `<` that could open a tag or a comment is defused even
    when the text alone runs nothing, since `<img src=x ` in one field and
    `onerror=...>` in the next would join into one tag. Text that opens no tag
    and holds no live markup ("Kids <3 running") comes back unchanged.
    """
    if not live(text) and not _opens_tag(text):
        return text
    text, _ = decoded(text)
    text = text.replace("<", "\u2039").replace(">", "\u203a")
    return _SCHEME_LOOSE.sub(lambda m: re.sub(r"[^A-Za-z]", "", m.group(0)) + "-", text)


# -- front matter and plans: every text value, reported where it sits (SEC001) -------------------------
def _values(data, label: str, line: int):
    """(field label, line, text) for every string in a YAML tree from yamlload (keys' lines kept)."""
    if isinstance(data, str):
        yield label, line, data
    elif isinstance(data, dict):
        for key, value in data.items():
            where = getattr(data, "line_of", lambda _k: line)(key)
            yield from _values(value, f"{label}.{key}" if label else str(key), where)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            where = getattr(data, "line_of", lambda _i: line)(index)
            yield from _values(value, f"{label}[{index + 1}]", where)


def field_findings(data, path: str, skip: tuple[str, ...] = ("variants",)) -> list:
    """SEC001 for every front-matter or plans value holding markup; `skip` names copy fields (SEC002/3 read them)."""
    found = []
    for label, line, text in _values(data, "", getattr(data, "line", 1) or 1):
        if label.split(".", 1)[0].split("[", 1)[0] in skip:
            continue
        for markup in in_field(text)[:1]:  # one finding per value is enough to make the author look
            what = f"the link '{markup.snippet}'" if markup.kind == "url" else f"'{markup.snippet}'"
            where = f"'{label}'" if label else "this value"
            found.append(
                finding(
                    "SEC001",
                    f"Remove {what} from {where}: front matter and plans are plain text, shown on the public site and in the calendar feeds",
                    path,
                    line,
                    hint="write 'less than' instead of '<'; links go in the copy as https:// addresses",
                )
            )
    return found


def name_findings(path: str) -> list:
    """SEC001 for a content file whose name holds markup: the name becomes the page's address and shows in the report."""
    name = src_uri(path)
    return [
        finding(
            "SEC001", f"Rename the file: its name holds '{markup.snippet}', and it becomes the page's address on the public site", path, 0, hint="use lower-case letters, digits and '-' in file names"
        )
        for markup in in_field(name)[:1]
    ]


# -- copy: live markup in post copy, replies and other pages' text (SEC002, SEC003) --------------------
COPY_CODES = {"active-tag": "SEC002", "handler": "SEC002", "url": "SEC003"}
COPY_HINTS = {"SEC002": "copy is plain text; use Markdown for a link: [text](https://...)", "SEC003": "link to a web page with an https:// address"}


def copy_finding(span: Span, markup: Markup, path: str = "", located: bool = True) -> Finding:
    """The finding for one piece of live markup in copy; `located` is False when it only appears once placeholders are filled."""
    code = COPY_CODES[markup.kind]
    if code == "SEC003":
        what = f"the '{markup.snippet}' link"
        why = "it would run script when clicked on the site"
    else:
        what = f"the '{markup.snippet}' handler" if markup.kind == "handler" else f"the '{markup.snippet}' tag"
        why = "the site would run it in every visitor's browser, and social copy never needs it"
    if not located:
        return finding(code, f"Remove what fills in {what} once the placeholders are filled: {why}", path, span.line, hint=COPY_HINTS[code])
    column = markup.offset - span.text.rfind("\n", 0, markup.offset)
    return finding(code, f"Remove {what}{where(span)}: {why}", path, span.line_at(markup.offset), column, COPY_HINTS[code])


def page_findings(text: str, first_line: int, path: str) -> list[Finding]:
    """SEC002 and SEC003 for the body of another content page (the playbook's own text), read by the parser."""
    span = Span(text, first_line, "body")
    return [copy_finding(span, markup, path) for markup in in_copy(text)]
