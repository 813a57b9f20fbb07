"""SEC: nothing in a content file may run on the playbook site or ride a copy button into a public reply.

The site may be public and is built from files anyone with write access can
change, so these are errors that no waiver and no `plans/checks.yml` setting
can switch off or soften (see config.py). The detection lives in markup.py
(with the SEC002/SEC003 wording, which the parser also reports for other pages);
the site's sanitiser and escaping (site/) hold even if a finding were missed.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..markup import COPY_CODES, Markup, copy_finding, in_copy
from ..model import ResponseTemplate
from ..text import Span, copies
from .context import Context
from .registry import Hit, declare, rule


@declare("SEC001", "markup-in-front-matter", serves="security", severity=Severity.ERROR)
def markup_in_front_matter():
    """A front-matter or plans value holds HTML markup or a `javascript:` link.

    What it flags:
        An HTML tag, comment or event handler, also written with character
        references (`&lt;img ...&gt;`), or a `javascript:`, `vbscript:` or
        `data:` link, in any value of a post's or reply's front matter (title,
        tags, event name and place, media alt text ...), of another page's
        front matter, or of a plans file (the practice's and team's names,
        series and campaign names). Per-channel `variants` are copy and are
        checked by SEC002 and SEC003 instead.

    Why:
        These values appear on the published site: in the page title, the
        header, the calendar, the search index, the post card. MkDocs and
        Material print page titles without escaping, so a title holding
        `<img src=x onerror=...>` would run script in every visitor's browser.
        The site escapes them anyway; the build refuses them so nobody
        publishes a title that reads as code.

    Examples:
        Triggers: `title: "Walk <img src=x onerror=alert(1)>"`.
        Triggers: `event: {name: Walk, start: 2027-02-06 09:00, location: "Park <script>alert(1)</script>"}`.
        Triggers: `title: 'Tips\\](javascript:alert(1)) more'`.
        Passes: `title: "Walk & talk: <3 miles"`.
    """


def _hit(span: Span, markup: Markup, located: bool = True) -> Hit:
    found = copy_finding(span, markup, located=located)
    return Hit(found.message, found.line, found.column, found.hint)


def _hits(item, ctx: Context, code: str) -> Iterator[Hit]:
    for span in copies(item):
        found = [m for m in in_copy(span.text) if COPY_CODES.get(m.kind) == code]
        yield from (_hit(span, m) for m in found)
        if isinstance(item, ResponseTemplate):
            # Markup that only appears once placeholders are filled (a Jinja string literal) has no line of its own.
            from ..placeholders import render_reply  # Jinja: a post's check never loads it

            seen = {m.snippet for m in found}
            filled = render_reply(item.body, ctx.plans) or ""
            yield from (_hit(span, m, located=False) for m in in_copy(filled) if COPY_CODES.get(m.kind) == code and m.snippet not in seen)


@rule("SEC002", "active-html-in-copy", serves="security", severity=Severity.ERROR, scope="document")
def active_html_in_copy(item, ctx: Context):
    """Post copy or a reply holds HTML that runs or embeds something: `<script>`, `<iframe>`, `onerror=` ...

    What it flags:
        Tags that run script or load or submit something (`script`, `iframe`,
        `object`, `embed`, `style`, `link`, `meta`, `base`, `form`, `input`,
        `button`, `svg`, `math`, `template` ...) and event-handler attributes
        (`onerror=`, `onclick=` ..., in a tag or a Markdown `{: ...}` list), in
        any letter case, in a post's body or variants or a reply template (also
        after its placeholders are filled), and in the text of the playbook's
        other pages. Team notes (HTML comments) are removed first, as they
        are before anything goes out.

    Why:
        Social copy is plain text: on Facebook or Google a tag arrives as
        literal characters, and on the playbook site it would run in the
        browser of everyone who opens the page. Nothing a practice posts needs
        it, so it can only be a mistake or an attack.

    Examples:
        Triggers: `Hello <script>alert(1)</script>`.
        Triggers: `<img src=x onerror=alert(1)>`.
        Triggers: `[Sign up](https://example.test){: onclick="steal()" }`.
        Passes: `Walk with us <3 (kids under 12 < 5 miles)`.
    """
    yield from _hits(item, ctx, "SEC002")


@rule("SEC003", "unsafe-link-in-copy", serves="security", severity=Severity.ERROR, scope="document")
def unsafe_link_in_copy(item, ctx: Context):
    """Post copy or a reply links to `javascript:`, `vbscript:` or `data:`.

    What it flags:
        A Markdown link or image, a reference definition, an autolink, an HTML
        attribute or a Markdown `{: href=...}` whose address starts with
        `javascript:`, `vbscript:` or `data:`, also when disguised with
        character references (`jav&#x61;script:`), tabs or line breaks inside
        the word, or mixed case; in post copy, reply templates and the text of
        the playbook's other pages.

    Why:
        Such a link runs script (or opens a page made of the link itself)
        when someone clicks it on the playbook site. Real posts link to web
        pages with `https://` addresses only.

    Examples:
        Triggers: `[Sign up](javascript:alert(1))`.
        Triggers: `[Sign up](jav&#x61;script:alert(1))`.
        Triggers: `![chart](data:image/svg+xml;base64,PHN2Zz4=)`.
        Passes: `[Sign up](https://www.example-clinic.test/5k)`.
    """
    yield from _hits(item, ctx, "SEC003")
