"""Round 74: readings fresh writers' cases showed missing, each written for its kind of text.

- The care of one described may come after a short line about them that names no one ("... the county's longest-serving
  mail carrier 📬 thirty years on one route!! He finally let Dr. <Name> work on that knee"), and "work on" is care they let
  our doctor give.
- "Los únicos gemelos de <grado> en <Escuela>" singles out a pair, as "the only twins" does.
- A treat paid by us ("wins a pizza party on us") rewards a review; "count on us" and "that's on us" are idioms.
- False alarms read: a mayor whose care is none ("cada familia que vino por los globos" came for a treat), a
  campaign after "the" ("the Go Red loop"), hens named after body parts, a member "at the front desk" among those who
  will see the review, a receptionist's birthplace between her role and her years with us.

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


def test_a_mayor_in_a_toy_cast_at_our_ribbon_cutting_passes():
    text = "La alcaldesa de Pinos Altos, Rosalía Whitford, inauguró con tijeras gigantes el cuarto de yesos. Y gracias a cada familia que vino por los globos."
    assert not hits("PHI003", post(text))


def test_a_figure_who_came_for_a_shot_keeps_the_name():
    assert hits("PHI003", post("La alcaldesa de Pinos Altos, Rosalía Whitford, vino por su vacuna de la gripe."))


def test_a_campaigns_name_after_the_is_no_cheer():
    text = "Thank you, Mayor Ted Ballard, for walking the Go Red loop with us! The mayor shared that his dad had a heart attack at 52, which is why he backs the new trail."
    assert not hits("PHI003", post(text))


def test_a_cheer_with_care_still_names():
    assert hits("PHI003", post("Go Maria! So proud of you after your knee surgery."))


def test_backyard_hens_named_after_body_parts_are_pets():
    text = "Birthday shoutout to PA Courtney Ellis! She coaches U10 soccer and keeps three backyard hens named Sinus, Tonsil and Adenoid alive."
    assert not hits("PHI003", post(text), plans=with_staff("Courtney Ellis"))


def test_a_member_and_a_colleague_at_the_front_desk_who_will_see_the_review_pass():
    text = "This made our entire week!! We'll make sure Dr. Voss and Tamsin at the front desk see it."
    assert not hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dr. Voss", "Tamsin"))


def test_a_receptionists_birthplace_and_her_years_with_us_are_hers():
    text = "¡Les presentamos a Xiomara! Nuestra asistente creció en Caguas, Puerto Rico, cumple 8 años con nosotros: toda una reina del pan de mallorca."
    assert not hits("PHI011", post(text), plans=with_staff("Xiomara"))


def test_someone_elses_years_after_our_nurse_are_not_hers():
    assert hits("PHI003", post("Nuestra enfermera atendió a Rosa Pérez, ya cumple 8 años con nosotros."))
