"""The social channels the product knows: one row per channel, and everything else reads it.

A row says what people call the channel, how long a post may be and how the
channel counts it, what it refuses outright (too many hashtags or links, a
phone number), where a phone's feed folds the copy behind "… more", and how it
shows links. The CH rules and their documentation, the character counts on the
post card, the previews, the calendar's labels, the feeds and the choices
`playbook init` offers all come from this table, so adding a channel is adding
a row (a test proves every row is complete and every reader sees it).

Counting styles (`playbook.limits` counts them):

- ``weighted`` (X): emoji and most non-Latin characters weigh 2, the rest 1;
- ``graphemes`` (Bluesky, Mastodon): characters as people see them;
- ``chars``: Unicode code points.

Every number is a default a practice can override through the CH rules'
thresholds in plans/checks.yml. No imports beyond the standard library: the
parser reads this table to recognise a channel.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Channel:
    """One channel: what it is called, what it accepts, how it shows a post."""

    id: str  # as written in front matter and plans: `channels: [google-business]`
    label: str  # the name people know it by
    short: str  # a calendar cell's abbreviation; the legend and screen readers get the label
    max_chars: int  # the longest post it accepts, counted its way (CH001)
    counting: str = "chars"  # one of limits.COUNTINGS
    url_weight: int | None = None  # every link counts as this many characters, whatever its length
    # What the channel (and so every scheduler posting to it) refuses:
    max_hashtags: int | None = None  # CH002
    max_links: int | None = None  # CH004
    phone_numbers_allowed: bool = True  # CH003
    # How a phone's feed shows the copy (the previews on a post's page):
    fold: int | None = None  # characters shown before "… more"; None: the whole post shows
    fold_lines: int | None = None  # lines shown before "… more", whichever comes first
    link_width: int | None = None  # links show shortened to this many characters; None: as written
    links_clickable: bool = True  # False: a link in the copy is plain text (Instagram and TikTok captions)


# The fold is not published as a number; these are the widely quoted approximations
# (Instagram's help centre: "the first three lines … 125 characters or fewer"). They are
# hints for where to put the hook, not limits, so no rule checks them.
# Instagram still accepts 30 hashtags, but since 2024 it advises 3 to 5 focused ones; a
# practice that follows that advice sets CH002's `instagram` threshold to 5.
CHANNELS: dict[str, Channel] = {
    row.id: row
    for row in (
        Channel("facebook", "Facebook", "FB", 63206, fold=125),
        Channel("instagram", "Instagram", "IG", 2200, max_hashtags=30, fold=125, fold_lines=3, links_clickable=False),
        Channel("x", "X", "X", 280, "weighted", url_weight=23, link_width=23),
        Channel("linkedin", "LinkedIn", "LI", 3000, fold=140),
        Channel("google-business", "Google Business Profile", "GBP", 1500, phone_numbers_allowed=False),
        Channel("threads", "Threads", "Thr", 500, max_links=5, fold=250, link_width=30),
        Channel("bluesky", "Bluesky", "Bsky", 300, "graphemes", link_width=26),
        Channel("mastodon", "Mastodon", "Mast", 500, "graphemes", url_weight=23, link_width=30),
        Channel("tiktok", "TikTok", "TT", 2200, fold=150, links_clickable=False),
        Channel("youtube", "YouTube", "YT", 5000),
        Channel("pinterest", "Pinterest", "Pin", 500),
    )
}

KNOWN_CHANNELS = tuple(CHANNELS)


def label(channel: str) -> str:
    """The name people know a channel by (Google Business Profile, not google-business)."""
    row = CHANNELS.get(channel)
    return row.label if row else channel


def short(channel: str) -> str:
    row = CHANNELS.get(channel)
    return row.short if row else channel
