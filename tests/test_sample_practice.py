"""The shipped sample practice is realistic and clean: no finding above info."""

from __future__ import annotations

import collections

from playbook.findings import Severity
from playbook.model import GUIDELINES, STATUSES


def test_sample_has_no_finding_above_info(sample_report):
    serious = [f.text() for f in sample_report.findings if f.severity > Severity.INFO]
    assert not serious, "\n".join(serious)


def test_sample_is_realistic(sample_report):
    posts = sample_report.corpus.posts
    assert len(posts) >= 60
    months = {(p.publish.year, p.publish.month) for p in posts}
    assert len(months) >= 3
    assert len({c for p in posts for c in p.channels}) >= 5
    assert {p.guideline for p in posts} == set(GUIDELINES)
    assert {p.status for p in posts} == set(STATUSES)
    assert min(p.publish.year for p in posts) >= 2027


def test_sample_response_library_covers_the_scenarios(sample_report):
    responses = sample_report.corpus.responses
    assert len(responses) >= 10
    scenarios = collections.Counter(r.scenario for r in responses)
    for needed in ("billing", "wait-time", "staff-conduct", "medical-question-in-comments", "positive-review", "negative-review"):
        assert scenarios[needed], f"no response template for {needed}"


def test_sample_waivers_carry_real_reasons(sample_report):
    for item in (*sample_report.corpus.posts, *sample_report.corpus.responses):
        for waiver in item.waivers:
            assert len(waiver.reason.split()) >= 4, f"{item.path}: waiver of {waiver.rule} needs a real reason"
