"""Round 34, titles and businesses that are no one (PHI003): a stand named by its kind and its owner's title and name
("Elotes Don Chuy", titled_businesses.py), a work's or an event's title in quotes of any kind after a work's or an
event's word or a verb that reads or sings it (work_titles.py). What passes, what stays an error, and that each reading
stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=30, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Free lemonade at the booth thanks to Limonadas Doña Rufina and the scouts.",
        "Premios donados por Churros Tío Fermín, y música de la banda del pueblo.",
        "Door prizes from Quesadillas Don Eliseo and Gorditas Tía Chona this Friday.",
        "The librarian read 'Pancho Counts the Stars' to the toddlers in our lobby.",
        'Nos sumamos a la caminata "Corre Lucía Corre" del domingo en el parque.',
        "A choir sang “Hello Sweet Rosalind” at our open house on Main.",
        "La bibliotecaria leyó el cuento ‘El sombrero de Anselmo’ a los pequeños.",
    ],
)
def test_a_title_or_a_stand_names_no_one(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Our little "Pancho" had his tonsils out with us this week.',
        "Doña Rufina came in for her flu shot on Tuesday.",
        "We read 'Rosalind Gets Stitches' about our patient Rosalind.",
        "Gracias a Vecina Doña Rufina por las flores.",
        "Thanks to Churros Don Eliseo, who had his hernia repaired with us.",
        "Agua de Raspados Doña Chona, who came in for her knee surgery with us last week.",
        'We read "Little Teodoro Beats Leukemia" in the lobby; he finished chemo with us.',
    ],
)
def test_a_person_stays_named(text):
    assert hits("PHI003", text)


@FUZZ
@given(
    st.sampled_from(["gracias a {k} {t} {n} por el agua", "snacks courtesy of {k} {t} {n} today", "sponsored by {k} {t} {n} and friends", "cortesía de {k} {t} {n}."]),
    st.sampled_from(["Raspados", "Pupusas", "Mariscos", "Donuts", "Paletas"]),
    st.sampled_from(["Don", "Doña", "Tía", "Tío"]),
    st.sampled_from(["Eliseo", "Rufina", "Chona", "Beto"]),
)
def test_stands_pass_in_a_list_of_partners(frame, kind, title, name):
    assert hits("PHI003", "Our fair is Saturday, " + frame.format(k=kind, t=title, n=name)) == []


@FUZZ
@given(
    st.sampled_from(["{t} {n} came in for her shots.", "Saludos a {t} {n}, que ya salió de su cirugía.", "Our patient {t} {n} is home."]),
    st.sampled_from(["Don", "Doña", "Tía"]),
    st.sampled_from(["Eliseo", "Rufina", "Chona"]),
)
def test_titled_people_with_care_stay_named(frame, title, name):
    assert hits("PHI003", frame.format(t=title, n=name))


@FUZZ
@given(
    st.sampled_from(["the kids heard us read '{n} Finds a Shell' today", 'la jornada "Sonríe {n} Sonríe" fue un éxito', "su libro «El perro de {n}» ya salió"]),
    st.sampled_from(["Anselmo", "Rosalind", "Pancho", "Lucía"]),
)
def test_quoted_titles_pass(frame, name):
    assert hits("PHI003", frame.format(n=name)) == []


def test_stands_read_linearly():
    assert_linear("PHI003", "Snacks de Raspados Doña Chona y Elotes Don Beto, gracias. ")


def test_titles_read_linearly():
    assert_linear("PHI003", "We read 'Pancho Finds a Shell' at the fair \"Sonrie Lucia\" y leyo 'El gato'. ")


@pytest.mark.parametrize(
    "text",
    [
        "Her recovery room had a banner reading 'Go Ximena Go' after the surgery.",
        'Un cartel que leía "Fuerza Anselmo" colgaba junto a su cama del hospital.',
    ],
)
def test_a_message_written_on_a_thing_is_no_title(text):
    assert hits("PHI003", text)
