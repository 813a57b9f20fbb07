"""Round 138: what a held-back set of Idaho posts and replies showed.

Clean texts read as leaks:
- a neighbour thanked for running the day's helpers ("Gracias a la Sra. <Name> por coordinar a los voluntarios"): thanked
  for help given to us, as for serving or translating;
- a reply that asks the reader to call a member or to ask for her at the front desk ("Le pedimos que llame a <Member> ...
  o que venga al mostrador y la busque"): "le" before a request ("le pedimos que", "le invitamos a") is the
  reader asked to take a step, no dealing told.

Left: a public figure whose surname is also a clinical word (a finger's infection) in a text that tells her story as
told in her book: the word reads as care in the sentence that names her; and thanks in a reply for trusting a small
rural clinic (trust given to us, a confirmation by rows). Seen while writing these rows: the same thanks in a post
that also names the flu its shots are for still refuses a neighbour whose given name is a word of pain ("Dolores").

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, response, with_staff


def test_a_neighbour_thanked_for_coordinating_the_volunteers_helped_us():
    text = "Vacunas gratis el domingo después de misa. Gracias a la Sra. Dolores Ulloa por coordinar a los voluntarios."
    assert not errors("PHI003", post(text))


def test_a_neighbour_thanked_for_her_own_care_is_still_named():
    assert errors("PHI003", post("Gracias a la Sra. Dolores Ulloa por coordinar sus quimios con nosotros."))


def test_asking_the_reader_to_call_or_ask_at_the_desk_tells_no_dealing():
    text = "Lamentamos lo que nos cuenta. Le pedimos que llame a Nereida al 208-555-0163 o que venga al mostrador de recepción y la busque."
    assert not errors("PHI001", response(text, scenario="negative-review"), plans=with_staff("Nereida Paz"))


@pytest.mark.parametrize(
    "text",
    [
        "Le pedimos que llame a Nereida; ya le vimos en recepción el lunes.",
        "Le pedimos una disculpa por lo que pasó en su cita del martes.",
    ],
)
def test_a_request_beside_a_dealing_still_confirms_it(text):
    assert errors("PHI001", response(text, scenario="negative-review"), plans=with_staff("Nereida Paz"))
