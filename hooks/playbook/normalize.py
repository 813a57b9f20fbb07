"""Fold text to what a reader sees, so look-alike or invisible characters never walk around a rule.

"J\u200bane", "Jаne" (Cyrillic а), "Ｊａｎｅ" (fullwidth) and "𝐉𝐚𝐧𝐞" (mathematical bold) all read
as "Jane", and "３１２–５５５–０１４７" is a phone number. Rules match on the folded text:

- format and other default-ignorable characters (zero-width space and joiners, bidi
  controls, soft hyphen, variation selectors, tag characters) are dropped;
- every character is replaced by its NFKC compatibility form (fullwidth, mathematical
  and circled letters, ligatures, no-break and thin spaces), except punctuation and
  symbols that NFKC would spell out ("…", "™"), which stay as they are;
- decimal digits of any script become ASCII digits, and hyphens and the minus sign
  the ASCII hyphen (dashes stay dashes: the number rules accept them between digits);
- accents on Latin letters are dropped ("José" -> "Jose"), and a combining mark
  piled onto a letter or digit disappears;
- a letter of another script that Unicode's confusables table (the maintained one
  shipped by `confusable-homoglyphs`) says looks like a Latin letter or a digit is
  replaced by it, but only inside a word that mixes it with Latin letters or digits,
  or whose letters all have such look-alikes: "Jаne" and "Јое" fold, "спасибо" and
  "5 μg" (μ has no Latin look-alike) stay as written.

Decision on accents: rules match on the folded skeleton (so "José", "Jose" and "Jоse"
are one name), while every quote shown to the author is cut from the author's own
text through the offset map, so "José Ramírez" is reported as written.

Newlines are never added or removed, so a line number counted in the folded text is
the line in the file; `Folded.origin` maps any folded offset back to the raw text for
columns and quotes. Pure-ASCII text (most copy) is returned as it is, without a copy.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from . import patternstore

# Default-ignorable code points and invisible format characters (Unicode's Cf category and
# DerivedCoreProperties' Default_Ignorable_Code_Point): they draw nothing, or nothing of their
# own. Format characters that draw a sign (Arabic number signs, Egyptian format controls) are
# not in this set, but fold() drops them too: it drops every Cf character, by category.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)

# Latin letters that carry no decomposable accent but read as plain ones in a name.
_LATIN_PLAIN = {
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T",
    "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
}  # fmt: skip

# Hyphens that are not ASCII (a word processor's "93‐year‐old") read as the ASCII one; dashes
# (– —) keep their meaning in prose, and the number rules accept them between digits.
_HYPHENS = {"\u2010": "-", "\u2011": "-", "\u2043": "-", "\u2212": "-"}

_STRIP, _MARK, _PLAIN, _FOREIGN = range(4)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True, eq=False)
class Folded:
    """Folded text, its raw source and the map between the two."""

    raw: str
    text: str
    _at: tuple[int, ...] = ()  # folded offsets where the raw-minus-folded distance changes ...
    _to: tuple[int, ...] = ()  # ... and the raw offset each of them maps to

    @property
    def changed(self) -> bool:
        return self.text is not self.raw

    def origin(self, offset: int) -> int:
        """The raw offset of the character at folded `offset` (len(raw) at the end)."""
        if not self._at:
            return min(offset, len(self.raw))
        index = bisect_right(self._at, offset) - 1
        if index < 0:
            return offset
        return min(self._to[index] + offset - self._at[index], len(self.raw))

    def show(self, start: int, end: int) -> str:
        """The author's own text behind folded [start, end), invisible characters left out."""
        if not self.changed:
            return self.raw[start:end]
        return INVISIBLE.sub("", self.raw[self.origin(start) : self.origin(end)])


@functools.lru_cache(maxsize=4096)
def fold(raw: str) -> Folded:
    """See the module docstring. Cached: every rule that reads a text asks for the same fold."""
    if raw.isascii():
        return Folded(raw, raw)
    pieces: list[str] = []
    at: list[int] = []
    to: list[int] = []
    foreign: list[tuple[int, str, str]] = []  # (folded offset, letter look-alike, digit look-alike)
    size = 0  # folded length so far
    last = 0  # raw offset up to which the text has been copied
    after_plain = False  # the last character kept is ASCII (or will be): a mark after it is dropped
    for match in _NON_ASCII.finditer(raw):
        index = match.start()
        if index > last:
            pieces.append(raw[last:index])
            size += index - last
            after_plain = True
        last = index + 1
        kind, out, letter, digit = _character(match.group(0))
        if kind == _STRIP or (kind == _MARK and after_plain):
            out = ""
        elif kind != _MARK:
            if after_plain and not out.isascii():  # NFKC can put a mark first (Thai "ำ"): it sits on the ASCII before
                out = out.lstrip("".join(c for c in out if unicodedata.category(c) in ("Mn", "Me")))
            if kind == _FOREIGN:
                foreign.append((size, letter, digit))
            after_plain = kind == _FOREIGN or out[-1:].isascii()  # "¼" folds to "1⁄4": a mark after it sits on the "4"
        if len(out) != 1:  # the distance between raw and folded offsets changes here
            for extra in range(1, len(out)):
                at.append(size + extra)
                to.append(index)
            at.append(size + len(out))
            to.append(index + 1)
        pieces.append(out)
        size += len(out)
    pieces.append(raw[last:])
    text = "".join(pieces)
    if foreign:
        text = _unmask(text, foreign)
    return Folded(raw, text, tuple(at), tuple(to))


