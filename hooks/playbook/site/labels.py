"""Human words for the codes the content model uses, shared by every generated page.

Each comes from its concept's table (channels.py, guidelines.py, statuses.py); review sites are named here.
"""

from __future__ import annotations

from .. import channels
from ..guidelines import GUIDELINE_TABLE
from ..statuses import STATUS_TABLE

GUIDELINE_LABELS = {row.id: row.label for row in GUIDELINE_TABLE.values()}
GUIDELINE_PAGES = {row.id: row.page for row in GUIDELINE_TABLE.values()}
STATUS_LABELS = {row.id: row.label for row in STATUS_TABLE.values()}

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
