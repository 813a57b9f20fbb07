"""Round 123: what sets of Montana, Nebraska, Oklahoma, Texas, Arizona and California posts and replies showed.

- A date followed by a colon ("seen <Month> 14th: your results ...") is a date: only a colon and a digit make a time.
- A sobriety counted ("months sober", "años sobria") is a recovery told, in a reply as a clinical word.
- A faith leader of a gurdwara or a mandir, at a place on a named road, with care: a granthi is one person as a pastor is.
Clean texts read as leaks: the care word in a staff member's or a crew's everyday title in a reply ("the x-ray guy", "the
outpatient crew", "our ultrasound tech"); the reader's own ("your x-ray tech") still confirms.
From final124 (held back): a copay paid for a changed review ("le cubrimos el copago") is a reward.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, hits, post, praise, response, with_staff


@pytest.mark.parametrize("text", ["Note for R.T., seen March 3rd: your biopsy results came back.", "A message for D.L., seen Aug 9: please call about your labs."])
def test_initials_and_a_visit_date_before_a_colon_are_tied(text):
    assert errors("PHI008", post(text))


def test_a_date_before_a_colon_at_an_event_ties_no_one():
    assert not errors("PHI008", post("Mark your calendar, May 3: free sports physicals at the rec center."))


def test_a_time_after_a_month_and_day_is_still_no_date():
    assert not errors("PHI008", post("Doors open Saturday at 9; Oct 4:30 is a typo we fixed."))


@pytest.mark.parametrize("text", ["Nine months sober! We could not be prouder of you.", "¡Dos años sobria! Qué orgullo verla tan bien."])
def test_a_counted_sobriety_in_a_reply_is_clinical(text):
    assert errors("PHI002", praise(text))


def test_a_faith_leader_at_a_gurdwara_with_care_is_singled_out():
    assert hits("PHI011", post("Congrats to the granthi at the gurdwara on Walton Avenue, who wrapped up his cardiac rehab with our team in June!"))


def test_a_faith_leader_at_a_gurdwara_hosting_us_is_no_one():
    assert not hits("PHI011", post("Thank you to the granthi at the gurdwara on Walton Avenue for hosting our free flu shot day!"))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks so much! The ultrasound gals printed this out for the break room.",
        "Glad you noticed the lab crew! They really are that fast.",
        "Wes is now calling himself the best MRI guy in the county. Thanks for the review!",
    ],
)
def test_a_care_word_in_a_staff_title_in_a_reply_is_ours(text):
    assert not errors("PHI002", praise(text), plans=with_staff("Wes"))


def test_the_readers_own_tech_still_confirms():
    assert errors("PHI002", praise("Your MRI tech says hi and hopes the scan was not too loud."))


@pytest.mark.parametrize(
    "text",
    [
        "Sorry about the wait. Change your rating to something kinder and we will pay your next copay.",
        "Lamentamos la demora. Si cambia sus estrellas, con gusto pagamos su copago del mes que viene.",
    ],
)
def test_a_copay_paid_for_a_changed_review_is_a_reward(text):
    assert errors("FTC004", response(text))


def test_a_plan_that_covers_the_copay_is_no_reward():
    assert not errors("FTC004", post("Good news: most plans now cover the copay for flu shots, so bring your card."))


@pytest.mark.parametrize("text", ["Thanks for walking with us at the Sober October kickoff!", "¡Gracias por venir a la plática sobre vivir sobrio en familia!"])
def test_sobriety_uncounted_in_a_reply_is_no_clinical_word(text):
    assert not errors("PHI002", praise(text))
