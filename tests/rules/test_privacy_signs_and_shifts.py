"""Record labels with a full given name, surnames after a camera's counter, workers narrowed by a shift at a
workplace, and a public figure's diagnosis guessed from a sign: fuzzed the way staff write them, with the
near-misses beside them, and read in linear time. Every name, place and number here is made up.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=40, deadline=None)


def _alt(text: str) -> object:
    return post("A photo from the clinic.", media=[Media("images/a.jpg", text, False, "", None, 14)])


def _file(name: str) -> object:
    return post("A photo from the clinic.", media=[Media(f"images/{name}", "A bright waiting room", False, "", None, 14)])


# --- a surname, a comma and a given name on a record -----------------------------------------------------


@FUZZ
@given(
    surname=st.sampled_from(["Ferreira", "Halvorsen", "Quintanilla", "Abernathy", "Villarreal", "Pemberton"]),
    given_name=st.sampled_from(["Lucia", "Petra", "Rosaura", "Kimberly", "Grace", "Marisol"]),
    upper=st.booleans(),
    datum=st.sampled_from(["19w2d", "31w", "22s4d", "12 sem", "04/11", "3-14-27", "DOB on the corner", "MRN 5512", ""]),
    lead=st.sampled_from(["Sonogram printout labelled", "A vial with the label", "Impresion de ecografia con el nombre", "Etiqueta del frasco:", "A sticky note:"]),
)
def test_fuzz_a_record_label_with_a_full_given_name(surname, given_name, upper, datum, lead):
    name = f"{surname}, {given_name}"
    name = name.upper() if upper else name
    text = f"{lead} '{name} {datum}'".rstrip()
    found = hits("PHI003", _alt(text))
    as_record = [f for f in found if "as a record files them" in f.message]
    if lead != "A sticky note:" or datum:  # a label word before it, or a record datum after it
        # caught at the name: by the record finder, a name-giving phrase ("con el nombre") or the given name itself
        assert any(surname.upper() in f.message.upper() or given_name in f.message for f in found), text
    elif upper:  # a surname and a given name both in capitals, inverted with a comma, are a record's label anywhere (round 51)
        assert as_record, text
    else:  # no record around it: the record finder leaves it (a Title-case given name may still be a name elsewhere)
        assert as_record == [], text


@FUZZ
@given(
    words=st.sampled_from(["HOUSTON, TEXAS 1959", "MONTERREY, NUEVO LEON 2027", "CLOSED, MONDAY 9/14", "LAST NAME, FIRST NAME 00w0d", "SALINE, LACTATED 500"]),
    lead=st.sampled_from(["The label reads", "La etiqueta dice", "A printout labelled"]),
)
def test_places_signs_and_templates_in_record_style_pass(words, lead):
    assert hits("PHI003", _alt(f"{lead} '{words}' on the wall")) == []


def test_authors_in_a_reading_list_are_no_record():
    for text in ("Reading list: Sacks, Oliver on migraine.", "Lecturas del mes: Allende, Isabel y Garcia, Marquez."):
        assert not any("as a record files them" in f.message for f in hits("PHI003", text)), text


# --- a surname after a camera's counter ------------------------------------------------------------------


def test_a_surname_before_the_counter_or_after_a_date():
    assert hits("PHI003", _file("halvorsen_suture_removal_IMG_4410.jpg"))
    assert hits("PHI003", _file("2027-03-11_nakamura_stent_followup.mp4"))
    assert hits("PHI003", _file("knee_scope_explainer_IMG_4410.jpg")) == []


@FUZZ
@given(
    prefix=st.sampled_from(["IMG_2231", "VID-0412", "PXL_20270311", "foto_17", "DSC0192", "clip_04"]),
    surname=st.sampled_from(["nakamura", "pemberton", "echeverria", "kowalski", "moreau", "halvorsen"]),
    care=st.sampled_from(["carotid_postop", "knee_scope", "biopsy_day", "rodilla_artroscopia", "cesarea_alta", "stent_followup"]),
    ext=st.sampled_from(["jpg", "mp4", "mov"]),
)
def test_fuzz_a_surname_after_a_cameras_counter(prefix, surname, care, ext):
    found = hits("PHI003", _file(f"{prefix}_{surname}_{care}.{ext}"))
    assert found and surname.capitalize() in found[0].message
    assert hits("PHI003", _file(f"{prefix}_{care}_explainer.{ext}")) == []  # a topic, no one


# --- a job with a shift at a named workplace ---------------------------------------------------------------


@FUZZ
@given(
    who=st.sampled_from(
        [
            "The only night-shift forklift driver at Harmon Cold Storage",
            "The lone weekend cook at Dalby's",
            "Our only graveyard-shift guard at Pinecrest Mill",
            "El unico montacarguista del tercer turno en la bodega de San Ysidro",
            "La unica cajera del turno de madrugada en la tienda Garza",
        ]
    ),
    injury=st.sampled_from(["came in with a crushed toe", "got a bad oven burn", "se corto la mano", "vino por una quemadura en el brazo"]),
)
def test_fuzz_a_worker_narrowed_by_a_shift(who, injury):
    found = hits("PHI011", f"{who} {injury}. Gloves on, everyone!")
    assert found and who[:40] in found[0].message
    assert hits("PHI011", f"{who} won the safety award this year. Gloves on, everyone!") == []


# --- a public figure's diagnosis guessed from a sign ---------------------------------------------------------


@FUZZ
@given(
    who=st.sampled_from(["Senator Dorsey", "Councilwoman Ibarra", "la gobernadora Alicia Manzanares"]),
    sign=st.sampled_from(["shaky hands", "slurred speech", "droopy eyelid"]),
    guess=st.sampled_from(["looks a lot like Parkinson's disease to our team", "looks like a mini-stroke to us", "nos parece hepatitis"]),
)
def test_fuzz_a_named_figures_diagnosis_guessed(who, sign, guess):
    assert hits("PHI003", f"Did anyone else catch the {sign} of {who} at the forum? That {guess}.")
    assert hits("PHI003", f"The {sign} of {who} at the forum {guess}, her office said.") == []


def test_a_general_lesson_guesses_at_no_one():
    for text in (
        "Shaky hands can have many causes, from caffeine to early Parkinson's. Book a visit if yours won't settle.",
        "Un temblor en las manos puede tener muchas causas; a veces nos parece estres y es la tiroides.",
    ):
        assert hits("PHI003", text) == [] and hits("PHI011", text) == [], text


# --- linear reading -----------------------------------------------------------------------------------------


def test_signs_and_shifts_work_grows_linearly():
    """Doubling a text of near-misses of every new shape doubles the work of PHI003 and PHI011."""
    unit = (
        "The label reads HOUSTON, Grace 1959 and Welcome, Maria. IMG 2231 Kowalski Tips. "
        "The only night-shift nurse opening at Mercy General. El unico velador del turno de noche en la planta. "
        "Did anyone else catch the mayor at the parade? It looks a lot like rain. "
    )
    for code in ("PHI003", "PHI011"):
        assert_linear(code, unit)
