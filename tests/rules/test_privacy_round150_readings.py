"""Round 150: what a held-back set from Washington, Idaho, Oregon and Montana showed (first sight after round 149, at 7afde141).

Privacy recall 100% (56/56), false alarms 0.0% (0/60); one reply of the other kinds missed:
- a thanks for five stars that offers the reviewers, if they change the lower rating they left before, a gift of
  pastries brought to them. A gift in kind was no reward to FTC004: its list names discounts, cards, credits and
  prizes. gifts_brought.py reads a verb of giving of ours ("we'll send you", "we'll drop off", "les llevamos",
  "te vamos a mandar") and a thing people give within three words (a basket, a cake, flowers, a mug, a meal); like a
  charge removed, it counts only where a review is asked for, mentioned with a cue or a thanks, or asked to change.
  A link, a form or a call sent is no gift, nor thanks given for a gift of theirs.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, praise


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the stars, Delgado family! If you'd update the 2-star review from last spring, we'll drop off a pie on Friday.",
        "Change your old rating to five and we'd love to treat you to lunch at the diner.",
        "¿Nos podría subir las estrellas de su reseña? Le vamos a mandar unas galletas de la panadería en agradecimiento.",
        "Si actualizan su comentario de 2 estrellas, les regalamos un ramo de flores del mercado.",
    ],
)
def test_a_gift_in_kind_for_a_review_is_an_error(text):
    assert errors("FTC004", praise(text))


def test_a_gift_in_kind_for_a_review_in_a_post_is_an_error():
    assert errors("FTC004", post("Post a review of our clinic on Google by Friday and we'll send you a mug from the front desk!"))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the kind review! We'll send you a link to the winter newsletter.",
        "¡Gracias por la reseña! Les damos gracias por el pastel que trajeron al equipo.",
        "Thank you for the five stars! The basket of muffins you brought the front desk was gone by noon.",
        "Thanks for the review! We'd love to give you a call about the parking question you raised.",
    ],
)
def test_what_is_sent_or_thanked_with_no_gift_passes(text):
    assert not errors("FTC004", praise(text))
