"""Read plans/reviews/YYYY-MM.yml into a ReviewLog, reporting every problem at its line (FM codes).

A log file is a YAML list, one mapping per review. Like every plans file it is
read with the line-aware loader, and a broken file or entry never hides the
others. A field that would hold the reviewer's name or the review's text is
refused by name: the log links to the public review, it never copies it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..content import PLATFORMS, SCENARIOS, UID_PATTERN
from ..fields import FieldReader, finding, suggest
from ..findings import Finding
from ..links import Walk
from ..markup import field_findings
from ..model import Plans, ResponseTemplate
from ..source import read_source
from ..yamlload import LineDict, YamlError, load_yaml
from .model import LOG_DIR, Review, ReviewLog
from .settings import load_settings

FIELDS = ("id", "platform", "url", "received", "rating", "scenario", "answered", "template", "by", "followed_up")
FILE_NAME = re.compile(r"^(\d{4})-(\d{2})\.yml$")
# Keys someone might add to keep what the review said or who wrote it: refused with their own message.
PRIVATE_KEYS = frozenset(
    "text review review_text body content comment comments quote excerpt summary notes note reviewer reviewer_name name author display_name user username profile email phone patient".split()
)
PRIVATE_HINT = "the log links to the review on its platform; names and review text stay there, never in the repository"
NO_RATING = ("none", "")


def log_files(walk: Walk) -> list[str]:
    """Every file below plans/reviews/ the build may read, in name order."""
    return sorted(walk.under(LOG_DIR))


def load_review_log(root: Path, walk: Walk, plans: Plans, responses: Iterable[ResponseTemplate], sink: list[Finding], cache=None) -> ReviewLog:
    """The review log; with a result cache (cache.py), a log file whose bytes it knows is not read again."""
    settings = load_settings(getattr(plans, "reviews", None), sink)
    uids = {r.uid for r in responses if r.uid}
    reviews: list[Review] = []
    files = []
    seen_ids: dict[str, Review] = {}
    seen_urls: dict[str, Review] = {}
    for rel in log_files(walk):
        name = rel.rsplit("/", 1)[-1]
        month = FILE_NAME.match(name)
        if not month:
            if name.endswith((".yml", ".yaml")) or "." not in name:
                sink.append(finding("FM049", f"'{name}' is not a review log file name: one file per month, named YYYY-MM.yml", rel, 0, hint="e.g. plans/reviews/2027-01.yml"))
            continue
        files.append(rel)
        for review in _read_file(root, rel, plans, uids, sink, cache):
            first = seen_ids.get(review.id)
            if first is not None:
                sink.append(
                    finding(
                        "FM045",
                        f"review id '{review.id}' is used twice (also {first.path}:{first.line})",
                        rel,
                        review.line_of("id"),
                        hint="give each review its own id; `playbook review add` makes one",
                    )
                )
                continue
            twin = seen_urls.get(review.url)
            if twin is not None:
                sink.append(finding("FM045", f"this review is logged twice: '{twin.id}' ({twin.path}:{twin.line}) has the same url", rel, review.line_of("url"), hint="keep one entry per review"))
                continue
            expected = f"{review.received.astimezone(plans.tz):%Y-%m}"
            if f"{month.group(1)}-{month.group(2)}" != expected:
                sink.append(
                    finding("FM049", f"'received' is in {expected}, so this review belongs in {LOG_DIR}/{expected}.yml", rel, review.line_of("received"), hint="move the entry, or correct the date")
                )
            seen_ids[review.id] = review
            seen_urls[review.url] = review
            reviews.append(review)
    reviews.sort(key=lambda r: (r.received, r.id))
    return ReviewLog(tuple(reviews), settings, tuple(files))


def _read_file(root: Path, rel: str, plans: Plans, uids: set[str], sink: list[Finding], cache=None) -> list[Review]:
    if cache is not None:  # what a log file yields depends on its bytes, the plans and the templates' uids
        entry = cache.parsed(rel, lambda source: _read_source(source, rel, plans, uids), depends=tuple(sorted(uids)))
        sink.extend(entry.parsed)
        return list(entry.item)
    reviews, found = _read_source(read_source(root / rel), rel, plans, uids)
    sink.extend(found)
    return reviews


def _read_source(source, rel: str, plans: Plans, uids: set[str]) -> tuple[list[Review], list[Finding]]:
    found: list[Finding] = []
    if source.text is None:
        return [], [finding("FM010", source.problem, rel, source.line)]
    return read_log_text(source.text, rel, plans, uids, found), found


def read_log_text(text: str, rel: str, plans: Plans, uids: set[str], sink: list[Finding]) -> list[Review]:
    """The reviews of one log file's text (also used to check what the CLI is about to write)."""
    data, error = load_yaml(text)
    if isinstance(error, YamlError):
        sink.append(finding("FM001", error.message, rel, error.line, error.column))
        return []
    if data is None:
        sink.extend(comment_findings(text, rel, plans))
        return []
    if not isinstance(data, list):
        sink.append(finding("FM005", f"{rel} must hold a list of '- ' entries, one per review", rel, getattr(data, "line", 1) or 1, hint="see plans/reviews/ in the sample practice"))
        return []
    sink.extend(field_findings(data, rel, skip=()))
    sink.extend(comment_findings(text, rel, plans))
    result = []
    for index, item in enumerate(data):
        if not isinstance(item, LineDict):
            sink.append(finding("FM005", f"review entry {index + 1} must be a mapping of 'key: value' lines", rel, data.line_of(index)))
            continue
        review = _entry(item, rel, plans, uids, sink)
        if review is not None:
            result.append(review)
    return result


