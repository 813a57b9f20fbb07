"""Replies to reviews, modelled on four kinds of U.S. enforcement cases, run through the whole engine.

Regulators have fined practices for answering online reviews with details of the
reviewer's care. The fixtures below are fictional replies shaped like those cases
(names, conditions and amounts are made up). Each is written into a throwaway
practice and checked with `playbook.check.check_project`, as `playbook check` and
the site build would: every one must fail with a PHI error on the line that
discloses something. Each has a safe counterpart (a sympathetic, general reply
that moves the conversation to the contact route and confirms nothing) that
must produce no PHI finding at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playbook.check import check_project
from playbook.findings import Severity

from tests.conftest import make_project

FRONT = """\
---
title: "{title}"
scenario: {scenario}
platforms: [google, yelp]
status: draft
---

"""

# (a) A reviewer writing under a nickname complained about a fee; the reply confirmed
#     they were a patient and listed the appointments they had missed.
MISSED_APPOINTMENTS = """\
{{ reviewer }}, we're sorry you're unhappy, but the facts matter here.

Our records show you missed three appointments this fall and cancelled your knee follow-up twice,
so the fee is correct and it stays.
"""

# (b) The reply named the reviewer's condition, the treatment plan and what it cost.
CONDITION_PLAN_COST = """\
We understand the frustration, {{ reviewer }}.

The rotator cuff tear needed surgery, and the plan included twelve physical therapy sessions.
The $2,400 balance reflects the deductible, not a billing mistake.
"""

# (c) The reviewer signed as "KB_runs"; the reply added their full name and their treatment.
FULL_NAME_ADDED = """\
Kevin Baker, we were surprised to read this.

The ACL reconstruction went exactly as planned, and you said so yourself at the last check.
"""

# (d) The reply revealed a mental-health diagnosis.
MENTAL_HEALTH = """\
We're sorry you feel that way, {{ reviewer }}.

Our counselors worked hard with you on the bipolar disorder and the anxiety you described,
and we hope you'll keep going to therapy somewhere.
"""

ENFORCEMENT_CASES = {
    "missed-appointments": ("billing", MISSED_APPOINTMENTS, "Our records show", "PHI001"),
    "condition-plan-cost": ("billing", CONDITION_PLAN_COST, "$2,400", "PHI002"),
    "full-name-added": ("negative-review", FULL_NAME_ADDED, "Kevin Baker", "PHI003"),
    "mental-health-diagnosis": ("negative-review", MENTAL_HEALTH, "bipolar", "PHI002"),
}

# Safe counterparts: sorry, general, offline. Nothing about the reviewer's care, or even that they were seen.
SAFE = {
    "missed-appointments": """\
We're sorry this left you frustrated, {{ reviewer }}. Questions about fees deserve a clear answer.

We never discuss anyone's details in public, so please call {{ contact.name }} at {{ contact.phone }},
and they will look into it with you.
""",
    "condition-plan-cost": """\
Thank you for telling us about this, {{ reviewer }}, and we're sorry it has been stressful.

To protect everyone's privacy we don't go into specifics here. {{ contact.name }} can talk it through with you:
{{ contact.phone }} or {{ contact.email }}.
""",
    "full-name-added": """\
We're sorry to read this, {{ reviewer }}. That is not the visit we want for anyone.

We'd like to understand what happened. Please reach {{ contact.name }} at {{ contact.phone }} so we can talk privately.
""",
    "mental-health-diagnosis": """\
Thank you for sharing this, {{ reviewer }}, and we're sorry for how you feel.

Everyone deserves to be heard. Please contact {{ contact.name }} at {{ contact.phone }}, and we'll listen.
""",
}


def _write(tmp_path: Path, name: str, scenario: str, body: str) -> tuple[Path, str, str]:
    rel = f"content/responses/{name}.md"
    text = FRONT.format(title=name.replace("-", " ").capitalize(), scenario=scenario) + body
    root = make_project(tmp_path, {rel: text})
    return root, rel, text


def _line(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize("name", sorted(ENFORCEMENT_CASES))
def test_reply_modelled_on_an_enforcement_case_fails_the_build(tmp_path, name):
    scenario, body, needle, code = ENFORCEMENT_CASES[name]
    root, rel, text = _write(tmp_path, name, scenario, body)
    report = check_project(root)
    privacy = [f for f in report.for_path(rel) if f.code.startswith("PHI")]
    assert privacy, f"{name}: no privacy finding"
    assert all(f.severity is Severity.ERROR for f in privacy)
    assert report.errors, "an error must fail `playbook check` and the build"
    expected = (rel, _line(text, needle), code)
    assert expected in {(f.path, f.line, f.code) for f in privacy}, [f"{f.line} {f.code} {f.message}" for f in privacy]


def test_each_case_is_caught_for_what_it_discloses(tmp_path):
    found = {}
    for index, (name, (scenario, body, _, _)) in enumerate(sorted(ENFORCEMENT_CASES.items())):
        root, rel, _ = _write(tmp_path / str(index), name, scenario, body)
        found[name] = {f.code for f in check_project(root).for_path(rel) if f.code.startswith("PHI")}
    assert {"PHI001"} <= found["missed-appointments"]  # confirms a patient, and their appointments
    assert {"PHI002"} <= found["condition-plan-cost"]  # condition, treatment and money
    assert {"PHI002", "PHI003"} <= found["full-name-added"]  # a name the reviewer never gave, plus treatment
    assert {"PHI002"} <= found["mental-health-diagnosis"]  # a diagnosis


@pytest.mark.parametrize("name", sorted(SAFE))
def test_safe_counterpart_passes(tmp_path, name):
    scenario = ENFORCEMENT_CASES[name][0]
    root, rel, _ = _write(tmp_path, name, scenario, SAFE[name])
    privacy = [f"{f.line} {f.code} {f.message}" for f in check_project(root).for_path(rel) if f.code.startswith("PHI")]
    assert privacy == []
