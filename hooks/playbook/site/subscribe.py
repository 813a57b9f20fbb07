"""The subscribe page: every feed with https, webcal and Google Calendar links."""

from __future__ import annotations

from typing import Iterable
from urllib.parse import quote

from ..feeds import Feed
from .render import markdown_text


def webcal(url: str) -> str:
    return "webcal://" + url.split("://", 1)[1] if "://" in url else url


def google_link(url: str) -> str:
    return "https://calendar.google.com/calendar/r?cid=" + quote(webcal(url), safe="")


def outlook_link(url: str, name: str) -> str:
    return f"https://outlook.live.com/calendar/0/addfromweb?url={quote(url, safe='')}&name={quote(name, safe='')}"


def subscribe_markdown(feeds: Iterable[Feed], site_url: str) -> str:
    feeds = list(feeds)
    out = [
        "---",
        "title: Subscribe to the posting calendar",
        "---",
        "",
        "# Subscribe to the posting calendar",
        "",
        "Every planned post is also an event in a calendar you can subscribe to. When a post changes "
        "in the playbook, your calendar follows within a few hours: drafts show as *tentative*, "
        "approved posts as *confirmed*, and cancelled posts disappear.",
        "",
    ]
    if not site_url:
        out += [
            '!!! warning "Subscription links need the site address"',
            "",
            "    `site_url` is not set in `mkdocs.yml`, so this page cannot give full addresses. "
            "Set it to the address where the playbook is published (for example "
            "`site_url: https://playbook.example.org/`) and build again. Until then you can "
            "download each feed below and import it once.",
            "",
            "| Feed | What it holds | Download |",
            "|---|---|---|",
        ]
        out += [f"| {markdown_text(f.title)} | {markdown_text(f.description)} | [{f.filename}]({f.filename}) |" for f in feeds]
        return "\n".join(out) + "\n"
    base = site_url.rstrip("/") + "/"
    out += ["| Feed | What it holds | Subscribe | Google Calendar | Outlook | Address |", "|---|---|---|---|---|---|"]
    for f in feeds:
        url = base + f.filename
        out.append(
            f"| {markdown_text(f.title)} | {markdown_text(f.description)} | [webcal]({webcal(url)}) | [Add to Google]({google_link(url)}) "
            f"| [Add to Outlook]({outlook_link(url, f.title)}) | `{url}` |"
        )
    out += [
        "",
        "## How to subscribe",
        "",
        "**Google Calendar.** Use the *Add to Google* link, or open Google Calendar on a computer, "
        "choose *Other calendars → + → From URL*, paste the feed's address (it starts with `https://`) and "
        "press *Add calendar*. Google refreshes subscribed calendars on its own schedule, often every few hours.",
        "",
        "**Outlook.** Use the *Add to Outlook* link, or in Outlook on the web choose *Add calendar → "
        "Subscribe from web*, paste the address and give it a name. In the Outlook desktop app choose "
        "*Add calendar → From Internet*.",
        "",
        "**Apple Calendar (Mac, iPhone, iPad).** Click the *webcal* link and confirm, or choose "
        "*File → New Calendar Subscription* on a Mac (on iPhone: *Settings → Calendar → Accounts → Add "
        "Account → Other → Add Subscribed Calendar*), paste the address and set auto-refresh to every hour.",
        "",
        "Subscribe rather than import: an imported file is a snapshot that never updates.",
    ]
    return "\n".join(out) + "\n"
