"""The review platforms: where people write reviews and where the practice's replies are posted.

One table of ids and names. Response templates (`platforms:`), the review log, its importer and
commands, and the site's labels all read it; the social networks take their names from channels.py.
"""

from __future__ import annotations

from . import channels

_REVIEW_SITES = {"google": "Google", "yelp": "Yelp", "healthgrades": "Healthgrades", "vitals": "Vitals", "zocdoc": "Zocdoc"}
_ORDER = ("google", "yelp", "facebook", "healthgrades", "instagram", "x", "linkedin", "vitals", "zocdoc", "bluesky", "threads")

LABELS = {platform: _REVIEW_SITES.get(platform) or channels.label(platform) for platform in _ORDER}
PLATFORMS = tuple(LABELS)


def label(platform: str) -> str:
    """What people call a platform ('Google', 'Facebook'); an unknown id is shown as written."""
    return LABELS.get(platform, platform)
