"""Build posts, responses and plans in one line, and ask one rule what it finds.

Each family's test module defines `CASES = {code: Cases(trigger=[...], clean=[...])}`.
An example is a string (the body of a post, or of a response for response rules),
a Post or ResponseTemplate, a list of them (for rules over the whole corpus), or,
for FM rules, a dict of files for a throwaway project.

Where each trigger example is found and what it says is pinned in tests/rules/pins/
(tests/rules/pinning.py; `python scripts/pin_examples.py` writes the pins). A row may
say more than its example: `named(text, example)` realizes a docstring example that
is prose rather than a literal (tests/rules/doc_examples.py), and `pinned(example,
"10:5 Remove 'Maria'")` states the findings by hand instead of in the pin file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from zoneinfo import ZoneInfo

from playbook.check import check_project
from playbook.content import POST_FIELDS, RESPONSE_FIELDS
from playbook.corpus import Corpus
from playbook.findings import Finding, Severity, sort_key
from playbook.model import (
    Approval,
    Authorization,
    Cadence,
    Campaign,
    ChannelCadence,
    Contact,
    Media,
    Person,
    Plans,
    Post,
    Practice,
    ResponseTemplate,
    Series,
)
from playbook.reviews.model import ReplyDraft, Review, ReviewLog
from playbook.rules import get
from playbook.rules.context import Context

TZ = ZoneInfo("America/Chicago")
TODAY = dt.date(2027, 1, 20)

PRACTICE = Practice(
    name="Riverbend Orthopaedics & Sports Medicine",
    timezone="America/Chicago",
    website="https://www.example-ortho.test",
    domains=("example-ortho.test",),
    contact=Contact("Patient Relations", "+1 555 0100", "care@example-ortho.test"),
    channels=("facebook", "instagram", "x", "linkedin", "google-business", "bluesky", "threads", "mastodon"),
    trusted_domains=("cdc.gov", "nih.gov", "medlineplus.gov", "orthoinfo.aaos.org", "riverbend-gazette.test", "riverbend5k.test"),
)
TEAM = {
    "jlee": Person("jlee", "Jordan Lee", ("author",)),
    "spatel": Person("spatel", "Sam Patel", ("author",)),
    "dr-okafor": Person("dr-okafor", "Dr. Ada Okafor", ("clinical", "approver")),
    "mreyes": Person("mreyes", "Morgan Reyes", ("privacy", "approver")),
    "tbrooks": Person("tbrooks", "Taylor Brooks", ("approver",)),
}
CADENCE = Cadence(
    channels={
        "facebook": ChannelCadence(3, 4, (dt.time(21, 0), dt.time(7, 0))),
        "instagram": ChannelCadence(2, 5, (dt.time(21, 0), dt.time(7, 0))),
    },
    mix={"expert": (">=", 0.25), "community": (">=", 0.15), "promotional": ("<=", 0.20)},
    news_fresh_days=7,
    approval_lead_days=3,
    planning_horizon_days=28,
)
PLANS = Plans(
    practice=PRACTICE,
    team=TEAM,
    cadence=CADENCE,
    series={"wellness-wednesday": Series("wellness-wednesday", "Wellness Wednesday", ("instagram",), "personality", "FREQ=WEEKLY;BYDAY=WE", dt.time(12, 0), dt.date(2027, 1, 6), dt.date(2027, 2, 24))},
    campaigns={"heart-month": Campaign("heart-month", "American Heart Month", dt.date(2027, 2, 1), dt.date(2027, 2, 28))},
    authorizations={
        "AUTH-2027-014": Authorization("AUTH-2027-014", dt.date(2027, 1, 10), dt.date(2028, 1, 10), "group photo", False),
        "AUTH-2026-088": Authorization("AUTH-2026-088", dt.date(2026, 3, 2), dt.date(2027, 3, 2), "video", True),
        "AUTH-2026-001": Authorization("AUTH-2026-001", dt.date(2026, 1, 5), dt.date(2027, 1, 5), "photo", False),
    },
)

_counter = iter(range(1, 1_000_000))


def with_staff(*names: str) -> Plans:
    """PLANS with these names added to the team (as authors): staff a text may name."""
    team = dict(PLANS.team)
    for index, name in enumerate(names):
        team[f"staff-{index}"] = Person(f"staff-{index}", name, ("author",))
    return replace(PLANS, team=team)


def at(text: str) -> dt.datetime:
    """'2027-02-01 10:00' in the practice timezone."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=TZ)


