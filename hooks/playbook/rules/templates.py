"""FM016 and FM030: response templates use only the placeholders the library can fill, and render within bounds."""

from __future__ import annotations

from ..findings import Severity
from ..placeholders import ALLOWED, TemplateSyntaxError, render_template, unknown_placeholders
from .context import Context
from .registry import Hit, rule


@rule("FM016", "unknown-placeholder", serves="content-model", severity=Severity.ERROR, scope="response")
def unknown_placeholder(template, ctx: Context):
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


@rule("FM030", "template-does-not-render", serves="content-model", severity=Severity.ERROR, scope="response")
def template_does_not_render(template, ctx: Context):
    """A response template that parses but cannot be rendered, or renders to something no reply could be.

    What it flags:
        `playbook check` renders every reply template exactly as the library
        does (placeholders.render_template, in Jinja's sandbox with bounds) and
        reports what stops it, at the template's line: calling a placeholder
        (`{{ contact.name() }}`) or anything else; `{% include %}`, `import`,
        `extends`, `macro` and `set`; filters other than a few harmless ones
        (`upper`, `lower`, `title`, `trim`, `default` ...); numbers beyond a
        thousand million million (`{{ 10**5000 }}`); a text or list repeated past
        10,000 characters or items; loops that run more than 1,000 times in all;
        and a reply longer than 10,000 characters. Syntax errors and unknown
        placeholders are FM016's.

    Why:
        A template that only fails when rendered would pass the checks and then
        break the build, or hang it: `{{ 'x' * 10**9 }}` asks for a gigabyte.
        A reply is plain words and the practice's contact details, so nothing
        beyond placeholders is ever needed.

    Examples:
        Triggers: `Please call {{ contact.name() }}.`
        Triggers: `{% include 'footer.md' %}`
        Triggers: `{{ reviewer * 100000000 }}`
        Passes: `Please call {{ contact.name }} at {{ contact.phone }}.`
        Passes: `Thank you, {{ reviewer | default('friend') }}.`
    """
    rendering = render_template(template.body, ctx.plans)
    if rendering.text is not None or rendering.kind == "syntax":
        return  # rendered; or FM016 reports the syntax error
    try:
        if unknown_placeholders(template.body):
            return  # FM016 names each unknown placeholder
    except TemplateSyntaxError:
        return
    allowed = ", ".join("{{ " + name + " }}" for name in ALLOWED)
    yield Hit(rendering.problem, template.body_line + max(rendering.line, 1) - 1, hint=rendering.hint or f"a reply is plain text with the placeholders {allowed}")
