"""Round 35 (ids35): a name in a file's name beside a birth date or a finished programme (file_births.py), and a
reply that counts the reader's visits or tells them as past (on_our_books._COUNTED)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.rules.privacy import file_births, on_our_books
from playbook.rules.privacy.file_births import filed_names
from playbook.rules.privacy.known import Known
from playbook.urlwords import file_words

from tests.rules.harness import hits, post, response
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)
NOBODY = Known(team=(), org=frozenset(), handles=frozenset(), squashed_name="")


def _filed(name: str) -> list:
    return list(filed_names(file_words(name), NOBODY))


@pytest.mark.parametrize(
    ("name", "flagged"),
    [
        ("intake_form_Wilmer_Oyuela_DOB_03-11-1988.pdf", True),
        ("factura_Rosaura_Quispe_fnac_1979-04-30.jpg", True),
        ("scan_teodoro_malinski_nac_07.02.2001.png", True),
        ("speech_therapy_grad_austin_rivers_eastview_2026.jpg", True),
        ("Delphine_Acosta_14-05-1962_consent.pdf", True),
        ("flyer_2027-03-14_health-fair.png", False),
        ("grad_school_fair_booth_2027-04-02.jpg", False),
        ("Lincoln_Park_cleanup_2027-05-01.jpg", False),
        ("harvest_potluck_Odalys_Brennan_2027-10-09.jpg", False),
    ],
)
def test_a_name_filed_with_a_birth_date_or_a_programme(name, flagged):
    assert bool(_filed(name)) is flagged


def test_a_file_name_with_a_birth_label_is_an_error():
    item = post("Papeles nuevos.", media=[Media("comprobante_Yadira_Solorzano_FN_11-02-1990.png", "Sala de espera", False, "", None, 14)])
    assert hits("PHI003", item)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("We appreciate your note about the parking lot during your previous three appointments.", True),
        ("Lamentamos que la recepción se demorara en sus últimas tres citas.", True),
        ("Every one of your recent appointments should have begun on schedule.", True),
        ("Nos alegra que cada una de sus consultas haya sido agradable para usted.", True),
        ("Both of your earlier check-ups ran behind schedule, and that is on us.", True),
        ("Disculpe la demora en sus consultas anteriores.", True),
        ("Appointments can run long on Mondays, so we are adding staff.", False),
        ("Las citas de los lunes suelen tardar más.", False),
        ("Each appointment slot lasts twenty minutes, and all of the visits start with a short form.", False),
    ],
)
def test_the_readers_visits_counted(text, flagged):
    assert bool(hits("PHI001", response(text))) is flagged


GIVEN = ["Wilmer", "Rosaura", "Teodoro", "Yadira", "Odell"]
SURNAMES = ["Oyuela", "Quispe", "Malinski", "Solorzano", "Brannigan"]
FRAMES = ["recibo_{g}_{s}_DOB_04-12-1977.png", "{g}_{s}_fnac_1984-06-02.pdf", "ficha_{g}_{s}_nac_21-03-1969.jpg"]


@FUZZ
@given(st.sampled_from(FRAMES), st.sampled_from(GIVEN), st.sampled_from(SURNAMES))
def test_fuzz_names_with_birth_dates(frame, given_name, surname):
    assert _filed(frame.format(g=given_name, s=surname))


@FUZZ
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(["two", "three", "several"]))
def test_fuzz_counted_visits(given_name, surname, count):
    text = f"Hello, we regret that your last {count} appointments started late. Signed, {given_name} {surname}"
    assert hits("PHI001", response(text))


def test_filed_names_is_linear():
    unit = "Recibo Pago Wilmer Oyuela Flyer Health Fair Grad School "
    small = steps(file_births, lambda: list(filed_names(unit * 15 + "FN 22-09-1995", NOBODY)))
    large = steps(file_births, lambda: list(filed_names(unit * 30 + "FN 22-09-1995", NOBODY)))
    assert large < 2.3 * small


def test_counted_visits_is_linear():
    unit = "your previous each of the visits cada una de las citas "
    small = steps(on_our_books, lambda: list(on_our_books.next_visit(unit * 15)))
    large = steps(on_our_books, lambda: list(on_our_books.next_visit(unit * 30)))
    assert large < 2.3 * small