def approval(by: str = "tbrooks", role: str = "approver", on: str = "2027-01-10") -> Approval:
    return Approval(by, role, dt.date.fromisoformat(on))


def post(body: str = "Warm up for five minutes before a winter run. Your knees will thank you.", **fields) -> Post:
    """A post laid out as `playbook new` writes one: its fields on lines 2, 3, ... in the parser's
    order, then `---`, then the body (line 10 with only the required fields). `lines` and
    `body_line` given here win over the layout."""
    n = next(_counter)
    publish = fields.pop("publish", "2027-02-01 10:00")
    base = Post(
        path=f"content/posts/2027/02/{n:04d}-example.md",
        title="Example post",
        uid=f"t-{n:04d}",
        publish=at(publish) if isinstance(publish, str) else publish,
        channels=("facebook",),
        guideline="personality",
        status="draft",
        author="jlee",
        body=body,
        body_line=10,
    )
    for key in ("channels", "sources", "tags", "approvals", "media", "waivers"):
        if key in fields and isinstance(fields[key], list):
            fields[key] = tuple(fields[key])
    return _laid_out(replace(base, **fields), POST_FIELDS, ("title", "uid", "publish", "channels", "guideline", "status", "author"), fields)


def pictured(file: str, alt: str = "A bright waiting room", people: bool | None = False, body: str = "A quick hello from the clinic.") -> Post:
    """A post whose one picture is `file` (a media file name a rule reads), with a plain alt text."""
    return post(body, media=[Media(file, alt, people, "", None, 14)])


def response(body: str, **fields) -> ResponseTemplate:
    """A response template laid out like a post (see `post`): the body on line 8 with only the usual fields."""
    n = next(_counter)
    base = ResponseTemplate(
        path=f"content/responses/{n:04d}-example.md",
        title="Example reply",
        scenario="negative-review",
        platforms=("google",),
        status="draft",
        body=body,
        body_line=8,
    )
    for key in ("platforms", "approvals", "tags", "waivers"):
        if key in fields and isinstance(fields[key], list):
            fields[key] = tuple(fields[key])
    return _laid_out(replace(base, **fields), RESPONSE_FIELDS, ("title", "uid", "scenario", "platforms", "status"), fields)


def _laid_out(item, order: tuple[str, ...], usual: tuple[str, ...], given: dict):
    """`item` with a line for each field it has (one line each, flow style), the lines of what
    those fields hold (media, approvals, waivers, news, event) and its body line."""
    defaults = {f.name: f.default for f in dataclasses.fields(item) if f.default is not dataclasses.MISSING}
    defaults.update({f.name: f.default_factory() for f in dataclasses.fields(item) if f.default_factory is not dataclasses.MISSING})
    present = [name for name in order if name in usual or getattr(item, name) != defaults.get(name)]
    lines = {name: 2 + index for index, name in enumerate(present)}
    lines.update(given.get("lines", {}))
    changes: dict = {"lines": lines}
    if "body_line" not in given:
        changes["body_line"] = 3 + len(present)
    for name in ("media", "approvals", "waivers"):
        if getattr(item, name, ()) and name in lines:
            changes[name] = tuple(part if part.line else replace(part, line=lines[name]) for part in getattr(item, name))
    for name in ("news", "event"):
        part = getattr(item, name, None)
        if part is not None and not part.line:
            changes[name] = replace(part, line=lines[name])
    return replace(item, **changes)


@dataclass(frozen=True)
class Cases:
    trigger: list = field(default_factory=list)
    clean: list = field(default_factory=list)


class Example(list):
    """A corpus example (a list of posts) with a readable test id."""

    def __init__(self, name: str, items):
        super().__init__(items)
        self.name = name


@dataclass(frozen=True)
class Row:
    """A table row that says more than its example: the docstring example it realizes, word
    for word (`named`), and the findings it must give, stated by hand (`pinned`)."""

    example: object
    name: str = ""
    pins: tuple[str, ...] | None = None


def named(text: str, example) -> Row:
    """This row realizes the rule docstring's example `Triggers: <text>` (or `Passes: <text>`)."""
    inner, _, pins = unwrap(example)
    return Row(inner, text, pins)


