"""A role worn like a title before a given name and a surname ("Treasurer <Given> <Surname>", "Plumber ...",
"La Tesorera ...") is not the first word of the name: the name is read, so her care with us is an error, and the
role with no care of hers still passes as a neighbour named by her role. Every name here is invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits, post

ROLES = ["Treasurer", "Plumber", "Chef", "Librarian", "Gardener", "Tesorera", "Carpenter"]
NAMES = ["Wilma Ostrander", "Teodora Vancliff", "Ruperto Anzaldua", "Ines Marrowby"]
CARE = [
    "{role} {name}, whom we treated for a kidney stone, spoke at the fair.",
    "Yesterday {role} {name}, whom our team treated for pneumonia, cut the cake.",
    "La {role} {name}, a quien operamos de la rodilla, nos visito.",
]
NO_CARE = [
    "{role} {name} will read stories to the kids on Saturday.",
    "Thanks to {role} {name} for lending the tables for the fair.",
]


@pytest.mark.parametrize("frame", CARE)
def test_a_role_before_a_name_hides_no_patient(frame):
    assert hits("PHI003", post(frame.format(role="Treasurer", name="Wilma Ostrander")))


@pytest.mark.parametrize("frame", NO_CARE)
def test_a_role_before_a_name_with_no_care_passes(frame):
    assert hits("PHI003", post(frame.format(role="Librarian", name="Teodora Vancliff"))) == []


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(ROLES), st.sampled_from(NAMES), st.sampled_from(CARE))
def test_any_role_before_any_name_with_care_is_an_error(role, name, frame):
    assert hits("PHI003", post(frame.format(role=role, name=name)))
