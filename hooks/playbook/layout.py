"""Where a practice keeps its files: the one folder MkDocs builds the site from, and its parts.

The checks read posts from content/posts/ and reply templates from
content/responses/; the site is built from MkDocs' `docs_dir`. The two must be
the same folder, or the build would publish pages nobody checked: mkdocs.yml
saying anything else is an error (FM018, siteconfig.py), and the build stops.
Every other module names these folders through this one.
"""

from __future__ import annotations

CONTENT_DIR = "content"
POSTS_DIR = f"{CONTENT_DIR}/posts"
RESPONSES_DIR = f"{CONTENT_DIR}/responses"
PLANS_DIR = "plans"


def src_uri(path: str) -> str:
    """A content file's path inside the docs folder (content/posts/a.md -> posts/a.md); other paths as they are."""
    prefix = CONTENT_DIR + "/"
    return path[len(prefix) :] if path.startswith(prefix) else path


def page_uri(path: str) -> str:
    """Site path of the page built from a content file: content/a/b.md -> a/b/."""
    inner = src_uri(path)
    return inner[: -len(".md")] + "/" if inner.endswith(".md") else inner


def page_of(path: str) -> str:
    """The docs-folder src uri of a Markdown file the site has a page for, else '' (plans/series.yml -> '')."""
    return src_uri(path) if path.startswith(CONTENT_DIR + "/") and path.endswith(".md") else ""
