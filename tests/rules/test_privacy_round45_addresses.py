"""Round 45: a house number and a compass letter before a street's name, its type left off ("the family at 1412 W.
<Street>"), is an address (PHI009, addresses._DIRECTED); the states a compass word names are not. The same shape is no
initial and surname (PHI003, people._INITIAL_SURNAME): "300 E. <Street>" names a street. Every place here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits, post

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to the family at 2318 W. Quillan for clearing the snow so our nurse could reach the door.",
        "La señora del 907 N Arboleda nos dejó pasar a su casa para la visita de su esposo.",
        "Our home-visit team loves the new ramp at 41 SE Tamsen, built by the grandkids.",
    ],
)
def test_a_home_by_number_and_compass_refuses(text):
    assert hits("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "In 2027 N. Carolina widened dental coverage; ask us what it means for your family.",
        "We treated 40 W. Virginia teachers at the conference booth last spring.",
        "Bring 20 E. coli facts to class: a science night for kids.",
    ],
)
def test_a_compass_state_or_a_count_passes(text):
    assert hits("PHI009", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Health fair Saturday at the library, 300 E. Quillan, 9 to 1. Free flu shots!",
        "Our second office opens Monday at 500 W. Arboleda, Suite 210.",
    ],
)
def test_a_street_with_a_compass_letter_is_no_initial_and_surname(text):
    assert [h for h in hits("PHI003", post(text)) if "initial" in h.message] == []


@FUZZ
@given(st.integers(min_value=10, max_value=99999), st.sampled_from(["N", "S.", "E", "W.", "NW"]), st.sampled_from(["Quillan", "Tamsen", "Arboleda"]))
def test_a_grid_of_homes_by_number_and_compass_refuses(number, compass, street):
    assert hits("PHI009", post(f"Thank you to the family at {number} {compass} {street} for the lemonade on our home visits!"))
