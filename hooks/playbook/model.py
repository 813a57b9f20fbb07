"""Typed content: front matter becomes these frozen objects once, at the edge.

Line numbers travel with the objects (`lines`) so rules can point at the key
that holds a problem without touching YAML again.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field

from .delimited import Delimited
from .guidelines import GUIDELINES
from .layout import page_uri
from .statuses import APPROVED_STATUSES, STATUSES
from .timezones import zone

NOTES = Delimited(("<!--", "-->"))  # HTML comments are notes to the team, never sent out


def without_notes(text: str) -> str:
    """Text as it goes out: the team's HTML-comment notes removed."""
    return NOTES.sub("", text).strip()


__all__ = ["GUIDELINES", "STATUSES", "APPROVED_STATUSES"]  # read by the parser from here; their homes are guidelines.py and statuses.py
ROLES = ("author", "clinical", "privacy", "approver")


@dataclass(frozen=True)
class Approval:
    by: str
    role: str
    on: dt.date
    line: int = 0
    last_line: int = 0  # an approval written over several lines ends here; git blame reads line..last_line


@dataclass(frozen=True)
class News:
    url: str
    date: dt.date
    line: int = 0


@dataclass(frozen=True)
class Event:
    name: str
    start: dt.datetime
    end: dt.datetime | None
    location: str
    url: str
    line: int = 0


@dataclass(frozen=True)
class Media:
    file: str
    alt: str
    people: bool | None = None  # None: the file leaves `people` out (FM003); never read as "no people"
    authorization: str = ""
    captions: bool | None = None
    line: int = 0

    @property
    def is_video(self) -> bool:
        return self.file.lower().rsplit(".", 1)[-1] in {"mp4", "mov", "m4v", "webm", "avi"}


@dataclass(frozen=True)
class Waiver:
    rule: str
    reason: str
    line: int = 0


@dataclass(frozen=True)
class Post:
    path: str  # relative to the project root, with forward slashes
    title: str
    uid: str
    publish: dt.datetime  # timezone-aware
    channels: tuple[str, ...]
    guideline: str
    status: str
    author: str
    body: str
    body_line: int
    approvals: tuple[Approval, ...] = ()
    series: str = ""
    campaign: str = ""
    news: News | None = None
    sources: tuple[str, ...] = ()
    event: Event | None = None
    media: tuple[Media, ...] = ()
    authorizations: tuple[str, ...] = ()  # signed authorizations for a patient story without media
    sponsored: bool = False
    variants: Mapping[str, str] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    waivers: tuple[Waiver, ...] = ()
    lines: Mapping[str, int] = field(default_factory=dict)  # field name -> line of its key

    def line_of(self, name: str) -> int:
        return self.lines.get(name, 1)

    def authorization_ids(self) -> tuple[str, ...]:
        """Every authorization the post relies on: its own list, then its media's."""
        return tuple(dict.fromkeys((*self.authorizations, *(m.authorization for m in self.media if m.authorization))))

    def copy_for(self, channel: str) -> str:
        """The text that goes out on `channel`: its variant if there is one, without author notes."""
        return without_notes(self.variants.get(channel, self.body))

    @property
    def page_uri(self) -> str:
        """Site path of the post's page, e.g. posts/2027/01/04-slug/."""
        return page_uri(self.path)


@dataclass(frozen=True)
class ResponseTemplate:
    path: str
    title: str
    scenario: str
    platforms: tuple[str, ...]
    status: str
    body: str
    body_line: int
    uid: str = ""
    approvals: tuple[Approval, ...] = ()
    tags: tuple[str, ...] = ()
    waivers: tuple[Waiver, ...] = ()
    lines: Mapping[str, int] = field(default_factory=dict)

    def line_of(self, name: str) -> int:
        return self.lines.get(name, 1)

    @property
    def page_uri(self) -> str:
        return page_uri(self.path)


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str
    email: str


@dataclass(frozen=True)
class Practice:
    name: str
    timezone: str
    website: str
    domains: tuple[str, ...]
    contact: Contact
    channels: tuple[str, ...]
    trusted_domains: tuple[str, ...] = ()
    address: str = ""
    playbook_url: str = ""  # where this playbook site is published: the site's address, feeds and subscribe links
    phones: tuple[str, ...] = ()  # the practice's other lines (a second office, billing), which texts may give besides contact.phone


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    roles: tuple[str, ...]
    emails: tuple[str, ...] = ()  # the git e-mails they commit with: proof that an approval is theirs
    github: str = ""  # their GitHub handle (or org/team), for .github/CODEOWNERS


@dataclass(frozen=True)
class ChannelCadence:
    per_week: float = 0
    max_gap_days: int = 0
    quiet_hours: tuple[dt.time, dt.time] | None = None


@dataclass(frozen=True)
class Cadence:
    channels: Mapping[str, ChannelCadence] = field(default_factory=dict)
    mix: Mapping[str, tuple[str, float]] = field(default_factory=dict)  # guideline -> (">=" | "<=", share)
    news_fresh_days: int = 7
    approval_lead_days: int = 3
    planning_horizon_days: int = 56


@dataclass(frozen=True)
class Series:
    id: str
    name: str
    channels: tuple[str, ...]
    guideline: str
    rrule: str
    time: dt.time
    start: dt.date
    until: dt.date | None = None
    line: int = 0


@dataclass(frozen=True)
class Campaign:
    id: str
    name: str
    start: dt.date
    end: dt.date
    line: int = 0


@dataclass(frozen=True)
class Authorization:
    id: str
    signed: dt.date | None
    expires: dt.date | None
    scope: str = ""
    revoked: bool = False
    line: int = 0


@dataclass(frozen=True)
class Plans:
    practice: Practice
    team: Mapping[str, Person] = field(default_factory=dict)
    cadence: Cadence = field(default_factory=Cadence)
    series: Mapping[str, Series] = field(default_factory=dict)
    campaigns: Mapping[str, Campaign] = field(default_factory=dict)
    authorizations: Mapping[str, Authorization] = field(default_factory=dict)
    as_of: dt.date | None = None
    rules: Mapping[str, object] = field(default_factory=dict)  # raw rule configuration, read by config.py
    reviews: Mapping[str, object] = field(default_factory=dict)  # raw review-log settings, read by reviews/settings.py

    @property
    def tz(self):
        return zone(self.practice.timezone) or zone("UTC")

    def local(self, moment: dt.datetime) -> dt.datetime:
        """`moment` on the practice's wall clock: the one conversion of a publish (or event) time.

        Publish times are stored as instants (an offset written in the file wins); every date a
        check, a page or an export shows is the practice's local one.
        """
        if type(moment) is not dt.datetime or type(moment.tzinfo) not in _KEPT_ZONES:
            return moment.astimezone(self.tz)  # a subclass, a naive time (the process's TZ) or a zone that hashes badly
        return _on_clock(moment, moment.fold, moment.tzinfo, self.tz)


_KEPT_ZONES = (zoneinfo.ZoneInfo, dt.timezone)  # what fields.parse_datetime gives: hashable, equal when the same zone


@functools.lru_cache(maxsize=1 << 16)
def _on_clock(moment: dt.datetime, fold: int, tzinfo: dt.tzinfo | None, tz: dt.tzinfo) -> dt.datetime:
    """One conversion per distinct moment: cross-file rules ask for each post's local time a dozen times.

    Keyed by the moment with its fold and its zone, not by the moment alone: two times of one zone
    compare equal across a repeated hour whatever their fold, yet are different instants. (The moment
    itself, not its wall time: making a naive copy for the key cost more than the conversion it saved.)
    """
    return moment.astimezone(tz)
