"""Round 48: the one who came with the reader, told by a relative clause in the past (PHI001, reader_dealings._WHO_CAME).

"Su compadre que lo acompañó", "la señora que la trajo", "your cousin who drove you over": a reply that greets the
companion confirms the visit. A habit ("que siempre lo acompaña") and one who wrote to us are no visit. Every text here
is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import reader_dealings as module
from playbook.rules.privacy.reader_dealings import dealings

from tests.rules.harness import hits, response
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Mil gracias, y un saludo a su vecina que la acompañó ese día.",
        "Dígale a su nuera, quien lo trajo, que aquí la esperamos con café.",
        "Saludos a la muchacha que lo llevó en la camioneta.",
        "Give our best to your neighbor who brought you in!",
        "And thanks to your roommate who sat with you the whole time.",
        "Un abrazo para sus hijos, que vinieron con usted.",
    ],
)
def test_a_companion_told_in_the_past_refuses(text):
    assert hits("PHI001", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gracias por escribir; saludos a toda su familia, que siempre lo acompaña en todo.",
        "Saludos a la señora que nos escribió ayer por este medio.",
        "Thank you to the friend who shared this review with us.",
        "Family members are welcome to come with patients to any appointment.",
        "Puede venir acompañado de quien usted quiera.",
    ],
)
def test_a_habit_an_invitation_or_a_writer_passes(text):
    assert hits("PHI001", response(text)) == []


@FUZZ
@given(
    st.sampled_from(["su compadre", "su hija", "la señora", "su cuñado"]),
    st.sampled_from(["que lo acompañó", "que la trajo", ", quien vino con usted", "que la llevó"]),
)
def test_a_grid_of_companions_refuses(who, came):
    assert hits("PHI001", response(f"Gracias por sus palabras. Saludos a {who}{'' if came.startswith(',') else ' '}{came}."))


@pytest.mark.parametrize("unit", ["su compadre que lo ", "your cousin who drove "])
def test_the_reading_stays_linear(unit):
    small = steps(module, lambda: list(dealings(unit * 20)), package=False)
    large = steps(module, lambda: list(dealings(unit * 40)), package=False)
    assert large < 2.3 * small
