"""FM: waivers that give no reason, waive nothing, or waive a privacy rule without the privacy role's approval."""

from __future__ import annotations

from ...findings import Severity
from ..registry import declare


@declare("FM013", "waiver-without-reason")
def waiver_without_reason():
    """A waiver that does not say why the rule does not apply.

    What it flags:
        An entry under `waivers:` with a `rule` but no `reason`, or a reason
        too short to explain anything (under 10 characters).

    Why:
        A waiver switches a check off for one file. The reviewer who approves
        the post, and the privacy officer who audits it later, need to know
        why that was safe.

    Examples:
        Triggers: `waivers: [{rule: PER002}]`.
        Triggers: `waivers: [{rule: PER002, reason: ok}]`.
        Passes: `waivers: [{rule: PER002, reason: "Quotes the exact wording of the recall notice"}]`.
    """


@declare("FM014", "unused-waiver", severity=Severity.WARNING)
def unused_waiver():
    """A waiver that suppresses nothing.

    What it flags:
        A waiver for a rule that raised no finding in this file.

    Why:
        Stale waivers pile up after edits and would silently hide a real
        problem the next time the text changes. Remove them once unneeded.

    Examples:
        Triggers: `waivers: [{rule: CH001, reason: "Our address is long in every language"}]` (the post fits every channel).
        Passes: the same waiver on a post that really is over a limit for a stated reason.
    """


@declare("FM015", "privacy-waiver-unapproved")
def privacy_waiver_unapproved():
    """A privacy (PHI) finding waived without the privacy officer's approval.

    What it flags:
        A waiver of a PHI rule in a file whose `approvals` has no entry by a
        team member in the `privacy` role.

    Why:
        Privacy rules guard against exposing a patient, which carries real
        fines and real harm. Only the privacy officer may decide that a
        flagged name or number is safe, so the waiver only counts once they
        have signed the file off.

    Examples:
        Triggers: `waivers: [{rule: PHI003, reason: "Dr. Seuss is an author, not a patient"}]` with `approvals: [{by: dr-chen, role: clinical, on: 2027-01-05}]` (no privacy approval).
        Passes: `waivers: [{rule: PHI003, reason: "Dr. Seuss is an author, not a patient"}]` with `approvals: [{by: dr-chen, role: clinical, on: 2027-01-05}, {by: pat, role: privacy, on: 2027-01-05}]`.
    """
