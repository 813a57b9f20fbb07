"""PHI003's severity: a name is an error where the text ties someone to care, a warning in a post that ties no one.

A name with no care is not a disclosure, so the build should not stop for a volunteer thanked or a speaker at a fair;
but a coordinator should still look twice, so it stays a warning. A reply names no one safely: always an error.
Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.findings import Severity

from tests.rules.harness import findings, post, response

UNTIED_POSTS = [
    "Say hello to Ofelia Strand at the raffle table on Saturday!",
    "Leontyne Farrow y Reinaldo Cuevas ganaron el concurso de chili del barrio.",
    "Happy retirement to Ofelia Strand after 30 years at the post office on Main!",
    "¡Felicidades a Reinaldo Cuevas por su nuevo restaurante en la calle Juárez!",
]
TIED_POSTS = [
    "Congrats to Ofelia Strand, who finished her last round of chemo with us this week!",
    "Reinaldo Cuevas ya terminó su terapia de rodilla con nosotros. ¡Felicidades!",
    "Reminder for Leontyne Farrow: your follow-up visit is Tuesday at 10:30 am.",
    "Found in our waiting room: a wallet with an ID for Leontyne Farrow. Stop by the front desk.",
    "Ofelia Strand (MRN 40012345) stopped by with cookies for the front desk!",
    "Reinaldo Cuevas, fecha de nacimiento 02/11/1961, ganó la rifa del sábado.",
]


def _severities(example) -> set[Severity]:
    return {f.severity for f in findings("PHI003", example)}


@pytest.mark.parametrize("text", UNTIED_POSTS)
def test_a_name_in_a_post_that_ties_no_one_to_care_is_a_warning(text):
    assert _severities(post(text)) == {Severity.WARNING}


@pytest.mark.parametrize("text", TIED_POSTS)
def test_a_name_in_a_post_that_tells_care_or_a_visit_is_an_error(text):
    assert Severity.ERROR in _severities(post(text))


@pytest.mark.parametrize("text", UNTIED_POSTS)
def test_a_name_in_a_reply_is_an_error_whatever_it_says(text):
    assert Severity.ERROR in _severities(response(text))


@settings(max_examples=25, deadline=None)
@given(
    name=st.sampled_from(["Ofelia Strand", "Reinaldo Cuevas", "Leontyne Farrow"]),
    care=st.sampled_from(["had her knee surgery here", "came in for his checkup", "terminó sus quimios con nosotros", "got her flu shot at our clinic"]),
)
def test_care_told_of_the_person_named_keeps_the_error(name, care):
    assert Severity.ERROR in _severities(post(f"Big news: {name} {care} last week!"))
