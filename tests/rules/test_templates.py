"""FM016: placeholders in response templates; and rendering them for the library."""

from __future__ import annotations

from playbook.placeholders import placeholders, render_reply

from tests.rules.harness import PLANS, Cases, hits, response

CASES = {
    "FM016": Cases(
        trigger=[
            "Please call {{ contact.fax }}.",
            "Hello {{ patient.name }}, sorry about that.",
            "We are sorry, {{ reviewer.full_name }}.",
            "Reach us at {{ contact.phone }",
            "Hi {{ visit_date }}!",
        ],
        clean=[
            "Please call {{ contact.name }} at {{ contact.phone }}.",
            "Thank you, {{ reviewer }}. Write to {{ contact.email }}.",
            "The team at {{ practice.name }} reads every note.",
            "No placeholders at all: please call us.",
        ],
    )
}


def test_finding_points_at_the_line():
    (hit,) = hits("FM016", response("Sorry.\n\nCall {{ contact.fax }}.", body_line=8))
    assert hit.line == 10 and "contact.fax" in hit.message


def test_rendering_fills_the_contact_details():
    text = render_reply("Sorry, {{ reviewer }}. Call {{ contact.name }} at {{ contact.phone }} or {{ contact.email }}.", PLANS, reviewer="Sam")
    assert text == "Sorry, Sam. Call Patient Relations at +1 555 0100 or care@example-ortho.test."


def test_placeholders_are_listed_once_each():
    names = [p.name for p in placeholders("{{ contact.name }} {{ contact.phone }} {{ contact.name }}")]
    assert names == ["contact.name", "contact.phone"]


def test_sandbox_refuses_attribute_tricks():
    assert render_reply("{{ contact.__class__ }}", PLANS) is None
    assert hits("FM016", "{{ contact.__class__ }}")


def test_notes_to_the_team_never_reach_the_reviewer():
    text = render_reply("<!-- Use for reviews that mention a bill. -->\nWe're sorry, {{ reviewer }}.\n<!-- keep it short -->", PLANS, reviewer="Sam")
    assert text == "We're sorry, Sam."


CASES["FM030"] = Cases(
    trigger=[
        "Please call {{ contact.name() }} today.",
        "Sorry, {{ reviewer }}.\n{% include 'footer.md' %}",
        "{% import 'macros.md' as m %}Hello.",
        "{% extends 'base.md' %}",
        "We're sorry. {{ 10**5000 }}",
        "Thanks, {{ reviewer * 100000000 }}.",
        "Thanks, {{ reviewer | center(1000000000) }}.",
        "{% for a in reviewer %}{% for b in reviewer %}{% for c in reviewer %}.{% endfor %}{% endfor %}{% endfor %}",
        "{{ '%*s' % (1000000000, reviewer) }}",
        "{{ (reviewer ~ reviewer) * 1000 }}",
        "{% set reviewer = reviewer | upper %}Thanks, {{ reviewer }}.",
        "Call us. {{ 1 / 0 }}",
    ],
    clean=[
        "Please call {{ contact.name }} at {{ contact.phone }}.",
        "Thank you, {{ reviewer | default('friend') }}. Write to {{ contact.email }}.",
        "{% if reviewer %}Thank you, {{ reviewer }}.{% endif %} {{ practice.name | upper }} reads every note.",
        "No placeholders at all: please call us.",
        "{% raw %}{{ this stays as written }}{% endraw %}",
        "Unknown ones are FM016's: {{ contact.fax }}",
        "Broken syntax is FM016's: {{ contact.phone }",
    ],
)


def test_render_failure_points_at_its_line():
    (hit,) = hits("FM030", response("We're sorry.\n\nPlease call {{ contact.name() }}.", body_line=8))
    assert hit.line == 10 and "contact.name()" in hit.message and "not allowed" in hit.message


def test_a_failing_template_renders_to_nothing_in_the_library():
    assert render_reply("{{ reviewer * 100000000 }}", PLANS) is None
    assert render_reply("{% include 'x' %}", PLANS) is None
