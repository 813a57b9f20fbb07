"""Human words for the codes the content model uses, shared by every generated page."""

from __future__ import annotations

GUIDELINE_LABELS = {
    "expert": "Expert",
    "negatives": "Negatives",
    "personality": "Personality",
    "community": "Community",
    "consistency": "Consistency",
}
GUIDELINE_PAGES = {g: f"guidelines/{g}.md" for g in GUIDELINE_LABELS}
STATUS_LABELS = {
    "idea": "Idea",
    "draft": "Draft",
    "in-review": "In review",
    "approved": "Approved",
    "published": "Published",
    "cancelled": "Cancelled",
}
CHANNEL_LABELS = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "x": "X",
    "linkedin": "LinkedIn",
    "google-business": "Google Business Profile",
    "threads": "Threads",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "pinterest": "Pinterest",
}
# Short enough that a calendar cell stays one line; the legend and the screen-reader text give the full name.
CHANNEL_SHORT = {
    "facebook": "FB",
    "instagram": "IG",
    "x": "X",
    "linkedin": "LI",
    "google-business": "GBP",
    "threads": "Thr",
    "bluesky": "Bsky",
    "mastodon": "Mast",
    "tiktok": "TT",
    "youtube": "YT",
    "pinterest": "Pin",
}

# Review sites share their names with the social channels where they overlap.
PLATFORM_LABELS = {
    **{p: CHANNEL_LABELS[p] for p in ("facebook", "instagram", "x", "linkedin", "bluesky", "threads")},
    "google": "Google",
    "yelp": "Yelp",
    "healthgrades": "Healthgrades",
    "vitals": "Vitals",
    "zocdoc": "Zocdoc",
}


def channel_label(channel: str) -> str:
    return CHANNEL_LABELS.get(channel, channel)


def channel_short(channel: str) -> str:
    return CHANNEL_SHORT.get(channel, channel)
