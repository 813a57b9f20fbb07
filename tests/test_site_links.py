"""No broken internal links anywhere in the built site."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if attrs.get(name) and not (tag == "link" and attrs.get("rel") in ("canonical", "alternate")):
                self.links.append(attrs[name])


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _target(page: Path, link: str, site: Path) -> tuple[Path, str] | None:
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or link.startswith(("mailto:", "tel:", "javascript:", "data:")):
        return None
    base = page.parent
    path = unquote(parts.path)
    target = (site / path.lstrip("/")) if path.startswith("/") else (base / path if path else page)
    target = target.resolve()
    if target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


def test_no_broken_internal_links(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 100
    parsed = {page.resolve(): _parse(page) for page in pages}
    broken = []
    for page, links in parsed.items():
        for link in links.links:
            found = _target(page, link, built_site)
            if found is None:
                continue
            target, fragment = found
            if not target.exists():
                broken.append(f"{page.relative_to(built_site.resolve())}: {link}")
            elif fragment and target.suffix == ".html" and target in parsed and fragment not in parsed[target].ids and fragment != "__codelineno-0-1":
                broken.append(f"{page.relative_to(built_site.resolve())}: {link} (no #{fragment})")
    assert not broken, "\n".join(broken[:50])


def test_every_generated_page_exists(built_site):
    for page in ("calendar/index.html", "calendar/2027-01/index.html", "upcoming/index.html", "responses/index.html", "subscribe/index.html", "rules/index.html", "rules/phi001/index.html", "calendar.ics"):
        assert (built_site / page).is_file(), page


def test_nothing_is_generated_into_content():
    from tests.conftest import REPO

    content = REPO / "content"
    assert not (content / "calendar").exists() and not (content / "rules").exists() and not (content / "subscribe.md").exists()
