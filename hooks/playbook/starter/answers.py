"""What `playbook init` asks, checked before anything is written.

The same answers come from prompts, from flags or from an answers file
(`--from answers.yml`); `read_answers` takes a plain mapping in the shape of
that file and returns Answers, or raises Problem naming the answer and what
to write instead. Every check here guards a file init writes: a practice
made from accepted answers passes `mkdocs build --strict` at once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..channels import KNOWN_CHANNELS
from ..model import ROLES
from ..text import domain_matches, host_of

# Health authorities every practice may cite; the practice adds its own local sources later.
TRUSTED_DOMAINS = ("cdc.gov", "nih.gov", "medlineplus.gov", "fda.gov", "who.int", "heart.org")
# Shared mailbox providers: listing one as the practice's domain would make every address there "own"
# (PHI005 would let a patient's address through), so the contact address must be on the practice's domain.
WEBMAIL = ("gmail.com", "googlemail.com", "yahoo.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "aol.com",
           "icloud.com", "me.com", "proton.me", "protonmail.com", "gmx.com", "mail.com", "yandex.com", "zoho.com")  # fmt: skip
DEFAULT_CHANNELS = ("facebook", "instagram")
DEFAULT_PER_WEEK = 2
KEYS = ("name", "website", "timezone", "playbook_url", "contact", "channels", "posts_per_week", "team", "trusted_domains", "address", "engine")
_ID = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$")
_URL = re.compile(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:[0-9]{1,5})?(/[A-Za-z0-9._~/%-]*)?$")
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")
_GITHUB = re.compile(r"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$")


class Problem(ValueError):
    """An answer init cannot use: `key` names it as the answers file does, `message` says what to write."""

    def __init__(self, key: str, message: str):
        super().__init__(f"{key}: {message}")
        self.key = key
        self.message = message


@dataclass(frozen=True)
class Member:
    id: str
    name: str
    roles: tuple[str, ...]
    emails: tuple[str, ...] = ()
    github: str = ""


@dataclass(frozen=True)
class Answers:
    name: str
    website: str
    timezone: str
    contact_name: str
    contact_phone: str
    contact_email: str
    channels: tuple[str, ...]
    team: tuple[Member, ...]
    posts_per_week: dict[str, float] = field(default_factory=dict)
    playbook_url: str = ""
    trusted_domains: tuple[str, ...] = TRUSTED_DOMAINS
    address: str = ""
    engine: str = ""  # the pip requirement on the engine; '' = the one running init

    @property
    def domains(self) -> tuple[str, ...]:
        """The practice's own domains: its website's, and its contact address's when that differs."""
        own = [_bare(host_of(self.website))]
        mail = self.contact_email.rsplit("@", 1)[-1].lower() if self.contact_email else ""
        if mail and not domain_matches(mail, own):
            own.append(mail)
        return tuple(own)

    def warnings(self) -> list[str]:
        """Answers that work but leave a gap the team should know about."""
        roles = {role for member in self.team for role in member.roles}
        notes = []
        if "clinical" not in roles:
            notes.append("nobody holds the clinical role: expert posts (health tips) cannot be approved until someone does (plans/team.yml)")
        if "privacy" not in roles:
            notes.append("nobody holds the privacy role: reply templates cannot be approved until someone does (plans/team.yml)")
        if not any(member.emails for member in self.team):
            notes.append("no team member lists the e-mail they commit with: privacy approvals cannot be proven by git until they do")
        return notes


def _bare(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


def _line(key: str, value, limit: int = 120, required: bool = True) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise Problem(key, "is missing")
        return ""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise Problem(key, "must be text")
    text = unicodedata.normalize("NFC", str(value)).strip()
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn") for ch in text):
        raise Problem(key, "must be one line of plain text, without control or invisible characters")
    if any(ch in "<>{}`\\" for ch in text):
        raise Problem(key, "must not contain < > { } ` or \\ (they would be read as markup)")
    if len(text) > limit:
        raise Problem(key, f"is longer than {limit} characters")
    return text


def _url(key: str, value, required: bool = True) -> str:
    text = _line(key, value, 200, required)
    if text and not _URL.match(text):
        raise Problem(key, f"'{text}' is not a plain web address; write it like https://www.example-clinic.org")
    return text


def _list(key: str, value) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, (list, tuple)):
        return list(value)
    raise Problem(key, "must be a list (or a comma-separated line)")


