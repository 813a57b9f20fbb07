"""Round 48, ids48, FTC004: two kinds of review gating and paid reviews.

(a) The happy ones asked for a public review and "anything less" (than 5 stars, than great) sent to an e-mail, a
    manager or a form: the low branch takes in the threshold said with it (review_reading._SHORT_OF), so its "5 stars"
    is no site to post on, and a visit rated at the top in a question ("Was it a five-star visit?") is a happy
    condition.
(b) A place in line given for a review taken down, edited or asked for: priority on a waiting list, an earlier
    appointment (favours.py).
Everything here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.honesty import favours as favours_module
from playbook.rules.honesty import review_reading as reading_module
from playbook.rules.honesty.favours import favours
from playbook.rules.honesty.review_reading import Reading

from tests.rules.harness import hits, post, response
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Families! If your visit felt like a 5-star one, a Yelp post would thrill us. Anything less than 5 stars? Email our manager at frontdesk@example.test so we can fix it.",
        "Was your cleaning a five-star experience? Tell Google! Anything less, message us privately and we will sort it out.",
        "Loved your visit? We'd be thrilled with a Google review ⭐ Anything less than 5⭐? Email the practice manager instead and we will fix it.",
        "Did your child's therapy feel like five stars? Leave a Google review! Anything short of five stars, reach out to our coordinator privately.",
        "¿Todo excelente? Califíquenos en Google. ¿Algo menos que 5 estrellas? Escríbanos por privado, por favor.",
        "¿Su experiencia fue de 5 estrellas? ¡Déjenos una reseña en Google! ¿Menos de 5 estrellas? Escríbanos primero a hola@ejemplo.test.",
        "¿Le encantó la terapia de su hijo? Reseña en Google, por favor. ¿Algo menos que excelente? Mándenos un correo a la coordinadora.",
    ],
)
def test_the_happy_to_the_site_and_anything_less_to_a_private_route_refuses(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize(
    "example",
    [
        response("Sentimos mucho su experiencia. Si borra esta reseña, le damos prioridad en la lista de espera del especialista."),
        response("We're sorry. If you take down this review, we can move you up on the waiting list for the surgeon."),
        response("If you delete this review, we'll get you an earlier appointment next week."),
        response("Si quita su reseña le damos una cita más pronto con la doctora."),
        response("If you'd be willing to edit your review, we'll bump you to the front of the line for the July dental day."),
        response("Le damos prioridad si borra la reseña."),
        response("Leave us a 5-star review and we'll move you up on the waiting list."),
        response("Si nos deja su reseña en Google, le adelantamos su cita."),
    ],
)
def test_a_place_in_line_for_a_review_removed_changed_or_asked_refuses(example):
    assert hits("FTC004", example)


@pytest.mark.parametrize(
    "example",
    [
        post("We read every review, good or bad. If something went wrong, you can also email our manager at any time."),
        post("Anything less than a great visit is on us: tell us by email, on Google, wherever you like. Every review helps."),
        post("Rate us 1-5 on Google; every review, good or bad, is welcome."),
        post("Our waiting list for the volunteer dentist opens June 1. Priority goes to families without insurance."),
        post("Urgent cases get priority on our schedule. Please leave us a review on Google if you have a minute!"),
        post("Need an earlier appointment? Join our cancellation list. Reviews on Google help other families find us."),
        response("Thank you for the review! We moved you up on the waiting list last week as promised when the surgeon had an opening."),
        response("Gracias por su reseña. Le damos prioridad a los casos urgentes; si tiene dolor, llámenos."),
        response("Lo sentimos mucho. Ya le dimos prioridad en la lista de espera; su reseña se queda como está y la agradecemos."),
        response("We're sorry. Please call our manager so we can help; we never ask anyone to remove a review."),
    ],
)
def test_priority_without_a_review_and_asking_everyone_pass(example):
    assert hits("FTC004", example) == []


@FUZZ
@given(
    st.sampled_from(["Anything less than 5 stars?", "Anything less than great?", "¿Menos de 5 estrellas?", "¿Algo menos que excelente?"]),
    st.sampled_from(["Email our manager first.", "Escríbanos primero por correo.", "Please use our private form instead."]),
)
def test_a_grid_of_low_branches_behind_a_happy_ask_refuses(low, route):
    assert hits("FTC004", post(f"Enjoyed the cleaning today? Tell Google about it! {low} {route}"))


@FUZZ
@given(
    st.sampled_from(["Si borra la reseña,", "If you delete your review,", "If you take the review down,", "Si cambia su reseña,"]),
    st.sampled_from(["le damos prioridad en la lista.", "we'll move you up on the waitlist.", "we can offer an earlier appointment.", "le adelantamos su cita."]),
)
def test_a_grid_of_edits_and_places_in_line_refuses(edit, favour):
    assert hits("FTC004", response(f"{edit} {favour}"))


@pytest.mark.parametrize(
    ("module", "run", "unit"),
    [
        (favours_module, favours, "le damos prioridad move you up earlier appointment priority on the list "),
        (reading_module, Reading, "Anything less than 5 stars? Loved it? Was it five-star? menos de 5 estrellas. "),
    ],
)
def test_the_reading_stays_linear(module, run, unit):
    small = steps(module, lambda: run(unit * 20), package=False)
    large = steps(module, lambda: run(unit * 40), package=False)
    assert large < 2.3 * small
