"""Round 33, places where a person's name would be (PHI003, place_frames.py, agency_handles.py): a town greeted in another
language as a post opens, a venue's name closed by its town, a list of places after a plural place noun, a school's
one-word name before its level in capitals, a state office's handle of initials and the state's name. What stays an
error: a town named like a person greeted in known words or told of care, a person called like a town with their care,
a person's initials beside a state. Each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.agency_handles import agency_handle

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=40, deadline=None)

# The shape, in five sentences of our own: a town or a school where a name would be, in an event or outreach post.
FIVE = [
    "Mabuhay, Vallejo! Free glucose and blood pressure checks at our fiesta booth on Sunday.",
    "Kermes familiar en Parque Lincoln, Harlingen! Habrá vacunas contra la gripe y toma de presión.",
    "Walked the neighborhoods of Tyler, Kilgore and Longview handing out flyers on diabetes screening.",
    "Sports physicals and vaccines this Thursday at Garfield MS, 3 to 6.",
    "Per @ODHOhio, measles cases are rising; check the vaccine record for every child.",
]


@pytest.mark.parametrize("text", FIVE)
def test_places_in_a_name_slot_pass(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mabuhay, Tyler! Your knee scope went great, see you at physical therapy.",  # a given name told of care
        "Congrats, Chelsea! You finished chemo today.",  # known words greet a given name
        "Austin had his knee scoped on Friday.",  # a person called like a town
        "Shoutout to @JRBTexas for trusting us with his hip replacement.",  # a person's initials beside a state
        "We started Whitney on steroids after her MS flared.",  # a condition of hers, not a school
        "Yay, Marion! Last round of radiation done, and the nurses lined the hall for you.",  # a cry any reader knows
        "WAY TO GO, TYLER! Six weeks of radiation finished here this morning.",  # a shouted cheer
    ],
)
def test_people_stay_named(text):
    assert hits("PHI003", text)


def test_an_address_of_a_patient_stays_an_address():
    assert hits("PHI009", "We delivered his walker to 14 Pecan Street yesterday.")


@pytest.mark.parametrize(
    ("handle", "office"),
    [("OHAOregon", True), ("OregonOHA", True), ("TDHTennessee", True), ("NMDOHNewMexico", True), ("JRBTexas", False), ("KimTexas", False)],
)
def test_state_office_handles(handle, office):
    assert agency_handle(handle) is office


@FUZZ
@given(
    st.sampled_from(["Mabuhay", "Xin chào", "Nyob zoo", "Iakwe", "Salaam"]),
    st.sampled_from(["Vallejo", "Westminster", "Fresno", "Stockton", "Lowell"]),
    st.sampled_from(["Free flu shots at the fair on Sunday.", "Vacunas gratis en la feria este sábado.", "Blood pressure checks at our booth all weekend."]),
)
def test_a_town_greeted_in_another_language_passes(greeting, town, rest):
    assert hits("PHI003", f"{greeting}, {town}! {rest}") == []


@FUZZ
@given(
    st.sampled_from(["the towns of {a}, {b} and {c}", "las colonias de {a}, {b} y {c}", "los barrios de {a}, {b} y {c}"]),
    st.sampled_from([("Tyler", "Kilgore", "Longview"), ("Austin", "Manor", "Elgin"), ("Marion", "Salem", "Dallas")]),
)
def test_a_list_of_places_passes(frame, towns):
    text = "Our promotoras knocked on doors in " + frame.format(a=towns[0], b=towns[1], c=towns[2]) + " teaching about asthma."
    assert hits("PHI003", text) == []


@FUZZ
@given(st.sampled_from(["Garfield", "Roosevelt", "Whitney", "Carver"]), st.sampled_from(["HS", "MS", "ES", "JHS"]))
def test_a_school_by_its_level_passes(school, level):
    assert hits("PHI003", f"Free sports physicals at {school} {level} on Monday, bring the signed form.") == []


def test_place_frames_reading_is_linear():
    """Each look is a bounded window before or after one word: doubling a text of near-misses at most doubles the work."""
    unit = "Mabuhay, Tyler! en Parque Lincoln, Fresno! the towns of Dallas, Salem and Marion, at Garfield MS, via @OHAOregon. "
    assert_linear("PHI003", unit)
