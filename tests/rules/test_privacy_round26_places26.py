"""Round 26, places, languages and eponyms taken for names (PHI003): a town said as what it modifies or owns, a place
of origin, a hometown set apart, a slashed pair of a country's names (town_said.py); a given name in a list of
languages (languages_listed.py); an eponym with the word its classification title gives it (eponyms.py); a handle of a
place and a health word; a public agency's address (PHI009). What passes, what stays an error, and that each reading
stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import languages_listed, town_said

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("She flies to the Denver conferences each fall.", "Denver", True),
        ("Meet Wade Oster, Amarillo's hometown shortstop.", "Amarillo", True),
        ("La Dra. Ines Paz, originaria de Mae Sot, llega en julio.", "Mae", True),
        ("El Dr. Tomas Kell, de Houston; la Dra. Ana Mir, de Tyler.", "Houston", True),
        ("Families from Burma/Myanmar are welcome.", "Burma", True),
        ("La alcaldesa de Dillon, Rita Vos, abrió la feria.", "Dillon", True),
        ("La mamá de Denver ya salió de su cirugía.", "Denver", False),
        ("Denver Ruiz had his knee replaced.", "Denver", False),
        ("Houston's knee is better.", "Houston", False),
        ("Denver had his knee done.", "Denver", False),
    ],
)
def test_town_said_reads_the_shape(text, word, place):
    assert town_said.town_said(text, text.index(word)) is place


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Burmese, Karen and Nepali interpreters are free.", True),
        ("Contamos con intérpretes de mam, k'iche' y Karen.", True),
        ("We speak Spanish, Arabic and Karen at the desk.", True),
        ("Karen and the Spanish interpreter helped her.", False),
        ("Thanks to Karen, Luis and Spanish interpreters.", False),
        ("Karen had her biopsy; Spanish interpreters came.", False),
    ],
)
def test_language_listed_needs_a_list_and_its_use(text, listed):
    assert languages_listed.language_listed(text, text.index("Karen")) is listed


@FUZZ
@given(
    st.sampled_from(
        [
            "Our nurses fly to the {t} conferences every spring.",
            "Big thanks to Jordan Lee, {t}'s hometown hero, for the talk.",
            "Jordan Lee es originaria de {t} y habla tres idiomas.",
            "Nuestros residentes: Sam Patel, de {t}; y Jordan Lee, de Reno.",
            "She was born in {t} and trained in Chicago.",
        ]
    ),
    st.sampled_from(["Denver", "Houston", "Tyler", "Dillon", "Florence", "Marion"]),
)
def test_towns_said_as_places_pass(frame, town):
    assert hits("PHI003", frame.format(t=town)) == []


@FUZZ
@given(
    st.sampled_from(["Denver", "Houston", "Tyler", "Dillon", "Marion"]),
    st.sampled_from(["had his knee replaced here", "finished her chemo with us", "ya salió de su cirugía"]),
)
def test_a_town_that_is_a_person_stays_named(town, care):
    assert hits("PHI003", f"{town} {care}.")
    assert hits("PHI003", f"{town} Quiroga {care}.")


@FUZZ
@given(
    st.sampled_from(["{n}, Burmese and Spanish interpreters are here daily.", "Intérpretes de mam, q'anjob'al y {n} sin costo.", "We speak Arabic, Somali and {n}."]),
    st.sampled_from(["Karen", "Karenni", "Chin"]),
)
def test_a_language_in_a_list_passes(frame, name):
    assert hits("PHI003", frame.format(n=name)) == []


@FUZZ
@given(st.sampled_from(["Karen", "Lucia", "Wanda"]), st.sampled_from(["had her biopsy", "tuvo su cirugía"]))
def test_a_name_beside_one_language_stays_named(name, care):
    assert hits("PHI003", f"{name} and the Spanish interpreter came in; she {care}.")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Chronic reflux can lead to Barrett's esophagus.", False),
        ("Bell's palsy often fades within weeks.", False),
        ("Barrett's knee is healing after his surgery.", True),
    ],
)
def test_an_eponym_with_its_title_word(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Gracias @lupeHealthy83 por confiar en nosotros con tu cirugía.", True),
    ],
)
def test_a_handle_of_a_place_and_a_health_word(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Vacunas gratis en Oakvale Public Health, 240 Quarry Ave. Traiga su tarjeta.", False),
        ("Our patient at 240 Quarry Ave. took the public health class after her stroke.", True),
    ],
)
def test_an_agency_address(text, flagged):
    assert bool(hits("PHI009", text)) is flagged


def test_town_said_reading_is_linear():
    unit = "Los residentes: el Dr. Sam Patel, de Houston; the Denver conferences, Amarillo's hometown team, Burma/Myanmar. "
    assert_linear("PHI003", unit)
    text = unit * 20
    small = steps(town_said, lambda: [town_said.town_said(text, i) for i in range(0, len(text), 7)])
    text = unit * 40
    large = steps(town_said, lambda: [town_said.town_said(text, i) for i in range(0, len(text), 7)])
    assert large < 2.3 * small


def test_language_list_reading_is_linear():
    unit = "Burmese, Karen, Karenni, Chin, Nepali, Arabic, Somali and Spanish "
    assert_linear("PHI003", unit + "interpreters. ")
    text = unit * 20 + "interpreters."
    small = steps(languages_listed, lambda: [languages_listed.language_listed(text, i) for i in range(0, len(text), 9)])
    text = unit * 40 + "interpreters."
    large = steps(languages_listed, lambda: [languages_listed.language_listed(text, i) for i in range(0, len(text), 9)])
    assert large < 2.3 * small
