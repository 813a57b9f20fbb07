"""Round 30 (gating30): a reward for raising a rating, a bad branch kept off the site, and a visit told by its time.

FTC004: a rating moved to a new top score ("move it up to five", "si nos las sube a 5") is a change of a review, and a
reward near it buys the change; two conditions on the visit where the bad one is told "not the internet", "no en
Facebook" or "antes de publicar" are a gate with or without a private route named. PHI008: one person or family said
with the day or the hour they came ("the gentleman who stopped in on March 9 at 10:40") is a date of service.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.bilingual import fold
from playbook.rules.honesty import kept_off, review_gating
from playbook.rules.honesty.review_reading import Reading
from playbook.rules.privacy import dates
from playbook.rules.privacy.visit_times import told_visits

from tests.rules.harness import hits, post, response
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)

# Five made-up sentences of each shape, sharing no content words with the cases that prompted them.
RAISED = [
    "Saw your two-star rating. Move it up to five and we'll take $20 off the next cleaning.",
    "Si cambia su calificación a cinco estrellas, le regalamos un termo de la clínica.",
    "Thanks for the 2 stars. If you could bump that to a 5, there's a $15 coffee card waiting for you.",
    "Súbanos a cinco estrellitas y le tenemos un regalito en recepción.",
    "Gracias por las dos estrellas. Si la pasa a 4, le guardamos un cupón de lavado dental.",
]
STEERED = [
    "If we earned it, brag about us on Yelp. If we missed the mark, find me in the hallway, not on Facebook.",
    "Si lo atendimos como merece, cuéntelo en Google. Si quedamos a deber, búsqueme en la oficina antes de publicar nada.",
    "If we did well, shout it on Google; if not, come find me, not the internet.",
    "When the visit went smoothly, a Yelp note helps us. When it didn't, knock on my office door before you post.",
    "Si salió contento, escríbalo en Facebook. Si no salió contento, venga conmigo, no en Facebook.",
]
VISITS = [
    "Lost and found: the gentleman who stopped in on Tuesday, March 9 around 10:40 a.m. left his reading glasses.",
    "El señor que estuvo aquí el 2 de febrero a las 11, el del sombrero vaquero, olvidó sus llaves.",
    "Whoever came in at 4:30 on Friday with the twins, your stroller blanket is at the desk.",
    "The couple who walked in on 6/14 at noon with the red wagon forgot a thermos.",
    "A la señora que llegó el lunes 8 de abril a las 9:20 con su nieto se le quedó el paraguas.",
]


@pytest.mark.parametrize("text", RAISED)
def test_a_reward_for_raising_a_rating_triggers(text):
    assert hits("FTC004", response(text)), text


@pytest.mark.parametrize("text", STEERED)
def test_a_bad_branch_kept_off_the_site_triggers(text):
    assert hits("FTC004", post(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the 3 stars! Our clinic moves to 5 days a week in March, and flu shots are free.",
        "Gracias por sus 4 estrellas. Cambiamos el horario a las 5 y la vacuna es gratis.",
        "Tell Google about your visit. If you have a medical question, ask us, not the internet.",
        "Leave us a review on Google! If something went wrong, tell us there too.",
        "If you liked the class, tell your friends. If you have a question about your results, ask your nurse, not the internet.",
    ],
)
def test_counts_clocks_and_health_questions_pass(text):
    assert not hits("FTC004", post(text)), text


def test_a_raise_needs_a_rating_in_reach():
    assert Reading(fold("Move the meeting to 5. Free pizza!")).edits == []
    assert Reading(fold("Gracias por sus 3 estrellitas. Si nos las sube a 5 hay regalito.")).edits


def test_steered_reads_only_suppressions_that_name_posting():
    found = [kept_off.steered(m) for m in kept_off.SUPPRESS.finditer(fold("call us first, not the internet, antes de publicar"))]
    assert found == [False, True, True]


@pytest.mark.parametrize("text", VISITS)
def test_a_visitor_told_by_day_or_hour_triggers(text):
    assert hits("PHI008", post(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to everyone who came out on Saturday, May 3 for our health fair!",
        "We're open Thursday, January 14 from 3 to 5 pm for walk-in flu shots.",
        "Families who visited our booth on June 2 at 10 am got a free toothbrush.",
        "The kid who was the fastest at the 5K on May 4 won a medal.",
        "La feria es el sábado 3 de mayo a las 10; los pacientes que vinieron el año pasado ya saben.",
    ],
)
def test_crowds_hours_and_events_pass(text):
    assert not hits("PHI008", post(text)), text


def test_told_visits_points_at_the_visitor_and_the_time():
    [(who, when)] = told_visits(fold("La muchacha que vino el 3 de mayo dejó un suéter."), dates._DATE)
    assert who.group(0).startswith("muchacha") and when.group(0) == "3 de mayo"


VISITORS = ["the lady", "the family", "the young man", "la señora", "la familia", "el muchacho"]
WHEN = ["on March 9 at 10:40", "at 3:15 pm on Friday", "el 14 de abril a las 4", "a las 11:30 el martes"]
ITEMS = ["left a scarf", "forgot a phone", "dejó una bufanda", "olvidó un celular"]


@FUZZ
@given(st.sampled_from(VISITORS), st.sampled_from(["who came in", "que vino", "that stopped by", "que estuvo aquí"]), st.sampled_from(WHEN), st.sampled_from(ITEMS))
def test_any_visitor_with_a_time_is_a_date_of_service(visitor, verb, when, item):
    text = f"Lost and found: {visitor} {verb} {when} {item} at the desk."
    assert hits("PHI008", post(text)), text


@FUZZ
@given(st.sampled_from(["Everyone", "All the families", "Todas las familias", "Los vecinos"]), st.sampled_from(WHEN))
def test_a_crowd_with_a_time_passes(crowd, when):
    text = f"{crowd} who came {when} can pick up a flyer."
    assert not hits("PHI008", post(text)), text


@FUZZ
@given(
    st.sampled_from(["Move it up to", "Bump us to", "Si nos la sube a", "Cámbiela a"]),
    st.sampled_from(["5", "five", "cinco estrellas", "4 stars"]),
    st.sampled_from(["a $10 gift card is yours", "le regalamos una taza", "lunch is free"]),
)
def test_any_raise_with_a_reward_triggers(verb, score, reward):
    text = f"Thanks for the 2 stars. {verb} {score} and {reward}."
    assert hits("FTC004", response(text)), text


def test_visit_times_reading_is_linear():
    unit = "The lady who came in forgot nothing. La familia que vino ya se fue. Open Thursday 3 to 5 pm. "
    small = steps(dates, lambda: hits("PHI008", post(unit * 15)))
    large = steps(dates, lambda: hits("PHI008", post(unit * 30)))
    assert large < 2.3 * small, (small, large)


def test_raised_reading_is_linear():
    unit = "Thanks for the 3 stars. Move the class to five days, turn it up to 5 and win. If we did well, tell Yelp. If not, not the internet. "
    small = steps(review_gating, lambda: hits("FTC004", post(unit * 15)))
    large = steps(review_gating, lambda: hits("FTC004", post(unit * 30)))
    assert large < 2.3 * small, (small, large)
