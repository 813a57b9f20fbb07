"""Under `mkdocs serve` nothing aborts: each page shows its own findings at the top."""

from __future__ import annotations

import logging
import subprocess
import sys
import types

import pytest
from mkdocs.exceptions import Abort

from tests.conftest import REPO, tool_env
from tests.glue import run_glue


def _break_a_response(root):
    reply = root / "content" / "responses" / "billing-question.md"
    text = reply.read_text(encoding="utf-8")
    reply.write_text(text.replace("We keep these conversations private", "Our records show your balance is $300. We keep these conversations private"), encoding="utf-8")
    return "responses/billing-question.md"


def _run(root, command):
    return run_glue(root / "mkdocs.yml", command)


def test_serve_shows_findings_on_the_page_instead_of_aborting(sample_copy, caplog):
    src = _break_a_response(sample_copy)
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.playbook"):
        config, files = _run(sample_copy, "serve")
    assert any("PHI001" in r.getMessage() and r.levelno == logging.ERROR for r in caplog.records)
    file = files.get_file_from_path(src)
    page = types.SimpleNamespace(file=file, meta={}, toc=())  # the hooks read only page.file, page.meta and page.toc
    markdown = config.plugins.on_page_markdown(file.content_string, page=page, config=config, files=files)
    html = config.plugins.on_page_content(markdown, page=page, config=config, files=files)  # the box is HTML, added after Markdown
    assert html.startswith('<div class="admonition danger">\n<p class="admonition-title">Playbook checks:')
    assert "PHI001" in html and "PHI002" in html and "Our records show" not in markdown


def test_build_aborts_on_the_same_error(sample_copy):
    _break_a_response(sample_copy)
    with pytest.raises(Abort):
        _run(sample_copy, "build")


# -- `mkdocs serve --dirty`: one process builds, an author saves a post, it builds again ---------------------

_SERVE_BUILDS = """
import sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
config_file, site, dirty, post, word, kept = sys.argv[1:]
def once():
    config = load_config(config_file, site_dir=site)  # `mkdocs serve` loads the config again for each build
    config.plugins.on_startup(command="serve", dirty=dirty == "dirty")
    build(config, dirty=dirty == "dirty")
if post:
    once()
    kept_page = Path(site) / kept
    built = kept_page.stat().st_mtime_ns
    time.sleep(0.05)
    text = Path(post).read_text(encoding="utf-8")
    Path(post).write_text(text.rstrip("\\n") + " " + word + "\\n", encoding="utf-8")
once()
if post:
    print("KEPT" if kept_page.stat().st_mtime_ns == built else "RENDERED AGAIN")
"""


def _serve_builds(root, site, dirty, env, post="", word="", kept=""):
    mode = "dirty" if dirty else "full"
    result = subprocess.run(
        [sys.executable, "-c", _SERVE_BUILDS, str(root / "mkdocs.yml"), str(site), mode, str(post), word, kept],
        capture_output=True, text=True, cwd=root, timeout=900, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_a_dirty_serve_rebuild_shows_the_saved_post_and_renders_only_what_changed(sample_copy, tmp_path):
    """`mkdocs serve --dirty`: after a post is saved, its page and the feeds are what a full serve build makes of
    the same files (with the cache and the memo on, against none); an unchanged generated page is not rendered again."""
    post = sample_copy / "content" / "posts" / "2027" / "01" / "13-sleep-reset.md"
    word = "dirtyeditword"
    env = {**tool_env(), "PYTHONPATH": str(REPO / "hooks")}
    env.pop("PLAYBOOK_NO_CACHE", None)  # as an author runs it: the cache and the memo on
    said = _serve_builds(sample_copy, tmp_path / "dirty", True, env, post, word, "rules/index.html")
    assert said.strip().endswith("KEPT")  # the rules index's staged file did not change: --dirty skipped it
    _serve_builds(sample_copy, tmp_path / "full", False, {**env, "PLAYBOOK_NO_CACHE": "1"})
    page = "posts/2027/01/13-sleep-reset/index.html"
    shown = (tmp_path / "dirty" / page).read_text(encoding="utf-8")
    assert word in shown and shown == (tmp_path / "full" / page).read_text(encoding="utf-8")
    feeds = sorted(p.name for p in (tmp_path / "full").glob("*.ics"))
    assert feeds and any(word.encode() in (tmp_path / "full" / name).read_bytes().replace(b"\r\n ", b"") for name in feeds)  # lines unfolded
    for name in feeds:  # byte for byte, the feeds a full build writes
        assert (tmp_path / "dirty" / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name
