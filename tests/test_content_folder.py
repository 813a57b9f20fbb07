"""The content root has one home (layout.CONTENT_DIR): mkdocs.yml building another folder is refused, loudly.

Before, a practice whose mkdocs.yml said `docs_dir: docs` had its pages built
and published from docs/ while the checks read an empty content/: zero posts
checked, "All checks pass", and a patient's name on the site.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from playbook import layout
from playbook.check import check_project
from playbook.cli import main
from playbook.siteconfig import docs_dir_problem

from tests.conftest import GOOD_POST, REPO, make_project, write

LEAK = GOOD_POST.replace("Snow day?", "Maria Lopez (DOB 03/14/1961) is back on her feet after knee surgery. Snow day?")
MKDOCS_YML = "site_name: Social Media Playbook\n{docs_dir}theme:\n  name: material\nhooks:\n  - {hook}\n"


def practice(tmp_path: Path, docs_dir: str | None) -> Path:
    """A practice whose posts live in docs/ (the folder its mkdocs.yml builds) instead of content/."""
    root = make_project(tmp_path / "practice")
    write(root / "docs" / "index.md", "# Playbook\n")
    write(root / "docs" / "posts" / "2027" / "01" / "13-stretch.md", LEAK)
    line = f"docs_dir: {docs_dir}\n" if docs_dir is not None else ""
    write(root / "mkdocs.yml", MKDOCS_YML.format(docs_dir=line, hook=REPO / "hooks" / "playbook_mkdocs.py"))
    return root


@pytest.mark.parametrize("docs_dir, line, said", [("docs", 2, "builds the site from 'docs'"), (None, 1, "names no docs_dir, so MkDocs builds the site from 'docs/'")])
def test_playbook_check_refuses_another_docs_dir_at_its_line(tmp_path, docs_dir, line, said):
    root = practice(tmp_path, docs_dir)
    result = CliRunner().invoke(main, ["check", "--root", str(root)])
    assert result.exit_code == 1
    assert f"mkdocs.yml:{line}: FM018 mkdocs.yml {said}, but the playbook checks the posts and replies in content/" in result.output
    assert "docs_dir: content" in result.output  # the hint says what to write


def test_mkdocs_build_stops_before_publishing_unchecked_pages(tmp_path):
    root = practice(tmp_path, "docs")
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, cwd=root, timeout=300, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "mkdocs.yml:2: FM018" in output and "Traceback" not in output
    assert not (site / "posts").exists()
    assert not [page for page in site.rglob("*") if page.is_file() and "Maria Lopez" in page.read_text(errors="replace")]


def test_mkdocs_serve_stops_too(tmp_path):
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    root = practice(tmp_path, "docs")
    spec = importlib.util.spec_from_file_location("playbook_mkdocs_docs_dir", REPO / "hooks" / "playbook_mkdocs.py")
    glue = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(glue)
    glue.on_startup(command="serve", dirty=False)
    with pytest.raises(Abort) as caught:
        glue.on_config(load_config(str(root / "mkdocs.yml")))
    assert "mkdocs.yml:2: FM018" in str(caught.value)


def test_a_practice_building_content_passes(tmp_path):
    root = practice(tmp_path, "content")
    (root / "docs").rename(root / "unused")
    assert not [f for f in check_project(root).findings if f.code == "FM018"]
    for spelled in ("./content", "content/", str(root / "content")):
        (root / "mkdocs.yml").write_text(f"site_name: x\ndocs_dir: {spelled}\n", encoding="utf-8")
        assert docs_dir_problem(root) is None, spelled


def test_the_checks_read_the_folder_layout_names():
    assert (layout.CONTENT_DIR, layout.POSTS_DIR, layout.RESPONSES_DIR) == ("content", "content/posts", "content/responses")
    assert layout.src_uri("content/posts/2027/01/a.md") == "posts/2027/01/a.md" and layout.src_uri("plans/team.yml") == "plans/team.yml"
    assert layout.page_uri("content/posts/2027/01/a.md") == "posts/2027/01/a/" and layout.page_of("plans/series.yml") == ""
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"\ndocs_dir: {layout.CONTENT_DIR}\n" in text and docs_dir_problem(REPO) is None
    assert f"\ndocs_dir: {layout.CONTENT_DIR}\n" in (REPO / "hooks" / "playbook" / "starter" / "files" / "mkdocs.yml").read_text(encoding="utf-8")


def test_a_docs_dir_from_the_environment_is_caught_by_the_build(tmp_path, monkeypatch):
    """`docs_dir: !ENV [...]` cannot be read by `playbook check`; the build sees the folder MkDocs got, and stops."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    root = practice(tmp_path, "!ENV [PLAYBOOK_DOCS, content]")
    assert docs_dir_problem(root) is None
    monkeypatch.setenv("PLAYBOOK_DOCS", "docs")
    spec = importlib.util.spec_from_file_location("playbook_mkdocs_env_docs_dir", REPO / "hooks" / "playbook_mkdocs.py")
    glue = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(glue)
    glue.on_startup(command="build", dirty=False)
    with pytest.raises(Abort) as caught:
        glue.on_config(load_config(str(root / "mkdocs.yml")))
    assert "mkdocs.yml:1: FM018 MkDocs builds the site from 'docs'" in str(caught.value)


def test_mkdocs_yml_reads_the_same_with_libyaml_as_with_pure_python_yaml(tmp_path):
    """siteconfig reads mkdocs.yml with libyaml where PyYAML has it: tags MkDocs resolves (!ENV, !!python/name) are
    None to us either way, and every plain key and value is what the pure-Python parser gives."""
    import yaml
    from playbook.siteconfig import _config, _TolerantLoader

    class Pure(yaml.SafeLoader):
        pass

    for tag in ("", "tag:yaml.org,2002:python/"):
        Pure.add_multi_constructor(tag, lambda loader, suffix, node: None)
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    text += "extra:\n  dir: !ENV [PLAYBOOK_DOCS, content]\n  fence: !!python/name:pymdownx.superfences.fence_code_format\n  note: 'café # not a comment'\n"
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    data, read = _config(tmp_path)
    assert data == yaml.load(text, Loader=Pure) and read == text
    assert data["extra"] == {"dir": None, "fence": None, "note": "café # not a comment"} and data["docs_dir"] == "content"
    assert _TolerantLoader.__mro__[1] is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
