"""The channel table is the one home of a channel: every row is complete, and every reader sees it.

`test_a_new_row_reaches_every_reader` adds a channel the way the README says
(one row in hooks/playbook/channels.py) in a fresh interpreter and follows it
through the checks, the rule documentation, the previews, the calendar labels
and the feeds, so a reader with its own copy of a channel list fails here.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from playbook import channels
from playbook.channels import CHANNELS, KNOWN_CHANNELS, Channel
from playbook.feeds import channel_names
from playbook.limits import COUNTINGS, limit_for, measure
from playbook.rules import get
from playbook.site.labels import channel_label, channel_short
from playbook.site.previews import fold_at, link_words

from tests.conftest import REPO

ENGINE = REPO / "hooks" / "playbook"
ROWS = list(CHANNELS.values())


# -- every row is complete ---------------------------------------------------------------------------
@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.id)
def test_row_is_complete(row: Channel):
    assert isinstance(row, Channel) and CHANNELS[row.id] is row
    assert re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", row.id), "ids are written in front matter: lower-case kebab-case"
    assert row.label.strip() == row.label and row.label, "a channel needs the name people know it by"
    assert 1 <= len(row.short) <= 4, "the short label keeps a calendar cell on one line"
    assert row.max_chars > 0 and row.counting in COUNTINGS
    for cap in (row.url_weight, row.max_hashtags, row.max_links, row.link_width):
        assert cap is None or (isinstance(cap, int) and cap > 0)
    assert row.fold is None or 0 < row.fold < row.max_chars, "the fold lies inside what the channel accepts"
    assert row.fold_lines is None or (row.fold is not None and row.fold_lines > 0), "a line fold goes with a character fold"


def test_ids_labels_and_short_labels_are_unique():
    for column in ("id", "label", "short"):
        values = [getattr(row, column) for row in ROWS]
        assert len(set(values)) == len(values), column
    assert KNOWN_CHANNELS == tuple(CHANNELS)


# -- every reader reads the row ----------------------------------------------------------------------
@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.id)
def test_every_reader_sees_the_row(row: Channel):
    assert get("CH001").thresholds[row.id] == row.max_chars
    assert get("CH002").thresholds.get(row.id) == row.max_hashtags
    assert get("CH004").thresholds.get(row.id) == row.max_links
    flags = get("CH001").sections()["What it flags"]
    assert f"- {row.label}: {row.max_chars:,} " in flags and f"`{row.id}`" in flags
    assert limit_for(row.id) == row and measure(row.id, "") == (0, row.max_chars)
    assert channel_label(row.id) == channels.label(row.id) == row.label == channel_names([row.id])
    assert channel_short(row.id) == row.short
    long_copy = "word " * (row.max_chars // 5 + 10)
    assert (fold_at(long_copy, row.id) is not None) == (row.fold is not None)
    assert bool(link_words(row.id)) == (bool(row.link_width) or not row.links_clickable)


def test_capped_rules_document_their_channels():
    for code, column in (("CH002", "max_hashtags"), ("CH004", "max_links")):
        flags = get(code).sections()["What it flags"]
        for row in ROWS:
            if getattr(row, column) is not None:
                assert f"`{row.id}` (default {getattr(row, column)})" in flags, (code, row.id)


def test_no_other_module_keeps_a_table_of_channels():
    """A dict written out with two channel ids as keys is a parallel table: it belongs in the row."""
    ids = set(CHANNELS) - {"x"}  # 'x' is also an SVG attribute and a variable name
    offenders = []
    for path in sorted(ENGINE.rglob("*.py")):
        if path == ENGINE / "channels.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
                if len(keys & ids) >= 2:
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert offenders == []


# -- adding a channel is one row ----------------------------------------------------------------------
NEW_ROW = '        Channel("friendica", "Friendica", "Fri", 400, "graphemes", url_weight=23, max_links=2, fold=120, link_width=25),\n'

PROBE = r"""
import importlib.util, json, sys
from pathlib import Path

spec = importlib.util.find_spec("playbook.channels")
source = Path(spec.origin).read_text(encoding="utf-8")
anchor = "        Channel(\"pinterest\""
assert source.count(anchor) == 1
source = source.replace(anchor, sys.argv[2] + anchor)
module = importlib.util.module_from_spec(spec)
sys.modules["playbook.channels"] = module
exec(compile(source, spec.origin, "exec"), module.__dict__)

from playbook.check import check_project
from playbook.feeds import build_feeds
from playbook.rules import get
from playbook.ruledocs import rule_text
from playbook.site.labels import channel_label, channel_short
from playbook.site.previews import preview

report = check_project(sys.argv[1])
post = next(p for p in report.corpus.posts if "friendica" in p.channels)
shown = preview(post, "friendica", report)
feeds = {feed.filename: feed for feed in build_feeds(report)}
print(json.dumps({
    "findings": sorted(f"{f.code} {f.message}" for f in report.findings),
    "doc": rule_text(get("CH001")),
    "thresholds": {code: get(code).thresholds.get("friendica") for code in ("CH001", "CH002", "CH004")},
    "label": channel_label("friendica"), "short": channel_short("friendica"),
    "preview": [shown.label, shown.count, shown.limit, shown.fold, shown.links, [p.text for p in shown.before + shown.after if p.kind == "link"]],
    "feed": feeds["calendar-friendica.ics"].label if "calendar-friendica.ics" in feeds else None,
}))
"""


def test_a_new_row_reaches_every_reader(tmp_path: Path):
    from tests.conftest import GOOD_POST, PRACTICE, make_project

    body = "Join us for the spring walk. " * 14 + "https://www.clinic.test/walk https://www.clinic.test/map https://www.clinic.test/faq"
    post = GOOD_POST.replace("channels: [instagram]", "channels: [instagram, friendica]").replace(GOOD_POST.rsplit("---\n", 1)[1], body + "\n")
    root = make_project(tmp_path, {"content/posts/2027/01/13-stretch.md": post}, {"practice.yml": PRACTICE.replace("[facebook, instagram, x]", "[facebook, instagram, x, friendica]")})
    result = subprocess.run([sys.executable, "-c", PROBE, str(root), NEW_ROW], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    codes = [line.split()[0] for line in seen["findings"]]
    assert "FM008" not in codes, seen["findings"]  # plans/practice.yml and the post accept the new channel
    assert any(line.startswith("CH001 Friendica takes 400 characters (links count as 23)") for line in seen["findings"]), seen["findings"]
    assert any(line.startswith("CH004 Friendica copy has 3 links; keep it to 2") for line in seen["findings"]), seen["findings"]
    assert "- Friendica: 400 characters as people see them" in seen["doc"] and "`friendica`" in seen["doc"]
    assert seen["thresholds"] == {"CH001": 400, "CH002": None, "CH004": 2}
    assert (seen["label"], seen["short"]) == ("Friendica", "Fri")
    label, used, limit, fold, links, shown_links = seen["preview"]
    assert (label, limit, fold) == ("Friendica", 400, 120) and used > 400
    assert links == "Links show shortened and count as 23 characters each."
    assert all(len(link) <= 25 for link in shown_links) and shown_links
    assert seen["feed"] == "Friendica posts"
