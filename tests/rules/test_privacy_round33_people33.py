"""Round 33, part A (people33): one recognisable person with their care. An adult known by a named team's, plant's or
union's gear in a photo's alt (worn.py), a check said as theirs ("got his annual checkup", care.py), Spanish plurals of
a course of care ("dos años de terapias"), the ones the town saw in the news with care of ours (recognised.py), and a
lower-case "calle"/"avenida" with a house number (PHI009). What passes, what stays an error, and that each reading
stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.rules.privacy import care, recognised, worn

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=30, deadline=None)


def alt(text: str):
    return post("Photo of the day.", media=[Media("images/day.jpg", text, True, "", None, 14)])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a Lakeview Prep swimmer in her green team cap, her shoulder in a sling", True),
        ("a retired Millbrook Foundry welder in his Steelworkers Local 88 vest after his stent", True),
        ("un bombero de Ridgeview con su chaleco, tras la cirugia de rodilla", True),
        ("a patient in her hospital gown waits for her scan", False),  # no named gear: a stock photo
        ("a nurse in her Riverside scrubs after the surgery", False),  # our staff
    ],
)
def test_named_gear_reads_the_frame(text, found):
    assert bool(list(worn.singled_out(text))) is found


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("he finally got his annual checkup with us", True),
        ("she did her screening last week", True),
        ("Dr. Amaro and her screening team ran free checks", False),
        ("everyone over 45 should book a screening", False),
    ],
)
def test_a_check_said_as_theirs(text, own):
    assert care.cared_for(text, 0, len(text)) is own


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Remember the little drummer who was on the evening news? He just finished his chemo with us!", True),
        ("Remember the measles outbreak that made the news? Cases are down thanks to our vaccine clinic.", False),
        ("The senator who made headlines spoke about her own cancer screening.", False),
        ("Our clinic made the news! Channel 5 featured our diabetes class.", False),
    ],
)
def test_news_nod_needs_one_person_and_our_care(text, found):
    assert bool(list(recognised.nods(text))) is found


@FUZZ
@given(
    st.sampled_from(["a {p} High diver in his red team cap", "a retired {p} Mill sorter in her Local 9 jacket", "a {p} Academy goalie in her blue jersey"]),
    st.sampled_from(["Pinecrest", "Oakhollow", "Sauk Valley", "Brightwater"]),
    st.sampled_from(["with his wrist still in a cast", "after her knee surgery with us", "holding the brace from her recovery"]),
)
def test_named_gear_with_care_is_an_error(frame, place, cared):
    assert hits("PHI011", alt("Kelsey cheering beside " + frame.format(p=place) + ", " + cared + "."))


@FUZZ
@given(
    st.sampled_from(["a {p} High diver in his red team cap", "a {p} Academy goalie in her blue jersey"]),
    st.sampled_from(["Pinecrest", "Oakhollow", "Brightwater"]),
    st.sampled_from(["waving at the parade", "signing autographs at the fair", "at the season opener"]),
)
def test_named_gear_without_care_passes(frame, place, scene):
    assert hits("PHI011", alt("Kelsey beside " + frame.format(p=place) + ", " + scene + ".")) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Dejamos la silla de ruedas en la calle Robles 212 para su recuperación.", True),
        ("We dropped the walker off at avenida Morelos 91 after her fall.", True),
        ("La carrera pasa por el Parque Central 5 veces.", False),
    ],
)
def test_lower_case_street_words(text, flagged):
    assert bool(hits("PHI009", post(text))) is flagged


def test_named_gear_reading_is_linear():
    unit = "A Pinecrest High diver in his red cap waved. A a an in his Local jacket smiled. "
    assert_linear("PHI011", unit)


def test_news_nod_reading_is_linear():
    unit = "Remember the twin who made the news? They came by. the that made the paper and who was on TV. "
    assert_linear("PHI011", unit)


def test_own_check_reading_is_linear():
    unit = "He got his annual screening team. She did her checkup day. had their "
    assert_linear("PHI011", unit)


def test_lower_case_street_reading_is_linear():
    unit = "en la calle Robles de la avenida Los Pinos y calle "
    assert_linear("PHI009", unit)
