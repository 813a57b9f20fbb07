"""Round 37 (ftc37): review gating by the top of any survey scale, and a charge taken away for a changed review.

FTC004 reads the top mark of whatever scale a survey uses (a 4 or a 5 of five, a 9 or 10 of ten, an A, a smiling face,
a thumbs up, the top box, "excelente") inside a scoring condition as a happy condition, so a review request after it
gates reviews. A fee waived, a charge removed or a balance cleared near a request to change a review pays for the
change, as a refund does. Counts and clocks ("5 minutes", "5 años"), and a fee waived with no review asked, stay
clean. Every sentence here is made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.honesty import charges_removed, review_gating, top_marks

from tests.rules.harness import hits, post, response
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)

# Five made-up sentences of each shape, sharing no content words with the cases that prompted them.
TOP_MARK_ASKS = [
    "Quick survey, 1 to 5: if you'd give us a 4 or a 5, we'd be thrilled to see that on Yelp.",
    "Rate the visit A through F. If you'd grade us an A, a Google review would mean a lot.",
    "If you checked the top box on our survey, please share that on Google.",
    "Si nos calificó como excelente en la encuesta, ¿nos deja una reseña en Facebook?",
    "Encuesta rápida de uno a cinco: quienes marquen 5 de 5 reciben el enlace para escribir su reseña.",
    "Those who tap the thumbs up get our Yelp link by text.",
]
PAID_CHANGES = [
    "We've dropped the no-show fee from your account. Would you consider revising your review?",
    "The parking charge was waived this morning; if you could edit your post we'd appreciate it.",
    "Le anulamos la multa de la biblioteca. ¿Podría cambiar su comentario?",
    "Ya borramos el recargo de su factura; si gusta, modifique su reseña.",
    "We took the penalty off your balance, and it would help if you updated your rating.",
]
CLEAN = [
    "If you can give us 5 minutes, fill out our survey and leave a review on Google if you like.",
    "Si tiene 5 años o más, su vacuna ya toca. Déjenos una reseña en Google.",
    "Whatever you score us, 1 to 5, a Google review helps.",
    "Our 5 locations are open today. Leave us a Google review!",
    "If you rate us 1 to 10, every answer helps; good or bad, we read every review.",
]
CLEAN_REPLIES = [
    "We removed the duplicate charge from your bill. Thank you for your review, {{ reviewer }}.",
    "The late fee was waived. Please call {{ contact.phone }} with any questions.",
    "Ya quitamos el cargo duplicado. Gracias por su reseña.",
]


@pytest.mark.parametrize("text", TOP_MARK_ASKS)
def test_a_review_asked_of_the_top_mark_triggers(text):
    assert hits("FTC004", post(text)), text


@pytest.mark.parametrize("text", PAID_CHANGES)
def test_a_charge_taken_away_for_a_changed_review_triggers(text):
    assert hits("FTC004", response(text)), text


@pytest.mark.parametrize("text", CLEAN)
def test_counts_ages_and_open_invitations_pass(text):
    assert hits("FTC004", post(text)) == [], text


@pytest.mark.parametrize("text", CLEAN_REPLIES)
def test_a_charge_removed_with_no_change_asked_passes(text):
    assert hits("FTC004", response(text)) == [], text


@FUZZ
@given(
    st.sampled_from(["If you'd rate us {s}", "Those who pick {s}", "Si nos puntúa con {s}", "Quienes respondan {s}", "If you answer {s}"]),
    st.sampled_from(["4 or 5", "a 4 or a 5", "5/5", "an A", "👍", "the top box", "excellent", "cuatro o cinco", "la carita feliz"]),
    st.sampled_from(["a Yelp review would make our day.", "a Google review helps a lot.", "déjenos una reseña en Facebook."]),
)
def test_any_top_mark_condition_then_a_review_triggers(frame, mark, ask):
    assert hits("FTC004", post(frame.format(s=mark) + ", " + ask))


@FUZZ
@given(
    st.sampled_from(["We waived the {c}", "The {c} was removed", "Le quitamos el {c}", "We cleared your {c}", "El {c} quedó anulado"]),
    st.sampled_from(["late fee", "charge", "cargo", "cobro", "copay", "saldo"]),
    st.sampled_from(["Could you update your review?", "¿Podría cambiar su reseña?", "If you would edit your post, thanks."]),
)
def test_any_charge_taken_away_with_a_change_asked_triggers(removal, charge, ask):
    assert hits("FTC004", response(removal.format(c=charge) + ". " + ask))


def test_top_marks_reading_is_linear():
    unit = "Open 9 to 10 am. If you'd grade us an A or a 4 or 5, a Yelp review helps. Give us 5 minutes for the survey. "
    small = steps(top_marks, lambda: hits("FTC004", post(unit * 15)))
    large = steps(top_marks, lambda: hits("FTC004", post(unit * 30)))
    assert large < 2.3 * small, (small, large)


def test_charges_reading_is_linear():
    unit = "We waived the late fee and the charge was removed. Please call us about the balance. "
    small = steps(charges_removed, lambda: charges_removed.removed_charges(unit * 15))
    large = steps(charges_removed, lambda: charges_removed.removed_charges(unit * 30))
    assert large < 2.3 * small, (small, large)


def test_gating_stays_linear_with_both():
    unit = "Quien marque 4 o 5 recibe nuestro enlace de Google. Ya le quitamos el cargo; si gusta, cambie su reseña. "
    small = steps(review_gating, lambda: hits("FTC004", response(unit * 10)))
    large = steps(review_gating, lambda: hits("FTC004", response(unit * 20)))
    assert large < 2.3 * small, (small, large)
