"""Round 32, words that name no person (PHI003): an item of a bulleted list opens like a sentence (spanish_openers.
after_symbol), a greeted run read one word past its end so a body's word there ends it ("<Town> Boxing Club"), and a
body named for its city ("<Word> Chicago"). A patient named with their care stays an error. Every name is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=30, deadline=None)

# Five made-up texts of the kinds read here, sharing no content words with the corpus cases
MADE_UP = [
    "Checklist for the hiking trip:\n• Niño mayor de 5 años: agua, gorra y bloqueador.\n• Adultos: botas cerradas.",
    "Wrist-guard tips:\n- Grace under pressure is a skill: practice falling on grass first.",
    "Big thanks to Westbrook Rowing Club for lending oars at our ankle-sprain clinic!",
    "Gracias a Comunidad Unida Houston por los voluntarios en la campaña de vacunas contra la gripe.",
    "Shoutout to Harvest Table Denver for feeding the volunteers at our blood-pressure screening.",
]


@pytest.mark.parametrize("text", MADE_UP)
def test_made_up_texts_of_the_kind_pass(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our list today:\n• Mateo had his cast taken off after the fracture.",
        "Thanks to Odalys Trevino for coming by after her knee surgery!",
        "Thanks to Maria Houston for bringing the twins in after her C-section.",
        "Gracias a Beto Salcido Ruiz por visitarnos después de su cirugía de cadera.",
    ],
)
def test_a_patient_with_their_care_stays_named(text):
    assert hits("PHI003", text)


@FUZZ
@given(
    st.sampled_from(
        [
            "Thanks to {n} {k} for the water table at our flu shot clinic.",
            "Gracias a {n} {k} por la mesa de agua en la clínica de vacunas.",
            "Big thanks to {n} {k} for hosting our knee-brace fitting day!",
        ]
    ),
    st.sampled_from(["Eastgate Lucha", "Pinewood Chess", "Lomas Verdes Cycling", "Northside Bowling"]),
    st.sampled_from(["Club", "Center", "Association", "League"]),
)
def test_a_greeted_body_ends_in_its_kind(frame, name, kind):
    assert hits("PHI003", frame.format(n=name, k=kind)) == []


@FUZZ
@given(
    st.sampled_from(["Thanks to {w} {c} for the volunteers at our vaccine drive.", "Gracias a {w} {c} por apoyar la feria de salud."]),
    st.sampled_from(["Enlaces", "Raices Unidas", "Safe Streets", "Puentes"]),
    st.sampled_from(["Chicago", "Houston", "Denver", "Phoenix"]),
)
def test_a_body_named_for_its_city_passes(frame, word, city):
    assert hits("PHI003", frame.format(w=word, c=city)) == []


@FUZZ
@given(st.sampled_from(["Bebé", "Niña", "Adultos", "Grace"]), st.sampled_from(["•", "*", "◦", "▪"]))
def test_a_list_item_opens_like_a_sentence(word, bullet):
    assert hits("PHI003", f"Fever guide:\n{bullet} {word} menor de 3 meses con fiebre: llame al consultorio.\n{bullet} Otros: agua.") == []


def test_list_items_are_read_linearly():
    assert_linear("PHI003", "Fever guide:\n• Bebé menor de 3 meses con fiebre.\n- Grace under pressure.\n")


def test_greeted_bodies_are_read_linearly():
    assert_linear("PHI003", "Thanks to Eastgate Lucha Libre Club and Enlaces Chicago for the flu clinic. ")
