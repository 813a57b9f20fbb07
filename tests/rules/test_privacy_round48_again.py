"""Round 48: a promise to the reader made "again" says there was a first time (PHI001, confirms._promises).

"We'll call you back tomorrow" and "le llamamos mañana" promise what comes next and pass; "again", "otra vez", "de
nuevo" or "nuevamente" with the promise tell a dealing already had. "Lo buscamos" (we come and find the reader, or
look them up) takes the reader as its pronoun like "lo atendimos". Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits, response

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, Marta. We'll ring you again on Thursday to go over it.",
        "Gracias por escribir. Le marcamos otra vez el lunes temprano.",
        "Le escribimos nuevamente el martes con lo que encontremos.",
        "La próxima vez que pasemos por la huerta lo buscamos otra vez al terminar el turno.",
        "We'll text you once more before Friday, as before.",
        "Si quiere, la buscamos en la lista de espera del sábado.",
    ],
)
def test_a_promise_made_again_refuses(text):
    assert hits("PHI001", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "We'll call you back tomorrow about this.",
        "Le llamamos mañana, sin falta.",
        "We'd love to hear from you again anytime.",
        "Feel free to write to us again whenever you like.",
        "Buscamos siempre mejorar; gracias por el comentario.",
        "Alguien de la oficina le contesta hoy mismo.",
    ],
)
def test_a_promise_of_what_comes_next_passes(text):
    assert hits("PHI001", response(text)) == []


@FUZZ
@given(
    st.sampled_from(["We'll call you", "We will text you", "Le llamamos", "Te escribimos", "Lo buscamos"]),
    st.sampled_from(["again", "otra vez", "de nuevo", "nuevamente"]),
    st.sampled_from(["tomorrow.", "el lunes.", "next week.", "mañana temprano."]),
)
def test_a_grid_of_promises_again_refuses(promise, again, when):
    assert hits("PHI001", response(f"Gracias por su paciencia. {promise} {again} {when}"))
