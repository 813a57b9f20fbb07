"""Shared by the privacy rules: the texts they read (folded, placeholders blanked), located hits, one finding per passage."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator

from ... import lazyre
from ...delimited import Delimited
from ...model import NOTES, Plans, Post, ResponseTemplate
from ...normalize import fold
from ...text import DOMAIN, URL, Span, clip, phrase_pattern, sentence_bounds, spans, spans_starting
from ...urlwords import published
from ...wordlists import wordlist
from ..registry import Hit

WORDS = wordlist("privacy")
# What "patient" names as a compound's first word, no patient: a staff job ("patient coordinator", privacy.yml's
# person_noun_jobs) or a thing of the practice's ("patient portal", "patient appreciation day")
PATIENT_COMPOUNDS = (
    *WORDS["person_noun_jobs"], "education", "safety", "forms", "form", "lounge", "parking", "entrance", "survey", "satisfaction",
    "privacy", "rights", "line", "appreciation", "day", "fund", "center", "voices", "protection", "check-in",
)  # fmt: skip


# --- shared helpers ----------------------------------------------------------------------------------

JINJA = Delimited(("{{", "}}"), ("{%", "%}"), ("{#", "#}"))  # linear even when a mark is never closed
# Every dash a number or a date may be grouped by: "123–45–6789", "18‐07‐2027".
DASHES = "\u2010-\u2015\u2212\ufe58\ufe63\uff0d-"


def folded(phrases: Iterable[str]) -> list[str]:
    """Phrases as the rules read them: folded (accents set aside), so the data may keep its accents."""
    return [fold(p).text for p in phrases]


EMAIL = lazyre.compile(r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\b")


# Words that put a sentence about no one patient: a hypothetical, a group, anyone. The readers of one person's care
# (milestones, described_care, fighters, narrowed) each add what else means "not one of ours" to them.
# A possessive determiner: "su chivo <Name>", "our Golden ..." (animals.py), "her Chemo Month" (event_topics.py)
POSSESSIVE_DETERMINERS = frozenset("his her our my their your its su sus mi mis tu tus nuestro nuestra nuestros nuestras".split())
NOT_ONE_WORDS = ("when", "whenever", "if", "cuando", "si", "anyone", "cualquier", "cualquiera")


def not_one(extra: str = "", before: str = "") -> re.Pattern:
    """A word of NOT_ONE_WORDS, or an `extra` alternative (raw regex), each whole; `before` guards them all (a lookbehind)."""
    words = "|".join(NOT_ONE_WORDS) + (f"|{extra}" if extra else "")
    return lazyre.compile(rf"(?<![\w'’-])(?i:{before}(?:{words}))(?![\w'’-])")


def blank(text: str, pattern: re.Pattern) -> str:
    """Replace every match with spaces (newlines kept), so offsets and lines stay where they were."""
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def blank_group(match: re.Match, group: str | int) -> str:
    """The match's text with one group blanked as `blank` blanks (for `pattern.sub`): the words around it kept, offsets too."""
    whole, start, end = match.group(0), match.start(group) - match.start(), match.end(group) - match.start()
    if start < 0:
        return whole  # the group took no part in the match
    return whole[:start] + re.sub(r"[^\n]", " ", whole[start:end]) + whole[end:]


class Text:
    """A span with a copy of its (folded) text in which placeholders (and maybe links) are blanked out.

    `where` is set for the words of a link or a file name: it tells the author where they are.
    """

    def __init__(self, span: Span, text: str, where: str = "") -> None:
        self.span = span
        self.text = text
        self.where = where
        self._newlines: list[int] | None = None

    def hit(self, offset: int, message: str, hint: str = "") -> Hit:
        if self._newlines is None:  # located by bisection, so many hits in a long text stay cheap
            self._newlines = [m.start() for m in re.finditer("\n", self.span.text)]
        before = bisect_right(self._newlines, offset - 1)
        column = self.span.column_at(offset) if self.span.field == "body" else 0
        if self.where:
            message = f"{message} (in {self.where})"
        return Hit(message, self.span.line + before, column, hint)

    def show(self, match: re.Match, limit: int = 60) -> str:
        """The matched words as the author wrote them (accents and all), shortened for a message."""
        return clip(self.span.show(match.start(), match.end()), limit)


URL_NAME_KEYS = frozenset(re.sub(r"[^a-z0-9]", "", key.lower()) for key in WORDS["url_name_keys"])
WHERE = {
    "file name": "the file name '{}', which becomes the page and calendar address; rename the file",
    "media file name": "the media file name '{}'; rename the file",
    "link": "the link '{}'",
    "tag": "the tag '{}'",
}


# The texts of the item the rules are reading: every privacy rule asks for them, several times, with a few
# sets of flags, and check runs all rules of one file before the next (so one item's worth is kept).
_TEXTS: dict[tuple, tuple[Text, ...]] = {}
_TEXTS_OF: list = [None, None]


def texts(item: Post | ResponseTemplate, plans: Plans | None = None, *, body_only: bool = False, links: bool = True, comments: bool = True) -> tuple[Text, ...]:
    """The item's human-written texts, folded, Jinja placeholders blanked.

    With `plans`, also the words its links and file names publish (urlwords.published).
    links=False also blanks URLs, bare domains and email addresses (for rules that
    look for names, numbers and dates, which links would only confuse).
    comments=False blanks HTML comments: notes to the team, which the library strips
    before a reply is copied (placeholders.render_reply), so they never reach a reviewer.
    """
    if _TEXTS_OF[0] is not item or _TEXTS_OF[1] is not plans:
        _TEXTS.clear()
        _TEXTS_OF[:] = [item, plans]
    key = (body_only, links, comments)
    if key not in _TEXTS:
        _TEXTS[key] = tuple(_texts(item, plans, body_only=body_only, links=links, comments=comments))
    return _TEXTS[key]