def pinned(example, *found: str) -> Row:
    """This trigger row's findings, each `line:col fragment` (`#2 line:col ...` for the second
    item of a list, `path:line:col ...` for a file of a dict), instead of its pin in tests/rules/pins/."""
    inner, name, _ = unwrap(example)
    return Row(inner, name, tuple(found))


def unwrap(example) -> tuple[object, str, tuple[str, ...] | None]:
    """(the example itself, the name it goes by, the findings stated for it by hand or None)."""
    if isinstance(example, Row):
        return example.example, example.name or getattr(example.example, "name", ""), example.pins
    return example, getattr(example, "name", ""), None


def _items(code: str, example) -> list:
    rule = get(code)
    if isinstance(example, str):
        return [response(example) if rule.scope == "response" else post(example)]
    if isinstance(example, (Post, ResponseTemplate, Review, ReviewLog, ReplyDraft)):
        return [example]
    return list(example)


def hits(code: str, example, *, today: dt.date = TODAY, plans: Plans = PLANS, thresholds: dict | None = None) -> list:
    """What rule `code` finds in `example` (see module docstring for the shapes)."""
    return [hit for _, hit in _located(code, example, today, plans, thresholds)]


def errors(code: str, example, **options) -> list:
    """What rule `code` finds in `example` at its own severity, not lowered to a warning (a name with no care tied to it)."""
    return [hit for hit in hits(code, example, **options) if hit.severity is not Severity.WARNING]


def praise(body: str, **fields) -> ResponseTemplate:
    """A reply to a positive review (see `response`)."""
    return response(body, scenario="positive-review", **fields)


def photo(alt: str, people: bool = True) -> Post:
    """A post whose one picture shows people (by default), described by `alt`."""
    return post("Caption.", media=[Media("images/x.jpg", alt, people, "", None, 14)])


def findings(code: str, example, *, today: dt.date = TODAY, plans: Plans = PLANS, thresholds: dict | None = None) -> list[Finding]:
    """What rule `code` finds in `example` as `playbook check` reports it: Findings, each in its
    file, once, in file order."""
    rule = get(code)
    found = {
        hit if isinstance(hit, Finding) else Finding(hit.path or path, hit.line, code, hit.message, hit.severity_under(rule), hit.column, hit.hint)
        for path, hit in _located(code, example, today, plans, thresholds)
    }
    return sorted(found, key=sort_key)


def _located(code: str, example, today: dt.date, plans: Plans, thresholds: dict | None) -> list[tuple[str, object]]:
    """(path of the item checked, what the rule found in it) for each hit."""
    example = unwrap(example)[0]
    rule = get(code)
    if rule.scope == "parse":
        return [(f.path, f) for f in _parse_hits(code, example)]
    items = _items(code, example)
    posts = tuple(i for i in items if isinstance(i, Post))
    responses = tuple(i for i in items if isinstance(i, ResponseTemplate))
    reviews = _review_log(items)
    corpus = Corpus(Path("."), plans, posts, responses, (), reviews=reviews)
    ctx = Context(corpus, today, {code: {**rule.thresholds, **(thresholds or {})}})
    if rule.scope == "reply":  # a ReplyDraft: a reply beside the review it answers
        return [(item.path, hit) for item in items for hit in rule.check(item, ctx)]
    if rule.scope == "corpus":
        return [("", hit) for hit in rule.check(corpus, ctx)]
    found = []
    for item in items:
        if rule.scope == "post" and isinstance(item, Post) or rule.scope == "response" and isinstance(item, ResponseTemplate) or rule.scope == "document":
            found.extend((item.path, hit) for hit in rule.check(item, ctx))
    return found


def _review_log(items) -> ReviewLog:
    """Reviews (and at most one ReviewLog, for its settings) among the example's items, as one log."""
    logs = [i for i in items if isinstance(i, ReviewLog)]
    base = logs[0] if logs else ReviewLog()
    reviews = base.reviews + tuple(i for i in items if isinstance(i, Review))
    return ReviewLog(tuple(sorted(reviews, key=lambda r: (r.received, r.id))), base.settings)


def _parse_hits(code: str, files: dict) -> list:
    from tests.conftest import make_project

    with tempfile.TemporaryDirectory() as folder:
        root = make_project(Path(folder), {k: v for k, v in files.items() if not k.startswith("plans/")}, {k[6:]: v for k, v in files.items() if k.startswith("plans/")})
        return [f for f in check_project(root).findings if f.code == code]
