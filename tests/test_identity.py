"""One source for the practice's identity: plans/practice.yml (issue 12, items 2 and 4)."""

from __future__ import annotations

import dataclasses
import importlib.util
import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook import pages
from playbook.check import check_project
from playbook.model import Contact, Plans, Practice
from playbook.siteconfig import PLACEHOLDER_TITLE, identity, site_url, url_problem

from tests.conftest import GOOD_POST, PRACTICE, REPO, make_project

POST = "content/posts/2027/01/13-stretch.md"
PLANS = Plans(
    practice=Practice("Test Clinic & Co", "America/Chicago", "https://www.clinic.test", ("clinic.test",), Contact("Front Desk", "+1 555 0100", "care@clinic.test"), ("facebook",)),
    team={},
)


# -- the config MkDocs gets --------------------------------------------------------------------------
def test_identity_is_made_from_the_plans_and_escaped_for_html():
    plans = dataclasses.replace(PLANS, practice=dataclasses.replace(PLANS.practice, playbook_url="https://playbook.clinic.test"))
    assert identity(plans) == {
        "site_name": f"Test Clinic &amp; Co · {PLACEHOLDER_TITLE}",
        "site_description": "How Test Clinic &amp; Co plans, writes and checks its social media.",
        "site_url": "https://playbook.clinic.test/",
    }
    assert identity(PLANS)["site_url"] is None
    broken = dataclasses.replace(PLANS, practice=dataclasses.replace(PLANS.practice, name=""))
    assert identity(broken) == {}  # a broken practice.yml: its findings say why; mkdocs.yml's values stay


@pytest.mark.parametrize(
    "url, problem",
    [
        ("https://playbook.clinic.test/", ""),
        ("https://clinic.test/playbook/", ""),
        ("https://our-org.github.io/playbook/", ""),
        ("https://playbook.example-ortho.test/", "not one of this practice's domains"),
        ("https://clinic.test.evil.test/", "not one of this practice's domains"),
        ('https://clinic.test/"onmouseover=x', "plain web address"),
        ("https://clinic.test/?next=https://elsewhere.test", "plain web address"),
    ],
)
def test_playbook_url_must_be_the_practices_own(url, problem):
    found = url_problem(dataclasses.replace(PLANS.practice, playbook_url=url))
    assert (problem in found) if problem else found == ""


def test_a_foreign_playbook_url_is_reported_and_never_used(tmp_path):
    root = make_project(tmp_path, {POST: GOOD_POST}, {"practice.yml": PRACTICE + "playbook_url: https://playbook.other-practice.test/\n"})
    report = check_project(root)
    (found,) = [f for f in report.findings if f.code == "FM046" and "playbook_url" in f.message]
    assert found.path == "plans/practice.yml" and found.line == 8
    assert report.corpus.plans.practice.playbook_url == "" and site_url(root) == ""


def test_calendar_command_takes_the_address_from_the_plans(tmp_path):
    from click.testing import CliRunner
    from playbook.cli import main

    root = make_project(tmp_path / "p", {POST: GOOD_POST}, {"practice.yml": PRACTICE + "playbook_url: https://clinic.test/playbook\n"})
    (root / "mkdocs.yml").write_text("site_name: Social Media Playbook\ndocs_dir: content\nsite_url: https://playbook.example-ortho.test/\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["calendar", "--root", str(root), "--out", str(tmp_path / "feeds")])
    assert result.exit_code == 0, result.output
    feed = (tmp_path / "feeds" / "calendar.ics").read_text(encoding="utf-8")
    assert "clinic.test/playbook/posts/" in feed.replace("\r\n ", "") and "example-ortho" not in feed


def test_the_sample_mkdocs_yml_names_no_practice(sample_report):
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"site_name: {PLACEHOLDER_TITLE}" in text and "site_url" not in text.replace("# ", "").split("site_name")[1]
    assert "Riverbend" not in text and "example-ortho" not in text
    assert not [f for f in sample_report.findings if f.code == "FM040"]


# -- placeholders in the practice's own pages --------------------------------------------------------
def test_pages_fill_known_placeholders_as_literal_text():
    text = "# Welcome\n\n**{{ practice.name }}** answers at {{contact.phone}} and {{ contact.email }}.\n"
    assert pages.fill_page(text, PLANS) == "# Welcome\n\n**Test Clinic &amp; Co** answers at +1 555 0100 and care@clinic.test.\n"


def test_code_is_left_alone():
    text = "Write `{{ contact.phone }}` in a reply.\n\n```\n{{ practice.name }}\n```\n\n~~~~md\n{{ nope }}\n~~~~\n{{ practice.name }}\n"
    filled = pages.fill_page(text, PLANS)
    assert filled.count("{{") == 3 and filled.endswith("Test Clinic &amp; Co\n")
    assert pages.unknown(text) == []


def test_values_cannot_become_markup():
    hostile = dataclasses.replace(PLANS, practice=dataclasses.replace(PLANS.practice, name="<img src=x onerror=alert(1)> *bold* [link](javascript:x) | cell"))
    filled = pages.fill_page("{{ practice.name }}", hostile)
    assert "<img" not in filled and "&lt;img" in filled
    assert "\\*bold\\*" in filled and "\\[link\\]" in filled and "\\|" in filled
    assert pages.fill_meta({"description": "About {{ practice.name }}", "n": 3}, hostile) == {"description": f"About {hostile.practice.name}", "n": 3}


def test_unknown_placeholders_in_pages_are_fm016_at_their_line(tmp_path):
    root = make_project(tmp_path, {POST: GOOD_POST})
    (root / "content" / "index.md").write_text("---\ntitle: Home\ndescription: '{{ practice.nam }}'\n---\n# Home\n\nCall {{ contact.phone }} or {{ patient.name }}.\n", encoding="utf-8")
    found = [(f.line, f.message) for f in check_project(root).findings if f.code == "FM016"]
    assert found == [(3, "unknown placeholder '{{ practice.nam }}'"), (7, "unknown placeholder '{{ patient.name }}'")]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("{} `~\nab.-practicenamcotph")), max_size=80))
