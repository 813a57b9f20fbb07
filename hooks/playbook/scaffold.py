"""`playbook new`: start a post or a response template from an archetype.

Like Hugo's archetypes, a new file starts from a template chosen by what it
is: `plans/archetypes/post.md` or `plans/archetypes/response.md`, rendered
with Jinja2 in the same bounded sandbox as reply templates (sandbox.py:
StrictUndefined, so a typo in an archetype is an error, not an empty field;
nothing in an archetype can run code, read files or hang the command). A practice without its own archetypes gets the built-in ones
below, which are the same text the sample ships.

Every choice (channel, guideline, author, series, campaign, scenario,
platform) is checked against the plans before anything is written; a bad one
raises `Invalid` naming the option and listing the valid values. The file is
rendered, parsed back with the engine's own parser (so a broken archetype
never writes a broken file), and written atomically with `exclusive=True`:
an existing file is never touched.

Pure Python; no click here. The CLI turns `Invalid` into a usage error.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import secrets
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from . import horizon
from .check import settle
from .clock import resolve_today
from .content import PLATFORMS, SCENARIOS, parse_post, parse_response
from .corpus import Corpus, load_corpus
from .fields import parse_time
from .files import write_atomically
from .findings import Severity
from .layout import CONTENT_DIR, POSTS_DIR, RESPONSES_DIR
from .links import resolves_inside
from .model import GUIDELINES
from .reviews.model import is_calm
from .slots import open_slots
from .source import SourceText, read_bytes, read_source
from .statuses import PENDING_STATUSES
from .text import host_of, is_trusted
from .timezones import local_time

ARCHETYPES_DIR = "plans/archetypes"
NEW_STATUSES = PENDING_STATUSES  # approved and published need approvals: a person adds them
DEFAULT_TIME = dt.time(10, 0)
SLUG_MAX = 50
UID_PREFIX = {"post": "p-", "response": "r-"}
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_UID_LINE = re.compile(r"^uid:\s*[\"']?([^\"'\s#]+)", re.MULTILINE)
_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9._-]*$")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


class Invalid(ValueError):
    """A value the user gave (or left out) that cannot make a valid file."""

    def __init__(self, option: str, message: str, missing: bool = False):
        super().__init__(message)
        self.option = option
        self.message = message
        self.missing = missing  # nothing was given (rather than a wrong value)


class Exists(FileExistsError):
    """The conventional path is taken; nothing was written."""


class ArchetypeProblem(RuntimeError):
    """The archetype itself is broken (bad Jinja, unknown variable, invalid result)."""


@dataclass(frozen=True)
class Created:
    path: Path  # absolute
    rel: str  # relative to the project root, forward slashes
    uid: str
    text: str


# -- values into YAML ----------------------------------------------------------------------------
def yaml_value(value) -> str:
    """One YAML flow value: plain when unambiguous, else double-quoted (JSON strings are YAML)."""
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(yaml_value(item) for item in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if _PLAIN.match(text) and text.lower() not in _YAML_WORDS:
        return text
    return quoted(text)


def quoted(value) -> str:
    return json.dumps(str(value), ensure_ascii=False)


# -- names ---------------------------------------------------------------------------------------
def slugify(title: str, max_length: int = SLUG_MAX) -> str:
    """Lowercase ASCII words joined by hyphens, at most `max_length` characters, cut at a word."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['’]", "", text)
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > max_length:
        cut = text[: max_length + 1]
        text = cut[: cut.rfind("-")] if "-" in cut[1:] else cut[:max_length]
        text = text.strip("-")
    return text


def _slug(title: str, slug: str | None) -> str:
    if slug is not None:
        slug = slug.strip()
        if not _SLUG.match(slug) or len(slug) > 80:
            raise Invalid("--slug", f"slug '{slug}' must be lowercase letters, digits and single hyphens (e.g. stretch-before-you-shovel)")
        return slug
    made = slugify(title)
    if not made:
        raise Invalid("--slug", f"cannot make a file name from the title {title!r}; give one with --slug, e.g. --slug winter-walk")
    return made


