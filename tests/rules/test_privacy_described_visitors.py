"""Anyone described before "who", told by the day they came with their care: PHI008 without a list of trades.

Only people are "who" in English, so "the <anything> who came in <day>" is one person; as for the listed workers, a
patient only with care or mending told with them, never one of ours, and a crowd ("everyone who came in") is no one.

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import dates, visit_times

from tests.rules.harness import hits, post
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "The landscaper who came in Friday, May 9 with the trimmer cut is healing nicely.",
        "The nanny who came in Thursday, April 10 with the sprained wrist is doing great.",
        "The roofer with the burned palm who came in Monday, June 2 is back on the job.",
        "A glazier from the Pettit shop who stopped by on 6/3 with glass in his eye is seeing fine again.",
        "To the sous-chef who came in Tuesday, March 4 at 3pm with the knife cut: keep that bandage dry!",
    ],
)
def test_one_described_before_who_with_their_day_and_care_refuses(text):
    assert hits("PHI008", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "The plumber who came in Monday, June 2 fixed the break room sink, thank you!",
        "The tech who came in Monday, June 2 fixed our X-ray machine!",
        "Thanks to the bakery owner who dropped off pan dulce on May 9!",
        "Everyone who came in on May 3 with a flu shot card gets a raffle ticket.",
        "Our hygienist who came in Monday, June 2 with the flu is home resting.",
        "The mayor who visited on May 9 cut the ribbon on our new wing.",
    ],
)
def test_one_described_before_who_with_no_care_of_theirs_passes(text):
    assert not hits("PHI008", post(text))


def test_a_long_run_of_who_clauses_is_read_in_bounded_windows():
    """Each "who" reads a bounded window back to its description: twice the clauses cost about twice the work."""
    fragment = "the plumber, the tiler and the painter who came in May 3 with "

    def run(n: int) -> None:
        list(visit_times.told_visits(fragment * n, dates._DATE))

    assert grows_linearly(visit_times, run, small=40)
