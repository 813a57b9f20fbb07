"""Surnames on a board by bed, room or chair, and record labels read off a diminutive, fuzzed.

The example tables live in test_privacy.py; here hypothesis writes boards the way staff photograph or
type them (a bed's, a room's or a chair's number, a surname, the reason for the visit) and checks that
a board of statuses, a shelf and a team member beside a number pass. Every name is made up.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import _rule_steps

FUZZ = settings(max_examples=50, deadline=None)
_SURNAMES = st.sampled_from(["Villasenor", "Pennington", "Arreguin", "Kowalczyk", "Benavides", "Quintanilla", "Halvorsen"])
_PLACES = st.sampled_from(["cama", "Cama", "bed", "Bed", "room", "Room", "silla", "chair", "cuarto", "bay"])
_CARE = st.sampled_from(["fiebre", "chest pain", "dolor de pecho", "deshidratacion", "heat stroke", "asthma", "vomito", "fall at home", "fractura"])


def _alt(text: str) -> object:
    return post("A photo from the clinic.", media=[Media("images/board.jpg", text, False, "", None, 14)])


@FUZZ
@given(place=_PLACES, hash_=st.sampled_from(["", "#"]), number=st.integers(1, 30), surname=_SURNAMES, care=_CARE, sep=st.sampled_from([" ", ": ", " - "]), alt=st.booleans())
def test_fuzz_a_surname_by_a_bed_with_care_is_a_patient(place, hash_, number, surname, care, sep, alt):
    text = f"Tablero de hoy: {place} {hash_}{number}{sep}{surname} {care}"
    found = hits("PHI003", _alt(text) if alt else post(text))
    assert found and surname in found[0].message, text


@FUZZ
@given(place=_PLACES, first=_SURNAMES, second=_SURNAMES)
def test_fuzz_a_list_of_surnames_by_chair_is_a_board_of_patients(place, first, second):
    text = f"Hoy: {place} 2 {first}, {place} 3 {second}, {place} 4 libre"
    assert len(hits("PHI003", post(text))) >= 1, text


@FUZZ
@given(place=_PLACES, status=st.sampled_from(["libre", "ocupada", "limpieza", "closed", "available", "clean", "vacant", "reservada"]))
def test_fuzz_a_board_of_statuses_names_no_one(place, status):
    text = f"{place} 1 {status}, {place} 2 {status}, {place} 3 Limpia"
    assert hits("PHI003", post(text)) == [], text


def test_a_team_member_or_a_shelf_by_a_room_number_passes():
    for text in (
        "Room 4 Patel today, room 5 Brooks: our providers' rooms this week.",
        "Room 4 Pressure ulcer supply kit is restocked.",
        "Bed 3 Recliner arrived; room 2 Closed for painting.",
    ):
        assert hits("PHI003", post(text)) == [], text


@FUZZ
@given(
    thing=st.sampled_from(["la pulserita dice", "la etiquetita dice", "el brazaletito dice", "pulserita:"]),
    surname=st.sampled_from(["JUAREZ", "HIDALGO", "MORALES", "OCHOA"]),
    given_name=st.sampled_from(["CELESTE", "TERESA", "ABRIL", "MARISOL"]),
)
def test_fuzz_a_record_name_read_off_a_diminutive(thing, surname, given_name):
    text = f"Muñeca de bebé; {thing} {surname}, {given_name} con su código de barras"
    found = hits("PHI003", _alt(text))
    assert found and f"{surname}, {given_name}" in found[0].message, text


def test_a_town_and_its_state_on_a_label_passes():
    for text in ("Old postcard; the label reads DALLAS, GEORGIA", "Postal con la etiquetita: SANTIAGO, CHILE", "Mapa con la etiqueta HOUSTON, TEXAS"):
        assert hits("PHI003", _alt(text)) == [], text


def test_boards_grow_linearly():
    """Entries are read in bounded windows: doubling a board of near-misses at most doubles the work."""
    unit = "cama 2 libre, room 4 Pressure kit, silla 3 Okafor, bed 9 Dialysis, cuarto 1 Tzul. "
    small, large = _rule_steps("PHI003", unit * 20), _rule_steps("PHI003", unit * 40)
    assert large < 2.3 * small