def _unmask(text: str, foreign: list[tuple[int, str, str]]) -> str:
    """Replace look-alikes by their Latin letter or digit twin in the words that disguise something.

    A word here is a run of letters, digits and look-alikes (some look-alikes are symbols).
    It is unmasked when it mixes look-alikes with ASCII letters or digits, or holds nothing
    else; it prefers digits when most of its plain characters (or, with none, most of its
    look-alikes) are digits: "4О8812" is a number, "Јое" a name. Digits of other scripts
    (kept as their values) take their look-alike only inside such a word: "৭3" is "93"
    to a reader of the post, while "٣١٢" on its own is 312.
    """
    chars = list(text)
    wanted = {offset: (letter, digit) for offset, letter, digit in foreign}
    index = 0
    for offset in sorted(wanted):
        if offset < index:
            continue  # already handled with its word
        start = offset
        while start > 0 and (chars[start - 1].isalnum() or start - 1 in wanted):
            start -= 1
        index = offset
        while index < len(chars) and (chars[index].isalnum() or index in wanted):
            index += 1
        inside = [i for i in range(start, index) if i in wanted]
        others = [chars[i] for i in range(start, index) if i not in wanted]
        plain = [c for c in others if c.isascii()]
        if others and not plain or not others and all(chars[i].isascii() for i in inside):
            continue  # a real word or number of another script (its digits already read as their values)
        if plain:
            digits = sum(c.isdigit() for c in plain)
            prefer_digit = digits > len(plain) - digits
        else:
            only_digit = sum(1 for i in inside if not wanted[i][0])
            prefer_digit = only_digit > sum(1 for i in inside if not wanted[i][1])
        for i in inside:
            letter, digit = wanted[i]
            chars[i] = (digit or letter) if prefer_digit else (letter or digit)
    return "".join(chars)


@functools.cache
def _character(ch: str) -> tuple[int, str, str, str]:
    """(kind, folded form, Latin look-alike, digit look-alike) of one non-ASCII character."""
    category = unicodedata.category(ch)
    if category == "Cf" or INVISIBLE.match(ch):
        return _STRIP, "", "", ""
    if category in ("Mn", "Me"):
        return _MARK, ch, "", ""
    if category == "Nd":  # its value; but next to Latin letters or digits, the digit or letter it looks like
        letter, digit = _look_alikes().get(ch, ("", ""))
        return (_FOREIGN if letter or digit else _PLAIN), str(unicodedata.decimal(ch)), letter, digit
    if ch in _HYPHENS:
        return _PLAIN, _HYPHENS[ch], "", ""
    form = unicodedata.normalize("NFKC", ch)
    if category[0] in "PS" and len(form) != 1:
        form = ch  # "…" stays one character; "™" is not two letters
    if form in _HYPHENS:  # "₋" is "−" to NFKC, a minus that folds to "-": so folding twice changes nothing more
        return _PLAIN, _HYPHENS[form], "", ""
    if form.isascii():
        return _PLAIN, form, "", ""
    base = "".join(c for c in unicodedata.normalize("NFD", form) if unicodedata.category(c) != "Mn")
    if base.isascii() and base:
        return _PLAIN, base, "", ""
    if len(base) != 1:
        return _PLAIN, form, "", ""
    if base in _LATIN_PLAIN:
        return _PLAIN, _LATIN_PLAIN[base], "", ""
    letter, digit = _look_alikes().get(base, ("", ""))
    if not (letter or digit) or unicodedata.category(base)[0] not in "LNS":
        return _PLAIN, form, "", ""
    if unicodedata.name(base, "").startswith("LATIN"):  # a Latin letter that looks like a plain one: ɑ, ı
        return _PLAIN, letter or digit, "", ""
    return _FOREIGN, form, letter, digit


@functools.cache
def _look_alikes() -> dict[str, tuple[str, str]]:
    """Character -> (ASCII letter, ASCII digit) it can pass for, from Unicode's confusables table.

    Loaded on first need: copy without letters of other scripts never pays for it.
    The table's prototype for a capital I is "l"; a capital keeps its case ("І" -> "I").
    """
    import confusable_homoglyphs

    path = Path(confusable_homoglyphs.__file__).parent / "confusables.json"
    try:
        info = path.stat()
    except OSError:
        return _derive_look_alikes(path)
    # Derived once per installed table (a third of a second): a check keeps it with its patterns.
    return patternstore.remembered("look-alikes", f"{path}\0{info.st_size}\0{info.st_mtime_ns}", lambda: _derive_look_alikes(path))


def _derive_look_alikes(path: Path) -> dict[str, tuple[str, str]]:
    table = json.loads(path.read_text(encoding="utf-8"))

    def twins(ch: str) -> list[str]:
        return [e["c"] for e in table.get(ch, ()) if len(e["c"]) == 1 and e["c"].isascii() and e["c"].isalnum()]

    result = {}
    for ch in table:
        if len(ch) != 1 or ch.isascii():
            continue
        found = twins(ch)
        found += [t for c in found for t in twins(c) if t not in found]  # the table pairs O with 0 and l with 1
        letters = [c for c in found if c.isalpha()]
        digits = [c for c in found if c.isdigit()]
        if not (letters or digits):
            continue
        letter = next((c for c in letters if c.isupper() == ch.isupper()), letters[0] if letters else "")
        if ch.isupper() and letter == "l":
            letter = "I"
        result[ch] = (letter, digits[0] if digits else "")
    return result


def look_alikes() -> dict[str, tuple[str, str]]:
    """The look-alike table (for tests and for anyone who needs to disguise a letter on purpose)."""
    return dict(_look_alikes())
