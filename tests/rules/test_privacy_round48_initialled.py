"""Round 48: an initial and a surname filed with a birth date in a media file's name (file_births._initialled, PHI003).

A chart or a scanner names a file by the patient's initial, surname and birth date; a letter a word owns ("vitamin_D",
"hepatitis_B") and a date with no name are no one's. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.rules.privacy import file_births as module
from playbook.rules.privacy.file_births import filed_names
from playbook.rules.privacy.known import Known

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)
NOBODY = Known((), frozenset(), frozenset(), "")  # no team: every name is someone else's


def _named(name: str) -> list:
    return hits("PHI003", post("New photo.", media=[Media(name, "A close look at the area", False, "", None, 14)]))


@pytest.mark.parametrize(
    "name",
    [
        "tympanogram_K_Haddadin_1962-08-19_left.jpg",
        "scan_R_Okonkwo_DOB_2011-04-02.png",
        "placa_T_Villaseñor_fnac_03-05-2016.jpg",
        "ecg_P_Lindqvist_7-30-1944.png",
        "mri-w-abernathy-1958-12-01-lumbar.jpg",
    ],
)
def test_an_initial_a_surname_and_a_birth_date_refuse(name):
    assert _named(name)


@pytest.mark.parametrize(
    "name",
    [
        "vitamin_D_1990-01-01_chart.png",
        "hepatitis_B_1985-05-01_history_slide.png",
        "poster_B_Franklin_1776-07-04.png",
        "group_A_strep_1999-02-02_study.png",
        "clinic_open_house_2027-03-14.jpg",
    ],
)
def test_a_letter_a_word_owns_or_no_birth_date_passes(name):
    assert _named(name) == []


@FUZZ
@given(
    st.sampled_from(["audiogram", "xray", "placa", "scan", "ecg"]),
    st.sampled_from(["M", "J", "R", "T"]),
    st.sampled_from(["Haddadin", "Okonkwo", "Whitcombe", "Villaseñor"]),
    st.sampled_from(["1951-03-04", "DOB_2012-06-30", "nac_4-2-2015", "12-24-1939"]),
)
def test_a_grid_of_chart_file_names_refuses(kind, letter, surname, born):
    assert _named(f"{kind}_{letter}_{surname}_{born}.jpg")


@pytest.mark.parametrize("unit", ["Scan M Haddadin 1951 03 04 Left ", "Vitamin D Chart Q Notes "])
def test_the_reading_stays_linear(unit):
    small = steps(module, lambda: list(filed_names(unit * 20 + "1951-03-04", NOBODY)), package=False)
    large = steps(module, lambda: list(filed_names(unit * 40 + "1951-03-04", NOBODY)), package=False)
    assert large < 2.3 * small


def test_many_initials_read_the_birth_date_once(monkeypatch):
    """The birth date is looked for once in the whole name, not once per initial and surname (a long name stays linear)."""
    calls = []
    born = module._born
    monkeypatch.setattr(module, "_born", lambda rest: calls.append(len(rest)) or born(rest))
    text = " ".join(f"Scan {chr(66 + n % 20)} Haddadin" for n in range(40)) + " 1951-03-04"
    assert list(module._initialled(text, NOBODY))
    assert len(calls) == 1
