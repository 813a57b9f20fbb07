"""Round 24, people thanked who are no patients (PHI003, community_roles.py, public.py): an elected official opening
a new room of ours, a teacher's class thanked, a neighbour thanked with the business they came from, volunteers
listed after a comma, a clinician with her licence after her name. What passes, what stays an error, and that each
reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=30, deadline=None)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Supervisor Wilma Tarrant cut the ribbon on our brand-new wound care center.", False),
        ("El regidor Anselmo Quiroga inauguró nuestra nueva unidad de diálisis.", False),
        ("Senator Ilse Marrow toured our new imaging suite on Friday.", False),
        ("Get well soon, Senator Ilse Marrow, after your hip surgery last week.", True),
        ("Commissioner Tobias Wren woke up in our recovery room this morning.", True),
        ("Shout out to Mr. Dorian Ashby's second grade class for the thank-you posters!", False),
        ("Mr. Dorian Ashby's kids came in for their checkups today.", True),
        ("Thanks to Mr. Hollis Grange from the hardware store, who lent us the tables!", False),
        ("Thanks to Mr. Hollis Grange from the hardware store for trusting us with his knee replacement.", True),
        ("Thank you to the volunteers of the Lions, Renata and Osvaldo, for the lemonade.", False),
        ("Thank you to our volunteers, Renata and Osvaldo; Renata had her gallbladder out with us in May.", True),
        ("Marisela Okoro, LCSW, will lead the caregiver talk on Tuesday.", False),
        ("Marisela Okoro, RN, finished her chemo with our team this spring.", True),
    ],
)
def test_people_thanked_by_what_they_do(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


@FUZZ
@given(
    st.sampled_from(
        [
            "Thanks to Ms. {n}'s 3rd graders for the posters.",
            "Gracias al Sr. {n} de la tortillería por las tortillas de la feria.",
            "Our volunteers this morning, {n} and Tobin Reyes, ran the raffle.",
            "{n}, PA-C, answered questions at our table.",
            "Councilwoman {n} opened our new pediatric wing today.",
        ]
    ),
    st.sampled_from(["Idalia Brenner", "Cosme Valdivia", "Perpetua Lund", "Anacleto Ruiz"]),
)
def test_neighbours_pass_without_care(frame, name):
    assert hits("PHI003", frame.format(n=name)) == []


@FUZZ
@given(
    st.sampled_from(
        [
            "Thanks to Ms. {n}'s 3rd graders! {n} just finished her radiation with us.",
            "Gracias al Sr. {n} de la tortillería por confiarnos su cirugía de cadera.",
            "{n}, PA-C, was our patient after her car accident.",
            "Councilwoman {n} is recovering in our new pediatric wing after her surgery.",
        ]
    ),
    st.sampled_from(["Idalia Brenner", "Cosme Valdivia", "Perpetua Lund", "Anacleto Ruiz"]),
)
def test_neighbours_with_their_care_stay_named(frame, name):
    assert hits("PHI003", frame.format(n=name))


def test_role_class_business_and_licence_readings_are_linear():
    """Each look is a bounded window before or after one name: doubling a text of near-misses at most doubles the work."""
    unit = "Ms. Ada Lott's class. Sr. Ivo Paz de la ferreteria, gracias. volunteers, Ana and Bo. Eli Tam, RN, spoke. Mayor Ro Vix opened our new eye suite. "
    assert_linear("PHI003", unit)


def test_new_room_reading_is_linear():
    unit = "Senator Lia Moor visited our new new new recovery infusion room, nuestra nueva sala de la espera. "
    assert_linear("PHI003", unit)
