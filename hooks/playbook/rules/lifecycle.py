"""FM050: what a practice hears when it names a rule on its way out.

A rule's status (stable, preview, deprecated, removed) lives in the registry;
check.py (waivers) and config.py (plans/checks.yml) report this code when an
entry names a deprecated or removed rule, so an upgrade never breaks a build
over a rule that changed its status.
"""

from __future__ import annotations

from ..findings import Severity
from .registry import declare


@declare("FM050", "names-retired-rule", severity=Severity.WARNING)
def names_retired_rule():
    """A waiver or plans/checks.yml names a deprecated or removed rule.

    What it flags:
        A waiver, or an entry under `rules:` in plans/checks.yml (`select`,
        `ignore`, `severity`, `thresholds`, `preview`), that names a rule by
        its code or its alias when that rule is deprecated (it still runs and
        the entry still works) or removed (it never runs, so the entry does
        nothing). The message says which rule replaces it, if one does.

    Why:
        Rules change as the playbook learns, and a practice's files outlive
        any one version of the engine. Naming a retired rule is not a
        mistake that should stop a build, but it is a stale line: a waiver
        of a removed rule hides nothing, and the rule that replaced it may
        need a waiver or a setting of its own.

    Examples:
        Triggers: `waivers: [{rule: NEG005, reason: "..."}]` (NEG005 was removed; FTC004 replaces it).
        Triggers: `rules: {ignore: [negatives-review-incentive]}` in plans/checks.yml (NEG005 by its alias).
        Triggers: `rules: {severity: {NEG005: warning}}` in plans/checks.yml.
        Passes: `waivers: [{rule: FTC004, reason: "..."}]` (a stable rule).
        Passes: `rules: {ignore: [NEG]}` (a family; it names no retired rule by itself).
    """
