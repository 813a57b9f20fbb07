"""Round 59, PHI003: a plan's letters in capitals ("Aceptamos AHCCCS, VSP y EyeMed") are no surname and given name.

A fresh writer's mobile-clinic notice listed the plans it takes; PHI003 read "AHCCCS, VSP" as a record's "SURNAME,
GIVEN" in capitals. Every name has a vowel; an acronym of a plan, a program or a kind of plan often has none ("VSP",
"HMO", "PPO"). A surname and a given name in capitals with vowels are still read as a record files them.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import record_names as module

from tests.rules.harness import hits, post
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "Exámenes de la vista los miércoles. Aceptamos AHCCCS, VSP y EyeMed.",
        "We take most plans: AETNA, HMO and PPO options included.",
        "New this fall: CHIP, WIC sign-ups at the front desk every Tuesday.",
    ],
)
def test_a_plans_letters_pass(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The wristband still read OKAFOR, CHIDINMA when we took her back for the induction.",
        "La pulsera decía ZAVALA, XIOMARA cuando entró a la cirugía.",
    ],
)
def test_a_name_in_capitals_as_a_record_files_it_still_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize("unit", ["AHCCCS, VSP ", "OKAFOR, CHIDINMA, ", "VSP, "])
def test_the_reading_stays_linear(unit):
    assert grows_linearly(module, lambda count: hits("PHI003", post(unit * count)))


def test_the_vowel_is_read_with_accents_off():
    """A Vietnamese name's vowels carry marks the vowel test must see through ("PHẠM, THỊ" is a name)."""
    assert module._capital_record("PHẠM", "THỊ") and module._capital_record("NGUYỄN", "THỊ")
    assert not module._capital_record("AHCCCS", "VSP")
