"""`playbook review draft`: a reply checked against the public review it answers, before it is posted.

The coordinator pastes the review's text into stdin (or a git-ignored file).
The reply (a library template, or an edited text) is rendered with the
reviewer's public display name and checked twice:

- by every rule that checks a reply template (privacy, negatives, honest
  marketing, security), on the reply as it will read: an edited reply gets
  the same scrutiny the library's templates got;
- against the review (REV007, REV008): every clinical or personal detail the
  reply repeats from the review, or adds to it.

The review's text stays in memory: nothing here writes a file, and the
findings quote only the reply.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..config import load_rule_config
from ..findings import Finding, Severity, sort_key
from ..model import APPROVED_STATUSES, Contact, ResponseTemplate
from ..placeholders import REVIEWER_PLACEHOLDER, render_reply
from ..rules import all_rules
from ..rules.context import Context
from ..rules.registry import Rule
from .model import ReplyDraft, Review

PATH = "reply"
SKIPPED_FAMILIES = ("WF",)  # approvals belong to template files, not to a reply about to be pasted


@dataclass(frozen=True)
class DraftResult:
    reply: str  # as it would be posted
    findings: tuple[Finding, ...]

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)


def _self_rendering(plans):
    """Plans whose practice details render as their own placeholders, so the rules blank them as in a template."""
    practice = replace(plans.practice, name="{{ practice.name }}", contact=Contact("{{ contact.name }}", "{{ contact.phone }}", "{{ contact.email }}"))
    return replace(plans, practice=practice)


def _as_template(text: str, reviewer: str) -> str:
    """An edited reply with the reviewer's public name put back as `{{ reviewer }}` (the one name a reply may use)."""
    if not reviewer.strip():
        return text
    return re.sub(re.escape(reviewer.strip()), "{{ reviewer }}", text, flags=re.IGNORECASE)


def check_draft(
    corpus,
    today: dt.date,
    template: ResponseTemplate,
    review_text: str,
    *,
    reviewer: str = "",
    edited: str | None = None,
    review: Review | None = None,
) -> DraftResult:
    plans = corpus.plans
    body = _as_template(edited, reviewer) if edited is not None else template.body
    shown = render_reply(body, plans, reviewer.strip() or REVIEWER_PLACEHOLDER)
    checked = render_reply(body, _self_rendering(plans), "{{ reviewer }}")
    config, _ = load_rule_config(plans.rules)
    rules = all_rules()
    thresholds = {rule.code: {**rule.thresholds, **config.thresholds.get(rule.code, {})} for rule in rules}
    ctx = Context(corpus, today, thresholds)
    found: list[Finding] = []
    reply = ResponseTemplate(PATH, template.title, review.scenario if review else template.scenario, template.platforms, "draft", checked if checked is not None else body, 1)
    for rule in rules:
        if rule.check is None or not config.enabled(rule.code) or rule.family in SKIPPED_FAMILIES:
            continue
        if rule.scope in ("response", "document"):
            found += [_finding(rule, hit) for hit in rule.check(reply, ctx)]
        elif rule.scope == "reply" and shown is not None:
            draft = ReplyDraft(shown, review_text, reviewer.strip(), PATH)
            found += [_finding(rule, hit) for hit in rule.check(draft, ctx)]
    found += _fit(template, review)
    found = [replace(f, severity=config.severity_for(f.code, f.severity)) for f in found if config.enabled(f.code)]
    return DraftResult(shown if shown is not None else body, tuple(sorted(set(found), key=sort_key)))


def _finding(rule: Rule, hit) -> Finding:
    return Finding(PATH, hit.line, rule.code, hit.message, hit.severity_under(rule), hit.column, hit.hint)


def _fit(template: ResponseTemplate, review: Review | None) -> list[Finding]:
    """The log's own rules, asked before the reply goes out: an approved template, for this scenario and platform."""
    found = []
    if template.status not in APPROVED_STATUSES:
        found.append(
            Finding(
                template.path,
                template.line_of("status"),
                "REV003",
                f"'{template.title}' is '{template.status}', not approved: do not post it",
                Severity.ERROR,
                hint="choose an approved template from the response library",
            )
        )
    if review is not None and template.scenario != review.scenario:
        found.append(
            Finding(
                template.path,
                template.line_of("scenario"),
                "REV004",
                f"'{template.title}' is written for '{template.scenario}', but {review.id} is a '{review.scenario}' review",
                Severity.WARNING,
                hint="choose a template for this scenario",
            )
        )
    if review is not None and template.platforms and review.platform not in template.platforms:
        found.append(Finding(template.path, template.line_of("platforms"), "REV006", f"'{template.title}' is not written for {review.platform}", Severity.INFO))
    return found
