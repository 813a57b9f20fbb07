"""FM: a build set up outside plans/: the site's identity in mkdocs.yml, or another engine version than the practice pins."""

from __future__ import annotations

from ...findings import Severity
from ..registry import declare


@declare("FM040", "site-identity-outside-plans", severity=Severity.WARNING)
def site_identity_outside_plans():
    """mkdocs.yml names the site or its address differently from plans/practice.yml.

    What it flags:
        In mkdocs.yml, a `site_name` other than the neutral `Social Media
        Playbook` (or the title the build makes from the practice's name), a
        `site_url` other than `playbook_url` in plans/practice.yml, or a
        `site_description` other than the one the build writes. The build
        replaces all three with values made from plans/practice.yml; the
        finding says the file still carries something else.

    Why:
        A practice's name and address belong in one file. A copy of another
        practice's mkdocs.yml keeps that practice's title and address, and its
        subscribe links would send staff to the other practice's calendar.

    Examples:
        Triggers: `site_name: Riverside Family Clinic · Social Media Playbook` in mkdocs.yml (the practice is Maplewood Family Clinic).
        Triggers: `site_url: https://playbook.other-practice.test/` in mkdocs.yml when plans/practice.yml says `playbook_url: https://playbook.clinic.test/`.
        Passes: `site_name: Social Media Playbook` in mkdocs.yml (no `site_url`).
        Passes: `site_url` equal to `playbook_url` (with or without the last slash).
    """


@declare("FM041", "engine-version-differs", severity=Severity.WARNING)
def engine_version_differs():
    """The engine running the checks is not the version the practice pins in requirements.txt.

    What it flags:
        A `practice-playbook==X` line (or a git URL ending in the tag `@vX`)
        in requirements.txt, when the engine running `playbook check` or the
        build reports another version. A pin the engine cannot read a version
        from (a wheel file, a commit) is left alone.

    Why:
        Upgrading a practice is changing that one line; CI installs it. A
        laptop or a pre-commit hook still on the old engine would check posts
        against other rules than CI does, and disagree about what passes.

    Examples:
        Triggers: `practice-playbook==99.0.0` in requirements.txt while an older version runs the checks.
        Triggers: `practice-playbook @ git+https://github.com/example/practice-playbook@v42.1.0` while an older version runs them.
        Passes: a requirements.txt that pins the version running the checks.
        Passes: a practice without requirements.txt (this repository's sample).
    """
