"""Round 19, part A: places and organisations that hold a person's name (PHI003). A state read as the state (its
programmes, agencies, sides and neighbours), a town in a list, a move, an address or a heading, an organisation that
ends or opens with what it is, a firm joined by "&", a disease named for a place; and a person named like any of them
stays a person with her care. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.eponyms import is_eponym
from playbook.rules.privacy.known import Person
from playbook.rules.privacy.places import is_state, place_here
from playbook.rules.privacy.vocabulary import is_place, name_run

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=40, deadline=None)


def test_states_by_full_name():
    assert is_state("Georgia") and is_state("West Virginia") and is_state("Nuevo León") and is_state("Puerto Rico")
    assert not is_state("GA") and not is_state("Lawrence")


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("We now take Georgia Medicaid plans.", "Georgia", True),
        ("Pagamos con el Medicaid de Virginia.", "Virginia", True),
        ("Storms hit South Georgia hard.", "Georgia", True),
        ("Sign up for the Virginia REVIVE class.", "Virginia", True),
        ("Call the Georgia Crisis & Access Line.", "Georgia", True),
        ("Virginia lawmakers passed the bill.", "Virginia", True),
        ("Las guías del gobierno de Georgia cambiaron.", "Georgia", True),
        ("Our office in Valdosta, Georgia opens at 8.", "Georgia", True),
        ("Vermont, Maine and Georgia report cases.", "Georgia", True),
        ("Thanks, Georgia! See you soon.", "Georgia", False),
        ("Georgia, 7, loves the slide.", "Georgia", False),
        ("Georgia Quintanilla brought cookies.", "Georgia", False),
        ("La mamá de Georgia trajo pan.", "Georgia", False),
    ],
)
def test_a_state_by_its_frame(text, word, place):
    assert place_here(text, text.index(word)) is place


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("We cover Berrien and Irwin counties now.", "Irwin", True),
        ("Visitas en Ponce y Juana Díaz cada sábado.", "Juana", True),
        ("Los condados de Berrien e Irwin tienen brotes.", "Irwin", True),
        ("Ramona came to Lawrence in 1999.", "Lawrence", True),
        ("See us at 40 Canal St, 3rd floor, Lawrence.", "Lawrence", True),
        ("🎈 Lawrence: la feria es el sábado.", "Lawrence", True),
        ("Con la Liga de Vecinos Unidos de Lawrence.", "Lawrence", True),
        ("Lawrence: your braces are ready!", "Lawrence", False),
        ("We thanked Irwin for the ride.", "Irwin", False),
    ],
)
def test_a_town_by_its_frame(text, word, place):
    assert place_here(text, text.index(word)) is place


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("Charla en la Biblioteca Ofelia Saucedo el martes.", "Ofelia", True),
        ("Charla en la Biblioteca Municipal Ofelia Saucedo.", "Ofelia", True),
        ("Feria en la Escuela Intermedia Dr. Quiles.", "Quiles", True),
        ("Mi vecina Ofelia Saucedo vino a su cita.", "Ofelia", False),
    ],
)
def test_an_institution_named_after_someone(text, word, place):
    assert is_place(text, text.index(word)) is place


@pytest.mark.parametrize(
    ("text", "word", "empty"),
    [
        ("Pryor & Pryor donated water.", "Pryor", True),
        ("Thanks to Okafor & Sons for the chairs.", "Okafor", True),
        ("Call the Tennessee Tobacco & Quit Line today.", "Tennessee", True),
        ("Lucia & Marcos came for shots.", "Lucia", False),
    ],
)
def test_a_firm_joined_by_and(text, word, empty):
    assert (name_run(text, text.index(word)) == []) is empty


def test_a_disease_named_for_a_place():
    text = "Encontraron virus del Nilo Occidental en los charcos."
    start = text.index("Nilo")
    assert is_eponym(text, Person(start, start + len("Nilo Occidental"), ("Nilo", "Occidental"), "a full name"))
    owned = "El virus de Marta Quiles ya pasó."
    start = owned.index("Marta")
    assert not is_eponym(owned, Person(start, start + len("Marta Quiles"), ("Marta", "Quiles"), "a full name"))


@FUZZ
@given(
    st.sampled_from(
        [
            "We accept {s} Medicaid and most plans.",
            "Aceptamos Medicaid de {s} y pago propio.",
            "The {s} Department of Health urges flu shots.",
            "Flu is climbing across North {s} this week.",
            "El Departamento de Salud Pública de {s} recomienda la vacuna.",
            "Many {s} families still need help after the storm.",
        ]
    ),
    st.sampled_from(["Georgia", "Virginia", "Dakota", "Carolina", "Florida", "Nevada", "Sonora"]),
)
def test_states_as_places_pass(frame, state):
    text = frame.format(s=state).replace("North North", "North").replace("de North", "de")
    assert hits("PHI003", text) == []


@FUZZ
@given(
    st.sampled_from(
        [
            "{n}, 8, finished her cast check with us today.",
            "Our patient {n} just rang the bell after chemo!",
            "Happy birthday {n}! Great seeing you at your checkup.",
            "{n} came in for her stitches this morning.",
            "La mamá de {n} nos contó que {n} ya salió de su cirugía.",
        ]
    ),
    st.sampled_from(["Georgia", "Virginia", "Dakota", "Lawrence", "Irwin"]),
)
def test_a_patient_named_like_a_place_stays_named(frame, name):
    assert hits("PHI003", frame.format(n=name))


@FUZZ
@given(
    st.sampled_from(["{a} and {b} counties", "en {a} y {b}", "los condados de {a} e {b}", "{a}, {b} and Worth counties"]),
    st.sampled_from(["Berrien", "Tyler", "Ponce"]),
    st.sampled_from(["Irwin", "Lawrence", "Juana Díaz"]),
)
def test_towns_in_a_list_pass(frame, first, second):
    assert hits("PHI003", "Our van now visits " + frame.format(a=first, b=second) + " every week.") == []


def test_state_reading_is_linear():
    unit = "Georgia Medicaid. Medicaid de Virginia. South Georgia. Valdosta, Georgia. Berrien and Irwin counties. 9 Elm St, Lawrence. "
    assert_linear("PHI003", unit)


def test_organisation_reading_is_linear():
    unit = "Pryor & Pryor. Okafor & Sons. Biblioteca Ofelia Saucedo. Escuela Superior Dr. Quiles. virus del Nilo Occidental. Delta Dental. "
    assert_linear("PHI003", unit)