def used_uids(corpus: Corpus) -> set[str]:
    """Every uid in the corpus, plus any `uid:` line in a file the parser could not use."""
    found = {item.uid for item in (*corpus.posts, *corpus.responses) if item.uid}
    for rel in corpus.walk.under(CONTENT_DIR, ".md"):  # never a file behind a refused link
        head = read_bytes(corpus.root / rel, 4000)  # never opens a named pipe (it would wait forever)
        if isinstance(head, bytes):
            found.update(_UID_LINE.findall(head[:4000].decode("utf-8", errors="replace")))
    return found


def new_uid(kind: str, taken: set[str], token: Callable[[int], str] | None = None) -> str:
    """`p-` or `r-` and 8 random hex digits, not yet used in the corpus."""
    token = token or secrets.token_hex
    for _ in range(100):
        uid = UID_PREFIX[kind] + token(4)
        if uid not in taken:
            return uid
    raise RuntimeError("could not find an unused uid after 100 tries")  # pragma: no cover (2**32 space)


# -- choices -------------------------------------------------------------------------------------
def split_list(values: Iterable[str]) -> tuple[str, ...]:
    """`--channels a,b --channels c` -> (a, b, c), without duplicates, in the order given."""
    result: list[str] = []
    for value in values:
        for part in str(value).split(","):
            part = part.strip()
            if part and part not in result:
                result.append(part)
    return tuple(result)


def _choices(choices: Iterable[str]) -> str:
    return ", ".join(sorted(choices))


def _one_of(option: str, value: str, choices: Iterable[str], what: str) -> str:
    choices = tuple(choices)
    if value not in choices:
        raise Invalid(option, f"unknown {what} '{value}'; choose one of: {_choices(choices) or '(none defined)'}")
    return value


def _all_of(option: str, values: tuple[str, ...], choices: Iterable[str], what: str) -> tuple[str, ...]:
    choices = tuple(choices)
    wrong = [v for v in values if v not in choices]
    if wrong:
        listed = ", ".join(f"'{v}'" for v in wrong)
        raise Invalid(option, f"unknown {what} {listed}; choose from: {_choices(choices)}")
    return values


def _title(title: str) -> str:
    title = (title or "").strip()
    if not title:
        raise Invalid("TITLE", 'give the post a short title, e.g. playbook new post "Stretch before you shovel" ...')
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in title):
        raise Invalid("TITLE", "the title must be one line of text without control characters")
    return title


# -- archetypes ----------------------------------------------------------------------------------
def archetype_text(root: Path, kind: str) -> tuple[str, str]:
    """(template text, where it came from); an archetype that cannot be read is an ArchetypeProblem."""
    path = Path(root) / ARCHETYPES_DIR / f"{kind}.md"
    origin = f"{ARCHETYPES_DIR}/{kind}.md"
    if not os.path.lexists(path):
        return DEFAULT_ARCHETYPES[kind], f"the built-in {kind} archetype"
    if path.is_symlink() and not resolves_inside(root, path):
        raise ArchetypeProblem(f"{origin} is a symbolic link out of the repository; copy the archetype into plans/archetypes/ instead")
    source = read_source(path)
    if source.text is None:
        raise ArchetypeProblem(f"{origin}:{source.line}: {source.problem}" if source.line else f"{origin}: {source.problem}")
    return source.text, origin


MAX_ARCHETYPE_OUTPUT = 100_000  # characters: a new post is a few hundred


