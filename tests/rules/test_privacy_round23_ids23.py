"""Round 23, ages over 89 (PHI010, ages.py) in the shapes staff write them: a bare age after a birthday verb in
English and Spanish ("is 94 today", "will be 100 on Sunday", "cumplió 96 el sábado", "ya tiene 98."), "Happy
100th," to someone, and a patient whose club or parish comes between them and the age ("nuestra paciente del
club, que cumple 102 años"). What passes (a thing's age, a count, a group, a refusal), and that the reading
stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.honesty import review_gating
from playbook.rules.privacy import ages

from tests.rules.harness import hits, post, response
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Quillby is 93 today and still beats us at cards.",
        "Our patient Arlo Fenwick will be 100 on Sunday.",
        "Mr. Brandvold reached 100 on Tuesday!",
        "Ms. Tarrant just celebrated 100 years!",
        "Mr. Oyelaran celebrated his 101st with a slice of pie.",
        "Happy 100th, Mrs. Quillby!",
        "Don Efrén cumplió 95 ayer y vino caminando.",
        "Nuestra paciente Chayito cumple 97 el jueves.",
        "La señora Valdepeña ya tiene 98.",
        "Doña Tina, quien cumplirá 101 años el martes, nos trajo tamales.",
        "Doña Tina está por cumplir 100 años.",
        "Nuestra paciente más nueva del club hoy cumple 102 años.",
        "We brought roses to our sweetest patient from the garden club, who turned 99.",
    ],
)
def test_an_age_over_89_is_flagged(text):
    assert hits("PHI010", text)


@pytest.mark.parametrize(
    "text",
    [
        "Our oldest patient is 98? No, we never share anyone's age.",
        "Adults over 90 need a hand rail on every stair.",
        "Los adultos de 90 años o más necesitan vigilancia en casa.",
        "Our walking club turns 100 this year!",
        "El club de jardinería cumple 100 años este mes.",
        "Pastel para el club, que cumple 100 años.",
        "The library of our town turns 100 next week.",
        "Dr. Okafor celebrated his 100th knee replacement this week.",
        "Nuestro programa cumple 100 sesiones hoy.",
        "La Dra. Ruiz cumplió 95 por ciento de sus metas.",
        "Dr. Lee hit 100 miles on Sunday!",
        "The temperature is 93 today, so drink water.",
        "La parroquia tiene 98.",
        "Hace 95 años se fundó la escuela.",
    ],
)
def test_what_is_not_a_persons_age_passes(text):
    assert hits("PHI010", text) == []


@FUZZ
@given(
    st.sampled_from(
        [
            "{n} is {a} today!",
            "{n} will be {a} on Friday.",
            "Happy {a}th, {n}!",
            "{n} cumplió {a} el domingo.",
            "{n}, nuestra paciente del club, cumple {a} años.",
            "{n} ya tiene {a}.",
        ]
    ),
    st.sampled_from(["Mrs. Quillby", "Don Efrén", "Doña Tina", "Mr. Brandvold"]),
    st.sampled_from(["91", "96", "100", "104"]),
)
def test_a_named_person_with_an_age_over_89_stays_an_error(frame, name, age):
    assert hits("PHI010", frame.format(n=name, a=age))


@FUZZ
@given(
    st.sampled_from(
        [
            "The {p} is {a} today!",
            "The {p} will be {a} on Friday.",
            "El {p} cumple {a} años este mes.",
            "The {p} of our town turns {a} next week.",
            "Mrs. Quillby is {y} today!",
            "Doña Tina cumplió {y} el domingo.",
        ]
    ),
    st.sampled_from(["library", "club", "hospital", "museum"]),
    st.sampled_from(["91", "96", "100", "104"]),
    st.sampled_from(["71", "86", "89", "45"]),
)
def test_a_things_age_or_a_younger_age_passes(frame, place, age, young):
    assert hits("PHI010", frame.format(p=place, a=age, y=young)) == []


def test_the_replies_read_the_same():
    assert hits("PHI010", response("We hope Mr. Brandvold enjoyed the cake; he is 97 today!"))


def test_age_reading_is_linear():
    unit = (
        "Mrs. Quillby is 93 today! Nuestra paciente del club, que cumple 102 años. The library of our town turns 100 "
        "next week. Don Efrén cumplió 95 el domingo. Pastel para el club, que cumple 100 años. "
    )
    small = steps(ages, lambda: hits("PHI010", post(unit * 15)))
    large = steps(ages, lambda: hits("PHI010", post(unit * 30)))
    assert large < 2.3 * small, (small, large)


# --- review incentives tied to changing a review, and gating in formal words (FTC004, rules/data/honesty.yml) -----


@pytest.mark.parametrize(
    "text",
    [
        response("If you revise your review, we will take the follow-up visit off your bill."),
        response("Should you update your rating, we won't charge you for the next cleaning."),
        response("Si usted gusta modificar su opinión en Google, le rebajamos la siguiente visita."),
        response("Si cambia su calificación, no le cobramos la próxima consulta."),
        post("If our team has made a difference for your family, a five-star rating from you would honor us."),
        post("Si nuestro consultorio le ha ayudado, déjenos una reseña en Google."),
        post("Should you have any concerns, please write to our practice manager rather than posting a review online."),
        post("Si tiene alguna inquietud, escriba a la oficina de calidad en lugar de dejar una reseña en línea."),
    ],
)
def test_a_paid_edit_or_a_gate_is_flagged(text):
    assert hits("FTC004", text)


@pytest.mark.parametrize(
    "text",
    [
        post("If you have any concerns, call us at the front desk."),
        post("Please leave us a review on Google. If you have any concerns about your care, call us any time."),
        post("Déjenos una reseña en Google. Si tiene alguna inquietud, llámenos cuando guste."),
        response("We're sorry for the billing mix-up and have refunded the charge."),
        response("Lamentamos el error; le descontamos el cargo doble. Si gusta, llámenos."),
        post("We read every review, good or bad, and we'd be grateful for yours."),
    ],
)
def test_an_open_request_or_a_plain_refund_passes(text):
    assert hits("FTC004", text) == []


@FUZZ
@given(
    st.sampled_from(
        [
            "If you {e} your review, {r} your next visit.",
            "Si gusta {e_es} su reseña, {r_es} la próxima consulta.",
        ]
    ),
    st.sampled_from(["update", "change", "revise", "edit"]),
    st.sampled_from(["we'll waive", "we'll knock $20 off", "we won't charge you for"]),
    st.sampled_from(["modificar", "cambiar", "actualizar"]),
    st.sampled_from(["le descontamos", "le rebajamos", "no le cobramos", "le bonificamos"]),
)
def test_a_reward_for_changing_a_review_stays_an_error(frame, edit, reward, edit_es, reward_es):
    assert hits("FTC004", response(frame.format(e=edit, r=reward, e_es=edit_es, r_es=reward_es)))


def test_review_reading_is_linear():
    unit = (
        "If our team has made a difference, we would be honored by a review. Should you have any concerns, write to "
        "our office rather than posting. Si cambia su calificación, le descontamos la consulta. "
    )
    small = steps(review_gating, lambda: hits("FTC004", post(unit * 15)))
    large = steps(review_gating, lambda: hits("FTC004", post(unit * 30)))
    assert large < 2.3 * small, (small, large)