def _timezone(value) -> str:
    text = _line("timezone", value, 64)
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise Problem("timezone", f"'{text}' is not a timezone name; write the IANA name, e.g. America/Chicago or Europe/London") from None
    if "/" not in text and text != "UTC":
        raise Problem("timezone", f"'{text}' is an abbreviation; write the IANA name, e.g. America/Chicago")
    return text


def _phone(value) -> str:
    import phonenumbers  # here, not at the top: every `playbook` command imports this module, few ask for a phone

    text = _line("contact.phone", value, 40)
    try:
        number = phonenumbers.parse(text, "US")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        raise Problem("contact.phone", f"'{text}' is not a phone number; write it with its country code, e.g. +1 312 555 0100")
    return text


def _email(key: str, value, required: bool = True) -> str:
    text = _line(key, value, 120, required)
    if text and not _EMAIL.match(text):
        raise Problem(key, f"'{text}' is not an e-mail address")
    return text.lower() if key != "contact.email" else text


def _channels(value) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(str(c).strip().lower() for c in _list("channels", value if value is not None else list(DEFAULT_CHANNELS))))
    wrong = [c for c in chosen if c not in KNOWN_CHANNELS]
    if wrong or not chosen:
        raise Problem("channels", f"choose from: {', '.join(KNOWN_CHANNELS)}" + (f" (not {', '.join(wrong)})" if wrong else ""))
    return chosen


def _per_week(value, channels: tuple[str, ...]) -> dict[str, float]:
    if value is None:
        return {channel: DEFAULT_PER_WEEK for channel in channels}
    if isinstance(value, dict):
        unknown = [str(c) for c in value if c not in channels]
        if unknown:
            raise Problem("posts_per_week", f"names channels the practice does not use: {', '.join(unknown)}")
        table = {channel: value.get(channel, DEFAULT_PER_WEEK) for channel in channels}
    else:
        table = {channel: value for channel in channels}
    result = {}
    for channel, number in table.items():
        try:
            number = float(number)
        except (TypeError, ValueError):
            raise Problem("posts_per_week", f"'{number}' is not a number of posts a week") from None
        if not 0.25 <= number <= 21:
            raise Problem("posts_per_week", f"{number:g} posts a week on {channel}: choose between 0.25 (one a month) and 21 (three a day)")
        result[channel] = int(number) if number.is_integer() else number
    return result


def _member(index: int, value) -> Member:
    key = f"team[{index + 1}]"
    if isinstance(value, str):
        value = parse_person(value, key)
    if not isinstance(value, dict):
        raise Problem(key, "must be a mapping like {id: kim, name: Kim Alvarez, roles: [author], emails: [kim@example-clinic.org]}")
    unknown = sorted(set(value) - {"id", "name", "roles", "emails", "github"})
    if unknown:
        raise Problem(key, f"unknown field {', '.join(unknown)}; a member has id, name, roles, emails and github")
    member_id = _line(f"{key}.id", value.get("id"), 40).lower()
    if not _ID.match(member_id):
        raise Problem(f"{key}.id", f"'{member_id}' must be lowercase letters, digits and hyphens, e.g. kim or dr-alvarez")
    name = _line(f"{key}.name", value.get("name"), 80)
    roles = tuple(dict.fromkeys(str(r).strip().lower() for r in _list(f"{key}.roles", value.get("roles"))))
    if not roles or any(r not in ROLES for r in roles):
        raise Problem(f"{key}.roles", f"choose one or more of: {', '.join(ROLES)}")
    emails = tuple(dict.fromkeys(_email(f"{key}.emails", e) for e in _list(f"{key}.emails", value.get("emails"))))
    github = _line(f"{key}.github", value.get("github"), 40, required=False).lstrip("@")
    if github and not _GITHUB.match(github):
        raise Problem(f"{key}.github", f"'{github}' is not a GitHub user name")
    return Member(member_id, name, roles, emails, github)


