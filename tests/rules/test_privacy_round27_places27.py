"""Round 27, places taken for people (civic_places.py): a city thanked or greeted, a city's office before its holder, a
county by its word, a neighbourhood named after a city abroad. What passes, what stays an error, and that the reading
stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import civic_places

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import assert_linear
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("Thanks so much, and thank you, Laredo! Our block party drew a crowd.", "Laredo", True),
        ("¡Muchas gracias, Hialeah! Llegaron cientos de vecinos.", "Hialeah", True),
        ("Yesterday Yuma Mayor Rolf Tenbrink opened the fair.", "Yuma", True),
        ("Pruebas con el Condado Willacy este viernes.", "Condado", True),
        ("Vacunas en el Condado de Starr el martes.", "Starr", True),
        ("Free screenings for Zapata County families.", "Zapata", True),
        ("The Lions Club of Little Havana hosted us.", "Havana", True),
        ("Thanks, Tyler! We fixed your crown.", "Tyler", False),  # a given name: weighed by places.py, not here
        ("Denver finished chemo on Friday.", "Denver", False),
        ("Little Austin, 4, got his cast off today!", "Austin", False),
        ("Orvelia Quintanar came in with a fever.", "Orvelia", False),
    ],
)
def test_civic_place_reads_the_frame(text, word, place):
    assert civic_places.civic_place(text, text.index(word)) is place


@FUZZ
@given(
    st.sampled_from(
        [
            "Thank you, {c}! Over 200 neighbors walked with us.",
            "¡Gracias, {c}! Más de 90 familias vinieron a la feria.",
            "Hello {c}, our flu clinic opens Monday.",
            "{c} Mayor Odalys Ferrat cut the ribbon.",
            "Welcome, {c}! The health fair starts at noon.",
        ]
    ),
    st.sampled_from(["Hialeah", "McAllen", "Tucson", "Brownsville", "Yuma", "Laredo"]),
)
def test_cities_greeted_pass(frame, city):
    found = hits("PHI003", post(frame.format(c=city)))
    assert not any(city in h.message for h in found)


@FUZZ
@given(
    st.sampled_from(["Thank you, {n}! Your knee surgery went great.", "Congrats {n}, you finished chemo!", "Gracias, {n}, por venir a su cita de diálisis."]),
    st.sampled_from(["Marisela Oyervides", "Teodora", "Priscilla Vanterpool"]),
)
def test_patients_greeted_stay_named(frame, name):
    assert hits("PHI003", post(frame.format(n=name)))


def test_patient_named_like_a_town_with_care_stays():
    assert hits("PHI003", post("Denver finished chemo on Friday and rang the bell."))


def test_civic_place_is_linear():
    text = "Thank you, Hialeah! Condado de Starr. Little Havana. Yuma Mayor Ana. " * 20
    small = steps(civic_places, lambda: [civic_places.civic_place(text, i) for i in range(0, len(text), 7)])
    text = text * 2
    large = steps(civic_places, lambda: [civic_places.civic_place(text, i) for i in range(0, len(text), 7)])
    assert large < 2.3 * small


def test_phi003_stays_linear_on_cities():
    assert_linear("PHI003", "¡Gracias, McAllen! Condado Cameron y Little Havana, con Tucson Mayor Olga. ")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Aviso del Departamento de Salud de Ohio (@ohhealth): 8 casos de tos ferina. Más en https://odh.state.oh.us", False),
        ("Smoke advisory today (via @TexasTCEQ). Check https://www.airnow.gov before going out.", False),
        ("Our patient Wilmer Oyarzo (@wilmer_runs) finished chemo! Tips at https://www.cancer.gov", True),
    ],
)
def test_agency_handles_cited_or_bracketed(text, flagged):
    assert bool(hits("PHI003", post(text))) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("We take Cigna, Molina, Humana and Oscar. Call to check yours.", False),
        ("Aceptamos Medicaid (Simply), Ambetter y Oscar; sin seguro, $70.", False),
        ("We accept Cigna, and Oscar loved his new knee brace.", True),
        ("Oscar had his rotator cuff repaired here on Monday.", True),
    ],
)
def test_a_plan_in_a_list_of_plans(text, flagged):
    assert bool(hits("PHI003", post(text))) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Keep cool and stay in A/C. Hours: 8 to 5 daily.", False),
        ("Signed, R. Quintavalle", True),
    ],
)
def test_an_abbreviation_is_no_initial(text, flagged):
    assert bool(hits("PHI003", post(text))) is flagged


@FUZZ
@given(st.sampled_from(["Cigna", "Aetna", "Ambetter", "Florida Blue"]), st.sampled_from([", ", " and ", " y ", " o "]))
def test_plans_listed_pass(other, join):
    assert hits("PHI003", post(f"Accepted plans: {other}{join}Oscar.")) == []


def test_payer_list_is_linear():
    assert_linear("PHI003", "Aceptamos Aetna, Cigna (Simply, Sunshine) y Oscar; (@ohhealth) de Salud. A/C. Hours ")


@pytest.mark.parametrize(
    ("text", "name", "county"),
    [
        ("Vacunas gratis en el condado de Hidalgo este sábado.", "Hidalgo", True),
        ("Clinics across Prince George's County open Saturday.", "Prince George", True),
        ("Cameron County Health Department hosts the fair.", "Cameron", True),
        ("Cameron finished his therapy with us.", "Cameron", False),
    ],
)
def test_one_reading_of_a_county_for_towns_and_cities(text, name, county):
    from playbook.rules.privacy.civic_places import in_county

    start = text.index(name)
    assert in_county(text, start, start + len(name)) is county
