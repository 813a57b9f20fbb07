"""Human words for the codes the content model uses, shared by every generated page."""

from __future__ import annotations

from .. import channels

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
# Review sites share their names with the social channels where they overlap.
PLATFORM_LABELS = {
    **{p: channels.label(p) for p in ("facebook", "instagram", "x", "linkedin", "bluesky", "threads")},
    "google": "Google",
    "yelp": "Yelp",
    "healthgrades": "Healthgrades",
    "vitals": "Vitals",
    "zocdoc": "Zocdoc",
}


channel_label = channels.label
channel_short = channels.short
