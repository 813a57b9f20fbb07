"""The filter bars (calendar pages, response library): which values a page offers to filter by.

The markup is templates/_filters.html.j2; playbook_glue/theme/assets/javascripts/playbook.js
hides the `.pb-filterable` elements whose `data-<name>` holds none of the
values picked in a row, and keeps the choice in the page's address.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FilterGroup:
    """One row of a filter bar: the entries' `data-<name>` attribute and the values present on the page."""

    name: str
    label: str
    options: tuple[tuple[str, str], ...]  # (value, label)
