"""A rule docstring's `Examples:`, turned into inputs and run against the rule.

Each line of the section is `Triggers: <example>` or `Passes: <example>`. An example is
either written in this small grammar, and then it is the input itself:

    Triggers: `Join us Saturday!`                      the body of a post (a response for response rules)
    Triggers: a community post `Join us Saturday!`     a post of that guideline ('a response' for a response)
    Passes: `Call us.` with `channels: [x]`            a span that starts `field:` is a front-matter line
    Passes: `Call us.` on `google-business`            `on` a channel: the post goes there only
    Triggers: `status: draft` and `publish: 2027-01-22 10:00` when today is 2027-01-20.
    Triggers: `as_of: 2400-01-01` in plans/checks.yml  lines of a plans file, mkdocs.yml or requirements.txt
    Triggers: `content/posts/2027/03/01-knee care.md`  the file's name (rules the parser reports)
    Passes: `Hello.` (the post says nothing)           a remark in parentheses never changes the input

Spans are joined by `with`, `and` or a comma; `\\u200b` in a span is that character. The rest
of the post is POST below (an approved or published one approved by jo on 2027-01-10 unless
the example gives approvals), in the practice of DOC_FILES: Maplewood Family Clinic at
example-clinic.test, with alex (author), jo (approver), pat (privacy) and dr-chen (clinical).
Or the example is prose ("a month of 10 posts with 1 community post"), and then a row of
the rule's table realizes it: `harness.named("<the example, word for word>", example)`, in
the `trigger` list for Triggers and in `clean` for Passes.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from playbook.check import check_project
from playbook.content import POST_FIELDS, RESPONSE_FIELDS, parse_post, parse_response
from playbook.findings import Finding
from playbook.guidelines import GUIDELINES
from playbook.model import Plans
from playbook.plans import load_plans
from playbook.rules import Rule
from playbook.source import SourceText

from tests.conftest import make_project
from tests.rules.harness import TODAY, findings, unwrap

# The practice the rule pages speak of: Maplewood, its clinic at example-clinic.test, and its team.
DOC_FILES = {
    "practice.yml": """\
name: Maplewood Family Clinic
timezone: America/Chicago
website: https://www.example-clinic.test
domains: [example-clinic.test]
trusted_domains: [cdc.gov, nih.gov, medlineplus.gov, orthoinfo.aaos.org, redcross.org]
contact: {name: Patient Relations, phone: "+1 555 0100", email: care@example-clinic.test}
channels: [facebook, instagram, x, linkedin, google-business, bluesky, threads, mastodon]
""",
    "team.yml": """\
people:
  - {id: alex, name: Alex Kim, roles: [author], emails: [alex@example-clinic.test]}
  - {id: jo, name: Jo Martin, roles: [approver], emails: [jo@example-clinic.test]}
  - {id: pat, name: Pat Rivera, roles: [privacy, approver], emails: [pat@example-clinic.test], github: pat-rivera}
  - {id: dr-chen, name: Dr. Mei Chen, roles: [clinical, approver], emails: [mei.chen@example-clinic.test]}
""",
    "cadence.yml": """\
channels:
  facebook: {per_week: 3, max_gap_days: 4, quiet_hours: "21:00-07:00"}
  instagram: {per_week: 2, max_gap_days: 5, quiet_hours: "21:00-07:00"}
mix: {expert: ">=0.25", community: ">=0.15", promotional: "<=0.20"}
news_fresh_days: 7
approval_lead_days: 3
planning_horizon_days: 28
""",
    "series.yml": """\
- {id: wellness-wednesday, name: Wellness Wednesday, channels: [instagram], guideline: personality, rrule: "FREQ=WEEKLY;BYDAY=WE", time: "12:00", from: 2027-01-06, until: 2027-02-24}
""",
    "campaigns.yml": "- {id: heart-month, name: American Heart Month, from: 2027-02-01, to: 2027-02-28}\n",
    "authorizations.yml": """\
