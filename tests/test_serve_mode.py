"""Under `mkdocs serve` nothing aborts: each page shows its own findings at the top."""

from __future__ import annotations

import logging
import types

import pytest
from mkdocs.exceptions import Abort

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
    page = types.SimpleNamespace(file=file, meta={})  # the hook reads only page.file and page.meta
    markdown = config.plugins.on_page_markdown(file.content_string, page=page, config=config, files=files)
    assert markdown.startswith('!!! danger "Playbook checks:')
    assert "PHI001" in markdown and "PHI002" in markdown


def test_build_aborts_on_the_same_error(sample_copy):
    _break_a_response(sample_copy)
    with pytest.raises(Abort):
        _run(sample_copy, "build")
