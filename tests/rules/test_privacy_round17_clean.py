"""Fresh clean texts that read as leaks (round 17): a blood-pressure range written with spaces round its slash
(PHI004, common.blood_pressures). What passes, what stays an error, and that the reading stays linear. Every name
and number here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.common import blood_pressures

from tests.rules.harness import hits
from tests.rules.test_privacy_people import _rule_steps

FUZZ = settings(max_examples=40, deadline=None)


# --- blood pressures with spaces round the slash (PHI004) ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Stage 1 hypertension is 130-139 / 80-89. Recheck at the kiosk.", False),
        ("Etapa 2: 140-159 / 90-99. Pida cita para revisarla.", False),
        ("Normal: under 120 / 80.", False),
        ("Presión ideal: menos de 120 / 80, y elevada: 120-129 / menos de 80.", False),
        ("Call Dana at 312-555 / 0147 tonight.", True),  # a phone number is no reading
        ("Text Rosa at 312-555-0147.", True),
    ],
)
def test_spaced_pressure_ranges_are_measures(text, flagged):
    assert bool(hits("PHI004", text)) is flagged


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("es 130-139 / 80-89. Si", [(3, 18)]),
        ("bp 120 / 80.", [(3, 11)]),
        ("bp 120/80.5 units", []),  # a decimal after the slash is no reading
        ("ext 555 / 1234", []),
    ],
)
def test_blood_pressures_take_a_full_stop_not_a_decimal(text, spans):
    assert blood_pressures(text) == spans


@FUZZ
@given(
    high=st.integers(90, 200),
    gap=st.integers(5, 20),
    low=st.integers(50, 85),
    space=st.sampled_from(["", " ", "  "]),
    stop=st.sampled_from(["", ".", ". Recheck yearly.", "; pida cita."]),
)
def test_fuzz_spaced_ranges_never_read_as_phones(high, gap, low, space, stop):
    text = f"Stage one: {high}-{high + gap}{space}/{space}{low}-{low + 4}{stop}"
    assert hits("PHI004", text) == []


def test_blood_pressures_grow_linearly():
    """One bounded pattern over the text: doubling a text of near-misses (readings, spaced or not, and decimals) at most
    doubles the work."""
    unit = "Etapa 1: 130-139 / 80-89. ext 555 / 1234. bp 120/80.5 units. Stage 2: 140-159/90-99. "
    small, large = _rule_steps("PHI004", unit * 15), _rule_steps("PHI004", unit * 30)
    assert large < 2.3 * small