def _texts(item: Post | ResponseTemplate, plans: Plans | None, *, body_only: bool, links: bool, comments: bool) -> Iterator[Text]:
    decoded = plans is not None and not body_only
    found = [(span, "") for span in spans(item) if not span.field.endswith(".file") and not (decoded and span.field == "tags")]
    if decoded:  # file names and tags are slugs: read as words, below
        found += [(p.span, WHERE[p.kind].format(clip(p.source, 90))) for p in published(item, plans, URL_NAME_KEYS)]
    for span, place in found:
        if body_only and span.field != "body":
            continue
        if not span.text:
            continue
        text = blank(span.text, JINJA)
        if not comments:
            text = blank(text, NOTES)
        if not links:
            text = blank(text, URL)
            text = blank(text, EMAIL)
            text = blank(text, DOMAIN)
        yield Text(span, text, place)


class Ranges:
    """Report a passage once when several patterns match it. Claims must come in order of start."""

    def __init__(self) -> None:
        self._end = -1

    def claim(self, start: int, end: int) -> bool:
        if start < self._end:
            return False
        self._end = end
        return True


def in_order(matches: Iterable[re.Match]) -> list[re.Match]:
    """Matches by start, the longest first where two start together."""
    return sorted(matches, key=lambda m: (m.start(), -m.end()))


def distinct(matches: Iterable[re.Match]) -> Iterator[re.Match]:
    """Matches in order, leaving out any that overlaps one already given: one finding per passage."""
    taken = Ranges()
    for match in in_order(matches):
        if taken.claim(match.start(), match.end()):
            yield match


def publish_date(post: Post, plans: Plans) -> dt.date:
    return plans.local(post.publish).date()


CLINICAL = phrase_pattern(WORDS["clinical_terms"])


# A blood-pressure reading or range, systolic over diastolic ("120/80", "140–159/90–99"): a measure, not a
# phone, record or member number, though its digits and dashes are shaped like one. Spaces may stand round the
# slash and dashes ("130-139 / 80-89"), and a sentence's full stop may follow ("... 80-89."); a decimal may not.
_PRESSURE = lazyre.compile(rf"(?<![\d/.])(\d{{2,3}})(?:[ \t]*[{DASHES}][ \t]*(\d{{2,3}}))?[ \t]*/[ \t]*(\d{{2,3}})(?:[ \t]*[{DASHES}][ \t]*(\d{{2,3}}))?(?![\d/]|\.\d)")


def blood_pressures(text: str) -> list[tuple[int, int]]:
    """(start, end) of every reading whose numbers lie where blood pressures do (systolic 70-260, diastolic 30-160)."""
    found = []
    for match in _PRESSURE.finditer(text):
        high = [int(v) for v in match.group(1, 2) if v]
        low = [int(v) for v in match.group(3, 4) if v]
        if all(70 <= v <= 260 for v in high) and all(30 <= v <= 160 for v in low) and max(low) < min(high):
            found.append(match.span())
    return found


def within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether text[start:end] lies inside one of `spans` (sorted, apart, as blood_pressures gives them): one bisect, so a
    text of many readings and numbers stays linear."""
    index = bisect_right(spans, (start, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


def spans_inside(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans (sorted by start) that lie inside text[start:end], found by bisection: a reading asked once per name stays linear."""
    return [span for span in spans_starting(spans, start, end) if span[1] <= end]


def with_care_after(body: str, matches: Iterable[re.Match], cared: Callable[[str, int, int], bool], near: int = 2) -> Iterator[re.Match]:
    """Each match with care (`cared(body, start, end)` of a sentence) in its own sentence or the `near` after it:
    each sentence is read once, however many matches share it."""
    bounds: list[int] = []
    flags: dict[int, bool] = {}
    for match in matches:
        bounds = bounds or list(sentence_bounds(body))  # 0, each sentence's end, len(body)
        at = bisect_right(bounds, match.start()) - 1
        for index in range(at, min(at + near + 1, len(bounds) - 1)):
            if index not in flags:
                flags[index] = cared(body, bounds[index], bounds[index + 1])
            if flags[index]:
                yield match
                break


def clause_after(text: str, end: int, reach: int, stops: str = ".!?;\n") -> int:
    """Where the clause holding `end` ends, looking ahead at most `reach` characters: at the nearest of `stops`, else
    `reach` on (clause_before's mirror)."""
    stop = min(len(text), end + reach)
    cuts = [at for at in (text.find(mark, end, stop) for mark in stops) if at >= 0]
    return min(cuts, default=stop)


def clause_before(text: str, start: int, reach: int, stops: str = ".!?;\n") -> int:
    """Where the clause holding `start` begins, looking back at most `reach` characters: just after the nearest of
    `stops` (a sentence's or a clause's end), else `reach` back. The readings that ask "is there a wish, a condition or
    an offer earlier in this clause?" all read this window."""
    begin = max(0, start - reach)
    cut = max(text.rfind(stop, begin, start) for stop in stops)
    return cut + 1 if cut >= 0 else begin
