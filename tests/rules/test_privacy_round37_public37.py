"""Round 37 (public37): clean texts read as one person's care. A schedule's interval ("cada 2 anos de los 65 en adelante")
is no one's course of care (milestones.py), and a building someone opened or runs is no player, whatever their own story
the sentence tells (venues.py). A patient's course of care and a player named with care stay errors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.milestones import milestone_of_one

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("La densitometría ósea se repite cada 2 años de los 65 en adelante, y el examen de la vista cada 4 años en adultos sanos con glaucoma en la familia.", False),
        ("Se aplica el refuerzo de tétanos cada 10 años de por vida, y la prueba de hepatitis C una vez en adultos.", False),
        ("El chequeo de colesterol cada 5 años de los 20 a los 40, o más seguido si hay diabetes en la familia.", False),
        ("A diabetic eye exam every 2 years of stable sugars is fine; with retinopathy, every 1 year of follow-up with our eye doctor.", False),
        ("Adults over 45 should get a colon check every 10 years of average risk.", False),
        # a course of care stays a story
        ("She finished 3 years of chemo with us last month and rang the bell.", True),
        ("Don Aurelio cumplió 5 años de diálisis con nosotros.", True),
    ],
)
def test_a_schedule_interval_is_no_course(text, flagged):
    assert bool(hits("PHI013", post(text))) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Happy 12 years to our nurse manager, who opened our Riverside dialysis center in 2014 and beat thyroid cancer herself along the way.", False),
        ("Nuestra directora fundó nuestro centro de Valle Alto en 2010 y ella misma es sobreviviente de cáncer de mama.", False),
        ("Our founder built the Hillcrest wellness center in 1998 and had his own bypass there years later.", False),
        ("La doctora inauguró nuestro centro de Lomas en 2005, y ella misma venció el cáncer de colon.", False),
        ("Our chief runs the Westgate infusion center and is a lymphoma survivor herself.", False),
        # a player stays a player
        ("The Lakeview High center had his ACL repaired here last week.", True),
        ("The starting center at Central High finished his knee rehab with us.", True),
    ],
)
def test_a_building_someone_opened_is_no_player(text, flagged):
    assert bool(hits("PHI011", post(text))) is flagged


TOWNS = st.sampled_from(["Riverside", "Eastgate", "Palo Verde", "Northfield", "Las Lomas"])
KINDS = st.sampled_from(["dialysis", "infusion", "cancer", "wellness", "sleep"])


@FUZZ
@given(TOWNS, KINDS)
def test_fuzz_opened_center(town, kind):
    assert not hits("PHI011", post(f"Our director opened our {town} {kind} center in 2011 and is a survivor herself."))


@FUZZ
@given(st.integers(1, 12), st.sampled_from(["cada", "every"]))
def test_fuzz_interval(count, every):
    unit = "años" if every == "cada" else "years"
    assert milestone_of_one(f"La prueba, {every} {count} {unit} entre los 40 y los 60, y el examen.") is None


def test_intervals_read_linearly():
    assert_linear("PHI013", "La prueba cada 4 anos entre los 40 y los 60 y la otra cada 2 anos desde los 61. ")


def test_opened_read_linearly():
    assert_linear("PHI011", "Our chief opened our Eastgate infusion center and is a survivor herself. ")
