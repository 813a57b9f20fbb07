"""A name cheered in capitals after a comma ("WAY TO GO, DENNIS!"), and a name whose apposition of ours gives an
age and a role ("<Name>, nuestro arquero de 10 anitos"), in posts about their care (PHI003). Every name is invented.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.vocabulary import title_case_caps

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import _rule_steps

CHEERS = ["WAY TO GO", "RING THAT BELL", "YOU DID IT", "¡ESO ES", "¡DALE", "¡VAMOS"]
NAMES = ["DENNIS", "MARISELA", "ROSENDO", "TAMIKA", "BRENDA", "OSVALDO"]
CARE = [
    "Last round of chemo today.",
    "Six weeks of radiation in the books.",
    "Hoy fue tu última quimio.",
    "Terminaste tus sesiones de diálisis.",
]


def test_a_cheered_caps_word_reads_as_a_name_same_length():
    text = "RING THAT BELL, OSVALDO! Done."
    titled = title_case_caps(text)
    assert len(titled) == len(text)
    assert "Osvaldo!" in titled


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(CHEERS), st.sampled_from(NAMES), st.sampled_from(CARE))
def test_fuzz_a_name_cheered_in_capitals_with_care(cheer, name, care):
    text = f"{cheer}, {name}! {care}"
    found = hits("PHI003", post(text))
    assert found and name in found[0].message, text


def test_a_place_or_a_team_cheered_in_capitals_passes():
    assert hits("PHI003", post("THANK YOU, SPRINGFIELD! See you at the 5K.")) == []
    assert hits("PHI003", post("Great game, TIGERS! Free BP checks at our booth.")) == []


OURS = [
    ("{name}, nuestro arquero de {n} añitos del club Halcones, ya camina sin férula tras su cirugía.", "es"),
    ("{name}, nuestra nadadora de {n} años, volvió a la alberca después de su operación de hombro.", "es"),
    ("{name}, our {n}-year-old shortstop, is back after his knee surgery.", "en"),
    ("{name}, my little {n}-year-old patient, finished her casting today.", "en"),
]
GIVEN = ["Yandel", "Keyshawn", "Brisely", "Jaxtyn", "Anyeli"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(OURS), st.sampled_from(GIVEN), st.integers(min_value=4, max_value=16))
def test_fuzz_a_name_in_an_apposition_of_ours_with_an_age(shape, name, n):
    text = shape[0].format(name=name, n=n)
    found = hits("PHI003", post(text))
    assert found and name in found[0].message, text


def test_a_place_or_a_pet_of_ours_with_an_age_passes():
    for text in (
        "Riverside, nuestra clínica de 20 años, abre el sábado.",
        "Westbrook, our 30-year-old practice, is hiring two MAs.",
        "Gracias, Canela, nuestra perrita de 3 años, por visitar a los niños.",
    ):
        assert hits("PHI003", post(text)) == [], text


def test_appositions_and_cheers_grow_linearly():
    """Both patterns are bounded word runs: doubling a text of near-misses at most doubles the work."""
    unit = "Riverside, nuestra clinica de 20 anos. Lola, our big old. GO, TEAM, YES! Ana, nuestro de de de. "
    small, large = _rule_steps("PHI003", unit * 20), _rule_steps("PHI003", unit * 40)
    assert large < 2.3 * small
    assert len(title_case_caps(unit * 40)) == len(unit * 40)
