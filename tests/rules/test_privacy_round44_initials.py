"""Round 44: a given name and an initial owning care ("<Given> <I>.'s upper teeth before treatment") and an initial, a
surname and a date as a tray's or a jar's label writes them ("<I>. <SURNAME> 10/03"), in alt text and posts (PHI003,
people.py). An initial after a vitamin's or a virus's name and a bus route's letter pass. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media

from tests.rules.harness import hits, post

FUZZ = settings(max_examples=25, deadline=None)


def alt(text: str):
    return post("New photo on the blog.", media=[Media("images/model.jpg", text, False, "", None, 14)])


@pytest.mark.parametrize(
    "text",
    [
        "A cast of Oriel T.'s lower jaw before the expander went in.",
        "Radiograph of Bexley R.’s right ankle after the fracture healed.",
        "Modelo de yeso de la mordida de Yamileth C.'s antes del tratamiento.",
        "A specimen jar on the counter, its sticker reading K. OYELARAN 7/14.",
        "La bandeja con la muestra dice J. ZUBIETA 2-11 en la orilla.",
    ],
)
def test_a_name_and_an_initial_with_care_or_a_label_refuses(text):
    assert hits("PHI003", alt(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hepatitis B. shots are in; Route A. buses stop at our door every 20 minutes.",
        "Our vitamin D. talk is Saturday 5/12 at the library.",
        "A row of plaster teeth models on the shelf, waiting for next week's class.",
        "Apartment B. 4/5 of the units have new ramps.",
        "Plan B. information is at the front desk.",
    ],
)
def test_a_letter_after_a_word_that_is_no_name_passes(text):
    assert hits("PHI003", alt(text)) == []


@FUZZ
@given(
    st.sampled_from(["Corwin", "Anneliese", "Tobiah", "Marisela"]),
    st.sampled_from(["W", "Q", "L"]),
    st.sampled_from(["'s upper molars before the braces", "’s knee x-ray after surgery", "'s left wrist in the new cast"]),
)
def test_a_grid_of_initialled_owners_of_care_refuses(name, initial, rest):
    assert hits("PHI003", alt(f"Close-up of {name} {initial}.{rest}."))
