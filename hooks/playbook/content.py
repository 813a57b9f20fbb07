"""Parse post and response files into typed objects (or located findings).

Each file is parsed on its own: a broken file yields findings and no object,
and never hides the findings of any other file.
"""

from __future__ import annotations

import re
import sys

from .codes import names_a_rule
from .fields import FieldReader, finding, is_url, suggest
from .findings import Finding
from .frontmatter import Document, FrontMatterProblem, split_front_matter
from .markup import field_findings, name_findings
from .model import APPROVED_STATUSES, GUIDELINES, ROLES, STATUSES, Approval, Event, Media, News, Plans, Post, ResponseTemplate, Waiver
from .platforms import PLATFORMS
from .source import SourceText
from .yamlload import LineDict, LineList

POST_FIELDS = (
    "title", "uid", "publish", "channels", "guideline", "status", "author", "approvals", "series", "campaign",
    "news", "sources", "event", "media", "authorizations", "sponsored", "variants", "tags", "waivers",
)  # fmt: skip
RESPONSE_FIELDS = ("title", "uid", "scenario", "platforms", "status", "approvals", "tags", "waivers")
SCENARIOS = (
    "negative-review", "general-complaint", "billing", "wait-time", "staff-conduct", "medical-question-in-comments",
    "positive-review", "neutral-review", "parking-and-access", "scheduling-difficulty", "rude-comment-or-spam",
    "privacy-worry",
)  # fmt: skip
UID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$")

_FRONT_MATTER_CODES = {"missing": "FM002", "unclosed": "FM001", "yaml": "FM001", "not-mapping": "FM005"}


def _document(source: SourceText, path: str, sink: list[Finding]) -> Document | None:
    sink.extend(name_findings(path))
    if source.text is None:
        sink.append(finding("FM010", source.problem, path, source.line))
        return None
    parsed = split_front_matter(source.text)
    if isinstance(parsed, FrontMatterProblem):
        sink.append(finding(_FRONT_MATTER_CODES[parsed.kind], parsed.message, path, parsed.line, parsed.column))
        return None
    sink.extend(field_findings(parsed.meta, path))
    return parsed


def _uid(read: FieldReader, required: bool) -> str:
    uid = read.text("uid", required=required)
    if uid and not UID_PATTERN.match(uid):
        read.report("FM044", f"uid '{uid}' must be 3-64 letters, digits, '.', '_' or '-'", read.line("uid"))
    return uid


def _approvals(read: FieldReader, plans: Plans, status: str) -> tuple[Approval, ...]:
    if status in APPROVED_STATUSES and not read.has("approvals"):
        read.report("FM003", f"status '{status}' needs 'approvals' (who approved it, in which role, on which day)", read.line("status"))
    result = []
    for entry in read.mappings("approvals", ("by", "role", "on")):
        by = entry.text("by", required=True)
        if by and plans.team and by not in plans.team:
            entry.report("FM008", f"approver '{by}' is not in plans/team.yml", entry.line("by"), _choices_hint(by, plans.team))
        role = entry.choice("role", ROLES, required=True)
        on = entry.date("on", required=True)
        if by and role and on:
            lines = [entry.data.line, *(entry.line(key) for key in ("by", "role", "on"))]
            result.append(Approval(by, role, on, entry.data.line, max(lines)))
    return tuple(result)


def _waivers(read: FieldReader) -> tuple[Waiver, ...]:
    result = []
    for entry in read.mappings("waivers", ("rule", "reason")):
        name = entry.text("rule", required=True)
        if name and not names_a_rule(name):
            entry.report("FM044", f"waiver rule '{name}' must be a rule code such as PER002 or its alias such as reading-grade-too-high", entry.line("rule"))
            continue
        result.append(Waiver(name, entry.text("reason"), entry.data.line))
    return tuple(result)


def _author(read: FieldReader, plans: Plans) -> str:
    """The post's author; a missing one is reported with the ids to choose from."""
    author = read.text("author")
    raw = read.data.get("author")
    if not author and (raw is None or isinstance(raw, str)):
        ids = ", ".join(sorted(plans.team)) or "none yet: add people to plans/team.yml"
        message = "'author' is empty; it needs a value" if "author" in read.data else "missing required field 'author'"
        read.report("FM003", message, read.line("author"), f"who writes the post: a team member id from plans/team.yml ({ids})")
    return author


def _choices_hint(value: str, choices) -> str:
    return suggest(value, choices) or f"known: {', '.join(sorted(choices))}"


def _reference(read: FieldReader, name: str, known, what: str) -> str:
    value = read.text(name)
    if value and value not in known:
        read.report("FM008", f"{what} '{value}' is not defined", read.line(name), _choices_hint(value, known) if known else f"define it in plans/{what.split()[0]}.yml")
        return ""
    return value


