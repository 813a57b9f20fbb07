"""PHI003: a given name and a surname that are both also English words ("Ambrose Keel", "Rose Marsh") name someone
when their sentence tells of care, as any full name does; elsewhere they may be a painter, a lodge or a park.

Every name here is invented.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import wordnames

from tests.rules.harness import hits, post
from tests.rules.work import grows_linearly

REFUSED = [
    "Reminder for Ambrose Keel: your follow-up visit is Tuesday at 10:30 am.",
    "Ambrose Keel had his knee surgery here last spring and is back on the trail.",
    "Big congrats to Rose Marsh, who finished physical therapy with us today!",
    "Felicidades a Rose Marsh, que terminó su fisioterapia con nosotros.",
]
PASSED = [
    "Hope Lodge offers free rooms to families during treatment far from home.",
    "Thanks to Ambrose Keel for lending the chairs at the street fair.",
    "Rose Marsh Park opens its new walking loop on Saturday.",
    "Summer Knee Injuries: What Every Runner Should Know",  # a title in capitals: the run goes on past two words
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_pair_of_word_names_with_care_in_its_sentence_is_refused(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize("text", PASSED)
def test_a_pair_of_word_names_without_care_or_as_a_place_passes_as_an_error(text):
    assert not [h for h in hits("PHI003", post(text)) if h.severity is None or h.severity.name == "ERROR"]


def test_the_care_reading_of_word_pairs_stays_linear():
    def run(count):
        return hits("PHI003", post("Ambrose Keel came by for his knee. " * count))

    assert grows_linearly(wordnames, run, package=True)