- {id: AUTH-2027-014, signed: 2027-01-10, expires: 2028-01-10, scope: group photo, revoked: false}
- {id: AUTH-2026-088, signed: 2026-03-02, expires: 2027-03-02, scope: video, revoked: true}
""",
    "checks.yml": f"as_of: {TODAY.isoformat()}\n",
}
POST = ("title: Knee care basics", "uid: mw-2027-0001", "publish: 2027-02-01 10:00", "channels: [facebook]", "guideline: personality", "status: draft", "author: alex")
POST_BODY = "Warm up for five minutes before a winter run. Your knees will thank you."
RESPONSE = ("title: General apology", "uid: mw-resp-001", "scenario: negative-review", "platforms: [google]", "status: draft")
RESPONSE_BODY = "We're sorry to hear this, {{ reviewer }}. Please call {{ contact.name }} at {{ contact.phone }}."
POST_PATH = "content/posts/2027/02/01-knee-care.md"
RESPONSE_PATH = "content/responses/general-apology.md"

APPROVED = "approvals: [{by: jo, role: approver, on: 2027-01-10}]"

_SPAN = re.compile(r"`([^`]*)`")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_FILE_NAME = re.compile(r"^content/\S.*\.md$")
_FIELD = re.compile(r"^([A-Za-z_][\w-]*):(?:\s|$)")
_LEAD = re.compile(rf"^(?:(?:(?:a|an) (?P<guideline>{'|'.join(GUIDELINES)}) post|a post|(?P<response>a response))(?: with)?)?$")
_JOIN = re.compile(r"^(?:,|with|and|, and|, with)?$")
_TAIL = re.compile(r"^(?:in (?P<file>plans/[\w/-]+\.yml|mkdocs\.yml|requirements\.txt))?\s*(?:when today is (?P<today>\d{4}-\d\d-\d\d))?$")


@dataclass(frozen=True)
class DocExample:
    """One `Triggers:` or `Passes:` line of a rule's docstring."""

    code: str
    triggers: bool
    text: str  # after "Triggers: ", as written


@dataclass(frozen=True)
class Input:
    """A docstring example read in the grammar: the file it describes, and the day it is checked on."""

    response: bool
    front: tuple[str, ...]  # front-matter lines, replacing the default's line of the same field
    body: str | None
    file: str  # "" or the file whose lines the spans are instead: "plans/checks.yml", "mkdocs.yml"
    today: dt.date
    path: str = ""  # the file's name, when the example gives it

    def text(self) -> str:
        defaults, body = (RESPONSE, RESPONSE_BODY) if self.response else (POST, POST_BODY)
        lines = [] if self.file else list(self.front)
        keys = {_FIELD.match(line).group(1) for line in lines if _FIELD.match(line)}
        if "approvals" not in keys and any(line in ("status: approved", "status: published") for line in lines):
            lines.append(APPROVED)
        kept = [line for line in defaults if _FIELD.match(line).group(1) not in keys]
        return "---\n" + "\n".join(kept + lines) + "\n---\n" + (body if self.body is None else self.body) + "\n"

    def files(self) -> tuple[dict[str, str], dict[str, str]]:
        """(files outside plans/, plans files) of the throwaway practice: the doc practice's plans, with
        this example's lines in the file it names."""
        plans = dict(DOC_FILES)
        others = {self.path or (RESPONSE_PATH if self.response else POST_PATH): self.text()}
        if self.file.startswith("plans/"):
            name = self.file.removeprefix("plans/")
            plans[name] = _merged(plans.get(name, ""), self.front)
        elif self.file:
            others[self.file] = "\n".join(self.front) + "\n"
        return others, plans


def _merged(text: str, lines: tuple[str, ...]) -> str:
    """`text` (YAML `key: value` lines) with each key of `lines` given its new value: the old line,
    and the indented lines below it, make way."""
    keys = {_FIELD.match(line).group(1) for line in lines if _FIELD.match(line)}
    kept, dropping = [], False
    for line in text.splitlines():
        if line[:1] not in (" ", "\t", ""):
            dropping = bool(_FIELD.match(line)) and _FIELD.match(line).group(1) in keys
        if not dropping:
            kept.append(line)
    return "\n".join(kept + list(lines)) + "\n"


def doc_examples(rule: Rule) -> list[DocExample]:
    """The rule's examples; a line that starts neither way continues the one before it."""
    out: list[list] = []
    for line in rule.sections().get("Examples", "").split("\n"):
        line = line.strip()
        head, _, rest = line.partition(":")
        if head in ("Triggers", "Passes"):
            out.append([head == "Triggers", rest.strip()])
        elif line and out:
            out[-1][1] += " " + line
    return [DocExample(rule.code, triggers, text) for triggers, text in out]


