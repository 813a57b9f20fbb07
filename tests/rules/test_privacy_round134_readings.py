"""Round 134: what a held-back set of Alabama and Oklahoma posts showed.

Clean texts read as leaks:
- a practice named for whom it serves ("<Flower> Women's Health", "<Tree> Children's Clinic"): the flower that is also
  a given name opens an organisation's name, as "<Name> Family Practice" does;
- a community health worker's years with us said after her name twice ("nuestra promotora <Given> <Surname>! <Given>
  lleva 6 años con nosotros"): her tenure, no care "con nosotros".

A reward read only by luck: "por cada reseña ..., un boleto" was refused only because the raffle was named in the same
run-on sentence; a raffle's ticket is now a reward word of its own (FTC004).

Measured and not adopted: ending a sentence at an emoji before a capital ("... the Civic Center 🎶 Between songs she ..."),
which two public figures' posts need. On the corpus it mended 12 false alarms, made 3 and lost 3 texts that should be refused
(a standing slot and a booking confirmed across an emoji, and the review raffle above), so the splitter stays as it was.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Welcome, Dana Pruitt, CNM! Dana joins Magnolia Women's Health in March to help with menopause care and IUD visits.",
        "Flu shots for kids at Willow Children's Clinic every Saturday in October.",
    ],
)
def test_a_practice_named_for_whom_it_serves_is_no_one(text):
    assert not errors("PHI003", post(text), plans=with_staff("Dana Pruitt"))


def test_a_flower_name_that_is_a_patients_still_names_her():
    assert errors("PHI003", post("Magnolia Pruett had her IUD placed with us on Monday."))


def test_a_promotoras_years_said_after_her_name_twice_are_her_tenure():
    text = "¡Felicidades a nuestra promotora Marisol Tena! Marisol lleva 8 años con nosotros; le dicen la reina del pan dulce de los viernes."
    assert not errors("PHI011", post(text), plans=with_staff("Marisol Tena"))


def test_someone_elses_years_with_us_for_their_care_stay_care():
    assert errors("PHI003", post("¡Felicidades a nuestra promotora Marisol Tena! Su vecina Rosa Vela lleva 8 años con nosotros por su diabetes."), plans=with_staff("Marisol Tena"))


def test_a_raffle_ticket_for_each_review_is_a_reward():
    assert errors("FTC004", post("Por cada reseña que nos dejen en Google, un boletito más. ¡Suerte a todos!"))


def test_raffle_tickets_sold_with_no_review_asked_are_no_reward():
    assert not errors("FTC004", post("Boletos para la rifa de la kermés a la venta en recepción."))
