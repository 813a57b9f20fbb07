"""FM016: response templates may only use the placeholders the library can fill."""

from __future__ import annotations

from ..findings import Severity
from ..placeholders import ALLOWED, TemplateSyntaxError, unknown_placeholders
from .registry import Hit, rule


@rule("FM016", "unknown-placeholder", serves="content-model", severity=Severity.ERROR, scope="response")
def unknown_placeholder(template, ctx):
    """A response template uses a placeholder the library cannot fill, or broken `{{ }}` syntax.

    What it flags:
        Any `{{ ... }}` other than `{{ reviewer }}`, `{{ practice.name }}`,
        `{{ contact.name }}`, `{{ contact.phone }}` and `{{ contact.email }}`,
        and template syntax that does not parse (an unclosed `{{`).

        The playbook's own pages (home, guidelines: any page that is not a
        post or a reply) may use `{{ practice.name }}`, `{{ practice.website }}`
        and the three `contact` placeholders, outside code; anything else in
        `{{ }}` there is flagged too.

    Why:
        The library fills these in from `plans/practice.yml` before the front
        desk copies a reply. An unknown placeholder would either break the
        page or be pasted as raw braces into a public reply; and a template
        must never reach for details about the reviewer beyond their public
        name.

    Examples:
        Triggers: `Please call {{ contact.fax }}.`
        Triggers: `Hello {{ patient.name }}.`
        Passes: `Please call {{ contact.name }} at {{ contact.phone }}.`
    """
    allowed = ", ".join("{{ " + name + " }}" for name in ALLOWED)
    try:
        unknown = unknown_placeholders(template.body)
    except TemplateSyntaxError as exc:
        yield Hit(f"template syntax error: {exc.message}", template.body_line + (exc.lineno or 1) - 1, hint="placeholders look like {{ contact.phone }}")
        return
    for placeholder in unknown:
        yield Hit(f"unknown placeholder '{{{{ {placeholder.name} }}}}'", template.body_line + placeholder.line - 1, hint=f"use one of {allowed}")
