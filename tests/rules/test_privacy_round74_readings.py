"""Round 74: readings fresh writers' cases showed missing, each written for its kind of text.

- The care of one described may come after a short line about them that names no one ("... the county's longest-serving
  mail carrier 📬 thirty years on one route!! He finally let Dr. <Name> work on that knee"), and "work on" is care they let
  our doctor give.
- "Los únicos gemelos de <grado> en <Escuela>" singles out a pair, as "the only twins" does.
- A treat paid by us ("wins a pizza party on us") rewards a review; "count on us" and "that's on us" are idioms.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response, with_staff


def test_care_after_a_short_line_about_the_one_described_refuses():
    text = "Big wave to the county's longest-serving school bus driver 🚌 thirty years on one route!! He finally let Dr. Amadi work on that knee, and he's back behind the wheel."
    assert hits("PHI011", post(text), plans=with_staff("Dr. Amadi"))


def test_a_short_line_then_no_care_passes():
    text = "Big wave to the county's longest-serving school bus driver 🚌 thirty years on one route!! He never misses a morning."
    assert not hits("PHI011", post(text))


def test_the_only_twins_in_a_grade_refuse():
    assert hits("PHI011", post("¡Felicidades a los únicos gemelos de segundo grado en la Escuela Juárez! Hoy les pusimos selladores."))


@pytest.mark.parametrize(
    "text",
    [
        "The class with the most Google reviews from their families by Friday wins a taco party on us!",
        "El salón con más reseñas en Google gana una fiesta de pizza que corre por nuestra cuenta.",
    ],
)
def test_a_treat_on_us_for_reviews_refuses(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Leave us a Google review if you like, and know you can always count on us!",
        "Thanks for the review! Sorry about the wait, that's on us.",
    ],
)
def test_count_on_us_and_thats_on_us_are_idioms(text):
    assert not hits("FTC004", response(text, scenario="positive-review"))
