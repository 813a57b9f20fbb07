"""The sample builds with `mkdocs build --strict`; a broken copy fails naming file and line."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def build(root, *extra):
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(root / "_site"), *extra],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=300,
    )


def test_sample_builds_strict(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(REPO / "mkdocs.yml"), "-d", str(tmp_path / "site")],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert (tmp_path / "site" / "index.html").is_file()
    # Every post renders as its own page even though none is in the navigation.
    posts = sorted((REPO / "content" / "posts").rglob("*.md"))
    assert len(posts) >= 60
    for post in posts[:3] + posts[-3:]:
        rel = post.relative_to(REPO / "content").with_suffix("")
        assert (tmp_path / "site" / rel / "index.html").is_file(), rel
    nav = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "Riverbend Orthopaedics" in nav


def test_broken_copy_fails_naming_file_and_line(sample_copy):
    post = next((sample_copy / "content" / "posts").rglob("*.md"))
    text = post.read_text(encoding="utf-8")
    post.write_text(text.replace("\nstatus:", "\nstatus: [\nstatuss:", 1), encoding="utf-8")
    result = build(sample_copy)
    assert result.returncode != 0
    rel = post.relative_to(sample_copy).as_posix()
    assert f"{rel}:" in result.stderr and "FM001" in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr


def test_error_fails_even_without_strict(sample_copy):
    post = next((sample_copy / "content" / "posts").rglob("*.md"))
    post.write_text(post.read_text(encoding="utf-8").replace("\nauthor:", "\nauthor: nobody-here\nauthor_old:", 1), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(sample_copy / "mkdocs.yml"), "-d", str(sample_copy / "_site")],
        capture_output=True,
        text=True,
        cwd=sample_copy,
        timeout=300,
    )
    assert result.returncode != 0
    assert "FM004" in result.stderr or "FM012" in result.stderr


def test_enforcement_case_reply_fails_the_build_naming_rule_and_line(sample_copy):
    from tests.rules.test_enforcement_cases import FRONT, MISSED_APPOINTMENTS

    reply = sample_copy / "content" / "responses" / "fee-complaint.md"
    reply.write_text(FRONT.format(title="Fee complaint", scenario="billing") + MISSED_APPOINTMENTS, encoding="utf-8")
    result = build(sample_copy)
    assert result.returncode != 0
    # Front matter is 6 lines, then a blank line; "Our records show" is the third line of the body.
    assert "content/responses/fee-complaint.md:10:1: PHI001" in result.stderr, result.stderr[-3000:]
    assert "Traceback" not in result.stderr


def test_a_warning_fails_only_the_strict_build(sample_copy):
    post = next(p for p in (sample_copy / "content" / "posts").rglob("*.md") if "guideline: personality" in p.read_text(encoding="utf-8"))
    text = post.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    post.write_text(head + "\n---\nWe are pleased to announce a best-in-class stretching routine.\n\n" + body, encoding="utf-8")
    strict = build(sample_copy)  # with -q, which hides warnings from MkDocs' own strict count
    said = strict.stdout + strict.stderr
    assert strict.returncode != 0 and "PER001" in said and "in strict mode" in said
    relaxed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(sample_copy / "mkdocs.yml"), "-d", str(sample_copy / "_site2")],
        capture_output=True, text=True, cwd=sample_copy, timeout=300,
    )
    assert relaxed.returncode == 0, relaxed.stderr[-2000:]
