"""The sample builds with `mkdocs build --strict`; a broken practice fails naming file and line.

The sample's build is the session's (conftest.sample_build); the broken practices are tiny
(conftest.make_site), so each failing build costs a second, not a copy of the sample.
Under ProperDocs the same: tests/test_build_tools.py.
"""

from __future__ import annotations

import subprocess

from tests.conftest import GOOD_POST, REPO, make_site, tool_env

POST = "content/posts/2027/01/13-stretch.md"


def build(root, *extra):
    return subprocess.run(
        ["mkdocs", "build", "--strict", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(root / "_site"), *extra],
        capture_output=True,
        text=True,
        cwd=root,
        env=tool_env(),
        timeout=300,
    )


def test_sample_builds_strict(sample_build):
    """The session's build of the sample (`mkdocs build --strict`, see conftest) passed, and quietly."""
    assert sample_build.returncode == 0, sample_build.stderr[-3000:]
    assert "Traceback" not in sample_build.stderr
    site = sample_build.site
    assert (site / "index.html").is_file()
    # Every post renders as its own page even though none is in the navigation.
    posts = sorted((REPO / "content" / "posts").rglob("*.md"))
    assert len(posts) >= 60
    for post in posts[:3] + posts[-3:]:
        rel = post.relative_to(REPO / "content").with_suffix("")
        assert (site / rel / "index.html").is_file(), rel
    nav = (site / "index.html").read_text(encoding="utf-8")
    assert "Riverbend Orthopaedics" in nav


def test_broken_file_fails_naming_file_and_line(tmp_path):
    root = make_site(tmp_path, {POST: GOOD_POST.replace("\nstatus:", "\nstatus: [\nstatuss:", 1)})
    result = build(root)
    assert result.returncode != 0
    assert f"{POST}:" in result.stderr and "FM001" in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr


def test_error_fails_even_without_strict(tmp_path):
    root = make_site(tmp_path, {POST: GOOD_POST.replace("\nauthor:", "\nauthor: nobody-here\nauthor_old:", 1)})
    result = subprocess.run(
        ["mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(root / "_site")],
        capture_output=True,
        text=True,
        cwd=root,
        env=tool_env(),
        timeout=300,
    )
    assert result.returncode != 0
    assert "FM004" in result.stderr or "FM012" in result.stderr


def test_enforcement_case_reply_fails_the_build_naming_rule_and_line(tmp_path):
    from tests.rules.test_enforcement_cases import FRONT, MISSED_APPOINTMENTS

    reply = FRONT.format(title="Fee complaint", scenario="billing") + MISSED_APPOINTMENTS
    root = make_site(tmp_path, {POST: GOOD_POST, "content/responses/fee-complaint.md": reply})
    result = build(root)
    assert result.returncode != 0
    # Front matter is 6 lines, then a blank line; "Our records show" is the third line of the body.
    assert "content/responses/fee-complaint.md:10:1: PHI001" in result.stderr, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
