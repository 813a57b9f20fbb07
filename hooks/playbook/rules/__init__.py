"""Rule families. Importing this package registers every rule."""

from . import frontmatter  # noqa: F401  (registers FM rules)
from .registry import REGISTRY, Hit, Rule, all_rules, get  # noqa: F401
