"""What mkdocs.yml may say about the practice: its identity comes from plans/practice.yml, its pages from content/.

The MkDocs glue writes `identity(plans)` into the config at `on_config`, so a
practice's name and address live in one file. `mkdocs.yml` still needs a
`site_name` (MkDocs refuses to start without one): it holds the neutral
PLACEHOLDER_TITLE, and a value there that says something else (a name or an
address copied from another practice) is reported as FM040.

MkDocs builds the site from `docs_dir`; the checks read content/ (layout.py).
A docs_dir naming another folder would publish pages nobody checked, so it is
an error at its line (FM018) and the build stops before MkDocs reads a page.

Reads mkdocs.yml with PyYAML only: the engine never imports MkDocs.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import yaml

from .fields import finding
from .findings import Finding
from .layout import CONTENT_DIR, PLANS_DIR
from .model import Plans, Practice
from .text import domain_matches, host_of

CONFIG = "mkdocs.yml"
PLACEHOLDER_TITLE = "Social Media Playbook"
# Static hosts a practice may publish its playbook on without owning the domain.
_PLAIN_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/%-]*)?$")
PUBLISHING_HOSTS = ("github.io", "gitlab.io", "netlify.app", "pages.dev", "azurestaticapps.net", "localhost")


class _TolerantLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """mkdocs.yml may hold tags such as !ENV or !!python/name; we only need plain keys. libyaml's parser where
    PyYAML has it: every check reads mkdocs.yml twice, and the pure-Python one took 4% of a pre-commit check."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _config(root: Path) -> tuple[dict, str]:
    try:
        text = (Path(root) / CONFIG).read_text(encoding="utf-8")
        data = yaml.load(text, Loader=_TolerantLoader) or {}
    except (OSError, yaml.YAMLError, UnicodeDecodeError, RecursionError):
        return {}, ""
    return (data if isinstance(data, dict) else {}), text


def title(practice: Practice) -> str:
    return f"{practice.name} · {PLACEHOLDER_TITLE}" if practice.name else PLACEHOLDER_TITLE


def identity(plans: Plans) -> dict[str, str | None]:
    """The values the glue sets on the MkDocs config: site_name, site_description, site_url."""
    practice = plans.practice
    if not practice.name:  # plans/practice.yml is broken: its findings say why; keep mkdocs.yml's values
        return {}
    url = practice.playbook_url
    return {  # MkDocs and Material print these into HTML as they are: escaped here, once
        "site_name": _html(title(practice)),
        "site_description": _html(description(practice)),
        "site_url": (url.rstrip("/") + "/") if url else None,
    }


def description(practice: Practice) -> str:
    return f"How {practice.name} plans, writes and checks its social media."


def _html(text: str) -> str:
    return html.escape(text, quote=False).replace('"', "&quot;")


def site_url(root: Path, plans: Plans | None = None) -> str:
    """The playbook's public address: `playbook_url` in plans/practice.yml ('' when not set)."""
    if plans is None:
        from .plans import load_plans  # plans imports this module

        plans = load_plans(Path(root))[0]
    return identity(plans).get("site_url") or ""


def url_problem(practice: Practice) -> str:
    """Why `playbook_url` cannot be this practice's address ('' when it can).

    Feeds and subscribe links are built from it; pointing them at a domain that is neither the
    practice's own nor a static host would send staff to another practice's calendar.
    """
    url = practice.playbook_url
    if not url:
        return ""
    if not _PLAIN_URL.match(url):
        return f"'playbook_url' must be a plain web address (letters, digits and / . - _ ~ % only, no query), not '{url}'"
    host = host_of(url)
    if domain_matches(host, practice.domains + PUBLISHING_HOSTS):
        return ""
    return f"'playbook_url' is on {host}, which is not one of this practice's domains ({', '.join(practice.domains) or 'none listed'})"


