"""Human words for the codes the content model uses, shared by every generated page.

Each comes from its concept's table (channels.py, guidelines.py, statuses.py, platforms.py).
"""

from __future__ import annotations

from .. import channels, platforms
from ..guidelines import GUIDELINE_TABLE
from ..statuses import STATUS_TABLE

GUIDELINE_LABELS = {row.id: row.label for row in GUIDELINE_TABLE.values()}
GUIDELINE_PAGES = {row.id: row.page for row in GUIDELINE_TABLE.values()}
STATUS_LABELS = {row.id: row.label for row in STATUS_TABLE.values()}

PLATFORM_LABELS = platforms.LABELS


channel_label = channels.label
channel_short = channels.short