def parse_post(source: SourceText, path: str, plans: Plans, sink: list[Finding]) -> Post | None:
    doc = _document(source, path, sink)
    if doc is None:
        return None
    read = FieldReader(doc.meta, path, POST_FIELDS, sink)
    tz = plans.tz
    title = read.text("title", required=True)
    uid = _uid(read, required=True)
    publish = read.datetime("publish", tz, required=True)
    channels = read.text_list("channels", required=True, choices=plans.practice.channels, unknown_code="FM008")
    guideline = read.choice("guideline", GUIDELINES, required=True)
    status = read.choice("status", STATUSES, required=True)
    author = _author(read, plans)
    if author and plans.team and author not in plans.team:
        read.report("FM008", f"author '{author}' is not in plans/team.yml", read.line("author"), _choices_hint(author, plans.team))
    approvals = _approvals(read, plans, status)
    series = _reference(read, "series", plans.series, "series")
    campaign = _reference(read, "campaign", plans.campaigns, "campaigns")

    news = None
    news_read = read.mapping("news", ("url", "date"))
    if news_read is not None:
        url, day = news_read.url("url", required=True), news_read.date("date", required=True)
        news = News(url, day, news_read.data.line) if url and day else None

    event = None
    event_read = read.mapping("event", ("name", "start", "end", "location", "url"))
    if event_read is not None:
        start = event_read.datetime("start", tz, required=True)
        end = event_read.datetime("end", tz)
        if start and end and end < start:
            event_read.report("FM006", "'event.end' is before 'event.start'", event_read.line("end"))
        if start:
            event = Event(event_read.text("name"), start, end, event_read.text("location"), event_read.url("url"), event_read.data.line)

    media = []
    for entry in read.mappings("media", ("file", "alt", "people", "authorization", "captions")):
        authorization = entry.text("authorization")
        if authorization and authorization not in plans.authorizations:
            entry.report("FM008", f"authorization '{authorization}' is not in plans/authorizations.yml", entry.line("authorization"))
        captions = entry.boolean("captions") if entry.has("captions") else None
        people = entry.boolean("people", default=None) if entry.has("people") else None  # type: ignore[arg-type]
        if people is None:  # no default: a photo of a patient must never pass as "no people" by omission
            entry.report(
                "FM003",
                f"missing required field '{entry.label}people': say whether this photo or video shows people",
                entry.line("people") if "people" in entry.data else entry.data.line,
                "Add `people: true` (and the `authorization:` of everyone shown) or `people: false` for a photo without people.",
            )
        media.append(Media(entry.text("file", required=True), entry.text("alt"), people, authorization, captions, entry.data.line))

    variants = read.string_map("variants", plans.practice.channels) if read.has("variants") else {}
    lines = _lines(doc.meta)
    post = Post(
        path=path,
        title=title,
        uid=uid,
        publish=publish,
        channels=channels,
        guideline=guideline,
        status=status,
        author=author,
        body=doc.body,
        body_line=doc.body_line,
        approvals=approvals,
        series=series,
        campaign=campaign,
        news=news,
        sources=_urls(read, "sources", lines),
        event=event,
        media=tuple(media),
        authorizations=_authorization_list(read, plans),
        sponsored=read.boolean("sponsored"),
        variants=variants,
        tags=read.text_list("tags"),
        waivers=_waivers(read),
        lines=lines,
    )
    # A post whose required fields are unusable cannot be placed on a calendar.
    if not (title and uid and publish and channels and guideline and status and author):
        return None
    return post


def _authorization_list(read: FieldReader, plans: Plans) -> tuple[str, ...]:
    ids = read.text_list("authorizations")
    values = read.data.get("authorizations")
    for index, auth_id in enumerate(ids):
        if auth_id not in plans.authorizations:
            line = values.line_of(index) if isinstance(values, LineList) else read.line("authorizations")
            read.report("FM008", f"authorization '{auth_id}' is not in plans/authorizations.yml", line)
    return ids


def _lines(meta: LineDict) -> dict[str, int]:
    """Line of every key, plus `variants.<channel>`, `news.url`, `event.url` ... so a finding can point at one of them."""
    lines = dict(meta.key_lines)
    for name in ("variants", "news", "event"):
        nested = meta.get(name)
        if isinstance(nested, LineDict):
            lines.update({sys.intern(f"{name}.{key}"): line for key, line in nested.key_lines.items()})  # shared, like the keys
    return lines


def _urls(read: FieldReader, name: str, lines: dict[str, int]) -> tuple[str, ...]:
    """The valid addresses of a list; `lines` gets `<name>.<n>`, the line of the n-th one kept."""
    result = []
    values = read.data.get(name)
    for index, url in enumerate(read.text_list(name)):
        line = values.line_of(index) if hasattr(values, "line_of") else read.line(name)
        if not is_url(url):
            read.report("FM046", f"'{name}' entry '{url}' must be a full https:// address", line)
            continue
        lines[sys.intern(f"{name}.{len(result)}")] = line
        result.append(url)
    return tuple(result)


def parse_response(source: SourceText, path: str, plans: Plans, sink: list[Finding]) -> ResponseTemplate | None:
    doc = _document(source, path, sink)
    if doc is None:
        return None
    read = FieldReader(doc.meta, path, RESPONSE_FIELDS, sink)
    title = read.text("title", required=True)
    scenario = read.choice("scenario", SCENARIOS, required=True)
    platforms = read.text_list("platforms", required=True, choices=PLATFORMS, unknown_code="FM008")
    status = read.choice("status", STATUSES, required=True)
    template = ResponseTemplate(
        path=path,
        title=title,
        scenario=scenario,
        platforms=platforms,
        status=status,
        body=doc.body,
        body_line=doc.body_line,
        uid=_uid(read, required=False),
        approvals=_approvals(read, plans, status),
        tags=read.text_list("tags"),
        waivers=_waivers(read),
        lines=dict(doc.meta.key_lines),
    )
    if not (title and scenario and status):
        return None
    return template