def render(template_text: str, origin: str, values: dict) -> str:
    """The archetype filled in, in the same bounded sandbox as reply templates (sandbox.py); never runs anything else."""
    from . import sandbox  # Jinja2: loaded by `playbook new`, not by every command the CLI module serves

    try:
        return sandbox.render(
            template_text,
            values,
            what="an archetype",
            max_output=MAX_ARCHETYPE_OUTPUT,
            filters={"yaml": yaml_value, "quoted": quoted},
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
    except sandbox.TemplateProblem as problem:
        where = f"{origin}:{problem.line}" if problem.line else origin
        hint = f"the archetype may use: {', '.join(sorted(values))}" if "undefined" in problem.message else problem.hint
        raise ArchetypeProblem(f"{where}: {problem.message}" + (f" ({hint})" if hint else "") + "; nothing was written") from None


def _verify(text: str, rel: str, origin: str, parse, plans) -> None:
    """Parse the rendered file with the engine; a front-matter error means the archetype is broken."""
    sink: list = []
    item = parse(SourceText(text), rel, plans, sink)
    errors = [f for f in settle(sink) if f.severity is Severity.ERROR]
    if errors or item is None:
        detail = "; ".join(f"line {f.line}: {f.code} {f.message}" for f in errors) or "the file could not be read back"
        raise ArchetypeProblem(f"{origin} renders an invalid file ({detail}); fix the archetype")


def _write(root: Path, rel: str, text: str) -> Path:
    path = Path(root) / rel
    if path.exists():
        raise Exists(rel)
    try:
        write_atomically(path, text, exclusive=True)
    except FileExistsError:
        raise Exists(rel) from None
    return path


# -- posts ---------------------------------------------------------------------------------------
def _parse_day(value, today: dt.date) -> dt.date:
    """The publish day, refused before anything is written when it lies outside the planning horizon."""
    if isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise Invalid("--date", f"'{str(value)[:40]}' is not a date; write YYYY-MM-DD, e.g. 2027-02-15") from None
    if not horizon.in_range(day):
        raise Invalid("--date", f"{horizon.out_of_range(day.isoformat())}; nothing was written")
    if horizon.clamp(day, today) != day:
        raise Invalid("--date", f"{day.isoformat()} is more than {horizon.WINDOW_YEARS} years from today ({today.isoformat()}); check the year")
    if day < today:  # a new post is a plan: one dated in the past would be overdue (WF006) the moment it is written
        raise Invalid("--date", f"{day.isoformat()} is in the past (today is {today.isoformat()}); choose today or a later day")
    return day


def _on_the_clock(day: dt.date, at: dt.time, tz) -> None:
    """Refuse a time the practice's clocks skip or repeat on that day (daylight saving)."""
    _, problem = local_time(dt.datetime.combine(day, at), tz)
    if problem is not None:
        raise Invalid("--time", f"{problem[0]}; {problem[1]}, or choose another --time")


def _parse_time(value) -> dt.time:
    if isinstance(value, dt.time):
        return value
    parsed = parse_time(str(value))
    if parsed is None:
        raise Invalid("--time", f"'{value}' is not a time; write HH:MM on the 24-hour clock, e.g. 14:30")
    return parsed


def new_post(
    root: Path | str,
    title: str,
    *,
    day: str | dt.date | None = None,
    time: str | dt.time | None = None,
    channels: Iterable[str] = (),
    guideline: str | None = None,
    author: str | None = None,
    series: str | None = None,
    campaign: str | None = None,
    sources: Iterable[str] = (),
    status: str = "draft",
    slug: str | None = None,
    today: str | dt.date | None = None,
    token: Callable[[int], str] | None = None,
) -> Created:
    """Create content/posts/YYYY/MM/DD-slug.md; raise Invalid, Exists or ArchetypeProblem."""
    root = Path(root).resolve()
    corpus = load_corpus(root)
    plans = corpus.plans
    title = _title(title)
    _one_of("--status", status, NEW_STATUSES, "status for a new post")

    the_series = None
    if series:
        the_series = plans.series.get(_one_of("--series", series, plans.series, "series"))
    if campaign:
        _one_of("--campaign", campaign, plans.campaigns, "campaign")

    channel_list = split_list(channels) or (the_series.channels if the_series else ())
    if not channel_list:
        raise Invalid("--channels", f"Say where it goes out; choose from: {_choices(plans.practice.channels)}", missing=True)
    _all_of("--channels", channel_list, plans.practice.channels, "channel")

    guideline = guideline or (the_series.guideline if the_series else None)
    if not guideline:
        raise Invalid("--guideline", f"Say which guideline the post serves; choose one of: {_choices(GUIDELINES)}", missing=True)
    _one_of("--guideline", guideline, GUIDELINES, "guideline")

    if not author:
        raise Invalid("--author", f"Say who writes it (or set PLAYBOOK_AUTHOR); choose one of: {_choices(plans.team)}", missing=True)
    _one_of("--author", author, plans.team, "author")

    source_list = split_list(sources)
    for url in source_list:
        if not re.match(r"^https://\S+$", url):
            raise Invalid("--source", f"source '{url}' must be a full https:// address")
    if guideline == "expert" and status != "idea" and not any(is_trusted(plans, host_of(url)) for url in source_list):
        trusted = _choices((*plans.practice.trusted_domains, *plans.practice.domains))
        raise Invalid(
            "--source",
            f"an expert post needs an authoritative source: add --source https://... on a trusted domain ({trusted}), or start it as --status idea and add `sources:` later",
        )

    start = resolve_today(today, plans.as_of)
    if day is None:
        if the_series is None:
            raise Invalid("--date", "Say when it goes out as YYYY-MM-DD (or give --series to take its next open slot)", missing=True)
        ahead = plans.cadence.planning_horizon_days
        found = [s for s in open_slots(plans, corpus.posts, start, start + dt.timedelta(days=ahead)) if s.series_id == the_series.id]
        if not found:
            raise Invalid("--date", f"series '{the_series.id}' has no open slot in the {ahead} days from {start.isoformat()}; give --date YYYY-MM-DD")
        day = found[0].date
    day = _parse_day(day, start)
    at = _parse_time(time) if time is not None else (the_series.time if the_series else DEFAULT_TIME)
    _on_the_clock(day, at, plans.tz)

    rel = f"{POSTS_DIR}/{day:%Y/%m/%d}-{_slug(title, slug)}.md"
    if (root / rel).exists():
        raise Exists(rel)
    uid = new_uid("post", used_uids(corpus), token)
    values = {
        "title": title,
        "uid": uid,
        "publish": f"{day.isoformat()} {at:%H:%M}",
        "channels": list(channel_list),
        "guideline": guideline,
        "status": status,
        "author": author,
        "series": the_series.id if the_series else "",
        "campaign": campaign or "",
        "sources": list(source_list),
    }
    template, origin = archetype_text(root, "post")
    text = render(template, origin, values)
    _verify(text, rel, origin, parse_post, plans)
    return Created(_write(root, rel, text), rel, uid, text)


# -- responses -----------------------------------------------------------------------------------
def new_response(
    root: Path | str,
    title: str,
    *,
    scenario: str | None = None,
    platforms: Iterable[str] = (),
    status: str = "draft",
    slug: str | None = None,
    token: Callable[[int], str] | None = None,
) -> Created:
    """Create content/responses/slug.md; raise Invalid, Exists or ArchetypeProblem."""
    root = Path(root).resolve()
    corpus = load_corpus(root)
    title = _title(title)
    _one_of("--status", status, NEW_STATUSES, "status for a new template")
    if not scenario:
        raise Invalid("--scenario", f"Say which situation the reply is for; choose one of: {_choices(SCENARIOS)}", missing=True)
    _one_of("--scenario", scenario, SCENARIOS, "scenario")
    platform_list = split_list(platforms)
    if not platform_list:
        raise Invalid("--platforms", f"Say where the reply is used; choose from: {_choices(PLATFORMS)}", missing=True)
    _all_of("--platforms", platform_list, PLATFORMS, "platform")

    rel = f"{RESPONSES_DIR}/{_slug(title, slug)}.md"
    if (root / rel).exists():
        raise Exists(rel)
    uid = new_uid("response", used_uids(corpus), token)
    values = {
        "title": title,
        "uid": uid,
        "scenario": scenario,
        "platforms": list(platform_list),
        "status": status,
        "complaint": not is_calm(scenario),
    }
    template, origin = archetype_text(root, "response")
    text = render(template, origin, values)
    _verify(text, rel, origin, parse_response, corpus.plans)
    return Created(_write(root, rel, text), rel, uid, text)


# -- the archetypes a practice starts with (kept identical to plans/archetypes/ in the sample) ----
DEFAULT_ARCHETYPES = {
    "post": """\
---
title: {{ title | quoted }}
uid: {{ uid }}
publish: "{{ publish }}"
channels: {{ channels | yaml }}
guideline: {{ guideline | yaml }}
status: {{ status | yaml }}
author: {{ author | yaml }}
{% if series %}
series: {{ series | yaml }}
{% endif %}
{% if campaign %}
campaign: {{ campaign | yaml }}
{% endif %}
{% if sources %}
sources:
{% for url in sources %}
  - {{ url | yaml }}
{% endfor %}
{% endif %}
approvals: []
tags: []
# Write the post copy below the closing '---', in plain words, as you would
# say it to a neighbour.
# - Aim for 40 to 180 words and sentences under 25 words.
# - Expert post: list authoritative https links under `sources:`, get a
#   clinical approval, and keep the closing line saying this is general
#   information, not medical advice.
# - Never name or hint at a patient.
# - A photo or video goes under `media:`; `people` is required on each one:
#     media:
#       - {file: images/lobby.jpg, alt: "Our lobby with new green chairs", people: false}
#   A photo or video with people says `people: true` and names the signed
#   `authorization:` id from plans/authorizations.yml.
# - At most 3 hashtags (CamelCase, like #WellnessWednesday) and 3 emoji.
# - Posting to X or Bluesky and running long? Add a shorter copy under `variants:`.
# - When it is ready, set `status: in-review` and ask for approval.
# These comment lines are never published; delete them when you are done.
---
{% if guideline == "expert" %}

General information only, not medical advice. Talk with your own clinician about your situation.
{% endif %}
""",
    "response": """\
---
title: {{ title | quoted }}
uid: {{ uid }}
scenario: {{ scenario | yaml }}
platforms: {{ platforms | yaml }}
status: {{ status | yaml }}
approvals: []
# Write the public reply below the closing '---': 40 to 110 words, warm and plain.
# The starter text is a safe beginning; make it fit the situation.
# - Start with thanks and, for a complaint, a sincere apology.
# - Send the conversation offline: name Patient Relations and give the phone
#   and email, using the contact placeholders (contact.name, contact.phone,
#   contact.email, each inside double curly braces).
# - The only other placeholders allowed are the reviewer's public display name
#   (reviewer) and the practice name (practice.name).
# - Never confirm or hint that the writer is a patient: no mention of a visit,
#   a treatment, a doctor, a bill or any record. No medical advice.
# - Never argue, blame, or ask anyone to take a review down.
# A privacy reviewer must approve the template before the front desk uses it.
# These comment lines are never shown; delete them when you are done.
---

{% if complaint %}
{% raw %}Thank you for reaching out, {{ reviewer }}. We're sorry this was frustrating, and we would like to help. Please contact {{ contact.name }} at {{ contact.phone }} or {{ contact.email }} so we can talk it through privately.{% endraw %}

{% else %}
{% raw %}Thank you for taking the time to share this, {{ reviewer }}. If there is ever anything we can do, {{ contact.name }} is glad to help at {{ contact.phone }} or {{ contact.email }}.{% endraw %}

{% endif %}
""",
}
