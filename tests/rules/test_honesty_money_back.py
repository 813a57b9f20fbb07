"""FTC004: money handed back (a refund, a forgiven balance) for changing a review is a bought review too.

A reply that offers to refund a fee, waive a balance or write a charge off, on condition the reader edits or removes
what they posted (a review, or "your post" / "su comentario", the reader's own words), pays for the change (16 CFR
465.4). A refund offered with no review change asked stays a matter for the privacy rules only.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.bilingual import fold
from playbook.rules.honesty import review_reading

from tests.rules.harness import hits, response
from tests.rules.work import steps

PAID_CHANGES = [
    "We'd gladly refund the parking charge if you might think about revising your review after we speak.",
    "Once we sort it out, we can credit your account, provided you edit your post.",
    "Con gusto le devolvemos lo del estacionamiento si decide modificar su reseña.",
    "Le perdonamos el saldo pendiente si cambia su comentario.",
    "Happy to write off the late charge. All we ask is that you take down the review.",
    "Te reembolsamos la tarifa si actualizas tu calificación.",
]
NOT_PAID = [
    "Please call us at {{ contact.phone }} so we can look into the parking charge with you.",
    "Refunds for the parking lot take five business days; call {{ contact.phone }} with questions.",
    "Thank you for telling us. We never ask anyone to change a review, and we welcome every comment.",
    "Lo sentimos. Llámenos al {{ contact.phone }} y con gusto revisamos lo del estacionamiento.",
]


@pytest.mark.parametrize("text", PAID_CHANGES)
def test_money_back_for_a_changed_review_triggers(text):
    assert hits("FTC004", response(text)), text


@pytest.mark.parametrize("text", NOT_PAID)
def test_no_change_asked_does_not_trigger(text):
    assert not hits("FTC004", response(text)), text


@settings(max_examples=30, deadline=None)
@given(
    offer=st.sampled_from(["refund the fee", "write off the balance", "credit your account", "le devolvemos el cobro"]),
    change=st.sampled_from(["update your review", "edit your post", "cambia su comentario", "take down the review"]),
)
def test_any_offer_with_any_change_triggers(offer, change):
    assert hits("FTC004", response(f"We can {offer} if you {change}."))


def test_the_reading_stays_linear():
    text = "We can refund the fee if you update your post. Please call us. " * 20
    one, two = (steps(review_reading, lambda t=t: review_reading.Reading(fold(t)).edits) for t in (text, text * 2))
    assert two <= 2.6 * one
