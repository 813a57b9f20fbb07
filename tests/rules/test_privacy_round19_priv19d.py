"""Round 19, part D: one person singled out by a role or a position in a named group or place, with care told in the
post (PHI011, group_roles.py), and a licence plate after its state's code (PHI007). What passes, what stays an error,
and that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import group_roles

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=40, deadline=None)


def _found(text: str) -> list[str]:
    return [match.group(0) for match in group_roles.singled_out(fold(text).text)]


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("The doorman from the hotel next to Quillon Square came in with a gash. He needed nine stitches.", "The doorman from the hotel next to Quillon Square"),
        ("A Pembrook Middle clarinet finished her asthma care with us.", "A Pembrook Middle clarinet"),
        ("He broke his wrist in March. Number 14 on the Ridgeview Otters is back!", "Number 14 on the Ridgeview Otters"),
        ("Saludos al panadero de la esquina de la calle Roble: su operación salió bien.", "al panadero de la esquina de la calle Roble"),
        ("Her knee brace is gone! The Carver High 8th grader ran the mile today.", "The Carver High 8th grader"),
    ],
)
def test_a_role_in_a_named_place_with_care_nearby(text, described):
    assert described in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The doorman from the hotel next to Quillon Square waved at the runners of our 5K.",  # no one's care
        "Our trumpet player at Quillon Square led the parade. She also had her flu shot with us.",  # "our": one of us
        "The 8th graders at Carver High learned CPR from our nurses.",  # a crowd
        "Number 14 on the Ridgeview Otters tore his ACL on Sunday, the club said.",  # news, no care of ours
        "The trumpet section at Carver High played for our open house.",
    ],
)
def test_what_passes(text):
    assert _found(text) == []


@FUZZ
@given(
    st.sampled_from(
        [
            "the {role} from the shop across from {place}",
            "a {place} {part}",
            "the {role} at {place}",
            "la {role_es} del taller de la calle {place}",
        ]
    ),
    st.sampled_from(["bouncer", "barber", "cashier", "groundskeeper"]),
    st.sampled_from(["snare", "first-chair trumpet", "goalie", "7th grader"]),
    st.sampled_from(["maestra", "cajera", "costurera"]),
    st.sampled_from(["Lindell Park", "Marrow Creek", "Halvorsen", "Ocotillo"]),
    st.sampled_from(["She finished her knee rehab with us this week.", "He needed twelve stitches and a tetanus shot.", "Ya terminó sus terapias con nosotros tras su cirugía."]),
)
def test_a_role_at_a_place_with_care_is_flagged(frame, role, part, role_es, place, care):
    described = frame.format(role=role, part=part, role_es=role_es, place=place)
    text = f"Shoutout to {described}! {care}"
    assert hits("PHI011", text), text


@FUZZ
@given(
    st.sampled_from(["the {role} from the shop across from {place}", "a {place} {part}", "the {role} at {place}"]),
    st.sampled_from(["bouncer", "barber", "cashier", "groundskeeper"]),
    st.sampled_from(["snare", "first-chair trumpet", "goalie"]),
    st.sampled_from(["Lindell Park", "Marrow Creek", "Halvorsen"]),
)
def test_a_role_at_a_place_without_care_passes(frame, role, part, place):
    text = f"Shoutout to {frame.format(role=role, part=part, place=place)} for cheering at our 5K on Saturday!"
    assert hits("PHI011", text) == [], text


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Whoever left the Civic with plates WI PT 50217 running in our lot: your keys are at the desk.", True),
        ("La camioneta con placas AZ GHT 9021 sigue con las luces prendidas.", True),
        ("New plates for the clinic van arrive in 2027.", False),
    ],
)
def test_a_plate_after_its_state_code(text, flagged):
    assert bool(hits("PHI007", text)) is flagged


def test_group_roles_reading_is_linear():
    """Each description is read in a bounded window and each sentence judged once: doubling a text doubles the work."""
    unit = (
        "The barber from the shop across from Lindell Park waved. A Carver High snare marched. Number 4 on the Otters ran. "
        "La maestra de salsa del estudio de la avenida Roble. He had stitches. At Carver High's homecoming the a the crown. "
    )
    assert_linear("PHI011", unit)
