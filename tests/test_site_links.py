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


def broken_links(site: Path) -> list[str]:
    """`page: link` for every internal link whose file, or whose #anchor in that file, is missing."""
    parsed = {page.resolve(): _parse(page) for page in sorted(site.rglob("*.html"))}
    broken = []
    for page, links in parsed.items():
        for link in links.links:
            found = _target(page, link, site)
            if found is None:
                continue
            target, fragment = found
            where = page.relative_to(site.resolve())
            if not target.exists():
                broken.append(f"{where}: {link}")
            elif fragment and target in parsed and fragment not in parsed[target].ids:
                broken.append(f"{where}: {link} (no #{fragment})")
    return broken


def test_no_broken_internal_links(built_site):
    assert len(list(built_site.rglob("*.html"))) > 100
    broken = broken_links(built_site)
    assert not broken, "\n".join(broken[:50])


def test_every_generated_page_exists(built_site):
    for page in (
        "calendar/index.html",
        "calendar/2027-01/index.html",
        "upcoming/index.html",
        "responses/index.html",
        "subscribe/index.html",
        "rules/index.html",
        "rules/phi001/index.html",
        "calendar.ics",
    ):
        assert (built_site / page).is_file(), page


def test_nothing_is_generated_into_content():
    from tests.conftest import REPO

    content = REPO / "content"
    assert not (content / "calendar").exists() and not (content / "rules").exists() and not (content / "subscribe.md").exists()


def test_the_walker_catches_a_broken_link_and_a_missing_anchor(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h1 id="top">A</h1><a href="../b/">b</a><a href="#top">ok</a><a href="https://x.test/">out</a>')
    (tmp_path / "index.html").write_text('<a href="a/">a</a><a href="missing/">gone</a><a href="a/#nowhere">anchor</a>')
    assert broken_links(tmp_path) == ["a/index.html: ../b/", "index.html: missing/", "index.html: a/#nowhere (no #nowhere)"]


def test_generated_markdown_links_point_at_sources_mkdocs_resolves(sample_report):
    """A Markdown link to a built URL ('../../posts/x/') is one MkDocs cannot check and logs as INFO: link sources instead."""
    import posixpath
    import re

    from playbook.feeds import build_feeds
    from playbook.site.extras import page_extras
    from playbook.site.generated import generated_pages

    from tests.conftest import REPO

    report = sample_report
    feeds = build_feeds(report, "https://playbook.example-ortho.test/")
    pages = dict(generated_pages(report, feeds, "https://playbook.example-ortho.test/"))
    for path in sorted((REPO / "content").rglob("*.md")):
        src = path.relative_to(REPO / "content").as_posix()
        if not src.startswith("posts/") and not src.startswith("responses/"):
            pages[src] = page_extras(src, path.read_text(encoding="utf-8"), report)
    sources = set(pages) | {p.relative_to(REPO / "content").as_posix() for p in (REPO / "content").rglob("*.md")} | {f.filename for f in feeds}
    bad = []
    for src, text in pages.items():
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if ":" in target.split("/", 1)[0] or target.startswith("#"):  # an address with a scheme, or an anchor
                continue
            file = unquote(target.split("#", 1)[0])
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(src), file))
            if resolved not in sources:
                bad.append(f"{src}: {target}")
    assert not bad, bad[:20]
