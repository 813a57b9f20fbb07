"""Load `plans/*.yml` into one typed Plans object, reporting every problem found.

A broken plans file never stops the others from loading: each falls back to an
empty default, so posts are still checked against whatever could be read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from . import recurrence
from .channels import KNOWN_CHANNELS
from .fields import FieldReader, finding, parse_time
from .findings import Finding
from .links import resolves_inside
from .markup import field_findings
from .model import (
    GUIDELINES,
    ROLES,
    Authorization,
    Cadence,
    Campaign,
    ChannelCadence,
    Contact,
    Person,
    Plans,
    Practice,
    Series,
)
from .siteconfig import url_problem
from .source import read_source
from .yamlload import LineDict, LineList, YamlError, load_yaml

PLANS_DIR = "plans"
REQUIRED_FILES = ("practice.yml", "team.yml")
MIX_KEYS = GUIDELINES + ("promotional",)
MAX_DAYS = 366  # any span of days in cadence.yml: a year is the longest that means anything for a feed
MAX_PER_WEEK = 100  # posts a week on one channel


def _rel(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _load(root: Path, name: str, sink: list[Finding], shape: type):
    """Parsed top-level value of plans/<name>, or None; `shape` is LineDict or LineList."""
    path = root / PLANS_DIR / name
    rel = _rel(root, path)
    if (path.exists() or path.is_symlink()) and not resolves_inside(root, path):
        return None  # a link out of the repository is never read; FM017 (links.py) reports it
    if not path.exists():
        if name in REQUIRED_FILES:
            sink.append(finding("FM011", f"missing plans file {rel}", rel, 0, hint="see the sample practice for its shape"))
        return None
    source = read_source(path)
    if source.text is None:
        sink.append(finding("FM010", source.problem, rel, source.line))
        return None
    data, error = load_yaml(source.text)
    if isinstance(error, YamlError):
        sink.append(finding("FM001", error.message, rel, error.line, error.column))
        return None
    if data is None:
        return shape()
    if not isinstance(data, shape):
        wanted = "'key: value' lines" if shape is LineDict else "a list of '- ' entries"
        sink.append(finding("FM005", f"{rel} must hold {wanted}", rel, 1))
        return None
    sink.extend(field_findings(data, rel, skip=()))
    return data


def _practice(root: Path, sink: list[Finding]) -> tuple[Practice, bool]:
    data = _load(root, "practice.yml", sink, LineDict)
    rel = f"{PLANS_DIR}/practice.yml"
    if data is None:
        return Practice("", "UTC", "", (), Contact("", "", ""), KNOWN_CHANNELS), False
    known = ("name", "timezone", "website", "domains", "trusted_domains", "contact", "phones", "channels", "address", "playbook_url")
    read = FieldReader(data, rel, known, sink)
    contact = read.mapping("contact", ("name", "phone", "email"), required=True)
    practice = Practice(
        name=read.text("name", required=True),
        timezone=read.timezone("timezone", required=True),
        website=read.url("website", required=True),
        domains=tuple(d.lower() for d in read.text_list("domains", required=True)),
        contact=Contact(
            contact.text("name", required=True) if contact else "",
            contact.text("phone") if contact else "",
            contact.text("email") if contact else "",
        ),
        channels=read.text_list("channels", required=True, choices=KNOWN_CHANNELS, unknown_code="FM008"),
        trusted_domains=tuple(d.lower() for d in read.text_list("trusted_domains")),
        address=read.text("address"),
        playbook_url=read.url("playbook_url"),
        phones=read.text_list("phones"),
    )
    problem = url_problem(practice)
    if problem:
        read.report(
            "FM046", problem, read.line("playbook_url"), "use the address where this playbook is published, on the practice's own domain (add it to `domains`) or a static host such as github.io"
        )
        practice = replace(practice, playbook_url="")
    return practice, True


def _team(root: Path, sink: list[Finding]) -> dict[str, Person]:
    data = _load(root, "team.yml", sink, LineDict)
    rel = f"{PLANS_DIR}/team.yml"
    if data is None:
        return {}
    read = FieldReader(data, rel, ("people",), sink)
    read._raw("people", required=True)
    team: dict[str, Person] = {}
    for entry in read.mappings("people", ("id", "name", "roles", "emails", "github")):
        person = Person(
            entry.text("id", required=True),
            entry.text("name", required=True),
            entry.text_list("roles", required=True, choices=ROLES),
            _emails(entry),
            _github(entry),
        )
        if person.id in team:
            entry.report("FM045", f"team member id '{person.id}' is used twice", entry.line("id"))
        elif person.id:
            team[person.id] = person
    return team


_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+$")
_GITHUB = re.compile(r"^@?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?)$")


def _emails(entry: FieldReader) -> tuple[str, ...]:
    """The git e-mails a person commits with, lower-cased (git hosts compare them that way)."""
    found = []
    values = entry.data.get("emails")
    for index, email in enumerate(entry.text_list("emails")):
        if _EMAIL.match(email):
            found.append(email.lower())
        else:
            line = values.line_of(index) if isinstance(values, LineList) else entry.line("emails")
            entry.report("FM044", f"'emails' entry '{email}' is not an e-mail address", line, "list the addresses this person commits with: git config user.email")
    return tuple(found)


def _github(entry: FieldReader) -> str:
    handle = entry.text("github")
    match = _GITHUB.match(handle)
    if handle and not match:
        entry.report("FM044", f"'github' is '{handle}', which is not a GitHub user name or org/team", entry.line("github"), "e.g. github: morgan-reyes")
        return ""
    return match.group(1) if match else ""


def _cadence(root: Path, sink: list[Finding], channels: tuple[str, ...]) -> Cadence:
    data = _load(root, "cadence.yml", sink, LineDict)
    rel = f"{PLANS_DIR}/cadence.yml"
    if data is None:
        return Cadence()
    known = ("channels", "mix", "news_fresh_days", "approval_lead_days", "planning_horizon_days")
    read = FieldReader(data, rel, known, sink)
    per_channel: dict[str, ChannelCadence] = {}
    table = read.mapping("channels", list(data.get("channels") or {}) if isinstance(data.get("channels"), dict) else ())
    if table is not None:
        for name in table.data:
            if name not in channels:
                table.report("FM008", f"cadence for unknown channel '{name}'", table.line(name), f"channels in plans/practice.yml: {', '.join(channels)}")
                continue
            row = table.mapping(name, ("per_week", "max_gap_days", "quiet_hours"))
            if row is None:
                continue
            per_channel[name] = ChannelCadence(
                per_week=row.number("per_week", maximum=MAX_PER_WEEK),
                max_gap_days=row.number("max_gap_days", integer=True, maximum=MAX_DAYS),
                quiet_hours=_quiet_hours(row),
            )
    mix: dict[str, tuple[str, float]] = {}
    mix_reader = read.mapping("mix", MIX_KEYS)
    if mix_reader is not None:
        for key in mix_reader.data:
            if key not in MIX_KEYS:
                continue
            target = _share(mix_reader.text(key))
            if target is None:
                mix_reader.report("FM044", f"'mix.{key}' must look like '>=0.25' or '<=0.20'", mix_reader.line(key))
            else:
                mix[key] = target
    return Cadence(
        channels=per_channel,
        mix=mix,
        news_fresh_days=read.number("news_fresh_days", 7, integer=True, maximum=MAX_DAYS),
        approval_lead_days=read.number("approval_lead_days", 3, integer=True, maximum=MAX_DAYS),
        planning_horizon_days=read.number("planning_horizon_days", 56, minimum=1, integer=True, maximum=MAX_DAYS),
    )


def _quiet_hours(row: FieldReader) -> tuple[dt.time, dt.time] | None:
    text = row.text("quiet_hours")
    if not text:
        return None
    parts = [parse_time(part) for part in text.split("-")]
    if len(parts) != 2 or None in parts:
        row.report("FM006", f"quiet_hours '{text}' must look like '21:00-07:00'", row.line("quiet_hours"))
        return None
    return parts[0], parts[1]


def _share(text: str) -> tuple[str, float] | None:
    text = text.replace(" ", "")
    for op in (">=", "<="):
        if text.startswith(op):
            try:
                value = float(text[2:].rstrip("%")) / (100 if text.endswith("%") else 1)
            except ValueError:
                return None
            return (op, value) if 0 <= value <= 1 else None
    return None


def _series(root: Path, sink: list[Finding], channels: tuple[str, ...]) -> dict[str, Series]:
    data = _load(root, "series.yml", sink, LineList)
    rel = f"{PLANS_DIR}/series.yml"
    result: dict[str, Series] = {}
    for index, item in enumerate(data or []):
        if not isinstance(item, LineDict):
            sink.append(finding("FM005", f"series entry {index + 1} must be a mapping", rel, data.line_of(index)))
            continue
        read = FieldReader(item, rel, ("id", "name", "channels", "guideline", "rrule", "time", "from", "until"), sink)
        rule_text = read.text("rrule", required=True)
        start = read.date("from", required=True)
        if rule_text:
            problem = recurrence.problem(rule_text)
            if problem:
                code = getattr(problem, "code", "FM044")
                read.report(code, f"'rrule' is not a recurrence rule a series can use: {problem}", read.line("rrule"), f"e.g. {recurrence.EXAMPLE}")
                rule_text = ""
        series = Series(
            id=read.text("id", required=True),
            name=read.text("name") or read.text("id"),
            channels=read.text_list("channels", required=True, choices=channels, unknown_code="FM008"),
            guideline=read.choice("guideline", GUIDELINES, required=True),
            rrule=rule_text,
            time=read.time("time", required=True) or dt.time(12, 0),
            start=start or dt.date.min,
            until=read.date("until"),
            line=item.line,
        )
        if series.id in result:
            read.report("FM045", f"series id '{series.id}' is used twice", read.line("id"))
        elif series.id and series.rrule and start:
            result[series.id] = series
    return result


def _campaigns(root: Path, sink: list[Finding]) -> dict[str, Campaign]:
    data = _load(root, "campaigns.yml", sink, LineList)
    rel = f"{PLANS_DIR}/campaigns.yml"
    result: dict[str, Campaign] = {}
    for index, item in enumerate(data or []):
        if not isinstance(item, LineDict):
            sink.append(finding("FM005", f"campaign entry {index + 1} must be a mapping", rel, data.line_of(index)))
            continue
        read = FieldReader(item, rel, ("id", "name", "from", "to"), sink)
        campaign = Campaign(read.text("id", required=True), read.text("name"), read.date("from", required=True), read.date("to", required=True), item.line)
        if campaign.start and campaign.end and campaign.end < campaign.start:
            read.report("FM006", f"campaign '{campaign.id}' ends before it starts", read.line("to"))
        if campaign.id in result:
            read.report("FM045", f"campaign id '{campaign.id}' is used twice", read.line("id"))
        elif campaign.id and campaign.start and campaign.end:
            result[campaign.id] = campaign
    return result


def _authorizations(root: Path, sink: list[Finding]) -> dict[str, Authorization]:
    data = _load(root, "authorizations.yml", sink, LineList)
    rel = f"{PLANS_DIR}/authorizations.yml"
    result: dict[str, Authorization] = {}
    for index, item in enumerate(data or []):
        if not isinstance(item, LineDict):
            sink.append(finding("FM005", f"authorization entry {index + 1} must be a mapping", rel, data.line_of(index)))
            continue
        read = FieldReader(item, rel, ("id", "signed", "expires", "scope", "revoked"), sink)
        auth = Authorization(
            read.text("id", required=True),
            read.date("signed", required=True),
            read.date("expires"),
            read.text("scope"),
            read.boolean("revoked"),
            item.line,
        )
        if auth.id in result:
            read.report("FM045", f"authorization id '{auth.id}' is used twice", read.line("id"))
        elif auth.id:
            result[auth.id] = auth
    return result


def _checks(root: Path, sink: list[Finding]) -> tuple[dt.date | None, LineDict, LineDict]:
    data = _load(root, "checks.yml", sink, LineDict)
    if data is None:
        return None, LineDict(), LineDict()
    read = FieldReader(data, f"{PLANS_DIR}/checks.yml", ("as_of", "rules", "reviews"), sink)
    blocks = []
    for name in ("rules", "reviews"):
        block = data.get(name)
        if block is not None and not isinstance(block, LineDict):
            read._wrong(name, block, "a mapping")
            block = None
        blocks.append(block if block is not None else LineDict())
    return read.date("as_of"), *blocks


def load_plans(root: Path) -> tuple[Plans, list[Finding]]:
    sink: list[Finding] = []
    practice, _ = _practice(root, sink)
    plans = Plans(
        practice=practice,
        team=_team(root, sink),
        cadence=_cadence(root, sink, practice.channels),
        series=_series(root, sink, practice.channels),
        campaigns=_campaigns(root, sink),
        authorizations=_authorizations(root, sink),
    )
    as_of, rules, reviews = _checks(root, sink)
    return replace(plans, as_of=as_of, rules=rules, reviews=reviews), sink
