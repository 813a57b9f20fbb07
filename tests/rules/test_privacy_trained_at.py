"""PHI003: where a clinician trained is a school, not a person ("her fellowship at Emory"); a recalled product in quotes is a brand.
And a day of the week is read as a word, not inside one ("the Satus Creek Cooks" holds no Saturday). Names invented."""

from __future__ import annotations

import pytest
from playbook.rules.privacy import care_tie

from tests.rules.harness import hits, post

SCHOOLS = [
    "Our new nurse practitioner did her residency at Emory and speaks Spanish and Portuguese.",
    "La doctora hizo su especialidad en Carver y atiende en español.",
    "He trained at Beaumont before moving back home to the valley.",
]
PEOPLE = [
    "Her fellowship at Emory was tough, but Marisela Quon finished her chemo with us today!",
    "Volunteers from Hortensia Blakemore's church brought lunch after her knee surgery here.",
]


@pytest.mark.parametrize("text", SCHOOLS)
def test_a_school_after_training_words_is_no_one(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize("text", PEOPLE)
def test_a_person_near_training_words_is_still_read(text):
    assert hits("PHI003", post(text))


def test_a_day_is_a_whole_word():
    assert not care_tie.shape_tie("Screenings with Dr. Barrow, and lunch from the Satus Creek Cooks.")
    assert care_tie.shape_tie("Su cita es con la Dra. Ruiz el sábado a las 10 am.")


@pytest.mark.parametrize(
    "text",
    [
        'Compartimos el aviso: retiran del mercado el suplemento "Vitalina Prieto" por contener plomo.',
        'FDA recall: the supplement "Glucaway Vera" contains hidden metformin. Do not take it.',
    ],
)
def test_a_product_named_in_quotes_after_its_kind_is_no_one(text):
    assert hits("PHI003", post(text)) == []
