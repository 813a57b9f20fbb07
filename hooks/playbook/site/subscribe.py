"""The subscribe page: one card per feed, with a button per calendar app and a copy button for the address.

Written for someone who has never subscribed to a calendar: each feed has a
human name ("Facebook posts"), each app its own button, and the notes say what
goes wrong in practice (Google cannot fetch a feed it cannot reach, and it
refreshes slowly). The markup is templates/subscribe.md.j2.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote

from ..feeds import Feed
from .render import relative_url, render


def webcal(url: str) -> str:
    return "webcal://" + url.split("://", 1)[1] if "://" in url else url


def google_link(url: str) -> str:
    return "https://calendar.google.com/calendar/r?cid=" + quote(webcal(url), safe="")


def outlook_link(url: str, name: str) -> str:
    """Outlook.com (personal Microsoft accounts)."""
    return f"https://outlook.live.com/calendar/0/addfromweb?url={quote(url, safe='')}&name={quote(name, safe='')}"


def office_link(url: str, name: str) -> str:
    """Outlook on the web for work and school accounts (Microsoft 365)."""
    return f"https://outlook.office.com/calendar/0/addfromweb?url={quote(url, safe='')}&name={quote(name, safe='')}"


def _id(filename: str, taken: set[str]) -> str:
    base = candidate = "feed-" + (re.sub(r"[^a-z0-9]+", "-", filename.lower().removesuffix(".ics")).strip("-") or "feed")
    n = 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def subscribe_markdown(feeds: Iterable[Feed], site_url: str) -> str:
    base = site_url.rstrip("/") + "/" if site_url else ""
    taken: set[str] = set()
    cards = []
    for feed in feeds:
        url = base + feed.filename if base else ""
        cards.append(
            {
                "id": _id(feed.filename, taken),
                "name": feed.label or feed.title,
                "title": feed.title,
                "description": feed.description,
                "filename": feed.filename,
                "download": relative_url(feed.filename, "subscribe.md"),
                "url": url,
                "google": google_link(url) if url else "",
                "office": office_link(url, feed.title) if url else "",
                "outlook": outlook_link(url, feed.title) if url else "",
                "apple": webcal(url) if url else "",
            }
        )
    return render("subscribe.md.j2", cards=cards, site_url=site_url)