def parse_person(text: str, key: str = "--person") -> dict:
    """`ID:Full Name:role,role[:email,email]` (the --person flag) as a team entry."""
    parts = [part.strip() for part in str(text).split(":")]
    if len(parts) not in (3, 4) or not all(parts[:3]):
        raise Problem(key, f"'{text}' must look like ID:Full Name:roles[:e-mails], e.g. kim:Kim Alvarez:author,privacy,approver:kim@example-clinic.org")
    return {"id": parts[0], "name": parts[1], "roles": parts[2], "emails": parts[3] if len(parts) == 4 else None}


def _domains(value) -> tuple[str, ...]:
    found = []
    for item in _list("trusted_domains", value):
        domain = _line("trusted_domains", item, 100).lower()
        if not _DOMAIN.match(domain):
            raise Problem("trusted_domains", f"'{domain}' is not a domain name; write it like cdc.gov")
        found.append(domain)
    return tuple(dict.fromkeys(found))


def _team(value) -> tuple[Member, ...]:
    entries = _list("team", value)
    if not entries:
        raise Problem("team", "list at least one person, e.g. kim:Kim Alvarez:author,privacy,approver:kim@example-clinic.org")
    team = tuple(_member(index, entry) for index, entry in enumerate(entries))
    ids = [member.id for member in team]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise Problem("team", f"the id {', '.join(twice)} is used twice")
    if not any("author" in member.roles for member in team):
        raise Problem("team", "nobody holds the author role: give at least one person the role author")
    return team


def check_one(key: str, value) -> None:
    """Raise Problem when one answer cannot be used on its own (the prompts ask it again at once)."""
    checks = {
        "name": lambda v: _line("name", v),
        "website": lambda v: _url("website", v),
        "timezone": _timezone,
        "playbook_url": lambda v: _url("playbook_url", v, required=False),
        "contact.name": lambda v: _line("contact.name", v, 80),
        "contact.phone": _phone,
        "contact.email": _contact_email,
        "channels": _channels,
        "posts_per_week": lambda v: _per_week(v, ("each channel",)),
    }
    if key in checks:
        checks[key](value)


def _contact_email(value) -> str:
    email = _email("contact.email", value)
    mail = email.rsplit("@", 1)[-1].lower()
    if domain_matches(mail, WEBMAIL):
        raise Problem("contact.email", f"{email} is on a shared mail service: the privacy checks would treat every {mail} address as the practice's own. Use an address on the practice's own domain")
    return email


def read_answers(data: dict) -> Answers:
    """Answers from a mapping shaped like answers.yml; raises Problem on the first answer init cannot use."""
    if not isinstance(data, dict):
        raise Problem("answers", "must be 'key: value' lines (name, website, timezone, contact, channels, team ...)")
    unknown = sorted(str(k) for k in data if k not in KEYS)
    if unknown:
        raise Problem(unknown[0], f"is not an answer init knows; the answers are: {', '.join(KEYS)}")
    contact = data.get("contact") or {}
    if not isinstance(contact, dict):
        raise Problem("contact", "must be a mapping like {name: Front Desk, phone: +1 312 555 0100, email: hello@example-clinic.org}")
    website = _url("website", data.get("website"))
    channels = _channels(data.get("channels"))
    answers = Answers(
        name=_line("name", data.get("name")),
        website=website,
        timezone=_timezone(data.get("timezone")),
        contact_name=_line("contact.name", contact.get("name"), 80),
        contact_phone=_phone(contact.get("phone")),
        contact_email=_contact_email(contact.get("email")),
        channels=channels,
        team=_team(data.get("team")),
        posts_per_week=_per_week(data.get("posts_per_week"), channels),
        playbook_url=_url("playbook_url", data.get("playbook_url"), required=False),
        trusted_domains=_domains(data.get("trusted_domains", list(TRUSTED_DOMAINS))),
        address=_line("address", data.get("address"), 200, required=False),
        engine=_line("engine", data.get("engine"), 300, required=False),
    )
    if answers.playbook_url:
        from ..siteconfig import PUBLISHING_HOSTS

        host = host_of(answers.playbook_url)
        if not domain_matches(host, answers.domains + PUBLISHING_HOSTS):
            raise Problem("playbook_url", f"{host} is not on the practice's domains ({', '.join(answers.domains)}) or a static host such as github.io")
    return answers
