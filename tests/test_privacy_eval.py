"""The detectors on text nobody here wrote: tests/eval/privacy, measured by scripts/eval_privacy.

A leak counts only when a rule of its own family reports an error on it (a reply stopped for
lacking a contact route would be fixed and published with the disclosure intact).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util

import pytest

from tests.conftest import REPO


def _eval_module():
    path = REPO / "scripts" / "eval_privacy"
    loader = importlib.machinery.SourceFileLoader("eval_privacy", str(path))
    spec = importlib.util.spec_from_loader("eval_privacy", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def summary():
    module = _eval_module()
    cases = module.load_cases([module.DEFAULT_CORPUS])
    assert len(cases) >= 400
    _, result = module.evaluate(cases)
    return result


def test_the_corpus_is_large_varied_and_bilingual(summary):
    counts = summary["counts"]
    assert counts["privacy"][1] >= 200 and counts["clean"][1] >= 150
    assert summary["by_lang"]["es"]["total"] >= 60
    assert summary["parse_errors"] == 0  # every case reached the rules as the file an author would write


def test_privacy_recall_is_at_least_97_percent(summary):
    assert summary["privacy_recall"] >= 0.97, summary["by_kind"]


def test_every_kind_of_leak_is_mostly_caught(summary):
    weak = {kind: row["recall"] for kind, row in summary["by_kind"].items() if row["recall"] < 0.90}
    assert not weak


def test_other_families_catch_at_least_90_percent(summary):
    assert summary["other_recall"] >= 0.90


def test_clean_texts_raise_at_most_5_percent_false_privacy_alarms(summary):
    assert summary["false_positive_rate"] <= 0.05
    assert summary["other_false_positive_rate"] <= 0.05
