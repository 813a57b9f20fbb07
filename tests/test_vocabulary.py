"""Guidelines and statuses each have one table; every reader derives from it and none keeps a copy."""

from __future__ import annotations

import ast
import re

import pytest
from playbook import guidelines, statuses
from playbook.guidelines import GUIDELINE_TABLE, GUIDELINES, Guideline
from playbook.model import APPROVED_STATUSES as MODEL_APPROVED
from playbook.model import GUIDELINES as MODEL_GUIDELINES
from playbook.model import STATUSES as MODEL_STATUSES
from playbook.ruledocs import AREA_TITLES, guideline_rules_markdown
from playbook.rules.registry import GUIDELINES as REGISTRY_GUIDELINES
from playbook.site.chart_shapes import TEXTURES
from playbook.site.charts import SERIES_TEXTURE
from playbook.site.labels import GUIDELINE_LABELS, GUIDELINE_PAGES, STATUS_LABELS
from playbook.starter import MANIFEST
from playbook.statuses import (
    APPROVED_STATUSES,
    AWAITING_APPROVAL,
    DONE_STATUSES,
    NEVER_OUT,
    PENDING_STATUSES,
    STATUS_TABLE,
    STATUSES,
    UNFINISHED_STATUSES,
    WRITTEN_STATUSES,
    Status,
)

from tests.conftest import REPO

ENGINE = REPO / "hooks" / "playbook"
THEME = REPO / "hooks" / "playbook_glue" / "theme" / "assets" / "stylesheets"


# -- guidelines --------------------------------------------------------------------------------------
@pytest.mark.parametrize("row", GUIDELINE_TABLE.values(), ids=lambda row: row.id)
def test_guideline_row_is_complete_and_every_reader_sees_it(row: Guideline):
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", row.id) and row.label and row.title
    assert row.texture in TEXTURES and SERIES_TEXTURE[row.id] == row.texture
    assert GUIDELINE_LABELS[row.id] == guidelines.label(row.id) == row.label
    assert GUIDELINE_PAGES[row.id] == row.page == f"guidelines/{row.id}.md"
    assert AREA_TITLES[row.id] == row.title
    assert f"## Rules that check this: {row.title.lower()}" in guideline_rules_markdown(row.id)
    assert f"content/{row.page}" in MANIFEST, "`playbook init` writes a page for every guideline"
    css = (THEME / "playbook.css").read_text(encoding="utf-8")
    assert css.count(f"--pb-{row.id}:") == 2, "a colour in the light and in the dark scheme"
    assert f".pb-g-{row.id} {{" in css and f".pb-chart .pb-g-{row.id} {{" in (THEME / "report.css").read_text(encoding="utf-8")


def test_guidelines_are_defined_once():
    assert GUIDELINES == tuple(GUIDELINE_TABLE) == MODEL_GUIDELINES
    assert REGISTRY_GUIDELINES is GUIDELINES and MODEL_GUIDELINES is GUIDELINES
    assert len({row.texture for row in GUIDELINE_TABLE.values()}) == len(GUIDELINES), "each series its own pattern"


# -- statuses ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("row", STATUS_TABLE.values(), ids=lambda row: row.id)
def test_status_row_is_complete(row: Status):
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", row.id) and row.label and row.words
    assert row.ical in ("TENTATIVE", "CONFIRMED", "CANCELLED")
    assert (row.ical == "CONFIRMED") == row.approved and (row.ical == "CANCELLED") == (not row.goes_out)
    assert row.prefix == "" if row.approved else row.prefix.startswith("[") and row.prefix.endswith("] ")
    assert STATUS_LABELS[row.id] == statuses.label(row.id) == row.label


def test_status_groups_are_derived_from_the_columns():
    assert STATUSES == MODEL_STATUSES == ("idea", "draft", "in-review", "approved", "published", "cancelled")
    assert APPROVED_STATUSES == MODEL_APPROVED == ("approved", "published")
    assert PENDING_STATUSES == ("idea", "draft", "in-review")
    assert DONE_STATUSES == ("published", "cancelled")
    assert WRITTEN_STATUSES == ("draft", "in-review", "approved", "published")
    assert NEVER_OUT == {"cancelled"}
    assert AWAITING_APPROVAL == ("in-review",) and UNFINISHED_STATUSES == ("idea", "draft")
    from playbook import export, scaffold, slots, stats
    from playbook.rules import expert, workflow
    from playbook.site import library, needs

    assert export.EXPORTED == ("approved",) and export.DRAFTS == PENDING_STATUSES
    assert scaffold.NEW_STATUSES == PENDING_STATUSES and library.READY == APPROVED_STATUSES
    assert expert.CHECKED_STATUSES == WRITTEN_STATUSES and workflow.DONE_STATUSES == DONE_STATUSES
    assert slots.NOT_FILLING == stats.NOT_PLANNED == NEVER_OUT
    assert needs.WAITING == AWAITING_APPROVAL and needs.UNFINISHED == UNFINISHED_STATUSES


# -- no copies ---------------------------------------------------------------------------------------
def _displays_with(ids: set[str], home: str) -> list[str]:
    """Collections written out in engine code that name two or more of `ids`: a copy of a table."""
    found = []
    for path in sorted(ENGINE.rglob("*.py")):
        if path.name == home and path.parent == ENGINE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            items = node.keys if isinstance(node, ast.Dict) else node.elts if isinstance(node, (ast.Tuple, ast.List, ast.Set)) else []
            named = {item.value for item in items if isinstance(item, ast.Constant) and isinstance(item.value, str)}
            if len(named & ids) >= 2:
                found.append(f"{path.relative_to(REPO)}:{node.lineno}")
    return found


def test_no_module_keeps_its_own_list_of_guidelines():
    assert _displays_with(set(GUIDELINES), "guidelines.py") == []


def test_no_module_keeps_its_own_list_of_statuses():
    assert _displays_with(set(STATUSES), "statuses.py") == []


def test_a_rule_page_shows_angle_brackets_in_prose_as_text_and_leaves_code_spans_alone():
    """'la Hermana <Name>' in a docstring is words on the rule's page; Markdown would read '<Name>' as a tag."""
    import markdown
    from playbook.ruledocs import _prose, rule_markdown
    from playbook.rules import get

    prose = _prose('a title honoured ("la Hermana <Name>, que ...") and `<img src=x onerror=alert(1)>` as code')
    html = markdown.Markdown().convert(prose)
    assert "la Hermana &lt;Name&gt;" in html and "<name>" not in html.lower()
    assert "<code>&lt;img src=x onerror=alert(1)&gt;</code>" in html
    assert "<Name>" not in rule_markdown(get("PHI003")).replace("`<Name>", "")
