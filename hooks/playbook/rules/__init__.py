"""Rule families. Importing this package registers every rule, one module per family."""

from . import (  # noqa: F401  (importing registers the rules)
    accessibility,
    channel_limits,
    community,
    consistency,
    expert,
    frontmatter,
    frontmatter_codes,
    honesty,
    negatives,
    personality,
    privacy,
    reviews,
    security,
    templates,
    workflow,
)
from .registry import REGISTRY, Hit, Rule, all_rules, get  # noqa: F401