def test_filling_is_total_and_only_touches_placeholders(text):
    filled = pages.fill_page(text, PLANS)
    for placeholder in pages.find(text):
        assert text[placeholder.start : placeholder.end].startswith("{{")
    if not any(p.name in pages.PAGE_PLACEHOLDERS for p in pages.find(text)):
        assert filled == text


# -- the glue: identity, theme, serve ---------------------------------------------------------------
def _glue():
    spec = importlib.util.spec_from_file_location("glue_identity_test", REPO / "hooks" / "playbook_mkdocs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("command", ["build", "serve"])
def test_on_config_sets_the_identity_and_adds_the_engines_theme(sample_copy, command):
    from mkdocs.config import load_config

    glue = _glue()
    config = load_config(str(sample_copy / "mkdocs.yml"))
    if command == "serve":
        config.site_url = "http://127.0.0.1:8000/"  # what `mkdocs serve` sets before the build
    glue.on_startup(command=command)
    glue.on_config(config)
    assert config.site_name == "Riverbend Orthopaedics &amp; Sports Medicine · Social Media Playbook"
    assert config.site_url == ("http://127.0.0.1:8000/" if command == "serve" else "https://playbook.example-ortho.test/")
    assert config.theme.dirs[0] == glue.THEME_DIR and config.theme.dirs.count(glue.THEME_DIR) == 1
    glue.on_config(config)  # a rebuild does not add it twice
    assert config.theme.dirs.count(glue.THEME_DIR) == 1


def test_a_practice_custom_dir_still_comes_first(sample_copy):
    from mkdocs.config import load_config

    (sample_copy / "overrides").mkdir()
    text = (sample_copy / "mkdocs.yml").read_text(encoding="utf-8").replace("  name: material\n", "  name: material\n  custom_dir: overrides\n", 1)
    (sample_copy / "mkdocs.yml").write_text(text, encoding="utf-8")
    glue = _glue()
    config = load_config(str(sample_copy / "mkdocs.yml"))
    glue.on_startup(command="build")
    glue.on_config(config)
    assert config.theme.dirs[0].endswith("overrides") and config.theme.dirs[1] == glue.THEME_DIR


def test_serve_watches_plans(sample_copy):
    from mkdocs.config import load_config

    glue = _glue()
    glue.on_startup(command="serve")
    glue.on_config(load_config(str(sample_copy / "mkdocs.yml")))
    watched = []
    server = types.SimpleNamespace(watch=watched.append)
    assert glue.on_serve(server, config=None, builder=None) is server
    assert watched == [str(sample_copy / "plans")]


def test_the_glue_and_the_engine_stay_thin_and_apart():
    glue = (REPO / "hooks" / "playbook_glue" / "__init__.py").read_text(encoding="utf-8")
    assert len(glue.splitlines()) < 100
    assert len((REPO / "hooks" / "playbook_mkdocs.py").read_text(encoding="utf-8").splitlines()) < 10
