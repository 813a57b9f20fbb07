"""Pins: where each trigger example of the rule tables is found, and the start of what it says.

A trigger example only has to make its rule fire; its pin also fixes each finding's
location (`line:col` as `playbook check` prints it: 1-based line, column as the engine
reports it, 0 for none) and a fragment of its message, the way ruff's and markdownlint's
fixtures do. Pins live in tests/rules/pins/<FAMILY>.yml, keyed by rule code and by a digest
of the example's content (so rows can be added, moved or reordered without touching
anyone else's pin), and are written by `python scripts/pin_examples.py`, never by hand:
a row states its findings by hand with `harness.pinned(...)` instead.

One finding is one string: `[where ]line:col fragment`. `where` names the item when an
example has several (`#2`, the second item of a list) or files (`plans/team.yml`); the
fragment is the message's opening words, through the first quoted span if one starts
there (`Remove the name 'Maria'`), so a reworded message shows up in review.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import importlib
import json
import pkgutil
import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import yaml
from playbook import codes
from playbook.findings import Finding

import tests.rules as rule_tests
from tests import conftest
from tests.conftest import Link
from tests.rules.harness import findings, unwrap

_PLAN_TEXTS = (conftest.PRACTICE, conftest.TEAM, conftest.SERIES, conftest.CAMPAIGNS, conftest.AUTHORIZATIONS)
PIN_DIR = Path(__file__).resolve().parent / "pins"
SCRIPT = "python scripts/pin_examples.py"
FRAGMENT = 40  # characters of a message a pin keeps, more to finish a word or a quoted span
LONGEST = 72
SHORTEST = 16  # a first clause shorter than this says too little on its own

# Paths and uids the harness numbers as it builds posts and responses (harness.post, harness.response):
# the numbers depend on how many rows came before, so pins speak of an example's items by place.
_NUMBERED = re.compile(r"content/(?:posts/2027/02|responses)/(\d{4,})-example\.md|(?<![\w-])t-(\d{4,})(?![\w-])")
_QUOTED = re.compile(r"(?<!\w)'(?:[^']|(?<=\w)'(?=\w))+'(?!\w)|\"[^\"]+\"|‘[^’]+’|“[^”]+”")  # "'We're in'" is one span
_BREAK = re.compile(r"[:;,.] | \(")
_FOUND = re.compile(r"^(?:(?P<where>.+?):)?(?P<line>\d+):(?P<column>\d+)(?: (?P<fragment>.*))?$", re.S)


# --------------------------------------------------------------------------- the tables


def all_cases() -> dict:
    """CASES of every test module in tests/rules/, merged."""
    cases = {}
    for info in pkgutil.iter_modules(rule_tests.__path__):
        if info.name.startswith("test_"):
            module = importlib.import_module(f"tests.rules.{info.name}")
            cases.update(getattr(module, "CASES", {}))
    return cases


# --------------------------------------------------------------------------- digests


def canonical(value) -> str:
    """A text for `value` that is the same in every run and on every machine (sets sorted, no ids)."""
    if isinstance(value, Link):
        return f"Link({str(value)!r})"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        inner = ", ".join(f"{f.name}={canonical(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__name__}({inner})"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{canonical(k)}: {canonical(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(canonical(v) for v in value)) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(canonical(v) for v in value) + "]"
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    text = repr(value)
    if " at 0x" in text:
        raise TypeError(f"{type(value).__name__} has no stable text to pin: {text}")
    return text


def _renumber(text: str, order: dict[str, str]) -> str:
    """`text` with the harness's item numbers replaced by the items' places (`#1`, `#2`, ...);
    `order` remembers the places given so far, and grows."""

    def place(match: re.Match) -> str:
        return order.setdefault(match.group(1) or match.group(2), f"#{len(order) + 1}")

    return _NUMBERED.sub(place, text)


def _content(example) -> tuple[str, dict[str, str]]:
    order: dict[str, str] = {}
    return _renumber(canonical(unwrap(example)[0]), order), order


def digest(example) -> str:
    """A short, stable name for the example's content (not its name, place or harness numbers)."""
    return hashlib.sha256(_content(example)[0].encode("utf-8")).hexdigest()[:10]


# --------------------------------------------------------------------------- findings as pins


def _where(finding: Finding, inner, order: dict[str, str]) -> str:
    """'' for the example's only item; else which item (`#2`) or file (`plans/team.yml`) holds the finding."""
    path = _renumber(finding.path, order)
    if isinstance(inner, dict):
        return "" if list(inner) == [finding.path] else path
    if isinstance(inner, list) and len(inner) != 1:
        return path
    only = inner[0] if isinstance(inner, list) else inner
    return "" if path in ("", "#1", getattr(only, "path", "")) else path


def fragment(message: str) -> str:
    """The opening of `message`: its first clause (to the first ': ', '; ', ', ', ' (' or '. '
    outside quotes) when that is a phrase of its own, else about FRAGMENT characters ending on
    a word, stretched to close a quoted span they cut; never more than LONGEST."""
    quotes = [(q.start(), q.end()) for q in _QUOTED.finditer(message)]
    for brk in _BREAK.finditer(message):
        if not any(start < brk.start() < end for start, end in quotes) and SHORTEST <= brk.start() <= LONGEST:
            return message[: brk.start()]
        if brk.start() > LONGEST:
            break
    if len(message) <= LONGEST - 12:
        return message
    cut = message.rfind(" ", 0, FRAGMENT + 1)
    cut = cut if cut > 0 else FRAGMENT
    for start, end in quotes:
        if start < cut < end:
            cut = end
    return message[: min(cut, LONGEST)].rstrip()


