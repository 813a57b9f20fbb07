"""The privacy rules' clinical vocabulary on lists nobody here wrote: tests/eval/vocabulary, measured by scripts/eval_vocabulary.

A condition, a procedure or a medicine the rules do not know as care lets a person named beside it through, so each
list's clinical entries must mostly be known.
"""

from __future__ import annotations

import pytest

from tests.conftest import eval_module


@pytest.fixture(scope="module")
def module():
    return eval_module("eval_vocabulary")


@pytest.fixture(scope="module")
def measured(module):
    return module.measure(module.DEFAULT_CORPUS)


def test_the_lists_are_large_and_labelled(module, measured):
    assert set(measured) == {"probe1-labelled.tsv", "probe2-heldback.txt"}
    assert all(row["clinical"] >= 400 for row in measured.values())
    labels = {label for _, label in module.load(module.DEFAULT_CORPUS / "probe1-labelled.tsv")}
    assert labels == {"clinical", "admin", "ambiguous"}


@pytest.mark.parametrize(("name", "least"), [("probe1-labelled.tsv", 0.88), ("probe2-heldback.txt", 0.90)])
def test_most_clinical_entries_are_known(measured, name, least):
    assert measured[name]["recall"] >= least, measured[name]["missed"]


@pytest.mark.parametrize(("entry", "expected"), [("afib", True), ("estreñimiento", True), ("fever", True), ("telehealth", False), ("copago", False), ("port", False)])
def test_an_entry_is_known_alone_or_said_of_someone(module, entry, expected):
    assert module.known(entry) is expected
