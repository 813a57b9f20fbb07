"""The five guidelines a post serves: one row each, and everything else reads it.

`guideline:` in front matter takes an id; the rules registry accepts a rule that
`serves` one; the site labels calendar entries with `label`, titles the rules
reference and the guideline pages' rule lists with `title`, links `page`, and
draws the report's charts with `texture` (so no series depends on colour
alone). The colours live in the theme's stylesheets (`--pb-<id>`); a test
checks they cover every row.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Guideline:
    id: str  # as written in front matter: `guideline: expert`
    label: str  # one word for a calendar entry, a filter or a chart legend
    title: str  # the guideline as the playbook states it
    texture: str  # the pattern of its series in the report's charts (site/chart_shapes.py TEXTURES)

    @property
    def page(self) -> str:
        """The guideline's page in the practice's content folder."""
        return f"guidelines/{self.id}.md"


GUIDELINE_TABLE: dict[str, Guideline] = {
    row.id: row
    for row in (
        Guideline("expert", "Expert", "Be the expert", "solid"),
        Guideline("negatives", "Negatives", "Address the negatives", "diagonal"),
        Guideline("personality", "Personality", "Have a personality", "dots"),
        Guideline("community", "Community", "Embrace the community", "horizontal"),
        Guideline("consistency", "Consistency", "Be consistent", "backslash"),
    )
}

GUIDELINES = tuple(GUIDELINE_TABLE)


def label(guideline: str) -> str:
    row = GUIDELINE_TABLE.get(guideline)
    return row.label if row else guideline