def comments(text: str) -> Iterator[tuple[int, int, str]]:
    """(line, column, text) of every YAML comment: a '#' at the start of a line or after a space, outside quotes."""
    for number, line in enumerate(text.split("\n"), start=1):
        quote = ""
        for index, char in enumerate(line):
            if quote:
                if char == quote:
                    quote = ""
            elif char in "'\"" and (index == 0 or line[index - 1] in " \t[{,:-"):
                quote = char
            elif char == "#" and (index == 0 or line[index - 1] in " \t"):
                yield number, index + 1, line[index + 1 :]
                break


def comment_findings(text: str, rel: str, plans: Plans) -> list[Finding]:
    """REV009 for each comment that names someone or holds a clinical detail (the review's text or its author)."""
    from . import details  # the lexicons: read only for a log file the cache does not know

    found = []
    own = [plans.practice.name, plans.practice.contact.name, *(p.name for p in plans.team.values())]
    allowed = details.allowed_words(own)
    for line, column, comment in comments(text):
        for detail in details.find_details(details.blank_phrases(comment, own), allowed):
            if detail.kind in details.PRIVATE_KINDS:
                found.append(
                    finding(
                        "REV009",
                        f"Remove '{detail.text}' from this comment: the review log never holds {detail.what} from a review or about its author",
                        rel,
                        line,
                        column + 1 + detail.start,
                        hint=PRIVATE_HINT,
                    )
                )
                break
    return found


def _entry(item: LineDict, rel: str, plans: Plans, uids: set[str], sink: list[Finding]) -> Review | None:
    private = [key for key in item if isinstance(key, str) and key.lower() in PRIVATE_KEYS]
    for key in private:
        sink.append(finding("FM004", f"'{key}' has no place in the review log: never store the reviewer's name or the review's text", rel, item.line_of(key), hint=PRIVATE_HINT))
    read = FieldReader(item, rel, FIELDS + tuple(private), sink)
    review_id = read.text("id", required=True)
    if review_id and not UID_PATTERN.match(review_id):
        read.report("FM044", f"review id '{review_id}' must be 3-64 letters, digits, '.', '_' or '-'", read.line("id"))
        review_id = ""
    platform = read.choice("platform", PLATFORMS, required=True)
    url = read.url("url", required=True)
    received = read.datetime("received", plans.tz, required=True)
    rating, rating_ok = _rating(read)
    scenario = read.choice("scenario", SCENARIOS, required=True)
    answered = read.datetime("answered", plans.tz)
    template = read.text("template")
    by = read.text("by")
    followed_up = read.date("followed_up")
    if template and uids and template not in uids:
        read.report(
            "FM008",
            f"template '{template}' is not the uid of any response template",
            read.line("template"),
            suggest(template, uids) or "use the uid from the template's front matter (content/responses/)",
        )
        template = ""
    if by and plans.team and by not in plans.team:
        read.report("FM008", f"'{by}' is not in plans/team.yml", read.line("by"), suggest(by, plans.team) or f"known: {', '.join(sorted(plans.team))}")
        by = ""
    if read.has("answered"):
        for name, what in (("template", "the uid of the response template used"), ("by", "who posted the reply (a team member id)")):
            if not read.has(name):
                read.report("FM003", f"answered review needs '{name}': {what}", read.line("answered"))
    else:
        for name in ("template", "by"):
            if read.has(name):
                read.report("FM003", f"'{name}' is set but 'answered' is missing: when was the reply posted?", read.line(name), "add answered: YYYY-MM-DD HH:MM (practice time)")
    if not (review_id and platform and url and received and scenario and rating_ok):
        return None
    return Review(review_id, platform, url, received, rating, scenario, answered, template, by, followed_up, rel, item.line, dict(item.key_lines))


def _rating(read: FieldReader) -> tuple[int | None, bool]:
    """(rating, usable): a whole number 1-5, or none for platforms without stars."""
    if "rating" not in read.data:
        read.report("FM003", "missing required field 'rating'", read.data.line, "write 1 to 5, or none where the platform has no stars")
        return None, False
    value = read.data.get("rating")
    if value is None or (isinstance(value, str) and value.strip().lower() in NO_RATING):
        return None, True
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        wrong = isinstance(value, bool) or not isinstance(value, int)  # text where a number belongs, or a number out of range
        read.report("FM005" if wrong else "FM043", f"'rating' must be 1 to 5 or none, not {str(value)[:20]!r}", read.line("rating"), "write none where the platform has no stars")
        return None, False
    return value, True
