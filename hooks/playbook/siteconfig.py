"""Read the few mkdocs.yml values the engine needs (site_url) without importing MkDocs."""

from __future__ import annotations

from pathlib import Path

import yaml


class _TolerantLoader(yaml.SafeLoader):
    """mkdocs.yml may hold tags such as !ENV or !!python/name; we only need plain keys."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def site_url(root: Path) -> str:
    path = root / "mkdocs.yml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return ""
    value = data.get("site_url") if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""
