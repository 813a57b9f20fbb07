"""Round 40 (pub40): care of ours keeps a public figure named (PHI003), however the figure is introduced (a stage name
written without quotes after a role word, an office in apposition) and whatever they told the press after. Their own
care told elsewhere, or the topic of their telling, still passes. Every name here is invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.figure_care import our_care_after

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the five made-up sentences of the shape (EN/ES): a figure, then care placed with us
        ("Weekend talk show host Q-Tip Marlowe had a cyst drained here on Friday, and he joked about it on air.", True),
        ("Nuestro diputado, Anselmo Quiroga, se hizo su colonoscopia con nosotros y luego lo contó en la radio.", True),
        ("Boxer Saltamontes got his eyebrow stitched by our urgent care crew after the bout.", True),
        ("El rapero Trueno se fracturó la muñeca en el escenario y lo atendimos aquí.", True),
        ("Councilwoman Birdie Castellanos had her cataract removed at our eye center; she posted a photo from the lobby.", True),
        # their own care told elsewhere, or only the topic of their telling: no care of ours
        ("Boxer Saltamontes signed gloves at our booth and talked about his old rib fracture from a 2019 fight.", False),
        ("El rapero Trueno contó en su podcast que se fracturó la muñeca en una gira por Texas.", False),
        ("Singer Pavo Real will host our diabetes walk here on Saturday.", False),
    ],
)
def test_a_figure_with_our_care_stays_named(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


def test_our_care_after_needs_both_care_and_our_place():
    for said in (" had his appendix out here", " se opero la rodilla con nuestro Dr. Ruiz", " got stitches by our team"):
        assert our_care_after(said, 0, len(said))
    for said in (" had his appendix out in Denver", " will host our walk here", " se sumo a nuestra campana aqui"):
        assert not our_care_after(said, 0, len(said))
    # our event is where the figure was our guest; our place's own words name the place, not anyone's care
    for said in (" spoke of her hip surgery and served lemonade at our health fair", " cut the ribbon at our new dialysis wing"):
        assert not our_care_after(said, 0, len(said))
    assert our_care_after(" had her hip replaced at our orthopedic center", 0, 45)


@FUZZ
@given(
    st.sampled_from(
        [
            "Local {r} {n} had his appendix taken out here, and later told the paper all about it.",
            "Our {r}, {n}, got his shoulder scoped at our surgery center; he told reporters he feels fine.",
            "El {r} {n} se operó la nariz con nosotros la semana pasada.",
        ]
    ),
    st.sampled_from(["rapper", "DJ", "senator", "cantante", "alcalde"]),
    st.sampled_from(["Zorro Azul", "J-Bolt", "Tobiah Wrenfield", "Kimbo"]),
)
def test_figure_frames_with_our_care_are_named(frame, role, name):
    assert hits("PHI003", frame.format(r=role, n=name))


@FUZZ
@given(
    st.sampled_from(["Local {r} {n} signed posters at our booth on Saturday.", "El {r} {n} saludó a los corredores aquí en la meta."]),
    st.sampled_from(["rapper", "DJ", "senator", "cantante"]),
    st.sampled_from(["Zorro Azul", "J-Bolt", "Kimbo"]),
)
def test_figure_frames_without_care_pass(frame, role, name):
    assert hits("PHI003", frame.format(r=role, n=name)) == []


def test_pub40_readings_stay_linear():
    assert_linear("PHI003", "Local rapper J-Bolt had a cyst drained here. DJ Kimbo signed posters at our booth. ")
