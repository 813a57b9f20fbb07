"""Round 62: readings the last rounds left, and those fresh writers' cases showed missing, each written for its kind.

- A shout-out or kudos with no "to" ("Shoutout <Name>!! 90 days clean") greets the one named, as "Congrats <Name>!"
  does.
- A given name before a surname that is also a place's word (Park, Lake, Field, Hall, Plaza), greeted or the subject of a
  verb with care in its clause, is a person; at, in or before a capitalised word it stays a place, as a town of that name
  does.

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import place_surnames
from playbook.rules.privacy.known import Known

from tests.rules.harness import PLANS, hits, post
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout Rosa!! 90 days clean and we could not be prouder",
        "Big shout-out Marisol! Seis meses sobria esta semana.",
        "Kudos Everett!! One year sober today.",
        "Hats off Gloria, you finished cardiac rehab!",
        "Congrats Champ! You finished your last round of chemo.",
    ],
)
def test_a_shout_out_without_to_greets_the_one_named(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout Kilgore High for hosting our flu clinic!",
        "Kudos Walmart on Main St for the water donation.",
        "Shout out Friday: our front desk answered 400 calls this week.",
        "Congrats Time! Our vaccine clinic hit 1,000 flu shots.",
    ],
)
def test_a_shout_out_to_a_place_or_a_day_is_no_one(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Jenny Park finished her rehab with us this spring, so proud!",
        "Congrats to Jenny Park on finishing chemo!",
        "Alyssa Lake had her knee replaced here in May.",
        "Brian Field finally rang the bell after his last radiation session.",
        "Felicidades a Ana Plaza por terminar sus quimios 💜",
        "¡Felicidades Jenny Park! Terminaste tus terapias.",
        "Marcus Hall got his cast off today and went straight back to practice.",
    ],
)
def test_a_given_name_before_a_place_word_surname_told_with_care_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Free flu shots at Travis Park on Saturday.",
        "Lincoln Park had a great turnout for flu shots.",
        "Jenny Park Elementary had its vaccine clinic this week.",
        "Rosa Parks was a hero; read her story this Black History Month.",
        "Travis Park hosts free blood pressure checks Saturday morning.",
        "Congrats to Jenny Park on her retirement from the school board!",
        "Vacunas gratis en la Ana Plaza el sábado.",
    ],
)
def test_a_park_a_town_or_a_figure_by_that_pair_is_no_one(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize("unit", ["Congrats to Jenny Park ", "Jenny Park had ", "Ana Plaza. "])
def test_the_place_surname_reading_stays_linear(unit):
    assert grows_linearly(place_surnames, lambda count: list(place_surnames.place_surname_people(unit * count + "chemo", Known.of(PLANS))))