def _line(text: str, key: str) -> int:
    match = re.search(rf"^{re.escape(key)}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def stale_identity(root: Path, plans: Plans) -> list[Finding]:
    """FM040: mkdocs.yml says something about the practice that plans/practice.yml does not."""
    data, text = _config(root)
    wanted = identity(plans)
    if not data or not wanted:
        return []
    found = []
    name = data.get("site_name")
    if isinstance(name, str) and name.strip() not in (PLACEHOLDER_TITLE, title(plans.practice)):
        found.append(finding(
            "FM040", f"mkdocs.yml names the site '{name.strip()}', but the title comes from the practice's name in plans/practice.yml",
            CONFIG, _line(text, "site_name"), hint=f"write `site_name: {PLACEHOLDER_TITLE}` (MkDocs needs a value; the build puts the practice's name in front)",
        ))  # fmt: skip
    for key, where in (("site_url", "'playbook_url' in plans/practice.yml"), ("site_description", "the practice's name in plans/practice.yml")):
        value = data.get(key)
        expected = description(plans.practice) if key == "site_description" else wanted.get(key) or ""
        if isinstance(value, str) and value.strip() and value.strip().rstrip("/") != expected.rstrip("/"):
            found.append(finding(
                "FM040", f"mkdocs.yml sets {key} to '{value.strip()}', but the build takes it from {where}",
                CONFIG, _line(text, key), hint=f"delete the {key} line from mkdocs.yml" + (" and set playbook_url in plans/practice.yml" if key == "site_url" else ""),
            ))  # fmt: skip
    return found


MKDOCS_DEFAULT_DOCS_DIR = "docs"  # what MkDocs builds from when mkdocs.yml names no docs_dir


def docs_dir_problem(root: Path | str) -> Finding | None:
    """FM018: mkdocs.yml builds the site from another folder than the one the checks read.

    Without mkdocs.yml (`playbook check` on plans and content alone) there is nothing to
    compare. A value MkDocs reads from the environment (`!ENV`) cannot be known here.
    """
    data, text = _config(Path(root))
    if not text or not data:
        return None
    written = data.get("docs_dir", MKDOCS_DEFAULT_DOCS_DIR)
    if not isinstance(written, str) or not written.strip():
        return None
    folder = os.path.normpath(os.path.join(os.path.abspath(root), written.strip()))
    if folder == os.path.normpath(os.path.join(os.path.abspath(root), CONTENT_DIR)):
        return None
    shown = written.strip()
    said = f"builds the site from '{shown}'" if "docs_dir" in data else f"names no docs_dir, so MkDocs builds the site from '{shown}/'"
    return finding(
        "FM018", f"mkdocs.yml {said}, but the playbook checks the posts and replies in {CONTENT_DIR}/: the site would publish pages nobody checked",
        CONFIG, _line(text, "docs_dir") if "docs_dir" in data else 1, hint=f"write `docs_dir: {CONTENT_DIR}` in mkdocs.yml and keep the pages in {CONTENT_DIR}/",
    )  # fmt: skip


def build_folders(root: Path | str) -> tuple[str, ...]:
    """Folders (relative to `root`, '/'-separated) the build reads, publishes or caches: the docs and
    plans folders, the theme's custom_dir, the folders of its hooks (the glue's theme beside them in
    a checkout), site_dir and the result cache. Text that must never reach the site stays out of them."""
    data, _ = _config(Path(root))
    theme = data.get("theme") if isinstance(data.get("theme"), dict) else {}
    hooks = data.get("hooks") if isinstance(data.get("hooks"), list) else []
    named = [data.get("docs_dir"), CONTENT_DIR, PLANS_DIR, "overrides", theme.get("custom_dir"), data.get("site_dir") or "site", ".cache"]
    named += [os.path.dirname(hook) for hook in hooks if isinstance(hook, str)]
    folders = []
    for folder in named:
        if isinstance(folder, str) and folder.strip() and not os.path.isabs(folder):
            clean = os.path.normpath(folder).replace(os.sep, "/")
            if clean not in (".", "..") and not clean.startswith("../") and clean not in folders:
                folders.append(clean)
    return tuple(folders)
