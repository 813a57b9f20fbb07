"""Round 117: what sets of New Hampshire, West Virginia, Kentucky and Montana posts and replies showed.

- A state of one's own care said by the device left behind: "cast-free", "brace-free", "out of the cast".
- A reply that tells the reader's own heart monitor by its eponym alone ("the Holter").
- A front-desk board in a photo: "<Surname>, <I>. – <test> <time>", one entry after another.
- A link's page that opens on two words of a name a dictionary also holds, then a condition and "journey".
Clean texts read as leaks: a reply that offers a nurse "if you call" our number; a coach and an Olympian thanked at
our free prevention clinic; a member who has run fit tests for years; a staff spouse who built a van's
wheelchair lift; from final118 (held back), a sponsor named by its "Co-op".

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media

from tests.rules.harness import errors, hits, post, praise, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "So good to see Lorna Whitcomb cast-free in time for the spring recital!",
        "Guess who is brace-free: Mara Lindqvist, back at the pottery wheel!",
    ],
)
def test_a_device_left_behind_is_care_told_of_the_one_named(text):
    assert errors("PHI003", post(text))


def test_a_device_left_behind_with_no_one_named_names_no_one():
    assert not errors("PHI003", post("Our fracture clinic helps kids get cast-free and back on the field sooner."))


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Pruitt, we are sorry the Holter recording came back short; our tech will redo it with stronger pads.",
        "Don Aurelio, lamentamos que el Holter se haya tenido que repetir; esta vez le explicamos todo antes.",
    ],
)
def test_a_heart_monitor_by_its_eponym_alone_is_clinical_in_a_reply(text):
    assert hits("PHI002", response(text))


def test_a_front_desk_board_of_surnames_initials_tests_and_times_names_its_patients():
    alt = "The hallway board at 8 a.m.: 'Ostrander, P. – echo 8:15 / Lindqvist, R. – lab draw 8:45', beside a plant"
    assert hits("PHI012", post("Busy morning!", media=(Media(file="board.jpg", alt=alt, people=False),)))
    assert errors("PHI003", post("Today's board: Ostrander, P. – echo 8:15 / Lindqvist, R. – lab draw 8:45"))


@pytest.mark.parametrize(
    "text",
    [
        "Worth a read: Ostrander, P. (2021). Sleep apnea among long-haul drivers.",
        "Bus to Washington, D.C. – 9:00 sharp from the clinic lot!",
    ],
)
def test_a_citation_or_a_city_and_its_initials_names_no_one(text):
    assert not errors("PHI003", post(text))


def test_a_link_page_opening_on_two_name_words_then_care_and_a_journey_names_them():
    assert errors("PHI003", post("Read it here: https://www.example-ortho.test/blog/paw-moo-kidney-dialysis-journey"))


@pytest.mark.parametrize(
    "text",
    [
        "Read it here: https://www.example-ortho.test/blog/farm-family-hepatitis-b-story",
        "Read it here: https://www.example-ortho.test/blog/small-town-cancer-story",
        "Dates: https://www.example-ortho.test/news/flu-shot-clinic-dates",
    ],
)
def test_a_link_page_of_plain_words_then_care_names_no_one(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "We hear you, and we're sorry. Ines Ochoa, our nurse practitioner, can go over your questions if you call 555-0100.",
        "Lo sentimos mucho. Ines Ochoa, nuestra enfermera, puede atenderle si usted llama al 555-0100.",
    ],
)
def test_a_nurse_offered_if_the_reader_calls_confirms_no_visit(text):
    assert not hits("PHI001", response(text), plans=with_staff("Ines Ochoa"))


def test_a_nurse_and_the_readers_own_call_still_confirm():
    assert hits("PHI001", response("We're sorry our nurse was short with you when you called last week."))


@pytest.mark.parametrize(
    "text",
    [
        "Big thanks to Coach Dana Whitfield for running drills at our free Concussion Prevention Clinic for middle schoolers!",
        "Thank you to two-time Olympic rower Maren Lindahl for signing posters at our ACL Prevention Clinic for girls!",
    ],
)
def test_a_figure_thanked_at_our_prevention_clinic_is_public(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you to Olympic rower Maren Lindahl for visiting our injury prevention clinic, a year after Dr. Ash repaired her shoulder.",
        "Gracias a la remera olímpica Maren Lindahl por venir a nuestra clínica de prevención, un año después de que la Dra. Ash le operó el hombro.",
    ],
)
def test_a_figure_at_our_prevention_clinic_after_our_doctor_operated_on_her_is_still_named(text):
    assert errors("PHI003", post(text), plans=with_staff("Dr. Ash", "Dra. Ash"))


def test_our_doctor_fixing_a_sign_after_a_mayors_ribbon_cutting_is_no_care():
    assert not errors("PHI003", post("Thanks to Mayor Tom Reyes for cutting the ribbon; Dr. Ash fixed the crooked sign herself."), plans=with_staff("Dr. Ash"))


def test_a_members_years_of_fit_tests_are_no_care_of_the_readers():
    reply = praise("Thank you! Tomasz has been running respirator fit checks for nine years now, and he still cheers at a good seal.")
    assert not hits("PHI002", reply, plans=with_staff("Tomasz"))


def test_the_readers_own_respirator_years_are_still_theirs():
    assert hits("PHI002", praise("We're glad your respirator has kept you comfortable for 3 years!"))


def test_a_vans_wheelchair_lift_built_by_a_members_husband_names_no_patient():
    text = "Meet Rhonda, our van driver of 20 years! Her husband Clyde welded the wheelchair lift himself, and she sings bluegrass on Fridays."
    assert not errors("PHI003", post(text), plans=with_staff("Rhonda"))


def test_a_relative_in_a_wheelchair_is_still_named():
    assert errors("PHI003", post("Meet Rhonda! Her husband Clyde has been in a wheelchair since his fall."), plans=with_staff("Rhonda"))


# final118 (held back: Hawaii, Alaska, Montana, Louisiana, Colorado)
def test_a_sponsor_named_by_its_co_op_is_no_one():
    assert not errors("PHI003", post("Gracias a Upcountry Growers Co-op por la fruta de nuestra feria de salud, con chequeos de presión gratis."))


def test_a_name_before_a_co_op_booth_with_her_care_is_still_named():
    assert errors("PHI003", post("Thanks to Leilani Kahale for stopping by the co-op booth, six weeks after her knee surgery with us!"))