def _without_remarks(text: str) -> list[tuple[str, str]]:
    """The example as ('span' | 'prose', text) pieces, parentheses outside spans (remarks) left out."""
    pieces: list[tuple[str, str]] = []
    depth = 0
    for index, part in enumerate(_SPAN.split(text)):
        if index % 2:
            if depth == 0:
                pieces.append(("span", part))
            continue
        kept = []
        for ch in part:
            depth += ch == "("
            if depth == 0:
                kept.append(ch)
            depth -= ch == ")" and depth > 0
        text = "".join(kept)
        if pieces and pieces[-1][0] == "prose":  # the span between was a remark's
            text = pieces.pop()[1] + " " + text
        pieces.append(("prose", " ".join(text.split())))
    return pieces


def read(example: DocExample, rule: Rule) -> Input | None:
    """The example as an input, or None when it is prose (a table row realizes it)."""
    if "`" not in example.text or example.text.count("`") % 2:
        return None
    pieces = _without_remarks(example.text.strip().rstrip("."))
    prose = [text for kind, text in pieces if kind == "prose"]
    spans = [_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) for kind, text in pieces if kind == "span"]
    if not spans:
        return None
    lead, tail = prose[0], prose[-1].rstrip(".").strip()
    lead_match, tail_match = _LEAD.match(lead), _TAIL.match(tail)
    # the words before each span but the first: a join, or `on` before a channel
    joins = [(prose[i], spans[i]) for i in range(1, len(spans))]
    if not lead_match or not tail_match:
        return None
    response = bool(lead_match["response"]) or rule.scope == "response"
    fields = RESPONSE_FIELDS if response else POST_FIELDS
    front, bodies, path = [], [], ""
    for index, span in enumerate(spans):
        before = joins[index - 1][0] if index else ""
        key = _FIELD.match(span)
        if before == "on" and span in doc_plans().practice.channels:
            front.append(f"channels: [{span}]")
        elif index and not _JOIN.match(before):
            return None
        elif rule.scope == "parse" and _FILE_NAME.match(span):
            path = span
        elif tail_match["file"] or key and (key.group(1) in fields or rule.scope == "parse"):
            front.append(span)
        else:
            bodies.append(span)
    if len(bodies) > 1:
        return None
    if lead_match["guideline"]:
        front.insert(0, f"guideline: {lead_match['guideline']}")
    today = dt.date.fromisoformat(tail_match["today"]) if tail_match["today"] else TODAY
    return Input(response, tuple(front), bodies[0] if bodies else None, tail_match["file"] or "", today, path)


@cache
def doc_plans() -> Plans:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, text in DOC_FILES.items():
            (root / "plans").mkdir(exist_ok=True)
            (root / "plans" / name).write_text(text, encoding="utf-8")
        plans, problems = load_plans(root)
    assert not problems, problems
    return plans


def run(rule: Rule, given: Input) -> tuple[list[Finding], list[Finding]]:
    """(what the rule finds in the example, what else the parser said about it)."""
    path = given.path or (RESPONSE_PATH if given.response else POST_PATH)
    if rule.scope == "parse":
        with tempfile.TemporaryDirectory() as folder:
            root = make_project(Path(folder), *given.files())
            found = check_project(root, given.today).findings
        return [f for f in found if f.code == rule.code], []
    parse = parse_response if given.response else parse_post
    problems: list[Finding] = []
    item = parse(SourceText(given.text()), path, doc_plans(), problems)
    if item is None:
        return [], problems
    example = [item] if rule.scope == "corpus" else item
    return findings(rule.code, example, today=given.today, plans=doc_plans()), problems


def realized_by(example: DocExample, cases) -> object | None:
    """The table row named after this prose example, in the list its verb calls for."""
    rows = (cases.trigger if example.triggers else cases.clean) if cases else []
    wanted = _plain(example.text)
    return next((row for row in rows if _plain(unwrap(row)[1]) == wanted), None)


def _plain(text: str) -> str:
    return " ".join(text.split()).rstrip(".")