def observed(code: str, example) -> list[tuple[str, str]]:
    """(location, whole message) of each finding of `code` in `example`, as pins name them."""
    order = _content(example)[1]
    inner = unwrap(example)[0]
    out = []
    for f in findings(code, example):
        where = _where(f, inner, order)
        out.append((f"{where + ':' if where else ''}{f.line}:{f.column}", _renumber(f.message, order)))
    return out


def as_pins(found: list[tuple[str, str]]) -> list[str]:
    return [f"{where} {fragment(message)}" for where, message in found]


def parse_pin(pin: str) -> tuple[str, str]:
    """'#2:10:5 Remove it' -> ('#2:10:5', 'Remove it')."""
    match = _FOUND.match(pin)
    if not match:
        raise ValueError(f"a pin reads '[where:]line:col fragment', not {pin!r}")
    where = f"{match['where']}:" if match["where"] else ""
    return f"{where}{match['line']}:{match['column']}", match["fragment"] or ""


def agree(pins: list[str], found: list[tuple[str, str]]) -> bool:
    """Each pin is one finding at that location whose message holds its fragment, and no finding is left over."""
    if len(pins) != len(found):
        return False
    left = list(found)
    for pin in pins:
        where, text = parse_pin(pin)
        match = next((f for f in left if f[0] == where and text in f[1]), None)
        if match is None:
            return False
        left.remove(match)
    return True


# --------------------------------------------------------------------------- pin files


def pin_file(code: str) -> Path:
    return PIN_DIR / f"{codes.family(code)}.yml"


def pin_file_name(code: str) -> str:
    """The pin file as the repository names it: tests/rules/pins/PHI.yml."""
    return pin_file(code).relative_to(PIN_DIR.parents[2]).as_posix()


@cache
def _load(path: Path) -> dict:
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def load(code: str) -> dict[str, list[str]]:
    """digest -> pinned findings, for one rule."""
    return dict(_load(pin_file(code)).get(code) or {})


def _scalar(text: str) -> str:
    """A YAML double-quoted scalar that shows invisible and control characters as escapes."""
    quoted = json.dumps(text, ensure_ascii=False)
    return "".join(ch if unicodedata.category(ch)[0] not in "CZ" or ch == " " else _escape(ch) for ch in quoted)


def _escape(ch: str) -> str:
    point = ord(ch)
    return f"\\u{point:04x}" if point <= 0xFFFF else f"\\U{point:08x}"


def describe(example) -> str:
    """A short readable label: the example's name, or the start of its text."""
    inner, name, _ = unwrap(example)
    if name:
        text = name
    elif isinstance(inner, dict):
        text = " | ".join(_file_change(path, data) for path, data in inner.items())
    elif isinstance(inner, str):
        text = inner
    elif isinstance(inner, list):
        return f"{len(inner)} items"
    else:
        text = getattr(inner, "body", "") or getattr(inner, "reply", "") or getattr(inner, "title", "") or type(inner).__name__
    return str(text)


def _file_change(path: str, data) -> str:
    """`path: what it holds`, or only the lines that differ from the throwaway practice's (tests/conftest.py)."""
    if data is None:
        return f"no {path}"
    if isinstance(data, conftest.Pipe):
        return f"{path}: a named pipe"
    if isinstance(data, Link):
        return f"{path} -> {data}"
    if isinstance(data, bytes):
        return f"{path}: {data[:30]!r}"
    usual = set(conftest.GOOD_POST.splitlines()) | {line for text in _PLAN_TEXTS for line in text.splitlines()}
    lines = data.splitlines()
    new = [line.strip() for line in lines if line not in usual]
    post = conftest.GOOD_POST.splitlines()
    gone = [f"-{line}" for line in post if line not in lines]
    changes = new + (gone if len(gone) < len(post) / 2 else [])
    return f"{Path(path).name}: " + (" / ".join(changes) if changes else "as usual" if data.strip() else "empty")


def _comment(text: str) -> str:
    flat = " ".join(text.split())
    flat = "".join(ch if unicodedata.category(ch)[0] not in "CZ" or ch == " " else f"U+{ord(ch):04X}" for ch in flat)
    return flat if len(flat) <= 70 else flat[:69] + "…"


def render(family_pins: dict[str, list[tuple[str, str, list[str]]]]) -> str:
    """The text of one family's pin file: code -> [(digest, label, pins)], in the given order."""
    out = [
        f"# Generated by `{SCRIPT}`: where each trigger example in tests/rules/ is found and what it",
        "# says (tests/rules/pinning.py). Review the diff like code; do not edit by hand.",
    ]
    for code, rows in family_pins.items():
        if not rows:
            continue
        out.append(f"{code}:")
        for key, label, pins in rows:
            out.append(f'  "{key}":  # {_comment(label)}')
            out.extend(f"  - {_scalar(pin)}" for pin in pins)
    return "\n".join(out) + "\n"


def reset() -> None:
    """Forget loaded pin files (after the script rewrote them)."""
    _load.cache_clear()
