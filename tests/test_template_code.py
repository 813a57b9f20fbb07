"""The theme's compiled templates kept between builds (site/templatecode.py) render what a fresh compile renders,
and code the memo did not sign itself is never loaded."""

from __future__ import annotations

import pytest
from jinja2 import Environment, FileSystemLoader
from mkdocs.commands.build import build
from mkdocs.config import load_config
from playbook.site import memo as site_memo
from playbook.site import templatecode
from playbook.site.memo import PostMemo
from playbook.site.session import Session
from playbook.site.templatecode import CompiledTemplates, environment_key

BASE = "<title>{% block title %}{{ site }}{% endblock %}</title>{% include 'part.html' %}"
PAGE = "{% extends 'base.html' %}{% block title %}{{ page | upper }} · {{ super() }}{% endblock %}"


@pytest.fixture(autouse=True)
def own_key(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "key-home"))
    monkeypatch.delenv("PLAYBOOK_NO_CACHE", raising=False)
    monkeypatch.setattr(templatecode, "_memory", templatecode.OrderedDict())


@pytest.fixture
def theme(tmp_path):
    folder = tmp_path / "theme"
    folder.mkdir()
    (folder / "base.html").write_text(BASE, encoding="utf-8")
    (folder / "part.html").write_text("<nav>{% for i in items %}{{ i }}{% endfor %}</nav>", encoding="utf-8")
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    return folder


def _env(theme, memo, compiled: list | None = None, **options) -> Environment:
    env = Environment(loader=FileSystemLoader(str(theme)), **options)
    env.bytecode_cache = CompiledTemplates(env, memo)
    if compiled is not None:
        real = env.compile
        env.compile = lambda source, name=None, filename=None, *a, **k: compiled.append(name) or real(source, name, filename, *a, **k)
    return env


def _render(env) -> str:
    return env.get_template("page.html").render(site="Clinic <b>", page="flu shots", items=[1, 2])


def _fresh(theme) -> str:
    return _render(Environment(loader=FileSystemLoader(str(theme))))


def test_kept_code_renders_what_a_fresh_compile_renders_and_is_not_compiled_again(theme, tmp_path):
    root = tmp_path / "practice"
    root.mkdir()
    first = []
    assert _render(_env(theme, PostMemo.open(root), first)) == _fresh(theme)
    assert sorted(first) == ["base.html", "page.html", "part.html"]
    templatecode._memory.clear()  # a new process: the memo's files alone
    again = []
    assert _render(_env(theme, PostMemo.open(root), again)) == _fresh(theme) and again == []
    assert len(list((root / site_memo.FOLDER).glob("*.template"))) == 3


def test_without_a_memo_the_process_still_keeps_its_code(theme):
    _render(_env(theme, None))
    again = []
    assert _render(_env(theme, None, again)) == _fresh(theme) and again == []


@pytest.mark.parametrize("damage", [lambda data: data[:-7], lambda data: data[:30], lambda data: b"", lambda data: data[:-1] + bytes([data[-1] ^ 1])])
def test_damaged_or_forged_code_is_compiled_again(theme, tmp_path, damage):
    root = tmp_path / "practice"
    root.mkdir()
    _render(_env(theme, PostMemo.open(root)))
    templatecode._memory.clear()
    for file in (root / site_memo.FOLDER).glob("*.template"):
        file.write_bytes(damage(file.read_bytes()))
    again = []
    assert _render(_env(theme, PostMemo.open(root), again)) == _fresh(theme) and sorted(again) == ["base.html", "page.html", "part.html"]


def test_code_signed_with_another_key_is_compiled_again(theme, tmp_path, monkeypatch):
    root = tmp_path / "practice"
    root.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "someone-else"))
    _render(_env(theme, PostMemo.open(root)))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "key-home"))
    templatecode._memory.clear()
    again = []
    assert _render(_env(theme, PostMemo.open(root), again)) == _fresh(theme) and len(again) == 3


def test_an_edited_template_or_another_syntax_is_compiled_anew(theme, tmp_path):
    root = tmp_path / "practice"
    root.mkdir()
    _render(_env(theme, PostMemo.open(root)))
    (theme / "part.html").write_text("<aside>{{ items | length }}</aside>", encoding="utf-8")
    again = []
    assert _render(_env(theme, PostMemo.open(root), again)) == _fresh(theme) and again == ["part.html"]
    assert "<aside>2</aside>" in _fresh(theme)
    plain, trimmed = Environment(), Environment(trim_blocks=True)
    assert environment_key(plain) != environment_key(trimmed) and environment_key(plain) == environment_key(Environment())


def test_memory_is_bounded(theme, monkeypatch):
    monkeypatch.setattr(templatecode, "_HELD", 2)
    _render(_env(theme, None))
    assert len(templatecode._memory) == 2


def test_a_preview_builds_no_sitemap_unless_instant_navigation_needs_it(sample_copy, tmp_path, monkeypatch):
    """Under `mkdocs serve` the sitemap is neither rendered nor copied raw from the theme; a build keeps it."""
    monkeypatch.setenv("PLAYBOOK_NO_CACHE", "1")
    for command in ("serve", "build"):
        config = load_config(str(sample_copy / "mkdocs.yml"), site_dir=str(tmp_path / command))
        config.plugins.on_startup(command=command, dirty=False)
        build(config)
    assert not list((tmp_path / "serve").glob("sitemap.xml*")) and (tmp_path / "serve" / "404.html").is_file()
    assert (tmp_path / "build" / "sitemap.xml").is_file() and "<urlset" in (tmp_path / "build" / "sitemap.xml").read_text(encoding="utf-8")
    previewing, building = Session("", "", "", serving=True), Session("", "", "")
    assert previewing.unneeded_templates(["navigation.top"]) == {"sitemap.xml"}
    assert previewing.unneeded_templates(["navigation.instant"]) == set() == building.unneeded_templates([])


def test_what_the_environment_compiles_in_is_part_of_the_key():
    """A filter's calling style, finalize, the gettext style and the policies are compiled into the code."""
    from jinja2 import pass_context, select_autoescape

    plain, styled = Environment(), Environment()
    plain.filters["shout"] = lambda value: value
    styled.filters["shout"] = pass_context(lambda context, value: value)
    finalised = Environment(finalize=lambda value: "" if value is None else value)
    keys = {environment_key(env) for env in (plain, styled, finalised, Environment())}
    assert len(keys) == 4
    assert environment_key(Environment(autoescape=select_autoescape(["html"]))) is None  # decided per template: nothing kept


def test_a_callable_autoescape_keeps_nothing(theme, tmp_path):
    from jinja2 import select_autoescape

    root = tmp_path / "practice"
    root.mkdir()
    env = _env(theme, PostMemo.open(root), autoescape=select_autoescape(["html"]))
    env.get_template("page.html").render(site="x", page="y", items=[])
    assert not templatecode._memory and not list((root / site_memo.FOLDER).glob("*.template"))
